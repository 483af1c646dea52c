"""BEFORE/AFTER per format through the CLI: .docx, .xlsx, .html, .csv, .md (identifiers whose
detection is deterministic, so the expected text is exact), one pseudonym state per document,
and restore of a .docx with a project."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from tokumei.cli import main
from tokumei.formats import read_document

UNITS = ["連絡先は 090-1234-5678 です。", "メール info@example.co.jp、〒427-0022。", "個人番号 1234 5678 9018 は別管理。"]
AFTER = {
    "publication": ["連絡先は （電話番号） です。", "メール （メールアドレス）、（郵便番号）。", "個人番号 （マイナンバー） は別管理。"],
    "redact": ["連絡先は ■■ です。", "メール ■■、■■。", "個人番号 ■■ は別管理。"],
    "mask": ["連絡先は ***-****-5678 です。", "メール ****@*******.**.**、〒***-0022。", "個人番号 **** **** 9018 は別管理。"],
    "internal": ["連絡先は 〔電話番号A〕 です。", "メール 〔メールアドレスA〕、〔郵便番号A〕。", "個人番号 〔マイナンバーA〕 は別管理。"],
}


def _make(kind: str, path: Path) -> None:
    if kind == "docx":
        d = docx.Document()
        for u in UNITS:
            d.add_paragraph(u)
        d.save(path)
    elif kind == "xlsx":
        wb = openpyxl.Workbook()
        ws = wb.active
        for i, u in enumerate(UNITS, 1):
            ws.cell(row=i, column=1, value=u)
        wb.save(path)
    elif kind == "html":
        path.write_text("<html><body>" + "".join(f"<p>{u}</p>" for u in UNITS) + "</body></html>", encoding="utf-8")
    elif kind == "csv":
        path.write_text("メモ\n" + "".join(f"{u}\n" for u in UNITS), encoding="utf-8")


def _texts(path: Path) -> list[str]:
    skip = ("props/", "s0/title")  # document properties and the sheet name are units too
    return [u.text for u in read_document(path).units
            if u.text.strip() and u.text != "メモ" and not u.id.startswith(skip)]


@pytest.mark.parametrize("kind", ["docx", "xlsx", "html", "csv"])
@pytest.mark.parametrize("policy", sorted(AFTER))
def test_golden_per_format_and_policy(tmp_path, kind, policy, capsys):
    src = tmp_path / f"in.{kind}"
    _make(kind, src)
    assert _texts(src) == UNITS
    out = tmp_path / f"out.{kind}"
    code = main(["anonymize", str(src), "-o", str(out), "--policy", policy])
    capsys.readouterr()
    assert code == 0
    assert _texts(out) == AFTER[policy]


def test_markdown_golden(tmp_path, capsys):
    src = tmp_path / "in.md"
    src.write_text("# 見出し\n\n" + "\n\n".join(UNITS) + "\n", encoding="utf-8")
    assert main(["anonymize", str(src), "--policy", "publication"]) == 0
    out = capsys.readouterr().out
    assert out == "# 見出し\n\n" + "\n\n".join(AFTER["publication"]) + "\n"


def test_docx_restore_with_project(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOKUMEI_KEY", "ab" * 32)
    src, out, back = tmp_path / "in.docx", tmp_path / "out.docx", tmp_path / "back.docx"
    _make("docx", src)
    prj = tmp_path / "prj"
    assert main(["anonymize", str(src), "-o", str(out), "--project", str(prj), "--policy", "internal"]) == 0
    assert main(["restore", str(out), "--project", str(prj), "-o", str(back)]) == 0
    capsys.readouterr()
    assert _texts(out) == AFTER["internal"]
    restored = _texts(back)
    assert restored[:2] == UNITS[:2]
    assert "1234 5678 9018" not in restored[2]  # My Number is not restorable by default
