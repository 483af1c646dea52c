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
from re import _constants as _sre_constants, _parser as _sre_parser
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Protocol, Union

from tokumei.span import LABELS, Span
from tokumei.detect.geo import trie_regex
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


_SPAN = re.Match.span

#: A pattern that starts with a class of a few literal characters, e.g. ``[〒〶]`` (no ranges,
#: escapes or negation), and the rest of it.
_LITERAL_CLASS = re.compile(r"\[([^\]\\^\-\[]{1,4})\](.*)", re.S)


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


def _literal_variants(rx: re.Pattern[str]) -> list[tuple[str, re.Pattern[str]]]:
    """For a pattern ``[ab]rest``: ``[("a", a rest), ("b", b rest)]``; for ``arest``: ``[("a", the
    pattern)]``. In a text without any of these characters the pattern has no match; in a text that contains
    only one of the class's characters the variant for it finds exactly the pattern's matches
    (every match starts with a character of the class, and the other characters never occur),
    and ``re`` skips to a literal first character several times faster than to a class
    (〒 in 1 MB: 0.1 ms instead of 1.5 ms)."""
    if rx.flags & re.IGNORECASE:
        return []
    m = _LITERAL_CLASS.fullmatch(rx.pattern)
    if m is not None:
        return [(c, re.compile(re.escape(c) + m.group(2), rx.flags)) for c in dict.fromkeys(m.group(1))]
    # a pattern that starts with one literal character (0…, \(…, 記号…): itself, for that
    # character — a text without it (most short texts) is not scanned at all
    items = _sre_parser.parse(rx.pattern, rx.flags).data
    if items and items[0][0] is _sre_constants.LITERAL:
        return [(chr(items[0][1]), rx)]
    return []


def _narrowed(matches: Iterable[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """Offsets of group ``v`` when it took part in the match, else of the whole match."""
    for m in matches:
        yield m.span("v") if m.group("v") is not None else m.span()


#: ``[0-9]`` and a look-behind (without parentheses inside): the start several whole-text
#: patterns share (My Number, card, corporate number), so that one scan can serve them all.
_DIGIT_START = re.compile(r"\[0-9\]\(\?<!(?:\[[^\]]*\]|[^()\[\]])*\)")
_DIGIT_PRESCAN = "digit-prescan"


class DigitPrescan:
    """One scan of the text for several whole-text patterns that start alike — ``[0-9]`` and
    the same look-behind (「数字の並びの先頭」): ``re`` then skips through the text once, and tries
    the patterns only where that start matches, instead of once per pattern.

    The combined regex consumes the digit at each position p where at least one of the
    patterns matches and records, per pattern, where that pattern's match from p ends (each
    pattern's rest runs in a look-ahead, so it finds exactly the match ``pattern.match(text, p)``
    finds). Keeping, per pattern, only positions at or after the end of its previous match is
    what ``pattern.finditer`` does, so every recognizer gets the same matches as its own scan.
    Built by :class:`~tokumei.detect.Analyzer` for the patterns of its recognizers; the result
    for a text is kept on the view.
    """

    def __init__(self, start: str, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        rests = [rx.pattern[len(start):] for rx in patterns]
        branches = []
        names: list[tuple[str, int]] = []
        for first in range(len(patterns)):
            parts = [f"(?=(?P<g{first}_{first}>{rests[first]}))"]
            names.append((f"g{first}_{first}", first))
            for other in range(first + 1, len(patterns)):
                parts.append(f"(?:(?=(?P<g{first}_{other}>{rests[other]}))|)")
                names.append((f"g{first}_{other}", other))
            branches.append("".join(parts))
        self.regex = re.compile(start + "(?:" + "|".join(branches) + ")")
        self._groups: list[list[int]] = [[] for _ in patterns]
        for name, i in names:
            self._groups[i].append(self.regex.groupindex[name])

    def spans(self, view: TextView, rx: re.Pattern[str]) -> list[tuple[int, int]]:
        found = view.cache.get(self)
        if found is None:
            found = view.cache[self] = self._scan(view.norm)
        return found[self.patterns.index(rx)]

    def _scan(self, norm: str) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = [[] for _ in self._groups]
        last = [0] * len(self._groups)
        groups = list(enumerate(self._groups))
        for m in self.regex.finditer(norm):
            p = m.start()
            for i, idxs in groups:
                for g in idxs:
                    e = m.end(g)
                    if e != -1:
                        if p >= last[i]:
                            out[i].append((p, e))
                            last[i] = e
                        break
        return out


class Prescans:
    """The shared pre-scans of an analyzer: which pattern gets its matches from which scan."""

    def __init__(self, scans: list[DigitPrescan]) -> None:
        self.scans = scans
        self.index = {rx: scan for scan in scans for rx in scan.patterns}

    def spans(self, view: TextView, rx: re.Pattern[str]) -> list[tuple[int, int]]:
        return self.index[rx].spans(view, rx)


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


def _vetoed(norm: str, neg_re: re.Pattern[str], ctx_re: re.Pattern[str] | None,
            lo: int, a: int, b: int, hi: int) -> bool:
    """True when a negative word (注文番号 …) is nearer to the match ``[a, b)`` than every context
    word: 「〒100-0001 普通 1234567」 keeps the account number although 〒 is in the window,
    「注文番号 0312345678 電話」 drops it."""
    nlo, nhi = _same_sentence(norm, lo, a, b, hi)
    neg = _distance(neg_re, norm, nlo, a, b, nhi)
    if neg is None:
        return False
    pos = _distance(ctx_re, norm, lo, a, b, hi) if ctx_re is not None else None
    return pos is None or pos > neg


def _distance(rx: re.Pattern[str], norm: str, lo: int, a: int, b: int, hi: int) -> tuple[int, int] | None:
    """(characters, side) from ``[a, b)`` to the nearest match of ``rx`` within ``[lo, hi)``;
    side 0 = before, 1 = after, so that at equal distance the word before the value wins
    (Japanese labels precede values: 「電話 090-… 伝票番号…」 keeps the phone number)."""
    best = None
    for m in rx.finditer(norm, lo, a):
        best = (a - m.end(), 0)  # the last one before is the nearest
    m = rx.search(norm, b, hi)
    if m is not None and (best is None or (m.start() - b, 1) < best):
        best = (m.start() - b, 1)
    return best


def _same_sentence(norm: str, lo: int, a: int, b: int, hi: int) -> tuple[int, int]:
    """Clip a negative-context window to the match's line, and after the match to its sentence:
    「個人番号 1234…。\n注文番号 …」 — the next line's 注文番号 must not veto the number."""
    lo = norm.rfind("\n", lo, a) + 1 or lo
    for stop in ("\n", "。"):
        i = norm.find(stop, b, hi)
        if i != -1:
            hi = i
    return lo, hi


def _forms(words: Iterable[str]) -> frozenset[str]:
    """Context words as matched: words with ASCII letters also in lower case, UPPER case and
    Capitalised (TEL, tel, Tel)."""
    forms: set[str] = set()
    for w in words:
        forms.add(w)
        if any("a" <= c.lower() <= "z" for c in w):
            forms.update((w.lower(), w.upper(), w.capitalize()))
    return frozenset(forms)


def _alternation(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for the context words (all :func:`_forms`). Spelled-out casings instead of
    ``re.IGNORECASE`` keep the regex a plain literal alternation, which ``re`` scans ~10× faster."""
    forms = _forms(words)
    if not forms:
        return None
    return _literal_alternation(forms)


def _literal_alternation(forms: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w))))


_UNSEEN = object()

#: The context-word sets of every recognizer with required context (one entry per recognizer).
#: One alternation of all of them scans a text once for all these recognizers
#: (:func:`_context_windows`).
_CONTEXT_GATES: list[frozenset[str]] = []
_COMBINED: dict[int, tuple[re.Pattern[str], dict[frozenset[str], frozenset[str]], int]] = {}


def _combined_gate() -> tuple[re.Pattern[str], dict[frozenset[str], frozenset[str]], int]:
    """The alternation of all required-context words, and for each recognizer's word set the
    words of the alternation that can hide one of its words (the word itself, or one that
    overlaps it: 被保険者番号 hides 保険者番号), plus the longest word length."""
    key = len(_CONTEXT_GATES)
    got = _COMBINED.get(key)
    if got is None:
        union = frozenset().union(*_CONTEXT_GATES)
        credit = {own: frozenset(w for w in union if any(_can_overlap(w, u) for u in own)) for own in _CONTEXT_GATES}
        # as a prefix tree (保険(?:者番号|証)…): the same leftmost-longest word at each position as
        # the longest-first alternation, with fewer branches tried per candidate (~20% faster)
        got = _COMBINED[key] = (re.compile(trie_regex(union)), credit, max(map(len, union)))
    return got


_NONE: tuple[Span, ...] = ()


def _gate_hits(view: TextView) -> dict[str, list[tuple[int, int]]]:
    """The shared scan for every recognizer's required context words: word → spans (kept on
    the view)."""
    rx = _combined_gate()[0]
    cache = view.cache
    hits = cache.get(rx)
    if hits is None:
        hits = {}
        for m in rx.finditer(view.norm):
            hits.setdefault(m.group(), []).append(m.span())
        cache[rx] = hits
    return hits


def _can_overlap(w: str, u: str) -> bool:
    """Whether an occurrence of ``w`` can share a character with an occurrence of ``u``."""
    if u in w or w in u:
        return True
    k = min(len(w), len(u))
    return any(w.endswith(u[:i]) or u.endswith(w[:i]) for i in range(1, k))


def _context_windows(view: TextView, own: frozenset[str], left: int, right: int) -> list[tuple[int, int]]:
    """:func:`_windows` for a recognizer with required context, from ONE shared scan of the text
    for every recognizer's context words (kept on the view). Each occurrence of one of the
    recognizer's words is either a hit of the shared scan or overlaps one (the alternation
    does not report overlapping words), so windows around the hits that can hide its words,
    widened by the longest word, cover every window :func:`_windows` would build."""
    rx, credit, longest = _combined_gate()
    norm = view.norm
    hits = _gate_hits(view)
    ranges = [r for w in credit[own] for r in hits.get(w, ())]
    if not ranges:
        return []
    ranges.sort()
    return _merge(norm, ranges, left + longest, right + longest, view)


#: False = the reference path: every pattern scans the whole text, no windows, no gating, no
#: shared pre-scan (tests compare both paths span for span).
SHORTCUTS = True

#: Characters a required-context window reaches beyond ``before``/``after`` (prefixes such as
#: 「記号」 and the length of the match itself).
_SLACK = 64
#: Texts up to this length are scanned whole (windows would not save anything).
_SHORT = 4 * _SLACK


def _windows(norm: str, finder: re.Pattern[str], left: int, right: int,
             view: TextView | None = None) -> list[tuple[int, int]]:
    """Merged ranges of ``norm`` around each match of ``finder`` (a required context word or an
    anchor), ``left``/``right`` characters wide, that are the only places a match can be.

    A match with required context is kept only with a context word at most ``before``
    characters before it or ``after`` after it, so only these windows need scanning. Edges are
    moved off ASCII runs so that look-behind/look-ahead assertions see the same neighbours as in
    a full scan.
    """
    return _merge(norm, [m.span() for m in finder.finditer(norm)], left, right, view)


# A run of at most 256 ASCII non-space characters (``str.isspace`` == ``\\s`` for ASCII)
_RUN = re.compile(r"[^\s\x80-\U0010ffff]{0,256}")


def _merge(norm: str, ranges: list[tuple[int, int]], left: int, right: int,
           view: TextView | None = None) -> list[tuple[int, int]]:
    """Ranges (sorted by start) widened by ``left``/``right``, merged, edges moved off ASCII
    runs: left past at most 256 ASCII non-space characters (scanned forwards in the reversed
    text, kept on the view), right likewise plus 2 for look-aheads such as (?!円) / (?![.,]\\d)."""
    n = len(norm)
    out: list[list[int]] = []
    for s, e in ranges:
        lo = s - left if s > left else 0
        hi = e + right if e + right < n else n
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    rev = view.cache.get("reversed") if view is not None else None
    if rev is None:
        rev = norm[::-1]
        if view is not None:
            view.cache["reversed"] = rev
    run = _RUN.match
    edges = []
    for lo, hi in out:
        if lo > 0 and norm[lo - 1] < "\x80":
            lo -= run(rev, n - lo).end() - (n - lo)
        if hi < n and norm[hi] < "\x80":
            hi = run(norm, hi).end()  # type: ignore[union-attr]
        edges.append((lo, hi + 2 if hi + 2 < n else n))
    return edges


def _scan(rx: re.Pattern[str], norm: str, windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """``rx.finditer`` over the whole text, or only over the given windows."""
    if windows is None:
        yield from rx.finditer(norm)
        return
    for lo, hi in windows:
        yield from rx.finditer(norm, lo, hi)


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
