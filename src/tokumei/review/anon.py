"""Bridge to the anonymizer: turn a draft into review *items* and rebuild the text from the
items the adviser accepted. Items are plain dicts stored as JSON on the version:
``{id, start, end, label, original, replacement, reason, rule, accepted, manual}`` with offsets
into the original draft.

例::

    >>> apply_items("山田です", [{"start": 0, "end": 2, "replacement": "A", "accepted": True}])
    'Aです'
"""
from __future__ import annotations

from typing import Any, Iterable, TypeVar

from tokumei.anonymize.engine import label_ja as _engine_label_ja

T = TypeVar("T")


def label_ja(label: str) -> str:
    """Japanese label name: the anonymizer's (RISK and AMOUNT included), plus the review app's
    own OTHER for items the adviser adds by hand. 例: ``label_ja("PERSON") == "人名"``、``label_ja("OTHER") == "その他"``"""
    return "その他" if label == "OTHER" else _engine_label_ja(label)


def anonymize_draft(text: str, *, policy: str, people: list[str], organizations: list[str],
                    allow: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Run the anonymizer with the engagement's names and allow-list; return (items, risks). The
    risks include the review list (kind ``review``: 要確認の固有名詞, names neither replaced nor allowed).

    例: ``items, risks = anonymize_draft(draft, policy="publication", people=["山田太郎"], organizations=[], allow=[])``
    """
    from tokumei.anonymize.engine import anonymize
    from tokumei.detect.names.project import Project, analyzer_for_project

    analyzer = analyzer_for_project(Project.from_lists(people=people, organizations=organizations, allow=allow))
    result = anonymize(text, policy=policy, analyzer=analyzer)
    items = [
        {"id": i + 1, "start": r.start, "end": r.end, "label": r.label, "original": r.original,
         "replacement": r.replacement, "reason": r.reason, "rule": r.rule, "accepted": True, "manual": False}
        for i, r in enumerate(result.replacements)
    ]
    risks = [
        {"start": r.start, "end": r.end, "kind": r.kind, "reason": r.why, "suggestion": r.suggestion,
         "passage": text[r.start:r.end], "applied": r.applied}
        for r in result.risks
    ]
    # 「要確認の固有名詞」 (issue #12): names the anonymizer could not decide, shown with the risks
    risks += [
        {"start": it.start, "end": it.end, "kind": "review", "reason": f"要確認の固有名詞（{it.line}行目）: {it.reason}",
         "suggestion": "置換するか、許可リストに加えてください", "passage": it.text, "applied": False}
        for it in result.review
    ]
    return items, risks


def apply_items(original: str, items: list[dict[str, Any]]) -> str:
    """Rebuild the text: accepted items replace their range; overlaps keep the earlier item."""
    accepted = ((i["start"], i["end"], i) for i in items if i.get("accepted"))
    return "".join(it["replacement"] if it else piece for piece, it in segments(original, accepted))


def segments(text: str, marks: Iterable[tuple[int, int, T]]) -> list[tuple[str, T | None]]:
    """Split ``text`` into (piece, mark-or-None) for highlighting; a mark overlapping an earlier
    one is skipped. 例: ``segments("山田です", [(0, 2, "人名")]) == [("山田", "人名"), ("です", None)]``"""
    segs: list[tuple[str, T | None]] = []
    pos = 0
    for start, end, mark in sorted(marks, key=lambda m: (m[0], m[1])):
        if start < pos:
            continue
        if start > pos:
            segs.append((text[pos:start], None))
        segs.append((text[start:end], mark))
        pos = end
    if pos < len(text):
        segs.append((text[pos:], None))
    return segs


def marked_segments(original: str, items: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any] | None]]:
    """Split the original into (text, item-or-None) pieces for highlighting in the review page."""
    return segments(original, ((i["start"], i["end"], i) for i in items))


def find_all(original: str, needle: str) -> list[tuple[int, int]]:
    """All non-overlapping occurrences. 例: ``find_all("山田と山田", "山田") == [(0, 2), (3, 5)]``"""
    out, i = [], original.find(needle) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = original.find(needle, i + len(needle))
    return out
