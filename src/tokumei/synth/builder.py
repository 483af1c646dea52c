"""Build a text piece by piece while recording gold spans (offsets exact by construction).

例::

    >>> b = TextBuilder(); b.add("電話 "); b.pii("PHONE", "03-1234-5678"); b.text
    '電話 03-1234-5678'
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tokumei.span import Span


@dataclass
class TextBuilder:
    parts: list[str] = field(default_factory=list)
    gold: list[Span] = field(default_factory=list)
    negatives: list[Span] = field(default_factory=list)
    pos: int = 0

    def add(self, s: str) -> "TextBuilder":
        self.parts.append(s)
        self.pos += len(s)
        return self

    def pii(self, label: str, value: str, entity: str | None = None, **data: object) -> "TextBuilder":
        """Append ``value`` and record it as a gold span of ``label``."""
        self.gold.append(Span(label, self.pos, self.pos + len(value), value, 1.0, "synth", "gold",
                              entity_id=entity, data=data or None))
        return self.add(value)

    def neg(self, kind: str, value: str) -> "TextBuilder":
        """Append ``value`` and record it as a hard negative (must not be reported)."""
        self.negatives.append(Span("DATE", self.pos, self.pos + len(value), value, 0.0, "synth", kind))
        return self.add(value)

    @property
    def text(self) -> str:
        return "".join(self.parts)
