import pytest

from detect.recognizers._ident import one, texts


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        ("みずほ銀行 新宿支店 普通 1234567", "1234567", "普通"),
        ("口座番号：当座預金 ７６５４３２１", "７６５４３２１", "当座"),
        ("振込先 三井住友銀行 本店営業部 貯蓄 0012345", "0012345", "貯蓄"),
        ("〇〇信用金庫 駅前支店 口座番号 2345678", "2345678", None),
        ("ゆうちょ銀行 記号番号 12345-12345671", "12345-12345671", None),
        ("振込先：〇〇銀行 本店 (普)1234567", "1234567", "普通"),
        ("（当）７６５４３２１ 名義 カ）ミライ", "７６５４３２１", "当座"),
    ],
)
def test_positives(text, expected, kind):
    s = one(text, "BANK_ACCOUNT")
    assert s.text == expected and (s.data or {}).get("account_type") == kind


def test_yucho_kigo_bango_reported_separately():
    assert texts("ゆうちょ銀行 記号 12345 番号 12345671", "BANK_ACCOUNT") == ["12345", "12345671"]


@pytest.mark.parametrize(
    "text",
    ["1234567", "残高 1234567円", "銀行の売上 1,234,567円", "注文番号 1234567 銀行振込", "支店コード 123",
     "〒1234567", "普通 12345678"],
)
def test_negatives(text):
    assert texts(text, "BANK_ACCOUNT") == []
