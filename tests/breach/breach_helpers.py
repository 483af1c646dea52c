"""Shared builders for the breach tests (a minimal valid incident, overridable per case)."""
from __future__ import annotations

from typing import Any

from tokumei.breach.assess import Assessment, assess
from tokumei.breach.incident import Incident, parse_incident
from tokumei.breach.ruleset import load_ruleset


def incident(**over: Any) -> Incident:
    data: dict[str, Any] = {
        "discovered_at": "2026-11-24T10:30:00+09:00",
        "people": 10,
        "cause": "misdelivery",
        "items": ["PERSON", "ADDRESS"],
        "not_items": ["PASSPORT"],
        "business": {"name": "テスト商会"},
    }
    for k, v in over.items():
        if v is None:
            data.pop(k, None)
        else:
            data[k] = v
    return parse_incident(data, "t.toml")


def run(**over: Any) -> Assessment:
    inc = incident(**over)
    return assess(inc, load_ruleset(inc.discovered_date))
