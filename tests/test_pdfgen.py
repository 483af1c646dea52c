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
