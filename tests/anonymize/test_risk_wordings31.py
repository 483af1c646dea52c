"""Stop 31 (issue #12): risk wordings the hand-written dev missed — a founding year with other words before the verb
of beginning (where the passage holds a name, the year alone is flagged, so that the name does not drop the flag),
a landmark with the way and the distance, a quoted name with its price, a named event. Rows written with invented
names; each positive row fails on 3cbe939c (founding), 1af9662a (landmarks, brands) or 2f1e4bdd (events), or is
marked guard."""
from __future__ import annotations

import pytest

from tokumei.anonymize.engine import anonymize


def _founding(text: str) -> list[str]:
    return [f.text for f in anonymize(text, "publication").risks if f.kind == "founding"]


@pytest.mark.parametrize("text, year", [
    ("ひばり窯は1968年、先代の丸岡 一男が温泉街の外れに開いた。", "1968年"),          # a name between: the year alone
    ("明治三十九年より本町で商いを続けてまいりました。", "明治三十九年"),
    ("空き店舗を借りて、2020年に開きました。", "2020年"),
    ("当社は1951（昭和26）年に和紙の加工所として創業し、", "1951（昭和26）年"),        # the era year inside the brackets
    ("地元に戻ったのが2017年です。", "2017年"),
])
def test_founding_year_before_the_verb(text, year):
    flags = _founding(text)
    assert any(year in f for f in flags), flags
    assert not any("丸岡" in f for f in flags)  # the flag crossing a name would be dropped: the year alone stays


@pytest.mark.parametrize("text", [
    "2011年に震災があり、店を閉めた。",        # guard: no verb of beginning
    "2024年の売上は前年並みだった。",
])
def test_years_without_a_beginning_are_no_founding(text):
    assert not _founding(text)


@pytest.mark.parametrize("text, landmark", [
    ("作業小屋は、大間崎から海沿いに車で8分、倉庫の隣にある。", "大間崎から海沿いに車で8分"),   # words of the way between
    ("豊島大橋を渡って車で2分。", "豊島大橋を渡って車で2分"),
    ("牧柵沿いに五百メートルです。", "牧柵沿いに五百メートル"),                                  # kanji numerals
    ("場所は天草五橋の一号橋を渡ってすぐです。", "一号橋を渡ってすぐ"),
])
def test_landmark_with_the_way_and_the_distance(text, landmark):
    flags = [f.text for f in anonymize(text, "publication").risks if f.kind == "landmark"]
    assert any(landmark in f for f in flags), flags


def test_leaving_school_is_no_landmark():
    # guard: を出てすぐ is a time, not a way
    assert not [f for f in anonymize("僕は高校を出てすぐ麺場に入った。", "publication").risks if f.kind == "landmark"]


@pytest.mark.parametrize("text, brand", [
    ("二尺の「福招きだるま」は五万円。", "「福招きだるま」"),                      # kanji numerals
    ("看板メニューは「岩清水せいろ」、九百八十円。", "「岩清水せいろ」"),    # guard: found before (看板)
    ("ご注文分から「朝焼けみかん」5kg箱を3,800円に改めます。", "「朝焼けみかん」"),
])
def test_quoted_name_with_its_price_is_a_brand(text, brand):
    assert brand in [f.text for f in anonymize(text, "publication").risks if f.kind == "brand"]


@pytest.mark.parametrize("text", [
    "「会費」は3,000円です。",                     # guard: a two-kanji common word
    "「こんにちは」と言って500円を払った。",       # guard: words said
])
def test_quoted_words_with_a_price_are_no_brand(text):
    assert not [f for f in anonymize(text, "publication").risks if f.kind == "brand"]


def test_a_year_flagged_alone_suggests_how_long_ago():
    # the flag is the year only, so its suggestion must read in its place: 「1968年、先代が…開いた」 → 「50年以上前、…」
    flags = [f for f in anonymize("ひばり窯は1968年、先代の丸岡 一男が温泉街の外れに開いた。", "publication").risks
             if f.kind == "founding"]
    assert [f.text for f in flags] == ["1968年"] and flags[0].suggestion.endswith("前"), flags


@pytest.mark.parametrize("text, event", [
    ("「港町のこれからを語る会」記録（公民館 2階）", "「港町のこれからを語る会」"),        # a record's title
    ("「山里のあととり座談会2027」採録", "「山里のあととり座談会2027」"),
    ("宿のお客さんに「厩舎の朝ごはん」いう体験を始めました。", "「厩舎の朝ごはん」"),       # called an event
    ("「城下町よりあいトーク vol.3」記録", "「城下町よりあいトーク vol.3」"),
])
def test_named_events(text, event):
    assert event in [f.text for f in anonymize(text, "publication").risks if f.kind == "event"]


def test_a_word_said_is_no_event():
    # guard
    assert not [f for f in anonymize("「ありがとう」という言葉が好きだ。", "publication").risks if f.kind == "event"]
