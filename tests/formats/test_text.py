"""Encoding detection: UTF-8 (±BOM), cp932 and EUC-JP, including bytes valid in both legacy codecs."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.errors import TokumeiError
from tokumei.formats.text import decode_with_encoding, encode_text, read_text


@pytest.mark.parametrize("encoding,text", [
    ("utf-8", "山田太郎"), ("utf-8-sig", "山田太郎"), ("cp932", "顧客名簿"), ("euc_jp", "東京都千代田区"),
    # valid in both cp932 and EUC-JP: the naive order would return half-width katakana garbage
    ("euc_jp", "山田太郎"), ("euc_jp", "山田"), ("euc_jp", "株式会社テスト"), ("euc_jp", "担当者名：佐藤花子"),
    ("euc_jp", "個人情報の取扱いについて"), ("euc_jp", "振込 ﾔﾏﾀﾞﾀﾛｳ 様"),
    ("euc_jp", "氏名,ﾌﾘｶﾞﾅ\r\n山田太郎,ﾔﾏﾀﾞﾀﾛｳ\r\n"),
    # ... and genuine half-width katakana cp932 that also reads as EUC-JP kanji
    ("cp932", "ﾔﾏﾀﾞ"), ("cp932", "ｶﾌﾞｼｷｶﾞｲｼｬ"), ("cp932", "ﾃﾞｰﾀ,ｶﾞｲｼｬ\r\n"), ("cp932", "ﾔﾏﾀﾞ ﾀﾛｳ,ﾍﾟｰｼﾞ\r\n"),
    ("euc_jp", "佐田田田"), ("cp932", "式式"), ("cp932", "社社式式"),
    ("euc_jp", "ﾔﾏﾀﾞ ﾀﾛｳ ｻﾏ ﾄｳｷｮｳﾄ ﾁﾖﾀﾞｸ ｿﾄｶﾝﾀﾞ"),  # long pure half-width EUC-JP
])
def test_detects_encoding(encoding, text):
    assert decode_with_encoding(text.encode(encoding), "a.txt") == (text, encoding)


def test_binary_refused():
    with pytest.raises(TokumeiError) as e:
        decode_with_encoding(b"PK\x03\x04\x00\x00", "a.txt")
    assert e.value.code == "E102"


kanji_kana = st.text(alphabet=st.sampled_from(list("山田太郎佐藤花子東京都千代田区の件でございます、。株式会社テスト")),
                     min_size=4, max_size=30)  # 2-3 characters can honestly be read either way


@settings(max_examples=80, deadline=None)
@given(kanji_kana, st.sampled_from(["cp932", "euc_jp", "utf-8"]))
def test_ordinary_japanese_round_trips(text, encoding):
    assert decode_with_encoding(text.encode(encoding)) == (text, encoding)


halfwidth = st.lists(st.sampled_from(["ﾔﾏ", "ﾀﾞ", "ﾀﾛｳ", "ｶﾞ", "ﾊﾟ", "ｻﾄｳ", "ﾃﾞｰﾀ", " ", "12", ","]),
                     min_size=1, max_size=10).map("".join)


@settings(max_examples=80, deadline=None)
@given(halfwidth)
def test_halfwidth_cp932_with_voicing_marks(text):
    data = text.encode("cp932")
    expected = (text, "cp932") if any(ord(c) > 0x7F for c in text) else (text, "utf-8")
    if "ﾞ" in text or "ﾟ" in text or not _valid_euc(data):
        assert decode_with_encoding(data) == expected


def _valid_euc(data: bytes) -> bool:
    try:
        data.decode("euc_jp")
        return True
    except UnicodeDecodeError:
        return False


def test_encode_text_names_line():
    with pytest.raises(TokumeiError) as e:
        encode_text("a\nb\n𠮷", "cp932", "o.txt")
    assert e.value.code == "E112" and "3行目" in e.value.message


def test_read_text_decodes_and_names_missing_or_unreadable_files(tmp_path):
    src = tmp_path / "メモ.txt"
    src.write_bytes("顧客名簿".encode("cp932"))
    assert read_text(src) == "顧客名簿"
    for path, code in ((tmp_path / "ない.txt", "E100"), (tmp_path, "E107")):
        with pytest.raises(TokumeiError) as e:
            read_text(path)
        assert e.value.code == code
