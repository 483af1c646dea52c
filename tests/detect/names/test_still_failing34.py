"""Phrasings the dev sets showed failing at the end of stop 34 (wave 6 and dev less waves 7–8), kept as table tests
(invented names, real places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the
marker is removed, so a fix is noticed and the row becomes an ordinary table test. (Stop 35 fixed 茶房このは, 滝の湯 and 足立副委員長:
they moved to test_kind_first35.py and test_people_and_forms35.py.)"""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 34 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # a kana nickname in a post, acting in the sentence
    ("PERSON", "まいまい", "昨日一緒に行ったまいまいは砂むしで寝落ちした。"),
    # a public body named after its prefecture is an organisation, not a place
    ("ORGANIZATION", "広島県国際センター", "そこで広島県国際センターの助言を受けた。"),
    # a child's kana name after うちの
    ("PERSON", "ひな", "うちのひなはサーブが得意。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got
