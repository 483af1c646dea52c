"""Phrasings the hand-written dev sets showed failing at the end of stop 33, kept as table tests (invented names, real
places). Each is marked xfail(strict=True): when a change makes one pass, the test fails until the marker is removed,
so a fix is noticed and the row becomes an ordinary table test."""
from __future__ import annotations

import pytest

from tokumei import analyze

_STILL = pytest.mark.xfail(strict=True, reason="known failure at the end of stop 33 (closing note, 'Still failing')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    # SudachiPy reads 日 alone after は: the surname loses its first character (a-dev-599's shape)
    ("PERSON", "日下瀬 みどり", "店主は日下瀬 みどりさん（ひげせ・みどり）。"),
    # a craft before a space and a kana shop name (会津木綿 ゆきや's shape): 絣 is no kind word
    ("ORGANIZATION", "久留米絣 はなや", "敬具\n久留米絣 はなや　店主 田川 義則"),
    # a kind word glued to a katakana word and a place (学習塾ステップ藤の森's shape)
    ("ORGANIZATION", "学習塾ステップ桜の丘", "駅南口の「学習塾ステップ桜の丘」。塾長は増井先生。"),
    # a one-kanji name after a kind word and a space
    ("ORGANIZATION", "グリル 燕", "浅草のグリル 燕で10年です。"),
    # a direction + 集落 (a hamlet's name on an island)
    ("LOCATION", "東集落", "東集落、西集落、仲筋集落の三つの集落から"),
    # a wife's given name after かみさん and a comma
    ("PERSON", "ゆかり", "ああ、うちのかみさん、ゆかりね。本人に言っときます。"),
    # ひらめき is also a verb: the kana name before 学舎 is not read
    ("ORGANIZATION", "ひらめき学舎", "ニュータウンにひらめき学舎 高蔵寺校を開いた。"),
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label or (label == "LOCATION" and s.label == "ADDRESS")]
    assert any(want in g for g in got), got
