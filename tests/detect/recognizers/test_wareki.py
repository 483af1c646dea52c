"""和暦・西暦の解釈（tokumei.detect.wareki）。"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect.wareki import (
    check_era_date, era_to_year, kanji_int, parse_date, parse_date_info, to_wareki,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024年4月1日", dt.date(2024, 4, 1)),
        ("2024/4/1", dt.date(2024, 4, 1)),
        ("2024-04-01", dt.date(2024, 4, 1)),
        ("2024.4.1", dt.date(2024, 4, 1)),
        ("２０２４年４月１日", dt.date(2024, 4, 1)),
        ("令和6年4月1日", dt.date(2024, 4, 1)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("昭和六十年四月一日", dt.date(1985, 4, 1)),
        ("二〇二四年四月一日", dt.date(2024, 4, 1)),
        ("二千二十四年十二月三十一日", dt.date(2024, 12, 31)),
        ("S60.4.1", dt.date(1985, 4, 1)),
        ("R6.4.1", dt.date(2024, 4, 1)),
        ("H元.1.8", dt.date(1989, 1, 8)),
        ("h1.1.8", dt.date(1989, 1, 8)),
        ("㍻元年1月8日", dt.date(1989, 1, 8)),
        ("明治6年1月1日", dt.date(1873, 1, 1)),
        ("大正元年7月30日", dt.date(1912, 7, 30)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("令和 6 年 4 月 1 日", dt.date(2024, 4, 1)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["R6.2.30", "令和5年2月29日", "2023/2/29", "2024年13月1日", "2024年4月31日", "令和0年1月1日",
     "明治5年12月1日", "2024年", "令和6年", "4月1日", "10:00", "1.2.3", "平成三十二", ""],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text, iso, note_has",
    [
        ("平成32年1月1日", "2020-01-01", "平成の終了後"),  # 改元前に印刷された書類の書き方
        ("平成31年5月1日", "2019-05-01", "令和元年5月1日"),
        ("令和元年4月30日", "2019-04-30", "令和の開始"),
        ("昭和64年1月8日", "1989-01-08", "昭和の終了後"),
        ("平成31年4月30日", "2019-04-30", None),
    ],
)
def test_out_of_era_dates_are_dates_with_a_note(text, iso, note_has):
    info = parse_date_info(text)
    assert info is not None and info.date.isoformat() == iso
    if note_has is None:
        assert info.note is None
    else:
        assert info.note and note_has in info.note


@pytest.mark.parametrize(
    "d, wareki, abbr",
    [
        (dt.date(2019, 5, 1), "令和元年5月1日", "R1.5.1"),
        (dt.date(2019, 4, 30), "平成31年4月30日", "H31.4.30"),
        (dt.date(1989, 1, 7), "昭和64年1月7日", "S64.1.7"),
        (dt.date(1989, 1, 8), "平成元年1月8日", "H1.1.8"),
        (dt.date(1926, 12, 24), "大正15年12月24日", "T15.12.24"),
        (dt.date(1926, 12, 25), "昭和元年12月25日", "S1.12.25"),
        (dt.date(1912, 7, 29), "明治45年7月29日", "M45.7.29"),
        (dt.date(1985, 4, 1), "昭和60年4月1日", "S60.4.1"),
    ],
)
def test_to_wareki(d, wareki, abbr):
    assert to_wareki(d) == wareki
    assert to_wareki(d, abbr=True) == abbr


def test_to_wareki_refuses_lunar_calendar_dates():
    with pytest.raises(ValueError):
        to_wareki(dt.date(1872, 12, 31))


@pytest.mark.parametrize(
    "s, n", [("三十一", 31), ("二〇二四", 2024), ("二千二十四", 2024), ("元", 1), ("１２", 12), ("十", 10), ("x", None), ("", None)]
)
def test_kanji_int(s, n):
    assert kanji_int(s) == n


def test_docstring_examples_hold():
    import doctest

    import tokumei.detect.geo as geo
    import tokumei.detect.wareki as wareki

    for mod in (wareki, geo):
        assert doctest.testmod(mod).failed == 0


def test_era_helpers():
    assert era_to_year("令和", 6) == 2024 and era_to_year("S", 60) == 1985
    assert era_to_year("天平", 1) is None and era_to_year("令和", 0) is None
    assert check_era_date("令和", dt.date(2024, 1, 1)) is None


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_round_trip_since_gregorian_calendar(d):
    assert parse_date(to_wareki(d)) == d
    assert parse_date(to_wareki(d, abbr=True)) == d
    assert parse_date_info(to_wareki(d)).note is None  # type: ignore[union-attr]
