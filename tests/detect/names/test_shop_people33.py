"""A person after a shop written with a space, and a given name SudachiPy reads as a common noun after a family word
(stop 33, second batch; invented names, each case failed on 7ece55a7)."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize


def labelled(text: str, label: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, org, person", [
    ("塩竈のすし処 まつ勘の松本 勘太郎です。", "すし処 まつ勘", "松本 勘太郎"),   # の + surname + given name
    ("会長は民宿 はまなす荘の中村 公子氏。", "民宿 はまなす荘", "中村 公子"),     # the given name before 氏
    ("陶房 ひいらぎの庄司 遥さんが器を貸してくれた。", "陶房 ひいらぎ", "庄司 遥"),
])
def test_person_after_a_spaced_shop_and_no(text, org, person):
    assert org in labelled(text, "ORGANIZATION")
    assert person in labelled(text, "PERSON")


def test_a_hiragana_trade_keeps_its_kind_word():
    # すし|処 is a kind SudachiDict knows, いんば|食堂 a name (the whole is replaced)
    assert "すし処" in anonymize("塩竈のすし処 まつ勘の松本 勘太郎です。").text


@pytest.mark.parametrize("text, name", [
    ("私が茹でて、女房の光子が売る。", "光子"),      # 光子 a photon to SudachiPy
    ("妻の幸子は元気です。", "幸子"),
    ("父の一郎と母の花子を招いた。", "花子"),
])
def test_given_name_after_a_family_word(text, name):
    assert name in labelled(text, "PERSON")


@pytest.mark.parametrize("text", ["妻の様子が変だ。", "母の帽子を借りた。", "兄の弟子が来た。"])
def test_common_nouns_after_a_family_word_stay(text):
    assert labelled(text, "PERSON") == []
