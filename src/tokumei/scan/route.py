"""Which recognizers a cell can need, decided from its characters — exactly, not by guess.

A full scan analyses every distinct cell; most identifier recognizers (phone, card, My Number,
postal code …) cannot match a cell without a digit. :func:`needs_digit` proves that from a
recognizer's regular expressions (every match of every pattern contains a ``\\d`` character,
read off the parsed pattern with :mod:`re`'s own parser), and :func:`may_have_digit` tells
whether a cell's matching view (:class:`tokumei.detect.textview.TextView` ``.norm``) can hold
a digit. A cell for which it cannot is analysed without those recognizers; the spans are the
same, because a skipped recognizer could not have returned any (tests/scan/test_route.py
checks both on random text and compares whole scans).

Only :class:`~tokumei.detect.registry.PatternRecognizer` (and a refining recognizer wrapping
one, which returns nothing when its inner one finds nothing) are ever skipped; custom
recognizers such as dates (和暦, 漢数字) and addresses always run.

例::

    >>> may_have_digit("氏名：山田 太郎"), may_have_digit("電話：０９０")
    (False, True)
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

# the parser ``re.compile`` itself uses (Python 3.11+; the registry reads patterns with it too)
from re import _constants as _c, _parser as _sre_parser

from tokumei.detect.registry import PatternRecognizer, RefiningRecognizer
from tokumei.detect.textview import _COMPAT

#: A digit, or a character the matching view folds into one (① → 1, ⑴ → (1); full-width
#: ０–９ are digits already, and the other folds — full-width ASCII, hyphens, ー — give no digit).
_DIGIT_SOURCE = re.compile(r"\d|" + _COMPAT.pattern)


def may_have_digit(text: str) -> bool:
    """False only when ``TextView(text).norm`` certainly holds no ``\\d`` character."""
    return _DIGIT_SOURCE.search(text) is not None


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _class_is_digits(items: list) -> bool:
    """A character class every member of which is a digit ([0-9], \\d, [０-９]; not [^…])."""
    for op, av in items:
        if op is _c.LITERAL:
            if not _is_digit(chr(av)):
                return False
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 0x400 or not all(_is_digit(chr(x)) for x in range(lo, hi + 1)):
                return False
        elif op is _c.CATEGORY:
            if av is not _c.CATEGORY_DIGIT:
                return False
        else:  # NEGATE, other categories, …
            return False
    return bool(items)


def _node(op: Any, av: Any) -> bool:
    """Does every match of this node contain a digit?"""
    if op is _c.LITERAL:
        return _is_digit(chr(av))
    if op is _c.IN:
        return _class_is_digits(av)
    if op is _c.SUBPATTERN:
        return _seq(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av)
    if op is _c.BRANCH:
        return all(_seq(p) for p in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        lo, _hi, body = av
        return lo >= 1 and _seq(body)
    return False  # look-arounds consume nothing; anything unknown: assume no digit needed


def _seq(items) -> bool:
    return any(_node(op, av) for op, av in items)


def pattern_needs_digit(regex: str, flags: int = 0) -> bool:
    """Every match of ``regex`` contains a digit. 例: ``pattern_needs_digit(r"\\d{3}-\\d{4}")`` → True"""
    return _seq(_sre_parser.parse(regex, flags))


def needs_digit(rec: object) -> bool:
    """A recognizer that cannot return a span for a text whose matching view has no digit."""
    if isinstance(rec, RefiningRecognizer):
        rec = rec.inner
    if type(rec) is not PatternRecognizer:
        return False
    return bool(rec.patterns) and all(pattern_needs_digit(p.regex, rec.flags) for p in rec.patterns)
