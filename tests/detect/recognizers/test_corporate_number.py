import pytest

from detect.recognizers._ident import one, spans, texts
from tokumei.detect.recognizers.jp.corporate_number import corporate_check_digit, is_valid_corporate_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("法人番号 7000012050002", "7000012050002"),  # 国税庁
        ("法人番号：1180301018771（トヨタ自動車）", "1180301018771"),
        ("登録番号 T5010401067252", "5010401067252"),
        ("会社法人等番号 7-0000-1205-0002", "7-0000-1205-0002"),
        ("法人番号　４００００１２０９０００１", "４００００１２０９０００１"),
    ],
)
def test_positives(text, expected):
    got = texts(text, "CORPORATE_NUMBER")
    assert got == [expected]


@pytest.mark.parametrize("base12, check", [("000012050002", 7), ("180301018771", 1), ("010401067252", 5)])
def test_check_digit(base12, check):
    assert corporate_check_digit(base12) == check


@pytest.mark.parametrize("text", ["8000012050002", "番号 7000012050003", "法人番号 70000120500021", "法人番号 700001205000"])
def test_failing_check_or_length_not_reported(text):
    assert texts(text, "CORPORATE_NUMBER") == []


@pytest.mark.parametrize("text", ["法人番号 8000012050002", "法人番号 7000012050003"])
def test_failing_check_after_the_label_is_reported_lower(text):
    # issue #12: the label decides; the wrong check digit lowers the score (jp.labelled_value.v1)
    s = one(text, "CORPORATE_NUMBER")
    assert s.source == "jp.labelled_value.v1" and "検査数字が合わない" in s.reason and not s.validated


def test_validated_and_context_score():
    s = one("法人番号 7000012050002", "CORPORATE_NUMBER")
    assert s.validated and s.score > 0.9
    assert one("7000012050002", "CORPORATE_NUMBER").score < s.score
    assert is_valid_corporate_number("7000012050002") and not is_valid_corporate_number("7000012050012")
    assert spans("注文番号 7000012050002") == []
