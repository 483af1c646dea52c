"""The Japanese examples in the tier-1 rule modules' docstrings are run, so they stay true."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["rules", "rules.base", "rules.people", "rules.orgs", "rules.places", "rules.spaced", "rules.latin", "rules.business", "rules.lists", "rules.associations", "rules.surname_lists",
           "rules.aliases", "rules.kana_orgs", "rules.town_echoes", "rules.foreign", "rules.branches", "rules.place_bodies",
           "rules.offices", "rules.quoted_callers", "rules.quoted_shops", "rules.shop_words", "rules.place_lists", "rules.landforms", "rules.groups", "rules.greetings", "rules.signatures", "rules.stations", "rules.districts", "rules.place_edges", "rules.landmarks",
           "rules.given", "rules.school_abbrevs", "rules.listed_places", "rules.spaced_trades", "rules.bracket_readings", "rules.quoted_kind_first", "rules.industry_names",
           "rules.kin_names",
           "rules.chain_branches"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    mod = importlib.import_module(f"tokumei.detect.names.{name}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
