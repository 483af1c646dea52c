"""AFFECTED.csv parsing (line numbers, encodings, only the columns present) and SMS length."""
from __future__ import annotations

import pytest

from tokumei.breach.notices.common import items_sentence
from tokumei.breach.notices.people import read_people
from tokumei.breach.notices.sms import LIMIT, sms_length, sms_text
from tokumei.errors import TokumeiError

HEADER = "氏名,郵便番号,住所,メール,電話番号\n"

# (case, csv body after the header, code, line named)
BAD_ROWS = [
    ("too few columns", "架空 太郎,100-0001,東京都\n", "E858", 2),
    ("empty name on line 3", "架空 太郎,100-0001,東京都千代田区,a@example.jp,090-0000-0001\n,,,b@example.jp,\n", "E858", 3),
    ("bad postal code", "架空 太郎,10-01,東京都千代田区,,\n", "E858", 2),
    ("bad e-mail", "架空 太郎,,,not-an-address,\n", "E858", 2),
    ("bad phone", "架空 太郎,,,,090-12\n", "E858", 2),
    ("address without postal code", "架空 太郎,,東京都千代田区,,\n", "E858", 2),
]


@pytest.mark.parametrize("case,body,code,line", BAD_ROWS, ids=[b[0] for b in BAD_ROWS])
def test_malformed_row_names_the_line(tmp_path, case, body, code, line):
    p = tmp_path / "a.csv"
    p.write_text(HEADER + body, "utf-8")
    with pytest.raises(TokumeiError) as e:
        read_people(p)
    assert e.value.code == code and f"{line} 行目" in e.value.message and str(p) in e.value.message
    assert "架空" not in e.value.message and "example" not in e.value.message


# (case, whole file, why fragment)
BAD_FILES = [
    ("no name column", "住所,メール\n東京都,a@example.jp\n", "氏名"),
    ("no contact column", "氏名,会員番号\n架空 太郎,1\n", "住所・メール・電話番号"),
    ("header only", HEADER, "対象者の行"),
    ("empty file", "", "見出し"),
]


@pytest.mark.parametrize("case,text,why", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unusable_file(tmp_path, case, text, why):
    p = tmp_path / "a.csv"
    p.write_text(text, "utf-8")
    with pytest.raises(TokumeiError) as e:
        read_people(p)
    assert e.value.code == "E859" and why in e.value.message


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_encodings_and_only_present_columns(tmp_path, encoding):
    p = tmp_path / "a.csv"
    p.write_bytes("お名前,携帯電話\r\n架空 太郎,０９０－００００－０００１\r\n見本 花子,03-0000-0002\r\n".encode(encoding))
    people = read_people(p)
    assert [(x.no, x.name, x.mobile, x.address, x.email) for x in people] == [
        (1, "架空 太郎", "09000000001", "", ""), (2, "見本 花子", "", "", "")]


NAMES = ["架空 太郎", "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末", "", "𠮷野 𩸽子🌸",
         "𠮷" * 12]


@pytest.mark.parametrize("name", NAMES)
def test_sms_fits_70_characters_and_has_the_link(name):
    text = sms_text("さくら会員倶楽部", "https://sakura-club.example.jp/n", name)
    assert sms_length(text) <= LIMIT and text.endswith("https://sakura-club.example.jp/n")
    assert text.startswith("【さくら会員倶楽部】")


@pytest.mark.parametrize("text,units", [("架空 太郎", 5), ("𠮷田", 3), ("🌸", 2), ("ｶﾀｶﾅ", 4), ("", 0)])
def test_sms_length_counts_ucs2_units(text, units):
    assert sms_length(text) == units


def test_sms_name_outside_the_bmp_is_dropped_when_the_ucs2_length_is_over():
    # 43 characters but 55 UTF-16 units with the name: the named text would be 71 units, so no name
    url = "https://sakura-club.example.jp/n"
    text = sms_text("さくら会員倶楽部", url, "𠮷" * 6)
    assert len(f"【さくら会員倶楽部】{'𠮷' * 6}様 個人情報に関する大切なお知らせ {url}") <= LIMIT < sms_length(
        f"【さくら会員倶楽部】{'𠮷' * 6}様 個人情報に関する大切なお知らせ {url}")
    assert "𠮷" not in text and sms_length(text) <= LIMIT


def test_sms_uses_the_name_when_it_fits():
    assert "架空 太郎様" in sms_text("さくら", "https://ex.jp/n", "架空 太郎")


def test_sms_too_long_is_an_error():
    with pytest.raises(TokumeiError) as e:
        sms_text("とても長い名前の株式会社" * 4, "https://example.jp/very/long/path/to/the/full/notice", "架空 太郎")
    assert e.value.code == "E860" and "notice_url" in e.value.message


# (leaked, not leaked, sentence) — both lists are always stated
SENTENCES = [
    (("氏名", "住所", "電話番号", "生年月日"), ("身分証明書情報", "クレジットカード情報", "メールアドレス", "パスワード"),
     "氏名・住所・電話番号・生年月日が漏えいした可能性があります。"
     "身分証明書情報・クレジットカード情報・メールアドレス・パスワードは含まれていません。"),
    (("氏名",), (), "氏名が漏えいした可能性があります。これ以外の情報は含まれていません。"),
]


@pytest.mark.parametrize("leaked,not_leaked,sentence", SENTENCES)
def test_items_sentence(leaked, not_leaked, sentence):
    assert items_sentence(leaked, not_leaked) == sentence
