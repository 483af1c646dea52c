"""The owner report's times are Japan time, converted by the one shared UTC→JST function."""
import time

import pytest

from tokumei.scan.summary import jst


@pytest.fixture(autouse=True)
def _machine_not_in_utc(monkeypatch):
    """Run as on a machine set to New York time: a naive time must still be read as UTC."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("iso, expected", [
    ("2026-12-04T06:00:00+00:00", "2026年12月4日 15:00（日本時間）"),
    ("2026-12-04T15:30:00Z", "2026年12月5日 00:30（日本時間）"),          # crosses midnight in JST
    ("2026-12-04T06:00:00", "2026年12月4日 15:00（日本時間）"),            # naive = UTC, not the machine's zone
    ("2026-12-04T10:00:00+09:00", "2026年12月4日 10:00（日本時間）"),
])
def test_report_times_are_jst(iso, expected):
    assert jst(iso) == expected


def test_unreadable_time_is_shown_as_given():
    assert jst("昨日") == "昨日"
