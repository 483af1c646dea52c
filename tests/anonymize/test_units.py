"""Several units of one document (paragraphs, table cells, headers, HTML attributes) share one
pseudonym state, but the detector's entity ids (P1, O1) are local to each analyzed unit: P1 of the
header is not P1 of the body. Found by running a .docx with a header and an .html with alt/title."""
from __future__ import annotations

import re

import pytest

from tokumei.anonymize.engine import anonymize
from tokumei.anonymize.pseudonyms import PseudonymState

# (units of one document, expected outputs) — different people never share a letter;
# the same name in another unit keeps its letter; a surname alone joins its full name.
CASES = [
    (["山田太郎さんの電話番号", "担当 鈴木一郎", "佐藤花子"], ["Aさんの電話番号", "担当 B氏", "C氏"]),
    (["山田太郎さんが来た。", "山田太郎さんが帰った。"], ["Aさんが来た。", "Aさんが帰った。"]),
    (["山田太郎さんが来た。", "鈴木一郎さんと山田さん"], ["Aさんが来た。", "BさんとAさん"]),
    (["株式会社ミライ商事に勤める", "株式会社さくら食品の担当"], ["A社に勤める", "B社の担当"]),
]


@pytest.mark.parametrize("units,expected", CASES)
def test_letters_across_units(units, expected):
    st = PseudonymState()
    assert [anonymize(u, state=st).text for u in units] == expected


def test_hash_policy_gives_different_people_in_different_units_different_hashes():
    st = PseudonymState()
    key = b"k" * 32
    a = anonymize("山田太郎さん", policy="hash", state=st, hash_key=key).text
    b = anonymize("鈴木一郎さん", policy="hash", state=st, hash_key=key).text
    c = anonymize("山田太郎さん", policy="hash", state=st, hash_key=key).text
    digest = re.compile(r"〔人名#([0-9a-f]+)〕")
    assert digest.search(a) and digest.search(b)
    assert digest.search(a).group(1) != digest.search(b).group(1)
    assert digest.search(a).group(1) == digest.search(c).group(1)


def test_my_number_token_is_the_same_value_in_every_unit():
    st = PseudonymState()
    one = anonymize("個人番号 1234 5678 9018", policy="internal", state=st).text
    two = anonymize("マイナンバー：1234 5678 9018", policy="internal", state=st).text
    tok = re.compile(r"〔[^〕]+〕")
    assert tok.search(one).group() == tok.search(two).group()
