"""Phrasings the dev sets showed failing at the end of stop 36 (names and anonymize dev wave 8, read), kept as table tests
(invented names, real places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the
marker is removed, so a fix is noticed and the row becomes an ordinary table test. The rows of stops 34–35 that still
fail are in test_still_failing34.py and test_still_failing35.py."""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 36 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # a kana name SudachiPy reads as a verb (まどろみ) before 堂, after a spaced trade word
    ("ORGANIZATION", "整体 まどろみ堂", "投稿者：整体 まどろみ堂 店主"),
    # a kana shop name after its kind word with a space-less kanji modifier (旬彩) and no kind word of a shop
    ("ORGANIZATION", "旬彩かもめ", "直売所は旬彩かもめで、朝に並ぶ。"),
    # a kana word (ふらっと, an adverb) before カフェ: SudachiPy's adverb is no name
    ("ORGANIZATION", "ふらっとカフェ", "寄るのは駅そばのふらっとカフェで、店主と話す。"),
    # a kind word after the kana name (翻訳事務所ことのは: the kind is a compound KIND_FIRST does not list)
    ("ORGANIZATION", "翻訳事務所ことのは", "先生は秋田の翻訳事務所ことのはに勤める。"),
    # a place SudachiDict reads as a common noun (本島) before a hall's word: no person span for place_edges to grow
    ("LOCATION", "本島勤番所", "備考：本島勤番所も見たいです。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got
