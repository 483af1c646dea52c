"""Names known from their neighbours (tier 1): a title before (王子カルラス), a kinship word before (の子テルサンドロス),
a title after a katakana name (テーレポス王) or a listed name beside a found person (すみれと彩, 田中リタ、高原零).
Split out of :mod:`.people` at stop 36 (no output change).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [s.text for s in context_people(tokenize("王子カルラスが来た。"), [])]
    ['カルラス']
"""
from __future__ import annotations

from typing import Iterator

from tokumei.detect.names.lexicon import MEMBER_TITLES, TITLES
from tokumei.detect.names.rules.base import _KANJI, _KATA, _KATA_CHARS, _KATA_COMMON, _SURFACE, _is_pn, _is_proper, _title_at
from tokumei.detect.names.rules.people import (
    _LIST_SEP, _PERSON_AFTER_KATA_ANY, KIN_BEFORE, PERSON_AFTER_KATA, PRE_TITLES, _person,
)
from tokumei.detect.names.rules.person_words import _kata_run
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span


def context_people(toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """Names known from their neighbours: a title before (王子カルラス) or a listed name beside (すみれと彩)."""
    n = len(toks)
    index = {t.start: k for k, t in enumerate(toks)} if found else {}  # (only the found spans look it up)
    taken: set[int] = set()
    for sp in found:
        k = index.get(sp.start, n)
        while k < n and toks[k].start < sp.end:
            taken.add(k)
            k += 1
    for i, t in enumerate(toks) if not PRE_TITLES.isdisjoint(map(_SURFACE, toks)) else ():  # (most texts: none)
        if t.surface in PRE_TITLES and i + 1 < n and i + 1 not in taken:
            j = _kata_run(toks, i + 1)
            if j > i + 1 and (j >= n or toks[j].pos[0] in ("助詞", "補助記号")):
                taken.update(range(i + 1, j))
                yield _person(toks, i + 1, j, 0.65, f"前置の称号「{t.surface}」", None)
    # a katakana name here follows a kinship word or comes before a title of PERSON_AFTER_KATA (a run of token
    # surfaces, so a substring of their concatenation): with neither in the text, the loop can find nothing
    kata_ok = (not KIN_BEFORE.isdisjoint(map(_SURFACE, toks))
               or _PERSON_AFTER_KATA_ANY.search("".join(map(_SURFACE, toks))) is not None)
    for i, t in enumerate(toks) if kata_ok else ():
        if (len(t.surface) < 3 or i in taken or t.surface[0] not in _KATA_CHARS or not _KATA.fullmatch(t.surface)
                or _is_pn(t)):
            continue  # (the length and first character first: most tokens fail them, and need no regex)
        if t.pos[0] != "名詞" or t.surface in _KATA_COMMON:
            continue
        j = _kata_run(toks, i)
        if any(k in taken for k in range(i, j)):
            continue
        kin = i >= 2 and toks[i - 1].surface in KIN_BEFORE and toks[i - 2].surface == "の"
        after = _title_at(toks, j)
        if kin and (j >= n or toks[j].pos[0] in ("助詞", "補助記号")):
            why = f"親族の語「の{toks[i - 1].surface}」の後"  # リュネイケスの子テルサンドロスは
        elif after in PERSON_AFTER_KATA and t.pos[2] != "地名":
            why = f"カタカナ＋称号「{after}」"  # テーレポス王, (katakana common noun) 選手
        else:
            continue
        taken.update(range(i, j))
        yield _person(toks, i, j, 0.5, why, after if after in PERSON_AFTER_KATA else None)
    by_end = {sp.end: sp for sp in found if sp.label == "PERSON"}
    by_start = {sp.start: sp for sp in found if sp.label == "PERSON"}
    if not by_end or _LIST_SEP.isdisjoint(map(_SURFACE, toks)):
        return  # no person found, or no list separator: no name beside one
    for i, t in enumerate(toks):
        if t.surface not in _LIST_SEP or i == 0 or i + 1 >= n:
            continue
        for nb, k in ((toks[i - 1].end in by_end, i + 1), (toks[i + 1].start in by_start, i - 1)):
            if not nb or k in taken:
                continue
            u = toks[k]
            ok = (_KATA.fullmatch(u.surface) and (u.oov or _is_proper(u))) or (_is_proper(u) and u.pos[2] != "地名")
            after = toks[k + 1].pos[0] if k + 1 < n else "補助記号"
            if ok and len(u.surface) >= 2 and after in ("助詞", "補助記号"):
                taken.add(k)
                yield _person(toks, k, k + 1, 0.5, "人名と並列", None)
            elif (k == i + 1 and _KANJI.fullmatch(u.surface) and "姓" in person_readings(u.surface)
                  and k + 2 < n and _KANJI.fullmatch(toks[k + 1].surface) and len(toks[k + 1].surface) <= 2
                  and toks[k + 2].surface in _LIST_SEP and not any(x in taken for x in (k, k + 1))
                  and toks[k + 1].surface not in TITLES and toks[k + 1].surface not in MEMBER_TITLES):  # (長野|委員: a title)
                # 田中リタ、高原零、板倉あやの: a surname in the dictionary + a short given name SudachiPy
                # read as a common word or number, between listed people
                taken.update((k, k + 1))
                yield _person(toks, k, k + 2, 0.5, "人名と並列（姓＋名）", None)
