"""Excel workbooks (.xlsx) as tables: each sheet is a table, its first non-empty row the header.

Read with openpyxl in read-only mode (streams rows; the project already uses it for documents).
Cells come as Python values: numbers and dates are scanned as their text.

例::

    >>> [(name, header) for name, header in sheets("受注.xlsx")]
    [('受注', ['注文番号', 'お名前', '電話番号'])]
"""
from __future__ import annotations

from typing import Iterator

from tokumei.errors import TokumeiError
from tokumei.scan.csvsource import chunked


def _open(path: str):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - zip/xml errors of a broken workbook
        raise TokumeiError("E615", path=path, why=type(e).__name__) from None


def _cell(v: object) -> object:
    return None if v is None else (v if isinstance(v, str) else str(v))


def _rows(ws) -> Iterator[tuple[int, list]]:
    for no, row in enumerate(ws.iter_rows(values_only=True), 1):
        yield no, [_cell(v) for v in row]


def _header(ws) -> tuple[list[str], int]:
    for no, row in _rows(ws):
        if any(v not in (None, "") for v in row):
            while row and row[-1] in (None, ""):
                row.pop()
            return [str(v).strip() if v not in (None, "") else f"列{i + 1}" for i, v in enumerate(row)], no
    return [], 0


def sheets(path: str) -> list[tuple[str, list[str]]]:
    """(sheet name, header) for every worksheet, in workbook order."""
    wb = _open(path)
    try:
        return [(ws.title, _header(ws)[0]) for ws in wb.worksheets]
    finally:
        wb.close()


def sheet_chunks(path: str, sheet: str, size: int, limit: int | None = None) -> Iterator[tuple[list[list], list[int]]]:
    """Data rows of one sheet in chunks, with their row numbers (blank rows skipped)."""
    wb = _open(path)
    try:
        ws = wb[sheet]
        header, at = _header(ws)
        data = ((row[: len(header)], no) for no, row in _rows(ws)
                if no > at and any(v not in (None, "") for v in row))
        yield from chunked(data, size, limit)
    finally:
        wb.close()
