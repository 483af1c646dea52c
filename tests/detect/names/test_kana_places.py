"""Places written in hiragana in brand, event and programme names (issue #11): KEN_ALL's readings
(tokumei.detect.geo.kana_places), not dictionary words, not grammar. Invented names around real places."""
from __future__ import annotations

import pytest

from tokumei.detect import analyze
from tokumei.detect.geo import kana_places


def _places(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "LOCATION"]


@pytest.mark.parametrize("text, place", [
    ("コミュニティ放送「ぬまた・ものづくりラジオ」に出演した。", "ぬまた"),
    ("限定麺「ひみ寒ぶり煮干しそば」が人気です。", "ひみ"),
    ("昨年は「ちば眺望100景」にも選ばれた。", "ちば"),
    ("「しぶかわ・ものづくりラジオ」の収録があった。", "しぶかわ"),
])
def test_hiragana_places(text, place):
    assert place in _places(text), _places(text)


@pytest.mark.parametrize("text", [
    "、なんと陽菜さんが来た。",        # なん|と: a pronoun and a particle
    "それはなんとも皮肉だ。",
    "一つの店に三つの窓。",            # つの after a kanji
    "みどりの風が吹く。",              # みどり市, but a common word
    "あさひが昇る。",
    "ちばさんに会った。",              # an honorific: a person
    "ひみつの話をした。",
    "確かに今はまだ早い。",
])
def test_words_and_people_are_no_places(text):
    assert not any(s.label == "LOCATION" for s in analyze(text)), _places(text)


def test_readings_table():
    t = kana_places()
    assert t["ちば"][1] == "prefecture" and t["ぬまた"][1] == "municipality" and t["ひみ"][2] == "富山県"
    assert "つ" not in t  # one letter: never a place alone
