"""write_csv_for_excel: BOM / cp932, CRLF, minimal quoting, unencodable characters, formula guard."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.errors import TokumeiError
from tokumei.formats.csvio import csv_bytes_for_excel, guard_formula, write_csv_for_excel


def test_utf8_bom_crlf_minimal_quoting(tmp_path):
    p = write_csv_for_excel(tmp_path / "a.csv", ["氏名", "メモ", "件数"],
                            [["山田 太郎", 'a,"b"', 3], ["佐藤", "改行\nあり", None]])
    assert p.read_bytes() == ("\ufeff氏名,メモ,件数\r\n山田 太郎,\"a,\"\"b\"\"\",3\r\n"
                              "佐藤,\"改行\nあり\",\r\n").encode("utf-8")


def test_cp932_on_request(tmp_path):
    p = write_csv_for_excel(tmp_path / "a.csv", ["氏名"], [["髙橋"]], encoding="cp932")
    assert p.read_bytes() == "氏名\r\n髙橋\r\n".encode("cp932")


def test_cp932_unencodable_names_row_and_column(tmp_path):
    with pytest.raises(TokumeiError) as e:
        write_csv_for_excel(tmp_path / "a.csv", ["氏名", "住所"], [["山田", "東京"], ["佐藤", "𠮷野家"]],
                            encoding="cp932")
    assert e.value.code == "E112"
    assert "3行目 2列目 (住所)" in e.value.message
    assert "𠮷" not in e.value.message and "佐藤" not in e.value.message


@pytest.mark.parametrize("value,expected", [
    ("=1+2", "'=1+2"), ("@SUM(A1)", "'@SUM(A1)"), ("+81-3-1234", "'+81-3-1234"),
    ("-3", "-3"), ("+1.5", "+1.5"), ("山田", "山田"), ("", ""), ("-", "'-"),
])
def test_guard_formula(value, expected):
    assert guard_formula(value) == expected


def test_guard_can_be_disabled():
    assert csv_bytes_for_excel(None, [["=A1"]], "utf-8", guard_formulas=False) == b"=A1\r\n"


def test_unknown_encoding_is_usage_error():
    with pytest.raises(TokumeiError) as e:
        csv_bytes_for_excel(None, [["x"]], "latin-1")
    assert e.value.code == "E200"


cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5))
def test_round_trip_through_csv_reader(rows):
    data = csv_bytes_for_excel(None, rows, "utf-8-sig", guard_formulas=False)
    back = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert back == rows
