"""LOCATION (``jp.location.v1``): municipalities from KEN_ALL, towns and 丁目, islands, stations,
landmarks and facilities by context (prefectures and countries are the names tier's coarse places,
left out here); a place is not a person. Place names that are not in KEN_ALL are invented."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.detect.registry import get
from tokumei.detect.textview import TextView
from tokumei.span import LABEL_JA, LABELS


def places(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "LOCATION" and not (s.data or {}).get("coarse")]


def test_label_in_vocabulary():
    assert LABELS[LABELS.index("ADDRESS") + 1] == "LOCATION"
    assert LABEL_JA["LOCATION"] == "地名"
    assert get("jp.location.v1").label == "LOCATION"


@pytest.mark.parametrize("text, place", [
    ("岩国市にある工場で働く。", "岩国市"),
    ("倶知安町の農家を訪ねた。", "倶知安町"),
    ("港北区で生まれ育った。", "港北区"),
    ("大黒島は漁業の島だ。", "大黒島"),
    ("宮島から車で20分の場所にある。", "宮島"),
    ("JR沼田駅から車で10分。", "JR沼田駅"),
    ("最寄りは桜台駅です。", "桜台駅"),
    ("店は本町二丁目の角にある。", "本町二丁目"),
    ("浜辺町の商店街で店を開いた。", "浜辺町"),
    ("蔵は鳴瀬川のほとりにある。", "鳴瀬川"),
    ("白鷺城から徒歩5分。", "白鷺城"),
    ("朝霧山の麓で茶を育てる。", "朝霧山"),
])
def test_place_is_a_location(text, place):
    assert places(text) == [place]
    assert not [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")]


@pytest.mark.parametrize("text", [
    "駅から近い。",             # no name
    "島で唯一の酒蔵。",
    "中島さんから車で送ってもらった。",  # a person with an honorific
    "市町村の窓口へ。",
    "山田さんが駅前に店を出した。",
])
def test_not_a_location(text):
    assert places(text) == []


def test_municipality_carries_its_prefecture_when_unique():
    sp = next(s for s in get("jp.location.v1").find(TextView("岩国市にある")))
    assert sp.data["prefecture"] == "山口県" and sp.data["kind"] == "municipality"


def test_address_wins_over_a_place_inside_it():
    spans = analyze("住所：山口県岩国市今津町1-2-3")
    assert [s.label for s in spans] == ["ADDRESS"]


@pytest.mark.parametrize("text, place", [
    ("飯田市鼎の住宅街を抜けると、杉の林がある。", "飯田市鼎"),             # 鼎 opens 鼎一色・鼎中平… (KEN_ALL)
    ("製造は、下関市長府の福祉事業所に委託した。", "下関市長府"),         # 長府 opens 長府扇町…
    ("下関市長の会見があった。", "下関市"),                             # guard: 市長 is the mayor
    ("飯田市内の店を回った。", "飯田市"),                               # guard: 市内
])
def test_district_after_its_city(text, place):
    """A district several KEN_ALL towns of the city share, written alone after it (stop 32; the district was left
    on 6a4c7bdc: 「長野県内の市鼎の住宅街」)."""
    assert places(text)[:1] == [place]


@pytest.mark.parametrize("text, place", [
    ("彼女が休む間、白壁の町並みの店番をどうするか。", "白壁の町並み"),
    ("吉野川の北岸、うだつの町並みから少し入った倉庫。", "うだつの町並み"),
    ("京都府福知山市の長田野工業団地で産業機械を作る。", "長田野工業団地"),
    ("冬の朝は、雲海展望台まで車で案内します。", "雲海展望台"),
    ("夏に大王埼灯台の帰りに寄りました。", "大王埼灯台"),
])
def test_streetscapes_estates_lookouts(text, place):
    """Places only a name ends so (stop 32; each was left in the published text on 6a4c7bdc)."""
    assert place in places(text)


@pytest.mark.parametrize("text", ["古い町並みが残る。", "この町の町並みは美しい。", "市内の工業団地に移った。"])
def test_no_name_before_the_kind(text):
    assert places(text) == []
