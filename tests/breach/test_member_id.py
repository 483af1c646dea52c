"""MEMBER_ID (issue #12) is an item an incident may list."""
from tokumei.breach.labels import ITEM_KEYS, items_ja


def test_member_id_item():
    assert "MEMBER_ID" in ITEM_KEYS
    assert items_ja(["PERSON", "MEMBER_ID"]) == ["氏名", "会員番号等"]
