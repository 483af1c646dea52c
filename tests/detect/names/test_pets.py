"""Animals' names are no people (rules/pets.py); invented names. The first rows failed on the old code."""
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
