"""Report deadlines (pure): 速報 target window and 確報 due date.

Counting (sources):

* 確報 — 施行規則第8条第2項: 「当該事態を知った日から30日以内（第7条第3号は60日以内）」.
  ガイドライン（通則編）3-5-3-4 counts the day the business knew as day 1 (「知った」時点を1日目).
  民法第140条 (初日不算入) would start on the next day and give a date one day LATER; we use
  day 1 = the day it knew, the earlier date.
  When day 30/60 falls on a Saturday, Sunday, national holiday (祝日法: incl. 振替休日 and 国民の休日)
  or the year-end closure 12/29–1/3, the guideline moves the deadline to the following day; we
  roll forward to the next day that is none of these.
* 速報 — 施行規則第8条第1項: 「速やかに」; ガイドライン 3-5-3-3: おおむね3〜5日以内. The guideline's
  roll-forward is stated for 確報 only, so the 速報 target is NOT moved over holidays, and the
  target is the first day of the window (day 3), the earlier reading.

Holidays come from ``holidays`` (python-holidays): actively maintained, covers Japan's 振替休日 and
国民の休日 and future years; chosen over ``jpholiday`` because it is already the breach extra's
dependency and is maintained by a larger team with frequent releases.

例::

    >>> final_due(date(2026, 11, 24), 30)   # day 30 = 12/23 (Wed)
    datetime.date(2026, 12, 23)
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

YEAR_END = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))


@lru_cache(maxsize=64)
def _holidays(year: int):
    import holidays

    return holidays.country_holidays("JP", years=year, language="ja")


def closed_reason(d: date) -> str | None:
    """Why ``d`` is not a business day of the PPC ('土曜日', '祝日: …', '年末年始'), else None."""
    if (d.month, d.day) in YEAR_END:
        return "年末年始（12月29日〜1月3日）"
    if d.weekday() == 5:
        return "土曜日"
    if d.weekday() == 6:
        return "日曜日"
    name = _holidays(d.year).get(d)
    if name:
        return f"祝日（{name}）"
    return None


def next_open_day(d: date) -> date:
    """``d`` itself when it is a business day, else the next business day."""
    while closed_reason(d):
        d += timedelta(days=1)
    return d


def day_n(start: date, n: int) -> date:
    """The n-th day counting ``start`` as day 1 (ガイドライン 3-5-3-4)."""
    return start + timedelta(days=n - 1)


def final_due(discovered: date, days: int) -> date:
    """確報 due date: day ``days`` counting the discovery day as day 1, rolled forward."""
    return next_open_day(day_n(discovered, days))


def final_notes(discovered: date, days: int) -> list[str]:
    """Japanese explanation of how :func:`final_due` counted (for the output)."""
    raw = day_n(discovered, days)
    notes = [f"知った日（{jp_date(discovered)}）を1日目として{days}日目は{jp_date(raw)}"
             "（ガイドライン（通則編）3-5-3-4。民法第140条の初日不算入より1日早い方を採用）"]
    why = closed_reason(raw)
    if why:
        notes.append(f"{days}日目が{why}に当たるため、次の開庁日 {jp_date(next_open_day(raw))} を期限とする"
                     "（ガイドライン（通則編）3-5-3-4: 土日・祝日・年末年始閉庁日は翌日へ）")
    return notes


def preliminary_window(discovered: date, target_day: int = 3, end_day: int = 5) -> tuple[date, date]:
    """速報 target and end of the guideline's window (day 3 and day 5, not rolled forward)."""
    return day_n(discovered, target_day), day_n(discovered, end_day)


WEEKDAYS = "月火水木金土日"


def jp_date(d: date) -> str:
    """「2026年11月26日（木）」 for tables and deadlines."""
    return f"{d.year}年{d.month}月{d.day}日（{WEEKDAYS[d.weekday()]}）"
