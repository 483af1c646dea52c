from __future__ import annotations

import pytest

from tokumei.scan.mask import mask_value


@pytest.mark.parametrize("value, category, masked", [
    ("山田 太郎", "PERSON", "山田 **"),
    ("山田太郎", "PERSON", "山田**"),
    ("090-1234-5678", "PHONE", "090-****-5678"),
    ("03-3581-1234", "PHONE", "03-****-1234"),
    ("09012345678", "PHONE", "090****5678"),
    ("4111 1111 1111 1111", "CREDIT_CARD", "**** **** **** 1111"),
    ("123456789018", "MY_NUMBER", "********9018"),
    ("yamada@example.jp", "EMAIL", "y***@example.jp"),
    ("東京都千代田区永田町1-6-1", "ADDRESS", "東京都千代田区****"),
    ("北海道札幌市中央区北1条西2丁目", "ADDRESS", "北海道札幌市****"),
    ("1985-04-01", "DATE_OF_BIRTH", "1985-**-**"),
    ("sakura2024", "PASSWORD", "********"),
    ("$2b$08$agC0eukzUwMTBXSkM/upTucC3kzJ79N4gd01ZUs6n637HFr6ejMYy", "PASSWORD_HASH", "$2b$…"),
    ("なにか", None, "***"),
])
def test_mask(value, category, masked):
    assert mask_value(value, category) == masked
