"""PDF input: text from a reportlab PDF with an embedded IPAex font; written as .md/.txt/.docx,
never as .pdf, with the Japanese warning in meta."""
from __future__ import annotations

import os

import docx
import pytest

from support import need
from tokumei.errors import TokumeiError
from tokumei.formats import Edit, read_document, write_document

FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"


@pytest.fixture
def pdf(tmp_path):
    need(os.path.exists(FONT), "IPAexGothic font (Debian fonts-ipaexfont)")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("IPAexGothic", FONT))
    path = tmp_path / "面談.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("IPAexGothic", 12)
    c.drawString(72, 760, "面談記録")
    c.drawString(72, 700, "担当者 山田太郎 電話 03-1234-5678")
    c.showPage()
    c.setFont("IPAexGothic", 12)
    c.drawString(72, 760, "# 2ページ目 山田 <確認>")
    c.save()
    return path


def _edits(doc):
    out = {}
    for u in doc.units:
        for needle, rep in (("山田太郎", "〔人名〕"), ("03-1234-5678", "〔電話〕")):
            i = u.text.find(needle)
            if i >= 0:
                out.setdefault(u.id, []).append(Edit(i, i + len(needle), rep))
    return out


def test_read_units_and_warning(pdf):
    doc = read_document(pdf)
    assert doc.kind == "pdf" and doc.meta["pages"] == 2
    assert doc.meta["warning"] == "PDF そのものは墨消しされていません。出力はテキスト（.md/.docx）です。"
    assert [(u.id, u.where, u.text) for u in doc.units] == [
        ("p1/b1", "1ページ 1段落目", "面談記録"),
        ("p1/b2", "1ページ 2段落目", "担当者 山田太郎 電話 03-1234-5678"),
        ("p2/b1", "2ページ 1段落目", "# 2ページ目 山田 <確認>"),
    ]


def test_pdf_output_refused(pdf, tmp_path):
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(pdf), {}, tmp_path / "out.pdf")
    assert e.value.code == "E110" and ".md" in e.value.message


def test_markdown_golden(pdf, tmp_path):
    doc = read_document(pdf)
    out = write_document(doc, _edits(doc), tmp_path / "out.md")
    assert out.read_text(encoding="utf-8") == (
        "## 1ページ\n\n面談記録\n\n担当者 〔人名〕 電話 〔電話〕\n\n"
        "## 2ページ\n\n\\# 2ページ目 山田 &lt;確認>\n")
    back = read_document(out)
    assert "担当者 〔人名〕 電話 〔電話〕\n" in [u.text for u in back.units]


def test_docx_output(pdf, tmp_path):
    doc = read_document(pdf)
    out = write_document(doc, _edits(doc), tmp_path / "out.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts == ["1ページ", "面談記録", "担当者 〔人名〕 電話 〔電話〕", "2ページ", "# 2ページ目 山田 <確認>"]


def test_broken_pdf_refused(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(TokumeiError) as e:
        read_document(bad)
    assert e.value.code == "E114"
