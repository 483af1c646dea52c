"""Spreadsheets are anonymized as whole tables: a 生年月日 column and an address split over
columns were left in place when every cell was read alone (found with `tokumei anonymize x.csv`)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tokumei.anonymize.tables import cell_edits, cell_position, group_tables
from tokumei.cli import main
from tokumei.formats.model import Unit


@pytest.mark.parametrize("uid, where, pos", [
    ("r2c3", "", ("csv", 2, 3)), ("s0/B12", "", ("s0", 12, 2)), ("s1/AA3", "", ("s1", 3, 27)),
    ("document/p7", "表2 3行4列", ("docx2", 3, 4)), ("document/p0", "1段落目", None), ("header1/p0", "表1 1行1列", None),
    ("body/p0", "", None), ("s0/title", "", None), ("s0/A1/comment", "", None)])
def test_cell_position(uid, where, pos):
    assert cell_position(uid, where) == pos


def test_group_tables_keeps_columns_aligned_over_empty_cells():
    units = [Unit("r1c1", "氏名", ""), Unit("r1c2", "備考", ""), Unit("r1c3", "生年月日", ""),
             Unit("r2c1", "山田\t太郎", ""), Unit("r2c3", "1985/4/1", "")]
    (t,) = group_tables(units)
    assert t.text == "氏名\t備考\t生年月日\n山田 太郎\t\t1985/4/1"
    for uid, a, b in t.cells:
        assert t.text[a:b] == next(u.text for u in units if u.id == uid).replace("\t", " ")


class _R:
    def __init__(self, start: int, end: int, replacement: str) -> None:
        self.start, self.end, self.replacement = start, end, replacement


def test_cell_edits_give_the_text_to_the_first_cell_and_empty_the_rest():
    units = [Unit("r1c1", "山田", ""), Unit("r1c2", "静岡県", ""), Unit("r1c3", "島田市", ""), Unit("r1c4", "本通2-3-4", "")]
    (t,) = group_tables(units)
    a = t.text.index("静岡県")
    edits = cell_edits(t, [_R(0, 2, "A氏"), _R(a, len(t.text), "静岡県")])
    assert edits == {"r1c1": [(0, 2, "A氏")], "r1c2": [(0, 3, "静岡県")], "r1c3": [(0, 3, "")], "r1c4": [(0, 7, "")]}


# (csv text, expected rows after publication)
CSV_CASES = [
    ("氏名,生年月日,入社日\n山田太郎,1985/4/1,2010/4/1\n", [["氏名", "生年月日", "入社日"], ["A氏", "1980年代生まれ", "2010/4/1"]]),
    ("氏名,都道府県,市区町村,番地\n山田太郎,静岡県,島田市,本通2-3-4\n",
     [["氏名", "都道府県", "市区町村", "番地"], ["A氏", "静岡県", "", ""]]),
    ("氏名,電話\n山田太郎,090-1234-5678\n鈴木一郎,03-1234-5678\n山田太郎,\n",
     [["氏名", "電話"], ["A氏", "（電話番号）"], ["B氏", "（電話番号）"], ["A氏", ""]]),
]


@pytest.mark.parametrize("text, rows", CSV_CASES)
def test_csv_rows(tmp_path: Path, text, rows):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(text, encoding="utf-8")
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        assert list(csv.reader(f)) == rows


def test_xlsx_date_of_birth_column(tmp_path: Path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["氏名", "生年月日"])
    ws.append(["山田太郎", "昭和60年4月1日"])
    ws["D5"] = "鈴木一郎さん"
    src, out = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    wb.save(src)
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    got = openpyxl.load_workbook(out).active
    assert [got["A2"].value, got["B2"].value, got["D5"].value] == ["A氏", "1980年代生まれ", "Bさん"]


def test_docx_table_date_of_birth_column_and_multi_paragraph_cell(tmp_path: Path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("名簿")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "氏名", "生年月日"
    t.cell(1, 0).text = "山田太郎"
    t.cell(1, 1).text = "1985/4/1"
    t.cell(1, 1).add_paragraph("（満41歳）")
    src, out = tmp_path / "in.docx", tmp_path / "out.docx"
    d.save(src)
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    got = docx.Document(out).tables[0]
    assert [got.cell(1, 0).text, got.cell(1, 1).paragraphs[0].text] == ["A氏", "1980年代生まれ"]

