"""The shared PDF writer embeds a Japanese font and the text survives extraction."""
from __future__ import annotations

import shutil
import subprocess

from tokumei.pdfgen import Heading, Para, Table, render_pdf

from support import need


def test_pdf_has_embedded_japanese_font_and_text(tmp_path):
    out = render_pdf("テスト", [Heading("承認証明書"), Para("株式会社Ａ社 御中\n承認しました。"),
                                Table([["項目", "内容"], ["版", "3"]])], tmp_path / "a.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # TrueType font program embedded
    need(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils)")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "承認証明書" in text and "承認しました。" in text


def test_every_font_in_the_pdf_is_embedded(tmp_path):
    """No unembedded standard font sneaks in (ReportLab's canvas and table cells default to Helvetica)."""
    need(shutil.which("pdffonts") is not None, "pdffonts (poppler-utils)")
    out = render_pdf("テスト", [Heading("承認証明書"), Para("承認しました。"),
                                Table([["項目", "内容"], ["版", "3"]], header=True)], tmp_path / "b.pdf")
    rows = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", f"font {name} is not embedded"
