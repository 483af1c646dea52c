"""Organisations of one class are treated the same way (issue #12).

「トヨタ自動車、セブン-イレブン、ユニクロで働いた」: when detection finds one item of such a list as an
organisation, its siblings — the other items of the same enumeration (joined by 、 ・ と や), each a
proper noun by SudachiPy (名詞-固有名詞, not 人名/地名) — are organisations too, unless the
allow-list keeps them. So the allow-list, not the detector's luck on each word, decides what stays.

例::

    >>> from tokumei.span import Span
    >>> t = "トヨタ自動車、セブン-イレブン、ユニクロで働いた。"
    >>> [s.text for s in sibling_orgs(t, [Span("ORGANIZATION", 16, 20, "ユニクロ", .6, "t", "")])]
    ['トヨタ自動車', 'セブン-イレブン']
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from tokumei.detect.names.lexicon import is_product
from tokumei.span import Span

SOURCE = "anonymize.siblings.v1"
_SEPARATORS = {"、", "・", "，", ","}
_COORD = {"と", "や"}
_SENT = re.compile(r"[。\n！？!?]")


def sibling_orgs(text: str, spans: Iterable[Span], allowed: Callable[[str], bool] | None = None) -> list[Span]:
    """New ORGANIZATION spans for the unreplaced siblings of detected organisations in lists."""
    spans = list(spans)
    orgs = [s for s in spans if s.label == "ORGANIZATION"]
    if not orgs:
        return []
    if allowed is None:
        from tokumei.detect.names.dictionary import AllowList

        allowed = AllowList.builtin().allowed
    from tokumei.anonymize.places import tokens_of

    all_tokens = tokens_of(text)

    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    done: set[tuple[int, int]] = set()
    for org in orgs:
        lo = max((m.end() for m in _SENT.finditer(text, 0, org.start)), default=0)
        m = _SENT.search(text, org.end)
        hi = m.start() if m else len(text)
        if (lo, hi) in done or hi - lo > 400:
            continue
        done.add((lo, hi))
        items = _items([t for t in all_tokens if lo <= t.start and t.end <= hi], 0)
        if not any(a <= org.start and org.end <= b for a, b, _ in items):
            continue
        for a, b, proper in items:
            if not proper or any(x < b and a < y for x, y in taken) or allowed(text[a:b]) or is_product(text[a:b]):
                continue
            out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE,
                            "同じ列挙の中の他の項目が組織名（同じ種類として扱う）"))
            taken.append((a, b))
    return out


def _items(tokens: list, off: int) -> list[tuple[int, int, bool]]:
    """The items of enumerations in a sentence: (start, end, is a proper noun that is no person or
    place), for runs of nouns separated by 、・と や; a run that is not part of any list is left out."""
    runs: list[list] = [[]]
    seps: list[bool] = []
    for t in tokens:
        if t.pos[0] in ("名詞", "接頭辞", "接尾辞") or (t.surface in "-ー" and runs[-1]):
            runs[-1].append(t)
            continue
        is_sep = t.surface in _SEPARATORS or (t.surface in _COORD and t.pos[0] == "助詞")
        seps.append(is_sep)
        runs.append([])
    out = []
    for i, run in enumerate(runs):
        if not run:
            continue
        in_list = (i > 0 and seps[i - 1] and runs[i - 1]) or (i < len(seps) and seps[i] and i + 1 < len(runs) and runs[i + 1])
        if not in_list:
            continue
        proper = any(t.pos[1] == "固有名詞" and t.pos[2] not in ("人名", "地名") for t in run) and \
            all(t.pos[1] != "数詞" for t in run)
        out.append((run[0].start + off, run[-1].end + off, proper))
    return out
