"""The one registry of recognizers, under versioned names (``jp.my_number.v1``, spaCy style).

A recognizer is data — patterns, Japanese context words, a base score — plus an optional pure
validator (a check digit, a parser). The regex finds, the validator confirms (the shape of
Presidio's ``kr_rrn_recognizer``). Recognizers that cannot be expressed as patterns (addresses
against the municipality list, names on SudachiPy tokens) implement ``find`` themselves.

Adding a recognizer touches one file: define it in ``recognizers/<area>/<name>.py`` and call
:func:`register` at import time; :mod:`tokumei.detect.recognizers` imports every module.

Speed without changing results (``SHORTCUTS = False`` switches all of it off, and tests compare
both paths span for span): recognizers with required context scan only windows around their
context words, found by ONE scan for all of them (a prefix-tree regex, kept on the view);
whole-text patterns that start with the same ``[0-9]`` + look-behind are found by one shared
regex pass on long texts (:class:`DigitPrescan`, built by the Analyzer); a pattern that starts
with a literal character (0…, 記号…) is skipped when the text lacks it, one that starts with a
small class ([〒〶]) is scanned with a literal first character when only one of them occurs;
validators are pure, so each distinct value is validated once per text; everything that depends
on the recognizer alone is computed once (``_setup``), and ``find`` returns a list.

例::

    >>> from tokumei.detect.registry import get
    >>> get("jp.my_number.v1").label
    'MY_NUMBER'
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol, Union

from tokumei.span import LABELS, Span
from tokumei.detect.scanning import (  # noqa: F401  (_combined_gate, _literal_alternation, _merge: tests read them here)
    _CONTEXT_GATES, _DIGIT_PRESCAN, _SHORT, _SLACK, _SPAN, DigitPrescan, Prescans, _alternation, _combined_gate,
    _context_windows, _forms, _literal_alternation, _literal_variants, _merge, _narrowed, _scan, _vetoed, _windows,
)
from tokumei.detect.textview import TextView

#: A validator receives the matched text in the NORMALISED view (digits half-width, hyphens
#: '-') and returns False/None to reject, True to confirm, or a dict of parsed data to confirm
#: and attach (e.g. ``{"iso": "1985-04-01"}``).
Validator = Callable[[str], Union[bool, None, Mapping[str, Any]]]


class Recognizer(Protocol):
    name: str
    label: str

    def find(self, view: TextView) -> Iterable[Span]:  # pragma: no cover - protocol
        ...


@dataclass(frozen=True)
class Pattern:
    """One regular expression with its base score. Named group ``v`` narrows the span."""

    regex: str
    score: float = 0.5
    name: str = ""


@dataclass(frozen=True)
class Context:
    """Context words searched near a match in the normalised view."""

    words: tuple[str, ...] = ()
    before: int = 30
    after: int = 8
    boost: float = 0.35  # added when a word is present
    penalty: float = 0.25  # subtracted when no word is present
    required: bool = False  # drop matches without context
    negative: tuple[str, ...] = ()  # words that veto the match (注文番号, 請求書 …)


@dataclass(frozen=True)
class PatternRecognizer:
    """Regex patterns + context + optional validator → spans."""

    name: str
    label: str
    patterns: tuple[Pattern, ...]
    context: Context = field(default_factory=Context)
    validator: Validator | None = None
    #: Label to use instead when the validator returns a dict with "label".
    reason: str = ""
    flags: int = 0
    #: Optional regex that every match contains (e.g. "@" for e-mail). When set, patterns are
    #: scanned only on the ASCII runs around its occurrences instead of the whole text — an
    #: optimisation with the same results for patterns whose matches are ASCII runs.
    anchor: str | None = None

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"unknown label {self.label}")
        compiled = tuple(re.compile(p.regex, self.flags) for p in self.patterns)
        object.__setattr__(self, "_compiled", compiled)
        ctx = self.context
        object.__setattr__(self, "_ctx_re", _alternation(ctx.words))
        object.__setattr__(self, "_neg_re", _alternation(ctx.negative))
        object.__setattr__(self, "_anchor_re", re.compile(self.anchor) if self.anchor else None)
        variants = {rx: v for rx in compiled if (v := _literal_variants(rx))}
        object.__setattr__(self, "_variants", variants)
        # per pattern: (compiled, score, first reason, narrow to group "v", its one literal first
        # character or None, the first-character variants of its leading class or None)
        plan = tuple((rx, p.score, self.reason or p.name or "パターン一致", "v" in rx.groupindex,
                      variants[rx][0][0] if len(variants.get(rx, ())) == 1 else None,
                      variants[rx] if len(variants.get(rx, ())) > 1 else None)
                     for p, rx in zip(self.patterns, compiled))
        forms = _forms(ctx.words) if ctx.required else frozenset()
        if forms:
            _CONTEXT_GATES.append(forms)
        ctx_re = self._ctx_re  # type: ignore[attr-defined]
        object.__setattr__(self, "_setup", (
            self._anchor_re,  # type: ignore[attr-defined]
            ctx.required and ctx_re is not None, forms, ctx.after + _SLACK, ctx.before + _SLACK,
            ctx_re, self._neg_re, ctx.before, ctx.after, ctx.required, ctx.boost, ctx.penalty,  # type: ignore[attr-defined]
            self.validator, self.label, self.name, plan))

    def find(self, view: TextView) -> Iterable[Span]:
        if not SHORTCUTS:
            return self._find_reference(view)
        # everything that depends on the recognizer only, unpacked in one step (short texts
        # call this many times)
        (anchor_re, required_ctx, forms, left, right, ctx_re, neg_re, before, after, required, boost, penalty,
         validator, label, name, plan) = self._setup  # type: ignore[attr-defined]
        norm = view.norm
        n = len(norm)
        windows = None
        if required_ctx:  # matches can only be near a context word
            if n <= _SHORT:  # short texts: scan all of it, if one of the words is there at all
                if ctx_re.search(norm) is None:
                    return _NONE
            else:
                windows = _context_windows(view, forms, left, right)
        elif anchor_re is not None:
            if n <= _SHORT:
                if anchor_re.search(norm) is None:
                    return _NONE
            else:
                windows = _windows(norm, anchor_re, 1, 1, view)
        if windows == []:
            return _NONE
        out: list[Span] = []
        verdicts: dict[str, Any] = {}  # validators are pure: one call per distinct value
        ctx_search = ctx_re.search if ctx_re is not None else None
        neg_search = neg_re.search if neg_re is not None else None
        original = view.original
        span_of = None if view._identity else view.span
        shared = view.cache.get(_DIGIT_PRESCAN) if windows is None else None
        for rx, base_score, first_reason, narrow, first, choices in plan:
            if shared is not None and rx in shared.index:  # candidates from the shared pre-scan
                pairs: Iterable[tuple[int, int]] = shared.spans(view, rx)
            else:
                if first is not None and first not in norm:  # 0…, (…, 記号…: no such character
                    continue
                if choices is not None:  # [〒〶]…: which of the first characters occur at all
                    present = [v for c, v in choices if c in norm]
                    if not present:
                        continue
                    if len(present) == 1:
                        rx = present[0]
                if narrow:
                    pairs = _narrowed(rx.finditer(norm) if windows is None else _scan(rx, norm, windows))
                else:
                    pairs = map(_SPAN, rx.finditer(norm) if windows is None else _scan(rx, norm, windows))
            for a, b in pairs:
                if a == b:
                    continue
                # validator (memoised per value), context and veto are pure and each can only
                # drop the match, so their order does not change the result
                verdict = None
                if validator is not None:
                    value = norm[a:b]
                    verdict = verdicts.get(value, _UNSEEN)
                    if verdict is _UNSEEN:
                        verdict = verdicts[value] = validator(value)
                    if not verdict:
                        continue
                lo = a - before if a > before else 0
                hi = b + after
                if hi > n:
                    hi = n
                by_context = False
                if ctx_search is not None:
                    cm = ctx_search(norm, lo, a) or ctx_search(norm, b, hi)
                    if cm is None:
                        if required:
                            continue
                        score = base_score - penalty
                        reason = first_reason
                    else:
                        score = base_score + boost
                        reason = f"{first_reason}・文脈語「{cm.group()}」"
                        by_context = required
                else:
                    score = base_score
                    reason = first_reason
                # no negative word anywhere in the window (the common case): no veto
                if neg_search is not None and neg_search(norm, lo, hi) is not None \
                        and _vetoed(norm, neg_re, ctx_re, lo, a, b, hi):
                    continue
                lab = label
                if verdict is not None:
                    data: dict[str, Any] | None = (
                        dict(verdict) if verdict is not True and (type(verdict) is dict or isinstance(verdict, Mapping))
                        else {})
                    data["validated"] = True  # type: ignore[index]
                    reason += "・検査OK"
                    if "label" in data:  # type: ignore[operator]
                        lab = data.pop("label")  # type: ignore[union-attr]
                elif by_context:
                    data = {"validated": True}
                else:
                    data = None
                start, end = (a, b) if span_of is None else span_of(a, b)
                out.append(Span(lab, start, end, original[start:end],
                                0.0 if score < 0.0 else 1.0 if score > 1.0 else score, name, reason, data=data))
        return out

    def _find_reference(self, view: TextView) -> Iterator[Span]:
        """The straightforward version of :meth:`find` (``SHORTCUTS = False``): every pattern over
        the whole text, the validator on every match, then context and veto, as first written.
        Tests compare :meth:`find` with it span for span."""
        norm = view.norm
        ctx = self.context
        ctx_re: re.Pattern[str] | None = self._ctx_re  # type: ignore[attr-defined]
        neg_re: re.Pattern[str] | None = self._neg_re  # type: ignore[attr-defined]
        for pat, rx in zip(self.patterns, self._compiled):  # type: ignore[attr-defined]
            narrow = "v" in rx.groupindex
            for m in rx.finditer(norm):
                if narrow and m.group("v") is not None:
                    a, b = m.span("v")
                else:
                    a, b = m.span()
                if a == b:
                    continue
                value = norm[a:b]
                data: dict[str, Any] = {}
                validated = False
                if self.validator is not None:
                    verdict = self.validator(value)
                    if not verdict:
                        continue
                    validated = True
                    if isinstance(verdict, Mapping):
                        data.update(verdict)
                score = pat.score
                reasons = [self.reason or pat.name or "パターン一致"]
                lo = max(0, a - ctx.before)
                hi = min(len(norm), b + ctx.after)
                if neg_re is not None and _vetoed(norm, neg_re, ctx_re, lo, a, b, hi):
                    continue
                if ctx_re is not None:
                    cm = ctx_re.search(norm, lo, a) or ctx_re.search(norm, b, hi)
                    if cm:
                        score += ctx.boost
                        reasons.append(f"文脈語「{cm.group(0)}」")
                        if ctx.required:
                            validated = True
                    else:
                        if ctx.required:
                            continue
                        score -= ctx.penalty
                if validated:
                    data["validated"] = True
                    if self.validator is not None:
                        reasons.append("検査OK")
                label = data.pop("label", self.label)
                start, end = view.span(a, b)
                yield Span(
                    label=label,
                    start=start,
                    end=end,
                    text=view.original[start:end],
                    score=max(0.0, min(1.0, score)),
                    source=self.name,
                    reason="・".join(reasons),
                    data=data or None,
                )


class RefiningRecognizer:
    """A :class:`PatternRecognizer` (``inner``) whose spans a recognizer refines afterwards
    (cut a URL at a full-width bracket, attach the 預金種目, validate with libphonenumber …).

    Subclasses set ``inner`` and implement ``refine(view, spans)``; name and label are the
    inner recognizer's. When nothing matched, no generator is built (the common case).
    """

    inner: PatternRecognizer
    name: str
    label: str

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.name = cls.inner.name
        cls.label = cls.inner.label

    def find(self, view: TextView) -> Iterable[Span]:
        spans = self.inner.find(view)
        return list(self.refine(view, spans)) if spans else spans

    def refine(self, view: TextView, spans: Iterable[Span]) -> Iterator[Span]:  # pragma: no cover
        raise NotImplementedError


#: ``[0-9]`` and a look-behind (without parentheses inside): the start several whole-text
#: patterns share (My Number, card, corporate number), so that one scan can serve them all.
_DIGIT_START = re.compile(r"\[0-9\]\(\?<!(?:\[[^\]]*\]|[^()\[\]])*\)")


def digit_prescan(recognizers: Iterable[Any]) -> Prescans | None:
    """Shared pre-scans for the whole-text patterns of ``recognizers`` (pattern recognizers
    without anchor or required context) that start with the same ``[0-9]`` + look-behind;
    None when no two patterns share a start."""
    by_start: dict[str, list[re.Pattern[str]]] = {}
    for rec in recognizers:
        if not isinstance(rec, PatternRecognizer) or rec.anchor is not None \
                or (rec.context.required and rec.context.words):
            continue
        for rx in rec._compiled:  # type: ignore[attr-defined]
            m = _DIGIT_START.match(rx.pattern)
            if m and rx.groups == 0 and rx.flags == re.UNICODE and rx not in by_start.get(m.group(), ()):
                by_start.setdefault(m.group(), []).append(rx)
    scans = [DigitPrescan(start, pats) for start, pats in sorted(by_start.items()) if len(pats) >= 2]
    return Prescans(scans) if scans else None


_UNSEEN = object()

_NONE: tuple[Span, ...] = ()


#: False = the reference path: every pattern scans the whole text, no windows, no gating, no
#: shared pre-scan (tests compare both paths span for span).
SHORTCUTS = True


_REGISTRY: dict[str, Recognizer] = {}


def register(recognizer: Recognizer) -> Recognizer:
    """Add a recognizer under its versioned name; a name can be registered once."""
    if not re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+\.v\d+", recognizer.name):
        raise ValueError(f"recognizer name must look like 'jp.thing.v1': {recognizer.name}")
    if recognizer.name in _REGISTRY and _REGISTRY[recognizer.name] is not recognizer:
        raise ValueError(f"recognizer already registered: {recognizer.name}")
    _REGISTRY[recognizer.name] = recognizer
    return recognizer


def get(name: str) -> Recognizer:
    """The recognizer registered under ``name``."""
    _load_all()
    return _REGISTRY[name]


def all_recognizers() -> list[Recognizer]:
    """Every registered recognizer, in name order (deterministic)."""
    _load_all()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def _load_all() -> None:
    importlib.import_module("tokumei.detect.recognizers")  # its imports register everything
