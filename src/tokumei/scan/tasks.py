"""Partitions of a scan and THE partition function both engines run (:func:`execute`).

A task is a small picklable value: rows shipped inline (:class:`RowsTask`, CSV chunks), a key
range the worker reads itself through a read-only connection (:class:`RangeTask`, SQL tables)
or one document file (:class:`FileTask`). :func:`execute` returns counts only
(:class:`TablePart` / :class:`FilePart`); raw values never come back.

例::

    >>> part = execute(RowsTask(("t.csv", "t.csv"), ["メール"], [("a@example.jp",)], [2]))
    >>> part.stats[0].non_empty
    1
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from tokumei.errors import TokumeiError
from tokumei.scan.classify import MAX_CELL, ColumnStats, observe, tally
from tokumei.scan.groups import join_parts, split_groups

Key = tuple[str, str]  # (source target, table name or file path)


@dataclass(frozen=True)
class RowsTask:
    key: Key
    columns: list[str]
    rows: list[Sequence[Any]] = field(repr=False)  # personal values: never in a repr/log
    lines: list  # where each row came from (CSV line number, row number or "id=5"), for reports
    examples: bool = False


@dataclass(frozen=True)
class RangeTask:
    key: Key
    url: str = field(repr=False)  # may hold a password
    table: str
    schema: str | None
    columns: list[str]
    pk: str
    lo: int | None
    hi: int | None  # exclusive; None = open
    limit: int | None = None
    examples: bool = False


@dataclass(frozen=True)
class CsvBlockTask:
    """A newline-aligned byte range of a CSV file; the worker reads and parses it itself."""

    key: Key
    path: str
    offset: int
    length: int
    first_line: int
    header: list[str]
    encoding: str
    delimiter: str
    examples: bool = False


@dataclass(frozen=True)
class FileTask:
    key: Key
    path: str
    examples: bool = False


@dataclass
class TablePart:
    key: Key
    stats: list[ColumnStats]
    rows: int = 0
    issues: list[dict] = field(default_factory=list)
    malformed: int = 0  # CSV lines skipped (E601/E609)
    mixed: int = 0  # CSV lines in another encoding (E603)
    nul: int = 0  # CSV lines skipped because they hold NUL bytes (E610)
    groups: list[ColumnStats] = field(default_factory=list)  # split fields (groups.split_groups)


@dataclass
class FilePart:
    key: Key
    kind: str = ""
    units: int = 0
    counts: Counter = field(default_factory=Counter)
    locations: dict = field(default_factory=dict)
    issues: list[dict] = field(default_factory=list)


def issue(code: str, **fields: object) -> dict:
    """A non-fatal problem for the inventory: code + Japanese message (no personal values)."""
    return {"code": code, "message": TokumeiError(code, **fields).message}


def scan_rows(key: Key, columns: Sequence[str], rows, lines: Sequence[int] | None = None,
              examples: bool = False) -> TablePart:
    """Count the cells of ``rows`` (sequences aligned with ``columns``) into column stats.

    例: ``scan_rows(("db", "顧客"), ["氏名"], [("山田太郎",)]).rows == 1``
    """
    stats = [ColumnStats() for _ in columns]
    groups = split_groups(columns)
    part = TablePart(key, stats, groups=[ColumnStats() for _ in groups])
    rows = rows if isinstance(rows, list) else list(rows)
    part.rows = len(rows)
    huge: list[tuple[int, int]] = []  # (row, column) of the truncated cells
    if groups:
        for row in rows:
            for g, gst in zip(groups, part.groups):  # tel01+tel02+tel03 judged as one phone number
                observe(gst, join_parts(g, row), column=g.base, examples=examples)
    n = len(columns)
    by_column = list(zip(*rows)) if rows and all(len(r) == n for r in rows) else None  # one C-level transpose
    for j, (name, st) in enumerate(zip(columns, stats)):
        values = by_column[j] if by_column is not None else [row[j] if j < len(row) else None for row in rows]
        if examples:  # masked examples need each cell in turn
            huge.extend((i, j) for i, v in enumerate(values) if observe(st, v, column=name, examples=True))
        else:  # column by column: equal facts counted once (classify.tally)
            huge.extend((i, j) for i in tally(st, values, column=name))
    for i, j in sorted(huge)[:5]:  # the first five in row order, as a reader meets them
        value = rows[i][j]
        at = lines[i] if lines else i + 1
        where = f"{key[1]} の {at} 行目" if isinstance(at, int) else f"{key[1]} の {at} の行"
        part.issues.append(issue("E602", where=where, column=columns[j],
                                 size=len(str(value)), kept=MAX_CELL))
    return part


def scan_rows_reference(key: Key, columns: Sequence[str], rows, lines: Sequence[int] | None = None,
                        examples: bool = False) -> TablePart:
    """:func:`scan_rows` as it was before routing and column tallies: every cell through
    ``observe``, row by row. Only the reference that tests/scan/test_route.py and
    bench/scan_speed.py compare the fast path with (set ``classify.ROUTE = False`` too)."""
    stats = [ColumnStats() for _ in columns]
    groups = split_groups(columns)
    part = TablePart(key, stats, groups=[ColumnStats() for _ in groups])
    huge_reported = 0
    for i, row in enumerate(rows):
        part.rows += 1
        for g, gst in zip(groups, part.groups):
            observe(gst, join_parts(g, row), column=g.base, examples=examples)
        for j, st in enumerate(stats):
            value = row[j] if j < len(row) else None
            if observe(st, value, column=columns[j], examples=examples) and huge_reported < 5:
                huge_reported += 1
                at = lines[i] if lines else i + 1
                where = f"{key[1]} の {at} 行目" if isinstance(at, int) else f"{key[1]} の {at} の行"
                part.issues.append(issue("E602", where=where, column=columns[j],
                                         size=len(str(value)), kept=MAX_CELL))
    return part


def execute(task: RowsTask | RangeTask | CsvBlockTask | FileTask) -> TablePart | FilePart:
    """Run one partition (the same function on every engine). An unexpected failure becomes an
    issue naming the table and the exception type — never a traceback with cell values in a
    worker log."""
    try:
        return _execute(task)
    except Exception as e:  # noqa: BLE001
        columns = getattr(task, "columns", None) or getattr(task, "header", None) or []
        if isinstance(task, FileTask):
            part = FilePart(task.key)
            part.issues.append(issue("E605", path=task.path, why=type(e).__name__))
            return part
        part = TablePart(task.key, [ColumnStats() for _ in columns])
        part.issues.append(issue("E607", table=task.key[1], why=type(e).__name__))
        return part


def _execute(task: RowsTask | RangeTask | CsvBlockTask | FileTask) -> TablePart | FilePart:
    if isinstance(task, RowsTask):
        return scan_rows(task.key, task.columns, task.rows, task.lines, task.examples)
    if isinstance(task, RangeTask):
        from tokumei.scan.sql import read_range

        try:
            rows = read_range(task)
        except Exception as e:  # reported, never fatal for the whole scan
            part = TablePart(task.key, [ColumnStats() for _ in task.columns])
            part.issues.append(issue("E607", table=task.table, why=type(e).__name__))
            return part
        from tokumei.scan.vocab import name_category

        k = task.columns.index(task.pk)
        # the integer key locates a row; a key that is itself personal (個人番号 …) is not shown
        where = None if name_category(task.pk) else [f"{task.pk}={r[k]}" for r in rows]
        return scan_rows(task.key, task.columns, rows, where, task.examples)
    if isinstance(task, CsvBlockTask):
        return scan_csv_block(task)
    if isinstance(task, FileTask):
        return scan_file(task)
    raise TypeError(type(task).__name__)


def scan_csv_block(task: CsvBlockTask) -> TablePart:
    """Parse one CSV block (bad lines reported by their real line numbers) and count it."""
    from tokumei.scan.csvsource import CsvReader

    reader = CsvReader(task.path, offset=task.offset, length=task.length, first_line=task.first_line,
                       header=task.header, encoding=task.encoding, delimiter=task.delimiter)
    rows, lines = [], []
    for row, line in reader.rows():
        rows.append(row)
        lines.append(line)
    part = scan_rows(task.key, task.header, rows, lines, task.examples)
    part.issues[:0] = reader.issues
    part.malformed, part.mixed, part.nul = reader.malformed, reader.mixed_lines, reader.nul_lines
    return part


def _why(e: Exception) -> str:
    """What an issue says went wrong: our error code, else the exception type (never its text,
    which may quote a cell)."""
    return e.code if isinstance(e, TokumeiError) else type(e).__name__


def scan_file(task: FileTask) -> FilePart:
    """Counts per label, with unit locations, for one document file."""
    from tokumei.detect import default_analyzer
    from tokumei.formats import read_document

    part = FilePart(task.key)
    try:
        doc = read_document(Path(task.path))
    except Exception as e:  # noqa: BLE001 - corrupt docx/pdf/xlsx: reported, not fatal
        part.issues.append(issue("E605", path=task.path, why=_why(e)))
        return part
    part.kind = doc.kind
    part.units = len(doc.units)
    an = default_analyzer()
    for unit in doc.units:
        try:
            spans = an.analyze(unit.text)
        except Exception as e:  # noqa: BLE001 - one bad unit must not lose the file
            part.issues.append(issue("E605", path=f"{task.path} ({unit.where})", why=_why(e)))
            continue
        for s in spans:
            if (s.data or {}).get("allowed"):
                continue  # a public body the allow-list keeps (厚生労働省) is no one's data
            part.counts[s.label] += 1
            locs = part.locations.setdefault(s.label, [])
            if unit.where not in locs and len(locs) < 50:
                locs.append(unit.where)
    return part
