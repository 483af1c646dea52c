"""Phrasings of the hand-written dev documents met in stop 25 (written by annotators who never saw the code,
measured on main before any tuning on them), generalised and written again with invented names (issue
#11/#12). Each positive row failed on the stop's first commit, b8ee55e, except those marked "guard"."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize
from tokumei.detect import analyze


def _of(text: str, label: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == label]


# --- a spaced full name whose given name only JMnedict lists --------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("明治の末に高久 権助が始めた手延べの店だ。", "高久 権助"),
    ("（取材・文　鐙 さやか）", "鐙 さやか"),
    ("夜は正社員の坂本 大悟が入る。", "坂本 大悟"),
])
def test_spaced_name_with_a_given_name_from_jmnedict(text, name):
    assert name in _of(text, "PERSON")


@pytest.mark.parametrize("text, not_name", [
    ("恵　季節の花を必ず入口に置くことです。", "恵　季節"),      # a speaker's label, then the answer
    ("千晴　長男の大輝が継ぐと言っています。", "千晴　長男"),
    ("参加店：花屋 ひなげし、梅屋（和菓子）", "花屋 ひなげし"),  # a shop, not a person
])
def test_spaced_words_that_are_no_full_name(text, not_name):
    assert not_name not in _of(text, "PERSON")
