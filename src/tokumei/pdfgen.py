"""Small Japanese PDF writer shared by the approval certificate and the breach letters.

Uses ReportLab (well-kept, pure Python, embeds TrueType subsets) with IPAex fonts from Debian's
``fonts-ipaexfont`` package, so every generated PDF carries its Japanese font and renders the
same on any machine. ReportLab's built-in CID fonts (HeiseiMin) are NOT embedded, which is why
they are not used.

例::

    >>> render_pdf("通知書", [Heading("お知らせ"), Para("本文です。")], "out.pdf")  # doctest: +SKIP
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence, Union

from tokumei.errors import TokumeiError

FONT_CANDIDATES = {
    "gothic": (
        "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
        "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
    ),
    "mincho": (
        "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf",
        "/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf",
    ),
}


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    align: str = "left"  # left | right | center


@dataclass(frozen=True)
class Table:
    rows: Sequence[Sequence[str]]
    header: bool = True


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 5


Block = Union[Heading, Para, Table, Spacer]

_registered: set[str] = set()


def font_path(kind: str = "mincho") -> str:
    """Path of the IPAex font file (``TOKUMEI_FONT`` overrides); E700 when none is installed."""
    env = os.environ.get("TOKUMEI_FONT")
    if env and Path(env).exists():
        return env
    for p in FONT_CANDIDATES[kind]:
        if Path(p).exists():
            return p
    raise TokumeiError("E700", what="IPAex フォント (Debian パッケージ fonts-ipaexfont)")


def _font(kind: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = f"IPAex-{kind}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, font_path(kind)))
        _registered.add(name)
    return name


def render_pdf(title: str, blocks: Sequence[Block], out: str | Path, *, author: str = "tokumei") -> Path:
    """Write ``blocks`` as an A4 PDF with an embedded Japanese font; return the path.

    例: ``render_pdf("承認証明書", [Heading("承認証明書"), Para("承認日時: 2026-11-26")], "cert.pdf")``
    """
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer as RLSpacer, Table as RLTable, TableStyle
    from xml.sax.saxutils import escape

    body_font = _font("mincho")
    head_font = _font("gothic")
    align = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
    styles = {
        a: ParagraphStyle(f"p-{a}", fontName=body_font, fontSize=10.5, leading=17, alignment=align[a],
                          wordWrap="CJK")
        for a in align
    }
    heads = {
        lvl: ParagraphStyle(f"h{lvl}", fontName=head_font, fontSize=size, leading=size * 1.6,
                            spaceAfter=4, wordWrap="CJK", alignment=TA_CENTER if lvl == 1 else TA_LEFT)
        for lvl, size in ((1, 16), (2, 12.5), (3, 11))
    }
    cell = ParagraphStyle("cell", fontName=body_font, fontSize=9.5, leading=14, wordWrap="CJK")
    flow = []
    for b in blocks:
        if isinstance(b, Heading):
            flow.append(Paragraph(escape(b.text), heads[min(max(b.level, 1), 3)]))
        elif isinstance(b, Para):
            html = "<br/>".join(escape(line) for line in b.text.split("\n"))
            flow.append(Paragraph(html, styles[b.align]))
            flow.append(RLSpacer(1, 2 * mm))
        elif isinstance(b, Table):
            data = [[Paragraph(escape(str(c)), cell) for c in row] for row in b.rows]
            t = RLTable(data, repeatRows=1 if b.header else 0)
            # FONTNAME: a table cell's default font is Helvetica, and ReportLab selects it even for
            # cells holding Paragraphs, so an unembedded Helvetica would land in the file.
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("FONTNAME", (0, 0), (-1, -1), body_font)]
            if b.header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
            t.setStyle(TableStyle(style))
            flow.append(t)
            flow.append(RLSpacer(1, 3 * mm))
        elif isinstance(b, Spacer):
            flow.append(RLSpacer(1, b.height_mm * mm))
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=title, author=author,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            initialFontName=body_font)
    doc.build(flow)
    return out
