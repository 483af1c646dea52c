"""CSV/TSV cell by cell: golden BEFORE/AFTER, quoting/BOM/cp932 kept, malformed lines, hypothesis."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.errors import TokumeiError
from tokumei.formats import Edit, read_document, write_document
from tokumei.formats.delimited import tokenize

BEFORE = '氏名,電話,メモ\r\n山田太郎,03-1234-5678,"担当 山田, 営業"\r\n佐藤,,"引用""あり"""\r\n'
AFTER = '氏名,電話,メモ\r\n〔人名〕,〔電話〕,"担当 〔人名〕, 営業"\r\n佐藤,,"引用""あり"""\r\n'


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_golden_keeps_quoting_and_encoding(tmp_path, encoding):
    src = tmp_path / "in.csv"
    src.write_bytes(BEFORE.encode(encoding))
    doc = read_document(src)
    assert doc.meta["encoding"] == encoding
    by_id = {u.id: u for u in doc.units}
    assert by_id["r2c1"].text == "山田太郎" and by_id["r2c1"].where == "2行1列 (氏名)"
    assert by_id["r3c3"].text == '引用"あり"' and "r3c2" not in by_id  # empty cells are no units
    edits = {"r2c1": [Edit(0, 4, "〔人名〕")], "r2c2": [Edit(0, 12, "〔電話〕")],
             "r2c3": [Edit(3, 5, "〔人名〕")]}
    out = write_document(doc, edits, tmp_path / "out.csv")
    assert out.read_bytes() == AFTER.encode(encoding)


def test_tsv_and_quoting_added_when_needed(tmp_path):
    src = tmp_path / "in.tsv"
    src.write_text("氏名\t住所\n山田\t東京\n", encoding="utf-8")
    doc = read_document(src)
    assert doc.meta["delimiter"] == "\t"
    out = write_document(doc, {"r2c1": [Edit(0, 2, 'A\t"B"')]}, tmp_path / "out.tsv")
    assert out.read_text(encoding="utf-8") == '氏名\t住所\n"A\t""B"""\t東京\n'


def test_bom_to_cp932_on_request(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(BEFORE.encode("utf-8-sig"))
    out = write_document(read_document(src), {}, tmp_path / "out.csv", encoding="cp932")
    assert out.read_bytes() == BEFORE.encode("cp932")


def test_cp932_unencodable_names_cell(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("氏名\n𠮷田\n", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(src), {}, tmp_path / "out.csv", encoding="cp932")
    assert e.value.code == "E112" and "2行1列" in e.value.message


@pytest.mark.parametrize("text,line", [
    ('a,b\n"c,d\n', 2),            # unclosed quote
    ('a,b\nc,d\n"e"f,g\n', 3),     # text after a closing quote
])
def test_malformed_refused_with_line(tmp_path, text, line):
    src = tmp_path / "bad.csv"
    src.write_text(text, encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        read_document(src)
    assert e.value.code == "E111" and f"{line} 行目" in e.value.message


def test_ragged_rows_pass_through(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("a,b,c\nd\ne,f\n", encoding="utf-8")
    doc = read_document(src)
    assert [u.id for u in doc.units] == ["r1c1", "r1c2", "r1c3", "r2c1", "r3c1", "r3c2"]


cell = st.text(alphabet=st.sampled_from(list('山田 ,"\n\r\tab;')), max_size=6)
table = st.lists(st.lists(cell, min_size=1, max_size=4), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(table, st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]), st.sampled_from(["\r\n", "\n"]))
def test_tokenizer_agrees_with_csv_module(rows, quoting, eol):
    buf = io.StringIO(newline="")
    csv.writer(buf, quoting=quoting, lineterminator=eol).writerows(rows)
    text = buf.getvalue()
    expected = list(csv.reader(io.StringIO(text, newline="")))
    got: dict[int, list[str]] = {}
    for c in tokenize(text, ","):
        got.setdefault(c.row, []).append(c.value)
        assert text[c.start:c.end] in (c.value, '"' + c.value.replace('"', '""') + '"')
    assert [got[r] for r in sorted(got)] == [r if r else [""] for r in expected]


@settings(max_examples=40, deadline=None)
@given(table, st.sampled_from(["utf-8", "utf-8-sig", "cp932"]), st.data())
def test_no_edits_identical_and_random_edits_reread(tmp_path_factory, rows, encoding, data):
    d = tmp_path_factory.mktemp("c")
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    src = d / "in.csv"
    src.write_bytes(buf.getvalue().encode(encoding))
    doc = read_document(src)
    assert write_document(doc, {}, d / "same.csv").read_bytes() == src.read_bytes()
    edits, expected = {}, {}
    for u in doc.units:
        if data.draw(st.booleans()):
            a = data.draw(st.integers(0, len(u.text)))
            b = data.draw(st.integers(a, len(u.text)))
            rep = data.draw(st.sampled_from(["〔人名〕", "", 'x,"y"']))
            edits[u.id] = [Edit(a, b, rep)]
            expected[u.id] = u.text[:a] + rep + u.text[b:]
        else:
            expected[u.id] = u.text
    after = read_document(write_document(doc, edits, d / "out.csv"))
    assert {u.id: u.text for u in after.units} == {k: v for k, v in expected.items() if v}
