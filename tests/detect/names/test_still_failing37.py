"""Phrasings the dev sets showed failing at the end of stop 37 (names and anonymize dev wave 9, read), kept as table tests
(invented names, real places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the
marker is removed, so a fix is noticed and the row becomes an ordinary table test. The rows of stops 34–36 that still
fail are in test_still_failing34.py … test_still_failing36.py."""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 37 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # a kana given name right after a particle written in kana (から|ちか): the run からちか has no boundary to read
    ("PERSON", "ちか", "今月からちか先生にかわって担任が替わります。"),
    # a child's kana name after a dialect verb in kana (通うとる|こうへい), before a comma and more
    ("PERSON", "こうへい", "インドネシアから来たデウィ、あと織田から通うとるこうへいくん。この前はみんなで行った。"),
    # a child's kana name after は and before an age in brackets, with no family word
    ("PERSON", "ゆうと", "今日はゆうと（4歳）の保育園遠足でした。"),
    # a one-kanji place that is a common noun (曲, a song) before 診療所
    ("ORGANIZATION", "曲診療所", "地域包括支援センターや曲診療所と連絡を取る。"),
    # a kana lead ending in が before a kanji bank name: read as a particle (するが|富士信用金庫)
    ("ORGANIZATION", "するが富士信用金庫", "ご指定の口座へするが富士信用金庫からお振り込みください。"),
    # a spring named after a historical person (宗祇): the person rule keeps the name
    ("LOCATION", "宗祇水", "郡上おどりの間は宗祇水の辺りが混む。"),
    # a landmark written as a common phrase (竹林の小径) with no place word a rule knows
    ("LOCATION", "竹林の小径", "竹林の小径をお散歩の折にお立ち寄りください。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got
