"""Names as real Japanese texts write them (issue #11, rule tier): full names with a space and no
honorific, readings after a name, foreign names, business names without a legal form, and ordinary
words that must not become people or companies. Every name here is invented."""
from __future__ import annotations

import pytest

from tokumei import analyze

NAMES = ("PERSON", "ORGANIZATION")


def found(text: str, labels=NAMES) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text) if s.label in labels and not (s.data or {}).get("reference")]


def ids(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for s in analyze(text):
        if s.label in NAMES:
            out.setdefault(s.text, set()).add(s.entity_id)
    return out


# --- 1. a full name written with a space and no honorific is ONE person --------------------------

@pytest.mark.parametrize("text, name", [
    ("森永 健吾(41) 起業家", "森永 健吾"),
    ("森永　健吾（41）起業家", "森永　健吾"),
    ("森永 健吾は起業家だ。", "森永 健吾"),
    ("文・写真　田淵 一郎", "田淵 一郎"),
    ("相談員：長谷部 美穂", "長谷部 美穂"),
])
def test_full_name_with_space_is_one_person(text, name):
    assert found(text) == [("PERSON", name)]


def test_surname_later_joins_the_full_name():
    text = "森永 健吾(41) 起業家。創業の経緯を森永に説明してもらった。"
    spans = [s for s in analyze(text) if s.label in NAMES]
    assert [(s.label, s.text) for s in spans] == [("PERSON", "森永 健吾"), ("PERSON", "森永")]
    assert spans[0].entity_id == spans[1].entity_id


# --- 2. a reading right after a name is that person, one span ------------------------------------

@pytest.mark.parametrize("text, name, reading", [
    ("杉浦 正明さん(すぎうら・まさあき)", "杉浦 正明", "すぎうら・まさあき"),
    ("杉浦正明（スギウラ・マサアキ）さん", "杉浦正明", "スギウラ・マサアキ"),
    ("野々村 孝之(ののむら たかゆき) 代表", "野々村 孝之", "ののむら たかゆき"),
    ("代表　柏木 奈央（かしわぎ なお）", "柏木 奈央", "かしわぎ なお"),
    ("担当の鈴木（すずき）です。", "鈴木", "すずき"),  # SudachiDict has 鈴木（すずき） as one word
])
def test_reading_is_one_span_of_the_same_person(text, name, reading):
    spans = [s for s in analyze(text) if s.label in NAMES]
    assert [(s.label, s.text) for s in spans] == [("PERSON", name), ("PERSON", reading)]
    assert spans[0].entity_id == spans[1].entity_id


@pytest.mark.parametrize("text, name", [
    ("田中さん（おばあちゃん）が来た。", "田中"),
    ("山田さん（ひとりぐらし）", "山田"),
])
def test_words_in_brackets_after_a_name_are_not_its_reading(text, name):
    assert [s.text for s in analyze(text) if s.label in NAMES] == [name]


def test_office_named_after_the_person_is_a_whole_organisation():
    text = "野々村 孝之(ののむら たかゆき) ののむら労務パートナーズ 代表"
    assert found(text) == [("PERSON", "野々村 孝之"), ("PERSON", "ののむら たかゆき"),
                           ("ORGANIZATION", "ののむら労務パートナーズ")]


# --- 3. foreign names: katakana with ・ or spaces, Latin script in either width ---------------------

@pytest.mark.parametrize("text, name", [
    ("Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａさんが来日した。", "Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａ"),
    ("担当はKenji Haradaです。", "Kenji Harada"),
    ("講師：Maria Santos（ブラジル出身）", "Maria Santos"),
    ("技能実習生のグエン・ヴァン・ナムは真面目だ。", "グエン・ヴァン・ナム"),
    ("技能実習生のグエン ヴァン ナムは真面目だ。", "グエン ヴァン ナム"),
])
def test_foreign_name_is_one_span(text, name):
    assert found(text) == [("PERSON", name)]


def test_romanised_name_and_its_reading_are_the_same_person():
    text = "SAITO KENJI & YUKO（サイトウ ケンジ＆ユウコ）"
    spans = [s for s in analyze(text) if s.label in NAMES]
    assert [(s.label, s.text) for s in spans] == [("PERSON", "SAITO KENJI & YUKO"), ("PERSON", "サイトウ ケンジ＆ユウコ")]
    assert spans[0].entity_id == spans[1].entity_id


# --- 4. business names without a legal form ------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("2015年に「ネクストリンク」を起業した。", "ネクストリンク"),
    ("現在は「スタディ・ブリッジ」に勤務している。", "スタディ・ブリッジ"),
    ("「あおぞら工房」を設立した。", "あおぞら工房"),
    ("佐竹 大輔(ブルーフィールド社長)", "ブルーフィールド"),
    ("サンライズパートナーズ代表の高瀬です。", "サンライズパートナーズ"),
    ("母が「喫茶みどり」を営む。", "喫茶みどり"),
    ("喫茶みどりの常連だった。", "喫茶みどり"),
    ("はなまる屋の店主に聞いた。", "はなまる屋"),
    ("まるやま事務所に勤務している。", "まるやま事務所"),
    ("かねいち酒店を継いだ。", "かねいち酒店"),
    ("いづみや酒店を継いだ。", "いづみや酒店"),
    ("中むら酒店の店主に聞いた。", "中むら酒店"),
])
def test_business_name_without_legal_form(text, org):
    assert ("ORGANIZATION", org) in found(text)
    assert not any(o != org and (o in org or org in o) for _, o in found(text))  # never cut in two


# --- offsets hold whatever the mix (hypothesis) -----------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["森永 健吾", "(41)", "さん", "(すぎうら・まさあき)", "（ののむら たかゆき）", "Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａ", "Kenji Harada",
           " & ", "＆", "「ネクストリンク」を起業", "喫茶 ひまわり", "社長", "宮島から車で", "JR沼田駅", "岩国市にある", "出席者：",
           "、", "。", "\n", "　", " ", "ハノイ", "の", "が", "#岡崎", "本町二丁目", "ひなたくん", "店長のアイが", "：", "ナム"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
def test_spans_point_into_the_original_text(pieces):
    text = "".join(pieces)
    spans = analyze(text)
    for s in spans:
        assert text[s.start:s.end] == s.text and s.start < s.end
    plain = [s for s in spans if not (s.data or {}).get("reference")]
    assert all(a.end <= b.start for a, b in zip(plain, plain[1:]))
