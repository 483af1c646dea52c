"""Rendering of one copy: class grouping never reveals an unconsented class, a cell that looks
like a formula stays text in Excel, every font in the PDF is embedded, A4 (landscape when wide),
copy number and recipient on every page."""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

from roster_support import pdf_text

from support import need
from tokumei.roster.editions import NO_CLASS, build_rows
from tokumei.roster.models import Edition, Roster
from tokumei.roster.render import render_copy

AUDS = [{"key": "members", "label": "会員全員"}, {"key": "officers", "label": "役員のみ"}]


def make(fields, state, audience="members", order="class"):
    r = Roster(id=1, name="試験の名簿", purpose="連絡", audiences=AUDS, fields=fields, retention_until=dt.date(2030, 3, 31))
    rows = build_rows(r, state, audience, order)
    e = Edition(id=1, roster_id=1, number=1, audience=audience, order=order, rows=rows,
                created_at=dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.timezone.utc))
    return r, e


def test_class_order_hides_unconsented_classes(tmp_path):
    state = [(1, {"name": "青木 一郎", "kana": "あおき", "grade_class": "2年 1組"}, {"name": "members", "grade_class": "members"}),
             (2, {"name": "井上 二郎", "kana": "いのうえ", "grade_class": "1年 3組"}, {"name": "members"}),
             (3, {"name": "上田 三郎", "kana": "うえだ", "grade_class": "1年 1組"}, {"name": "members", "grade_class": "officers"})]
    _r, e = make(["name", "grade_class"], state)
    assert [row["member"] for row in e.rows] == [1, 2, 3]  # 2年1組 first, then the two without a printed class
    assert [row["values"].get("grade_class") for row in e.rows] == ["2年 1組", None, None]
    r, e = make(["name", "grade_class"], state)
    text = pdf_text(render_copy(r, e, 1, "受取", "TKM-1-1-000000000000", "pdf"), tmp_path)
    assert "2年1組" in text and NO_CLASS in text and "1年3組" not in text and "1年1組" not in text
    assert text.index("青木一郎") < text.index(NO_CLASS) < text.index("井上二郎")


def test_formula_like_values_stay_text_and_pages_carry_the_copy_number(tmp_path):
    import openpyxl

    state = [(i, {"name": f"=HYPERLINK(\"http://x\",\"{i}\")", "phone": f"+{i}-1", "address": "@SUM(A1)", "kana": "k",
                  "email": "e@example.jp", "employer": "会社", "note": "x"},
              {f: "members" for f in ("name", "phone", "address", "kana", "email", "employer", "note")}) for i in range(60)]
    r, e = make(["name", "kana", "address", "phone", "email", "employer", "note"], state, order="kana")
    wb = openpyxl.load_workbook(io.BytesIO(render_copy(r, e, 7, "役員 田中", "TKM-1-7-0123456789ab", "xlsx")))
    ws = wb.active
    cells = [c for row in ws.iter_rows(min_row=6) for c in row if c.value]
    assert cells and all(c.data_type == "s" for c in cells)
    assert "No.007" in ws.oddHeader.right.text and "役員 田中" in ws.oddHeader.right.text
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.orientation == "landscape"
    assert any(p.name == "tokumei-copy" and p.value == "TKM-1-7-0123456789ab" for p in wb.custom_doc_props.props)
    pdf = render_copy(r, e, 7, "役員 田中", "TKM-1-7-0123456789ab", "pdf")
    p = tmp_path / "c.pdf"
    p.write_bytes(pdf)
    need(shutil.which("pdfinfo") is not None and shutil.which("pdffonts") is not None, "poppler-utils")
    info = subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True, check=True).stdout
    pages = int(next(x for x in info.splitlines() if x.startswith("Pages:")).split()[1])
    assert pages >= 2 and "841.89 x 595.2" in info and "(A4)" in info  # A4 landscape (7 columns)
    for n in range(1, pages + 1):
        page = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(p), "-"], capture_output=True, text=True).stdout
        assert "配布番号 No.007" in page and "TKM-1-7-0123456789ab" in page
    fonts = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)
