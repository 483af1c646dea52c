"""Excel round trip: string cells edited, numbers/formulas/styles/comments kept (golden BEFORE/AFTER)."""
from __future__ import annotations

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill

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
    ws2 = wb.create_sheet("メモ")
    ws2["B3"] = "担当 山田 / 佐藤"
    ws2["C3"] = 3.5
    wb.properties.creator = "山田太郎"
    wb.save(str(path))


BEFORE = [
    ("A1セル (名簿)", "氏名"), ("B1セル (名簿)", "電話"), ("C1セル (名簿)", "文字数"), ("D1セル (名簿)", "入社"),
    ("A2セル (名簿)", "山田太郎"), ("A2セルのコメント (名簿)", "山田さん本人確認済み"),
    ("A2セルのコメントの作成者 (名簿)", "佐藤"), ("D2セル (名簿)", "2020年4月"),
    ("B3セル (メモ)", "担当 山田 / 佐藤"), ("文書プロパティ: 作成者", "山田太郎"),
]
AFTER = [
    ("A1セル (名簿)", "氏名"), ("B1セル (名簿)", "電話"), ("C1セル (名簿)", "文字数"), ("D1セル (名簿)", "入社"),
    ("A2セル (名簿)", "〔人名〕"), ("A2セルのコメント (名簿)", "〔人名〕さん本人確認済み"),
    ("A2セルのコメントの作成者 (名簿)", "〔人名〕"), ("D2セル (名簿)", "2020年4月"),
    ("B3セル (メモ)", "担当 〔人名〕 / 〔人名〕"), ("文書プロパティ: 作成者", "〔人名〕"),
]


def test_golden_round_trip(tmp_path):
    src = tmp_path / "名簿.xlsx"
    build(src)
    doc = read_document(src)
    assert [(u.where, u.text) for u in doc.units] == BEFORE
    edits = {}
    for u in doc.units:
        for name in ("山田太郎", "山田", "佐藤"):
            i = u.text.find(name)
            if i >= 0 and not any(e.start <= i < e.end for e in edits.get(u.id, [])):
                edits.setdefault(u.id, []).append(Edit(i, i + len(name), "〔人名〕"))
    out = write_document(doc, edits, tmp_path / "out.xlsx")
    after = read_document(out)
    assert [(u.where, u.text) for u in after.units] == AFTER
    assert [u.id for u in after.units] == [u.id for u in doc.units]

    wb = openpyxl.load_workbook(str(out))
    ws = wb["名簿"]
    assert ws["B2"].value == 312345678 and ws["B2"].data_type == "n"   # numbers stay numbers
    assert ws["C2"].value == "=LEN(A2)" and ws["C2"].data_type == "f"  # formulas untouched
    assert ws["A2"].font.bold and ws["A2"].font.color.rgb == "00FF0000"
    assert ws["A2"].fill.fgColor.rgb == "00FFFF00"
    assert wb["メモ"]["C3"].value == 3.5


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
