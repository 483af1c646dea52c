"""A place named in kanji and written again in hiragana in the same text is that place (rules.kana_echoes, stop 39; the
kana of a district inside a product's, a shop's or a group's name: 甑島 … 「こしき塩もなか」). Invented products and
shops, real places. The positive rows fail on 0ba1339d; the negative rows guard a kana word that goes on (さん after
it: a person) and a reading in brackets after a person."""
from __future__ import annotations

import pytest

from support import places


@pytest.mark.parametrize("text, kana", [
    ("甑島の出身。「こしき塩もなか」を売る。", "こしき"),                # 甑島 without 島
    ("鹿部町の浜。しかべ間歇泉の近く。", "しかべ"),                      # a town without 町
    ("木更津の商工会議所。『きさらづIT寺子屋』を開く。", "きさらづ"),
    ("牛深の港。昼は「うしぶか浜焼き」の店へ。", "うしぶか"),            # after 昼は: one particle after a word
])
def test_kana_echo_is_the_place(text, kana):
    assert kana in places(text)


@pytest.mark.parametrize("text, kana", [
    ("串本駅の近く。くしもとさんに会った。", "くしもと"),               # an honorific after it: a person
    ("料理長の桐生 誠さん（きりゅう）が教える。桐生の店。", "きりゅう"),  # a person's reading in brackets
])
def test_not_a_place(text, kana):
    assert kana not in places(text)
