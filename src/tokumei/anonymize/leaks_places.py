"""Safety nets for places the detector's spans leave (issue #12), part of :mod:`.leaks`.

* :func:`prefecture_cities` — a bare prefecture stem that is also its capital city's name (大阪, 京都,
  広島, 福岡; 東京 for the 23 wards) written as a place (「大阪のホテル」「東京で知り合って」) is the
  city, finer than the prefecture that ``publication`` keeps: it becomes 「大阪府内」「東京都内」. A stem
  that names no city (愛知, 兵庫) and one glued to a following noun (広島大学) stay.
* :func:`place_stems` — a place replaced once (the municipality of a generalised address and its
  reading, a detected town, mountain, island or station) is replaced wherever its stem is written
  again, also inside a longer word (「岩木のしずく」 after 岩木山, 「さかい湯めぐり」 after 堺市). Stems of
  one kanji, municipalities' common-noun stems (中央 of 中央区) and allow-listed public bodies
  (沼田商工会議所: a ``place_name`` risk) are left.
* :func:`address_tails` — an address cut short takes in the rest written right after it (京都の通り名,
  番地); :func:`foreign_places_and_holders` — a katakana city after a country, the holder after 名義.

例::

    >>> [s.text for s in prefecture_cities("大阪のホテルで働き、大阪府に戻った", [])]
    ['大阪']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

from tokumei.anonymize.leaks import SOURCE, _NOUN_GLUE, _overlapping, is_doubtful
from tokumei.span import Span

__all__ = ["address_tails", "foreign_places_and_holders", "local_bodies", "place_stems", "prefecture_cities"]


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
    word = unicodedata.normalize("NFKC", str(s.text if s.label == "ADDRESS" else d.get("municipality") or s.text)).strip()
    word = _PREF_HEAD.sub("", word)
    if s.label == "ADDRESS":
        # the municipality and the town after it, up to the numbers: 北区赤羽1-2-3 → 北区赤羽
        m = re.match(r"((?:.{1,6}?(?:市|区|町|村))(?:[^\d０-９一二三四五六七八九十\s\-－]{0,5}))", word)
        word = m.group(1) if m else ""
    word = re.sub(r"^(?:JR|ＪＲ|[^\s]{1,4}線)", "", word)
    if not word or re.search(r"[0-9\s、。（）()「」]", word):
        return set()
    out: set[str] = set()
    parts = [word]
    # 堺市堺区…: the city 堺市 (and 堺市堺区) is searched too
    head = re.match(r"(.{1,5}?市)(.{1,4}?区)?", word) or re.match(r".{1,5}?(?:区|町|村)", word)
    if head:
        parts += [head.group(1) if head.lastindex else head.group(), head.group()]
    # 北区赤羽, 深谷市上柴町: the town written after its municipality (赤羽, 上柴町) is searched too
    town = re.match(r"(.{1,5}?(?:市|区|町|村|郡))([^一二三四五六七八九十0-9]{2,5}?)(?:[一二三四五六七八九十]+丁目)?$", word)
    if town and not re.search(r"[市区町村郡]", town.group(2)[:-1]) and "丁目" not in town.group(2):
        parts += [town.group(1), town.group(2)]
    for w in parts:
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

    from tokumei.detect.names.tokens import reading as reading_of

    reading = reading_of(word)
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
        # a town's reading in kana is its name (ぬまた), unless it is a word too (つばめ of 燕市: the bird)
        return len(word) <= 3 and len(toks) == 1 and toks[0].pos[1] == "普通名詞"
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
        if text[b : b + 1] in ("市", "町", "村", "区", "郡") and not any(x < b + 1 and b < y for x, y in taken):
            b += 1  # 十津川|村役場: the municipality's whole name goes, not 「（地名）村役場」
        if allowed is not None:
            from tokumei.anonymize.risk_places import _compound

            if allowed(text[slice(*_compound(text, a, b))]):
                continue  # 沼田商工会議所: an allow-listed body, a place_name risk instead
        out.append(Span("LOCATION", a, b, text[a:b], 0.65, SOURCE, "置き換えた地名の別の箇所（名称の中も）",
                        data={"kind": "place", "stem_of": m.group()}))
        taken.append((a, b))
    return out



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


_FOREIGN_CITY = re.compile(r"の(?P<c>[\u30a1-\u30faー]{2,8})(?=の|で|に|から|へ|出身|在住|、|。)")
#: The holder written right after the account number, with no 名義 (普通 3027518　シオサイクリーン).
_HOLDER_AFTER_NUMBER = re.compile(r"(?:普通|当座|総合)[ \u3000]*(?:口座)?[ \u3000]*[0-9０-９]{6,8}[ \u3000]+"
                                  r"(?P<n>[\u30a1-\u30faー\uff66-\uff9f]{2,30}(?:[ \u3000][\u30a1-\u30faー]{1,12})?)"
                                  r"(?=[ \u3000]*(?:\n|$|、|。|）|\)))")
_HOLDER = re.compile(r"(?:口座)?名義(?:人)?[ \u3000]*[：:]?[ \u3000]*(?P<n>[\u30a1-\u30faー\uff66-\uff9f]{2,30}(?:[ \u3000][\u30a1-\u30faー]{1,12})?)(?=[ \u3000]*(?:\n|$|、|。|）|\)))")


def _is_country(s: Span) -> bool:
    """A country span (スリランカ), not a prefecture: the detector's kind, or SudachiPy's place tag for a
    katakana name."""
    kind = (s.data or {}).get("kind")
    return kind == "country" or kind != "prefecture" and bool((s.data or {}).get("coarse")) \
        and bool(re.fullmatch(r"[\u30a1-\u30faー]+", s.text))


def _one_common_katakana(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is one ordinary katakana word in its sentence (ホテル), not a name (コロンボ)."""
    from tokumei.anonymize.places import tokens_of

    toks = [t for t in tokens_of(text) if a <= t.start and t.end <= b]
    return len(toks) == 1 and toks[0].pos[1] != "固有名詞"


def foreign_places_and_holders(text: str, spans: list[Span]) -> list[Span]:
    """New spans for a katakana city right after a country (スリランカのコロンボの → LOCATION) and for
    the katakana account holder after 名義 (名義 ヨモギヤ: a person's or a business's name); a place
    span right after a country (韓国・釜山) is marked ``pref_unknown`` in ``spans`` (in place)."""
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for s in spans:
        if s.label == "LOCATION" and _is_country(s) and (m := _FOREIGN_CITY.match(text, s.end)):
            a, b = m.span("c")
            if not any(x < b and a < y for x, y in taken) and not _one_common_katakana(text, a, b):
                out.append(Span("LOCATION", a, b, m.group("c"), 0.6, SOURCE, "国名の後の地名（都市）", data={"kind": "place"}))
                taken.append((a, b))
    for i, s in enumerate(spans):
        # 韓国・釜山: a place right after a country is in that country, never 「広島県内の山」
        if s.label == "LOCATION" and not (s.data or {}).get("coarse") and any(
                _is_country(c) and c.end + 1 == s.start and text[c.end] in "の・" for c in spans):
            spans[i] = s.with_(data={**(s.data or {}), "pref_unknown": True})
    # a name span inside the holder that the detector doubts (the model's カワグチ…チカイ at 0.48) does not hold the
    # holder back: the label says what the value is (issue #12), the score only how the model read it
    held = [(x.start, x.end) for x in spans if x.label in ("PERSON", "ORGANIZATION") and x.score < 0.5]
    for m in (*_HOLDER.finditer(text), *_HOLDER_AFTER_NUMBER.finditer(text)):
        a, b = m.span("n")
        if not any(x < b and a < y and not (a <= x and y <= b and (x, y) in held) for x, y in taken):
            out.append(Span("PERSON", a, b, m.group("n"), 0.65, SOURCE, "口座の名義（カナ）", data={"reading": True}))
            taken.append((a, b))
    return out


#: Local public bodies named after their town (米子商工会議所, 曽根崎警察署, 沼田税務署).
LOCAL_BODIES = ("商工会議所", "商工会", "警察署", "税務署", "消防署", "保健所", "市役所", "区役所", "町役場", "村役場", "役場",
                "労働基準監督署", "公共職業安定所", "年金事務所", "法務局", "社会福祉協議会", "観光協会", "信用保証協会",
                "教育委員会", "公民館", "図書館", "簡易裁判所", "家庭裁判所", "地方裁判所")
_BODY_RX = re.compile(r"(?<![一-龥々ァ-ヺー])(?P<pref>北海道|東京都|京都府|大阪府|[一-龥]{2,3}県)?(?P<x>[一-龥々ァ-ヺー]{1,6}?)"
                      rf"(?P<kind>{'|'.join(sorted(LOCAL_BODIES, key=len, reverse=True))})")


#: Words before a body's kind that name no town (所轄税務署, 市立図書館 is caught by 〜立).
_GENERIC_BEFORE_BODY = frozenset("日本 全国 中央 地元 地域 当地 地区 所轄 管轄 最寄り 最寄 近く 近隣 近所 各地 当該 関係 担当 "
                                 "地方 県内 市内 町内 村内 区内 都内 府内 道内 新しい 新 旧 本部 支部".split())


#: One kanji before a body's kind that is no town (各商工会議所, 同警察署, 県教育委員会).
_ONE_NOT_TOWN = frozenset("各当同新旧県市町村区都府道全本支地第隣近他諸某両元前現貴弊御国州郡最所管")


def local_bodies(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a local public body named after its town as one place of kind ``local_body``:
    the town is finer than the prefecture ``publication`` keeps, so 「米子商工会議所」 becomes
    「地元の商工会議所」 and 「大阪府曽根崎警察署」 「大阪府内の警察署」 (the body's kind stays; bodies
    named after a prefecture stay: 東京商工会議所). Run only under a policy that applies ``place_name``
    risks; the town of an address the policy generalised is left to that risk (沼田商工会議所 → 商工会議所)."""
    from tokumei.anonymize.places import PREFECTURES
    from tokumei.anonymize.risk_places import removed_places

    removed = set(removed_places(spans))
    out = list(spans)
    for m in _BODY_RX.finditer(text):
        x = m.group("x")
        if len(x) == 1 and (x in _ONE_NOT_TOWN or not "一" <= x <= "龥"):
            continue  # 各商工会議所, 県警察署: one kanji names a town only as a name (燕商工会議所)
        if x in PREFECTURES or x in _prefecture_cities() or x in _GENERIC_BEFORE_BODY or x.endswith("立"):
            continue  # 市立図書館, 所轄の税務署: no town in the name
        a, b = m.span()
        if x in removed:
            # the town of a generalised address: the place_name risk names and replaces the body, and a
            # name span read inside it (村上 as a surname) must not hide it
            out = [s for s in out if not (s.label in ("PERSON", "ORGANIZATION") and a <= s.start and s.end <= b)]
            continue
        inside = _overlapping(out, a, b)
        if any(s.start < a or s.end > b or s.label not in ("LOCATION", "ORGANIZATION", "PERSON") for s in inside):
            continue
        out = [s for s in out if s not in inside]
        pref = m.group("pref") if m.group("pref") and _is_prefecture(m.group("pref")) else None
        out.append(Span("LOCATION", a, b, m.group(), 0.7, SOURCE, "地名の付いた地元の機関（地名を一般化）",
                        data={"kind": "local_body", "body": m.group("kind"), "written_prefecture": pref}))
    return out


def _is_prefecture(name: str) -> bool:
    from tokumei.detect.geo import gazetteer

    return gazetteer().is_prefecture(name)
