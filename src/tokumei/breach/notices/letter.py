"""Postal letter: one model rendered as text (golden test), .docx (python-docx) and PDF
(tokumei.pdfgen, embedded IPAex font). 和暦 date, 拝啓…敬具, the 第10条 sections.

例::

    >>> print(letter_text(c, person, date(2026, 11, 26))[:9])   # doctest: +SKIP
    令和8年11月26日
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from tokumei.breach.notices.common import TITLE, NoticeContent
from tokumei.breach.notices.people import Person
from tokumei.detect.wareki import to_wareki
from tokumei.pdfgen import Heading, Para, Spacer, render_pdf

# model: (kind, text) with kind in right | left | title | head | para | spacer
Model = list[tuple[str, str]]


def letter_model(c: NoticeContent, p: Person, on: date, representative: str = "") -> Model:
    """The letter as ordered blocks."""
    addr = "\n".join(x for x in (f"〒{p.postal}" if p.postal else "", p.address, f"{p.name} 様") if x)
    sender = c.business + (f"\n{representative}" if representative else "")
    m: Model = [("right", to_wareki(on)), ("left", addr), ("right", sender), ("spacer", ""), ("title", TITLE),
                ("para", "拝啓　平素より格別のご高配を賜り、厚く御礼申し上げます。"),
                ("para", f"このたび、{c.business}が管理する個人情報の一部が漏えいした可能性があることが判明いたしました。"
                         "多大なるご迷惑とご心配をおかけしますことを、心より深くお詫び申し上げます。"
                         "下記のとおりご報告いたします。"),
                ("right", "敬具"), ("center", "記")]
    for head, text in c.sections:
        m += [("head", head), ("para", text)]
    m += [("head", "お問い合わせ先"), ("para", c.contact), ("right", "以上")]
    return m


def letter_text(c: NoticeContent, p: Person, on: date, representative: str = "") -> str:
    """Plain text of the letter (the golden file)."""
    return "\n".join(t for k, t in letter_model(c, p, on, representative) if k != "spacer") + "\n"


def write_pdf(model: Model, out: Path) -> Path:
    blocks = []
    for kind, text in model:
        if kind == "title":
            blocks += [Heading(text, 1), Spacer(3)]
        elif kind == "head":
            blocks.append(Heading(text, 3))
        elif kind == "spacer":
            blocks.append(Spacer(6))
        else:
            blocks.append(Para(text, align={"para": "left"}.get(kind, kind)))
    return render_pdf(TITLE, blocks, out)


def write_docx(model: Model, out: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "游明朝"  # Word's default Japanese serif; the PDF carries the embedded IPAex
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "游明朝")
    align = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}
    for kind, text in model:
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = para.add_run(text)
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "head":
            para = doc.add_paragraph()
            para.add_run(text).bold = True
        elif kind == "spacer":
            doc.add_paragraph()
        else:
            para = doc.add_paragraph(text)
            if kind in align:
                para.alignment = align[kind]
    doc.save(str(out))
    return out
