"""Issue #12 "anonymize like a careful adviser": the leak kinds of the last evaluation report, in general form.

Every row is an invented sentence (invented names and places); each row failed on the code before
this change, except the guards marked as such (ordinary words that must stay as written).
"""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


def _out(text: str, policy: str = "publication") -> str:
    return anonymize(text, policy).text


# 1. a named landmark near the business is generalised under publication (the kind word stays)
@pytest.mark.parametrize("text, gone, kept", [
    ("店はかもめ橋のたもとにある。", ["かもめ"], ["地元の橋のたもと"]),
    ("眼鏡橋のたもとから30歩の洋食屋。", ["眼鏡橋"], ["地元の橋のたもとから30歩"]),
    ("店は本丸大時計から徒歩1分の角にある。", ["本丸", "大時計"], ["地元の名所から徒歩1分"]),
    ("白鷺神社の鳥居の前で営業している。", ["白鷺"], ["地元の神社の鳥居"]),
    ("ひがし茶屋街の町家で営む。", ["ひがし"], ["地元の名所の町家"]),
    ("長崎県の眼鏡橋のたもとにある。", ["眼鏡橋", "地元の"], ["長崎県の橋のたもと"]),
    # guards: a kind of bridge or temple, a street with no name, a product in quotes
    ("店は大通りの石橋のそばにある。", [], ["石橋のそば"]),
    ("近くの商店街で買い物をする。山寺を訪ねた。", [], ["近くの商店街", "山寺を"]),
    ("大盛りの「かもめ橋スペシャル」が名物。", [], ["「かもめ橋スペシャル」"]),
])
def test_named_landmarks(text, gone, kept):
    out = _out(text)
    for g in gone:
        assert g not in out, (g, out)
    for k in kept:
        assert k in out, (k, out)


def test_landmarks_stay_under_internal():
    assert "かもめ橋" in _out("店はかもめ橋のたもとにある。", "internal")
