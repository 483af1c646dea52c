"""Places SudachiDict also lists as surnames, read as people (stop 34, wave 6 read; invented sentences, real places as a
local writer names them): a bare name listed beside places, a name glued to a shore, district or harbour word, an
island or a temple cut by the tokenizer, and a district body numbered 第三区. Each place row failed on e9ceb89d; the
people rows guard the list rule."""
from __future__ import annotations

import pytest

from tokumei import analyze


def labelled(text: str, label: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, place", [
    ("大会には野沢、奥川、群岡など14の単位クラブが出る。", "奥川"),     # listed between two places
    ("秋の演習は晴山、小軽米などの各分団で行う。", "晴山"),             # listed before a place
    ("入野松原のクリーン作戦に参加した。", "入野松原"),                 # a surname-like name glued to 松原
    ("集合は奥川地区の公民館前。", "奥川地区"),
    ("住んでいるところ：中通島 青方郷", "中通島"),                      # 中|通島: one kanji before an island
    ("日間賀島の民宿に泊まった。", "日間賀島"),                         # 日間|賀島: two kanji before an island
    ("乙宝寺門前の茶屋で休んだ。", "乙宝寺"),                           # 乙|宝寺: a temple
])
def test_place_not_person(text, place):
    assert any(place in loc for loc in labelled(text, "LOCATION"))
    assert not any(p in place for p in labelled(text, "PERSON"))


def test_a_district_body_numbered_by_ku():
    assert "六原第三区自治会" in labelled("鍵の開け閉めは六原第三区自治会の当番です。", "ORGANIZATION")


@pytest.mark.parametrize("text, person", [
    ("山田、佐藤、鈴木の三人が来た。", "佐藤"),                       # a list of people stays people
    ("野沢、奥川さん、群岡の三か所を回った。", "奥川"),               # an honorific makes it a person
])
def test_people_in_lists_stay_people(text, person):
    assert person in labelled(text, "PERSON")


def test_a_surname_on_a_roles_line_before_a_place_stays_a_person():
    # 会計 成瀬、豊田市足助: a role and its person, then where the meeting is
    assert "成瀬" in labelled("（鮮魚店）、会計 成瀬、豊田市足助の集会所", "PERSON")
