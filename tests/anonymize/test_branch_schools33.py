"""Schools and branches named after a district, and cram schools named after their kind (stop 33; n-dev-1053, 1076
read after stop 32; invented names, each case failed on 80cf589b)."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, gone, kept", [
    ("ニュータウンに学び舎 高蔵寺校を開いた。", "高蔵寺", "（地名）校"),   # a district named after a temple: no 地元の寺校
    ("参加塾は個別教室ミライ 備前校です。", "備前", "（地名）校"),          # no 岡山県内の市校
])
def test_place_before_a_branch_word_is_a_place_word(text, gone, kept):
    out = anonymize(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text, gone, kept", [
    ("参加塾は坂本塾と根来さくら学院です。", "坂本", "A塾"),             # the kind word stays (was A社)
    ("英語塾オリーブの先生に聞いた。", "オリーブ", "英語塾"),
    ("個別教室ミライに通っている。", "ミライ", "個別教室"),
])
def test_cram_schools_keep_their_kind(text, gone, kept):
    out = anonymize(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", ["塾バイトをしていた。", "ピアノ教室レッスンの日です。", "初めてのオンライン併用の塾にしました。"])
def test_words_after_a_kind_stay(text):
    assert anonymize(text).text == text
