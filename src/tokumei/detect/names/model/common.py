"""Names and scores the learned tier's modules share (:mod:`tokumei.detect.names.model`, :mod:`.document`).

例::

    >>> _reason("LOCATION", 0.62, True)
    'モデル: 地名の可能性 0.62'
"""
from __future__ import annotations

SOURCE = "jp.names.model.v1"
#: Below this probability a kept span is marked for review (``data["review"]``).
SURE = 0.7
#: Rule spans scored at least this (legal forms, honorifics: 一般社団法人コスモ企画, 山田さん) are
#: never vetoed nor re-scored: GSD has few such forms, and the model, unsure of them, would drop
#: names the rules are sure of (anonymize leak bench: ORG leaks 0.8% → 9.6% when they were vetoed).
STRONG = 0.8
_KIND_JA = {"PERSON": "人名", "ORGANIZATION": "組織名", "LOCATION": "地名"}


def _reason(label: str, p: float, review: bool) -> str:
    kind = _KIND_JA[label]
    return f"モデル: {kind}の可能性 {p:.2f}" if review else f"モデル: {kind}（確率 {p:.2f}）"
