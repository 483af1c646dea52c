"""Helpers importable from any test module as ``from support import need``.

(Not in conftest.py: with several conftest.py files, ``import conftest`` is ambiguous.)"""
from __future__ import annotations

import os

import pytest

IN_CI = bool(os.environ.get("CI"))


def need(condition: bool, why: str) -> None:
    """Skip locally when a system component is missing; in CI a missing component fails."""
    if not condition:
        if IN_CI:
            pytest.fail(f"required for CI but missing: {why}")
        pytest.skip(why)


def spans(text: str, label: str) -> list[str]:
    """The texts of the ``label`` spans :func:`tokumei.analyze` finds in ``text`` (the table tests' one helper)."""
    from tokumei import analyze

    return [s.text for s in analyze(text) if s.label == label]


def places(text: str) -> list[str]:
    """The texts of the LOCATION spans :func:`tokumei.analyze` finds in ``text``."""
    return spans(text, "LOCATION")
