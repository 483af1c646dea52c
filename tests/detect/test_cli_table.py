"""`tokumei detect` prints an aligned table (East Asian widths) and exit codes per the catalogue."""
from __future__ import annotations

import io
import json
import sys
import unicodedata

from tokumei.cli import main


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def test_table_columns_align(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("電話は03-3581-1234、個人番号 1234 5678 9018 です。\n", encoding="cp932")
    assert main(["detect", str(p)]) == 0
    lines = [l for l in capsys.readouterr().out.splitlines() if "jp." in l]
    assert len(lines) == 2
    # the source column starts at the same display column on every row
    cols = {_w(l[: l.index("jp.")]) for l in lines}
    assert len(cols) == 1


def test_missing_file_and_bad_jsonl(tmp_path, capsys, monkeypatch):
    assert main(["detect", str(tmp_path / "nai.txt")]) == 3
    assert "E100" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": 1, "text": "TEL 03-3581-1234"}\n{oops\n'))
    assert main(["detect", "-", "--jsonl"]) == 3
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[0])["entities"][0]["label"] == "PHONE"
    assert "E104" in err and "2 行目" in err
