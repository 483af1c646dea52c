"""Document I/O: read files into text units, write edits back into the same kind of file.

``read_document(path)`` returns a :class:`Document` whose ``units`` are the pieces of text
people read, each with a stable id and a Japanese location (``"3段落目"``, ``"表1 2行3列"``,
``"A2セル (Sheet1)"``). ``write_document(doc, edits, out_path)`` applies :class:`Edit` ranges
to those units and writes a file of the same kind with everything else kept. A PDF is read
only: its text is written out as .md or .docx and ``doc.meta["warning"]`` says so.

例::

    >>> doc = read_document(Path("名簿.csv"))
    >>> write_document(doc, {"r2c1": [Edit(0, 4, "〔人名〕")]}, Path("名簿_匿名.csv"))
    PosixPath('名簿_匿名.csv')
"""
from __future__ import annotations

import importlib
from pathlib import Path

from tokumei.errors import TokumeiError
from tokumei.formats.model import Document, Edit, Unit, apply_edits, check_edits, distribute
from tokumei.formats.text import check_codec

__all__ = ["Document", "Edit", "Unit", "apply_edits", "distribute", "read_document", "write_document",
           "kind_of", "SUFFIXES"]

#: File suffix → document kind.
SUFFIXES: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".log": "txt",
    ".md": "md", ".markdown": "md",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pdf": "pdf",
}

#: Document kind → module implementing ``read(path)`` and ``write(doc, edits, out, encoding)``.
_MODULES: dict[str, str] = {
    "txt": "tokumei.formats.txt",
    "md": "tokumei.formats.markdown",
    "csv": "tokumei.formats.delimited",
    "html": "tokumei.formats.htmldoc",
    "docx": "tokumei.formats.word",
    "xlsx": "tokumei.formats.excel",
    "pdf": "tokumei.formats.pdf",
}


def kind_of(path: str | Path) -> str:
    """Return the document kind for a path (E106 if unsupported).

    例: ``kind_of("議事録.docx") == "docx"``
    """
    kind = SUFFIXES.get(Path(path).suffix.lower())
    if kind is None:
        raise TokumeiError("E106", path=str(path))
    return kind


def read_document(path: str | Path) -> Document:
    """Read a file into a :class:`Document` of text units.

    例: ``read_document("議事録.docx").units[0].where == "1段落目"``
    """
    p = Path(path)
    kind = kind_of(p)
    if not p.exists():
        raise TokumeiError("E100", path=str(p))
    return importlib.import_module(_MODULES[kind]).read(p)


def write_document(doc: Document, edits: dict[str, list[Edit]], out_path: Path, *,
                   encoding: str | None = None) -> Path:
    """Write ``doc`` with ``edits`` (unit id → edits in that unit's text) applied to ``out_path``.

    Units without edits are written unchanged. ``encoding`` ("utf-8-sig", "cp932", ...) applies
    to text formats (txt, md, csv, html); by default the input's encoding is kept.

    例: ``write_document(doc, {"body/p0": [Edit(0, 2, "〔人名〕")]}, Path("out.docx"))``
    """
    out = Path(out_path)
    if encoding is not None:
        check_codec(encoding)
    known = {u.id: u for u in doc.units}
    for uid, unit_edits in edits.items():
        if uid not in known:
            raise TokumeiError("E113", unit=uid, why="存在しない単位です")
        check_edits(known[uid].text, unit_edits, uid)  # ranges checked before anything is written
    out_kind = SUFFIXES.get(out.suffix.lower())
    if doc.kind == "pdf":
        if out_kind == "pdf":
            raise TokumeiError("E110", path=str(out))
        if out_kind not in ("md", "docx", "txt"):
            raise TokumeiError("E115", kind=doc.kind, path=str(out))
    elif out_kind != doc.kind:
        raise TokumeiError("E115", kind=doc.kind, path=str(out))
    try:
        return importlib.import_module(_MODULES[doc.kind]).write(doc, edits, out, encoding)
    except OSError as e:  # e.g. the output folder does not exist or is read-only
        raise TokumeiError("E107", path=str(out), why=e.strerror or type(e).__name__) from e
