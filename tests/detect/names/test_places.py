"""Tier-1 place rule: dictionary place names are LOCATION (never people); prefectures, countries and
names of another kind built on a place (仙台藩, 江戸時代) are not."""
from __future__ import annotations

import pytest

from tokumei import analyze


def labelled(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION", "LOCATION")]


@pytest.mark.parametrize("text, expected", [
    ("吉野川の上流で育った。", [("LOCATION", "吉野川")]),
    ("白馬に移住して店を開いた。", [("LOCATION", "白馬")]),
    ("渋谷で会った。", [("LOCATION", "渋谷")]),
    ("品川埠頭の倉庫。", [("LOCATION", "品川埠頭")]),
    ("渋谷さんに会った。", [("PERSON", "渋谷")]),          # an honorific makes it a person
    ("日本語と日本酒。", []),                             # a country inside a compound word
    ("ベトナム人の実習生。", []),
    ("仙台藩の記録。", []),                               # a domain, not the place
    ("江戸時代から続く。", []),
])
def test_dictionary_place_names(text, expected):
    assert labelled(text) == expected


def test_place_with_unique_municipality_knows_its_prefecture():
    sp = next(s for s in analyze("仙台に住む。") if s.label == "LOCATION")
    assert sp.data["prefecture"] == "宮城県" and sp.data["kind"] == "municipality"


@pytest.mark.parametrize("text, expected, kind", [
    ("東京と大阪に支店がある。", [("LOCATION", "東京"), ("LOCATION", "大阪")], "prefecture"),
    ("静岡県の会社です。", [("LOCATION", "静岡県")], "prefecture"),
    ("ベトナム出身の実習生。", [("LOCATION", "ベトナム")], "country"),
    ("北陸3県の製造業。", [("LOCATION", "北陸")], "region"),
])
def test_prefectures_countries_and_wide_regions_are_coarse_places(text, expected, kind):
    spans = [s for s in analyze(text) if s.label == "LOCATION"]
    assert [(s.label, s.text) for s in spans] == expected
    assert all(s.data["coarse"] and s.data["kind"] == kind for s in spans)
