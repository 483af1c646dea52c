"""Phrasings the dev sets showed failing at the end of stop 35 (wave 7 and dev less waves 8–9), kept as table tests
(invented names, real places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the
marker is removed, so a fix is noticed and the row becomes an ordinary table test. The rows of stop 34 that still fail
are in test_still_failing34.py."""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 35 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # a kana surname SudachiPy reads as a verb and particles (ふる|か|わ) before a trade
    ("ORGANIZATION", "ふるかわ看板店", "冨田 康氏がふるかわ看板店に見積もりを依頼した。"),
    # a kana name SudachiPy reads as an adverb (はるか) before a consultant's office
    ("ORGANIZATION", "はるか経営相談室", "2020年にはるか経営相談室を開く。"),
    # a trade, の and a kanji name SudachiDict reads as common words, in quotes
    ("ORGANIZATION", "人形の鈴泉", "うちの「人形の鈴泉」は祖父が始めた。"),
    # a kana shop name glued to a katakana kind word (フォー屋)
    ("ORGANIZATION", "フォー屋みさき", "竹田駅前のフォー屋みさきで過ごす。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got
