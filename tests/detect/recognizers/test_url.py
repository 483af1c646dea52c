import pytest

from detect.recognizers._ident import texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("詳細はhttps://example.co.jp/recruit/をご覧ください", "https://example.co.jp/recruit/"),
        ("http://example.com/a?b=1&c=2#top。", "http://example.com/a?b=1&c=2#top"),
        ("www.example.co.jp、または", "www.example.co.jp"),
        ("「https://example.com/」", "https://example.com/"),
        ("（https://example.com/a）", "https://example.com/a"),
        ("https://example.com/資料（PDF）", "https://example.com/資料"),
        ("https://日本語.jp/案内", "https://日本語.jp/案内"),
        ("https://ja.wikipedia.org/wiki/Foo_(bar) を参照", "https://ja.wikipedia.org/wiki/Foo_(bar)"),
        ("(https://example.com/x)", "https://example.com/x"),
        ("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ", "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ａ"),
        ("see https://example.com.", "https://example.com"),
        ("https://example.com:8443/path【重要】", "https://example.com:8443/path"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "URL") == [expected]


@pytest.mark.parametrize("text", ["example.com", "https://", "www.", "ftp://example.com", "user@www.example.com"])
def test_negatives(text):
    assert texts(text, "URL") == []
