"""The one rule deciding what an edition may print (tokumei.roster.fields)."""
from __future__ import annotations

import pytest

from tokumei.roster.fields import DEFAULT_AUDIENCES, choice_label, included, printable

AUDS = ["members", "officers"]


@pytest.mark.parametrize("choice, audience, expected", [
    ("members", "members", True),     # 掲載する（会員全員）→ 会員版
    ("members", "officers", True),    # 会員全員に見せてよいものは役員にも
    ("officers", "officers", True),   # 役員のみ → 役員版
    ("officers", "members", False),   # 役員のみ → 会員版には載らない
    ("none", "members", False),
    ("none", "officers", False),
    (None, "officers", False),        # 未回答（opt-in）
    ("", "members", False),
    ("staff", "members", False),      # 名簿にない配布先
    ("members", "staff", False),
])
def test_included(choice, audience, expected):
    assert included(choice, audience, AUDS) is expected


@pytest.mark.parametrize("choices, audience, expected", [
    ({}, "officers", None),  # not answered: not listed at all
    ({"name": "none", "phone": "members"}, "members", None),  # no name consent: not listed, even with phone
    ({"name": "officers", "phone": "members"}, "members", None),
    ({"name": "officers", "phone": "members"}, "officers", {"name": "青木 花子", "phone": "090-1"}),
    ({"name": "members", "phone": "officers", "address": "members"}, "members", {"name": "青木 花子", "address": "東京都"}),
    ({"name": "members", "note": "members"}, "members", {"name": "青木 花子"}),  # empty value: not printed
])
def test_printable(choices, audience, expected):
    data = {"name": "青木 花子", "phone": "090-1", "address": "東京都", "note": ""}
    assert printable(data, choices, audience, AUDS, ["name", "phone", "address", "note"]) == expected


def test_choice_labels_are_japanese():
    assert [choice_label(c, DEFAULT_AUDIENCES) for c in ("members", "officers", "none", None)] == \
        ["掲載する（会員全員）", "役員のみ", "掲載しない", "掲載しない"]
