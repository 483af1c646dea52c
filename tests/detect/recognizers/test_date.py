"""DATE / DATE_OF_BIRTH recognizer (jp.date.v1), alone and in the identifier pipeline."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect import Analyzer
from tokumei.detect.recognizers.jp.date import RECOGNIZER
from tokumei.detect.textview import TextView
from tokumei.detect.wareki import to_wareki

PIPELINE = Analyzer(finders=[])
DATES = ("DATE", "DATE_OF_BIRTH")


def dates(text: str):
    out = [s for s in PIPELINE.analyze(text) if s.label in DATES]
    for s in out:
        assert text[s.start:s.end] == s.text
    return out


@pytest.mark.parametrize(
    "text, span, iso",
    [
        ("契約日は2024年4月1日です。", "2024年4月1日", "2024-04-01"),
        ("提出 2024/4/1 まで", "2024/4/1", "2024-04-01"),
        ("date: 2024-04-01T10:00", "2024-04-01", "2024-04-01"),
        ("2024.4.1付", "2024.4.1", "2024-04-01"),
        ("令和6年4月1日付で", "令和6年4月1日", "2024-04-01"),
        ("令和元年5月1日", "令和元年5月1日", "2019-05-01"),
        ("昭和六十年四月一日", "昭和六十年四月一日", "1985-04-01"),
        ("二〇二四年四月一日", "二〇二四年四月一日", "2024-04-01"),
        ("入社 S60.4.1", "S60.4.1", "1985-04-01"),
        ("R6.4.1 更新", "R6.4.1", "2024-04-01"),
        ("H元.1.8", "H元.1.8", "1989-01-08"),
        ("R6年4月1日", "R6年4月1日", "2024-04-01"),
        ("2024年（令和6年）4月1日に施行", "2024年（令和6年）4月1日", "2024-04-01"),
        ("令和6年(2024年)4月1日", "令和6年(2024年)4月1日", "2024-04-01"),
        ("２０２４年４月１日", "２０２４年４月１日", "2024-04-01"),
        ("２０２４／０４／０１", "２０２４／０４／０１", "2024-04-01"),
        ("㍻元年1月8日", "㍻元年1月8日", "1989-01-08"),
        ("2024年 4月 1日(月)", "2024年 4月 1日", "2024-04-01"),
        ("平成32年1月1日有効", "平成32年1月1日", "2020-01-01"),
        ("平成2.3.4", "平成2.3.4", "1990-03-04"),
        ("①㈱ミライ 令和６年４月１日", "令和６年４月１日", "2024-04-01"),
    ],
)
def test_full_dates(text, span, iso):
    (s,) = dates(text)
    assert (s.text, s.label, s.data["iso"]) == (span, "DATE", iso)
    assert s.validated


def test_out_of_era_date_is_flagged():
    (s,) = dates("平成32年1月1日")
    assert "平成の終了後" in s.data["note"]


@pytest.mark.parametrize(
    "text, span, iso",
    [
        ("昭和60年4月1日生まれ", "昭和60年4月1日", "1985-04-01"),
        ("昭和60年4月1日生", "昭和60年4月1日", "1985-04-01"),
        ("生年月日：1985/4/1", "1985/4/1", "1985-04-01"),
        ("誕生日は1990年12月31日です", "1990年12月31日", "1990-12-31"),
        ("DOB: 1985-04-01", "1985-04-01", "1985-04-01"),
        ("Birthday 2001.2.3", "2001.2.3", "2001-02-03"),
        ("出生 H2.3.4", "H2.3.4", "1990-03-04"),
        ("山田 1985年4月1日（39歳）", "1985年4月1日", "1985-04-01"),
    ],
)
def test_date_of_birth(text, span, iso):
    (s,) = dates(text)
    assert (s.text, s.label, s.data["iso"]) == (span, "DATE_OF_BIRTH", iso)


def test_birth_context_does_not_leak_to_the_next_date():
    got = [(s.text, s.label) for s in dates("生年月日：1985/4/1、入社日：2010/4/1")]
    assert got == [("1985/4/1", "DATE_OF_BIRTH"), ("2010/4/1", "DATE")]
    got = [(s.text, s.label) for s in dates("誕生日会の件。\n2024年5月1日に開催")]
    assert got == [("2024年5月1日", "DATE")]
    assert [s.label for s in dates("2024年4月1日生産分")] == ["DATE"]
    assert [s.label for s in dates("生まれは東京、2024年4月1日に入社")] == ["DATE"]
    assert [s.label for s in dates("生年月日は、1985年4月1日です")] == ["DATE_OF_BIRTH"]
    assert [s.label for s in dates("東京生まれの1985年4月1日")] == ["DATE_OF_BIRTH"]


@pytest.mark.parametrize("sep", ["\t", ","])
def test_date_of_birth_by_table_column_header(sep):
    rows = [["氏名", "生年月日", "入社日"], ["山田太郎", "1985/4/1", "2010/4/1"], ["鈴木花子", "昭和60年5月2日", "2012年4月1日"]]
    text = "\n".join(sep.join(r) for r in rows) + "\n\n備考\n2024/1/1"
    got = [(s.text, s.label) for s in dates(text)]
    assert got == [
        ("1985/4/1", "DATE_OF_BIRTH"), ("2010/4/1", "DATE"),
        ("昭和60年5月2日", "DATE_OF_BIRTH"), ("2012年4月1日", "DATE"), ("2024/1/1", "DATE"),
    ]


def test_date_of_birth_in_the_first_column():
    text = "生年月日,氏名\n1985/4/1,山田\n1990/5/6,鈴木"
    assert [s.label for s in dates(text)] == ["DATE_OF_BIRTH", "DATE_OF_BIRTH"]
    text = "氏名,生年月日\n1985/4/1,山田"
    assert [s.label for s in dates(text)] == ["DATE"]


def test_table_header_after_a_blank_line_does_not_apply():
    text = "氏名\t生年月日\n山田\t1985/4/1\n\n件名\t日付\n会議\t2024/1/1"
    assert [s.label for s in dates(text)] == ["DATE_OF_BIRTH", "DATE"]


@pytest.mark.parametrize(
    "text, span, data",
    [
        ("1985年7月入社", "1985年7月", {"iso_month": "1985-07"}),
        ("令和6年4月分の給与", "令和6年4月", {"iso_month": "2024-04", "era": "令和"}),
        ("4月1日に開催", "4月1日", {"month": 4, "day": 1}),
        ("十二月三十一日", "十二月三十一日", {"month": 12, "day": 31}),
        ("２月２９日", "２月２９日", {"month": 2, "day": 29}),
    ],
)
def test_partial_dates(text, span, data):
    (s,) = dates(text)
    assert s.text == span and s.label == "DATE"
    assert {k: v for k, v in s.data.items() if k != "validated"} == data
    assert s.score < 0.9


@pytest.mark.parametrize(
    "text, spans, label",
    [
        # 年のない「月/日」: 曜日・範囲・直前の文脈語があるときだけ日付
        ("誕生日は4/1です", ["4/1"], "DATE_OF_BIRTH"),
        ("生年月日 12/25", ["12/25"], "DATE_OF_BIRTH"),
        ("面談は4/1（月）に", ["4/1"], "DATE"),
        ("4/1(火)", ["4/1"], "DATE"),
        ("4/1〜4/5に開催", ["4/1", "4/5"], "DATE"),
        ("受付 12/25まで", ["12/25"], "DATE"),
        ("本日4/1に", ["4/1"], "DATE"),
    ],
)
def test_slash_month_day_with_context(text, spans, label):
    found = dates(text)
    assert [s.text for s in found] == spans and {s.label for s in found} == {label}
    assert all(s.score <= 0.55 and "month" in s.data for s in found)


@pytest.mark.parametrize(
    "text",
    ["1/2の社員", "24/7対応", "50/50で", "比率は3/4", "4/1", "版 1/2 ページ", "誕生日、3/4の割合", "予定は2/30",
     "13/1に開催", "面談 1/2倍", "10/10 2/3", "https://ex.jp/4/1", "3/4%"],
)
def test_slash_month_day_negatives(text):
    assert dates(text) == []


def test_month_day_scores_lower_than_full_date():
    (md,) = dates("4月1日")
    (full,) = dates("2024年4月1日")
    assert md.score < full.score


@pytest.mark.parametrize(
    "text",
    [
        "1,200万円", "15%", "10:00", "10時30分", "2024年", "令和6年度", "第12条", "3年間", "45歳",
        "1-2-3", "version 1.2.3", "v2.4.1", "192.168.1.1", "R6.2.30", "2024/2/30", "2月30日",
        "13月1日", "3か月", "毎月1日", "12345/6/7", "2024-04-01-1234", "TEL 2024-1-1234",
        "3月10日間", "1.5.2024", "0120-12-31", "AS60.4.1", "型番XR6.4.1", "型番S1.2.3",
    ],
)
def test_negatives(text):
    assert dates(text) == []


def test_recognizer_reports_both_labels_and_registry_name():
    assert RECOGNIZER.name == "jp.date.v1"
    assert set(RECOGNIZER.labels) == {"DATE", "DATE_OF_BIRTH"}
    assert [s.label for s in PIPELINE.analyze("生年月日 S60.4.1", labels=["DATE_OF_BIRTH"])] == ["DATE_OF_BIRTH"]


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=dt.date(1873, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["kanji", "abbr", "iso", "slash", "zen"]),
    st.text(alphabet="あいう、。 漢字", max_size=8),
    st.text(alphabet="あいう、。 漢字ABC", max_size=8),
)
def test_any_written_date_is_found_with_its_iso(d, style, before, after):
    body = {
        "kanji": to_wareki(d),
        "abbr": to_wareki(d, abbr=True),
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month}/{d.day}",
        "zen": f"{d.year}年{d.month}月{d.day}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    }[style]
    text = before + body + after
    found = list(RECOGNIZER.find(TextView(text)))
    assert [(s.text, s.data["iso"]) for s in found] == [(body, d.isoformat())]
    for s in found:
        assert text[s.start:s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789０１２年月日/.-()（）生令和昭平元〇十一二三百千SRH㍻ ", max_size=40))
def test_offsets_point_into_the_original(text):
    for s in RECOGNIZER.find(TextView(text)):
        assert text[s.start:s.end] == s.text
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize(
    "text, found",
    [
        # 表の「誕生日」列の 4/1 は生年月日（美容室の顧客名簿など）。見出しが日付の語の列だけ。
        ("氏名,誕生日,来店\n山田,4/1,3/2\n鈴木,12/25,1/2",
         [("DATE_OF_BIRTH", "4/1"), ("DATE", "3/2"), ("DATE_OF_BIRTH", "12/25"), ("DATE", "1/2")]),
        ("名簿です\n氏名\t誕生日\n山田\t4/1", [("DATE_OF_BIRTH", "4/1")]),
        ("メモ\n\n氏名\t誕生日\n山田\t4/1", [("DATE_OF_BIRTH", "4/1")]),
        ("氏名,比率\n山田,1/2", []),
        ("山田,4/1\n鈴木,5/6", []),
        ("氏名,誕生日\n\n山田,4/1", []),  # 空行で表が切れている
    ],
)
def test_slash_month_day_in_a_date_column(text, found):
    assert [(s.label, s.text) for s in dates(text)] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # Markdown の表（事例原稿によくある）: 見出し「生年月日」「誕生日」の列
        ("| 氏名 | 生年月日 |\n|---|---|\n| 山田太郎 | 1985/4/1 |", [("DATE_OF_BIRTH", "1985/4/1")]),
        ("| 氏名 | 誕生日 | 入社日 |\n|---|---|---|\n| 山田 | 4/1 | 2010/4/1 |",
         [("DATE_OF_BIRTH", "4/1"), ("DATE", "2010/4/1")]),
        ("| 件名 | 日付 |\n|---|---|\n| 会議 | 2024/1/1 |", [("DATE", "2024/1/1")]),
    ],
)
def test_markdown_table_columns(text, found):
    assert [(s.label, s.text) for s in dates(text)] == found
