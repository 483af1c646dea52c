import pytest

from detect.recognizers._ident import one, texts


@pytest.mark.parametrize(
    "text, expected",
    [("在留カード番号 AB12345678CD", "AB12345678CD"), ("ＡＢ１２３４５６７８ＣＤ", "ＡＢ１２３４５６７８ＣＤ"),
     ("特別永住者証明書 XY87654321ZW", "XY87654321ZW")],
)
def test_positives(text, expected):
    assert texts(text, "RESIDENCE_CARD") == [expected]


def test_context_raises_score():
    assert one("在留カード AB12345678CD", "RESIDENCE_CARD").score > one("AB12345678CD", "RESIDENCE_CARD").score


@pytest.mark.parametrize("text", ["AB1234567CD", "品番 AB12345678CD", "ABC12345678CD", "AB12345678CDE", "ab12345678cd"])
def test_negatives(text):
    assert texts(text, "RESIDENCE_CARD") == []
