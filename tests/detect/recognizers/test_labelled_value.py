"""jp.labelled_value.v1: a value right after an explicit label is that kind of value, whatever its
check digit says (issue #12). Each row failed before the recognizer existed."""
import pytest
from hypothesis import given, settings, strategies as st

from detect.recognizers._ident import spans
from tokumei.anonymize import anonymize
from tokumei.detect import Analyzer
from tokumei.span import LABEL_JA, LABELS


def _found(text, label):
    return [s for s in spans(text) if s.label == label]


@pytest.mark.parametrize(
    "text, label, value, check_failed",
    [
        # Luhn-valid, IIN outside the brand table: the label decides
        ("決済カード番号5917 7994 4191 1607", "CREDIT_CARD", "5917 7994 4191 1607", True),
        ("カード番号：3514709236239892", "CREDIT_CARD", "3514709236239892", True),
        ("クレジットカード番号 1234-5678-9012-3456 で支払い", "CREDIT_CARD", "1234-5678-9012-3456", True),
        ("法人番号 5180001012345", "CORPORATE_NUMBER", "5180001012345", True),
        ("会員番号：A-2034-5512", "MEMBER_ID", "A-2034-5512", False),
        ("顧客番号 C0012345 の方", "MEMBER_ID", "C0012345", False),
        ("社員番号：00412", "MEMBER_ID", "00412", False),
        ("患者ID: P-77812", "MEMBER_ID", "P-77812", False),
        ("基礎年金番号　１２３４－５６７８９０", "PENSION_NUMBER", "１２３４－５６７８９０", False),
        ("口座番号：普通 7654321", "BANK_ACCOUNT", "7654321", False),
        ("ご予約はTEL/23-4581まで", "PHONE", "23-4581", False),
        ("携帯：090-1234-567", "PHONE", "090-1234-567", False),
        ("別のお客様の会員番号（MK-08851）が記載されていた", "MEMBER_ID", "MK-08851", False),
        ("社員番号(00412)の方", "MEMBER_ID", "00412", False),
        ("マイナンバー 1234 5678 9012", "MY_NUMBER", "1234 5678 9012", True),
    ],
)
def test_value_after_label_is_that_kind(text, label, value, check_failed):
    found = _found(text, label)
    assert [s.text for s in found] == [value], spans(text)
    s = found[0]
    assert ("検査数字が合わない" in s.reason) == check_failed
    assert s.score >= 0.4


def test_failed_check_digit_scores_lower_than_a_passing_one():
    bad = _found("法人番号 5180001012345", "CORPORATE_NUMBER")[0]
    good = _found("法人番号 7000012050002", "CORPORATE_NUMBER")[0]
    assert bad.score < good.score and good.validated and not bad.validated


@pytest.mark.parametrize(
    "text, label, value",
    [
        ("項目：会員番号\n会員番号：M-88-1020\n", "MEMBER_ID", "M-88-1020"),
        ("氏名\t会員番号\tカード番号\n中山 裕子\tK-7731\t5917 7994 4191 1607\n", "MEMBER_ID", "K-7731"),
        ("氏名\t会員番号\tカード番号\n中山 裕子\tK-7731\t5917 7994 4191 1607\n", "CREDIT_CARD",
         "5917 7994 4191 1607"),
        ("社員番号\t氏名\n00412\t山田\n00413\t鈴木\n", "MEMBER_ID", "00412"),
    ],
)
def test_table_cells_under_a_label_header(text, label, value):
    assert value in [s.text for s in _found(text, label)], spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "会員番号の確認をお願いします。",  # a label with no value
        "カード番号は後日お知らせします",
        "会員数は1200名です",
        "注文番号：A-2034-5512",  # not one of the labels
        "電話番号を変更しました。2024年4月1日から",
        "4111-1111-1111-1112",  # no label, Luhn fails: still not a card
    ],
)
def test_no_value_no_span(text):
    assert not [s for s in spans(text) if s.source == "jp.labelled_value.v1"], spans(text)


def test_member_id_label_is_in_the_vocabulary_at_the_end():
    assert LABELS[-1] == "MEMBER_ID" and LABEL_JA["MEMBER_ID"] == "会員番号等"
    assert list(LABEL_JA)[-1] == "MEMBER_ID"


@pytest.mark.parametrize(
    "text, gone",
    [
        ("決済カード番号5917 7994 4191 1607", "5917"),
        ("カード番号：3514709236239892", "3514709236239892"),
        ("法人番号 5180001012345", "5180001012345"),
        ("会員番号：A-2034-5512", "2034"),
    ],
)
def test_anonymize_removes_labelled_values(text, gone):
    r = anonymize(text, analyzer=Analyzer(finders=[]))
    assert gone not in r.text, r.text


def test_member_id_is_removed_with_its_own_phrase():
    r = anonymize("会員番号：A-2034-5512", analyzer=Analyzer(finders=[]))
    assert r.text == "会員番号：（会員番号等）"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="会員番号カード法人：: 0123456789-A\n\t", max_size=40))
def test_offsets_point_into_the_original(text):
    for s in spans(text):
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize("text, local", [
    ("TEL 0570-11-2233（旧番号 31-5567は3月末まで）", ["31-5567"]),
    ("電話：0994-55-1020、新番号 55-2041", ["55-2041"]),
    ("会員証の旧番号 31-5567 は使えません", []),  # no phone word before: any number
])
def test_old_and_new_local_numbers_after_a_phone(text, local):
    """旧番号/新番号 name a phone number (no area code) only after a phone word."""
    got = [s.text for s in _found(text, "PHONE") if "旧番号" in s.reason or "新番号" in s.reason]
    assert got == local


@pytest.mark.parametrize("text", ["会員番号（4桁）を入力", "カード番号（16桁）", "氏名（ふりがな）：", "口座番号（7桁）",
                                  "社員番号（2024年度入社分）を確認"])
def test_a_bracket_after_a_label_holding_a_description_is_no_value(text):
    assert [s for s in spans(text) if s.source == "jp.labelled_value.v1"] == []


def test_an_old_number_with_no_phone_word_is_the_holders_number():
    assert [s.text for s in _found("会員証の旧番号：12345678", "MEMBER_ID")] == ["12345678"]


@pytest.mark.parametrize("text, value", [
    ("ご注文はお客様番号（TK-5521のような番号です）を添えて", "TK-5521"),
    ("お手元の会員証の番号（MB-0417など）をお知らせください", "MB-0417"),
    ("顧客番号（NY-3320等）を記入", "NY-3320"),
])
def test_a_code_given_as_an_example_in_the_bracket_is_the_holders(text, value):
    """Stop 29 (a-dev-405, 407, measured first): a code in brackets after the label, said to be an example."""
    assert [s.text for s in _found(text, "MEMBER_ID")] == [value]


@pytest.mark.parametrize("text, value", [
    ("9月の賃金台帳（社員番号 G-07）を見ると、時給に直して", "G-07"),   # two digits (a-dev-530 on 6a4c7bdc)
    ("社員番号：105", "105"),
])
def test_short_employee_numbers(text, value):
    """A short number after an explicit member or employee label is that number (stop 32: two digits are enough)."""
    assert value in [s.text for s in _found(text, "MEMBER_ID")], spans(text)


@pytest.mark.parametrize("text, values", [
    # stop 40 (read dev wave 12, invented values): a quote after the label, a 15-digit card a writer says is one digit short
    ("クレジットカード番号「4980 1230 6617 225」が一桁足りない", ["4980 1230 6617 225"]),
    ("会員番号は『KB-40871』です", ["KB-40871"]),
    # two values under one label, after a slash or a comma
    ("会員番号：HS-20871／HS-20872", ["HS-20871", "HS-20872"]),
    ("会員番号：HS-20871、HS-20872", ["HS-20871", "HS-20872"]),
])
def test_quoted_and_listed_values_after_a_label(text, values):
    assert [s.text for s in spans(text) if s.source == "jp.labelled_value.v1"] == values


@pytest.mark.parametrize("text", ["会員番号：HS-20871、月曜は休み", "氏名：山田 花子、佐藤 一郎",
                                  "保育士の木下（職員番号 RN-0317、1993年生まれ）"])  # a year after it: another shape
def test_what_follows_a_comma_is_a_value_only_in_the_values_shape(text):
    """A comma after a member number ends the list when no code follows; a name label takes one name (a list of names
    after 氏名 is left to the name finders, which give each its own person)."""
    assert len([s for s in spans(text) if s.source == "jp.labelled_value.v1"]) == 1


@pytest.mark.parametrize("text, value", [
    # stop 41 (read anonymize dev wave 13, invented numbers): a local number without its area code after 連絡先, with a
    # name and a relation between, and inside 電話（…、whom to ask）
    ("連絡先：47-2210", "47-2210"),
    ("緊急連絡先：比嘉 勇（父）52-4416", "52-4416"),
    ("申込は電話（34-5521、森田まで）で受け付けます。", "34-5521"),
])
def test_a_local_number_after_a_contact_word(text, value):
    assert value in [s.text for s in spans(text) if s.label == "PHONE"]


@pytest.mark.parametrize("text", ["連絡先：2名", "連絡先：本人の携帯", "連絡先は事務局まで。2025-04-01に開始",
                                  "社員番号（2024年度入社分、12-3456）"])
def test_a_contact_word_without_a_number_after_it_gives_none(text):
    assert not [s for s in spans(text) if s.label == "PHONE" and s.source == "jp.labelled_value.v1"]
