"""How a :class:`~tokumei.detect.registry.PatternRecognizer` scans a text fast without changing what it finds (the
registry's ``SHORTCUTS``, see its module docstring): one shared scan for every recognizer's required context words
(a prefix-tree regex, kept on the view) and the windows around them, windows around an anchor, the first-character
variants of a pattern (``[〒〶]…``, ``0…``), the shared pre-scan of whole-text patterns that start with ``[0-9]`` and
a look-behind (:class:`DigitPrescan`), and the veto of a match by a nearer negative word (注文番号). Split from
registry.py when it passed 400 lines; nothing changed.

例::

    >>> _alternation(["TEL", "電話"]).pattern
    'TEL|Tel|tel|電話'
"""
from __future__ import annotations

import re
from re import _constants as _sre_constants, _parser as _sre_parser
from typing import Iterable, Iterator

from tokumei.detect.geo import trie_regex
from tokumei.detect.textview import TextView

_SPAN = re.Match.span

#: A pattern that starts with a class of a few literal characters, e.g. ``[〒〶]`` (no ranges,
#: escapes or negation), and the rest of it.
_LITERAL_CLASS = re.compile(r"\[([^\]\\^\-\[]{1,4})\](.*)", re.S)


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
