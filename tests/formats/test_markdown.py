"""Markdown: syntax never in a unit, link targets separate, golden BEFORE/AFTER, exact bytes."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.formats import Edit, read_document, write_document

BEFORE = """# 山田太郎の件 #

詳細は[担当の山田](mailto:yamada@example.jp "山田宛")まで。
連絡先 <sato@example.jp> も可。

- 面談: 山田
  続き: 佐藤
> 引用 山田

| 氏名 | 電話 |
|---|---|
| 山田 | 03-1234-5678 |

```
user = 山田
```
![山田の写真](photos/yamada.png)
"""

AFTER = """# 〔人名〕の件 #

詳細は[担当の〔人名〕](〔メール〕 "〔人名〕宛")まで。
連絡先 <〔メール〕> も可。

- 面談: 〔人名〕
  続き: 〔人名〕
> 引用 〔人名〕

| 氏名 | 電話 |
|---|---|
| 〔人名〕 | 〔電話〕 |

```
user = 〔人名〕
```
![〔人名〕の写真](photos/〔人名〕.png)
"""


def _replace_all(doc, needles):
    rx = re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))
    edits = {}
    for u in doc.units:
        for m in rx.finditer(u.text):
            edits.setdefault(u.id, []).append(Edit(m.start(), m.end(), needles[m.group()]))
    return edits


@pytest.mark.parametrize("encoding,eol", [("utf-8", "\n"), ("cp932", "\r\n"), ("utf-8-sig", "\n")])
def test_golden(tmp_path, encoding, eol):
    src = tmp_path / "in.md"
    src.write_bytes(BEFORE.replace("\n", eol).encode(encoding))
    doc = read_document(src)
    texts = [u.text for u in doc.units]
    assert "mailto:yamada@example.jp" in texts and "sato@example.jp" in texts and "photos/yamada.png" in texts
    assert not any(t.startswith(("#", "-", ">", "|", "```")) for t in texts)
    assert doc.units[0].where == "1行目の見出し"
    edits = _replace_all(doc, {"山田太郎": "〔人名〕", "山田": "〔人名〕", "佐藤": "〔人名〕",
                               "mailto:yamada@example.jp": "〔メール〕", "sato@example.jp": "〔メール〕",
                               "03-1234-5678": "〔電話〕"})
    # "photos/yamada.png": replace only the name part of the target
    url = next(u for u in doc.units if u.text == "photos/yamada.png")
    edits[url.id] = [Edit(7, 13, "〔人名〕")]
    out = write_document(doc, edits, tmp_path / "out.md")
    assert out.read_bytes() == AFTER.replace("\n", eol).encode(encoding)


def test_paragraph_unit_spans_lines_and_link_text(tmp_path):
    src = tmp_path / "in.md"
    src.write_text("担当は[山](https://x.jp)田\n太郎です\n", encoding="utf-8")
    doc = read_document(src)
    para = doc.units[0]
    assert para.text == "担当は山田\n太郎です\n"
    out = write_document(doc, {para.id: [Edit(3, 8, "〔人名〕")]}, tmp_path / "out.md")
    assert out.read_text(encoding="utf-8") == "担当は[〔人名〕](https://x.jp)です\n"


md_text = st.lists(st.sampled_from(["# 見出し 山田", "", "- 項目", "  続き", "> 引用", "| a | b |", "|---|---|",
                                    "本文[リンク](http://x.jp)", "```", "[r]: <http://y.jp>", "山田 | 佐藤"]),
                   max_size=12).map("\n".join)


@settings(max_examples=50, deadline=None)
@given(md_text)
def test_no_edits_identical_and_units_are_file_text(tmp_path_factory, text):
    d = tmp_path_factory.mktemp("m")
    src = d / "in.md"
    src.write_bytes(text.encode("utf-8"))
    doc = read_document(src)
    assert write_document(doc, {}, d / "out.md").read_bytes() == src.read_bytes()
    # replacing every character of every unit with itself also reproduces the file
    same = {u.id: [Edit(i, i + 1, c) for i, c in enumerate(u.text)] for u in doc.units}
    assert write_document(doc, same, d / "out2.md").read_bytes() == src.read_bytes()


TABLES = """前文

| 氏名 | 電話 (自宅) |  |
|:--|--:|---|
| [山田](mailto:y@x.jp) |  | メモ\\|x |
|  | 03-1234-5678 |
| a | b | c | d |

|県|市|
|-|-|
|静岡県|島田市|
| x | y |
> | q | r |
> |---|---|
"""


def test_table_cells_are_located_like_docx_and_html_cells(tmp_path):
    src = tmp_path / "in.md"
    src.write_text(TABLES, encoding="utf-8")
    doc = read_document(src)
    got = [(u.id, u.text, u.where) for u in doc.units]
    assert got == [
        ("para1", "前文\n", "1行目の段落"),
        # the header row is row 1; the delimiter row is not a row; empty cells count as columns
        ("cell1", "氏名", "表1 1行1列"), ("cell2", "電話 (自宅)", "表1 1行2列"),
        ("cell3", "山田", "表1 2行1列 (氏名)"), ("url1", "mailto:y@x.jp", "5行目のリンク先"),
        ("cell4", "メモ\\|x", "表1 2行3列"),  # no header for column 3
        ("cell5", "03-1234-5678", "表1 3行2列 (電話 (自宅))"),
        ("cell6", "a", "表1 4行1列 (氏名)"), ("cell7", "b", "表1 4行2列 (電話 (自宅))"),
        ("cell8", "c", "表1 4行3列"), ("cell9", "d", "表1 4行4列"),
        ("cell10", "県", "表2 1行1列"), ("cell11", "市", "表2 1行2列"),
        ("cell12", "静岡県", "表2 2行1列 (県)"), ("cell13", "島田市", "表2 2行2列 (市)"),
        ("cell14", "x", "表2 3行1列 (県)"), ("cell15", "y", "表2 3行2列 (市)"),
        # a table in a block quote keeps the line location (its delimiter row is read as cells)
        ("cell16", "q", "13行目の表 1列"), ("cell17", "r", "13行目の表 2列"),
        ("cell18", "---", "14行目の表 1列"), ("cell19", "---", "14行目の表 2列"),
    ]
    assert write_document(doc, {}, tmp_path / "out.md").read_bytes() == src.read_bytes()


def test_table_ranges_and_rows_without_a_delimiter_row():
    from tokumei.formats.markdown import segment, table_ranges

    (start, end), (s2, e2) = table_ranges(TABLES)
    assert TABLES[start:end] == TABLES.split("\n\n")[1]
    assert TABLES[s2:e2] == "|県|市|\n|-|-|\n|静岡県|島田市|\n| x | y |"
    # pipes with no delimiter row under them are not a table; a rule is not a delimiter row
    units, _ = segment("| 山田 | 佐藤 |\n\n| a |\n---\n| b |\n")
    assert [u.where for u in units] == ["1行目の表 1列", "1行目の表 2列", "3行目の表 1列", "5行目の表 1列"]
    assert table_ranges("| a |\n\n---\n| b |\n") == []


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_long_header_is_cut_and_line_breaks_are_not_in_ranges(eol):
    from tokumei.formats.markdown import segment, table_ranges

    head = "あ" * 45
    text = f"| {head} |{eol}|---|{eol}| 山田 |{eol}"
    units, _ = segment(text)
    assert units[1].where == f"表1 2行1列 ({'あ' * 40}…)"
    ((a, b),) = table_ranges(text)
    assert text[a:b] == text.rstrip("\r\n")
