"""Sources: CSV problems are reported (with line numbers) and the scan goes on; SQLite tables;
folders of documents; empty tables; unreadable files; huge cells."""
from __future__ import annotations

from pathlib import Path

import pytest

from tokumei.errors import TokumeiError
from tokumei.scan.scanner import ScanOptions, scan, target_kind

from .conftest import CUSTOMER_HEADER, CUSTOMERS, column, table, write_csv

LOCAL1 = ScanOptions(sample=None, workers=1)


def codes(entry: dict) -> list[str]:
    return [i["code"] for i in entry["issues"]]


@pytest.mark.parametrize("block_bytes", [8 << 20, 50])  # one block / a block every line or two
def test_malformed_csv_lines_reported_with_line_numbers_and_scan_continues(tmp_path, block_bytes):
    lines = [",".join(CUSTOMER_HEADER)] + [",".join(r) for r in CUSTOMERS]
    lines.insert(2, "9,壊れた行,090-0000-0000")            # line 3: too few fields
    lines.insert(4, "10,a,b,c,d,e,f,g")                     # line 5: too many fields
    opts = ScanOptions(sample=None, workers=1, block_bytes=block_bytes)
    inv = scan([str(write_csv(tmp_path / "bad.csv", lines))], opts)
    t = table(inv, "bad.csv")
    assert t["malformed_lines"] == 2
    msgs = [i["message"] for i in t["issues"] if i["code"] == "E601"]
    assert len(msgs) == 2 and "3 行目" in msgs[0] and "5 行目" in msgs[1]
    assert t["rows_scanned"] == len(CUSTOMERS)               # the good rows were all scanned
    assert column(inv, "bad.csv", "電話番号")["category"] == "PHONE"
    assert "壊れた行" not in str(inv)


def test_mixed_encodings_are_read_and_reported(tmp_path):
    p = tmp_path / "mixed.csv"
    body = ("氏名,メール\r\n山田 太郎,yamada@example.jp\r\n").encode("utf-8")
    body += "佐藤 花子,sato@example.jp\r\n".encode("cp932")
    p.write_bytes(body)
    inv = scan([str(p)], LOCAL1)
    t = table(inv, "mixed.csv")
    assert t["rows_scanned"] == 2 and t["mixed_encoding_lines"] == 1
    assert any(i["code"] == "E603" and "3 行目" in i["message"] and "cp932" in i["message"] for i in t["issues"])
    assert column(inv, "mixed.csv", "メール")["matched_share"] == 1.0


def test_cp932_csv(tmp_path):
    p = write_csv(tmp_path / "sjis.csv", ["氏名,電話番号", "山田 太郎,090-1234-5678"], "cp932")
    inv = scan([str(p)], LOCAL1)
    assert table(inv, "sjis.csv")["encoding"] == "cp932"
    assert column(inv, "sjis.csv", "電話番号")["matched_share"] == 1.0


def test_tsv(tmp_path):
    p = write_csv(tmp_path / "a.tsv", ["氏名\tメール", "山田 太郎\tyamada@example.jp"])
    inv = scan([str(p)], LOCAL1)
    assert column(inv, "a.tsv", "メール")["category"] == "EMAIL"


def test_huge_cell_reported_and_truncated(tmp_path):
    huge = "あ" * 200_000 + " yamada@example.jp"
    p = write_csv(tmp_path / "huge.csv", ["id,メモ", f"1,{huge}", "2,特になし"])
    inv = scan([str(p)], LOCAL1)
    c = column(inv, "huge.csv", "メモ")
    assert c["huge_cells"] == 1 and c["rows_scanned"] == 2
    issue = next(i for i in table(inv, "huge.csv")["issues"] if i["code"] == "E602")
    assert "2 行目" in issue["message"] and "メモ" in issue["message"]


def test_huge_cell_in_sqlite_located_by_key(tmp_path):
    import sqlite3

    db = tmp_path / "big.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, memo TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?)", [(1, "特になし"), (2, "い" * 100_000)])
    con.commit()
    con.close()
    inv = scan([str(db)], LOCAL1)
    issue = next(i for i in table(inv, "t")["issues"] if i["code"] == "E602")
    assert "id=2" in issue["message"] and "memo" in issue["message"]


def test_empty_csv_and_empty_sqlite_table(tmp_path, customers_sqlite):
    p = write_csv(tmp_path / "empty.csv", ["氏名,電話番号"])
    inv = scan([str(p), str(customers_sqlite)], LOCAL1)
    assert codes(table(inv, "empty.csv")) == ["E604"]
    assert table(inv, "empty.csv")["rows_scanned"] == 0
    assert column(inv, "empty.csv", "電話番号")["category"] == "PHONE"  # the name still says so
    assert codes(table(inv, "空のテーブル")) == ["E604"]


def test_sqlite_tables_with_and_without_primary_key(customers_sqlite):
    inv = scan([str(customers_sqlite)], ScanOptions(sample=None, workers=1, chunk_rows=2))
    t = table(inv, "customers")
    assert t["rows_total"] == 4 and t["rows_scanned"] == 4
    assert column(inv, "customers", "カード番号")["protection"]["state"] == "plaintext"
    assert column(inv, "notes", "memo")["category"] == "EMAIL"
    assert table(inv, "notes")["rows_scanned"] == 2
    assert {"PERSON", "PHONE", "EMAIL", "CREDIT_CARD"} <= set(inv["categories_present"])


def test_sample_limits_rows(customers_sqlite):
    inv = scan([str(customers_sqlite)], ScanOptions(sample=2, workers=1))
    assert table(inv, "customers")["rows_scanned"] <= 2 + 1
    assert inv["mode"] == "sample"


def test_folder_counts_per_label_with_locations_and_unreadable_files(tmp_path):
    d = tmp_path / "書類"
    (d / "sub").mkdir(parents=True)
    (d / "連絡.txt").write_text("担当は山田太郎です。\n電話 090-1234-5678、メール yamada@example.jp\n", encoding="utf-8")
    (d / "sub" / "メモ.md").write_text("# メモ\n\n特に個人情報なし\n", encoding="utf-8")
    (d / "壊れた.docx").write_bytes(b"PK\x03\x04 this is not a real docx")
    (d / "バイナリ.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "無視.bin").write_bytes(b"ignored")
    import docx
    import openpyxl

    doc = docx.Document()
    doc.add_paragraph("ご挨拶")
    doc.add_paragraph("連絡先は sato@example.co.jp です。")
    doc.save(d / "挨拶.docx")
    wb = openpyxl.Workbook()
    wb.active.append(["氏名", "電話番号"])
    wb.active.append(["佐藤花子", "03-3581-1234"])
    wb.save(d / "名簿.xlsx")
    inv = scan([str(d)], LOCAL1)
    files = {f["path"]: f for f in inv["sources"][0]["files"]}
    assert set(files) == {"連絡.txt", "sub/メモ.md", "壊れた.docx", "バイナリ.txt", "挨拶.docx", "名簿.xlsx"}
    assert files["挨拶.docx"]["counts"] == {"EMAIL": 1} and files["挨拶.docx"]["kind"] == "docx"
    assert files["名簿.xlsx"]["counts"]["PHONE"] == 1 and len(files["名簿.xlsx"]["locations"]["PHONE"]) == 1
    f = files["連絡.txt"]
    assert f["counts"]["PHONE"] == 1 and f["counts"]["EMAIL"] == 1
    assert f["locations"]["PHONE"] and all(isinstance(x, str) for x in f["locations"]["PHONE"])
    assert files["sub/メモ.md"]["counts"] == {}
    assert [i["code"] for i in files["壊れた.docx"]["issues"]] == ["E605"]
    assert [i["code"] for i in files["バイナリ.txt"]["issues"]] == ["E605"]
    assert "090-1234-5678" not in str(inv)


@pytest.mark.parametrize("target, kind", [
    ("postgresql+psycopg://u@127.0.0.1/db", "database"),
    ("sqlite:////tmp/x.db", "database"),
])
def test_target_kind_urls(target, kind):
    assert target_kind(target) == kind


def test_target_kind_files(tmp_path, customers_sqlite, customers_csv):
    assert target_kind(str(customers_sqlite)) == "sqlite"
    assert target_kind(str(customers_csv)) == "csv"
    assert target_kind(str(tmp_path)) == "folder"
    (tmp_path / "x.bin").write_bytes(b"x")
    for bad in (tmp_path / "missing.csv", tmp_path / "x.bin"):
        with pytest.raises(TokumeiError) as e:
            target_kind(str(bad))
        assert e.value.code == "E600"


def test_failing_partition_is_an_issue_without_values():
    from tokumei.scan.tasks import RowsTask, execute

    task = RowsTask(("s", "t"), ["氏名"], [("山田 太郎",), 12345], [2, 3])  # second row is not a row
    assert "山田" not in repr(task)
    part = execute(task)
    assert [i["code"] for i in part.issues] == ["E607"] and "山田" not in str(part.issues)


def test_euc_jp_csv_is_not_misread_as_cp932(tmp_path):
    """The scanner picks the encoding by the same rules as tokumei.formats (EUC-JP kanji bytes are
    often valid cp932 too; misread, every name would turn into half-width katakana)."""
    from tokumei.scan.csvsource import _primary_encoding

    for text in ("氏名\n山田太郎\n佐藤花子\n", "氏名,住所\n山田太郎,静岡県島田市本通二丁目\n"):
        assert _primary_encoding(text.encode("euc_jp")) == "euc_jp"
    assert _primary_encoding("氏名,住所\n山田太郎,島田市\n".encode("cp932")) == "cp932"
    assert _primary_encoding(b"\xef\xbb\xbfname\n") == "utf-8-sig"
