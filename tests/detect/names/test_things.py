"""PERSON spans naming something else (rules/things.py): animals, songs, bodies before a title; invented names."""
from __future__ import annotations

import pytest

from tokumei import analyze


def people(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text", [
    "帰りは看板猫のミケも見送ってくれた。",
    "牧場のヤギのモコ吉くんは元気ですか。",
    "一番早く慣れたのは、古株の牛スミレ。",
    "愛犬のゴンタと毎朝歩く。",
])
def test_an_animals_name_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize("text, person", [
    ("愛犬のゴンタと散歩する田中さん", "田中"),
    ("猫の世話は牛島さんの担当です。", "牛島"),
    ("牛山 花子さんが来た", "牛山 花子"),
])
def test_people_beside_animals_stay(text, person):
    assert people(text) == [person]


@pytest.mark.parametrize("text", [
    "仮設住宅の集会所で、斎太郎節や草刈り唄を歌って回った。",   # a folk song named by its first word
    "夏祭りでは佐吉音頭を踊る。",
    "中学校でALTをしています。",                               # a job said as an acronym
    "市内で初めて有機JASの認証を受けた。",                     # a certification
])
def test_songs_jobs_and_certifications_are_no_names(text):
    assert [s.text for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")] == []


def test_a_person_with_an_honorific_before_a_song_word_stays():
    assert people("田中さん節約してね") == ["田中"]


@pytest.mark.parametrize("text, org", [
    ("元ミナト重工業副社長。", "ミナト重工業"),      # the body before a title, 元 left out
    ("ほかに6人の青空党議員が協力した。", None),      # a party: no name at all
])
def test_a_body_before_a_title_is_no_person(text, org):
    spans = analyze(text)
    assert [s.text for s in spans if s.label == "PERSON"] == []
    assert [s.text for s in spans if s.label == "ORGANIZATION"] == ([org] if org else [])


@pytest.mark.parametrize("text, person", [
    ("群馬の佐藤から電話があった。", "佐藤"),      # 馬 ends a place name: no animal
    ("和牛の佐藤と話した。", "佐藤"),              # a kanji name after an animal word is a person's
    ("佐藤節が炸裂した会見だった。", "佐藤"),      # 〜節 as a person's style, no song near
])
def test_people_after_animal_and_song_words_stay(text, person):
    assert any(person in p for p in people(text))


def test_a_name_after_a_name_ending_in_an_animal_kanji_stays():
    assert "田中花子" in people("佐藤一馬　田中花子")
