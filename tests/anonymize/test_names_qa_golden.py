"""Anonymized text for the reported name bugs (QA): 山田家 → A家 (not A社), a shop in brackets, a
one-kanji surname repeated without an honorific, and one letter per table row."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tokumei.anonymize import anonymize
from tokumei.cli import main


@pytest.mark.parametrize("text, expected", [
    ("山田家の長男が店を継いだ。", "A家の長男が店を継いだ。"),
    ("支援したのは金子智之（岡田酒店）です。", "支援したのはA氏（A酒店）です。"),  # shops keep their kind (issue #12)
    ("林さんと林業の話をした。担当の林です。", "Aさんと林業の話をした。担当のA氏です。"),
    ("林博之さんと林業の話。林宛にお送りください。", "Aさんと林業の話。A宛にお送りください。"),
    ("姓\t名\tセイ\tメイ\n山田\t太郎\tヤマダ\tタロウ\n鈴木\t花子\tスズキ\tハナコ",
     "姓\t名\tセイ\tメイ\nA氏\tA氏\tA\tA\nB氏\tB氏\tB\tB"),
])
def test_names_qa_golden(text, expected):
    assert anonymize(text).text == expected


def test_csv_row_shares_one_letter(tmp_path: Path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("姓,名,セイ,メイ\n山田,太郎,ヤマダ,タロウ\n鈴木,花子,スズキ,ハナコ\n", encoding="utf-8")
    assert main(["anonymize", str(src), "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["姓", "名", "セイ", "メイ"]
    assert rows[1] == ["A氏", "A氏", "A", "A"] and rows[2] == ["B氏", "B氏", "B", "B"]
