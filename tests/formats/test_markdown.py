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
