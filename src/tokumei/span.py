"""The one result type shared by every part of tokumei, and the label vocabulary.

Every detector, operator, report and web view uses :class:`Span`; there is no second copy
(Presidio's two ``RecognizerResult`` classes are the warning we follow).

例::

    >>> s = Span("PHONE", 4, 17, "03-1234-5678", 0.95, "jp.phone.v1", "番号体系に合致")
    >>> s.end - s.start == len(s.text)
    False
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

#: The fixed label vocabulary used everywhere (detection, anonymize policies, scan, breach).
LABELS: tuple[str, ...] = (
    "PERSON",
    "ORGANIZATION",
    "ADDRESS",
    "LOCATION",
    "POSTAL_CODE",
    "PHONE",
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "DATE_OF_BIRTH",
    "DATE",
    "MY_NUMBER",
    "CORPORATE_NUMBER",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "PENSION_NUMBER",
    "EMPLOYMENT_INSURANCE_NUMBER",
    "HEALTH_INSURANCE_NUMBER",
    "DRIVERS_LICENSE",
    "PASSPORT",
    "RESIDENCE_CARD",
    "MEMBER_ID",
)

#: Japanese display names for each label (UI, reports, notices).
LABEL_JA: dict[str, str] = {
    "PERSON": "人名",
    "ORGANIZATION": "組織名",
    "ADDRESS": "住所",
    "LOCATION": "地名",
    "POSTAL_CODE": "郵便番号",
    "PHONE": "電話番号",
    "EMAIL": "メールアドレス",
    "URL": "URL",
    "IP_ADDRESS": "IPアドレス",
    "DATE_OF_BIRTH": "生年月日",
    "DATE": "日付",
    "MY_NUMBER": "マイナンバー",
    "CORPORATE_NUMBER": "法人番号",
    "CREDIT_CARD": "クレジットカード番号",
    "BANK_ACCOUNT": "口座番号",
    "PENSION_NUMBER": "基礎年金番号",
    "EMPLOYMENT_INSURANCE_NUMBER": "雇用保険被保険者番号",
    "HEALTH_INSURANCE_NUMBER": "健康保険証番号",
    "DRIVERS_LICENSE": "運転免許証番号",
    "PASSPORT": "旅券番号",
    "RESIDENCE_CARD": "在留カード番号",
    "MEMBER_ID": "会員番号等",
}


@dataclass(frozen=True, slots=True)
class Span:
    """A detected piece of personal information.

    ``start``/``end`` are character offsets into the ORIGINAL text (end exclusive) and
    ``text == original[start:end]`` always holds. ``data`` carries parsed values
    (``{"iso": "1985-04-01"}``, ``{"e164": "+81312345678"}``, ``{"validated": True}``) and is
    excluded from equality and hashing.
    """

    label: str
    start: int
    end: int
    text: str
    score: float
    source: str
    reason: str
    entity_id: str | None = None
    data: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)

    @property
    def validated(self) -> bool:
        """True when a check digit, a parser or required context confirmed the value."""
        return bool(self.data and self.data.get("validated"))

    def with_(self, **changes: Any) -> "Span":
        """Return a copy with some fields changed (as ``dataclasses.replace``, which stays the path
        for an unknown field name and its TypeError; the direct call is about 3× cheaper, and the
        names tier makes a few copies per span). 例: ``s.with_(entity_id="P1")``"""
        if changes.keys() <= _FIELDS:
            g = changes.get
            return Span(g("label", self.label), g("start", self.start), g("end", self.end), g("text", self.text),
                        g("score", self.score), g("source", self.source), g("reason", self.reason),
                        g("entity_id", self.entity_id), g("data", self.data))
        return replace(self, **changes)

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        """JSON-ready dict; ``with_text=False`` omits the personal value itself."""
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "score": round(self.score, 4),
            "source": self.source,
            "reason": self.reason,
        }
        if with_text:
            d["text"] = self.text
        if self.entity_id is not None:
            d["entity_id"] = self.entity_id
        if self.data:
            d["data"] = {k: v for k, v in self.data.items() if k != "validated"} or None
            if d["data"] is None:
                del d["data"]
        return d


_FIELDS = frozenset(("label", "start", "end", "text", "score", "source", "reason", "entity_id", "data"))
