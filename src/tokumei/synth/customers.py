"""A fake customer table (for the scan benchmark and tests), streamed to CSV, SQLite or Parquet.

Columns: id, 氏名, フリガナ, 性別, 生年月日, 郵便番号, 住所, 電話番号, メール, カード番号 (plaintext,
Luhn-valid), パスワード (real bcrypt / argon2id hashes and unsalted MD5, mixed), 会員ランク, 登録日,
備考 (mostly empty; some notes contain a phone number or a name).

Hashing a million passwords with bcrypt would take hours, so a small pool of REAL hashes
(bcrypt via the ``bcrypt`` package, argon2id via ``argon2-cffi``, salts drawn from the seeded
RNG so the output is reproducible) is computed once and reused. Values come from
:mod:`tokumei.synth.pools`; one million rows take about half a minute.

例::

    >>> write_customers(Path("顧客.sqlite"), 1000, seed=1)
    PosixPath('顧客.sqlite')
"""
from __future__ import annotations

import csv
import hashlib
import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from tokumei.errors import TokumeiError
from tokumei.synth import pools

COLUMNS: tuple[str, ...] = ("id", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "メール",
                            "カード番号", "パスワード", "会員ランク", "登録日", "備考")
RANKS = ("一般", "一般", "一般", "ブロンズ", "シルバー", "ゴールド")
_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_WORDS = ("password", "sakura2024", "tokyo123", "himitsu", "qwerty", "yamada01", "neko_suki", "abc12345")


def password_pool(rng: random.Random, n_bcrypt: int = 8, n_argon2: int = 8, n_md5: int = 16) -> list[str]:
    """Real password hashes: bcrypt ($2b$, cost 8), argon2id and unsalted MD5 (weak).

    例: ``password_pool(random.Random(1))[0].startswith("$2b$08$")``
    """
    import bcrypt
    from argon2.low_level import Type, hash_secret

    out = []
    for _ in range(n_bcrypt):
        salt = ("$2b$08$" + "".join(rng.choice(_B64) for _ in range(21)) + rng.choice(".Oeu")).encode()
        out.append(bcrypt.hashpw(rng.choice(_WORDS).encode(), salt).decode())
    for _ in range(n_argon2):
        salt = bytes(rng.randrange(256) for _ in range(16))
        out.append(hash_secret(rng.choice(_WORDS).encode(), salt, time_cost=2, memory_cost=8192,
                               parallelism=1, hash_len=32, type=Type.ID).decode())
    for i in range(n_md5):
        out.append(hashlib.md5(f"{rng.choice(_WORDS)}{i}".encode()).hexdigest())
    return out


def card_number(rng: random.Random) -> str:
    """A Luhn-valid card number like :func:`pools.credit_card` (Visa/Mastercard/JCB/Amex), with
    the body drawn in one call instead of one per digit (3× faster for a million rows).

    例: ``card_number(random.Random(1))`` → ``"4539 1488 0343 6467"`` の形
    """
    brand = rng.randrange(4)
    if brand == 3:
        n = pools.luhn_complete(("34", "37")[rng.randrange(2)] + f"{rng.randrange(10 ** 12):012d}")
        return f"{n[:4]}-{n[4:10]}-{n[10:]}" if rng.random() < 0.5 else n
    prefix = ("4", str(rng.randint(51, 55)), str(rng.randint(3528, 3589)))[brand]
    k = 15 - len(prefix)
    n = pools.luhn_complete(prefix + f"{rng.randrange(10 ** k):0{k}d}")
    sep = ("-", " ", "")[rng.randrange(3)]
    return sep.join((n[0:4], n[4:8], n[8:12], n[12:16]))


def _note(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.8:
        return ""
    if r < 0.9:
        return rng.choice(("特になし", "DM不要", "請求書は郵送希望", "年末に連絡"))
    if r < 0.95:
        return f"折り返し連絡先 {pools.mobile(rng)}"
    p = pools.person(rng)
    return f"紹介者: {p.family}{p.given}様"


def customer_rows(n: int, seed: int = 1) -> Iterator[tuple]:
    """Yield ``n`` rows (tuples in :data:`COLUMNS` order), reproducible for a seed."""
    rng = random.Random(seed)
    hashes = password_pool(random.Random(seed + 7))
    weights = [5 / 8] * 8 + [3 / 8] * 8 + [2 / 16] * 16  # ≈ 50 % bcrypt, 30 % argon2, 20 % md5
    start = date(2010, 1, 1)
    for i in range(1, n + 1):
        p = pools.person(rng)
        a = pools.address(rng)
        tel = pools.mobile(rng) if rng.random() < 0.6 else pools.phone(rng)
        yield (
            i, f"{p.family} {p.given}", p.full_kana, p.gender[:1],
            pools.birth_date(rng).isoformat(), a.postal_code, f"{a.prefecture}{a.municipality}{a.town}{a.block}{a.building}",
            tel, pools.email(rng, f"member{i}"), card_number(rng),
            rng.choices(hashes, weights)[0], rng.choice(RANKS),
            (start + timedelta(days=rng.randrange(5800))).isoformat(), _note(rng),
        )


def _batches(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_customers(path: Path, n: int, seed: int = 1) -> Path:
    """Write ``n`` customers to ``.csv`` (UTF-8 BOM, CRLF: opens in Excel), ``.sqlite``/``.db``
    (table ``customers``, integer primary key ``id``) or ``.parquet``; replaces the file."""
    path = Path(path)
    suffix = path.suffix.lower()
    rows = customer_rows(n, seed)
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(COLUMNS)
            for batch in _batches(rows, 10_000):
                w.writerows(batch)
    elif suffix in {".sqlite", ".sqlite3", ".db"}:
        path.unlink(missing_ok=True)
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            cols = ", ".join(f'"{c}" TEXT' for c in COLUMNS[1:])
            con.execute(f'CREATE TABLE customers ("id" INTEGER PRIMARY KEY, {cols})')
            marks = ", ".join("?" * len(COLUMNS))
            for batch in _batches(rows, 20_000):
                con.executemany(f"INSERT INTO customers VALUES ({marks})", batch)
            con.commit()
        finally:
            con.close()
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("id", pa.int64())] + [(c, pa.string()) for c in COLUMNS[1:]])
        with pq.ParquetWriter(str(path), schema) as w:
            for batch in _batches(rows, 100_000):
                cols = list(zip(*batch))
                w.write_table(pa.table([pa.array(c) for c in cols], schema=schema))
    else:
        raise TokumeiError("E200", why=f"出力は .csv / .sqlite / .db / .parquet です: {path.name}")
    return path
