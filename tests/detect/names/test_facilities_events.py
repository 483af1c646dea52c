"""Community facilities are places and events are no bodies (rules/facilities.py, rules/vetoes.py).
Invented sentences with real place names; the first rows failed on the old code (ORGANIZATION)."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize


def labels(text: str, word: str) -> list[str]:
    return [s.label for s in analyze(text) if s.text == word]


@pytest.mark.parametrize("text, word", [
    ("日時：3月4日（木）14:00～　場所：上市ふれあいセンター", "上市ふれあいセンター"),
    ("作品展は田辺市民総合センターで14日まで開催中です。", "田辺市民総合センター"),
])
def test_a_community_facility_is_a_place(text, word):
    assert labels(text, word) == ["LOCATION"]


def test_the_facility_keeps_its_kind_word_in_the_output():
    assert anonymize("場所：上市ふれあいセンター").text == "場所：地元のふれあいセンター"


@pytest.mark.parametrize("text", [
    "2月10日（水）に「はちのへうまいもの商談会」を本店5階ホールで開きます。",
    "2. 施餓鬼会は8月16日。大瀬地区の当番が準備する。",
])
def test_an_event_of_ordinary_words_is_no_organisation(text):
    assert [s.text for s in analyze(text) if s.label == "ORGANIZATION"] == []


@pytest.mark.parametrize("text, org", [
    ("株式会社ミナト物産展示会の担当です。", "株式会社ミナト物産展示会"),   # a legal form: a body
    ("社会福祉法人さくら会館の職員", "社会福祉法人さくら会館"),
])
def test_bodies_with_a_legal_form_stay_organisations(text, org):
    assert org in [s.text for s in analyze(text) if s.label == "ORGANIZATION"]
