"""Places whose kind word alone makes them a place, without context (issue #11): 〜ヶ島, 〜横丁, a shrine or
a peak named with a common word (白鬚神社, 竜王岳), and a city's name + its port or castle (舞鶴港). Each
positive row failed before; the negatives are kinds or ranks of shrines, not a shrine."""
from __future__ import annotations

import pytest

from tokumei.detect import analyze


def _places(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "LOCATION"]


@pytest.mark.parametrize("text, place", [
    ("村の鎮守、白鬚神社の祭りで神輿を担ぐ。", "白鬚神社"),
    ("裏山の竜王岳に登る。", "竜王岳"),
    ("干潮のときだけ歩いて渡れる雀ヶ島に行った。", "雀ヶ島"),
    ("帰りに駄菓子横丁の店で買った。", "駄菓子横丁"),
    ("勤務地：舞鶴港 東ふ頭", "舞鶴港"),
])
def test_a_kind_word_alone_makes_the_name_a_place(text, place):
    assert place in _places(text), _places(text)


@pytest.mark.parametrize("text", ["戦前は官幣大社に列せられた。", "地元の神社で祭りがある。", "山岳ガイドを頼んだ。"])
def test_ranks_and_kinds_of_shrines_or_mountains_are_no_place(text):
    assert _places(text) == []


def test_a_former_town_or_village_is_a_place():
    """旧五箇村: merged away, so not in KEN_ALL; 旧 says it was a town (the context rule wants one)."""
    assert "旧五箇村" in _places("旧五箇村の山あいで育った。")


@pytest.mark.parametrize("text, place", [
    ("銀山温泉で旅館に入って十年になる。", "銀山温泉"),
    ("伊良部大橋が開通してから客が増えた。", "伊良部大橋"),
    ("船越湾の浜で網を干す。", "船越湾"),
    ("給食には淡路島産の玉ねぎを使う。", "淡路島"),   # 産: grown there
])
def test_spas_long_bridges_bays_and_places_of_origin(text, place):
    assert any(place in p for p in _places(text)), _places(text)  # (the model may take in の浜: 船越湾の浜)


@pytest.mark.parametrize("text", ["天然温泉に入った。", "大橋さんが来た。", "「ツアー台湾」の会見に出た。"])
def test_kinds_surnames_and_countries_are_no_such_place(text):
    assert not any(p.endswith(("温泉", "大橋", "湾")) and p not in ("台湾",) for p in _places(text)), _places(text)
