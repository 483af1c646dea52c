"""Cross-recognizer hard negatives: none of these may produce any identifier span, and offsets
always point into the original text (also with full-width and expanding characters)."""
import pytest
from hypothesis import given, settings, strategies as st

from detect.recognizers._ident import spans

#: Labels this area owns; dates/addresses (another area) may legitimately report e.g. 2024年.
IDENTIFIERS = {
    "POSTAL_CODE", "PHONE", "EMAIL", "URL", "IP_ADDRESS", "MY_NUMBER", "CORPORATE_NUMBER", "CREDIT_CARD",
    "BANK_ACCOUNT", "PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER",
    "DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD",
}


@pytest.mark.parametrize(
    "text",
    [
        "売上は1,200万円でした", "¥12,000", "12,000円", "￥１２，０００", "税込 1,234,567円", "15%", "１５％",
        "10:00", "10時30分", "10:00-12:00", "受付時間 9:00～17:30", "2024年", "令和6年4月", "2024/04/01",
        "注文番号 123456789012", "注文番号：0312345678", "請求書番号 INV-2024-0001", "伝票番号 20240401001",
        "伝票番号 4111111111111111", "第12条第3項", "品番 A-1234", "型番 XJ-2000", "123456789011",  # My Number check fails
        "1234567890123",  # corporate check fails
        "4111111111111112",  # Luhn fails
        "v1.2.3", "version 1.2.3.4", "ISBN978-4-10-109205-8", "ISBN 4-10-109205-X", "1.2.3.4.5",
        "会員番号 12345678", "従業員数 1234567名", "2024-04-01", "1234", "電話の件で 3 回",
        "03-1234", "0120", "〒", "T.B.D.", "第3期 12,345,678円",
        "4901234567894", "JANコード 4901234567894", "商品コード 4512345678901", "時刻 12:34:56.789",
        "MAC 00:1B:44:11:3A:B7", "UUID 123e4567-e89b-12d3-a456-426614174000", "10.0.0.256", "健康保険料率 10.00%",
        "資本金 10,000,000円", "受付番号 0312345678", "合計 09012345678円",
    ],
)
def test_hard_negatives_are_not_identifiers(text):
    found = [(s.label, s.text) for s in spans(text) if s.label in IDENTIFIERS]
    assert found == []


_PIECES = [
    "電話 ０３－３５８１－１２３４", "〒１００－８９１４", "カード ４１１１ １１１１ １１１１ １１１１", "法人番号 ７０００－０１２０－５０００２",
    "https://例.jp/あ（注）", "192.168.0.1", "在留カード ＡＢ１２３４５６７８ＣＤ", "㈱", "①", "ｶﾀｶﾅ", "😀", "e\u0301",
    "保険者番号 01130012", "普通 1234567", "、", "。", " ", "\n", "0", "-", "ー",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_offsets_point_into_the_original(parts):
    text = "".join(parts)
    for s in spans(text):  # spans() asserts text[start:end] == s.text
        assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789０１２３４５６７８９-－ー 　()（）+.:〒", max_size=60))
def test_offsets_on_digit_soup(text):
    for s in spans(text):
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize(
    "text, label, value",
    [
        ("個人番号 123456789018。\n注文番号 55", "MY_NUMBER", "123456789018"),
        ("携帯 090-1799-2329。\n伝票番号 1", "PHONE", "090-1799-2329"),
        ("旅券番号 TK9140737。品番 A-1", "PASSPORT", "TK9140737"),
    ],
)
def test_negative_words_in_the_next_sentence_do_not_veto(text, label, value):
    assert [s.text for s in spans(text) if s.label == label] == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("〒100-0001 普通 1234567", [("POSTAL_CODE", "100-0001"), ("BANK_ACCOUNT", "1234567")]),
        ("電話 090-1234-5678 伝票番号なし", [("PHONE", "090-1234-5678")]),  # label before wins a tie
        ("注文番号 0312345678 電話", []),
        ("会員番号 1234-5678-9012 個人番号", [("MEMBER_ID", "1234-5678-9012")]),  # issue #12: the label decides
        ("個人番号 1234-5678-9018 会員番号", [("MY_NUMBER", "1234-5678-9018")]),
    ],
)
def test_the_nearer_of_context_and_negative_word_decides(text, expected):
    assert [(s.label, s.text) for s in spans(text)] == expected
