"""Phrasings the dev sets showed failing at the end of stop 34 (wave 6 and dev less waves 7–8), kept as table tests
(invented names, real places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the
marker is removed, so a fix is noticed and the row becomes an ordinary table test."""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 34 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # a kana nickname in a post, acting in the sentence
    ("PERSON", "まいまい", "昨日一緒に行ったまいまいは砂むしで寝落ちした。"),
    # a kind word glued to a kana name, unquoted: anonymize.shops replaces it, detect does not report it
    ("ORGANIZATION", "茶房このは", "宇治の茶房このは、亀岡の木工舎などが出店する。"),
    # a bath house named 〜の湯
    ("LOCATION", "滝の湯", "鳴子温泉駅から歩いて五分、滝の湯の向かいです。"),
    # a surname that is also a place, before a person's title
    ("PERSON", "足立", "審査は足立副委員長が行う。"),
    # a public body named after its prefecture is an organisation, not a place
    ("ORGANIZATION", "広島県国際センター", "そこで広島県国際センターの助言を受けた。"),
    # a child's kana name after うちの
    ("PERSON", "ひな", "うちのひなはサーブが得意。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got
