"""HTML tables are anonymized as whole tables, like .csv/.xlsx/.docx tables: each cell used to be
detected alone (「3ブロック目 (<td>)」), so a date under 「生年月日」 was kept as an ordinary date and
an address split over 都道府県 / 市区町村 / 番地 columns kept its street part (found with
`tokumei anonymize 名簿.html`). The same table in Markdown is checked too."""
from __future__ import annotations

from pathlib import Path

import pytest

from tokumei.anonymize.tables import cell_position, group_tables, merge_cell_spans, multiline_cells
from tokumei.cli import main
from tokumei.formats.model import Unit
from tokumei.span import Span


@pytest.mark.parametrize("uid, where, pos", [
    ("b4", "表1 2行2列 (生年月日)", ("html:表1", 2, 2)),
    ("b12", "表3 10行1列", ("html:表3", 10, 1)),
    ("b9", "表1 2行3列 内の表2 1行1列 (氏名)", ("html:表1 2行3列 内の表2", 1, 1)),
    ("b5", "表1 2行1列 (電話 (自宅))", ("html:表1", 2, 1)),
    ("b5", "表1 2行1列 (表1 1行1列 内の表2)", ("html:表1", 2, 1)),  # a header that looks like a location
    ("b3", "3ブロック目 (<td>)", None), ("t3/title", "表1 1行1列", None), ("b3", "表1 2行1列のふりがな", None)])
def test_cell_position_of_html_cells(uid, where, pos):
    assert cell_position(uid, where) == pos


def test_nested_html_tables_are_tables_of_their_own():
    units = [Unit("b1", "氏名", "表1 1行1列"), Unit("b2", "山田太郎", "表1 2行1列 (氏名)"),
             Unit("b3", "生年月日", "表1 2行1列 内の表1 1行1列"), Unit("b4", "1985/4/1", "表1 2行1列 内の表1 2行1列 (生年月日)")]
    assert [(t.where, t.text) for t in group_tables(units)] == [("表1", "氏名\n山田太郎"),
                                                                ("表1 2行1列 内の表1", "生年月日\n1985/4/1")]


def test_multiline_cells_read_paragraphs_and_breaks_as_lines():
    units = [Unit("b1", "住所", "表1 1行1列"), Unit("b2", "東京都千代田区", "表1 2行1列"), Unit("b3", "丸の内1-1-1", "表1 2行1列"),
             Unit("b4", "静岡県島田市\n本通2-3-4", "表1 3行1列"), Unit("b5", "03-1234-5678", "表1 3行2列")]
    (t,) = group_tables(units)
    assert t.text == "住所\n東京都千代田区 丸の内1-1-1\n静岡県島田市 本通2-3-4\t03-1234-5678"
    got = multiline_cells(t, {u.id: u.text for u in units})
    assert got == [(3, "東京都千代田区\n丸の内1-1-1"), (20, "静岡県島田市\n本通2-3-4")]
    assert all(t.text[a:a + len(text)] == text.replace("\n", " ") for a, text in got)  # offsets map one to one


def _span(label: str, text: str, start: int, sub: str, entity: str | None = None) -> Span:
    a = text.index(sub, start)
    return Span(label, a, a + len(sub), sub, 0.9, "test", "", entity)


def test_merge_cell_spans_prefers_the_span_over_the_line_break():
    table = "住所\t電話\n東京都千代田区 丸の内1-1-1\t03-1234-5678"
    cell = "東京都千代田区\n丸の内1-1-1"
    at = table.index("東京都")
    spans = [_span("ADDRESS", table, 0, "東京都千代田区"), _span("PHONE", table, 0, "03-1234-5678")]
    found = [(at, [_span("ADDRESS", cell, 0, cell), _span("PERSON", cell, 0, "千代田", "P1")])]
    merged = merge_cell_spans(table, spans, found)
    assert [(s.label, s.text) for s in merged] == [("ADDRESS", "東京都千代田区 丸の内1-1-1"), ("PHONE", "03-1234-5678")]
    # a span of the cell that only partly overlaps the table's reading is not used
    partial = [(at, [_span("ADDRESS", cell, 0, "千代田区\n丸")])]
    assert merge_cell_spans(table, spans, partial) == spans


def _anonymize(tmp_path: Path, name: str, text: str, capsys) -> str:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    if name.endswith(".md"):
        assert main(["anonymize", str(src)]) == 0
        return capsys.readouterr().out
    out = tmp_path / f"out_{name}"
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    capsys.readouterr()
    return out.read_text(encoding="utf-8")


def test_date_of_birth_under_its_header_is_generalized(tmp_path, capsys):
    before = "<table><tr><th>氏名</th><th>生年月日</th></tr><tr><td>山田太郎</td><td>1985/4/1</td></tr></table>\n"
    after = "<table><tr><th>氏名</th><th>生年月日</th></tr><tr><td>A氏</td><td>1980年代生まれ</td></tr></table>\n"
    assert _anonymize(tmp_path, "a.html", before, capsys) == after


BEFORE_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>会員名簿</title></head>
<body>
<h1>会員名簿</h1>
<table class="list">
  <thead>
    <tr><th>氏名</th><th>生年月日</th><th>住所</th><th>電話</th></tr>
  </thead>
  <tbody>
    <tr><td>山田太郎</td><td>1985/4/1</td><td>静岡県島田市本通2-3-4</td><td>0547-12-3456</td></tr>
    <tr><td><b>佐藤</b>花子</td><td>1992年7月15日</td><td>東京都千代田区<br>丸の内1-1-1</td><td>090-1234-5678</td></tr>
  </tbody>
</table>
<table>
  <tr><th rowspan="2">氏名</th><th rowspan="2">生年月日</th><th colspan="3">住所</th><th rowspan="2">電話</th></tr>
  <tr><th>都道府県</th><th>市区町村</th><th>番地</th></tr>
  <tr><td>鈴木一郎</td><td>1978/12/3</td><td>静岡県</td><td>島田市</td><td>本通2-3-4</td><td>03-1234-5678</td></tr>
</table>
<p>問い合わせは山田太郎まで。</p>
</body></html>
"""

AFTER_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>会員名簿</title></head>
<body>
<h1>会員名簿</h1>
<table class="list">
  <thead>
    <tr><th>氏名</th><th>生年月日</th><th>住所</th><th>電話</th></tr>
  </thead>
  <tbody>
    <tr><td>A氏</td><td>1980年代生まれ</td><td>静岡県</td><td>（電話番号）</td></tr>
    <tr><td><b>B氏</b></td><td>1990年代生まれ</td><td>東京都</td><td>（電話番号）</td></tr>
  </tbody>
</table>
<table>
  <tr><th rowspan="2">氏名</th><th rowspan="2">生年月日</th><th colspan="3">住所</th><th rowspan="2">電話</th></tr>
  <tr><th>都道府県</th><th>市区町村</th><th>番地</th></tr>
  <tr><td>C氏</td><td>1970年代生まれ</td><td>静岡県</td><td></td><td></td><td>（電話番号）</td></tr>
</table>
<p>問い合わせはA氏まで。</p>
</body></html>
"""


def test_golden_html_table_publication(tmp_path, capsys):
    # 生年月日 by its column header; the address with a <br> in one cell and the address over three
    # columns (rowspan/colspan header) both down to the prefecture; one pseudonym table for the page
    assert _anonymize(tmp_path, "名簿.html", BEFORE_HTML, capsys) == AFTER_HTML


BEFORE_MD = """# 会員名簿

| 氏名 | 生年月日 | 住所 | 電話 |
|---|---|---|---|
| 山田太郎 | 1985/4/1 | 静岡県島田市本通2-3-4 | 0547-12-3456 |
| 佐藤花子 | 1992年7月15日 | 東京都千代田区丸の内1-1-1 | 090-1234-5678 |

問い合わせは山田太郎まで。
"""

AFTER_MD = """# 会員名簿

| 氏名 | 生年月日 | 住所 | 電話 |
|---|---|---|---|
| A氏 | 1980年代生まれ | 静岡県 | （電話番号） |
| B氏 | 1990年代生まれ | 東京都 | （電話番号） |

問い合わせはA氏まで。
"""


def test_golden_markdown_table_publication(tmp_path, capsys):
    assert _anonymize(tmp_path, "名簿.md", BEFORE_MD, capsys) == AFTER_MD


def test_markdown_address_split_over_columns(tmp_path, capsys):
    # the text path read 「静岡県 | 島田市 | 本通2-3-4」 and kept 島田市・本通2-3-4; Markdown tables are
    # now joined like the HTML table above (tests/anonymize/test_md_tables.py)
    before = ("| 氏名 | 都道府県 | 市区町村 | 番地 |\n|---|---|---|---|\n"
              "| 鈴木一郎 | 静岡県 | 島田市 | 本通2-3-4 |\n")
    out = _anonymize(tmp_path, "a.md", before, capsys)
    assert "本通2-3-4" not in out and "島田市" not in out
    assert out == "| 氏名 | 都道府県 | 市区町村 | 番地 |\n|---|---|---|---|\n| A氏 | 静岡県 |  |  |\n"
