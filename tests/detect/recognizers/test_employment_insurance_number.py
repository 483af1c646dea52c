import pytest

from detect.recognizers._ident import texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("雇用保険被保険者番号 1234-567890-1", "1234-567890-1"),
        ("雇用保険 被保険者番号：５０１２－３４５６７８－９", "５０１２－３４５６７８－９"),
        ("被保険者番号 12345678901（雇用保険）", "12345678901"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "EMPLOYMENT_INSURANCE_NUMBER") == [expected]


@pytest.mark.parametrize(
    "text", ["1234-567890-1", "注文番号 1234-567890-1 雇用保険", "雇用保険料 12,345円", "雇用保険 1234-56789-1"]
)
def test_negatives(text):
    assert texts(text, "EMPLOYMENT_INSURANCE_NUMBER") == []


def test_employer_number_with_the_same_shape_is_not_reported():
    text = "雇用保険 事業所番号 5001-123456-7 被保険者番号 1234-567890-1"
    assert texts(text, "EMPLOYMENT_INSURANCE_NUMBER") == ["1234-567890-1"]
    text = "雇用保険被保険者番号 1234-567890-1、事業所番号 5001-123456-7"
    assert texts(text, "EMPLOYMENT_INSURANCE_NUMBER") == ["1234-567890-1"]
