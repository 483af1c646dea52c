"""Test helper for the identifier recognizers: the registry-only pipeline, built once."""
from __future__ import annotations

from tokumei.detect import Analyzer
from tokumei.span import Span

PIPELINE = Analyzer(finders=[])


def spans(text: str) -> list[Span]:
    """All resolved spans of the identifier pipeline; offsets are checked on the way."""
    out = PIPELINE.analyze(text)
    for s in out:
        assert text[s.start:s.end] == s.text
    return out


def texts(text: str, label: str) -> list[str]:
    """Span texts of one label."""
    return [s.text for s in spans(text) if s.label == label]


def one(text: str, label: str) -> Span:
    """The single span of ``label``; fails if there is not exactly one."""
    found = [s for s in spans(text) if s.label == label]
    assert len(found) == 1, (text, found)
    return found[0]
