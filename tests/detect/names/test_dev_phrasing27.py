"""Phrasings of the hand-written dev documents met in stop 27 (the dev residue of a-dev-2xx and the fresh
batches written by annotators who never saw the code, measured on main before any tuning on them),
generalised and written again with invented names and other real places (issues #11/#12). Each positive row
failed on the stop's first commit, 97da4b1, except those marked "guard"."""
from __future__ import annotations

import pytest

from tokumei.detect import analyze


def _of(text: str, label: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == label]


# --- a place found one kanji short: the landform's last kanji, or the island's first -----------------------
@pytest.mark.parametrize("text, place", [
    ("竜飛崎の風は冬になると強い。", "竜飛崎"),
    ("父は赤平坑で働いていた。", "赤平坑"),
    ("夕張坑の跡を案内します。", "夕張坑"),
    ("民宿から御五神島へ船で渡る。", "御五神島"),
    ("寺泊の魚市場で仕入れる。", "寺泊"),        # guard: SudachiDict has the whole name
    ("大阪に泊まる予定です。", "大阪"),          # guard: 泊まる is a verb, not a harbour
])
def test_place_takes_the_kanji_glued_to_its_edge(text, place):
    assert place in _of(text, "LOCATION")


@pytest.mark.parametrize("text, place", [
    ("旧大島町の役場", "旧大島町"),  # guard: the prefix 旧 is not the island's first kanji
    ("同島の漁協", None),           # guard: 同島 is no name
])
def test_prefix_is_not_taken_into_a_place(text, place):
    got = _of(text, "LOCATION")
    assert (place in got) if place else not any(g.endswith("同島") for g in got)


# --- a community radio station: the prefix and its name -----------------------------------------------------
@pytest.mark.parametrize("text, org", [
    ("エフエムかけがわ「ひるどき商店街」のお時間です。", "エフエムかけがわ"),
    ("FMなかつの番組に出ました。", "FMなかつ"),  # guard
    ("エフエム さつまベイ「おひるの港」", "エフエム さつまベイ"),
    ("仁淀川コミュニティFM かじか「夕方の寄り道」", "仁淀川コミュニティFM かじか"),  # guard
])
def test_radio_station_is_one_organisation(text, org):
    assert org in _of(text, "ORGANIZATION")


@pytest.mark.parametrize("text", ["FM番組で紹介された。", "コミュニティFMで十年続く話", "FMラジオを聞きながら"])
def test_radio_words_alone_are_no_station(text):  # guard
    assert not any("FM" in o and len(o) > len("コミュニティFM") for o in _of(text, "ORGANIZATION"))


# --- a family's shop named surname + food + 店, a family's yard ------------------------------------------------
@pytest.mark.parametrize("text, org", [
    ("・松尾もち店（本町）\n・どら焼きの店", "松尾もち店"),
    ("土産は西川だんご店で買った。", "西川だんご店"),
    ("父は吉永造船所で船大工をしていた。", "吉永造船所"),
    ("中村酒店の前で待ち合わせ。", "中村酒店"),   # guard
])
def test_surname_trade_shop(text, org):
    assert org in _of(text, "ORGANIZATION")


def test_yard_named_after_its_town_stays_a_place():  # guard (GSD: 江南造船所 is a facility)
    assert not any(o.endswith("造船所") for o in _of("翌月、江南造船所で修理を受けた。", "ORGANIZATION"))


# --- a hill one climbs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("家族で荒島岳に登りました。", "荒島岳"),
    ("毎年、家族で荒船山にのぼる。", "荒船山"),  # guard
])
def test_hill_climbed_is_a_place(text, place):
    assert place in _of(text, "LOCATION")
