import pytest

from detect.recognizers._ident import texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("連絡先: yamada.taro@example.co.jp", "yamada.taro@example.co.jp"),
        ("メールはyamada+hr@example.comまで", "yamada+hr@example.com"),  # Japanese on both sides
        ("ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ", "ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ"),
        ("<info@mirai-shoji.jp>", "info@mirai-shoji.jp"),
        ("x" * 64 + "@a.jp", "x" * 64 + "@a.jp"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "EMAIL") == [expected]


@pytest.mark.parametrize("text", ["user@localhost", "@example.com", "a@b", "x" * 65 + "@a.jp", "a@b.c", "a@-x.jp"])
def test_negatives(text):
    assert texts(text, "EMAIL") == []
