"""Excel round trip: string cells, rich text runs, comments, headers/footers, sheet names (with the
formulas that refer to them) edited; numbers/formulas/styles kept (golden BEFORE/AFTER)."""
from __future__ import annotations

import re

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName

from tokumei.errors import TokumeiError
from tokumei.formats import Edit, read_document, write_document


def build(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名簿"
    ws.append(["氏名", "電話", "文字数", "入社"])
    ws.append(["山田太郎", 312345678, "=LEN(A2)", "2020年4月"])
    ws["A2"].font = Font(bold=True, color="FF0000")
    ws["A2"].fill = PatternFill("solid", fgColor="FFFF00")
    ws["A2"].comment = Comment("山田さん本人確認済み", "佐藤")
    ws["A3"] = CellRichText(["担当 ", TextBlock(InlineFont(b=True), "山"), TextBlock(InlineFont(i=True), "田"), "です"])
    ws["B3"] = "='山田太郎'!C3*2+山田太郎!C3"
    ws.oddHeader.center.text = "山田商店 社外秘"
    person = wb.create_sheet("山田太郎")
    person["B3"] = "担当 山田 / 佐藤"
    person["C3"] = 3.5
    wb.defined_names["残業"] = DefinedName("残業", attr_text="'山田太郎'!$C$3")
    wb.properties.creator = "山田太郎"
    wb.custom_doc_props.append(StringProperty(name="担当者", value="山田"))
    wb.custom_doc_props.append(IntProperty(name="件数", value=3))
    wb.save(str(path))


BEFORE = [
    ("シート名 (1枚目)", "名簿"),
    ("A1セル (名簿)", "氏名"), ("B1セル (名簿)", "電話"), ("C1セル (名簿)", "文字数"), ("D1セル (名簿)", "入社"),
    ("A2セル (名簿)", "山田太郎"), ("A2セルのコメント (名簿)", "山田さん本人確認済み"),
    ("A2セルのコメントの作成者 (名簿)", "佐藤"), ("D2セル (名簿)", "2020年4月"), ("A3セル (名簿)", "担当 山田です"),
    ("ヘッダー中央 (名簿)", "山田商店 社外秘"),
    ("シート名 (2枚目)", "山田太郎"), ("B3セル (山田太郎)", "担当 山田 / 佐藤"), ("文書プロパティ: 作成者", "山田太郎"),
    ("ユーザー設定プロパティ: 担当者", "山田"),
]
AFTER = [
    ("シート名 (1枚目)", "名簿"),
    ("A1セル (名簿)", "氏名"), ("B1セル (名簿)", "電話"), ("C1セル (名簿)", "文字数"), ("D1セル (名簿)", "入社"),
    ("A2セル (名簿)", "〔人名〕"), ("A2セルのコメント (名簿)", "〔人名〕さん本人確認済み"),
    ("A2セルのコメントの作成者 (名簿)", "〔人名〕"), ("D2セル (名簿)", "2020年4月"), ("A3セル (名簿)", "担当 〔人名〕です"),
    ("ヘッダー中央 (名簿)", "〔人名〕商店 社外秘"),
    ("シート名 (2枚目)", "〔人名〕"), ("B3セル (〔人名〕)", "担当 〔人名〕 / 〔人名〕"), ("文書プロパティ: 作成者", "〔人名〕"),
    ("ユーザー設定プロパティ: 担当者", "〔人名〕"),
]
NAMES = re.compile("山田太郎|山田|佐藤")


def _redact(doc):
    edits = {}
    for u in doc.units:
        for m in NAMES.finditer(u.text):
            edits.setdefault(u.id, []).append(Edit(m.start(), m.end(), "〔人名〕"))
    return edits


@pytest.fixture
def written(tmp_path):
    src = tmp_path / "名簿.xlsx"
    build(src)
    doc = read_document(src)
    return doc, write_document(doc, _redact(doc), tmp_path / "out.xlsx")


def test_golden_round_trip(written):
    doc, out = written
    assert [(u.where, u.text) for u in doc.units] == BEFORE
    after = read_document(out)
    assert [(u.where, u.text) for u in after.units] == AFTER
    assert [u.id for u in after.units] == [u.id for u in doc.units]


def test_numbers_formulas_styles_kept(written):
    _, out = written
    wb = openpyxl.load_workbook(str(out))
    ws = wb["名簿"]
    assert ws["B2"].value == 312345678 and ws["B2"].data_type == "n"   # numbers stay numbers
    assert ws["C2"].value == "=LEN(A2)" and ws["C2"].data_type == "f"  # formulas untouched
    assert ws["A2"].font.bold and ws["A2"].font.color.rgb == "00FF0000"
    assert ws["A2"].fill.fgColor.rgb == "00FFFF00"
    assert wb["〔人名〕"]["C3"].value == 3.5
    assert [(p.name, p.value) for p in wb.custom_doc_props.props] == [("担当者", "〔人名〕"), ("件数", 3)]


def test_rich_text_runs_keep_fonts(written):
    _, out = written
    value = openpyxl.load_workbook(str(out), rich_text=True)["名簿"]["A3"].value
    blocks = list(value)
    assert blocks[0] == "担当 "
    assert blocks[1].text == "〔人名〕" and blocks[1].font.b          # the first run's font
    assert blocks[2] == "です"                                         # emptied italic run dropped


def test_renamed_sheet_updates_references(written):
    _, out = written
    wb = openpyxl.load_workbook(str(out))
    assert wb.sheetnames == ["名簿", "〔人名〕"]
    assert wb["名簿"]["B3"].value == "='〔人名〕'!C3*2+'〔人名〕'!C3"
    assert wb.defined_names["残業"].attr_text == "'〔人名〕'!$C$3"


def test_sheet_name_rules(tmp_path):
    src = tmp_path / "a.xlsx"
    build(src)
    doc = read_document(src)
    out = write_document(doc, {"s1/title": [Edit(0, 4, "名簿")], "s0/title": [Edit(0, 2, "a/b:c[d]" * 5)]},
                         tmp_path / "o.xlsx")
    names = openpyxl.load_workbook(str(out)).sheetnames
    assert names[0] == "a_b_c_d_" * 3 + "a_b_c_d"[:7] and len(names[0]) == 31
    assert names[1] == "名簿"  # sheets are renamed in order: the first one gave the name up


def test_sheet_name_collision_and_swap(tmp_path):
    src = tmp_path / "a.xlsx"
    build(src)
    doc = read_document(src)
    out = write_document(doc, {"s1/title": [Edit(0, 4, "名簿")]}, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(str(out))
    assert wb.sheetnames == ["名簿", "名簿(2)"]
    assert wb["名簿"]["B3"].value == "='名簿(2)'!C3*2+'名簿(2)'!C3"
    swap = write_document(doc, {"s0/title": [Edit(0, 2, "山田太郎")], "s1/title": [Edit(0, 4, "名簿")]},
                          tmp_path / "swap.xlsx")
    wb = openpyxl.load_workbook(str(swap))
    assert wb.sheetnames == ["山田太郎(2)", "名簿"]
    assert wb["山田太郎(2)"]["B3"].value == "='名簿'!C3*2+'名簿'!C3"


def test_replacement_starting_with_equals_stays_text(tmp_path):
    src = tmp_path / "a.xlsx"
    build(src)
    doc = read_document(src)
    out = write_document(doc, {"s0/A2": [Edit(0, 4, "=1+1")]}, tmp_path / "out.xlsx")
    cell = openpyxl.load_workbook(str(out))["名簿"]["A2"]
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_broken_xlsx_refused(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(TokumeiError) as e:
        read_document(bad)
    assert e.value.code == "E114"


def test_images_survive(tmp_path):
    from openpyxl.drawing.image import Image
    from PIL import Image as Pil

    Pil.new("RGB", (8, 8), "red").save(tmp_path / "i.png")
    wb = openpyxl.Workbook()
    wb.active["A1"] = "山田"
    wb.active.add_image(Image(str(tmp_path / "i.png")), "C3")
    wb.save(str(tmp_path / "a.xlsx"))
    doc = read_document(tmp_path / "a.xlsx")
    out = write_document(doc, {"s0/A1": [Edit(0, 2, "〔人名〕")]}, tmp_path / "o.xlsx")
    assert len(openpyxl.load_workbook(str(out)).active._images) == 1


def test_unwritable_output_names_the_file(tmp_path):
    build(tmp_path / "in.xlsx")
    out = tmp_path / "no" / "such" / "dir" / "out.xlsx"
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(tmp_path / "in.xlsx"), {}, out)
    assert e.value.code == "E107" and str(out) in e.value.message
