"""Plain text: BEFORE/AFTER golden, encodings and newline style kept, hypothesis round trips."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.errors import TokumeiError
from tokumei.formats import Edit, read_document, write_document

BEFORE = "担当: 山田太郎\r\n電話: 03-1234-5678\r\n以上\r\n"
AFTER = "担当: 〔人名〕\r\n電話: 〔電話番号〕\r\n以上\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp"])
def test_golden_keeps_encoding_and_crlf(tmp_path, encoding):
    src = tmp_path / "in.txt"
    src.write_bytes(BEFORE.encode(encoding))
    doc = read_document(src)
    assert doc.kind == "txt" and doc.meta["encoding"] == encoding
    (u,) = doc.units
    assert u.text == BEFORE and u.where == "本文"
    i, j = BEFORE.index("山田太郎"), BEFORE.index("03-")
    out = write_document(doc, {"text": [Edit(j, j + 12, "〔電話番号〕"), Edit(i, i + 4, "〔人名〕")]},
                         tmp_path / "out.txt")
    assert out.read_bytes() == AFTER.encode(encoding)
    assert read_document(out).units[0].text == AFTER


def test_encoding_on_request(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(BEFORE.encode("utf-8"))
    out = write_document(read_document(src), {}, tmp_path / "out.txt", encoding="cp932")
    assert out.read_bytes() == BEFORE.encode("cp932")


def test_unknown_encoding_is_usage_error(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(src), {}, tmp_path / "out.txt", encoding="no-such-codec")
    assert e.value.code == "E200"


def test_unencodable_in_cp932_names_line(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("一行目\n𠮷野さん\n", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(src), {}, tmp_path / "out.txt", encoding="cp932")
    assert e.value.code == "E112" and "2行目" in e.value.message and "𠮷" not in e.value.message


@pytest.mark.parametrize("edits,code", [
    ({"text": [Edit(0, 99, "x")]}, "E113"),
    ({"text": [Edit(0, 3, "x"), Edit(2, 4, "y")]}, "E113"),
    ({"nope": [Edit(0, 1, "x")]}, "E113"),
])
def test_bad_edits_refused(tmp_path, edits, code):
    src = tmp_path / "in.txt"
    src.write_text("山田太郎です", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(src), edits, tmp_path / "out.txt")
    assert e.value.code == code
    assert not (tmp_path / "out.txt").exists()


def test_source_changed_after_read(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("山田", encoding="utf-8")
    doc = read_document(src)
    src.write_text("佐藤", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(doc, {}, tmp_path / "out.txt")
    assert e.value.code == "E116"


def test_wrong_output_kind(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("x", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(src), {}, tmp_path / "out.docx")
    assert e.value.code == "E115"


texts = st.text(alphabet=st.sampled_from(list("山田太郎あいう abc\r\n\t、。①髙")), max_size=40)


@settings(max_examples=40, deadline=None)
@given(texts, st.sampled_from(["utf-8", "utf-8-sig", "cp932"]))
def test_no_edits_reproduces_input(tmp_path_factory, text, encoding):
    d = tmp_path_factory.mktemp("t")
    src = d / "in.txt"
    src.write_bytes(text.encode(encoding))
    doc = read_document(src)
    assert write_document(doc, {}, d / "out.txt").read_bytes() == src.read_bytes()


@st.composite
def text_and_edits(draw):
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    edits = [Edit(a, b, draw(st.sampled_from(["", "〔人名〕", "X"]))) for a, b in zip(cuts[::2], cuts[1::2])]
    return text, edits


@settings(max_examples=40, deadline=None)
@given(text_and_edits())
def test_random_edits_equal_reread(tmp_path_factory, te):
    text, edits = te
    d = tmp_path_factory.mktemp("t")
    src = d / "in.txt"
    src.write_bytes(text.encode("utf-8"))
    doc = read_document(src)
    expected, pos = "", 0
    for e in edits:  # already in order: oracle written independently of apply_edits
        expected += text[pos:e.start] + e.replacement
        pos = e.end
    expected += text[pos:]
    out = write_document(doc, {"text": edits}, d / "out.txt")
    assert read_document(out).units[0].text == expected
