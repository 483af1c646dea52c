"""Render one numbered copy of an edition: an A4 PDF (ReportLab, embedded IPAex font through
:mod:`tokumei.pdfgen`'s font registration) or an .xlsx (openpyxl).

Both show the copy number and the recipient on every page (PDF header, Excel page header) and the
purpose, the audience and the date by which copies are to be collected or destroyed. The copy's
random mark is hidden in the PDF as invisible text (text render mode 3, found by any text
extractor such as pdftotext, so ``tokumei roster trace`` can name the copy of a leaked file) and
in the PDF/xlsx document properties. Only the edition's stored rows are printed.

例::

    >>> data = render_copy(roster, edition, 3, "役員 田中様", "TKM-1-3-ab12cd34ef56", "pdf")  # doctest: +SKIP
"""
from __future__ import annotations

import io
from datetime import datetime
from itertools import groupby
from typing import Any

from tokumei.detect.wareki import to_wareki
from tokumei.review.jst import to_jst  # the one UTC→JST conversion (review pages use it too)
from tokumei.roster.fields import FIELDS, audience_label
from tokumei.roster.models import Edition, Roster

WIDTH = {"name": 1.3, "kana": 1.5, "grade_class": 0.9, "address": 3.2, "phone": 1.3, "email": 2.2,
         "employer": 1.8, "grad_year": 0.8, "note": 2.2}
CHUNK = 40  # rows per table flowable: splitting one 5,000-row table across pages is quadratic


def jst(dt: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored UTC time as a person reads it, in JST (naive values from SQLite are UTC).

    例: ``jst(datetime(2026, 12, 4, 15, 0))`` → '2026-12-05 00:00'
    """
    if dt is None:
        return ""
    return to_jst(dt).strftime(fmt)


def columns(roster: Roster, edition: Edition) -> list[str]:
    """Fields with at least one printed value, in the roster's order."""
    used = {f for row in edition.rows for f in row["values"]}
    return [f for f in roster.fields if f in used]


def notice(roster: Roster, edition: Edition) -> str:
    aud = audience_label(edition.audience, roster.audiences)
    return (f"この名簿には、ご本人が「{aud}」への掲載に同意した項目だけを載せています。"
            f"利用目的: {roster.purpose}　目的外の利用・複製・転送・第三者への提供はしないでください。"
            f"{to_wareki(roster.retention_until)}（{roster.retention_until.isoformat()}）までに回収・廃棄します。")


def title(roster: Roster, edition: Edition) -> str:
    return f"{roster.name}　第{edition.number}版（配布先: {audience_label(edition.audience, roster.audiences)}）"


def issued(edition: Edition) -> str:
    return to_wareki(to_jst(edition.created_at).date())


def groups(roster: Roster, edition: Edition) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """(heading, rows): one group in 五十音順, one per 学年・クラス in class order."""
    if edition.order != "class":
        return [(None, edition.rows)]
    from tokumei.roster.editions import NO_CLASS

    return [(k or NO_CLASS, list(g)) for k, g in groupby(edition.rows, key=lambda r: r["values"].get("grade_class"))]


def render_copy(roster: Roster, edition: Edition, copy_no: int, recipient: str, mark: str, fmt: str) -> bytes:
    """Bytes of one copy (``fmt`` pdf | xlsx)."""
    return (_pdf if fmt == "pdf" else _xlsx)(roster, edition, copy_no, recipient, mark)


def _pdf(roster: Roster, edition: Edition, copy_no: int, recipient: str, mark: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    from tokumei.pdfgen import _font  # the shared, once-per-process font registration

    body, head = _font("mincho"), _font("gothic")
    cols = columns(roster, edition)
    size = landscape(A4) if len(cols) > 5 else A4
    margin = 14 * mm
    avail = size[0] - 2 * margin
    total = sum(WIDTH[c] for c in cols) or 1
    widths = [avail * WIDTH[c] / total for c in cols]
    fs = 9
    cell = ParagraphStyle("c", fontName=body, fontSize=fs, leading=fs * 1.35, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=head, fontSize=14, leading=20, wordWrap="CJK")
    h2 = ParagraphStyle("h2", fontName=head, fontSize=11, leading=16, spaceBefore=6, wordWrap="CJK")
    small = ParagraphStyle("s", fontName=body, fontSize=8.5, leading=13, wordWrap="CJK")
    style = TableStyle([("FONTNAME", (0, 0), (-1, -1), body), ("FONTSIZE", (0, 0), (-1, -1), fs),
                        ("FONTNAME", (0, 0), (-1, 0), head), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])

    def fit(text: str, w: float) -> Any:  # a Paragraph only where the text must wrap (cheaper)
        return text if stringWidth(text, body, fs) <= w - 6 else Paragraph(escape(text), cell)

    flow: list[Any] = [Paragraph(escape(title(roster, edition)), h1),
                       Paragraph(escape(f"発行 {issued(edition)}　並び順 {_order_ja(edition)}　掲載 {len(edition.rows)} 名　"
                                        f"配布番号 No.{copy_no:03d}（受け取る方: {recipient}）"), small),
                       Paragraph(escape(notice(roster, edition)), small), Spacer(1, 3 * mm)]
    header = [fit(FIELDS[c], w) for c, w in zip(cols, widths)]
    for heading, rows in groups(roster, edition) if edition.rows else []:
        if heading:
            flow.append(Paragraph(escape(heading), h2))
        for i in range(0, len(rows), CHUNK):
            data = [header] + [[fit(r["values"].get(c, ""), w) for c, w in zip(cols, widths)] for r in rows[i:i + CHUNK]]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(style)
            flow.append(t)
    if not edition.rows:
        flow.append(Paragraph("この版に掲載された方はいません。", small))

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(body, 8)
        top, bottom = size[1] - 9 * mm, 8 * mm
        canvas.drawString(margin, top, title(roster, edition))
        canvas.drawRightString(size[0] - margin, top, f"配布番号 No.{copy_no:03d}　{recipient}")
        canvas.drawString(margin, bottom, f"{roster.retention_until.isoformat()} までに回収・廃棄　複製・転送禁止")
        canvas.drawRightString(size[0] - margin, bottom, f"{doc.page} ページ")
        t = canvas.beginText(margin, bottom - 4)
        t.setTextRenderMode(3)  # invisible: not drawn, still in the text layer
        t.setFont(body, 4)
        t.textOut(f"{mark}")
        canvas.drawText(t)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=title(roster, edition), author="tokumei",
                            subject=f"配布番号 No.{copy_no:03d}", keywords=mark, initialFontName=body)
    doc.build(flow, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def _order_ja(edition: Edition) -> str:
    from tokumei.roster.editions import ORDERS

    return ORDERS.get(edition.order, edition.order)


def _xlsx(roster: Roster, edition: Edition, copy_no: int, recipient: str, mark: str) -> bytes:
    import openpyxl
    from openpyxl.packaging.custom import StringProperty
    from openpyxl.styles import Font, PatternFill

    cols = columns(roster, edition)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    bold = Font(bold=True)

    def put(row: int, col: int, value: str) -> None:
        c = ws.cell(row=row, column=col, value=value)
        c.data_type = "s"  # a value starting with "=" stays text, never a formula

    put(1, 1, title(roster, edition))
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    put(2, 1, f"発行 {issued(edition)}　並び順 {_order_ja(edition)}　掲載 {len(edition.rows)} 名　"
              f"配布番号 No.{copy_no:03d}（受け取る方: {recipient}）")
    put(3, 1, notice(roster, edition))
    for j, c in enumerate(cols, start=1):
        put(5, j, FIELDS[c])
        ws.cell(row=5, column=j).font = bold
        ws.cell(row=5, column=j).fill = PatternFill("solid", fgColor="E8EEF5")
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 10 * _width(c)
    r = 6
    for heading, rows in groups(roster, edition):
        if heading:
            put(r, 1, heading)
            ws.cell(row=r, column=1).font = bold
            r += 1
        for row in rows:
            for j, c in enumerate(cols, start=1):
                v = row["values"].get(c)
                if v:
                    put(r, j, v)
            r += 1
    ws.print_title_rows = "5:5"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if len(cols) > 5 else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.left.text = title(roster, edition)[:120]
    ws.oddHeader.right.text = f"配布番号 No.{copy_no:03d}　{recipient[:60]}"
    ws.oddFooter.left.text = f"{roster.retention_until.isoformat()} までに回収・廃棄　複製・転送禁止"
    ws.oddFooter.right.text = "&P / &N"
    wb.properties.creator = "tokumei"
    wb.properties.title = title(roster, edition)[:200]
    wb.properties.subject = f"配布番号 No.{copy_no:03d}"
    wb.properties.keywords = mark
    wb.custom_doc_props.append(StringProperty(name="tokumei-copy", value=mark))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _width(field: str) -> float:
    return WIDTH.get(field, 1.5)
