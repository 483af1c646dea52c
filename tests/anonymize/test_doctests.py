"""The Japanese examples in the anonymize docstrings are run, so they stay true."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["pseudonyms", "dates", "engine", "propagate", "risk", "risk_suggest", "risk_scale", "risk_details", "policy", "operators", "restore", "report", "tables",
           "careful", "family", "siblings", "shops", "places", "risk_places", "risk_more", "review_list",
           "leaks", "leaks_places", "leaks_people", "leaks_kin", "landmarks", "products", "coops",
           "public_bodies", "sense", "sense_doubt"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    mod = importlib.import_module(f"tokumei.anonymize.{name}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
