"""A bare name before a verb of living or opening a business is a place (rules/place_verbs.py).
Invented sentences with real small place names; the first rows failed on the old code (PERSON/ORG)."""
from __future__ import annotations

import pytest

from tokumei import analyze


def labels(text: str, word: str) -> list[str]:
    return [s.label for s in analyze(text) if s.text == word]


@pytest.mark.parametrize("text, word", [
    ("祖父が昭和四十年に安慶名で開いた食堂を継いだ。", "安慶名"),
    ("母は喜屋武で生まれ、那覇で育った。", "喜屋武"),
    ("水戸や日立に住む家族連れが多い。", "日立"),
])
def test_a_name_where_one_lives_or_opens_is_a_place(text, word):
    assert labels(text, word) == ["LOCATION"]


@pytest.mark.parametrize("text, word, label", [
    ("田中さんで始めた勉強会です。", "田中", "PERSON"),   # an honorific: a person
    ("社長は田中に店を任せた。", "田中", "PERSON"),        # 任せる takes a person
    ("日立に勤めていた。", "日立", "ORGANIZATION"),        # working for: the company
])
def test_people_and_companies_in_other_frames_stay(text, word, label):
    assert labels(text, word) == [label]


@pytest.mark.parametrize("text, word", [
    ("最高の旅でした！\n#仙北市 #角館 #秋田旅", "角館"),          # a hashtag tags a place, never a person
    ("伊良部島の佐良浜で、カツオ節づくりを見た。", "佐良浜"),    # surname guess + 浜: the whole is a place
    ("陶器市の時期は泉山磁石場の方まで人であふれる。", "泉山磁石場"),
])
def test_a_bare_name_tagged_or_glued_to_a_place_word_is_a_place(text, word):
    assert labels(text, word) == ["LOCATION"]


@pytest.mark.parametrize("text, word", [("#田中さん ありがとう", "田中"), ("小林浜子さんが来た", "小林浜子")])
def test_people_with_honorifics_stay(text, word):
    assert labels(text, word) == ["PERSON"]
