"""Which characters can start a match of a regular expression — a cheap pre-check for recognizers.

A pattern recognizer can only find something when the text holds a character its patterns can start
with (``[0-9](?<![0-9])…`` needs a digit, ``〒…`` a 〒). :func:`first_class` reads the parsed pattern
(the ``re`` module's own parser) and returns a character class that every match's first character
belongs to, or None when that cannot be said (``.``, negated classes, case-insensitive
patterns, back-references, patterns that can match the empty string): then there is no pre-check.
The :class:`~tokumei.detect.Analyzer` searches the text once per distinct class and skips the
recognizers whose class is absent — in most sentences there is no digit, and the digit-only
recognizers are not called at all. Results are the same: a skipped recognizer had no match to find.

例::

    >>> first_class(r"(?<![0-9])[0-9]{4}-?[0-9]{4}")
    '[0-9]'
    >>> first_class(r"〒?[0-9]{3}")
    '[0-9〒]'
    >>> len(first_class(r"\\d(?<![\\d\\-.,]\\d)\\d{6}"))  # [\\d]: Unicode digits, as \\d matches them
    4
    >>> first_class(r".+@") is None
    True
"""
from __future__ import annotations

import re
from re import _constants as C, _parser as P  # the parser ``re`` compiles with (stdlib)
from typing import Iterable

#: Pieces of a character class: code-point ranges, or the source of a class escape (``\\d``).
Ranges = list["tuple[int, int] | str"]

#: Class escapes, written as in a pattern: inside a class they match exactly what they match alone.
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


class _Unknown(Exception):
    """The first character cannot be bounded by a class."""


def _seq(items) -> tuple[Ranges, bool]:
    """(first characters, can be empty) of a sequence of parsed items."""
    out: Ranges = []
    for op, av in items:
        first, empty = _item(op, av)
        out += first
        if not empty:
            return out, False
    return out, True


def _item(op, av) -> tuple[Ranges, bool]:
    if op is C.LITERAL:
        return [(av, av)], False
    if op is C.IN:
        ranges: Ranges = []
        for sop, sav in av:
            if sop is C.LITERAL:
                ranges.append((sav, sav))
            elif sop is C.RANGE:
                ranges.append(sav)
            elif sop is C.CATEGORY and sav in _CATEGORIES:
                ranges.append(_CATEGORIES[sav])
            else:  # NEGATE, locale categories, …
                raise _Unknown
        return ranges, False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return [], True  # zero-width: ^ $ \b, look-ahead and look-behind consume nothing
    if op is C.SUBPATTERN:
        _group, add_flags, _del, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _seq(sub)
    if op is C.BRANCH:
        out: Ranges = []
        empty = False
        for sub in av[1]:
            f, e = _seq(sub)
            out += f
            empty = empty or e
        return out, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        f, e = _seq(sub)
        return f, e or lo == 0
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av)
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, conditional groups …


def first_ranges(pattern: str, flags: int = 0) -> Ranges | None:
    """Code-point ranges every match of ``pattern`` starts with, or None (see the module docstring)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = P.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        ranges, empty = _seq(parsed.data)
    except (_Unknown, re.error):
        return None
    return None if empty or not ranges else ranges


def _class(ranges: Ranges) -> str:
    escapes = sorted({r for r in ranges if isinstance(r, str)})
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(r for r in ranges if not isinstance(r, str)):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    parts = [re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in merged]
    return "[" + "".join(parts + escapes) + "]"


def first_class(patterns: str | Iterable[re.Pattern[str] | str], flags: int = 0) -> str | None:
    """A character class (regex source) holding the first character of every match of any of
    ``patterns``, or None when one of them cannot be bounded."""
    if isinstance(patterns, str):
        patterns = [patterns]
    ranges: Ranges = []
    for p in patterns:
        src, fl = (p.pattern, p.flags | flags) if isinstance(p, re.Pattern) else (p, flags)
        got = first_ranges(src, fl & ~re.UNICODE)
        if got is None:
            return None
        ranges += got
    return _class(ranges) if ranges else None
