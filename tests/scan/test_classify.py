"""Column classification: column names (JA/EN) × value samples → category."""
from __future__ import annotations

import pytest

from tokumei.scan.classify import ColumnStats, decide, observe
from tokumei.scan.vocab import name_category

BCRYPT = "$2b$08$agC0eukzUwMTBXSkM/upTucC3kzJ79N4gd01ZUs6n637HFr6ejMYy"
MD5 = "5f4dcc3b5aa765d61d8327deb882cf99"


def _my_number(first11: str) -> str:
    from tokumei.detect.recognizers.jp.my_number import my_number_check_digit

    return first11 + str(my_number_check_digit(first11))


def _luhn(first15: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(first15)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return first15 + str((10 - total % 10) % 10)


VALID_MY_NUMBERS = [_my_number(f"{31415926535 + 7919 * i:011d}") for i in range(10)]
VALID_CARDS = [_luhn(f"411111111111{1000 + 37 * i:04d}"[:15]) for i in range(10)]


def classify(name: str, values: list[str], examples: bool = False) -> dict:
    st = ColumnStats()
    for v in values:
        observe(st, v, column=name, examples=examples)
    return decide(name, st, examples=examples)


@pytest.mark.parametrize("name, values, category", [
    ("氏名", ["山田 太郎", "佐藤 花子", "鈴木 一郎"], "PERSON"),
    ("ふりがな", ["やまだ たろう", "さとう はなこ"], "PERSON"),
    ("full_name", ["Taro Yamada", "Hanako Sato"], "PERSON"),
    ("住所", ["東京都千代田区永田町1-6-1", "大阪府大阪市北区梅田3-1-1"], "ADDRESS"),
    ("address", ["東京都新宿区西新宿2-8-1"], "ADDRESS"),
    ("電話番号", ["090-1234-5678", "03-3581-1234"], "PHONE"),
    ("tel", ["090-1234-5678", "06-6123-4567"], "PHONE"),
    ("メール", ["yamada@example.jp", "sato@example.co.jp"], "EMAIL"),
    ("email", ["a@example.com"], "EMAIL"),
    ("生年月日", ["1985-04-01", "1990-12-31"], "DATE_OF_BIRTH"),
    ("dob", ["1985-04-01"], "DATE_OF_BIRTH"),
    ("郵便番号", ["100-8914", "530-0001"], "POSTAL_CODE"),
    ("カード番号", ["4111 1111 1111 1111", "5555-5555-5555-4444"], "CREDIT_CARD"),
    ("マイナンバー", ["123456789018"], "MY_NUMBER"),
    ("性別", ["男", "女", "女"], "GENDER"),
    ("gender", ["male", "female"], "GENDER"),
    ("年齢", ["34", "58"], "AGE"),
    ("病歴", ["高血圧", "糖尿病"], "SENSITIVE_HEALTH"),
    ("障害の有無", ["あり", "なし"], "SENSITIVE_DISABILITY"),
    ("犯罪歴", ["なし"], "SENSITIVE_CRIMINAL"),
    ("信条", ["…"], "SENSITIVE_BELIEF"),
    ("password", [BCRYPT, MD5], "PASSWORD_HASH"),
    ("パスワード", ["sakura2024", "himitsu"], "PASSWORD"),
    # values alone, meaningless column names
    ("c1", ["yamada@example.jp", "sato@example.co.jp", "kato@example.com"], "EMAIL"),
    # a check digit passes for ~1 random number in 10: value-only needs a share chance cannot give
    # (2 of 2 can be luck, so it is 要確認 — see test_evidence.py); 10 of 10 cannot
    ("c2", VALID_MY_NUMBERS, "MY_NUMBER"),
    ("c3", [BCRYPT, MD5, BCRYPT], "PASSWORD_HASH"),
    ("c4", VALID_CARDS, "CREDIT_CARD"),
    ("備考", ["折り返し連絡先 090-1234-5678", "特になし", "DM不要"], "PHONE"),
    ("会員ランク", ["ゴールド", "一般", "シルバー"], None),
    ("商品名", ["りんご", "みかん"], None),
])
def test_column_category(name, values, category):
    got = classify(name, values)
    assert got["category"] == category, got
    if category:
        assert 0 < got["confidence"] < 1
        assert got["category_ja"]


def test_name_and_values_agreeing_beats_name_only():
    agree = classify("電話番号", ["090-1234-5678", "03-3581-1234"])
    name_only = classify("電話番号", ["不明", "なし"])
    assert agree["confidence"] > name_only["confidence"]
    assert agree["matched_share"] == 1.0 and name_only["matched_share"] == 0.0
    assert agree["evidence"]["name_keyword"] == "電話"
    assert agree["evidence"]["value_patterns"]


def test_free_text_is_marked_and_share_counted():
    got = classify("備考", ["連絡先 090-1234-5678 まで", "特になし", "", "DM不要"])
    assert got["non_empty"] == 3 and got["rows_scanned"] == 4
    assert got["evidence"].get("free_text") is True
    assert got["matched_share"] == pytest.approx(1 / 3, abs=1e-3)


def test_sensitive_flag():
    assert classify("既往歴", ["喘息"])["sensitive"] is True
    assert classify("氏名", ["山田 太郎"])["sensitive"] is False


def test_empty_column_keeps_name_evidence():
    got = classify("電話番号", ["", "", None])
    assert got["category"] == "PHONE" and got["non_empty"] == 0 and got["confidence"] == 0.5


def test_merge_is_addition():
    a, b, both = ColumnStats(), ColumnStats(), ColumnStats()
    for v in ["a@example.jp", "x"]:
        observe(a, v, column="c")
        observe(both, v, column="c")
    for v in ["b@example.jp", ""]:
        observe(b, v, column="c")
        observe(both, v, column="c")
    a.merge(b)
    assert decide("c", a) == decide("c", both)


@pytest.mark.parametrize("name, expected", [
    ("氏名", "PERSON"), ("お名前", "PERSON"), ("ﾌﾘｶﾞﾅ", "PERSON"), ("customerName", "PERSON"),
    ("company_name", "ORGANIZATION"), ("会社名", "ORGANIZATION"), ("product_name", None), ("商品名", None),
    ("email_address", "EMAIL"), ("ip_address", "IP_ADDRESS"), ("home_address", "ADDRESS"),
    ("携帯番号", "PHONE"), ("TEL", "PHONE"), ("birthDate", "DATE_OF_BIRTH"), ("age", "AGE"),
    ("page", None), ("image", None), ("password_hash", "PASSWORD_HASH"), ("暗証番号", "PASSWORD"),
    ("個人番号", "MY_NUMBER"), ("口座番号", "BANK_ACCOUNT"), ("zip", "POSTAL_CODE"), ("〒", "POSTAL_CODE"),
    ("宗教", "SENSITIVE_BELIEF"), ("登録日", None), ("備考", None), ("id", None),
])
def test_name_vocabulary(name, expected):
    got = name_category(name)
    assert (got[0] if got else None) == expected


@pytest.mark.parametrize("name, values, category, state, weak", [
    ("カード番号", ["tok_4f9a8b7c6d5e4f3a", "tok_0a1b2c3d4e5f6a7b"], "CREDIT_CARD", "tokenised", None),
    ("カード番号", ["****-****-****-1234", "************4444"], "CREDIT_CARD", "masked", None),
    ("カード番号", ["4111111111111111", "5555555555554444"], "CREDIT_CARD", "plaintext", None),
    ("password", [BCRYPT, BCRYPT], "PASSWORD_HASH", "hashed", False),
    ("password", [MD5, "5d41402abc4b2a76b9719d911017c592"], "PASSWORD_HASH", "hashed", True),
    ("パスワード", ["sakura2024", "himitsu"], "PASSWORD", "plaintext", None),
    ("マイナンバー", ["Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRg==", "U2FsdGVkX19KmX3bQz8vYc2RkZXlOQ3hZa0FhTnc="],
     "MY_NUMBER", "encrypted", None),
])
def test_column_protection(name, values, category, state, weak):
    got = classify(name, values)
    assert got["category"] == category
    assert got["protection"]["state"] == state
    assert got["protection"].get("weak") == weak
