"""Deterministic overlap resolution.

Order of preference (issue #2): validated beats unvalidated, a name span anonymize would replace beats one
it doubts (score below :data:`DOUBT`), longer beats shorter, then higher score, then earlier start, then label
and source name so that the result never depends on the order recognizers ran in.

例::

    >>> from tokumei.span import Span
    >>> a = Span("PHONE", 0, 12, "090123456789", 0.6, "jp.phone.v1", "")
    >>> b = Span("MY_NUMBER", 0, 12, "090123456789", 0.9, "jp.my_number.v1", "", data={"validated": True})
    >>> [s.label for s in resolve([a, b])]
    ['MY_NUMBER']
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from typing import Iterable

from tokumei.span import Span


_BY_OFFSET = attrgetter("start", "end", "label")
#: A name span scored below this is one anonymize does not replace but lists for review (anonymize.review_list.REVIEW_BELOW
#: is this value): it never hides a surer span it overlaps (大蔵村営バス, an organisation the model doubts, over the
#: municipality 大蔵村).
DOUBT = 0.5
_NAMES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Keep a non-overlapping subset, chosen greedily by priority; return it by offset."""
    chosen: list[Span] = []
    starts: list[int] = []  # chosen intervals never overlap, so sorted starts ⇒ sorted ends
    ends: dict[int, int] = {}
    spans = list(spans)
    # the common case: no two spans overlap (nor is any empty), so the greedy rule below keeps
    # every span, and its result is the spans by offset (two non-empty, non-overlapping spans
    # never tie on (start, end, label), so the order is the same too)
    by_offset = sorted(spans, key=_BY_OFFSET)
    end = -1
    for s in by_offset:
        if s.start < end or s.end <= s.start:
            break
        end = s.end
    else:
        return by_offset
    # decorate-sort-undecorate by priority — (not validated, doubted name, -length, -score, start,
    # label, source), built inline (no call per span); the index makes ties keep input order, as a
    # stable sort would
    order = sorted([(not (s.data and s.data.get("validated")), s.score < DOUBT and s.label in _NAMES,
                     s.start - s.end, -s.score, s.start, s.label, s.source, i)
                    for i, s in enumerate(spans)])
    for *_, i in order:
        s = spans[i]
        a, b = s.start, s.end
        if b <= a:
            continue
        i = bisect_left(starts, b)  # intervals starting before s.end
        if i and ends[starts[i - 1]] > a:
            continue
        chosen.append(s)
        starts.insert(i, a)  # no chosen interval starts in [a, b), so a goes right at i
        ends[a] = b
    chosen.sort(key=_BY_OFFSET)
    return chosen
