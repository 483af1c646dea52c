import pytest

from detect.recognizers._ident import texts


@pytest.mark.parametrize(
    "text, expected",
    [("旅券番号 TK1234567", "TK1234567"), ("パスポート番号：ＭＺ７６５４３２１", "ＭＺ７６５４３２１"),
     ("Passport No. AB0000001", "AB0000001")],
)
def test_positives(text, expected):
    assert texts(text, "PASSPORT") == [expected]


@pytest.mark.parametrize(
    "text", ["TK1234567", "品番 TK1234567 パスポートケース", "旅券番号 TK123456", "旅券番号 TKX1234567", "旅券 tk1234567"]
)
def test_negatives(text):
    assert texts(text, "PASSPORT") == []
