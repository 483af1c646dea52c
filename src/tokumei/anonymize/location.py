"""Places (LOCATION) in anonymized text: a place gets a place word, never a person's letter.

``generalize_location`` is the ``publication`` policy's operator for LOCATION, the counterpart of
``generalize_address`` for places written without an address (「岩国市にある」「宮島から車で」):

* the prefecture is known (the span's ``data["prefecture"]``, or the one prefecture the same text
  names) → 「{都道府県}内の{種類の語}」: 宮島 → 広島県内の島, 岩国市 → 山口県内の市, JR沼田駅 → 群馬県内の駅;
* else 「地元の{種類の語}」 for a landmark's kind (地元の神社, 地元の橋: :data:`LOCAL_KINDS`), a bracketed kind word
  （島名）（駅名）（市町村名）, and （地名） for the rest;
* a span without a kind (the model's, or :mod:`tokumei.anonymize.places`' safety net) gets one from
  its last characters or the gazetteer (:func:`infer_kind`: 高岡市 → 富山県内の市);
* prefectures, countries and regions wider than a prefecture (``data["coarse"]``) stay as written.

The prefecture is the coarsest grain ``publication`` keeps (as for addresses), so the result says no
more than an address generalised to its prefecture would. Prefectures and countries are reported
by the names tier with ``data["coarse"]`` (:mod:`tokumei.detect.names.rules.places`) and kept here.

例::

    >>> from tokumei.span import Span
    >>> from tokumei.anonymize.operators import Target
    >>> s = Span("LOCATION", 0, 2, "宮島", 0.7, "t", "", data={"kind": "island", "prefecture": "広島県"})
    >>> generalize_location()(Target("宮島から車で", s, 0, 2), None)
    '広島県内の島'
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from tokumei.span import Span

#: Kind (the finder's ``data["kind"]``) → the word after 「〇〇県内の」.
KIND_WORDS: dict[str, str] = {
    "island": "島", "peninsula": "半島", "mountain": "山", "river": "川", "lake": "湖", "cape": "岬", "bay": "湾",
    "port": "港", "beach": "海岸", "pass": "峠", "highland": "高原", "onsen": "温泉地", "park": "公園",
    "castle": "城", "temple": "寺", "shrine": "神社", "town": "地域", "bridge": "橋", "street": "通り",
    "station": "駅", "airport": "空港", "facility": "施設", "terraces": "棚田", "avenue": "並木",
}

#: Kinds at or above the prefecture's grain: kept as written.
COARSE_KINDS = frozenset(("prefecture", "country", "region"))

#: Kind → the bracketed word when the prefecture is unknown.
UNKNOWN_WORDS: dict[str, str] = {"island": "（島名）", "station": "（駅名）", "municipality": "（市町村名）"}

#: Kinds of landmark written 「地元の{word}」 when the prefecture is unknown (the kind stays, the name goes).
LOCAL_KINDS = frozenset(("shrine", "temple", "castle", "bridge", "park"))  # (not 山: 釜山 is a city)

_MUNI_WORDS = {"市": "市", "区": "区", "町": "町", "村": "村"}

_PREF_IN_TEXT = re.compile(r"北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県")


def _is_prefecture(name: str) -> bool:
    from tokumei.detect.geo import gazetteer

    return gazetteer().is_prefecture(name)


def _prefecture_of_text(text: str) -> str | None:
    """The one prefecture ``text`` names (all mentions the same), else None."""
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    found = {m.group() for m in _PREF_IN_TEXT.finditer(unicodedata.normalize("NFKC", text)) if gaz.is_prefecture(m.group())}
    return next(iter(found)) if len(found) == 1 else None


def place_word(data: dict[str, Any], prefecture: str | None, surface: str = "") -> str:
    """The replacement for a place of ``data["kind"]``. 例: ``place_word({"kind": "station"}, "群馬県") == "群馬県内の駅"``"""
    kind = str(data.get("kind") or "")
    if kind == "municipality":
        word = _MUNI_WORDS.get(str(data.get("suffix") or surface[-1:]), "市町村")
    else:
        word = KIND_WORDS.get(kind, "")
    if prefecture and word:
        return f"{prefecture}内の{word}"
    if kind in LOCAL_KINDS:
        return f"地元の{word}"  # 白鷺神社 → 地元の神社, as anonymize.landmarks writes a landmark it finds itself
    return UNKNOWN_WORDS.get(kind, "（地名）")


#: Last characters of a place written without a kind (the safety net's and the model's spans) → kind.
_SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    ("半島", "peninsula"), ("温泉", "onsen"), ("高原", "highland"), ("神社", "shrine"), ("大社", "shrine"),
    ("神宮", "shrine"), ("天満宮", "shrine"), ("八幡宮", "shrine"), ("駅", "station"), ("島", "island"), ("川", "river"), ("山", "mountain"), ("岳", "mountain"),
    ("城", "castle"), ("寺", "temple"), ("港", "port"), ("湖", "lake"), ("峠", "pass"), ("岬", "cape"),
    ("町", "town"), ("村", "town"),
)


#: A branch's or a school's word right after a place (高蔵寺|校, くずは|店): the place names a district, not a temple.
_BRANCH_AFTER = re.compile(r"(?:校|店|教室|支店|支社|営業所|工場|出張所|分校|本店)(?![一-龥々])")


def infer_kind(surface: str) -> dict[str, Any]:
    """Kind (and prefecture) of a place span that came without them: a municipality the gazetteer
    knows in one prefecture, else the place word it ends with. 例: ``infer_kind("大三島")["kind"] == "island"``"""
    from tokumei.detect.geo import gazetteer

    word = unicodedata.normalize("NFKC", surface).strip()
    if word[-1:] in _MUNI_WORDS:
        found = gazetteer().candidates(word)
        if len({c.prefecture for c in found}) == 1:
            return {"kind": "municipality", "prefecture": found[0].prefecture, "suffix": word[-1]}
    for suffix, kind in _SUFFIX_KINDS:
        if word.endswith(suffix) and len(word) > len(suffix):
            return {"kind": kind}
    return {}


_TOWN_END = re.compile(r"(?:町|村|区|地区|郷|字)$")


def join_prefixed_towns(spans: list[Span]) -> list[Span]:
    """A place that opens with its prefecture and the town right after it, found as two spans (島根県浜田市|三隅町: the
    names model cuts there), become one place, so the prefecture is written once: 島根県, not 島根県島根県内の地域 (121 such
    doubles in the anonymized read dev sets before stop 45). Only a town-level second part (〜町/村/区/地区, or a
    ``town``'s kind) glued to the first.

    例: 「島根県浜田市」「三隅町」 → 「島根県浜田市三隅町」"""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: (x.start, x.end)):
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "LOCATION" and s.label == "LOCATION" and prev.end == s.start
                and not (s.data or {}).get("coarse") and not (prev.data or {}).get("coarse")
                and ((s.data or {}).get("kind") == "town" or _TOWN_END.search(s.text))
                and (head := _PREF_IN_TEXT.match(written := unicodedata.normalize("NFKC", prev.text)))
                and _is_prefecture(head.group()) and len(prev.text) > len(head.group())):
            # (the municipality stays known to the risks: 雲南 of 雲南商工会 is still a place taken out)
            muni = str((prev.data or {}).get("municipality") or "") or written[len(head.group()):]
            out[-1] = prev.with_(end=s.end, text=prev.text + s.text, data={**(prev.data or {}), "municipality": muni})
            continue
        out.append(s)
    return out


def generalize_location() -> Any:
    """地名 → 「〇〇県内の島」／「（駅名）」 (see the module docstring)."""
    from tokumei.anonymize.operators import _op

    @_op("generalize_location")
    def run(t: Any, st: Any) -> str:
        data = dict(t.span.data or {})
        if data.get("kind") == "landmark" and not data.get("body"):
            data["body"] = "名所"  # named by a distance (detect rules/landmarks: 白壁土蔵群から歩いて5分) → 地元の名所
        if data.get("kind") in ("local_body", "landmark") and data.get("body"):
            # 米子商工会議所 → 地元の商工会議所, 大阪府曽根崎警察署 → 大阪府内の警察署 (anonymize.leaks_places);
            # かもめ橋 → 地元の橋, 本丸大時計 → 地元の名所 (anonymize.landmarks)
            pref = data.get("written_prefecture")
            if data["kind"] == "landmark" and (data.get("after_place") or re.search(r"(?:北海道|[都府県])の$", t.text[: t.start])):
                return str(data["body"])  # 長崎県の眼鏡橋 → 長崎県の橋, never 長崎県の地元の橋
            return f"{pref}内の{data['body']}" if pref else f"地元の{data['body']}"
        if data.get("kind") == "pref_city" and data.get("prefecture"):
            return f"{data['prefecture']}内"  # 大阪のホテル → 大阪府内のホテル (anonymize.leaks)
        if data.get("coarse") or data.get("kind") in COARSE_KINDS:
            return t.surface  # 広島県, ベトナム, 北陸: the grain publication keeps
        head = _PREF_IN_TEXT.match(unicodedata.normalize("NFKC", t.surface))
        if head and _is_prefecture(head.group()):
            return head.group()  # 広島県廿日市市 (model) → 広島県, as an address is generalised
        if _BRANCH_AFTER.match(t.text, t.end) and not t.surface.endswith(("市", "町", "村", "区")):
            # a place glued to a branch's or a school's word names the branch (高蔵寺|校, 備前|校): （地名）校, never
            # 地元の寺校 or 岡山県内の市校
            return "（地名）"
        if not data.get("kind") or data.get("kind") == "place":
            data.update(infer_kind(t.surface))  # 高岡市 (model), 大三島 (anonymize.places): a kind, not （地名）
        pref = None if data.get("pref_unknown") else data.get("prefecture") or _prefecture_of_text(t.text)
        word = place_word(data, pref, t.surface)
        if pref and word.startswith(pref + "内の") and t.text[: t.start].endswith((pref + "の", pref[:-1] + "の")):
            return word[len(pref) + 2 :]  # 愛媛県の大三島 → 愛媛県の島, 大阪の堺 → 大阪府内の市, never …の大阪府内の市
        if pref and word.startswith(pref + "内の") and t.text[: t.start].endswith(pref):
            return word[len(pref) :]  # 住所：島根県|奥出雲町 → 島根県内の地域, never 島根県島根県内の地域 (stop 45)
        return word
    return run
