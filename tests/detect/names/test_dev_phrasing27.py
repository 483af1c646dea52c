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
