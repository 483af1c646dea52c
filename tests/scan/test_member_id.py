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
