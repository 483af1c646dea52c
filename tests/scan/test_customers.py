"""The generated customer table: reproducible, realistic, every format, scanned correctly."""
from __future__ import annotations

import csv
import sqlite3

import pyarrow.parquet as pq

from tokumei.scan.protection import hash_scheme, is_plain_card
from tokumei.scan.scanner import ScanOptions, scan
from tokumei.synth.customers import COLUMNS, customer_rows, write_customers

from .conftest import column


def test_rows_reproducible_and_valid():
    a, b = list(customer_rows(300, seed=3)), list(customer_rows(300, seed=3))
    assert a == b and a != list(customer_rows(300, seed=4))
    assert [r[0] for r in a] == list(range(1, 301))
    assert all(len(r) == len(COLUMNS) for r in a)
    assert all(is_plain_card(r[COLUMNS.index("カード番号")]) for r in a)
    schemes = {hash_scheme(r[COLUMNS.index("パスワード")]) for r in a}
    assert schemes == {"bcrypt", "argon2", "md5"}
    assert {r[COLUMNS.index("性別")] for r in a} == {"男", "女"}


def test_formats_roundtrip(tmp_path):
    rows = list(customer_rows(40, seed=1))
    c = write_customers(tmp_path / "c.csv", 40)
    with c.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert tuple(got[0]) == COLUMNS and got[1][1] == rows[0][1] and len(got) == 41
    s = write_customers(tmp_path / "c.sqlite", 40)
    con = sqlite3.connect(s)
    assert con.execute("SELECT count(*) FROM customers").fetchone()[0] == 40
    assert con.execute("SELECT * FROM customers WHERE id = 1").fetchone() == rows[0]
    con.close()
    p = write_customers(tmp_path / "c.parquet", 40)
    t = pq.read_table(p)
    assert t.num_rows == 40 and t.column_names == list(COLUMNS)


def test_scan_of_generated_table(tmp_path):
    path = write_customers(tmp_path / "c.parquet", 200)
    inv = scan([str(path)], ScanOptions(sample=None, workers=1))
    expect = {"氏名": "PERSON", "性別": "GENDER", "生年月日": "DATE_OF_BIRTH", "郵便番号": "POSTAL_CODE",
              "住所": "ADDRESS", "電話番号": "PHONE", "メール": "EMAIL", "カード番号": "CREDIT_CARD",
              "パスワード": "PASSWORD_HASH"}
    for name, cat in expect.items():
        assert column(inv, "c.parquet", name)["category"] == cat, name
    pw = column(inv, "c.parquet", "パスワード")["protection"]
    assert pw["state"] == "hashed" and pw["weak"] is True and set(pw["schemes"]) == {"bcrypt", "argon2", "md5"}
    assert column(inv, "c.parquet", "カード番号")["protection"]["state"] == "plaintext"
    assert column(inv, "c.parquet", "会員ランク")["category"] is None
