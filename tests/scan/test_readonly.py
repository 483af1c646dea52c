"""The scan never writes to a scanned database: the file/contents are unchanged after a scan AND
a write attempted inside the scan's own connection fails."""
from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa

from tokumei.scan.scanner import ScanOptions, scan
from tokumei.scan.sql import readonly_engine, sqlite_url

from .conftest import CUSTOMERS, column, table


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_unchanged_and_writes_refused(customers_sqlite):
    before = _digest(customers_sqlite)
    mtime = customers_sqlite.stat().st_mtime_ns
    inv = scan([str(customers_sqlite)], ScanOptions(sample=None, workers=1))
    assert table(inv, "customers")["rows_scanned"] == len(CUSTOMERS)
    assert _digest(customers_sqlite) == before and customers_sqlite.stat().st_mtime_ns == mtime
    eng = readonly_engine(str(customers_sqlite))
    assert "mode=ro" in str(eng.url)
    for stmt in ("INSERT INTO customers (id) VALUES (99)", "DELETE FROM customers",
                 "CREATE TABLE x (a INT)", "UPDATE customers SET 氏名 = 'x'"):
        with eng.connect() as conn, pytest.raises(sa.exc.OperationalError, match="readonly|read-only|query_only"):
            conn.execute(sa.text(stmt))
            conn.commit()
    assert _digest(customers_sqlite) == before


def test_sqlite_url_target(customers_sqlite):
    inv = scan([f"sqlite:///{customers_sqlite}"], ScanOptions(sample=None, workers=1))
    assert column(inv, "customers", "メール")["category"] == "EMAIL"
    assert "mode=ro" in sqlite_url(customers_sqlite)


@pytest.mark.postgres
def test_postgresql_reflection_readonly(postgres_url):
    admin = sa.create_engine(postgres_url)
    with admin.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS crm CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA crm"))
        conn.execute(sa.text('CREATE TABLE crm.customers (id BIGINT PRIMARY KEY, "氏名" TEXT, tel TEXT, '
                             'email TEXT, password_hash TEXT, "病歴" TEXT)'))
        conn.execute(sa.text('INSERT INTO crm.customers VALUES (:i, :n, :t, :e, :p, :h)'), [
            {"i": i, "n": n, "t": t, "e": e, "p": "5f4dcc3b5aa765d61d8327deb882cf99", "h": "高血圧"}
            for i, (_, n, t, e, _c, _b) in enumerate(CUSTOMERS, 1)])
        conn.execute(sa.text("CREATE TABLE crm.empty_t (a TEXT)"))

    def snapshot():
        with admin.connect() as conn:
            return conn.execute(sa.text("SELECT * FROM crm.customers ORDER BY id")).all()

    before = snapshot()
    inv = scan([postgres_url], ScanOptions(sample=None, workers=1, chunk_rows=2))
    assert snapshot() == before
    assert "***" in inv["sources"][0]["target"] or "@" in inv["sources"][0]["target"]
    assert table(inv, "crm.customers")["rows_scanned"] == len(CUSTOMERS)
    assert column(inv, "crm.customers", "tel")["category"] == "PHONE"
    assert column(inv, "crm.customers", "email")["category"] == "EMAIL"
    pw = column(inv, "crm.customers", "password_hash")
    assert pw["category"] == "PASSWORD_HASH" and pw["protection"]["weak"] is True
    assert column(inv, "crm.customers", "病歴")["sensitive"] is True and inv["sensitive_present"]
    assert [i["code"] for i in table(inv, "crm.empty_t")["issues"]] == ["E604"]
    eng = readonly_engine(postgres_url)
    with eng.connect() as conn:
        assert conn.execute(sa.text("SHOW transaction_read_only")).scalar() == "on"
        with pytest.raises(sa.exc.InternalError, match="read-only transaction"):
            conn.execute(sa.text("INSERT INTO crm.customers (id) VALUES (99)"))
    with eng.connect() as conn, pytest.raises(sa.exc.InternalError, match="read-only transaction"):
        conn.execute(sa.text("DROP TABLE crm.empty_t"))
    assert snapshot() == before
    admin.dispose()
