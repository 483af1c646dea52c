import pytest

from detect.recognizers._ident import one, texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("〒100-8914 東京都千代田区永田町1-6-1", "100-8914"),
        ("〒1000001", "1000001"),
        ("〒 150-0002", "150-0002"),
        ("〒１５０－０００２ 渋谷区", "１５０－０００２"),
        ("郵便番号 123-4567", "123-4567"),
        ("郵便番号：１２３－４５６７", "１２３－４５６７"),
        ("住所：530-0001 大阪府", "530-0001"),
        ("Zip 1500002", "1500002"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "POSTAL_CODE") == [expected]


@pytest.mark.parametrize(
    "text",
    ["123-4567", "1234567", "〒123", "品番 123-4567", "電話 123-4567", "5678", "郵便番号 12-34567", "〒123-45678"],
)
def test_negatives(text):
    assert texts(text, "POSTAL_CODE") == []


def test_mark_is_validated():
    assert one("〒100-8914", "POSTAL_CODE").validated
