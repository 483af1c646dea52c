from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

CUSTOMER_HEADER = ["id", "氏名", "電話番号", "メール", "カード番号", "備考"]
CUSTOMERS = [
    ["1", "山田 太郎", "090-1234-5678", "yamada@example.jp", "4111 1111 1111 1111", ""],
    ["2", "佐藤 花子", "03-3581-1234", "sato@example.co.jp", "5555-5555-5555-4444", "特になし"],
    ["3", "鈴木 一郎", "080-2345-6789", "suzuki@example.com", "3530-1113-3330-0000", "折り返し 090-9876-5432"],
    ["4", "高橋 美咲", "06-6123-4567", "takahashi@example.jp", "4012 8888 8888 1881", ""],
]


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def customers_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "顧客.csv", [",".join(CUSTOMER_HEADER)] + [",".join(r) for r in CUSTOMERS])


@pytest.fixture
def customers_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "顧客.sqlite"
    con = sqlite3.connect(path)
    cols = ", ".join(f'"{c}" TEXT' for c in CUSTOMER_HEADER[1:])
    con.execute(f'CREATE TABLE customers ("id" INTEGER PRIMARY KEY, {cols})')
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?)", [(int(r[0]), *r[1:]) for r in CUSTOMERS])
    con.execute('CREATE TABLE "空のテーブル" (a TEXT, b TEXT)')
    con.execute('CREATE TABLE notes (memo TEXT)')  # no primary key: streamed by the coordinator
    con.executemany("INSERT INTO notes VALUES (?)", [("連絡先 yamada@example.jp まで",), ("特になし",)])
    con.commit()
    con.close()
    return path


def column(inv: dict, table: str, name: str) -> dict:
    for src in inv["sources"]:
        for t in src["tables"]:
            if t["name"] == table:
                for c in t["columns"]:
                    if c["name"] == name:
                        return c
    raise KeyError((table, name))


def table(inv: dict, name: str) -> dict:
    return next(t for s in inv["sources"] for t in s["tables"] if t["name"] == name)


SHOP_MEMBERS = 200


@pytest.fixture(scope="session")
def shop_sqlite(tmp_path_factory) -> Path:
    """An EC shop database (tokumei.synth.shop: split columns, salted hashes, sensitive notes,
    JAN codes, tracking numbers) in SQLite."""
    import sqlalchemy as sa

    from tokumei.synth.shop import write_shop

    path = tmp_path_factory.mktemp("shop") / "shop.sqlite"
    eng = sa.create_engine(f"sqlite:///{path}")
    write_shop(eng, SHOP_MEMBERS)
    eng.dispose()
    return path


@pytest.fixture(scope="session")
def shop_postgres(postgres_url) -> str:
    """The same shop in its own schema of the real PostgreSQL test server (a URL to scan)."""
    import sqlalchemy as sa

    from tokumei.synth.shop import write_shop

    admin = sa.create_engine(postgres_url)
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("DROP DATABASE IF EXISTS tokumei_shop"))
        conn.execute(sa.text("CREATE DATABASE tokumei_shop"))
    admin.dispose()
    url = sa.engine.make_url(postgres_url).set(database="tokumei_shop").render_as_string(hide_password=False)
    eng = sa.create_engine(url)
    write_shop(eng, SHOP_MEMBERS)
    eng.dispose()
    return url
