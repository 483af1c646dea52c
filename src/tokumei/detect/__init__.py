"""The detection engine: ``analyze(text) -> list[Span]``.

Identifier recognizers from the registry run on a normalised view of the text; optional
*finders* (names on SudachiPy tokens, project dictionaries, GiNZA NER) plug in through
:class:`Analyzer`. Results are resolved deterministically (:mod:`tokumei.detect.resolve`).
Resources (dictionaries, models) load once per process in adapters, never per call.

例::

    >>> from tokumei import analyze
    >>> [s.label for s in analyze("電話は03-3581-1234まで")]
    ['PHONE']
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

from tokumei.errors import TokumeiError
from tokumei.span import LABELS, Span
from tokumei.detect import registry as _registry
from tokumei.detect.firstchars import first_class
from tokumei.detect.registry import (
    PatternRecognizer, Recognizer, RefiningRecognizer, all_recognizers, digit_prescan,
)
from tokumei.detect.resolve import resolve
from tokumei.detect.scanning import _DIGIT_PRESCAN, _SHORT
from tokumei.detect.textview import TextView

__all__ = ["Analyzer", "analyze", "default_analyzer", "set_default_analyzer", "TextView"]

_SURROGATE = re.compile("[\ud800-\udfff]")

def _surrogate(text: str) -> re.Match[str] | None:
    """The first lone surrogate in ``text``, if any. Strict UTF-32 encoding refuses surrogates
    and runs ~10× faster than a regex scan, so the regex runs only when there is one."""
    try:
        text.encode("utf-32-le")
    except UnicodeEncodeError:
        return _SURROGATE.search(text)
    return None


#: A finder is any callable ``(view) -> spans`` (e.g. the names tier); it may hold models.
Finder = Callable[[TextView], Iterable[Span]]

def _gate(rec: Recognizer) -> re.Pattern[str] | None:
    """The characters one of which a text must hold for ``rec`` to find anything (the first
    characters of its patterns, :mod:`.firstchars`), or None: no pre-check (custom ``find``, or a
    pattern whose first character cannot be bounded)."""
    inner = rec if isinstance(rec, PatternRecognizer) else rec.inner if isinstance(rec, RefiningRecognizer) else None
    if inner is None:
        return None
    cls = first_class(inner._compiled)  # type: ignore[attr-defined]
    return re.compile(cls) if cls is not None else None


#: Default minimum score for reporting.
DEFAULT_THRESHOLD = 0.4


class Analyzer:
    """A configured detection pipeline; build once, call many times.

    ``finders`` are extra callables such as the SudachiPy names tier; ``post`` are callables
    ``(view, spans) -> spans`` run after resolution (coreference, allow-lists).
    """

    def __init__(
        self,
        recognizers: Sequence[Recognizer] | None = None,
        finders: Sequence[Finder] = (),
        post: Sequence[Callable[[TextView, list[Span]], list[Span]]] = (),
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        self.recognizers = list(all_recognizers() if recognizers is None else recognizers)
        self.finders = list(finders)
        self.post = list(post)
        self.threshold = threshold
        self._prescan = digit_prescan(self.recognizers)
        self._gates: dict[int, re.Pattern[str] | None] = {}  # id(recognizer) -> its pre-check
        #: (the recognizers list it was made for, [(recognizer, pre-check, its slot)], number of slots): rebuilt if
        #: the list changes. Each distinct pre-check has a slot in a per-call list of results: a dict keyed by the
        #: compiled pattern hashed its whole code on every lookup (re.Pattern.__hash__), ≈ 0.2 µs per recognizer.
        self._plan: tuple[list, list, int] | None = None

    def analyze(
        self,
        text: str,
        *,
        labels: Iterable[str] | None = None,
        threshold: float | None = None,
    ) -> list[Span]:
        if not isinstance(text, str):
            raise TypeError("text must be str")
        if not text:
            return []
        m = _surrogate(text)
        if m:
            raise TokumeiError("E103", where=f"{m.start()} 文字目")
        want = set(labels) if labels is not None else None
        if want is not None:
            unknown = want - set(LABELS)
            if unknown:
                raise TokumeiError("E202", name=",".join(sorted(unknown)))
        limit = self.threshold if threshold is None else threshold
        view = TextView(text)
        if self._prescan is not None and want is None and len(text) > _SHORT:
            # one shared scan pays off on long texts; on short ones each pattern's own scan is cheaper
            view.cache[_DIGIT_PRESCAN] = self._prescan
        found: list[Span] = []
        plan = self._plan
        if plan is None or plan[0] != self.recognizers:  # (a C loop over the identities)
            gates = self._gates
            for rec in self.recognizers:
                if id(rec) not in gates:
                    gates[id(rec)] = _gate(rec)
            slots: dict[re.Pattern[str], int] = {}  # (equal patterns share a slot, as they shared a dict entry)
            for rec in self.recognizers:
                if gates[id(rec)] is not None:
                    slots.setdefault(gates[id(rec)], len(slots))
            plan = self._plan = (list(self.recognizers),
                                 [(rec, gates[id(rec)], -1 if gates[id(rec)] is None else slots[gates[id(rec)]])
                                  for rec in self.recognizers], len(slots))
        shortcuts = _registry.SHORTCUTS
        present: list[bool | None] = [None] * plan[2]  # per pre-check slot: does the text hold one of its characters
        norm = view.norm
        for rec, gate, slot in plan[1]:
            if want is not None and getattr(rec, "label", None) not in want and not getattr(rec, "labels", None):
                continue
            if gate is not None and shortcuts:
                # no character a match could start with (no digit, no 〒 …): nothing to find, no call
                hit = present[slot]
                if hit is None:
                    hit = present[slot] = gate.search(norm) is not None
                if not hit:
                    continue
            found.extend(rec.find(view))
        for finder in self.finders:
            found.extend(finder(view))
        if want is None:
            found = [s for s in found if s.score >= limit]
        else:
            found = [s for s in found if s.score >= limit and s.label in want]
        spans = resolve(found)
        for step in self.post:
            spans = step(view, spans)
        return spans


_default: Analyzer | None = None


def default_analyzer() -> Analyzer:
    """The process-wide default pipeline, created on first use and reused."""
    global _default
    if _default is None:
        _default = _build_default()
    return _default


def set_default_analyzer(analyzer: Analyzer | None) -> None:
    """Replace (or with None, reset) the process-wide default pipeline."""
    global _default
    _default = analyzer


def _build_default() -> Analyzer:
    # imported here, not at module level: identifier-only analyzers never load SudachiPy
    from tokumei.detect.names import default_finders, default_post

    return Analyzer(finders=default_finders(), post=default_post())


def analyze(
    text: str,
    *,
    labels: Iterable[str] | None = None,
    threshold: float | None = None,
    analyzer: Analyzer | None = None,
) -> list[Span]:
    """Find personal information in ``text``; offsets point into ``text`` itself.

    Public bodies and names on the allow-list (厚生労働省, 〜税務署, a project's ``[allow]``) are returned too,
    marked ``data["allowed"] = True``: they are found but are nobody's personal information. A caller
    that replaces or counts spans itself skips them, as anonymize, scan and ``tokumei detect`` do.

    例: ``analyze("〒100-8914 東京都千代田区永田町1-6-1")`` → POSTAL_CODE と ADDRESS の Span。
    """
    return (analyzer or default_analyzer()).analyze(text, labels=labels, threshold=threshold)
