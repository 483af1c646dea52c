import pytest
from hypothesis import given, settings, strategies as st

from detect.recognizers._ident import one, spans, texts
from tokumei.detect.recognizers.jp.credit_card import card_brand, luhn_ok, validate_card


@pytest.mark.parametrize(
    "text, expected, brand",
    [
        ("カード番号 4111-1111-1111-1111", "4111-1111-1111-1111", "Visa"),
        ("VISA 4012 8888 8888 1881 有効期限 12/27", "4012 8888 8888 1881", "Visa"),
        ("5555555555554444", "5555555555554444", "Mastercard"),
        ("カード:2221 0000 0000 0009", "2221 0000 0000 0009", "Mastercard"),
        ("AMEX 3782 822463 10005", "3782 822463 10005", "American Express"),
        ("3714-496353-98431", "3714-496353-98431", "American Express"),
        ("JCB ３５３０ １１１３ ３３３０ ００００ で決済", "３５３０ １１１３ ３３３０ ００００", "JCB"),
        ("3566002020360505", "3566002020360505", "JCB"),
        ("ダイナース 3056 930902 5904", "3056 930902 5904", "Diners Club"),
        ("6011111111111117", "6011111111111117", "Discover"),
        ("銀聯カード 6200 0000 0000 0005", "6200 0000 0000 0005", "UnionPay"),
    ],
)
def test_positives_with_brand(text, expected, brand):
    s = one(text, "CREDIT_CARD")
    assert s.text == expected and s.data["brand"] == brand and s.validated


@pytest.mark.parametrize(
    "text",
    [
        "4111-1111-1111-1112",  # Luhn fails
        "1234 5678 9012 3456",  # Luhn fails, no brand
        "0000 0000 0000 0000",  # Luhn ok, no brand
        "9111 1111 1111 1115",  # no brand
        "5555 5555 5555 444",  # Mastercard prefix, wrong length (15)
        "注文番号 4111111111111111",  # order-number context vetoes
        "41111111111111110",  # 17 digits, Luhn fails
    ],
)
def test_negatives(text):
    assert texts(text, "CREDIT_CARD") == []


def test_context_raises_score():
    assert one("カード番号 4111111111111111", "CREDIT_CARD").score > one("4111111111111111", "CREDIT_CARD").score


@pytest.mark.parametrize("digits, ok", [("4111111111111111", True), ("79927398713", True), ("79927398710", False)])
def test_luhn(digits, ok):
    assert luhn_ok(digits) is ok


def test_brand_and_validator():
    assert card_brand("3589000000000000") == "JCB" and card_brand("3527000000000000") is None
    assert validate_card("4111 1111 1111 1111") == {"brand": "Visa"}
    assert validate_card("41111111111") is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="0123456789", min_size=2, max_size=7), min_size=1, max_size=5),
    st.sampled_from(["", " ", "-", "－", "　"]),
    st.booleans(),
)
def test_random_digits_never_give_a_card_failing_luhn(groups, sep, fullwidth):
    text = "カード " + sep.join(groups)
    if fullwidth:
        text = text.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)})
    for s in spans(text):
        if s.label == "CREDIT_CARD":
            digits = "".join(chr(ord(c) - 0xFEE0) if "０" <= c <= "９" else c for c in s.text if c.isdigit())
            assert luhn_ok(digits) and card_brand(digits)


@given(st.text(alphabet="0123456789", max_size=24) | st.text(max_size=8))
def test_luhn_sum_by_tables_equals_the_digit_by_digit_definition(digits: str) -> None:
    from tokumei.detect.recognizers.jp.credit_card import _luhn_sum, _luhn_sum_slow

    assert _luhn_sum(digits) == _luhn_sum_slow(digits)
