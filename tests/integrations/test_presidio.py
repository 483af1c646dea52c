"""Presidio users get tokumei's Japanese detection through a real presidio-analyzer engine."""
from __future__ import annotations

import pytest

pytest.importorskip("presidio_analyzer")

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry  # noqa: E402

from tokumei.detect.names.project import Project  # noqa: E402
from tokumei.integrations.presidio import (  # noqa: E402
    PRESIDIO_ENTITY, BlankNlpEngine, TokumeiRecognizer, analyzer_engine,
)

TEXT = "株式会社ミライ商事の山田太郎社長（yamada@example.co.jp）に連絡した。同社は創業50年。"


@pytest.fixture(scope="module")
def engine():
    return analyzer_engine()


def test_engine_returns_tokumei_spans(engine):
    res = sorted(engine.analyze(TEXT, language="ja"), key=lambda r: r.start)
    got = [(r.entity_type, TEXT[r.start:r.end]) for r in res]
    assert ("ORGANIZATION", "株式会社ミライ商事") in got
    assert ("PERSON", "山田太郎") in got
    assert ("EMAIL_ADDRESS", "yamada@example.co.jp") in got
    assert all(t != "同社" for _, t in got)  # coreference references are not new PII
    person = next(r for r in res if r.entity_type == "PERSON")
    assert person.recognition_metadata["tokumei_source"] == "jp.names.rules.v1"
    assert person.recognition_metadata["entity_id"] == "P1"
    assert person.recognition_metadata["recognizer_name"] == "TokumeiRecognizer"


def test_entity_filter(engine):
    res = engine.analyze(TEXT, language="ja", entities=["PERSON"])
    assert [(r.entity_type, TEXT[r.start:r.end]) for r in res] == [("PERSON", "山田太郎")]


def test_registry_built_by_hand_with_a_project():
    rec = TokumeiRecognizer(project=Project.from_lists(people=["山田太郎"]))
    registry = RecognizerRegistry(recognizers=[rec], supported_languages=["ja"])
    nlp = BlankNlpEngine()
    nlp.load()
    eng = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["ja"])
    res = eng.analyze("ヤマダ様より", language="ja")
    assert [(r.entity_type, r.start, r.end) for r in res] == [("PERSON", 0, 3)]


def test_long_text_does_not_crash_presidio(engine):
    text = "山田太郎さんは来た。" * 8000  # 80,000 chars, 240 KB: over SudachiPy's limit
    res = engine.analyze(text, language="ja", entities=["PERSON"])
    assert len(res) == 8000


def test_entity_names_follow_presidio():
    assert PRESIDIO_ENTITY["EMAIL"] == "EMAIL_ADDRESS" and PRESIDIO_ENTITY["MY_NUMBER"] == "JP_MY_NUMBER"
    assert len(set(PRESIDIO_ENTITY.values())) == len(PRESIDIO_ENTITY)
