"""A branch keeps its kind word after the letter (島田支店 → A支店), like 事務所 and 銀行."""
from __future__ import annotations

import pytest

from tokumei.anonymize.pseudonyms import org_suffix


@pytest.mark.parametrize("surface, kind", [
    ("島田支店", "支店"), ("静岡銀行", "銀行"), ("さとう社労士事務所", "事務所"), ("浜松工場", "工場"),
    ("株式会社ミライ商事", "社"),
])
def test_org_suffix(surface, kind):
    assert org_suffix(surface) == kind
