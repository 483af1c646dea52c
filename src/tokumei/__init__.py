"""tokumei (匿名): Japanese-first personal-information protection toolkit."""
from __future__ import annotations

from tokumei.span import LABELS, Span
from tokumei.detect import analyze
from tokumei import anonymize  # callable package: tokumei.anonymize(text, policy=…, project=…)

__all__ = ["LABELS", "Span", "analyze", "anonymize"]
__version__ = "0.1.0"
