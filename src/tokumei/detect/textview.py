"""A normalised view of the user's text for matching, with an offset map back.

The user's text is never rewritten. Matching runs on ``view.norm`` where full-width ASCII
letters and digits are half-width, hyphen/dash variants (－ ― ‐ ‑ – — − ｰ, and ー between
digits) are ``-``, the ideographic space is `` `` and other compatibility characters are NFKC
folded (㈱ → (株), ① → 1). ``view.span(a, b)`` turns normalised offsets into original ones.

Why hand-written: NFKC alone (``unicodedata``) gives no offset map and folds ー, which is part of
katakana words, so a per-character table is needed; ``str.translate`` keeps the common case at
C speed and only texts with length-changing characters build an explicit map.

例::

    >>> v = TextView("電話０３－１２３４－５６７８")
    >>> v.norm
    '電話03-1234-5678'
    >>> v.span(2, 14)
    (2, 14)
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

_HYPHENS = "－―‐‑‒–—−﹣﹘⁃"

# 1:1 table: full-width ASCII → ASCII, ideographic space → space, hyphen variants → '-'.
_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_TABLE[0x3000] = " "
for _h in _HYPHENS:
    _TABLE[ord(_h)] = "-"
_TABLE[ord("ｰ")] = "-"  # half-width prolonged sound mark in numbers
_TABLE[ord("〜")] = "~"
_TABLE[ord("～")] = "~"

# Characters whose NFKC form differs and that are not covered by the 1:1 table.
# Half-width katakana, enclosed/parenthesised forms, squared era names, compatibility ideographs.
_COMPAT = re.compile(
    "[\uff61-\uff9f\u2460-\u24ff\u3200-\u33ff\u2160-\u217f\uf900-\ufaff\u2474-\u249b\u00a0\u2028\u2029]"
)
# Starts with the literal ー so that ``re`` can skip ahead to candidates (a leading look-behind
# would be tried at every position).
_CHOONPU_DIGIT = re.compile(r"ー(?<=[0-9０-９]ー)(?=[0-9０-９])")
# Runs of characters the 1:1 table changes. Japanese text has few of them, so substituting the
# runs is several times faster than ``str.translate`` over the whole text (which looks every
# character up in the dict); results are identical.
_TABLE_RUN = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]+")


def _fold(text: str) -> str:
    """``text.translate(_TABLE)``, computed on the runs of changed characters only: one split
    keeps the runs (odd items), which are joined with NUL (not in the table), translated in one
    call and put back — all in C, with no Python call per run."""
    parts = _TABLE_RUN_SPLIT.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = "\0".join(parts[1::2]).translate(_TABLE).split("\0")
    return "".join(parts)


_TABLE_RUN_SPLIT = re.compile("(" + _TABLE_RUN.pattern + ")")
# Runs of characters the table changes or NFKC folds (the two classes merged into one).
_SPECIAL_SPLIT = re.compile("([" + _TABLE_RUN.pattern[1:-2] + _COMPAT.pattern[1:-1] + "]+)")


class TextView:
    """Original text plus its normalised matching view and an offset map."""

    __slots__ = ("original", "norm", "_starts", "_identity", "cache")

    def __init__(self, original: str) -> None:
        self.original = original
        #: Per-text results shared between recognizers (e.g. the registry's context-word scan).
        self.cache: dict = {}
        text = _CHOONPU_DIGIT.sub("-", original) if "ー" in original else original  # 1:1, keeps offsets
        # One split finds the runs of table AND compatibility characters: without the latter
        # (the common case) the folded runs are put back and the view is done — no second scan.
        parts = _SPECIAL_SPLIT.split(text)
        if len(parts) == 1:
            compat = False
        else:
            runs = "\0".join(parts[1::2])
            compat = _COMPAT.search(runs) is not None
            if compat:
                text = _fold(text)
            else:
                parts[1::2] = runs.translate(_TABLE).split("\0")
                text = "".join(parts)
        if not compat:
            self.norm = text
            self._starts: list[int] | None = None
            self._identity = True
            return
        # Slow path: build the normalised string piecewise with a start map.
        parts: list[str] = []
        starts: list[int] = []  # starts[j] = original index of norm char j
        last = 0
        for m in _COMPAT.finditer(text):
            i = m.start()
            if i > last:
                parts.append(text[last:i])
                starts.extend(range(last, i))
            folded = unicodedata.normalize("NFKC", text[i]).translate(_TABLE)
            if not folded:
                folded = text[i]
            # Half-width katakana voiced marks fold into the previous char: keep 1 char each.
            parts.append(folded)
            starts.extend([i] * len(folded))
            last = i + 1
        parts.append(text[last:])
        starts.extend(range(last, len(text)))
        self.norm = "".join(parts)
        self._starts = starts
        self._identity = False

    def orig_index(self, j: int) -> int:
        """Original index of normalised index ``j`` (``j == len(norm)`` maps to the end)."""
        if self._identity:
            return j
        assert self._starts is not None
        if j >= len(self._starts):
            return len(self.original)
        return self._starts[j]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Map a normalised half-open range to the original half-open range."""
        if self._identity:
            return a, b
        assert self._starts is not None
        start = self.orig_index(a)
        if b <= a:
            return start, start
        last = self._starts[b - 1]
        # end = first original index after the char that produced norm[b-1]
        end = last + 1
        return start, end

    def norm_index(self, i: int) -> int:
        """Normalised index of original index ``i`` (first norm char produced from it)."""
        if self._identity:
            return i
        assert self._starts is not None
        return bisect_right(self._starts, i - 1) if i > 0 else 0

    def __len__(self) -> int:
        return len(self.original)
