"""Tier 3 (optional GiNZA): adds candidates, never the only path; known GiNZA errors filtered."""
from __future__ import annotations

import pytest

from tokumei.detect.names import build_analyzer, default_finders
from tokumei.detect.names.ner import _BAD_PERSON


@pytest.mark.parametrize("text, bad", [("十四代目", True), ("090", True), ("山田太郎", False)])
def test_known_ginza_person_errors_are_filtered(text, bad):
    assert bool(_BAD_PERSON.search(text)) is bad


def test_ginza_tier_is_off_by_default(monkeypatch):
    monkeypatch.delenv("TOKUMEI_NER", raising=False)
    assert [f.__name__ for f in default_finders()] == ["find_names_and_model"]  # rules + learned tier
    monkeypatch.setenv("TOKUMEI_NER", "ginza")
    assert [f.__name__ for f in default_finders()] == ["find_names_and_model", "find_ner_tier"]


@pytest.mark.slow
def test_ginza_tier_finds_and_tags_its_spans():
    pytest.importorskip("ja_ginza")
    from tokumei.detect.names.ner import find_ner
    from tokumei.detect.textview import TextView

    text = "株式会社ミライ商事の山田太郎が迎えた。十四代目が来た。"
    found = find_ner(TextView(text))
    assert {(s.label, s.text) for s in found} >= {("ORGANIZATION", "株式会社ミライ商事"), ("PERSON", "山田太郎")}
    assert all(s.source == "jp.names.ginza.v1" and s.data["tier"] == 3 for s in found)
    assert all("代目" not in s.text for s in found)
    # in the pipeline the rules still run: the GiNZA tier only adds candidates
    spans = build_analyzer(None, ner=True).analyze(text)
    assert {(s.label, s.text) for s in spans} >= {("ORGANIZATION", "株式会社ミライ商事"), ("PERSON", "山田太郎")}
    assert all(text[s.start:s.end] == s.text for s in spans)


@pytest.mark.parametrize("text, bad", [("同氏", True), ("同社", True), ("通称・但馬", True), ("ミライ商事", False), ("同志社", False)])
def test_ginza_tier_drops_reference_words(text, bad):
    from tokumei.detect.names.ner import _BAD_ORG

    assert bool(_BAD_ORG.search(text)) is bad
