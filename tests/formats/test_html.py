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


# ── tables: cells located like .docx cells (「表1 2行3列」) with the column header, as .csv does ──

TABLE = """<!DOCTYPE html>
<html><body>
<table class="list">
  <caption>会員名簿</caption>
  <thead>
    <tr><th rowspan="2">氏名</th><th colspan="3">住所</th><th rowspan="2">生年月日</th></tr>
    <tr><th>都道府県</th><th>市区町村</th><th>番地</th></tr>
  </thead>
  <tbody>
    <tr><td rowspan="2">山田&amp;太郎</td><td>静岡県</td><td>島田市</td><td>本通2-3-4</td><td>1985/4/1</td></tr>
    <tr><td colspan="3"><p>東京都千代田区</p><p>丸の内1-1-1</p></td><td>1985年4月1日</td></tr>
    <tr><td>備考<table><tr><th>氏名</th><th>電話</th></tr><tr><td>鈴木一郎</td><td>03-1234-5678</td></tr></table></td>
        <td><ruby>佐藤<rt>さとう</rt></ruby></td></tr>
  </tbody>
</table>
<table><tr><th>氏名</th><td>佐藤花子</td></tr><tr><th>生年月日</th><td>1992年7月15日</td></tr></table>
<table><td>枠外のセル</td></table>
</body></html>
"""


def _where(tmp_path, text: str) -> list[tuple[str, str]]:
    src = tmp_path / "t.html"
    src.write_text(text, encoding="utf-8")
    return [(u.text, u.where) for u in read_document(src).units]


def test_table_cells_have_row_column_and_header(tmp_path):
    got = _where(tmp_path, "<table><tr><th>氏名</th><th>生年月日</th></tr><tr><td>山田太郎</td><td>1985/4/1</td></tr></table>")
    assert got == [("氏名", "表1 1行1列"), ("生年月日", "表1 1行2列"),
                   ("山田太郎", "表1 2行1列 (氏名)"), ("1985/4/1", "表1 2行2列 (生年月日)")]


def test_table_spans_nesting_row_headers_and_malformed_cells(tmp_path):
    got = _where(tmp_path, TABLE)
    assert got == [
        ("会員名簿", "1ブロック目 (<caption>)"),  # not a cell
        ("氏名", "表1 1行1列"), ("住所", "表1 1行2列"), ("生年月日", "表1 1行5列"),  # colspan=3 skips 3, 4
        ("都道府県", "表1 2行2列"), ("市区町村", "表1 2行3列"), ("番地", "表1 2行4列"),  # rowspan: column 1 is taken
        ("山田&太郎", "表1 3行1列 (氏名)"), ("静岡県", "表1 3行2列 (都道府県)"),  # the lowest header row wins
        ("島田市", "表1 3行3列 (市区町村)"), ("本通2-3-4", "表1 3行4列 (番地)"), ("1985/4/1", "表1 3行5列 (生年月日)"),
        ("東京都千代田区", "表1 4行2列 (都道府県)"), ("丸の内1-1-1", "表1 4行2列 (都道府県)"),  # <p>s of one cell
        ("1985年4月1日", "表1 4行5列 (生年月日)"),  # column 1 still taken by rowspan=2
        ("備考", "表1 5行1列 (氏名)"),
        ("氏名", "表1 5行1列 内の表1 1行1列"), ("電話", "表1 5行1列 内の表1 1行2列"),
        ("鈴木一郎", "表1 5行1列 内の表1 2行1列 (氏名)"), ("03-1234-5678", "表1 5行1列 内の表1 2行2列 (電話)"),
        ("佐藤", "表1 5行2列 (都道府県)"), ("さとう", "22ブロック目 (<rt>)"),  # ふりがな stays a unit of its own
        ("氏名", "表2 1行1列"), ("佐藤花子", "表2 1行2列 (氏名)"),  # no header row: the row header
        ("生年月日", "表2 2行1列"), ("1992年7月15日", "表2 2行2列 (生年月日)"),
        ("枠外のセル", "27ブロック目 (<td>)"),  # <td> outside any <tr>: no position
    ]
    ids = [u.id for u in read_document(tmp_path / "t.html").units]
    assert ids == [f"b{i}" for i in range(1, 28)]  # ids do not change with the location


def test_table_round_trip_without_edits_is_byte_identical(tmp_path):
    src = tmp_path / "t.html"
    src.write_bytes(TABLE.encode("cp932"))
    assert write_document(read_document(src), {}, tmp_path / "o.html").read_bytes() == src.read_bytes()


def test_table_cell_edit_keeps_indentation_and_other_cells(tmp_path):
    src = tmp_path / "t.html"
    src.write_text(TABLE, encoding="utf-8")
    doc = read_document(src)
    cell = next(u for u in doc.units if u.where == "表1 3行1列 (氏名)")
    out = write_document(doc, {cell.id: [Edit(0, 5, "A氏")]}, tmp_path / "o.html")
    # bs4 used to collapse the indentation between tags into one newline on every written page
    assert out.read_text(encoding="utf-8") == TABLE.replace("山田&amp;太郎", "A氏")
