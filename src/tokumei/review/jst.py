"""Times a person reads, in Japan Standard Time: the one place that turns a stored UTC time
into 「2026年12月4日 13時14分」 (Jinja filter ``jst`` on every page, the certificate, the PDF).
Stored times stay UTC (database columns, the audit log's ``ts``).

The zone is the IANA database's "Asia/Tokyo" through :mod:`zoneinfo` (standard library); the
``tzdata`` package supplies it where the system has no zone files (Windows, slim containers).

例::

    >>> jst("2026-12-04T04:14:59.123456Z")
    '2026年12月4日 13時14分'
    >>> jst(datetime(2026, 12, 31, 15, 0, tzinfo=timezone.utc), date_only=True)
    '2027年1月1日'
"""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")


def to_jst(value: datetime | str) -> datetime:
    """A stored UTC time (aware; naive = UTC as SQLite returns it; ISO-8601 text, ``…Z`` too) in JST.

    例: ``to_jst(datetime(2026, 12, 4, 15, 0)).day == 5``
    """
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(JST)


def jst(value: datetime | str | None, date_only: bool = False) -> str:
    """A UTC time (aware datetime; naive = UTC as SQLite returns it; ISO-8601 text such as the
    audit log's ``…Z``) as Japanese date and time in JST; "" for None or empty text.

    例: ``jst(datetime(2026, 12, 4, 4, 14, tzinfo=timezone.utc)) == "2026年12月4日 13時14分"``
    """
    if value is None or value == "":
        return ""
    t = to_jst(value)
    day = f"{t.year}年{t.month}月{t.day}日"
    return day if date_only else f"{day} {t.hour}時{t.minute:02d}分"
