"""Safety nets against leaks the detector's spans leave (issue #12: the dev/test gap).

Each step is a general mechanism, not a list of strings, run by :func:`tokumei.anonymize.careful.careful`
after detection and before replacement:

* :func:`prefecture_cities` — a bare prefecture stem that is also its capital city's name (大阪, 京都,
  広島, 福岡; 東京 for the 23 wards) written as a place (「大阪のホテル」「東京で知り合って」) is the
  city, finer than the prefecture that ``publication`` keeps: it becomes 「大阪府内」「東京都内」. A stem
  that names no city (愛知, 兵庫) and one glued to a following noun (広島大学) stay.
* :func:`place_stems` — a place replaced once (the municipality of a generalised address, a detected
  town, mountain, island or station) is replaced wherever its stem is written again, also inside a
  longer word (「岩木のしずく」 after 岩木山, 「てらこや出雲」 after 島根県出雲市). Stems of one kanji, common
  nouns (中央 of 中央区) and allow-listed public bodies (沼田商工会議所: a ``place_name`` risk) are left.
* :func:`named_businesses` — a proper noun followed by a business kind word (丸越|百貨店, 寺田|労務サポート,
  富士|乃湯, 升田|屋) is one organisation; a person span inside it gives way.
* :func:`quoted_businesses` — 「ラーンウェイ」というオンライン塾: the quoted name before 「という」 and a
  business word is the organisation (never 「というオンライン塾」).
* :func:`spaced_people` — 姓 + space + 名 before an honorific or after a role (「林 宜君さん」「社長の
  山陽 太一は」), and a place-tagged surname glued to a one/two-kanji given name after a contact label
  (「担当：三宅陸」), are people.

例::

    >>> [s.text for s in prefecture_cities("大阪のホテルで働き、大阪府に戻った", [])]
    ['大阪']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from tokumei.span import Span

__all__ = ["named_businesses", "place_stems", "prefecture_cities", "quoted_businesses", "spaced_people"]

SOURCE = "anonymize.leaks.v1"
_NOUN_GLUE = ("名詞", "接尾辞")


def _overlapping(spans: list[Span], a: int, b: int) -> list[Span]:
    return [s for s in spans if s.start < b and a < s.end]


@lru_cache(maxsize=1)
def _prefecture_cities() -> dict[str, str]:
    """Prefecture stem → prefecture, for stems that are also a city of that prefecture (大阪 → 大阪府)."""
    from tokumei.anonymize.places import PREFECTURES
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    out = {"東京": "東京都"}
    for p in PREFECTURES:
        if p in ("北海道", "東京"):
            continue
        full = p + ("府" if p in ("京都", "大阪") else "県")
        if gaz.candidates(p + "市", full):
            out[p] = full
    return out


def prefecture_cities(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with bare prefecture-and-city stems (大阪, 京都 …) as places of kind ``pref_city``
    (replaced by 「大阪府内」 under ``generalize_location``); a coarse span the detector gave the stem
    (kept as a prefecture) gives way."""
    from tokumei.anonymize.places import tokens_of

    cities = _prefecture_cities()
    tokens = tokens_of(text)
    out = list(spans)
    for i, t in enumerate(tokens):
        if t.surface not in cities or t.pos[:3] != ("名詞", "固有名詞", "地名"):
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1] if i else None
        if nxt is not None and nxt.start == t.end and nxt.pos[0] in _NOUN_GLUE:
            continue  # 広島大学, 大阪府 (one token anyway), 京都駅: a longer name, handled as such
        if prev is not None and prev.end == t.start and prev.pos[0] in ("名詞", "接頭辞"):
            continue  # 南大阪
        inside = _overlapping(out, t.start, t.end)
        if any(not (s.label == "LOCATION" and (s.data or {}).get("coarse")) for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(Span("LOCATION", t.start, t.end, t.surface, 0.7, SOURCE,
                        "都道府県名と同じ名前の市（都道府県の中に一般化）",
                        data={"kind": "pref_city", "prefecture": cities[t.surface]}))
    return out


_MUNI_END = re.compile(r"(?:市|区|町|村|郡)$")
#: Kind words a place's stem is written without (岩木山 → 岩木, 宮島 → 宮, never one kanji).
_PLACE_KIND_END = re.compile(r"(?:駅|川|山|岳|島|半島|湖|峠|岬|港|温泉|高原|城|市|区|町|村)$")
_PREF_HEAD = re.compile(r"^(?:北海道|東京都|京都府|大阪府|.{2,3}?県)")


def _place_stem_forms(s: Span) -> set[str]:
    """Written forms of one replaced place: the municipality (and its stem) of an address, or the
    place without its kind word. 例: 青森県弘前市 → {弘前市, 弘前}, 岩木山 → {岩木山, 岩木}."""
    d = s.data or {}
    if d.get("coarse") or d.get("kind") in ("prefecture", "country", "region", "pref_city"):
        return set()
    word = unicodedata.normalize("NFKC", str(d.get("municipality") or s.text)).strip()
    word = _PREF_HEAD.sub("", word)
    if s.label == "ADDRESS" and not d.get("municipality"):
        m = re.match(r"(.{1,6}?(?:市|区|町|村))", word)
        word = m.group(1) if m else ""
    word = re.sub(r"^(?:JR|ＪＲ|[^\s]{1,4}線)", "", word)
    if not word or re.search(r"[0-9\s、。（）()「」]", word):
        return set()
    out: set[str] = set()
    ward = re.match(r"(.+?市)(.+?区)$", word)
    for w in ([ward.group(1), word] if ward else [word]):  # 堺市堺区: the city 堺市 is searched too
        out.add(w)
        core = _PLACE_KIND_END.sub("", w)
        if core != w:
            out.add(core)
        if _MUNI_END.search(w):
            from tokumei.anonymize.risk_places import _stems

            out |= _stems(w)  # 沼田市 → ぬまた / ヌマタ (the reading written in a name: 「ぬまた湯めぐり」)
            if len(core) == 1:
                out |= _kana_readings(core)  # 堺市 → さかい: a one-kanji town's reading is still its name
    return {w for w in out if len(w) >= 2}


def _kana_readings(word: str) -> set[str]:
    """Hiragana and katakana readings of ``word`` (SudachiPy) when they have three kana or more."""
    import jaconv

    from tokumei.detect.names.tokens import tokenize

    reading = "".join(t.reading for t in tokenize(word, readings=True))
    if len(reading) < 3 or not re.fullmatch(r"[\u3041-\u3096\u30a1-\u30faー]+", reading):
        return set()
    return {jaconv.hira2kata(reading), jaconv.kata2hira(reading)}


@lru_cache(maxsize=512)
def _common_word(word: str) -> bool:
    """True when ``word`` is an ordinary noun or several words (中央, 本町 as 本|町) rather than a
    proper noun: its stem is not searched for."""
    from tokumei.detect.names.tokens import tokenize

    toks = [t for t in tokenize(word)]
    if re.fullmatch(r"[\u3041-\u3096\u30a1-\u30faー]{3,}", word):
        return False
    return not (len(toks) == 1 and toks[0].pos[1] == "固有名詞" or any(t.pos[1] == "固有名詞" for t in toks)
                and all(t.pos[0] in _NOUN_GLUE for t in toks))


def _quoted(text: str, a: int, b: int) -> bool:
    """True when text[a:b] lies inside 「…」 or 『…』 on its line (a product, event or shop name)."""
    line_start = text.rfind("\n", 0, a) + 1
    before = text[line_start:a]
    o = max(before.rfind("「"), before.rfind("『"))
    return o >= 0 and max(before.rfind("」"), before.rfind("』")) < o and bool(re.match(r"[^\n」』]*[」』]", text[b:]))


def place_stems(text: str, spans: list[Span], allowed: Callable[[str], bool] | None = None) -> list[Span]:
    """New LOCATION spans (「（地名）」) for every uncovered occurrence of a replaced place's written forms.

    A stem that is also an ordinary noun (岩木 of 岩木山) is searched only inside a quoted name
    (「岩木のしずく」); a municipality's stem must be a proper noun (中央 of 中央区 is never searched)."""
    forms: set[str] = set()
    munis: set[str] = set()
    for s in spans:
        if s.label in ("LOCATION", "ADDRESS") and not is_doubtful(s):
            f = _place_stem_forms(s)
            forms |= f
            if s.label == "ADDRESS" or (s.data or {}).get("kind") == "municipality" or any(_MUNI_END.search(w) for w in f):
                munis |= f
    forms -= set(_prefecture_cities())
    common = {f for f in forms if _common_word(f)}
    forms -= {f for f in common if f in munis}
    if not forms:
        return []
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    rx = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))))
    for m in rx.finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken) or m.group() in common and not _quoted(text, a, b):
            continue
        if allowed is not None:
            from tokumei.anonymize.risk_places import _compound

            if allowed(text[slice(*_compound(text, a, b))]):
                continue  # 沼田商工会議所: an allow-listed body, a place_name risk instead
        out.append(Span("LOCATION", a, b, text[a:b], 0.65, SOURCE, "置き換えた地名の別の箇所（名称の中も）",
                        data={"kind": "place", "stem_of": m.group()}))
        taken.append((a, b))
    return out


def is_doubtful(s: Span, below: float = 0.5) -> bool:
    """The review list's test (a span left for a person to decide); see :mod:`.review_list`."""
    from tokumei.anonymize.review_list import is_doubtful as doubtful

    return doubtful(s, below)


#: What follows a place, whatever the detector's score: 磐田駅南口から車で7分, 〜出身, 〜在住.
_PLACE_CONTEXT = re.compile(r"(?:から|まで)[ \u3000]*(?:車|徒歩|歩いて|バス|電車|船|フェリー|自転車|タクシー)|出身|在住|方面|近郊")
_DOUBT_WORDS = re.compile(r"[（(]?(?:要確認|不確か|曖昧|自信なし)[）)]?")


def confirm_repeated(text: str, spans: list[Span], below: float = 0.5) -> list[Span]:
    """``spans`` where a doubtful name span (left for review) whose text is a written form of a name
    found with confidence in the same document — the place, the person's surname or given name, the
    organisation with or without its legal form — is confirmed and replaced like it.

    例: 「島根県出雲市 … 「てらこや出雲」」: the detector's low-score 出雲 is the city found before."""
    from tokumei.detect.names.variants import name_forms

    sure = [s for s in spans if s.label in ("PERSON", "ORGANIZATION", "LOCATION", "ADDRESS") and not is_doubtful(s, below)]
    forms: dict[str, set[str]] = {"PERSON": set(), "ORGANIZATION": set(), "LOCATION": set()}
    for s in sure:
        if s.label in ("LOCATION", "ADDRESS"):
            forms["LOCATION"] |= _place_stem_forms(s)
        else:
            forms[s.label] |= {re.sub(r"\s+", "", f) for f in name_forms(s) if len(f.strip()) >= 2}
    out = []
    for s in spans:
        key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", s.text))
        placed = s.label == "LOCATION" and (_PLACE_CONTEXT.match(text, s.end) or re.search(r"駅(?:[東西南北]口|前)?$", s.text))
        if is_doubtful(s, below) and (s.label in forms and key in forms[s.label] or placed):
            d = {k: v for k, v in (s.data or {}).items() if k not in ("uncertain", "model_unsure")}
            s = s.with_(score=max(s.score, below), data=d,
                        reason=_DOUBT_WORDS.sub("", s.reason) + "・同じ文書で確かに検出した名前と同じ")
        out.append(s)
    return out


#: Kind words that end a business's name after a proper noun (丸越百貨店, 米山酒造, 富士乃湯, 升田屋).
BUSINESS_WORDS = ("百貨店", "酒造", "醸造", "本舗", "工房", "農園", "果樹園", "牧場", "商店", "酒店", "旅館", "食堂",
                  "製菓", "菓子店", "菓子舗", "茶舗", "呉服店", "書店", "工務店", "製作所", "労務サポート", "事務所",
                  "オフィス", "サポート", "商会", "堂", "屋", "湯", "亭", "庵", "舎", "窯")
_BUSINESS_RX = re.compile("|".join(map(re.escape, sorted(BUSINESS_WORDS, key=len, reverse=True))))
#: One-character kind words need a proper noun right before them (not 自転車屋, 薬湯, 食堂).
_SHORT = frozenset("堂屋湯亭庵舎窯")


def named_businesses(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with ORGANIZATION spans for proper noun + business word (see the module docstring)."""
    from tokumei.anonymize.places import tokens_of

    tokens = tokens_of(text)
    by_end = {t.end: i for i, t in enumerate(tokens)}
    out = list(spans)
    for m in _BUSINESS_RX.finditer(text):
        word, b = m.group(), m.end()
        if re.match(r"[一-龥ァ-ヶ]", text[b : b + 1]) and word in _SHORT:
            continue  # 湯船, 屋根, 堂々
        i = by_end.get(m.start())
        if i is None:
            continue
        # 富士|乃|湯: a linking 乃/ノ/の only before the one-character words
        link = ""
        if tokens[i].surface in ("乃", "ノ", "の") and word in ("湯", "屋", "亭", "庵") and i > 0 \
                and tokens[i - 1].end == tokens[i].start:
            link, i = tokens[i].surface, i - 1
        t = tokens[i]
        proper = t.pos[1] == "固有名詞" and t.pos[2] in ("人名", "地名", "一般", "組織名")
        if not proper and not link and word in _STRONG:
            run = _coined_name(text, m.start())
            if run is not None:
                _add_business(out, text, run, b)
            continue
        if not proper or len(t.surface) < 2 and not link:
            continue
        a = t.start
        # the name may be two proper-noun tokens (西大寺|観音 …) but never takes a common noun in
        while i > 0 and tokens[i - 1].end == a and tokens[i - 1].pos[1] == "固有名詞" and a - tokens[i - 1].start <= 6:
            i -= 1
            a = tokens[i].start
        _add_business(out, text, a, b)
    for m in _QUOTED_SHOP.finditer(text):
        a, b = m.span("n")
        if not _one_common_word(m.group("n")):
            _add_business(out, text, a, b, "かぎ括弧の屋号（〜屋・〜堂・〜湯）")
    return out


def _add_business(out: list[Span], text: str, a: int, b: int, why: str = "固有名詞＋事業の種類の語（屋号）") -> None:
    """Put an ORGANIZATION span a..b into ``out`` (in place) unless an organisation or a full name
    already covers part of it; person and place spans inside give way."""
    inside = _overlapping(out, a, b)
    if any(s.label not in ("PERSON", "LOCATION") or s.start < a or s.end > b for s in inside):
        return
    if any(s.label == "PERSON" and (" " in s.text or "\u3000" in s.text) for s in inside):
        return  # a full name inside is a person, not a shop
    out[:] = [s for s in out if s not in inside]
    out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, why))


#: Multi-character business words that make a coined kanji name before them a business (大善百貨店).
_STRONG = frozenset(("百貨店", "酒造", "醸造", "本舗", "製菓", "菓子舗", "茶舗", "呉服店", "旅館", "工房", "農園", "果樹園",
                     "牧場", "商店", "酒店", "工務店", "製作所"))
#: A quoted shop name: 「蓬屋」「松籟堂」「福の湯」 (no particle inside but the の of 〜の湯).
_QUOTED_SHOP = re.compile(r"[「『](?P<n>[一-龥々ァ-ヺー\u3041-\u3096]{1,8}?(?:屋|堂|湯|亭|庵|荘|舗|館))[」』]")


#: Kind words almost always written after a name (a department store, a brewery, a ryokan): the word
#: before them is a name unless it is one of :data:`_MODIFIERS` (大善百貨店, but 老舗百貨店).
_NAMED_KINDS = ("百貨店", "酒造", "醸造", "本舗", "旅館")
_MODIFIERS = frozenset("大手 老舗 地元 地方 県内 市内 都内 府内 道内 町内 近隣 近所 有名 高級 郊外 駅前 都心 全国 各地 大型 中堅 国内 海外 "
                       "外資 老舗 名門 人気 新規 既存 小規模 中小 大規模 個人 家族 温泉 観光 地域 当地 同じ 別の 他の 各 全 "
                       "日本 和風 洋風 伝統 小さな 新しい 古い 近く".split())


def _one_common_word(word: str) -> bool:
    """True when SudachiPy reads ``word`` as one ordinary word (本屋, 居酒屋, 八百屋), not a coined name (蓬|屋)."""
    from tokumei.detect.names.tokens import tokenize

    toks = list(tokenize(word))
    return len(toks) == 1 and toks[0].pos[1] != "固有名詞"


def _coined_name(text: str, end: int) -> int | None:
    """Start of the 2–4 kanji/katakana run ending at ``end`` when it is a coined name rather than one
    ordinary word (大善 → 大|善; 老舗, 地元, 観光 are one word each), else None."""
    from tokumei.detect.names.tokens import tokenize

    m = re.search(r"(?<![一-龥々ァ-ヺー])[一-龥々ァ-ヺー]{2,4}$", text[max(0, end - 5) : end])
    if not m:
        return None
    word = m.group()
    if word in _MODIFIERS:
        return None
    named = text.startswith(_NAMED_KINDS, end)
    toks = list(tokenize(word))
    if len(toks) == 1 and toks[0].pos[1] != "固有名詞" and not named or any(t.pos[0] not in _NOUN_GLUE + ("接頭辞",) for t in toks):
        return None
    return end - len(word)


#: Business words after 「…」という (an organisation is named, not a product: 商品名 is a brand risk).
_AFTER_QUOTE = re.compile(r"」(?:という|っていう|といった)(?:小さな|新しい|地元の)?"
                          r"(?:オンライン|会員制の?)?(?:会社|企業|塾|学習塾|教室|店|お店|カフェ|喫茶店|食堂|レストラン|居酒屋|バー|"
                          r"書店|本屋|雑貨店|工房|旅館|宿|民宿|ゲストハウス|事務所|法人|団体|NPO|サークル|スクール|サロン|"
                          r"クリニック|医院|農園|牧場|酒蔵|蔵元|スタジオ|ショップ|ブランド|チーム)")


def quoted_businesses(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the quoted name of 「X」という塾/会社/店 as an organisation; an organisation span
    that starts at 「という」 (a model's guess at the business word) is dropped."""
    out = []
    for s in spans:
        lead = re.match(r"(?:という|っていう|といった|いう)", s.text) if s.label == "ORGANIZATION" else None
        if lead:
            after = _AFTER_QUOTE.match(text, s.start - 1) if text[s.start - 1 : s.start] == "」" else None
            if after and after.end() >= s.end:
                continue  # 「…」というオンライン塾: the business word alone names nobody
            if s.end - s.start - lead.end() < 2:
                continue
            # 「潮かぜ」という|菊水酒店: the quoting verb is no part of the name
            s = s.with_(start=s.start + lead.end(), text=s.text[lead.end():])
        out.append(s)
    for m in _AFTER_QUOTE.finditer(text):
        close = m.start()
        opened = text.rfind("「", max(0, close - 24), close)
        if opened < 0:
            continue
        a, b = opened + 1, close
        name = text[a:b]
        if not name or len(name) > 20 or re.search(r"[。、\n]|[ぁ-ん]{3,}", name):
            continue  # a quoted sentence, not a name
        inside = _overlapping(out, a, b)
        if any(s.start < a or s.end > b or s.label not in ("PERSON", "ORGANIZATION", "LOCATION") for s in inside):
            continue
        eid = next((s.entity_id for s in inside if s.label == "ORGANIZATION"), None)
        out = [s for s in out if s not in inside]
        out.append(Span("ORGANIZATION", a, b, name, 0.65, SOURCE, "「…」という＋事業の語（屋号・社名）", eid))
    return out


_KANJI_NAME = r"[一-龥々]{1,3}"
#: 姓 + space + 名 (kanji, or a kana given name) before an honorific or an age, or after 「役職の」.
_SPACED = re.compile(rf"(?<![一-龥々ァ-ヶ])(?P<n>{_KANJI_NAME}[ \u3000](?:{_KANJI_NAME}|[ぁ-ん]{{2,4}}))"
                     r"(?P<after>[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|先生)|[（(][0-9０-９]{1,3}[）)]|は|が|も|と|に)")
_ROLE_BEFORE = re.compile(r"(?:社長|会長|代表|代表取締役|専務|常務|取締役|店主|店長|女将|院長|所長|工場長|部長|課長|係長|"
                          r"主任|担当|担当者|理事長|園長|校長|住職|職人|社員|従業員|妻|夫|息子|娘|長男|次男|長女|次女|父|母|兄|弟|姉|妹)"
                          r"(?:の|、|は|：|:)?[ \u3000]?$")
_NOT_SURNAME = frozenset("第 全 各 本 当 同 新 旧 元 前 現 約 計 毎 月 年 日 時 分 円 名 人 代 歳 号 回 件 社 店".split())
_HONORIFIC = re.compile(r"[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|先生)|[（(][0-9０-９]{1,3}[）)]")


def spaced_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans for names the detector left (see the module docstring); a place
    span inside the contact-label name (三宅 read as 三宅町) gives way."""
    from tokumei.anonymize.places import tokens_of

    out: list[Span] = []
    for m in _SPACED.finditer(text):
        a, b = m.span("n")
        name = m.group("n")
        inside = _overlapping(spans, a, b) + _overlapping(out, a, b)
        # a part of the name found alone (林, 太一) or read as a region (山陽) gives way to the full name
        if name[0] in _NOT_SURNAME or any(s.start < a or s.end > b or not (
                s.label == "PERSON" or s.label == "LOCATION" and (s.data or {}).get("coarse")) for s in inside):
            continue
        honorific = bool(_HONORIFIC.match(m.group("after")))
        role = bool(_ROLE_BEFORE.search(text, max(0, a - 12), a))
        if not (honorific or role) or (inside and all(s.start == a and s.end == b for s in inside)):
            continue
        eid = next((s.entity_id for s in inside if s.label == "PERSON"), None)
        spans = [s for s in spans if s not in inside]
        out.append(Span("PERSON", a, b, name, 0.65, SOURCE, "姓＋空白＋名（敬称・役職の隣）", eid))
    tokens = tokens_of(text)
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        # 担当：三宅陸 — a surname that SudachiPy reads as a town (三宅), glued to a short given name
        if t.pos[:3] == ("名詞", "固有名詞", "地名") and nxt.start == t.end and 1 <= len(nxt.surface) <= 2 \
                and re.fullmatch(r"[一-龥]+", nxt.surface) and re.match(r"[ \u3000]*(?:\n|$|[、。（(）)]|さん|様)", text[nxt.end:]) \
                and re.search(r"(?:担当|担当者|氏名|名前|お名前|連絡先|記入者|作成者|代表者?|責任者)[ \u3000]*[：:]?[ \u3000]*$",
                              text[max(0, t.start - 8) : t.start]):
            a, b = t.start, nxt.end
            inside = _overlapping(spans, a, b)
            if any(s.label not in ("LOCATION", "PERSON") or s.start < a or s.end > b for s in inside) \
                    or _overlapping(out, a, b):
                continue
            spans = [s for s in spans if s not in inside]
            out.append(Span("PERSON", a, b, text[a:b], 0.65, SOURCE, "連絡先の欄の姓名（地名と同じ姓）"))
    return list(spans) + out



#: What may continue an address the detector cut short: 京都の通り名 (今出川通七本松西入ル), 町名, 番地.
_ADDRESS_TAIL = re.compile(r"[一-龥々ヶケァ-ヺー0-9０-９\-－‐−]{1,40}")
_TAIL_END = re.compile(r"(?:[0-9０-９]|丁目|番地|番|号|町|入ル|上ル|下ル|入る|上る|下る)$")


def address_tails(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each address span (京都府京都市上京区) taking in the rest of the address written
    right after it without a break (今出川通七本松西入ル真盛町702); names and places found inside that
    rest (今出川通 read as a person) give way. The rest must end like an address (a number, 丁目, 番地,
    町, 入ル) and hold no hiragana (「京都市上京区にある」 stays as it is)."""
    out = list(spans)
    for s in spans:
        # an address, or a place the model read from a prefecture on (長野県須坂市大字須坂|1458)
        located = s.label == "LOCATION" and _PREF_HEAD.match(s.text) and re.search(r"[市区町村]", s.text)
        if not (s.label == "ADDRESS" or located) or (s.data or {}).get("place"):
            continue
        m = _ADDRESS_TAIL.match(text, s.end)
        if not m:
            continue
        b = m.end()
        for o in out:
            if o is not s and o.start < b and s.end < o.end and (o.end > b or o.label not in ("PERSON", "LOCATION", "ADDRESS")):
                b = min(b, o.start)  # a phone number or an organisation right after the address stays its own
        tail = text[s.end : b]
        while tail and not _TAIL_END.search(tail):
            tail = tail[:-1]
        if not tail or located and not re.search(r"[0-9０-９]", tail):
            continue
        b = s.end + len(tail)
        inside = [o for o in out if o is not s and s.end <= o.start and o.end <= b]
        out = [o for o in out if o is not s and o not in inside]
        out.append(s.with_(end=b, text=text[s.start : b], reason=s.reason + "・続けて書かれた住所の残り"))
    return out


_ONE_KANJI_GIVEN = re.compile(r"(?P<g>[一-龥])(?=[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|社長|会長|専務|常務|店主|先生|院長|所長|部長|課長))")
#: Kanji that sit between a surname and a title without being a given name (山田副社長, 鈴木元部長).
_NOT_GIVEN = frozenset("副元前新総老若女旧現名各両代次家")


def one_kanji_given(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a surname-only PERSON span taking in a one-kanji given name written between it
    and a title (中野|愛|社長 → 中野愛, never 「A愛社長」)."""
    starts = {s.start for s in spans}
    out = []
    for s in spans:
        d = s.data or {}
        parts = d.get("parts") or ()
        if s.label == "PERSON" and parts and all(k == "姓" for _, k in parts) and " " not in s.text \
                and s.end not in starts and (m := _ONE_KANJI_GIVEN.match(text, s.end)) and m.group("g") not in _NOT_GIVEN:
            s = s.with_(end=s.end + 1, text=text[s.start : s.end + 1], reason=s.reason + "・一字の名",
                        data={**d, "parts": [*parts, (m.group("g"), "名")]})
        out.append(s)
    return out


def _with_parts(s: Span) -> Span:
    """A PERSON span written 「姓 名」 with a space but no recorded parts (the model's 岸 陽斗) gets them,
    so that its surname and given name are searched for alone too."""
    from tokumei.detect.names.variants import name_parts

    if s.label != "PERSON" or name_parts(s) is not None:
        return s
    bits = re.split(r"[ \u3000]+", s.text.strip())
    if len(bits) != 2 or not all(re.fullmatch(r"[一-龥々\u3041-\u3096\u30a1-\u30faー]{1,5}", b) for b in bits):
        return s
    return s.with_(data={**(s.data or {}), "surname": bits[0], "given": bits[1]})


_AFTER_KANA_NAME = re.compile(r"(?:さん|様|ちゃん|くん|[がはもをにへと、。」]|[ \u3000]|：|:)")
_LINE_HEAD_AFTER = re.compile(r"(?:[はがも、]|[ \u3000]|：|:)")


def mentions_again(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus the other mentions of the names the careful steps settled (a business found by
    its kind word, a spaced name): the same matcher as :mod:`.propagate`, run again after them, with
    the surname and given name of a spaced name searched alone (陽斗 as a speaker's label after
    岸 陽斗), a kana given name before a particle (「ゆかりが店を」) and a one-kanji surname at the
    start of a line (「岡はまず」)."""
    from tokumei.detect.names.variants import find_mentions, name_parts, supersede

    sure = [s for s in spans if not is_doubtful(s)]
    new = find_mentions(text, [_with_parts(s) if s in sure else s for s in spans], source=SOURCE, max_score=0.85)
    out = supersede(spans, new)
    taken = [(s.start, s.end) for s in out]
    extra: list[Span] = []
    for s in sure:
        parts = name_parts(_with_parts(s)) if s.label == "PERSON" else None
        if not parts:
            continue
        sur, giv = parts
        for form, rule in ((giv, "kana"), (sur, "line")):
            kana = re.fullmatch(r"[\u3041-\u3096\u30a1-\u30faー]{3,6}", form)
            if rule == "kana" and not kana or rule == "line" and len(form) != 1:
                continue
            for m in re.finditer(re.escape(form), text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                if rule == "kana" and not (_AFTER_KANA_NAME.match(text, b) and (a == 0 or not re.match(r"[\u3041-\u3096\u30a1-\u30faー]", text[a - 1]))):
                    continue
                if rule == "line" and not ((a == 0 or text[a - 1] == "\n") and _LINE_HEAD_AFTER.match(text, b)):
                    continue
                extra.append(Span("PERSON", a, b, form, min(s.score, 0.8), SOURCE, "既出の人名の名・姓（別の箇所）",
                                  s.entity_id, {"same_as": s.text}))
                taken.append((a, b))
    return out + extra


_KATA_TAIL = re.compile(r"[子江代枝恵美乃](?![一-龥])")
_SPACED_KATA = re.compile(r"[ \u3000](?P<g>[\u30a1-\u30faー]{2,5}(?:[子江代枝恵美乃])?)(?=さん|様|が|は|の|と|も|に|を|、|。|）|\)|[ \u3000]|$)")


def kana_given_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans completed: a katakana given name's kanji ending (松尾 ヨシ|子), and a
    katakana given name after a space behind a surname found alone (浜中| タカ)."""
    starts = {s.start for s in spans}
    out = []
    for s in spans:
        if s.label == "PERSON" and re.search(r"[\u30a1-\u30fa]$", s.text) and s.end not in starts \
                and (m := _KATA_TAIL.match(text, s.end)):
            s = s.with_(end=m.end(), text=text[s.start : m.end()], reason=s.reason + "・名の終わりの漢字")
        elif s.label == "PERSON" and re.fullmatch(r"[一-龥々]{1,3}", s.text) and s.end + 1 not in starts \
                and (m := _SPACED_KATA.match(text, s.end)):
            parts = (s.data or {}).get("parts") or ()
            if all(k == "姓" for _, k in parts):
                s = s.with_(end=m.end("g"), text=text[s.start : m.end("g")], reason=s.reason + "・空白の後のカタカナの名",
                            data={**(s.data or {}), "surname": s.text, "given": m.group("g")})
        out.append(s)
    return out


_FOREIGN_CITY = re.compile(r"の(?P<c>[\u30a1-\u30faー]{2,8})(?=の|で|に|から|へ|出身|在住|、|。)")
_HOLDER = re.compile(r"(?:口座)?名義(?:人)?[ \u3000]*[：:]?[ \u3000]*(?P<n>[\u30a1-\u30faー\uff66-\uff9f]{2,12}(?:[ \u3000][\u30a1-\u30faー]{1,10})?)(?=[ \u3000]*(?:\n|$|、|。|）|\)))")


def foreign_places_and_holders(text: str, spans: list[Span]) -> list[Span]:
    """New spans for a katakana city right after a country (スリランカのコロンボの → LOCATION) and for
    the katakana account holder after 名義 (名義 ヨモギヤ: a person's or a business's name)."""
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for s in spans:
        d = s.data or {}
        if s.label == "LOCATION" and (d.get("coarse") or d.get("kind") == "country") and (m := _FOREIGN_CITY.match(text, s.end)):
            a, b = m.span("c")
            if not any(x < b and a < y for x, y in taken):
                out.append(Span("LOCATION", a, b, m.group("c"), 0.6, SOURCE, "国名の後の地名（都市）", data={"kind": "place"}))
                taken.append((a, b))
    for m in _HOLDER.finditer(text):
        a, b = m.span("n")
        if not any(x < b and a < y for x, y in taken):
            out.append(Span("PERSON", a, b, m.group("n"), 0.65, SOURCE, "口座の名義（カナ）", data={"reading": True}))
            taken.append((a, b))
    return out
