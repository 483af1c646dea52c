"""Table cells (.csv / .xlsx / .docx / .html tables) anonymized as whole tables, not cell by cell.

A cell alone hides what its neighbours say: a date in a 「生年月日」 column is a date of birth
only if the header is seen, and an address split over 都道府県 / 市区町村 / 番地 columns is a
street address only when the columns are read together (「本通2-3-4」 alone is not recognisable).
So each table is detected as one tab-separated text (rows on lines, cells between tabs, the
gaps of empty cells kept so that columns line up), and the replacements are cut back into the
cells: the part of a replacement in its first cell gets the new text, the other cells lose
theirs (「静岡県」「島田市」「本通2-3-4」 → 「静岡県」「」「」).

Tabs and line breaks inside a cell become spaces in the joined text (same length, so every
offset still points into the cell). A cell that has line breaks (「東京都千代田区<br>丸の内1-1-1」,
a wrapped .csv/.xlsx cell, a .docx/.html cell of two paragraphs) is also detected alone, as it was
before tables were joined: a span of it that runs over a line break (the address of two lines,
which the space in the joined text would cut after 千代田区) replaces the table's spans it
contains (:func:`merge_cell_spans`).

.html tables are found by their cells' ``where`` (「表1 2行3列 (生年月日)」, see
:mod:`tokumei.formats.htmldoc`); unlike .docx, nested HTML tables are tables too (pages laid out
with tables hold their data tables inside a layout cell), each one keyed by its full location.
A cell spanning rows or columns appears once, at its top-left position.

.md tables (cells ``cell1``, ``cell2``... located 「表1 2行3列 (生年月日)」 by
:mod:`tokumei.formats.markdown`) are joined the same way, but inside the whole Markdown text:
:func:`join_markdown` puts each table's joined text in place of its rows, so the paragraphs around
keep the context they have as plain text (a name in the text and in the table is one entity), and
:func:`unjoin_result` turns the result back into one on the Markdown text, each change cut into
the cells it covers (the pipes and the delimiter row are never edited).

例::

    >>> from tokumei.formats.model import Unit
    >>> t = group_tables([Unit("r1c1", "生年月日", "1行1列"), Unit("r2c1", "1985/4/1", "2行1列")])[0]
    >>> t.text
    '生年月日\\n1985/4/1'
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

_CSV_ID = re.compile(r"^r(\d+)c(\d+)$")
_XLSX_ID = re.compile(r"^s(\d+)/([A-Z]{1,3})(\d+)$")
_DOCX_WHERE = re.compile(r"^表(\d+) (\d+)行(\d+)列$")
_HTML_ID = re.compile(r"^b\d+$")
_MD_ID = re.compile(r"^cell\d+$")
_MD_WHERE = re.compile(r"^(表\d+) (\d+)行(\d+)列(?: \(.*\))?$")
#: 「表1 2行3列」, 「表1 2行3列 (生年月日)」, 「表1 2行3列 内の表1 1行1列 (氏名)」 (only the cell's own
#: header is in parentheses, so the first 「 (」 starts it)
_HTML_WHERE = re.compile(r"^((?:表\d+ \d+行\d+列 内の)*表\d+) (\d+)行(\d+)列(?: \(.*\))?$")
_IN_CELL = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


@dataclass
class Table:
    """One sheet: the joined text and, per cell, (unit id, offset of the cell in the text)."""

    key: str
    where: str
    text: str = ""
    cells: list[tuple[str, int, int]] = field(default_factory=list)  # (unit id, start, end)
    #: (start, end) of each table cell, which may hold several units (paragraphs of a .docx/.html cell)
    ranges: list[tuple[int, int]] = field(default_factory=list)


def cell_position(unit_id: str, where: str = "") -> tuple[str, int, int] | None:
    """(table key, row, column) of a table cell (.csv / .xlsx id, .docx / .html 「表1 2行3列」), else None.

    例: ``cell_position("r2c3") == ("csv", 2, 3)``、``cell_position("s0/B12") == ("s0", 12, 2)``、
    ``cell_position("document/p7", "表1 2行3列") == ("docx1", 2, 3)``、
    ``cell_position("b4", "表1 2行2列 (生年月日)") == ("html:表1", 2, 2)``、
    ``cell_position("cell6", "表1 2行3列 (市区町村)") == ("md:表1", 2, 3)``
    """
    if _MD_ID.match(unit_id) and (m := _MD_WHERE.match(where)):
        return f"md:{m.group(1)}", int(m.group(2)), int(m.group(3))
    if unit_id.startswith("document/") and (m := _DOCX_WHERE.match(where)):
        return f"docx{m.group(1)}", int(m.group(2)), int(m.group(3))
    if _HTML_ID.match(unit_id) and (m := _HTML_WHERE.match(where)):
        return f"html:{m.group(1)}", int(m.group(2)), int(m.group(3))
    if m := _CSV_ID.match(unit_id):
        return "csv", int(m.group(1)), int(m.group(2))
    if m := _XLSX_ID.match(unit_id):
        col = 0
        for ch in m.group(2):
            col = col * 26 + ord(ch) - 64
        return f"s{m.group(1)}", int(m.group(3)), col
    return None


def group_tables(units: Sequence[Any]) -> list[Table]:
    """Tables of the table cells among ``units`` (in order of their first cell)."""
    grid: dict[str, dict[int, dict[int, list[Any]]]] = {}
    order: list[str] = []
    where: dict[str, str] = {}
    for u in units:
        pos = cell_position(u.id, u.where)
        if pos is None:
            continue
        key, row, col = pos
        if key not in grid:
            grid[key], where[key] = {}, _table_where(key, u.where)
            order.append(key)
        grid[key].setdefault(row, {}).setdefault(col, []).append(u)  # a .docx cell may hold paragraphs
    tables = []
    for key in order:
        t = Table(key, where[key])
        parts: list[str] = []
        offset = 0
        rows = grid[key]
        for i, row in enumerate(range(1, max(rows) + 1)):
            if i:
                parts.append("\n")
                offset += 1
            cells = rows.get(row, {})
            for j, col in enumerate(range(1, max(cells, default=0) + 1)):
                if j:
                    parts.append("\t")
                    offset += 1
                cell_start = offset
                for k, u in enumerate(cells.get(col, ())):
                    if k:
                        parts.append(" ")  # paragraphs of one cell
                        offset += 1
                    text = u.text.translate(_IN_CELL)
                    t.cells.append((u.id, offset, offset + len(text)))
                    parts.append(text)
                    offset += len(text)
                if col in cells:
                    t.ranges.append((cell_start, offset))
        t.text = "".join(parts)
        tables.append(t)
    return tables


def _table_where(key: str, cell_where: str) -> str:
    """「表」 for a CSV, 「表 (シート名)」 for a sheet (the name is taken from a cell's ``where``),
    「表1」 for .docx and .md, the table's location for .html (「表1 2行3列 内の表1」)."""
    if key == "csv":
        return "表"
    if key.startswith("docx"):
        return f"表{key[4:]}"
    if key.startswith(("html:", "md:")):
        return key.split(":", 1)[1]
    m = re.search(r"\(([^()]*)\)$", cell_where)
    return f"表 ({m.group(1)})" if m else "表"


def cell_edits(table: Table, replacements: Sequence[Any]) -> dict[str, list[tuple[int, int, str]]]:
    """Cut replacements (offsets into ``table.text``) back into per-cell (start, end, new text).

    The first cell a replacement touches gets its new text; later cells it covers are emptied
    over the covered part. 例: 「静岡県\\t島田市」 → 「静岡県」 gives 島田市's cell (0, 3, "")."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    bounds = [(a, b) for _, a, b in table.cells]
    for r in replacements:
        for n, (k, lo, hi) in enumerate(_covered(bounds, r.start, r.end)):
            uid, a, _ = table.cells[k]
            out.setdefault(uid, []).append((lo - a, hi - a, "" if n else r.replacement))
    return out


def _covered(bounds: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int, int]]:
    """(index, start, end) of the parts of [``start``, ``end``) in each of ``bounds`` (ranges in
    order, not overlapping) that it covers; the first range is found by bisection, so a long
    table costs no scan of all its cells per replacement.

    例: ``_covered([(0, 3), (4, 7)], 1, 6) == [(0, 1, 3), (1, 4, 6)]``"""
    out = []
    for k in range(max(bisect_right(bounds, start, key=lambda r: r[0]) - 1, 0), len(bounds)):
        a, b = bounds[k]
        if a >= end:
            break
        lo, hi = max(a, start), min(b, end)
        if lo < hi:
            out.append((k, lo, hi))
    return out


def multiline_cells(table: Table, texts: dict[str, str]) -> list[tuple[int, str]]:
    """(offset in ``table.text``, text) of the cells that read over several lines: a unit with
    line breaks, or several units (paragraphs) in one cell, joined here by line breaks. The text
    has the cell's length in ``table.text``, so its offsets map one to one.

    ``texts`` maps unit id to the unit's own text (with its line breaks).
    例: ``multiline_cells(t, {"r2c2": "島田市\\n本通2-3-4"}) == [(3, "島田市\\n本通2-3-4")]``"""
    out = []
    starts = [ua for _, ua, _ in table.cells]  # in order: a cell's units are found by bisection
    for a, b in table.ranges:
        buf = ["\n"] * (b - a)  # between the paragraphs of one cell
        for uid, ua, ub in table.cells[bisect_left(starts, a):bisect_right(starts, b)]:
            if ub <= b:
                own = texts.get(uid, table.text[ua:ub])
                buf[ua - a:ub - a] = own if len(own) == ub - ua else table.text[ua:ub]
        text = "".join(buf)
        if "\n" in text or "\r" in text:
            out.append((a, text))
    return out


def merge_cell_spans(text: str, spans: Sequence[Any], found: Sequence[tuple[int, Sequence[Any]]]) -> list[Any]:
    """The table's ``spans`` plus those found in a multi-line cell alone (``found``: offset of the
    cell in ``text`` and the cell's spans) that run over a line break. Such a span is moved to
    table offsets (its text taken from ``text``, where the break is a space) and replaces the
    table spans it contains; one that only partly overlaps a table span is not used (the table's
    reading wins). Entity ids are prefixed with the cell's offset, since they are scoped to the
    text they were found in.

    例: 表の「東京都千代田区 丸の内1-1-1」では ADDRESS は「東京都千代田区」まで、セル単独の
    「東京都千代田区\\n丸の内1-1-1」は全体 → 全体の span が表の span に代わる。"""
    out = list(spans)
    for offset, cell_spans in found:
        for s in cell_spans:
            if "\n" not in s.text and "\r" not in s.text:
                continue  # within one line the table text reads the same, with more context
            a, b = s.start + offset, s.end + offset
            if b > len(text):
                continue
            hit = [t for t in out if t.start < b and a < t.end]
            if any(t.start < a or t.end > b for t in hit) or any((t.start, t.end, t.label) == (a, b, s.label) for t in hit):
                continue
            out = [t for t in out if t not in hit]
            entity = f"c{offset}/{s.entity_id}" if s.entity_id else None
            out.append(s.with_(start=a, end=b, text=text[a:b], entity_id=entity))
    return sorted(out, key=lambda t: (t.start, t.end))


@dataclass
class Joined:
    """A Markdown text with each table's rows replaced by the table's joined text (``text``).

    ``segments`` maps it back: (start in ``text``, start in the Markdown text, length) of every
    stretch of ``text`` that is the Markdown's own text, in order (the text around the tables and
    each cell's text; the tabs and line breaks between cells stand for pipes and are not mapped).
    The link targets and titles of a table's cells follow the table, each after a blank line."""

    text: str
    segments: list[tuple[int, int, int]]
    tables: list[Table]


def join_markdown(text: str) -> Joined:
    """The Markdown ``text`` with its tables joined (:func:`group_tables`) in place of their rows.

    例: ``join_markdown("表:\\n\\n|県|市|\\n|-|-|\\n|静岡県|島田市|\\n").text == "表:\\n\\n県\\t市\\n静岡県\\t島田市\\n"``"""
    from tokumei.formats.markdown import segment, table_ranges

    units, ranges = segment(text)
    blocks = table_ranges(text)
    by_number = {int(t.key[len("md:表"):]): t for t in group_tables(units) if t.key.startswith("md:") and t.cells}
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    tables: list[Table] = []
    pos = out = 0
    for number, (start, end) in enumerate(blocks, start=1):
        t = by_number.get(number)
        if t is None:
            continue  # a table of empty cells stays as it is
        if start > pos:
            segments.append((out, pos, start - pos))
            parts.append(text[pos:start])
            out += start - pos
        for uid, a, _ in t.cells:
            at = out + a
            for pa, pb in ranges[uid]:
                segments.append((at, pa, pb - pa))
                at += pb - pa
        parts.append(t.text)
        out += len(t.text)
        in_table = {uid for uid, _, _ in t.cells}
        for u in units:  # link targets (mailto:…) in the cells: not in the table text, still read
            if u.id not in in_table and start <= ranges[u.id][0][0] and ranges[u.id][-1][1] <= end:
                parts.append("\n\n")
                out += 2
                for pa, pb in ranges[u.id]:
                    segments.append((out, pa, pb - pa))
                    parts.append(text[pa:pb])
                    out += pb - pa
        pos = end
        tables.append(t)
    if pos < len(text):
        segments.append((out, pos, len(text) - pos))
        parts.append(text[pos:])
    return Joined("".join(parts), [s for s in segments if s[2] > 0], tables)


def unjoin_result(joined: Joined, text: str, result: Any) -> Any:
    """The :class:`~tokumei.anonymize.engine.AnonymizeResult` of ``joined.text`` as one of the
    Markdown ``text``: every change cut into the stretches it covers (the first one gets the new
    text, the others are emptied, as :func:`cell_edits`), the pipes between them left alone.
    A replacement's offsets then run from its first to its last edit, so the record restores the
    text exactly (「静岡県 | 島田市 | 本通2-3-4」 → 「静岡県 |  | 」); one whose edits have another's
    between them in the Markdown (from a cell into a link target after the table) is split."""
    from tokumei.anonymize.engine import AnonymizeResult

    segs = joined.segments
    starts = [d for d, _, _ in segs]
    bounds = [(d, d + n) for d, _, n in segs]
    edits: list[tuple[int, int, str, int]] = []  # (start, end in text, new text, replacement index)
    for i, r in enumerate(result.replacements):
        for j, (k, lo, hi) in enumerate(_covered(bounds, r.start, r.end)):
            d, f, _ = segs[k]
            edits.append((f + lo - d, f + hi - d, "" if j else r.replacement, i))
    edits.sort(key=lambda e: (e[0], e[1]))
    pieces: list[str] = []
    runs: list[list[int]] = []  # [index, start, end, new start, new end] of consecutive edits of one replacement
    pos = delta = 0
    for a, b, new, i in edits:
        pieces.append(text[pos:a])
        pieces.append(new)
        start = a + delta
        delta += len(new) - (b - a)
        pos = b
        if runs and runs[-1][0] == i:
            runs[-1][2], runs[-1][4] = b, b + delta
        else:
            runs.append([i, a, b, start, b + delta])
    pieces.append(text[pos:])
    new_text = "".join(pieces)
    reps = [replace(result.replacements[i], start=a, end=b, new_start=na, new_end=nb, original=text[a:b],
                    replacement=new_text[na:nb])
            for i, a, b, na, nb in runs if text[a:b] != new_text[na:nb]]

    def locate(p: int, end: bool) -> int:
        k = bisect_right(starts, p - 1 if end else p) - 1
        if k < 0:
            return segs[0][1] if segs else 0
        d, f, n = segs[k]
        if (d < p <= d + n) if end else (p < d + n):
            return f + p - d
        return f + n if end or k + 1 >= len(segs) else segs[k + 1][1]  # between cells

    risks = []
    for f in result.risks:
        a, b = locate(f.start, False), locate(f.end, True)
        risks.append(replace(f, start=a, end=max(a, b), text=text[a:max(a, b)]))
    return AnonymizeResult(new_text, reps, risks, text, result.policy)
