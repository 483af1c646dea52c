"""Read/write throughput of tokumei.formats per document kind, against the bare library call.

Usage: ``.venv/bin/python bench/formats_speed.py [--rows 20000] [--paras 2000] [--repeat 3]``

Builds (fixed seed) a CSV of ``--rows`` rows x 5 columns (UTF-8 with BOM), an .xlsx with the same
rows, a .docx of ``--paras`` paragraphs each split into 3 runs, and a Markdown file of
``--paras`` paragraphs. For each, best of ``--repeat``, single process, it times:

* baseline: the library alone (``csv.reader`` over the decoded text; ``openpyxl.load_workbook``
  + ``save``; ``docx.Document`` + ``save``; reading the Markdown bytes);
* ``read_document``;
* ``write_document`` with one edit in every 10th unit.

Numbers are printed as seconds and units/s; nothing is asserted.
"""
from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import docx  # noqa: E402
import openpyxl  # noqa: E402

from tokumei.formats import Edit, read_document, write_document  # noqa: E402

SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健", "由美"]


def _rows(n: int, rng: random.Random) -> list[list[str]]:
    return [[f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}", f"03-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
             f"東京都千代田区{rng.randint(1, 9)}-{rng.randint(1, 20)}", str(rng.randint(20, 65)),
             "備考, \"引用\" あり" if rng.random() < 0.1 else "なし"] for _ in range(n)]


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _edits(doc) -> dict[str, list[Edit]]:
    return {u.id: [Edit(0, min(2, len(u.text)), "〔人名〕")] for u in doc.units[::10]}


def bench(name: str, path: Path, baseline, repeat: int, out: Path) -> None:
    base = _best(baseline, repeat)
    doc = read_document(path)
    rd = _best(lambda: read_document(path), repeat)
    edits = _edits(doc)
    wr = _best(lambda: write_document(doc, edits, out), repeat)
    n = len(doc.units)
    print(f"{name:5s} units={n:7d}  baseline {base:7.3f}s  read {rd:7.3f}s ({n / rd:9.0f} units/s)  "
          f"write {wr:7.3f}s ({n / wr:9.0f} units/s)  read/baseline {rd / base:5.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--paras", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rng = random.Random(1985)
    rows = [["氏名", "電話", "住所", "年齢", "メモ"]] + _rows(a.rows, rng)
    with tempfile.TemporaryDirectory(prefix="tokumei-bench-") as tmp:
        d = Path(tmp)
        buf = io.StringIO(newline="")
        csv.writer(buf, lineterminator="\r\n").writerows(rows)
        (d / "a.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))
        bench("csv", d / "a.csv", lambda: list(csv.reader(io.StringIO((d / "a.csv").read_bytes().decode("utf-8-sig")))),
              a.repeat, d / "o.csv")

        wb = openpyxl.Workbook()
        for r in rows:
            wb.active.append(r)
        wb.save(str(d / "a.xlsx"))
        bench("xlsx", d / "a.xlsx", lambda: openpyxl.load_workbook(str(d / "a.xlsx")).save(str(d / "b.xlsx")),
              a.repeat, d / "o.xlsx")

        doc = docx.Document()
        for _ in range(a.paras):
            p = doc.add_paragraph("面談者は")
            p.add_run(rng.choice(SURNAMES)).bold = True
            p.add_run(f"{rng.choice(GIVEN)}さんです。電話は03-1234-5678。")
        doc.save(str(d / "a.docx"))
        bench("docx", d / "a.docx", lambda: docx.Document(str(d / "a.docx")).save(str(d / "b.docx")),
              a.repeat, d / "o.docx")

        md = "\n\n".join(f"## {i}\n\n- 担当 {rng.choice(SURNAMES)} [連絡](mailto:a{i}@example.jp)\n本文 {i} です。"
                         for i in range(a.paras))
        (d / "a.md").write_text(md, encoding="utf-8")
        bench("md", d / "a.md", lambda: (d / "a.md").read_bytes().decode("utf-8"), a.repeat, d / "o.md")


if __name__ == "__main__":
    main()
