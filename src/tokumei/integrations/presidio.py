"""Presidio interoperability: tokumei's Japanese detection inside a presidio-analyzer engine.

:class:`TokumeiRecognizer` is a Presidio ``EntityRecognizer`` for language ``"ja"`` that runs a
tokumei analyzer (identifiers, names, project dictionaries) once per text and returns its spans as
``RecognizerResult``s. Entity names follow Presidio's where Presidio has one (EMAIL →
EMAIL_ADDRESS, PHONE → PHONE_NUMBER, ADDRESS → LOCATION, DATE → DATE_TIME); Japan-only
identifiers get Presidio's country prefix (MY_NUMBER → JP_MY_NUMBER). tokumei's own label, source
and ``entity_id`` are kept in ``recognition_metadata``. 同社/同氏 reference spans are left out.

:func:`analyzer_engine` builds a ready ``AnalyzerEngine`` whose NLP engine is a blank spaCy
pipeline: no model download, and no SudachiPy inside Presidio's own tokenization (which would
refuse long texts); tokumei chunks its own input.

例::

    >>> engine = analyzer_engine()
    >>> sorted((r.start, r.end, r.entity_type) for r in engine.analyze("山田太郎さんに確認", language="ja"))
    [(0, 4, 'PERSON')]
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping

from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from tokumei.span import LABELS

if TYPE_CHECKING:  # pragma: no cover
    from tokumei.detect import Analyzer
    from tokumei.detect.names.project import Project

__all__ = ["PRESIDIO_ENTITY", "TokumeiRecognizer", "BlankNlpEngine", "analyzer_engine"]

_SAME = {"PERSON", "ORGANIZATION", "URL", "IP_ADDRESS", "CREDIT_CARD"}
_PRESIDIO_NAMES = {"EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "ADDRESS": "LOCATION", "DATE": "DATE_TIME"}
#: tokumei label → Presidio entity type.
PRESIDIO_ENTITY: dict[str, str] = {
    lab: lab if lab in _SAME else _PRESIDIO_NAMES.get(lab, f"JP_{lab}") for lab in LABELS
}


class TokumeiRecognizer(EntityRecognizer):
    """All of tokumei's detection as one Presidio recognizer (language ``ja``).

    例: ``RecognizerRegistry(recognizers=[TokumeiRecognizer()], supported_languages=["ja"])``
    """

    def __init__(
        self,
        analyzer: "Analyzer | None" = None,
        project: "Project | str | None" = None,
        entity_map: Mapping[str, str] | None = None,
    ) -> None:
        self._analyzer = analyzer
        self._project = project
        self.entity_map = dict(entity_map or PRESIDIO_ENTITY)
        self._reverse = {v: k for k, v in self.entity_map.items()}
        super().__init__(
            supported_entities=sorted(set(self.entity_map.values())),
            name="TokumeiRecognizer",
            supported_language="ja",
            version="1",
        )

    def load(self) -> None:
        """Resolve the analyzer once (models and dictionaries load once per process)."""
        if self._analyzer is None:
            if self._project is not None:
                from tokumei.detect.names.project import analyzer_for_project

                self._analyzer = analyzer_for_project(self._project)
            else:
                from tokumei.detect import default_analyzer

                self._analyzer = default_analyzer()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        """tokumei spans of ``text`` as RecognizerResults, limited to the requested ``entities``."""
        want = {self._reverse[e] for e in entities if e in self._reverse} if entities else None
        if want == set():
            return []
        assert self._analyzer is not None
        results = []
        for s in self._analyzer.analyze(text, labels=want):
            if (d := s.data or {}).get("reference") or d.get("allowed"):
                continue
            expl = AnalysisExplanation(
                recognizer=self.name, original_score=s.score, pattern_name=s.source,
                validation_result=s.validated or None, textual_explanation=s.reason,
            )
            meta = {
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                "tokumei_label": s.label, "tokumei_source": s.source, "entity_id": s.entity_id,
            }
            results.append(RecognizerResult(self.entity_map[s.label], s.start, s.end, s.score, expl, meta))
        return results


class BlankNlpEngine(SpacyNlpEngine):
    """A Presidio spaCy engine on a blank multi-language pipeline (no model, no download)."""

    def __init__(self, lang_code: str = "ja") -> None:
        super().__init__(models=[{"lang_code": lang_code, "model_name": "xx"}])

    def load(self) -> None:
        import spacy

        self.nlp = {}
        for m in self.models:
            nlp = spacy.blank("xx")
            nlp.max_length = 100_000_000  # whitespace tokenization only: long documents are fine
            self.nlp[m["lang_code"]] = nlp


def analyzer_engine(project: "Project | str | None" = None, analyzer: "Analyzer | None" = None) -> AnalyzerEngine:
    """A Presidio ``AnalyzerEngine`` for Japanese backed by tokumei.

    例: ``analyzer_engine("案件/やまだ陶苑").analyze(text, language="ja")``
    """
    nlp = BlankNlpEngine()
    nlp.load()
    registry = RecognizerRegistry(recognizers=[TokumeiRecognizer(analyzer, project)], supported_languages=["ja"])
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["ja"])
