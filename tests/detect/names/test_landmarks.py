"""Places named by a distance (rules/landmarks.py): the name before 「から車で10分」 is a place.

Invented landmarks; each positive row failed on the old code (no span, or a bare surname guess).
"""
from __future__ import annotations

import pytest

from support import places
from tokumei import analyze
from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, place", [
    ("工房は赤瓦長屋群から歩いて5分の路地にある。", "赤瓦長屋群"),
    ("うちは椎野の吊り橋から車で10分なので、観光の人も寄ります。", "椎野の吊り橋"),
    ("店は萩尾桜の並木から車で5分。", "萩尾桜の並木"),
    ("旧鷺沢家住宅から徒歩3分のところに事務所を移した。", "旧鷺沢家住宅"),
])
def test_the_name_before_a_distance_is_a_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", [
    "自宅から車で10分の畑に通う。",
    "最寄り駅から徒歩3分です。",
    "会社から歩いて5分のところに住んでいる。",
    "本社工場から車で15分の倉庫を借りた。",
    "ここから車で30分ほど走ると海に出る。",
    "駅前広場から徒歩2分。",
    "市役所から徒歩5分の場所。",
    "営業開始時刻から10分遅れた。",     # a time, no travel
    "従来製品より3キロ軽い。",           # a comparison
    "昨年度実績から十分に高い水準だ。",
])
def test_generic_starting_points_are_no_place(text):
    assert places(text) == []


def test_a_person_with_an_honorific_stays_a_person():
    spans = analyze("椎野さんから車で10分の距離に住む")
    assert [(s.label, s.text) for s in spans if s.label in ("PERSON", "LOCATION")] == [("PERSON", "椎野")]


def test_anonymize_gives_the_landmark_a_place_word():
    out = anonymize("うちは椎野の吊り橋から車で10分なので、観光の人も寄ります。").text
    assert out == "うちは地元の名所から車で10分なので、観光の人も寄ります。"
    assert anonymize("長崎県の赤瓦長屋群から歩いて5分").text == "長崎県の名所から歩いて5分"
