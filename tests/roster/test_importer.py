"""Import: columns recognised by the scan classifier and mapped to fields; risky columns refused
with their reason and never stored; UTF-8 (BOM) and cp932 CSV; .xlsx."""
from __future__ import annotations

from pathlib import Path

import pytest
from roster_support import csv_bytes, people, xlsx_bytes

from tokumei.errors import TokumeiError
from tokumei.roster.importer import plan_import

ALL = ["name", "kana", "grade_class", "address", "phone", "email", "employer", "grad_year", "note"]
EXPECTED = {"氏名": "name", "ふりがな": "kana", "学年": "grade_class", "組": "grade_class", "住所": "address",
            "電話番号": "phone", "メールアドレス": "email", "保護者の勤務先": None, "生年月日": None, "既往歴": None}


@pytest.mark.parametrize("kind", ["xlsx", "utf-8-sig", "cp932"])
def test_columns_are_mapped_and_risky_ones_refused(tmp_path, kind):
    rows = people(12)
    data = xlsx_bytes(rows) if kind == "xlsx" else csv_bytes(rows, kind)
    path = tmp_path / ("名簿.xlsx" if kind == "xlsx" else "名簿.csv")
    path.write_bytes(data)
    plan = plan_import(path, ALL)
    assert {c.header: c.field for c in plan.columns} == EXPECTED
    risks = {c.header: c.risk for c in plan.columns if c.risk}
    assert set(risks) == {"保護者の勤務先", "生年月日", "既往歴"}
    assert "保護者" in risks["保護者の勤務先"] and "生年月日" in risks["生年月日"] and "要配慮個人情報（病歴）" in risks["既往歴"]
    recs = dict(plan.records())
    assert len(recs) == 12
    first = next(iter(recs.values()))
    assert first["name"] == rows[0]["氏名"] and first["grade_class"] == f"{rows[0]['学年']} {rows[0]['組']}"
    held = repr(plan.records())
    for r in rows:  # the refused columns' values are not in what would be stored
        assert r["保護者の勤務先"] not in held and r["生年月日"] not in held


@pytest.mark.parametrize("header, field, risky", [
    ("お名前", "name", False), ("フリガナ", "kana", False), ("E-mail", "email", False), ("携帯電話", "phone", False),
    ("郵便番号", "address", False), ("勤務先", "employer", False), ("卒業年", "grad_year", False), ("備考", "note", False),
    ("父の会社名", None, True), ("家族構成", None, True), ("障害の有無", None, True), ("マイナンバー", None, True),
    ("年齢", None, True), ("組織名", None, False),  # 組 in 組織 is not a class
])
def test_header_table(tmp_path, header, field, risky):
    p = tmp_path / "a.csv"
    p.write_bytes(csv_bytes([{"氏名": "青木 花子", header: "x"}], header=["氏名", header]))
    col = plan_import(p, ALL).columns[1]
    assert (col.field, bool(col.risk)) == (field, risky), col


def test_overrides_and_their_limits(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes(csv_bytes([{"なまえ": "青木 花子", "連絡先": "x", "生年月日": "平成1年1月8日"}],
                            header=["なまえ", "連絡先", "生年月日"]))
    plan = plan_import(p, ALL, {"なまえ": "氏名", "連絡先": "電話"})
    assert [c.field for c in plan.columns] == ["name", "phone", None]
    with pytest.raises(TokumeiError) as e:
        plan_import(p, ALL, {"なまえ": "氏名", "生年月日": "自由記述"})
    assert e.value.code == "E875" and "平成" not in str(e.value)
    with pytest.raises(TokumeiError) as e:
        plan_import(p, ALL, {"ない列": "氏名"})
    assert e.value.code == "E875"


def test_field_not_in_roster_is_not_imported(tmp_path):
    p = tmp_path / "a.xlsx"
    p.write_bytes(xlsx_bytes(people(3)))
    plan = plan_import(p, ["name", "phone"])
    assert set(plan.mapped()) == {"name", "phone"}
    assert all(set(r) <= {"name", "phone"} for _l, r in plan.records())


def test_no_name_column_and_bad_files(tmp_path):
    p = tmp_path / "a.csv"
    p.write_bytes(csv_bytes([{"電話番号": "090-1111-2222"}], header=["電話番号"]))
    with pytest.raises(TokumeiError) as e:
        plan_import(p, ALL)
    assert e.value.code == "E874"
    bad = tmp_path / "b.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(TokumeiError) as e:
        plan_import(bad, ALL)
    assert e.value.code == "E872"
    odd = tmp_path / "c.pdf"
    odd.write_bytes(b"%PDF")
    with pytest.raises(TokumeiError) as e:
        plan_import(odd, ALL)
    assert e.value.code == "E872"


def test_rows_without_a_name_are_reported(tmp_path):
    p = tmp_path / "a.csv"
    rows = people(3)
    rows[1]["氏名"] = ""
    p.write_bytes(csv_bytes(rows))
    plan = plan_import(p, ALL)
    assert len(plan.records()) == 2 and plan.skipped_lines() == [3]
    assert Path(plan.path).name == "a.csv"
