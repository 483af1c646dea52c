"""Places in hiragana read in stop 40 (invented sentences, real public places): a municipality written again in hiragana by
Japan Post's reading where SudachiPy reads its kanji otherwise (大樹町 … 「たいき宇宙フェス」: SudachiPy reads 大樹 たいじゅ), and
a district of a municipality the text names at the head of a quoted name (一関市 … 「げんび三重奏」: 厳美, うるま市 …
「あげな通り」: 安慶名). The positive rows fail on 1048f444; the negative rows guard what the step must not do."""
from __future__ import annotations

import pytest

from support import places
from tokumei.detect.geo import district_readings


@pytest.mark.parametrize("text, kana", [
    ("大樹町の会社です。昨年の「たいき宇宙フェス」では売り切れた。", "たいき"),
    ("岩手県一関市の菓子店。くるみの三色を一箱にした「げんび三重奏」です。", "げんび"),
    ("うるま市の店。毎年秋の「あげな通り ゆうやけマルシェ」に出る。", "あげな"),
])
def test_a_place_in_hiragana(text, kana):
    assert kana in places(text)


@pytest.mark.parametrize("text, word", [
    ("八戸市の会社。「いちばん星」という名前。", "いちばん"),       # a district of 八戸市, and a word
    ("岩手県一関市の菓子店。くるみの三色を一箱にした「げんこつ飴」です。", "げん"),
    ("一関市の菓子店。げんびの話はまた今度。", "げんび"),            # not at a quoted name's head
    ("うるま市の店で、「あげなさい」と言われた。", "あげな"),        # the reading runs on in kana
])
def test_no_place(text, word):
    assert not any(word in p for p in places(text) if p not in ("八戸市", "岩手県一関市", "一関市", "うるま市"))


def test_district_readings_come_from_ken_all():
    readings = district_readings("岩手県", "一関市")
    assert readings["げんび"] == "厳美" and readings["げんびちょう"] == "厳美町"
