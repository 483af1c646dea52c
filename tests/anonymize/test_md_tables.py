"""Markdown tables are anonymized as whole tables, like .csv/.docx/.html tables: the text path read
「| 静岡県 | 島田市 | 本通2-3-4 |」 as prose and kept 島田市・本通2-3-4 (found with `tokumei anonymize
名簿.md`). The rest of the Markdown is still read as one text; changes never touch the pipes."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tokumei.anonymize.engine import AnonymizeResult, Replacement
from tokumei.anonymize.risk import RiskFlag
from tokumei.anonymize.tables import cell_position, join_markdown, unjoin_result
from tokumei.cli import main

BEFORE = """# 会員名簿（2026年度）

担当: 山田太郎

| 氏名 | 生年月日 | 住所 | 電話 |
|:-----|:--------:|------|-----:|
| 山田太郎 | 1985/4/1 | 静岡県島田市本通2-3-4 | 0547-12-3456 |
| 佐藤花子 | 1992年7月15日 | 東京都千代田区丸の内1-1-1 | [090-1234-5678](tel:090-1234-5678) |

## 住所（列ごと）

| 氏名 | 都道府県 | 市区町村 | 番地 |
| --- | --- | --- | --- |
| 鈴木一郎 | 静岡県 | 島田市 | 本通2-3-4 |
| 佐藤花子 | 東京都 | 千代田区 | 丸の内1-1-1 |

問い合わせは山田さんまで。
"""

AFTER = """# 会員名簿（2026年度）

担当: A氏

| 氏名 | 生年月日 | 住所 | 電話 |
|:-----|:--------:|------|-----:|
| A氏 | 1980年代生まれ | 静岡県 | （電話番号） |
| B氏 | 1990年代生まれ | 東京都 | [（電話番号）](tel:（電話番号）) |

## 住所（列ごと）

| 氏名 | 都道府県 | 市区町村 | 番地 |
| --- | --- | --- | --- |
| C氏 | 静岡県 |  |  |
| B氏 | 東京都 |  |  |

問い合わせはAさんまで。
"""

SPLIT_BEFORE = "| 都道府県 | 市区町村 | 番地 |\n| --- | --- | --- |\n| 静岡県 | 島田市 | 本通2-3-4 |\n"
SPLIT_AFTER = "| 都道府県 | 市区町村 | 番地 |\n| --- | --- | --- |\n| 静岡県 |  |  |\n"


def _run(tmp_path: Path, text: str, capsys, *extra: str, name: str = "名簿.md") -> str:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    assert main(["anonymize", str(src), *extra]) == 0
    return capsys.readouterr().out


def _pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_golden_markdown_tables_publication(tmp_path, capsys):
    # 生年月日 by its column header, the address of one cell and the address over three columns
    # down to the prefecture, the phone number in a link (text and target), one pseudonym table for
    # the text and the tables (山田太郎 in the text and in the table is A)
    out = _run(tmp_path, BEFORE, capsys)
    assert out == AFTER
    assert [_pipes(x) for x in out.splitlines()] == [_pipes(x) for x in BEFORE.splitlines()]


def test_golden_split_address(tmp_path, capsys):
    assert _run(tmp_path, SPLIT_BEFORE, capsys) == SPLIT_AFTER


@pytest.mark.parametrize("rows", [
    [["都道府県", "市区町村", "番地"], ["静岡県", "島田市", "本通2-3-4"]],
    [["氏名", "都道府県", "市区町村", "番地"], ["山田太郎", "静岡県", "島田市", "本通2-3-4"]],
    [["氏名", "生年月日", "入社日"], ["山田太郎", "1985/4/1", "2010/4/1"]],
    [["氏名", "電話"], ["山田太郎", "090-1234-5678"], ["鈴木一郎", "03-1234-5678"], ["山田太郎", ""]],
])
def test_markdown_table_gives_what_the_csv_gives(tmp_path, capsys, rows):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    want = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    md = "| " + " | ".join(rows[0]) + " |\n" + "|---" * len(rows[0]) + "|\n"
    md += "".join("| " + " | ".join(r) + " |\n" for r in rows[1:])
    got = _run(tmp_path, md, capsys).splitlines()
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for i, line in enumerate(got) if i != 1]
    assert cells == want


def test_report_and_counts_name_the_whole_address_once(tmp_path, capsys):
    report = tmp_path / "r.json"
    _run(tmp_path, SPLIT_BEFORE, capsys, "--report", str(report))
    d = json.loads(report.read_text(encoding="utf-8"))
    (r,) = d["replacements"]
    assert (r["label"], r["text"], r["replacement"]) == ("ADDRESS", "静岡県 | 島田市 | 本通2-3-4", "静岡県 |  | ")
    assert SPLIT_BEFORE[r["start"]:r["end"]] == r["text"] and SPLIT_AFTER[r["new_start"]:r["new_end"]] == r["replacement"]


def test_project_restore_gives_the_markdown_back(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOKUMEI_KEY", "ab" * 32)
    src, out, back = tmp_path / "in.md", tmp_path / "out.md", tmp_path / "back.md"
    src.write_text(BEFORE, encoding="utf-8")
    prj = str(tmp_path / "prj")
    assert main(["anonymize", str(src), "-o", str(out), "--project", prj, "--policy", "internal"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "島田市" not in text and "〔人名A〕" in text and "| 〔人名C〕 | 〔住所" in text
    assert main(["restore", str(out), "--project", prj, "-o", str(back)]) == 0
    capsys.readouterr()
    assert back.read_text(encoding="utf-8") == BEFORE


def test_strict_passes_and_unchanged_tables_are_byte_identical(tmp_path, capsys):
    assert _run(tmp_path, SPLIT_BEFORE, capsys, "--strict") == SPLIT_AFTER
    plain = "# 表\n\n| 品目 | 数量 |\n|:--|--:|\n| りんご | 3 |\n|  |  |\n\n> | 引用 | の表 |\n"
    assert _run(tmp_path, plain, capsys) == plain


def test_mailto_in_a_cell_is_still_read(tmp_path, capsys):
    text = "| 氏名 | 連絡先 |\n|---|---|\n| 山田太郎 | [メール](mailto:yamada@example.jp) |\n"
    out = _run(tmp_path, text, capsys)
    assert "yamada@example.jp" not in out and "山田太郎" not in out
    assert out.startswith("| 氏名 | 連絡先 |\n|---|---|\n| A氏 | [メール](mailto:")


@pytest.mark.parametrize("uid, where, pos", [
    ("cell6", "表1 2行3列 (市区町村)", ("md:表1", 2, 3)), ("cell1", "表2 1行1列", ("md:表2", 1, 1)),
    ("cell3", "表1 2行1列 (電話 (自宅))", ("md:表1", 2, 1)),
    ("cell2", "3行目の表 2列", None), ("url1", "表1 2行1列", None), ("cell3", "表1 1行1列 内の表1 1行1列", None)])
def test_cell_position_of_markdown_cells(uid, where, pos):
    assert cell_position(uid, where) == pos


def test_join_markdown_maps_every_stretch_back():
    text = "前文 山田\n\n| 県 | 市 |\n|-|-|\n| [静岡県](https://x.jp) | 島田市 |\n\n後文\n"
    j = join_markdown(text)
    assert j.text == "前文 山田\n\n県\t市\n静岡県\t島田市\n\nhttps://x.jp\n\n後文\n"
    assert [t.where for t in j.tables] == ["表1"]
    for d, f, n in j.segments:
        assert j.text[d:d + n] == text[f:f + n]
    assert join_markdown("本文だけ\n").text == "本文だけ\n"


def _rep(start: int, end: int, original: str, new: str, label: str = "ADDRESS") -> Replacement:
    return Replacement(start, end, start, start + len(new), label, original, new, "t", 0.9, "")


def test_unjoin_result_cuts_changes_into_cells_and_keeps_records_apart():
    text = "| 県 | 市 |\n|-|-|\n| 静岡県 | 島田市 |\n| [山田](mailto:y@x.jp) | 本通 |\n| 鈴木 | 島田 |\n"
    j = join_markdown(text)
    assert j.text == "県\t市\n静岡県\t島田市\n山田\t本通\n鈴木\t島田\n\nmailto:y@x.jp\n"
    a, p, s, m = (j.text.index(x) for x in ("静岡県", "山田", "鈴木", "mailto"))
    # an address over two cells, and a (made-up) span from the last cell into the link target after
    # the table: in the file 鈴木 lies between its two edits, so it becomes two records
    reps = [_rep(a, a + 7, "静岡県\t島田市", "静岡県"), _rep(p, p + 2, "山田", "A", "PERSON"),
            _rep(s, s + 2, "鈴木", "B", "PERSON"), _rep(s + 3, m + 13, j.text[s + 3:m + 13], "X")]
    risk = RiskFlag(a + 4, a + 7, "島田市", "landmark", "", "")
    res = unjoin_result(j, text, AnonymizeResult("", reps, [risk], j.text))
    assert res.text == "| 県 | 市 |\n|-|-|\n| 静岡県 |  |\n| [A]() | 本通 |\n| B | X |\n"
    assert [(r.original, r.replacement) for r in res.replacements] == [
        ("静岡県 | 島田市", "静岡県 | "), ("山田", "A"), ("mailto:y@x.jp", ""), ("鈴木", "B"), ("島田", "X")]
    for r in res.replacements:
        assert text[r.start:r.end] == r.original and res.text[r.new_start:r.new_end] == r.replacement
    assert res.risks[0].text == "島田市" and res.original == text
