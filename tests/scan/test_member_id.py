"""MEMBER_ID (issue #12): member / customer / employee / patient number columns."""
import pytest

from tokumei.scan.mask import mask_value
from tokumei.scan.vocab import CATEGORY_JA, SCAN_CATEGORIES, name_category


@pytest.mark.parametrize("column", ["会員番号", "顧客番号", "社員番号", "患者ID", "member_id", "customerNo", "employee_id"])
def test_member_number_columns(column):
    assert name_category(column)[0] == "MEMBER_ID"


@pytest.mark.parametrize("column, category", [("会員名", "PERSON"), ("口座番号", "BANK_ACCOUNT"), ("電話番号", "PHONE")])
def test_neighbouring_columns_unchanged(column, category):
    assert name_category(column)[0] == category


def test_member_id_is_a_category_and_is_masked_to_its_last_digits():
    assert "MEMBER_ID" in SCAN_CATEGORIES and CATEGORY_JA["MEMBER_ID"] == "会員番号等"
    assert mask_value("A-2034-5512", "MEMBER_ID") == "A-****-5512"


@pytest.mark.parametrize("column, values", [
    ("会員番号", [str(i) for i in range(1, 40)]),        # a club's own numbering: no shape to check
    ("customer_id", [str(i) for i in range(1001, 1201)]),
    ("会員ID", [f"M{i:05d}" for i in range(50)]),
])
def test_a_member_number_column_is_found_by_its_name(column, values):
    # #15: a name alone is enough for categories whose values have no checkable shape; before the
    # merge with #12 such a column was only 要確認 (name_only) and breach lost 会員番号等
    from tokumei.scan.classify import ColumnStats, decide, observe

    st = ColumnStats()
    for v in values:
        observe(st, v, column=column)
    got = decide(column, st)
    assert got["found"] == ["MEMBER_ID"] and not any(r["label"] == "MEMBER_ID" for r in got["review"])


def test_a_member_number_name_does_not_hide_a_chance_my_number():
    # the MEMBER_ID name does not make check-digit-valid numbers at chance level a My Number
    from tokumei.detect.recognizers.jp.my_number import is_valid_my_number
    from tokumei.scan.classify import ColumnStats, decide, observe

    nums = [f"{n:012d}" for n in range(314159265358, 314159265358 + 200 * 7919, 7919)]
    assert 0 < sum(map(is_valid_my_number, nums)) < 60
    st = ColumnStats()
    for v in nums:
        observe(st, v, column="会員番号")
    got = decide("会員番号", st)
    assert got["found"] == ["MEMBER_ID"]


@pytest.mark.parametrize("column, values, found, review", [
    # the header read as a label (「電話番号：1234567」) is the name again, not a value's shape (#15)
    ("電話番号", ["1234567", "7654321", "1111111"], [], "name_only"),
    ("TEL", ["9999999", "1234567"], [], "name_only"),
    ("法人番号", [str(1000000000000 + i * 7) for i in range(20)], [], "name_only"),
    # a label written in the cell is the value's own evidence
    ("note", ["会員番号：12345 の方から電話", "会員番号 55555 様より"], ["MEMBER_ID"], None),
    ("カルテ番号", [str(10000 + i) for i in range(20)], ["MEMBER_ID"], None),
])
def test_a_labelled_value_from_the_header_is_name_evidence(column, values, found, review):
    from tokumei.scan.classify import ColumnStats, decide, observe

    st = ColumnStats()
    for v in values:
        observe(st, v, column=column)
    got = decide(column, st)
    assert got["found"] == found
    assert [r["why"] for r in got["review"] if r["why"] == "name_only"] == ([review] if review else [])
