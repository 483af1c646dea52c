"""read_document / write_document dispatch: unsupported, missing, wrong output kind."""
from __future__ import annotations

import pytest

from tokumei.errors import TokumeiError
from tokumei.formats import SUFFIXES, kind_of, read_document, write_document


@pytest.mark.parametrize("name,kind", [("a.TXT", "txt"), ("b.markdown", "md"), ("c.tsv", "csv"), ("d.htm", "html"),
                                       ("e.docx", "docx"), ("f.xlsx", "xlsx"), ("g.pdf", "pdf")])
def test_kind_of(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize("name,code", [("a.doc", "E106"), ("a.pptx", "E106"), ("missing.txt", "E100")])
def test_read_errors(tmp_path, name, code):
    p = tmp_path / name
    if code == "E106":
        p.write_bytes(b"x")
    with pytest.raises(TokumeiError) as e:
        read_document(p)
    assert e.value.code == code and name in e.value.message


@pytest.mark.parametrize("src,out", [("a.csv", "b.txt"), ("a.md", "b.html"), ("a.txt", "b.pdf")])
def test_output_kind_must_match(tmp_path, src, out):
    (tmp_path / src).write_text("山田", encoding="utf-8")
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(tmp_path / src), {}, tmp_path / out)
    assert e.value.code == "E115"


def test_suffix_table_is_lowercase_with_dot():
    assert all(s.startswith(".") and s == s.lower() for s in SUFFIXES)


def test_unwritable_output_names_the_file(tmp_path):
    (tmp_path / "a.csv").write_text("山田", encoding="utf-8")
    out = tmp_path / "no" / "such" / "dir" / "b.csv"
    with pytest.raises(TokumeiError) as e:
        write_document(read_document(tmp_path / "a.csv"), {}, out)
    assert e.value.code == "E107" and str(out) in e.value.message
