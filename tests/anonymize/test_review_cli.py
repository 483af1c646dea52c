"""「要確認の固有名詞」 in the CLI summary, the JSON/HTML reports and --strict (issue #12)."""
from __future__ import annotations

import json

from tokumei.cli import main

DOC = "# 事例\n先日、ルクシェリナの展示で山田太郎社長に会った。\n"


def _doc(tmp_path, text=DOC):
    p = tmp_path / "case.md"
    p.write_text(text, encoding="utf-8")
    return p


def test_summary_lists_unresolved_proper_nouns_with_line(tmp_path, capsys):
    assert main(["anonymize", str(_doc(tmp_path))]) == 0
    err = capsys.readouterr().err
    assert "要確認の固有名詞" in err and "2行目「ルクシェリナ」" in err


def test_strict_fails_on_them_unless_allow_listed(tmp_path, capsys):
    doc = _doc(tmp_path)
    assert main(["anonymize", str(doc), "--strict"]) == 1
    assert "要確認の固有名詞" in capsys.readouterr().err
    assert main(["anonymize", str(_doc(tmp_path, "# 事例\n山田太郎社長に会った。\n")), "--strict"]) == 0


def test_reports_carry_the_review_list(tmp_path, capsys):
    doc = _doc(tmp_path)
    rj, rh = tmp_path / "r.json", tmp_path / "r.html"
    assert main(["anonymize", str(doc), "--report", str(rj)]) == 0
    assert main(["anonymize", str(doc), "--report", str(rh)]) == 0
    d = json.loads(rj.read_text("utf-8"))
    assert d["summary"]["review"] == len(d["review"]) >= 1
    item = next(i for i in d["review"] if i["text"] == "ルクシェリナ")
    assert item["line"] == 2 and item["reason"]
    assert "要確認の固有名詞" in rh.read_text("utf-8") and "ルクシェリナ" in rh.read_text("utf-8")


def test_era_names_and_identifier_names_are_not_review_items(tmp_path, capsys):
    # 令和 and マイナンバー are SudachiPy 固有名詞 but name no one: they once filled the list of make run
    text = "# 事例\n令和5年から、社長のマイナンバーは別に管理し、ルクシェリナの展示に出た。\n"
    assert main(["anonymize", str(_doc(tmp_path, text))]) == 0
    err = capsys.readouterr().err
    assert "「ルクシェリナ」" in err
    assert "「令和」" not in err and "「マイナンバー」" not in err


def test_tools_the_business_uses_are_no_review_items(tmp_path, capsys):
    # Instagram and kintone are decided (lexicon.PRODUCTS): the adviser need not be asked about them
    text = "# 事例\n予約はInstagramで受け、受注はkintoneで管理し、ルクシェリナの展示にも出た。\n"
    assert main(["anonymize", str(_doc(tmp_path, text))]) == 0
    err = capsys.readouterr().err
    assert "ルクシェリナ" in err and "Instagram" not in err and "kintone" not in err
