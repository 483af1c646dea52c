"""Excel (.xlsx) cell by cell with openpyxl: every string cell of every worksheet, cell
comments (text and author), page headers/footers, sheet names and workbook properties (core and
user-defined) are units.
Formulas, numbers and dates are never units and are written back untouched; cell styles are kept
because openpyxl rewrites the workbook from the loaded model. A cell with rich text (several
fonts in one cell) is read run by run and edited with
:func:`~tokumei.formats.model.distribute`, so each run keeps its font. A renamed sheet is also
renamed in every formula and defined name that refers to it.

Images and charts are kept by openpyxl 3.1 (images need Pillow, which reportlab brings), but
text inside charts (titles, labels) and drawings/shapes is not a unit, and openpyxl drops
features it does not model (e.g. form controls, some extension lists).

例::

    >>> doc = read(Path("名簿.xlsx"))
    >>> doc.units[0].where
    'A1セル (Sheet1)'
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any, Iterator

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils.exceptions import InvalidFileException

from tokumei.errors import TokumeiError
from tokumei.formats.model import Document, Edit, Unit, apply_edits, distribute
from tokumei.formats.source import digest, load_source

#: Workbook properties that hold names or free text, with their Japanese names.
PROPERTIES: dict[str, str] = {
    "creator": "作成者", "lastModifiedBy": "最終更新者", "title": "タイトル", "subject": "件名",
    "keywords": "キーワード", "description": "コメント", "category": "分類",
}


HEADER_FOOTER = {"oddHeader": "ヘッダー", "oddFooter": "フッター", "evenHeader": "偶数ページのヘッダー",
                 "evenFooter": "偶数ページのフッター", "firstHeader": "先頭ページのヘッダー",
                 "firstFooter": "先頭ページのフッター"}
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def _open(data: bytes, path: Path) -> Any:
    """The workbook parsed from ``data``, the bytes :func:`load_source` read (and checked) once."""
    try:
        return openpyxl.load_workbook(io.BytesIO(data), rich_text=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise TokumeiError("E114", path=str(path), why=type(e).__name__) from e


def _slots(wb: Any) -> Iterator[tuple[Unit, str, Any]]:
    """(unit, kind, target): kind "cell" (cell), "comment"/"author" (cell), "prop" (name)."""
    for idx, ws in enumerate(wb.worksheets):
        title = ws.title
        yield Unit(f"s{idx}/title", title, f"シート名 ({idx + 1}枚目)"), "title", ws
        for row in ws.iter_rows():
            for cell in row:
                coord = cell.coordinate
                if cell.data_type == "s" and isinstance(cell.value, (str, CellRichText)) and str(cell.value):
                    yield Unit(f"s{idx}/{coord}", str(cell.value), f"{coord}セル ({title})"), "cell", cell
                if cell.comment is not None:
                    if cell.comment.text:
                        yield (Unit(f"s{idx}/{coord}/comment", cell.comment.text, f"{coord}セルのコメント ({title})"),
                               "comment", cell)
                    if cell.comment.author:
                        yield (Unit(f"s{idx}/{coord}/author", cell.comment.author,
                                    f"{coord}セルのコメントの作成者 ({title})"), "author", cell)
        for item, ja in HEADER_FOOTER.items():
            for side, side_ja in (("left", "左"), ("center", "中央"), ("right", "右")):
                part = getattr(getattr(ws, item), side)
                if part.text:
                    yield Unit(f"s{idx}/{item}/{side}", part.text, f"{ja}{side_ja} ({title})"), "hf", part
    for prop, ja in PROPERTIES.items():
        value = getattr(wb.properties, prop, None)
        if isinstance(value, str) and value:
            yield Unit(f"props/{prop}", value, f"文書プロパティ: {ja}"), "prop", prop
    for k, prop in enumerate(wb.custom_doc_props.props, start=1):
        if isinstance(prop.value, str) and prop.value:
            yield Unit(f"props/custom{k}", prop.value, f"ユーザー設定プロパティ: {prop.name}"), "custom", prop


def read(path: Path) -> Document:
    """Read every string cell, cell comment and text property of a workbook.

    例: ``read(Path("名簿.xlsx")).units[1].id == "s0/B1"``
    """
    data = load_source(path)
    wb = _open(data, path)
    units = [u for u, _k, _t in _slots(wb)]
    sheets = [ws.title for ws in wb.worksheets]
    return Document("xlsx", path, units, {"digest": digest(data), "sheets": sheets})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the workbook with edited string cells; formulas, numbers and styles untouched.

    例: ``write(doc, {"s0/A2": [Edit(0, 4, "〔人名〕")]}, Path("out.xlsx"), None)``
    """
    wb = _open(load_source(doc.path, doc.meta.get("digest")), doc.path)
    renames: list[tuple[Any, str]] = []
    for unit, kind, target in list(_slots(wb)):
        unit_edits = edits.get(unit.id)
        if not unit_edits:
            continue
        new = apply_edits(unit.text, unit_edits, unit.id)
        if kind == "cell" and isinstance(target.value, CellRichText):
            blocks = list(target.value)
            texts = distribute([b if isinstance(b, str) else b.text for b in blocks], unit_edits, unit.id)
            target.value = CellRichText([t if isinstance(b, str) else TextBlock(b.font, t)
                                         for b, t in zip(blocks, texts) if t])
        elif kind == "cell":
            target.value = new
            target.data_type = "s"  # a replacement starting with "=" must stay text, not a formula
        elif kind == "title":
            renames.append((target, new))
        elif kind == "hf":
            target.text = new
        elif kind == "custom":
            target.value = new
        elif kind == "comment":
            target.comment.text = new
        elif kind == "author":
            target.comment.author = new
        else:
            setattr(wb.properties, target, new)
    _rename_sheets(wb, renames)
    wb.save(str(out_path))  # an OSError becomes E107 in write_document, as for every format
    return out_path


def _ref(title: str) -> str:
    return "'" + title.replace("'", "''") + "'!"


def _rename_sheets(wb: Any, renames: list[tuple[Any, str]]) -> None:
    """Rename sheets (Excel's rules: no []:*?/\\, at most 31 characters, unique) and rewrite the
    formulas and defined names that refer to the old names."""
    if not renames:
        return
    taken = {ws.title for ws in wb.worksheets}
    patterns = []
    for ws, wanted in renames:
        old = ws.title
        new = _BAD_TITLE.sub("_", wanted).strip("'")[:31] or "Sheet"
        base, k = new, 2
        while new != old and new in taken:
            new = f"{base[:28]}({k})"
            k += 1
        taken.discard(old)
        taken.add(new)
        ws.title = new
        bare = re.escape(old) if re.fullmatch(r"[^\W\d]\w*", old) else None
        rx = re.escape(_ref(old)) + (f"|(?<![\\w.']){bare}!" if bare else "")
        patterns.append((f"(?P<g{len(patterns)}>{rx})", _ref(new)))
    combined = re.compile("|".join(p for p, _ in patterns))  # one pass: A→B and B→C never chain

    def fix(formula: str) -> str:
        return combined.sub(lambda m: patterns[int(m.lastgroup[1:])][1], formula)

    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.value = fix(cell.value)
    for scope in [wb.defined_names] + [ws.defined_names for ws in wb.worksheets]:
        for dn in scope.values():
            if dn.attr_text:
                dn.attr_text = fix(dn.attr_text)
