"""確報 and 速報 dates across weekends, national holidays (incl. 振替休日/国民の休日) and year end."""
from __future__ import annotations

from datetime import date

import pytest
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from breach_helpers import run  # noqa: E402

import tokumei.breach.deadlines as deadlines
from tokumei.breach.deadlines import closed_reason, final_due, preliminary_window
from tokumei.cli import main

# (discovered, days, expected due, why)
FINAL = [
    (date(2026, 11, 24), 30, date(2026, 12, 23), "day 30 is a Wednesday: no move"),
    (date(2026, 10, 3), 30, date(2026, 11, 2), "day 30 = 11/1 Sunday -> Monday 11/2"),
    (date(2026, 10, 5), 30, date(2026, 11, 4), "day 30 = 11/3 文化の日 (Tue) -> 11/4"),
    (date(2026, 12, 1), 30, date(2027, 1, 4), "day 30 = 12/30 year end -> 1/4 (Mon)"),
    (date(2026, 11, 30), 30, date(2027, 1, 4), "day 30 = 12/29 year end -> 1/4"),
    (date(2026, 11, 29), 30, date(2026, 12, 28), "day 30 = 12/28 Monday, last open day"),
    (date(2027, 12, 6), 30, date(2028, 1, 4), "day 30 = 1/4/2028 is Tue and open"),
    (date(2026, 8, 24), 30, date(2026, 9, 24), "day 30 = 9/22 国民の休日, 9/23 秋分の日 -> 9/24"),
    (date(2026, 8, 22), 30, date(2026, 9, 24), "day 30 = 9/20 Sunday, then 9/21 敬老の日, 9/22, 9/23"),
    (date(2026, 4, 7), 30, date(2026, 5, 7), "day 30 = 5/6 振替休日 -> 5/7"),
    (date(2026, 11, 24), 60, date(2027, 1, 22), "60 days: day 60 = 1/22 Friday"),
    (date(2026, 11, 5), 60, date(2027, 1, 4), "60 days: day 60 = 1/3 -> 1/4"),
]


@pytest.mark.parametrize("discovered,days,due,why", FINAL, ids=[f[3] for f in FINAL])
def test_final_due(discovered, days, due, why):
    assert final_due(discovered, days) == due


def test_final_due_fix_for_case_two():
    # 2026-10-01 + 29 days = 10/30 (Friday): stays
    assert final_due(date(2026, 10, 1), 30) == date(2026, 10, 30)


CLOSED = [
    (date(2026, 11, 28), "土曜日"), (date(2026, 11, 29), "日曜日"), (date(2026, 11, 23), "祝日（勤労感謝の日）"),
    (date(2026, 12, 29), "年末年始（12月29日〜1月3日）"), (date(2027, 1, 3), "年末年始（12月29日〜1月3日）"),
    (date(2026, 12, 28), None), (date(2027, 1, 4), None), (date(2026, 11, 26), None),
]


@pytest.mark.parametrize("d,why", CLOSED)
def test_closed_reason(d, why):
    assert closed_reason(d) == why


def test_preliminary_window_counts_discovery_day_as_day_one_and_is_not_rolled():
    # discovered Thursday 2026-11-26: day 3 = Saturday 11/28 stays (earlier reading), day 5 = 11/30
    assert preliminary_window(date(2026, 11, 26)) == (date(2026, 11, 28), date(2026, 11, 30))


def test_deadline_counts_the_day_in_japan():
    # 2026-11-23T16:00Z is 11/24 01:00 in Japan: day 1 is 11/24, 60 days -> 2027-01-22
    a = run(discovered_at="2026-11-23T16:00:00+00:00", cause="unauthorized_access")
    assert a.discovered_date == date(2026, 11, 24)
    assert a.final_due == date(2027, 1, 22)
    assert a.preliminary_due == date(2026, 11, 26)


@pytest.mark.parametrize("on,text", [("2026-11-26", "令和8年11月26日"), ("2019-05-01", "令和元年5月1日"),
                                     ("2019-04-30", "平成31年4月30日"), ("1989-01-07", "昭和64年1月7日")])
def test_notices_are_dated_with_the_one_wareki_implementation(tmp_path, on, text):
    # breach used to carry its own 平成/令和-only wareki(); the letter and the announcement now use
    # tokumei.detect.wareki.to_wareki, so an old --date gets its real era (昭和64年, not 平成0年).
    assert not hasattr(deadlines, "wareki")
    root = Path(__file__).resolve().parents[2] / "examples" / "breach"
    out = tmp_path / "out"
    assert main(["breach", "notices", str(root / "members-club.toml"), "--people", str(root / "affected.csv"),
                 "--out", str(out), "--date", on, "--no-pdf"]) == 0
    assert (out / "public.txt").read_text(encoding="utf-8").splitlines()[0] == text
