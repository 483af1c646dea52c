import pytest

from detect.recognizers._ident import texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("基礎年金番号 1234-567890", "1234-567890"),
        ("年金手帳の番号：１２３４－５６７８９０", "１２３４－５６７８９０"),
        ("基礎年金番号 1234567890", "1234567890"),
        ("年金番号 4321 098765 を記入", "4321 098765"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "PENSION_NUMBER") == [expected]


@pytest.mark.parametrize(
    "text", ["1234-567890", "注文番号 1234-567890 年金", "基礎年金番号 123-4567890", "年金 1,234,567,890円"]
)
def test_negatives(text):
    assert texts(text, "PENSION_NUMBER") == []
