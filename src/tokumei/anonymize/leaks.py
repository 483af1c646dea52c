"""Safety nets against leaks the detector's spans leave (issue #12: the dev/test gap).

Each step is a general mechanism, not a list of strings, run by :func:`tokumei.anonymize.careful.careful`
after detection and before replacement. Businesses are here; places are in :mod:`.leaks_places`,
people in :mod:`.leaks_people`.

* :func:`named_businesses` — a proper noun or a coined name followed by a business kind word
  (丸越|百貨店, 寺田|労務サポート, 富士|乃湯, 大善|百貨店), and a quoted shop name (「蓬屋」), is one
  organisation; a person span inside it gives way.
* :func:`glued_shops`, :func:`org_cores` — a hiragana shop name glued to its kind word (木工房くるみ → 木工房A), and
  a business's own name written later without its kind word (くるみの椅子 → A社の椅子).
* :func:`quoted_businesses` — 「ラーンウェイ」というオンライン塾: the quoted name before 「という」 and a
  business word is the organisation (never 「というオンライン塾」); 「…」という|菊水酒店 loses its という.
* :func:`confirm_repeated` — a doubtful span (left for review) equal to a written form of a name found
  with confidence in the same text, or a doubtful place before 「から車で」, is replaced like it.

例::

    >>> from tokumei.span import Span
    >>> [s.text for s in named_businesses("新潟市の丸越百貨店の地酒", []) if s.label == "ORGANIZATION"]
    ['丸越百貨店']
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.detect.names.rules.quoted_shops import DESCRIBED, QUOTED_KIND_ALT
from tokumei.span import Span

__all__ = ["confirm_repeated", "glued_shops", "named_businesses", "org_cores", "quoted_businesses"]

SOURCE = "anonymize.leaks.v1"
_NOUN_GLUE = ("名詞", "接尾辞")


def _overlapping(spans: list[Span], a: int, b: int) -> list[Span]:
    return [s for s in spans if s.start < b and a < s.end]

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
    from tokumei.anonymize.leaks_places import _place_stem_forms
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
            if placed and not (s.label in forms and key in forms[s.label]):
                d["pref_unknown"] = True  # 釜山の出身: a place, but not one the text's prefecture holds
            s = s.with_(score=max(s.score, below), data=d,
                        reason=_DOUBT_WORDS.sub("", s.reason) + "・同じ文書で確かに検出した名前と同じ")
        out.append(s)
    return out


#: Kind words that end a business's name after a proper noun (丸越百貨店, 米山酒造, 富士乃湯, 升田屋).
BUSINESS_WORDS = ("百貨店", "酒造", "醸造", "本舗", "工房", "農園", "果樹園", "牧場", "商店", "酒店", "旅館", "食堂",
                  "製菓", "菓子店", "菓子舗", "茶舗", "呉服店", "書店", "工務店", "製作所", "労務サポート", "事務所",
                  "オフィス", "サポート", "商会", "堂", "屋", "湯", "亭", "庵", "荘", "舎", "窯")
_BUSINESS_RX = re.compile("|".join(map(re.escape, sorted(BUSINESS_WORDS, key=len, reverse=True))))
#: One-character kind words need a proper noun right before them (not 自転車屋, 薬湯, 食堂).
_SHORT = frozenset("堂屋湯亭庵荘舎窯")


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
        if not proper and not link and (word in _STRONG or word in _LODGING and _BOUNDARY.match(text, b)):
            run = _coined_name(text, m.start())
            if run is not None and (word in _STRONG or m.start() - run <= 3):
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
    for m in _HOUSE_MARK.finditer(text):
        _add_business(out, text, *m.span(), "屋号の印（ヤマ・カネ・マル…）＋家業の語")
    for m in _QUOTED_SHOP.finditer(text):
        a, b = m.span("n")
        if not _one_common_word(m.group("n")) and not DESCRIBED.match(m.group("n")):
            # (「町の名刺屋」「まちの食堂」: the town's or the port's kind of shop, a description, no 屋号)
            _add_business(out, text, a, b, "かぎ括弧の屋号（〜屋・〜堂・〜湯）")
    return out


def _add_business(out: list[Span], text: str, a: int, b: int, why: str = "固有名詞＋事業の種類の語（屋号）") -> None:
    """Put an ORGANIZATION span a..b into ``out`` (in place) unless an organisation or a full name
    already covers part of it; person and place spans inside give way."""
    inside = _overlapping(out, a, b)
    # a person, a place or a smaller organisation found inside (パン in パン工房ことり) gives way
    if any(s.label not in ("PERSON", "LOCATION", "ORGANIZATION") or s.start < a or s.end > b
           or s.label == "ORGANIZATION" and (s.start, s.end) == (a, b) for s in inside):
        return
    if any(s.label == "PERSON" and (" " in s.text or "\u3000" in s.text) for s in inside):
        return  # a full name inside is a person, not a shop
    out[:] = [s for s in out if s not in inside]
    out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, why))


#: Multi-character business words that make a coined kanji name before them a business (大善百貨店).
_STRONG = frozenset(("百貨店", "酒造", "醸造", "本舗", "製菓", "菓子舗", "茶舗", "呉服店", "旅館", "工房", "農園", "果樹園",
                     "牧場", "商店", "酒店", "工務店", "製作所"))
#: One-character kind words of baths and inns that follow a coined two- or three-kanji name when the
#: sentence goes on right after them (松風湯は, 富士見荘の; never 薬湯, 山荘: one word each).
_LODGING = frozenset("湯荘亭庵")
_BOUNDARY = re.compile(r"[はがのをにでともへ、。」）)\s]|$")
#: A traditional house name (屋号: ヤマ〜, カネ〜, マル〜 after the mark on the shop's sign) before the
#: family trade: ヤマキチ醤油, カネジュウ味噌, マルイチ製麺.
_HOUSE_MARK = re.compile(r"(?<![ァ-ヺー])(?:ヤマ|カネ|マル|イチ|イリ|カク|ヒゲ)[ァ-ヺー]{1,4}"
                         r"(?:醤油|味噌|醸造|酒造|製麺|製菓|製茶|茶園|漬物|蒲鉾|豆腐店|豆腐|水産|商店|本店|酒店|鮮魚店|精肉店)(?![一-龥])")
#: A quoted shop name: 「蓬屋」「松籟堂」「福の湯」 (no particle inside but the の of 〜の湯).
_QUOTED_SHOP = re.compile(r"[「『](?P<n>[一-龥々ァ-ヺー\u3041-\u3096]{1,8}?(?:屋|堂|湯|亭|庵|荘|舗|館))[」』]")


#: Kind words almost always written after a name (a department store, a brewery, a ryokan): the word
#: before them is a name unless it is one of :data:`_MODIFIERS` (大善百貨店, but 老舗百貨店).
_NAMED_KINDS = ("百貨店", "酒造", "醸造", "本舗", "旅館", "湯", "荘", "亭", "庵")
_MODIFIERS = frozenset("大手 老舗 地元 地方 県内 市内 都内 府内 道内 町内 近隣 近所 有名 高級 郊外 駅前 都心 全国 各地 大型 中堅 国内 海外 "
                       "外資 老舗 名門 人気 新規 既存 小規模 中小 大規模 個人 家族 温泉 観光 地域 当地 同じ 別の 他の 各 全 "
                       "日本 和風 洋風 伝統 小さな 新しい 古い 近く 一番 薬草 天然 源泉 貸切 家族風呂".split())


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


#: Business words after 「…」という (an organisation is named, not a product: 商品名 is a brand risk); the
#: kinds are the detector's own list (:data:`tokumei.detect.names.rules.business.QUOTED_BUSINESS_KINDS`).
_AFTER_QUOTE = re.compile(r"」(?:という|っていう|といった)(?:小さな|新しい|地元の)?"
                          rf"(?:オンライン|会員制の?)?(?:{QUOTED_KIND_ALT})")


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


_NAME_END = r"(?=[のはがをにでともへ、。」）)\s]|$)"


#: Kana words glued after a noun that make a word of it (干物づくり, 雑貨めぐり, 菓子まつり).
_KANA_SUFFIX_WORDS = ("づくり", "まつり", "めぐり", "ぐらし", "ざかり", "づけ", "ずくし", "だらけ", "ずき", "たち")


def glued_shops(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with ORGANIZATION spans for a hiragana shop name written right after its kind word
    without a space (木工房くるみ, パン工房ことり): the kind word stays (「木工房A」)."""
    from tokumei.anonymize.places import tokens_of
    from tokumei.anonymize.shops import KINDS

    kinds = "|".join(sorted((re.escape(k) for k in KINDS if len(k) >= 2 and not re.search(r"[\u3041-\u3096]$", k)),
                            key=len, reverse=True))
    out = list(spans)
    tokens = tokens_of(text)
    # the noun glued before the kind word belongs to the shop's name (花|工房こよみ → 花工房A)
    for m in re.finditer(rf"(?:(?<![一-龥々ァ-ヺー])(?P<pre>[一-龥々ァ-ヺー]{{1,4}}))?(?P<kind>{kinds})(?P<name>[\u3041-\u3096ー]{{3,8}})", text):
        a, b = m.start(), m.start("name")
        for t in (t for t in tokens if t.end > m.start("name")):
            if t.start < m.start("name") or t.start >= m.end("name") or t.pos[0] in ("助詞", "助動詞", "動詞", "形容詞"):
                break  # 工房では, カフェもある: the name ends at a particle or a verb (ことり|は)
            b = t.end
        if b - m.start("name") < 3 or b > m.end("name"):
            continue
        name = text[m.start("name") : b]
        if name.startswith(_KANA_SUFFIX_WORDS):
            continue  # 干物づくり, 雑貨めぐり: a word made with the kind, no shop (stop 34, a-dev-422)
        _add_kind_shop(out, text, a, b, "種類の語に続くひらがなの屋号", (m.group("pre") or "") + m.group("kind"), name)
    # ベーカリー麦風で: a katakana kind word, then a kanji name SudachiDict has no common noun for (not カフェ営業)
    kata = "|".join(sorted((re.escape(k) for k in KINDS if re.fullmatch(r"[ァ-ヺー]{3,}", k)), key=len, reverse=True))
    from tokumei.detect.names.tokens import dictionary_entries

    for m in re.finditer(rf"(?<![ァ-ヺー])(?P<kind>{kata})(?P<name>[一-龥々]{{1,3}})(?=さん|[のにでへとはがもを、。」）)])", text):
        name = m.group("name")
        if any(p[1] == "普通名詞" for p in dictionary_entries(name)):
            continue
        _add_kind_shop(out, text, m.start(), m.end("name"), "カタカナの種類の語に続く漢字の屋号", m.group("kind"), name)
    return out


def _add_kind_shop(out: list[Span], text: str, a: int, b: int, why: str, kind: str, core: str) -> None:
    """:func:`_add_business`, then the kind word and the name on the span it added (the pseudonym keeps the kind: 木工房A)."""
    _add_business(out, text, a, b, why)
    if out[-1].start == a and out[-1].end == b:
        out[-1] = out[-1].with_(data={"kind_prefix": kind, "core": core})


def org_cores(text: str, spans: list[Span]) -> list[Span]:
    """New ORGANIZATION spans for a business's own name written without its kind word elsewhere
    (ふじさき果樹園 … ふじさきの りんご, 木工房くるみ … くるみの椅子), before a particle or a stop."""
    from tokumei.anonymize.pseudonyms import ORG_SUFFIXES
    from tokumei.detect.names.variants import name_forms

    people = {re.sub(r"\s+", "", f) for s in spans if s.label == "PERSON" for f in name_forms(s)}
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for s in spans:
        if s.label != "ORGANIZATION" or is_doubtful(s):
            continue
        d = s.data or {}
        core = str(d.get("core") or "")
        if not core:
            word = s.text.strip()
            kind = next((k for k in sorted(ORG_SUFFIXES, key=len, reverse=True) if word.endswith(k)), "")
            core = word[: len(word) - len(kind)] if kind else ""
        kana = re.fullmatch(r"[\u3041-\u3096\u30a1-\u30faー]{3,8}", core)
        if not (kana or re.fullmatch(r"[一-龥々]{2,4}", core)) or core in people:
            continue
        for m in re.finditer(re.escape(core) + _NAME_END, text):
            a, b = m.start(), m.start() + len(core)
            if any(x < b and a < y for x, y in taken) or a and re.match(r"[\u3041-\u3096\u30a1-\u30faー一-龥々]", text[a - 1]):
                continue
            # the letter of the business (a kind_prefix shop is lettered by its core: 木工房A … Aの椅子)
            same = core if d.get("kind_prefix") else s.text
            out.append(Span("ORGANIZATION", a, b, core, min(s.score, 0.8), SOURCE, "既出の屋号（種類の語なし）",
                            s.entity_id, {"same_as": same}))
            taken.append((a, b))
    return out
