"""PDF input: text extracted with pdfminer.six, one unit per text box (paragraph) per page
(vertical Japanese text, 縦書き, is detected too).

A PDF is never written back: its drawn text, fonts and images cannot be reliably redacted by
rewriting text, so the edited text is written as .md, .txt or .docx instead, and
``doc.meta["warning"]`` carries the sentence the CLI prints. Asking for .pdf output is E110.

例::

    >>> doc = read(Path("契約書.pdf"))
    >>> doc.units[0].where, doc.meta["warning"][:6]
    ('1ページ 1段落目', 'PDF そのも')
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from tokumei.errors import TokumeiError
from tokumei.formats.model import Document, Edit, Unit, apply_edits
from tokumei.formats.source import digest, load_source
from tokumei.formats.text import encode_text

WARNING = "PDF そのものは墨消しされていません。出力はテキスト（.md/.docx）です。"
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+\-*]|\d+[.)])", re.M)


def read(path: Path) -> Document:
    """Extract the text of every page; units ``p{page}/b{n}`` with where ``"{page}ページ {n}段落目"``.

    例: ``read(Path("契約書.pdf")).units[0].id == "p1/b1"``
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfparser import PDFSyntaxError

    data = load_source(path)
    units: list[Unit] = []
    pages = 0
    try:
        for pageno, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(detect_vertical=True)), start=1):
            pages = pageno
            n = 0
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                text = element.get_text().rstrip("\n")
                if not text.strip():
                    continue
                n += 1
                units.append(Unit(f"p{pageno}/b{n}", text, f"{pageno}ページ {n}段落目"))
    except PDFSyntaxError as e:
        raise TokumeiError("E114", path=str(path), why=type(e).__name__) from e
    except Exception as e:  # pdfminer raises many types on damaged files; never echo content
        if type(e).__module__.startswith("pdfminer"):
            raise TokumeiError("E114", path=str(path), why=type(e).__name__) from e
        raise
    return Document("pdf", path, units, {"digest": digest(data), "pages": pages, "warning": WARNING})


def _pages(doc: Document, edits: dict[str, list[Edit]]) -> list[tuple[int, list[str]]]:
    pages: dict[int, list[str]] = {p: [] for p in range(1, doc.meta.get("pages", 0) + 1)}
    for u in doc.units:
        page = int(u.id.split("/")[0][1:])
        pages.setdefault(page, []).append(apply_edits(u.text, edits.get(u.id, []), u.id))
    return sorted(pages.items())


def _md_escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("<", "&lt;").replace("|", "\\|")
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the edited text as .md / .txt (headed by page) or .docx; never as .pdf (E110).

    例: ``write(doc, {"p1/b2": [Edit(0, 4, "〔人名〕")]}, Path("契約書_匿名.md"), None)``
    """
    suffix = out_path.suffix.lower()
    if suffix == ".pdf":
        raise TokumeiError("E110", path=str(out_path))
    pages = _pages(doc, edits)
    if suffix == ".docx":
        import docx

        d = docx.Document()
        d.core_properties.title = ""
        d.core_properties.author = ""
        d.core_properties.comments = ""
        for page, paras in pages:
            d.add_heading(f"{page}ページ", level=2)
            for text in paras:
                d.add_paragraph(text)
        d.save(str(out_path))
        return out_path
    if suffix in (".md", ".markdown"):
        body = "\n\n".join(f"## {page}ページ\n\n" + "\n\n".join(_md_escape(t) for t in paras) for page, paras in pages)
    elif suffix == ".txt":
        body = "\n\n".join(f"[{page}ページ]\n" + "\n\n".join(paras) for page, paras in pages)
    else:
        raise TokumeiError("E115", kind="pdf", path=str(out_path))
    out_path.write_bytes(encode_text(body + "\n", encoding or "utf-8", str(out_path)))
    return out_path
