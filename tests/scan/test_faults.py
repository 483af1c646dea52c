"""Faults and bad input: mixed encodings, NUL rows, an unwritable -o, database errors that say
which (real PostgreSQL), and .xlsx workbooks scanned sheet by sheet."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from support import need
from tokumei.cli import main
from tokumei.scan.scanner import ScanOptions, scan

from .conftest import column, table

ROWS = [f"架空 太郎{i},090-1234-{i:04d},taro{i}@example.jp" for i in range(30)]
HEADER = "氏名,電話番号,メール"


def _cp932_with_one_utf8_line(path: Path, at: int) -> Path:
    lines = [HEADER.encode("cp932")] + [r.encode("cp932") for r in ROWS]
    lines[at] = "例示 花子,03-1234-5678,ｈａｎａｋｏ@example.jp".encode("utf-8")
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


@pytest.mark.parametrize("at", [1, 3, 30])
@pytest.mark.parametrize("sample", [1000, None])
def test_one_utf8_line_does_not_flip_the_file(tmp_path, at, sample):
    p = _cp932_with_one_utf8_line(tmp_path / "会員.csv", at)
    inv = scan([str(p)], ScanOptions(sample=sample, workers=1))
    t = table(inv, "会員.csv")
    assert t["encoding"] == "cp932" and t["mixed_encoding_lines"] == 1
    assert [i["message"] for i in t["issues"] if i["code"] == "E603"] == [
        f"文字コードが混在しています: {p} の {at + 1} 行目 (utf-8 として読みました)"]
    assert column(inv, "会員.csv", "電話番号")["category"] == "PHONE"
    assert column(inv, "会員.csv", "氏名")["non_empty"] == 30


@pytest.mark.parametrize("sample", [1000, None])
def test_rows_with_nul_are_skipped_and_counted(tmp_path, sample):
    lines = [HEADER.encode("utf-8")] + [r.encode("utf-8") for r in ROWS]
    lines[5] = lines[5].replace(b"@", b"\x00@")
    lines[9] = b"\x00\x00\x00"
    p = tmp_path / "nul.csv"
    p.write_bytes(b"\n".join(lines) + b"\n")
    inv = scan([str(p)], ScanOptions(sample=sample, workers=1))
    t = table(inv, "nul.csv")
    assert t["nul_lines"] == 2 and t["rows_scanned"] == 28
    assert sorted(i["message"].split(" 行目")[0] for i in t["issues"] if i["code"] == "E610") == [
        "CSV の 10", "CSV の 6"]
    assert "E102" not in json.dumps(inv)


def test_mostly_nul_is_binary(tmp_path):
    p = tmp_path / "utf16.csv"
    p.write_bytes((HEADER + "\n" + "\n".join(ROWS[:3]) + "\n").encode("utf-16-le"))
    inv = scan([str(p)], ScanOptions(workers=1))
    assert inv["sources"][0]["issues"][0]["code"] == "E102"


@pytest.mark.parametrize("out, why", [
    ("{tmp}/no/such/folder/inv.json", "フォルダがありません"),
    ("{tmp}", "フォルダです"),
    ("/proc/tokumei-inventory.json", ""),
])
def test_unwritable_output_refused_before_scanning(tmp_path, capsys, out, why):
    out = out.replace("{tmp}", str(tmp_path))
    # a target that would fail (E600) if it were scanned: the -o check must come first
    code = main(["scan", "/nonexistent/never-scanned.csv", "-o", out, "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2 and "E611" in err and why in err
    assert "E600" not in err and "E900" not in err
    assert not Path(out).is_file()


def test_writable_output_leaves_no_trace_when_scan_fails(tmp_path, capsys):
    out = tmp_path / "inv.json"
    assert main(["scan", "/nonexistent/x.csv", "-o", str(out), "--no-progress"]) == 3
    assert "E600" in capsys.readouterr().err


# ---- databases: which error ---------------------------------------------------------------

def test_unreachable_server(capsys):
    code = main(["scan", "postgresql+psycopg://u:topsecret@127.0.0.1:1/shop", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 3 and "E614" in err and "topsecret" not in err


@pytest.mark.postgres
def test_no_such_database(postgres_url, capsys):
    url = sa.engine.make_url(postgres_url).set(database="no_such_shop_db")
    code = main(["scan", url.render_as_string(hide_password=False), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 3 and "E613" in err and "そのデータベースはありません" in err


@pytest.mark.postgres
def test_wrong_password(postgres_url, capsys):
    admin = sa.create_engine(postgres_url)
    with admin.connect() as conn:
        hba = conn.execute(sa.text("SHOW hba_file")).scalar_one()
    need(os.access(hba, os.W_OK), "a writable pg_hba.conf (the session's own test server)")
    original = Path(hba).read_text()
    try:
        Path(hba).write_text("host all pwcheck 127.0.0.1/32 scram-sha-256\n" + original)
        with admin.begin() as conn:
            conn.execute(sa.text("DROP ROLE IF EXISTS pwcheck"))
            conn.execute(sa.text("CREATE ROLE pwcheck LOGIN PASSWORD 'right-one'"))
            conn.execute(sa.text("SELECT pg_reload_conf()"))
        base = sa.engine.make_url(postgres_url).set(username="pwcheck")
        main(["scan", base.set(password="right-one").render_as_string(hide_password=False), "--no-progress"])
        good_err = capsys.readouterr().err  # other tests' tables may be unreadable to this role: E606/E607
        bad = main(["scan", base.set(password="wrong-one").render_as_string(hide_password=False), "--no-progress"])
        err = capsys.readouterr().err
        assert "E612" not in good_err and "E614" not in good_err
        assert bad == 3 and "E612" in err and "パスワードが違います" in err and "wrong-one" not in err
    finally:
        Path(hba).write_text(original)
        with admin.begin() as conn:
            conn.execute(sa.text("SELECT pg_reload_conf()"))
        admin.dispose()


# ---- .xlsx ---------------------------------------------------------------------------------

def test_xlsx_sheet_by_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "受注"
    ws.append(["注文番号", "お名前", "order_tel01", "order_tel02", "order_tel03", "メール"])
    for i in range(20):
        ws.append([1000 + i, f"架空 次郎{i}", "090", f"{1000 + i}", "5678", f"jiro{i}@example.jp"])
    notes = wb.create_sheet("メモ")
    notes.append([None])
    notes.append(["会員", "備考"])
    for i in range(10):
        notes.append([f"例示 三郎{i}", "乳がんの治療中" if i % 3 == 0 else "置き配希望"])
    wb.create_sheet("空")
    p = tmp_path / "受注.xlsx"
    wb.save(p)
    inv = scan([str(p)], ScanOptions(workers=1))
    src = inv["sources"][0]
    assert src["kind"] == "xlsx" and "failed" not in src
    assert [t["name"] for t in src["tables"]] == ["受注", "メモ", "空"]
    assert column(inv, "受注", "order_tel02")["category"] == "PHONE"
    assert column(inv, "受注", "メール")["found"] == ["EMAIL"]
    assert column(inv, "メモ", "備考")["sensitive"] is True
    assert table(inv, "受注")["rows_scanned"] == 20
    assert [i["code"] for i in table(inv, "空")["issues"]] == ["E604"]


def test_broken_xlsx_reported(tmp_path, capsys):
    p = tmp_path / "壊れた.xlsx"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["scan", str(p), "--no-progress"]) == 3
    assert "E615" in capsys.readouterr().err


def test_admin_csv_export_in_cp932(tmp_path):
    """A shop's admin member export: cp932, Japanese split headers, prefecture names, one UTF-8 row."""
    from tokumei.synth.shop import shop_rows
    from tokumei.scan.groups import PREFECTURES

    head = "会員ID,お名前(姓),お名前(名),郵便番号1,郵便番号2,都道府県,住所1,住所2,メールアドレス,TEL1,TEL2,TEL3,誕生日,備考"
    lines = [head.encode("cp932")]
    for r in shop_rows(60, seed=3)["dtb_customer"]:
        row = [str(r["customer_id"]), r["name01"], r["name02"], r["zip01"], r["zip02"], PREFECTURES[r["pref"] - 1],
               r["addr01"], r["addr02"], r["email"], r["tel01"], r["tel02"], r["tel03"], r["birth"].isoformat(), r["note"]]
        lines.append(",".join(row).encode("cp932", errors="replace"))
    lines[7] = lines[7].decode("cp932").encode("utf-8")
    p = tmp_path / "会員一覧.csv"
    p.write_bytes(b"\r\n".join(lines) + b"\r\n")
    inv = scan([str(p)], ScanOptions(workers=1))
    t = table(inv, "会員一覧.csv")
    assert t["encoding"] == "cp932" and t["mixed_encoding_lines"] == 1
    found = {c["name"]: c["found"][:1] for c in t["columns"]}
    # 会員ID: [] was written before MEMBER_ID existed (#12); a member-number name now establishes it
    assert found == {"会員ID": ["MEMBER_ID"], "お名前(姓)": ["PERSON"], "お名前(名)": ["PERSON"], "郵便番号1": ["POSTAL_CODE"],
                     "郵便番号2": ["POSTAL_CODE"], "都道府県": ["ADDRESS"], "住所1": ["ADDRESS"], "住所2": ["ADDRESS"],
                     "メールアドレス": ["EMAIL"], "TEL1": ["PHONE"], "TEL2": ["PHONE"], "TEL3": ["PHONE"],
                     "誕生日": ["DATE_OF_BIRTH"], "備考": found["備考"]}
    assert column(inv, "会員一覧.csv", "備考")["sensitive"] is True
