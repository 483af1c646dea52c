"""LOCATION in anonymize: ``publication`` generalises a place finer than the prefecture to a place
word (「宮島」 → 「広島県内の島」, or 「（島名）」 when the prefecture is unknown), never to a person's
letter; prefectures and countries stay; every built-in policy has a LOCATION rule."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize, load_policy
from tokumei.anonymize.policy import BUILTIN
from tokumei.span import Span


def _loc(text: str, sub: str, **data) -> Span:
    i = text.index(sub)
    return Span("LOCATION", i, i + len(sub), sub, 0.7, "test", "手作り", None, data or None)


@pytest.mark.parametrize("text, place, data, after", [
    ("宮島から車で20分。", "宮島", {"kind": "island", "prefecture": "広島県"}, "広島県内の島から車で20分。"),
    ("宮島から車で20分。", "宮島", {"kind": "island"}, "（島名）から車で20分。"),
    ("岩国市にある工場。", "岩国市", {"kind": "municipality", "prefecture": "山口県"}, "山口県内の市にある工場。"),
    ("JR沼田駅から車で10分。", "JR沼田駅", {"kind": "station"}, "（駅名）から車で10分。"),
    ("本町二丁目の角。", "本町二丁目", {"kind": "town"}, "（地名）の角。"),
    # the prefecture written elsewhere in the same text is used when the span has none
    ("群馬県の山あい、JR沼田駅から車で10分。", "JR沼田駅", {"kind": "station"}, "群馬県の山あい、群馬県内の駅から車で10分。"),
])
def test_publication_gives_a_place_word(text, place, data, after):
    r = anonymize(text, "publication", spans=[_loc(text, place, **data)])
    assert r.text == after


@pytest.mark.parametrize("text, place, after", [
    # spans without a kind (the model's, the places safety net's) get one from the gazetteer or their end
    ("高岡市の料亭。", "高岡市", "富山県内の市の料亭。"),
    ("大三島にある酒蔵。", "大三島", "（島名）にある酒蔵。"),
    ("深谷駅から車で10分。", "深谷駅", "（駅名）から車で10分。"),
    ("愛媛県の大三島にある酒蔵。", "大三島", "愛媛県の島にある酒蔵。"),  # not 愛媛県の愛媛県内の島
    ("深谷市上柴町の農家。", "深谷市上柴町", "（地名）の農家。"),
    # a place written with its prefecture first keeps the prefecture, as an address does
    ("住所は広島県廿日市市。", "広島県廿日市市", "住所は広島県。"),
])
def test_a_place_without_a_kind_gets_one(text, place, after):
    assert anonymize(text, "publication", spans=[_loc(text, place)]).text == after


def test_place_detected_in_running_text_is_never_a_person_letter():
    r = anonymize("宮島から車で20分、岩国市にある蔵。", "publication")
    assert "氏" not in r.text and "宮島" not in r.text and "岩国市" not in r.text
    assert r.text.endswith("にある蔵。")


@pytest.mark.parametrize("policy", BUILTIN)
def test_every_builtin_policy_names_location(policy):
    assert "LOCATION" in load_policy(policy).labels


@pytest.mark.parametrize("policy, after", [
    ("redact", "■■から車で20分。"),
    ("mask", "■■から車で20分。"),
    ("internal", "〔地名A〕から車で20分。"),
])
def test_other_policies(policy, after):
    text = "宮島から車で20分。"
    assert anonymize(text, policy, spans=[_loc(text, "宮島", kind="island")]).text == after


def test_prefectures_countries_and_wide_regions_stay():
    text = "広島県の島で、ベトナム出身の実習生が北陸の工場へ。宮島から車で20分。"
    out = anonymize(text, "publication").text
    assert out == "広島県の島で、ベトナム出身の実習生が北陸の工場へ。広島県内の島から車で20分。"


def test_places_docstring_examples():
    import doctest

    import tokumei.anonymize.location as mod

    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
