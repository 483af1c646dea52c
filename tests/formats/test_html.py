"""HTML: block text across inline tags, readable attributes, escaping, golden BEFORE/AFTER."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from tokumei.formats import Edit, read_document, write_document

BEFORE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>山田太郎のページ</title>
<meta name="description" content="山田太郎の紹介">
<script>var n = "山田";</script><style>.a { color: red }</style></head>
<body class="x y"><p>担当: <b>山</b>田太郎 &amp; 佐藤</p>
<a href="mailto:yamada@example.jp" title="山田へ">連絡</a> <img src="a.png" alt="山田の写真">
<!-- 山田の内部メモ --></body></html>
"""

AFTER = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔人名〕のページ</title>
<meta name="description" content="〔人名〕の紹介">
<script>var n = "山田";</script><style>.a { color: red }</style></head>
<body class="x y"><p>担当: <b>〔人名〕</b> &amp; &lt;A&amp;B&gt;</p>
<a href="mailto:〔メール〕" title="〔人名〕へ">連絡</a> <img src="a.png" alt="〔人名〕の写真">
<!-- 〔人名〕の内部メモ --></body></html>
"""

REPL = {"山田太郎": "〔人名〕", "山田": "〔人名〕", "yamada@example.jp": "〔メール〕", "佐藤": "<A&B>"}
RX = re.compile("|".join(sorted(map(re.escape, REPL), key=len, reverse=True)))


def test_units(tmp_path):
    src = tmp_path / "a.html"
    src.write_text(BEFORE, encoding="utf-8")
    got = {u.where: u.text for u in read_document(src).units}
    assert got["ページタイトル"] == "山田太郎のページ"
    assert "担当: 山田太郎 & 佐藤" in got.values()          # one unit across <b>, entity decoded
    assert "mailto:yamada@example.jp" in got.values() and "山田の写真" in got.values()
    assert "メタ情報 (description)" in got and "HTML コメント1" in got
    assert not any("var n" in t or "color" in t for t in got.values())  # script/style excluded


@pytest.mark.parametrize("encoding", ["utf-8", "cp932"])
def test_golden(tmp_path, encoding):
    src = tmp_path / "a.html"
    src.write_bytes(BEFORE.encode(encoding))
    doc = read_document(src)
    edits = {}
    for u in doc.units:
        for m in RX.finditer(u.text):
            edits.setdefault(u.id, []).append(Edit(m.start(), m.end(), REPL[m.group()]))
    out = write_document(doc, edits, tmp_path / "out.html")
    assert out.read_bytes() == AFTER.encode(encoding)
    assert BeautifulSoup(out.read_bytes().decode(encoding), "html.parser").p.get_text() == "担当: 〔人名〕 & <A&B>"


def test_no_edits_is_byte_identical(tmp_path):
    src = tmp_path / "a.html"
    src.write_text(BEFORE, encoding="utf-8")
    assert write_document(read_document(src), {}, tmp_path / "o.html").read_bytes() == src.read_bytes()


def test_unencodable_becomes_character_reference(tmp_path):
    src = tmp_path / "a.html"
    src.write_bytes("<p>山田</p>".encode("cp932"))
    doc = read_document(src)
    out = write_document(doc, {"b1": [Edit(0, 2, "𠮷")]}, tmp_path / "o.html")
    assert out.read_bytes() == b"<p>&#134071;</p>"


def test_attribute_escaping(tmp_path):
    src = tmp_path / "a.html"
    src.write_text('<a href="x" title="山田">y</a>', encoding="utf-8")
    doc = read_document(src)
    title = next(u for u in doc.units if u.where.startswith("<a> のtitle"))
    out = write_document(doc, {title.id: [Edit(0, 2, 'a"b<&')]}, tmp_path / "o.html")
    assert out.read_text(encoding="utf-8") == '<a href="x" title=\'a"b&lt;&amp;\'>y</a>'
    assert BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").a["title"] == 'a"b<&'


def test_input_values_are_units(tmp_path):
    src = tmp_path / "a.html"
    src.write_text('<form><input type="hidden" name="u" value="山田"><input type="submit" value="送信"></form>',
                   encoding="utf-8")
    doc = read_document(src)
    assert [(u.where, u.text) for u in doc.units] == [("<input> の値 (2番目の要素)", "山田")]
    out = write_document(doc, {doc.units[0].id: [Edit(0, 2, "〔人名〕")]}, tmp_path / "o.html")
    assert out.read_text(encoding="utf-8") == ('<form><input type="hidden" name="u" value="〔人名〕">'
                                               '<input type="submit" value="送信"></form>')


def test_br_is_a_newline_and_an_edit_across_it_removes_it(tmp_path):
    src = tmp_path / "a.html"
    src.write_text("<p>東京都千代田区<br>山田<br/>太郎 様</p>", encoding="utf-8")
    doc = read_document(src)
    (unit,) = doc.units
    assert unit.text == "東京都千代田区\n山田\n太郎 様"
    i = unit.text.index("山田")
    out = write_document(doc, {unit.id: [Edit(i, i + 5, "〔人名〕")]}, tmp_path / "o.html")
    assert out.read_text(encoding="utf-8") == "<p>東京都千代田区<br>〔人名〕 様</p>"


def test_ruby_reading_is_its_own_unit(tmp_path):
    src = tmp_path / "a.html"
    src.write_text("<p>担当は<ruby>山田<rp>(</rp><rt>やまだ</rt><rp>)</rp></ruby>です</p>", encoding="utf-8")
    doc = read_document(src)
    texts = [u.text for u in doc.units]
    assert "担当は山田です" in texts and "やまだ" in texts
    rt = next(u for u in doc.units if u.text == "やまだ")
    out = write_document(doc, {rt.id: [Edit(0, 3, "〔よみ〕")]}, tmp_path / "o.html")
    assert out.read_text(encoding="utf-8") == "<p>担当は<ruby>山田<rp>(</rp><rt>〔よみ〕</rt><rp>)</rp></ruby>です</p>"
