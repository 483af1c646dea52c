"""A surname where only a person fits (rules/person_frames.py). Invented sentences; the positive rows
failed on the old code (a place or nothing)."""
from __future__ import annotations

import pytest

from tokumei import analyze


def labels(text: str, word: str) -> list[str]:
    return [s.label for s in analyze(text) if s.text == word]


@pytest.mark.parametrize("text, word", [
    ("筒井の娘で、店の帳場を手伝っている。", "筒井"),         # a surname SudachiPy reads as a common noun
    ("その日は根本の代理で番組に出た。", "根本"),
    ("赤塚の存命中に出た最後の作品だ。", "赤塚"),             # a surname SudachiPy reads as a place
    ("秋葉たちが駆けつけて救い出した。", "秋葉"),
    ("吉岡・神山の二人がタイトルを分け合った。", "神山"),     # a ・-list of people
])
def test_a_surname_in_a_persons_frame_is_a_person(text, word):
    assert labels(text, word) == ["PERSON"]


@pytest.mark.parametrize("text, word", [
    ("東京・大阪・名古屋で開いた。", "大阪"),   # a list of places stays places
    ("佐賀工場長に就任した。", None),           # a site's head: no person
])
def test_places_stay_places(text, word):
    if word:
        assert labels(text, word) == ["LOCATION"]
    else:
        assert [s for s in analyze(text) if s.label == "PERSON"] == []
