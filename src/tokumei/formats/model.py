"""The document model shared by every format: a document is a list of text units; an edit
replaces a character range of one unit's text.

A unit's text is often stored in several pieces (Word runs, HTML text nodes, the parts of a
Markdown paragraph around a link). :func:`distribute` applies edits to such a unit: the
replacement goes into the piece where the edit starts, the other affected pieces are trimmed,
and untouched pieces are left exactly as they were.

例::

    >>> apply_edits("山田太郎です", [Edit(0, 4, "〔人名〕")])
    '〔人名〕です'
    >>> distribute(["山", "田太郎", "です"], [Edit(0, 4, "〔人名〕")])
    ['〔人名〕', '', 'です']
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from tokumei.errors import TokumeiError
from tokumei.formats.source import splice


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of text people read, with a stable ``id`` and a Japanese location ``where``.

    例: ``Unit("body/p3", "山田太郎です", "3段落目")``
    """

    id: str
    text: str
    where: str


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``unit.text[start:end]`` with ``replacement`` (offsets into the unit's text).

    例: ``Edit(0, 2, "〔人名〕")``
    """

    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class Document:
    """A read document: ``kind`` ("txt", "md", "csv", "html", "docx", "xlsx", "pdf"), its path,
    units in reading order and format details in ``meta`` (encoding, warning, ...).

    例: ``read_document(Path("名簿.csv")).units[0].where == "1行1列 (氏名)"``
    """

    kind: str
    path: Path
    units: list[Unit]
    meta: dict[str, Any] = field(default_factory=dict)

    def unit(self, unit_id: str) -> Unit:
        """Return the unit with this id (KeyError if none)."""
        for u in self.units:
            if u.id == unit_id:
                return u
        raise KeyError(unit_id)


#: A column header shown in a location (「表1 2行3列 (生年月日)」) is cut after this many characters.
HEADER_CHARS = 40


def header_label(text: str) -> str:
    """A table header as shown in a cell's location: whitespace runs collapsed to one space, cut
    after :data:`HEADER_CHARS` characters with 「…」 (used by .md and .html tables).

    例: ``header_label(" 生年\\n月日 ") == "生年 月日"``
    """
    text = " ".join(text.split())
    return text if len(text) <= HEADER_CHARS else text[:HEADER_CHARS] + "…"


def check_edits(text: str, edits: Sequence[Edit], unit_id: str = "?") -> list[Edit]:
    """Return the edits sorted by position; raise E113 if one is out of range or they overlap.

    例: ``check_edits("山田", [Edit(0, 2, "X")]) == [Edit(0, 2, "X")]``
    """
    out = sorted(edits, key=lambda e: (e.start, e.end))
    prev_end = 0
    for e in out:
        if not (0 <= e.start <= e.end <= len(text)):
            raise TokumeiError("E113", unit=unit_id, why=f"範囲 {e.start}-{e.end} が長さ {len(text)} を超えています")
        if e.start < prev_end:
            raise TokumeiError("E113", unit=unit_id, why=f"範囲 {e.start}-{e.end} が前の編集と重なっています")
        prev_end = e.end
    return out


def apply_edits(text: str, edits: Sequence[Edit], unit_id: str = "?") -> str:
    """Apply non-overlapping edits to ``text``.

    例: ``apply_edits("TEL 03-1234-5678", [Edit(4, 16, "〔電話〕")]) == "TEL 〔電話〕"``
    """
    return splice(text, [(e.start, e.end, e.replacement) for e in check_edits(text, edits, unit_id)])


def refine(text: str, edit: Edit, min_keep: int = 3) -> list[Edit]:
    """Split an edit into smaller ones that leave unchanged stretches (``min_keep`` characters or
    more) of the old text alone, so formatting on them survives a whole-paragraph replacement.

    ``apply_edits(text, refine(text, e)) == apply_edits(text, [e])`` always holds.

    例: ``refine("山田太郎は営業部です", Edit(0, 10, "〔人名〕は営業部です")) == [Edit(0, 4, "〔人名〕")]``
    """
    from difflib import SequenceMatcher

    old = text[edit.start:edit.end]
    blocks = [b for b in SequenceMatcher(None, old, edit.replacement, autojunk=False).get_matching_blocks()
              if b.size >= min_keep or b.size == 0]
    out: list[Edit] = []
    i = j = 0
    for b in blocks:  # the last block is the (len, len, 0) sentinel
        if b.a > i or b.b > j:
            out.append(Edit(edit.start + i, edit.start + b.a, edit.replacement[j:b.b]))
        i, j = b.a + b.size, b.b + b.size
    return out


def distribute(pieces: Sequence[str], edits: Sequence[Edit], unit_id: str = "?") -> list[str]:
    """Apply edits to a text stored as ``pieces``; return the new text of each piece.

    ``"".join(result) == apply_edits("".join(pieces), edits)`` always holds. The replacement
    goes into the first non-empty piece the edit touches (the piece where it starts); pieces
    no edit touches are returned unchanged.

    例: ``distribute(["山", "田", "様"], [Edit(0, 2, "X")]) == ["X", "", "様"]``
    """
    text = "".join(pieces)
    bounds: list[tuple[int, int]] = []
    pos = 0
    for p in pieces:
        bounds.append((pos, pos + len(p)))
        pos += len(p)
    # the non-empty pieces, in order (they are disjoint): found by bisection, so that a unit of
    # thousands of pieces and edits (an HTML block of many inline tags) is not quadratic
    full = [i for i, (s, t) in enumerate(bounds) if t > s]
    full_starts = [bounds[i][0] for i in full]
    full_ends = [bounds[i][1] for i in full]
    ordered = []
    for e in check_edits(text, edits, unit_id):
        touched = bisect_left(full_starts, e.end) - bisect_right(full_ends, e.start)  # s < end and t > start
        ordered.extend(refine(text, e) if touched > 1 else [e])
    owner: list[int] = []
    for e in ordered:
        k = bisect_right(full_starts, e.start) - 1  # the last non-empty piece starting at or before e.start
        if k >= 0 and full_ends[k] >= e.start:  # holds e.start, or (insertion at the very end) ends there
            owner.append(full[k])
        else:  # an empty text: the last piece owns it
            owner.append(len(pieces) - 1)
    # ordered is sorted with non-decreasing ends: the edits a piece can meet form one stretch
    starts = [e.start for e in ordered]
    ends = [e.end for e in ordered]
    result: list[str] = []
    for i, (ps, pe) in enumerate(bounds):
        src = pieces[i]
        buf: list[str] = []
        cur = ps
        lo, hi = bisect_left(ends, ps), bisect_right(starts, pe)
        for e, own in zip(ordered[lo:hi], owner[lo:hi]):
            owned = own == i
            a, b = max(e.start, ps), min(e.end, pe)
            if not owned and a >= b:
                continue
            buf.append(src[cur - ps:a - ps])
            if owned:
                buf.append(e.replacement)
            cur = max(cur, b)
        buf.append(src[cur - ps:])
        result.append("".join(buf))
    return result

