import pytest

from detect.recognizers._ident import one, texts


@pytest.mark.parametrize(
    "text, expected, version",
    [
        ("接続元IP 192.168.10.25", "192.168.10.25", 4),
        ("サーバは10.0.0.1です。", "10.0.0.1", 4),
        ("１９２．１６８．０．１", "１９２．１６８．０．１", 4),
        ("2001:db8::1 から", "2001:db8::1", 6),
        ("fe80::1%eth0", "fe80::1", 6),
        ("::ffff:192.0.2.1", "::ffff:192.0.2.1", 6),
        ("2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329", 6),
    ],
)
def test_positives(text, expected, version):
    s = one(text, "IP_ADDRESS")
    assert (s.text, s.data["version"]) == (expected, version)


@pytest.mark.parametrize(
    "text",
    ["999.1.1.1", "192.168.1", "1.2.3.4.5", "v1.2.3.4", "バージョン 1.2.3.4", "10:00:00", "10:00-12:00", "::",
     "a::b", "192.168.01.1", "2001:db8::1::2", "12:34:56:78"],
)
def test_negatives(text):
    assert texts(text, "IP_ADDRESS") == []
