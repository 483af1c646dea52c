"""MEMBER_ID (issue #12) is an item an incident may list."""
from tokumei.breach.labels import ITEM_KEYS, items_ja


def test_member_id_item():
    assert "MEMBER_ID" in ITEM_KEYS
    assert items_ja(["PERSON", "MEMBER_ID"]) == ["氏名", "会員番号等"]


def test_no_item_name_holds_the_joiner():
    # notices join the items with 「・」: 「勤務先・団体名」 read as two items (merge of #11/#12/#15)
    from tokumei.breach.labels import SCAN_SENSITIVE, SENSITIVE_JA

    names = items_ja([*sorted(ITEM_KEYS), *SCAN_SENSITIVE.values(), *SENSITIVE_JA])
    assert [n for n in names if "・" in n] == []
