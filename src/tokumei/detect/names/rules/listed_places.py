"""Landmarks JMnedict lists as places that SudachiDict cuts into common words (read last, after the model): 華厳|の|滝,
縄文|杉, 殺生|石, 懐古|園, 平等|院, 鞆|の|浦, 海中|道路, 康楽|館.

A local writer names the falls, the old tree, the park and the bridge of the town as readily as the town itself, and
these names are what single a business out once the address is generalised. SudachiDict core knows few of them, so
SudachiPy reads common words (華厳 the sutra, 殺生 killing) and no rule saw a name: of the places the hand-written dev
sets missed (stop 32), 259 of 478 were JMnedict place names. JMnedict (EDRDG, CC BY-SA 4.0, shipped as
``model/data/jmnedict_places.txt.gz``, built by ``scripts/jmnedict_places.py``) lists 228,259 places and stations,
common words among them (中央, 本村, 一本, 二階); the file keeps the forms of three characters or more that JMdict
does not list as words and that open with no numeral, and this rule reads a form only where SudachiPy cut it into two
or more nouns that neither a rule nor the model read as a name (any score: read before the model, these spans changed
its features, and 特養|こもれびの里 became a doubtful model organisation no step replaced). Measured on the dev sets less
waves 6–7: 44 spans added or widened on gold places, 2 not (陣屋町, a kind of town), nothing else changed.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "中禅寺湖と華厳の滝、縄文杉のガイドをしています。"
    >>> [s.text for s in listed_places(t, tokenize(t), [])]  # (中禅寺湖: the place rules read it first in find_names)
    ['中禅寺湖', '華厳の滝', '縄文杉']
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import Sequence

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: The reason of this rule's spans (the model combination lets a model name over one win: names.model).
LISTED_PLACE = "地名（JMnedict の地名・名所）"
_LABELS = frozenset(("PERSON", "ORGANIZATION", "LOCATION", "ADDRESS"))
#: Non-noun tokens a place's name holds (華厳の滝, 駒ヶ岳, 関ケ原).
_INNER = frozenset(("の", "ヶ", "ケ", "が", "ノ"))


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    """The place forms, read once per process (about 148,000 strings)."""
    data = resources.files("tokumei.detect.names.model").joinpath("data/jmnedict_places.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def _part(t: Token) -> bool:
    return t.pos[0] in ("名詞", "接尾辞") and t.pos[1] != "数詞" or t.surface in _INNER


def listed_places(text: str, toks: Sequence[Token], spans: Sequence[Span]) -> list[Span]:
    """LOCATION spans (score 0.5) of JMnedict place names SudachiPy cut into two to six tokens, outside every
    name span found before (a person, an organisation or a place read by another rule keeps its reading)."""
    forms = _forms()
    taken = [(s.start, s.end) for s in spans if s.label in _LABELS]
    out: list[Span] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not _part(t) or t.surface in _INNER:
            i += 1
            continue
        best = None
        j = i + 1
        while j < n and j - i < 6 and _part(toks[j]) and toks[j].start == toks[j - 1].end:
            w = text[t.start:toks[j].end]
            if len(w) >= 3 and w in forms and toks[j].surface not in _INNER:
                best = j
            j += 1
        if best is None:
            i += 1
            continue
        a, b = t.start, toks[best].end
        if not any(x < b and a < y for x, y in taken):
            out.append(Span("LOCATION", a, b, text[a:b], 0.5, SOURCE, LISTED_PLACE, data={"tier": 1}))
        i = best + 1
    return out
