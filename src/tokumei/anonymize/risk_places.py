"""Places that the address generalisation removed, still written inside other names.

「住所は群馬県沼田市…」 becomes 「群馬県」, but 「沼田商工会議所」, 「JR沼田駅」, 「沼田こんにゃく焼き」,
「ぬまた・ものづくりラジオ」 and 「まちナビ桐生」 still name the town. Each such name (the whole noun
compound around the place, found with SudachiPy in a small window) is a ``place_name`` risk with a
suggestion that drops the place: 「（地名）商工会議所」 is not offered — the adviser decides — the
suggestion is the compound with the place cut out (「商工会議所」, 「こんにゃく焼き」) or 「地元の」
when nothing is left.

Places come from the ADDRESS (and LOCATION) spans the policy generalises to the prefecture (a
station or port named after its town counts as the town: 糸魚川駅 → 糸魚川市): the
municipality's written form without 市/区/町/村 (沼田市 → 沼田) when it has two characters or
more, its reading in hiragana and katakana (ぬまた / ヌマタ; SudachiPy's reading form) when it
has three kana or more (燕市 → つばめ: a one-kanji town's reading too), and that reading romanised (NUMATA / Numata, ``jaconv.kana2alphabet``) when
it has five letters or more.

例::

    >>> from tokumei.span import Span
    >>> t = "群馬県沼田市東原新町1-2-3。沼田商工会議所の紹介"
    >>> a = Span("ADDRESS", 0, 16, t[:16], .9, "t", "", data={"prefecture": "群馬県", "municipality": "沼田市"})
    >>> [f.text for f in place_risks(t, [a], removed_places([a]))]
    ['沼田商工会議所']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Iterator

from tokumei.anonymize.places import MARKS_ONLY
from tokumei.anonymize.risk import RiskFlag
from tokumei.span import Span

__all__ = ["removed_places", "place_risks"]

_MUNI = re.compile(r"^(?:.+?郡)?(.+?)(?:市|区|町|村)$")
_PREF = re.compile(r"^(北海道|東京都|京都府|大阪府|.{2,3}?県)")
_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30faー]+")
WHY = "住所を都道府県までにしても、名称の中の地名から市町村が分かります"
#: Token kinds that continue a name compound (名詞, prefix, suffix, 「・」 between two parts).
_JOIN_POS = ("名詞", "接頭辞", "接尾辞")
#: Whose relation a person is, written before ・ and a place (祖母・石垣在住).
_RELATIONS = frozenset("祖母 祖父 父 母 兄 姉 弟 妹 妻 夫 娘 息子 長男 長女 次男 次女 孫 義母 義父 叔母 叔父 伯母 伯父 友人 知人 同僚 "
                       "親戚 本人 家族 実家 夫婦".split())
#: Words of the area around a place or of a way to it, on either side (沼田周辺, 両津港行き, 福岡経由, 関東向け, 恐山帰り, 気良の
#: 両集落|とも). SudachiDict's 副詞可能 nouns end a compound too: before the place any of two letters or more (そのあと|…, いま|…,
#: 以前|…; 夜|神楽 is one word), after it only those of :data:`_AREA_AFTER` (関東|一円, 沼田駅|前広場; よろず of
#: 秋田県よろず支援拠点 is a name's).
_AREA_WORDS = frozenset("周辺 近辺 界隈 一帯 方面 付近 周り 以外 全域 全体 一円 寄り 行き 経由 向け 帰り 出身 在住 生まれ 育ち とも".split())
_AREA_AFTER = frozenset("あたり 辺り 近く 一円 前 後 裏 横 隣 奥 脇 沖 先 側 上 下".split())


def _stems(municipality: str) -> set[str]:
    out: set[str] = set()
    m = _MUNI.match(municipality)
    core = m.group(1) if m else municipality
    for w in (municipality, core):
        if len(w) >= 2:
            out.add(w)
    if core and not _KANA.fullmatch(core) and (len(core) >= 2 or m):
        from tokumei.detect.names.tokens import reading as reading_of

        readings = {reading_of(core)}
        if m and len(core) == 1:
            readings.add(_kenall_reading(municipality))  # 燕市 → ツバメ (SudachiPy reads 燕 alone エン)
        import jaconv

        for reading in readings:
            if len(reading) >= 3 and _KANA.fullmatch(reading):
                out |= {jaconv.hira2kata(reading), jaconv.kata2hira(reading)}
                roman = jaconv.kana2alphabet(jaconv.kata2hira(reading))
                if len(roman) >= 5 and roman.isascii() and roman.isalpha():
                    out |= {roman.upper(), roman.capitalize()}  # ASHIKAGA BASE, Numata Farm
    return out


_KANA_SUFFIX = {"市": ("シ",), "区": ("ク",), "町": ("マチ", "チョウ"), "村": ("ムラ", "ソン")}


@lru_cache(maxsize=1)
def _kenall_readings() -> dict[str, str]:
    """Municipality → its reading in KEN_ALL (1,890 rows, one query of ≈ 0.2 s, once per process)."""
    from tokumei.detect.geo import connect_kenall

    con = connect_kenall()
    try:
        rows = con.execute("select distinct city, json_extract(data, '$.city_kana') from postal_data").fetchall()
    finally:
        con.close()
    out: dict[str, str] = {}
    for city, kana in rows:
        kana = kana or ""
        if "郡" in city and "グン" in kana:
            city, kana = city.split("郡", 1)[1], kana.split("グン", 1)[1]  # 下伊那郡阿智村 シモイナグンアチムラ
        out.setdefault(city, kana)
    return out


def _kenall_reading(municipality: str) -> str:
    """The municipality's reading in KEN_ALL without its kind (燕市 → ツバメ), or "" when unknown.
    例: ``_kenall_reading("糸魚川市") == "イトイガワ"``"""
    kana = _kenall_readings().get(municipality, "")
    for suf in _KANA_SUFFIX.get(municipality[-1:], ()):
        if kana.endswith(suf) and len(kana) > len(suf):
            return kana[: -len(suf)]
    return ""


def removed_places(spans: Iterable[Span], level: str = "prefecture") -> list[str]:
    """Written forms of the places the address policy takes out (longest first).

    例: ``removed_places([Span("ADDRESS", 0, 6, "群馬県沼田市", .9, "t", "", data={"municipality": "沼田市"})])``
    → ['NUMATA', 'Numata', 'ぬまた', 'ヌマタ', '沼田市', '沼田'] (order: length, then text)"""
    if level != "prefecture":
        return []
    stems: set[str] = set()
    for s in spans:
        if s.label not in ("ADDRESS", "LOCATION") or (s.data or {}).get("coarse"):
            continue  # (a country, a region or a prefecture the policy keeps is no place it takes out: タイ … タイ語の通訳
            # was published 「地元の通訳」; stop 45, read names dev wave 17)
        muni = str((s.data or {}).get("municipality") or "")
        if not muni and (s.label == "LOCATION" or (s.data or {}).get("place")):
            muni = unicodedata.normalize("NFKC", s.text)
            muni = _PREF.sub("", muni) or muni  # 新潟県燕市 (the model's place): the town is 燕市
        if not muni:
            rest = _PREF.sub("", unicodedata.normalize("NFKC", s.text))
            m = re.match(r"(.{1,6}?(?:市|区|町|村))", rest)
            muni = m.group(1) if m else ""
        if muni:
            stems |= _stems(muni)
            town = _town_of_site(muni)
            if town:
                stems |= _stems(town)
    return sorted(stems, key=lambda w: (-len(w), w))


#: Kinds of site named after their town (糸魚川駅, 燕三条駅 is not one town: only a whole name + kind).
_SITE = re.compile(r"^(.{1,5}?)(?:駅|港|漁港|インター|IC)$")


def _town_of_site(name: str) -> str | None:
    """The municipality a site is named after (糸魚川駅 → 糸魚川市), when KEN_ALL knows exactly one such
    name, else None. 例: ``_town_of_site("糸魚川駅") == "糸魚川市"``"""
    m = _SITE.match(name)
    if not m:
        return None
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    for suf in "市町村":
        if gaz.candidates(m.group(1) + suf):
            return m.group(1) + suf
    return None


#: Ordinary words written after a place (not part of a name).
_ORDINARY_AFTER = _AREA_WORDS | _AREA_AFTER | frozenset("市内 町内 村内 区内 近郊 地区 地域 市民 町民 産 市街 市街地 中心部 郊外 沿い"
                                                        .split())  # (一ノ関駅近く: stop 35)
_QUOTE = re.compile(r"[「『]([^」』\n]{2,25})[」』]")


def place_risks(text: str, spans: Iterable[Span], places: list[str]) -> list[RiskFlag]:
    """``place_name`` flags: the noun compound around each place left in ``text`` outside ``spans``,
    and the quoted name or compound around a place span that was replaced alone (「宮津ブレンド」,
    さんぽナビ足利: the rest of the name still points to the town)."""
    spans = list(spans)
    out = _around_place_spans(text, spans)
    if not places:
        return out
    pii = sorted((s.start, s.end) for s in spans)
    # a romanised place only as a whole word (NUMATA, not inside another Latin word)
    rx = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(p)}(?![a-z])" if p.isascii() else re.escape(p) for p in places))
    last = -1
    for m in rx.finditer(text):
        a, b = m.span()
        if a < last or any(x < b and a < y for x, y in pii):
            continue
        ca, cb = _compound(text, a, b)
        if ((ca, cb) == (a, b) and len(m.group()) <= 3 and _KANA.fullmatch(m.group())
                and not re.match(r"[・一-龥々ァ-ヶー」』]", text[b:b + 1])):
            continue  # a short kana reading alone is a word (つばめが巣を作った): only in a name (つばめ住まい, ぬまた・…)
        if any(x < cb and ca < y for x, y in pii):
            ca, cb = a, b
        office = ""
        if (ca, cb) == (a, b) and text[b : b + 1] in ("市", "町", "村", "区", "郡") and not any(x <= b < y for x, y in pii):
            cb = b + 1  # 十津川|村役場: the municipality's whole name (十津川村) goes
            office = next((w for w in ("役場", "役所") if text.startswith(w, cb)), "")
            if office:
                office, cb = text[b:cb] + office, cb + len(office)  # 「地元の村役場」, as a landmark of the town
        name = text[ca:cb]
        rest = _rest(text[ca:a], text[b:cb])
        out.append(RiskFlag(ca, cb, name, "place_name", WHY,
                            "地元の" + office if office else rest if len(rest) >= 2 else "地元の"))
        last = cb
    return out


def _around_place_spans(text: str, spans: list[Span]) -> list[RiskFlag]:
    from tokumei.detect.names.tokens import _tokenize

    out: list[RiskFlag] = []
    places = [s for s in spans if s.label == "LOCATION" or (s.data or {}).get("place")]
    if not places:
        return out
    quotes = [m.span(1) for m in _QUOTE.finditer(text)]
    for s in places:
        q = next(((a, b) for a, b in quotes if a <= s.start and s.end <= b and (a, b) != (s.start, s.end)), None)
        ca, cb = q if q else _compound(text, s.start, s.end)
        if (ca, cb) == (s.start, s.end):
            continue
        others = [o for o in spans if o is not s and ca < o.end and o.start < cb and not (ca <= o.start and o.end <= cb)]
        if others:
            continue
        rest = _rest(text[ca:s.start], text[s.end:cb])
        if not q and (len(rest) < 2 or rest in _ORDINARY_AFTER):
            continue  # 岩国出身, 沼田市内: the place word alone was the name
        toks = _tokenize(text[ca:cb], False)  # (the quote's or the compound's words, read once for both tests below)
        if _particle_after(toks, s.end - ca):
            continue  # 「米山を望む事業承継相談会」, 気良の両集落|とも出荷量: without the place the rest opens with a particle —
            # the place goes alone
        if q and _sentence(text[ca:cb], toks):
            continue  # 「函館で生まれた技術を、…届けたい」: a quoted sentence, no name — its place goes alone
        if (s.data or {}).get("kind") in _WIDE:
            # ブラジル国籍, 九州理容競技大会, 日本民藝館展: a country or a region the policy keeps names no town, and cut
            # out it damages the text (「国籍の社員」, 「名物はライス」 were published before stop 44) — listed, not applied
            out.append(RiskFlag(ca, cb, text[ca:cb], "wide_place", WIDE_WHY,
                                text[ca:s.start] + _WIDE[(s.data or {})["kind"]] + text[s.end:cb]))
            continue
        out.append(RiskFlag(ca, cb, text[ca:cb], "place_name", WHY.replace("住所を都道府県までにしても", "地名を置き換えても"),
                            rest if len(rest) >= 2 else "地元の"))
    return out


#: A country's or a region's word the policy keeps, and what the review suggests in its place (a ``wide_place`` flag).
_WIDE = {"country": "（国名）", "region": "（地方名）"}
WIDE_WHY = "国や地方の名を含む名称・記述です。事業者を絞り込む手がかりになるなら置き換えてください"


#: Particles that give a verb its argument (函館で|生まれた, 米山を|望む): the quote is a sentence.
_ARGUMENT = frozenset("を が に で へ と から は も".split())
_KANJI_IN = re.compile(r"[\u4e00-\u9fff々]")
#: Case particles a quoted name's rest would open with once its place is cut (を望む…, から歩いて…, に来る…; not の).
_CASE_PARTICLES = frozenset("を が に で へ は も から まで より".split())


def _particle_after(toks: list, at: int) -> bool:
    """A case particle is the word at ``at`` (right after the place) of ``toks``, the words of the whole quote or compound
    (read whole: から alone at a string's start is a conjunction to SudachiPy)."""
    t = next((t for t in toks if t.start == at), None)
    return t is not None and t.pos[0] == "助詞" and t.surface in _CASE_PARTICLES


def _sentence(quote: str, toks: list) -> bool:
    """``quote`` (its words ``toks``) is a sentence, not a name: a verb or an adjective after a case particle (函館で|生まれた,
    米山を|望む), one with は・が・を anywhere (宇治川沿いの景色が好きで入りました), or a comma with either (能登の柿は、加工しても…).
    Only verbs and adjectives with a kanji count: a kana name SudachiPy reads as one (たぶ|せ|四季暦, えび池|ある|き, か|に|がら出汁)
    and a title with a comma (「あしきた 海のしごと、陸のしごと」) stay names."""
    verb = [_KANJI_IN.search(t.surface) is not None and t.pos[0] in ("動詞", "形容詞") for t in toks]
    if any(v and k and toks[k - 1].pos[0] == "助詞" and toks[k - 1].surface in _ARGUMENT for k, v in enumerate(verb)):
        return True
    subject = any(t.pos[0] == "助詞" and t.surface in ("は", "が", "を") for t in toks)
    return any(verb) and subject or ("、" in quote or "。" in quote) and (any(verb) or subject)


def _rest(before: str, after: str) -> str:
    """What a name keeps without its place: the characters around it, less the ・ and spaces that joined them and
    the の after a place that opened the name (「沼田のこんにゃく」 → こんにゃく, never 「のこんにゃく」)."""
    if not before and after.startswith("の"):
        after = after[1:]
    return (before + after).strip("・ ")


def _compound(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen [a, b) to the noun compound it sits in (SudachiPy tokens of a small window)."""
    from tokumei.detect.names.tokens import tokenize

    lo = max(0, a - 16)
    for stop in ("。", "\n", "、", "「", "」", " ", "\u3000", "（", "("):
        i = text.rfind(stop, lo, a)
        if i >= 0:
            lo = max(lo, i + 1)
    hi = min(len(text), b + 20)
    for stop in ("。", "\n", "、", "「", "」", " ", "\u3000", "）", ")"):
        i = text.find(stop, b, hi)
        if i >= 0:
            hi = min(hi, i)
    toks = list(_shift(tokenize(text[lo:hi]), lo))
    left = [t for t in toks if t[1] <= a]
    right = [t for t in toks if t[0] >= b]
    ca, cb = a, b
    for k in range(len(left) - 1, -1, -1):
        s, e, pos, surf = left[k]
        if e != ca or not _joins(pos, surf, True) or surf == "・" and k and left[k - 1][3] in _RELATIONS:
            break  # (祖母・石垣在住: whose relation the person is, then the place — no name that holds it; stop 44)
        ca = s
    for s, e, pos, surf in right:
        if s != cb or not _joins(pos, surf, False):
            break
        cb = e
    while ca < a and text[ca] == "・":
        ca += 1
    while cb > b and text[cb - 1] == "・":
        cb -= 1
    return ca, cb


def _joins(pos: tuple[str, ...], surf: str, before: bool) -> bool:
    """Token ``surf`` continues the name compound of a place, on the side ``before`` it or after it."""
    if surf == "・":
        return True
    if MARKS_ONLY.fullmatch(surf):
        return False  # ：☑ is one unknown noun to SudachiPy: a form's marks join no name (stop 35, n-dev-718)
    if pos[0] == "名詞" and pos[1] == "数詞" or surf in _AREA_WORDS:
        return False  # 沼田周辺, 両津港行き: an area around the place or a way to it, no name that holds it (stop 44)
    if pos[0] == "名詞" and pos[2] == "副詞可能" and (len(surf) >= 2 if before else surf in _AREA_AFTER):
        return False  # そのあと|…, 現在|…, 関東|一円, 浜口|あたり, 駅|前広場 (not 秋田県|よろず支援拠点: よろず opens a name)
    return pos[0] in _JOIN_POS


def _shift(tokens: Iterable, off: int) -> Iterator[tuple[int, int, tuple[str, ...], str]]:
    for t in tokens:
        yield t.start + off, t.end + off, t.pos, t.surface
