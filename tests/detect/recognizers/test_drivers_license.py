import pytest

from detect.recognizers._ident import one, spans, texts
from tokumei.detect.recognizers.jp.my_number import is_valid_my_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("運転免許証番号 第301234567890号", "301234567890"),
        ("免許証番号：３０１２３４５６７８９０", "３０１２３４５６７８９０"),
        ("運転免許 1234 5678 9012", "1234 5678 9012"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "DRIVERS_LICENSE") == [expected]


def test_licence_context_beats_my_number_even_when_the_check_passes():
    number = "123456789018"
    assert is_valid_my_number(number)
    got = spans(f"運転免許証番号 {number}")
    assert [(s.label, s.text) for s in got] == [("DRIVERS_LICENSE", number)]
    assert one(f"マイナンバー {number}", "MY_NUMBER").text == number
    assert texts(f"マイナンバー {number}", "DRIVERS_LICENSE") == []


@pytest.mark.parametrize("text", ["301234567890", "注文番号 301234567890 運転免許", "運転免許 30123456789"])
def test_negatives(text):
    assert texts(text, "DRIVERS_LICENSE") == []
