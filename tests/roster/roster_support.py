"""Helpers for the roster tests: invented members (unique names, phones, addresses), files in
.xlsx / CSV (UTF-8 BOM, cp932), PDF text via pdftotext. Nobody here is a real person."""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
from pathlib import Path

from tokumei.synth import pools

HEADER = ["氏名", "ふりがな", "学年", "組", "住所", "電話番号", "メールアドレス", "保護者の勤務先", "生年月日", "既往歴"]
FIELD_OF = {"氏名": "name", "ふりがな": "kana", "住所": "address", "電話番号": "phone", "メールアドレス": "email"}


def people(n: int, seed: int = 14) -> list[dict[str, str]]:
    """n invented members with unique values in every column."""
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        p = pools.person(rng)
        if p.full in seen:
            continue
        seen.add(p.full)
        i = len(out)
        a = pools.address(rng)
        out.append({
            "氏名": f"{p.family} {p.given}", "ふりがな": p.full_kana, "学年": f"{1 + i % 6}年", "組": f"{1 + i % 3}組",
            "住所": f"{a.prefecture}{a.municipality}{a.town}{i + 1}-{i % 9 + 1}", "電話番号": f"090-{5000 + i:04d}-{1000 + i * 7:04d}",
            "メールアドレス": f"member{i:04d}@example.jp", "保護者の勤務先": pools.company(rng).name,
            "生年月日": f"平成{20 + i % 5}年{1 + i % 12}月{1 + i % 28}日", "既往歴": rng.choice(["喘息", "なし", "花粉症"]),
        })
    return out


def xlsx_bytes(rows: list[dict[str, str]], header: list[str] = HEADER) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append([r.get(h, "") for h in header])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def csv_bytes(rows: list[dict[str, str]], encoding: str = "utf-8-sig", header: list[str] = HEADER) -> bytes:
    from tokumei.formats.csvio import csv_bytes_for_excel

    return csv_bytes_for_excel(header, [[r.get(h, "") for h in header] for r in rows], encoding)


def pdf_text(data: bytes, tmp: Path) -> str:
    """pdftotext -raw (content-stream order: a wrapped cell's lines stay together), whitespace removed."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is required"
    p = tmp / f"x{random.random()}.pdf"
    p.write_bytes(data)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(p), "-"], capture_output=True, check=True).stdout
    return squash(out.decode("utf-8"))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def xlsx_cells(data: bytes) -> list[str]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data))
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
