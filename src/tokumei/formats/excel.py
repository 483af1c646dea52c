"""Excel (.xlsx) cell by cell with openpyxl: every string cell of every worksheet, cell
comments (text and author) and workbook properties are units. Formulas, numbers and dates are
never units and are written back untouched; cell styles are kept because openpyxl rewrites the
workbook from the loaded model.

Known limits of openpyxl (documented upstream): rich text inside one cell is flattened to the
cell's style, and images/charts in the file are not kept. Sheet names are not units: renaming a
sheet would break the formulas that refer to it.

例::

    >>> doc = read(Path("名簿.xlsx"))
    >>> doc.units[0].where
    'A1セル (Sheet1)'
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Iterator

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from tokumei.errors import TokumeiError
from tokumei.formats.model import Document, Edit, Unit, apply_edits
from tokumei.formats.source import digest, load_source

#: Workbook properties that hold names or free text, with their Japanese names.
PROPERTIES: dict[str, str] = {
    "creator": "作成者", "lastModifiedBy": "最終更新者", "title": "タイトル", "subject": "件名",
    "keywords": "キーワード", "description": "コメント", "category": "分類",
}


def _open(path: Path) -> Any:
    try:
        return openpyxl.load_workbook(str(path))
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise TokumeiError("E114", path=str(path), why=type(e).__name__) from e


def _slots(wb: Any) -> Iterator[tuple[Unit, str, Any]]:
    """(unit, kind, target): kind "cell" (cell), "comment"/"author" (cell), "prop" (name)."""
    for idx, ws in enumerate(wb.worksheets):
        title = ws.title
        for row in ws.iter_rows():
            for cell in row:
                coord = cell.coordinate
                if cell.data_type == "s" and isinstance(cell.value, str) and cell.value:
                    yield Unit(f"s{idx}/{coord}", cell.value, f"{coord}セル ({title})"), "cell", cell
                if cell.comment is not None:
                    if cell.comment.text:
                        yield (Unit(f"s{idx}/{coord}/comment", cell.comment.text, f"{coord}セルのコメント ({title})"),
                               "comment", cell)
                    if cell.comment.author:
                        yield (Unit(f"s{idx}/{coord}/author", cell.comment.author,
                                    f"{coord}セルのコメントの作成者 ({title})"), "author", cell)
    for prop, ja in PROPERTIES.items():
        value = getattr(wb.properties, prop, None)
        if isinstance(value, str) and value:
            yield Unit(f"props/{prop}", value, f"文書プロパティ: {ja}"), "prop", prop


def read(path: Path) -> Document:
    """Read every string cell, cell comment and text property of a workbook.

    例: ``read(Path("名簿.xlsx")).units[1].id == "s0/B1"``
    """
    data = load_source(path)
    wb = _open(path)
    units = [u for u, _k, _t in _slots(wb)]
    sheets = [ws.title for ws in wb.worksheets]
    return Document("xlsx", path, units, {"digest": digest(data), "sheets": sheets})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the workbook with edited string cells; formulas, numbers and styles untouched.

    例: ``write(doc, {"s0/A2": [Edit(0, 4, "〔人名〕")]}, Path("out.xlsx"), None)``
    """
    load_source(doc.path, doc.meta.get("digest"))
    wb = _open(doc.path)
    for unit, kind, target in list(_slots(wb)):
        unit_edits = edits.get(unit.id)
        if not unit_edits:
            continue
        new = apply_edits(unit.text, unit_edits, unit.id)
        if kind == "cell":
            target.value = new
            target.data_type = "s"  # a replacement starting with "=" must stay text, not a formula
        elif kind == "comment":
            target.comment.text = new
        elif kind == "author":
            target.comment.author = new
        else:
            setattr(wb.properties, target, new)
    try:
        wb.save(str(out_path))
    except OSError as e:
        raise TokumeiError("E107", path=str(out_path), why=e.strerror or type(e).__name__) from e
    return out_path
