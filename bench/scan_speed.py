"""Scan throughput on a generated customer table: generation, sampled scan, full scans with the
local process pool and with a 2-worker Dask LocalCluster, in the same run.

Usage::

    .venv/bin/python bench/scan_speed.py [--rows 1000000] [--full-rows 20000] [--workers 2]
                                         [--sample 1000] [--dir /tmp/tokumei-scan-bench]

1. ``tokumei.synth.customers`` writes ``--rows`` customers to SQLite (rows/s reported).
2. A sampled scan (``--sample`` rows in evenly spread key windows) of that table with the local
   engine (in-process, the default for samples): wall time including the model load — the
   target is < 10 s for all columns.
3. Full scans of a ``--full-rows`` table (the same generator; use ``--full-rows 1000000`` to scan
   the big one in full — at a few hundred rows/s per core that takes hours on a shared
   2-core machine) with ``LocalEngine(workers)`` and ``DaskEngine(LocalCluster(workers,
   threads_per_worker=1))``; engine start-up is timed separately from the scan itself.

Rates are measured in this run on this machine; nothing is asserted. The output ends with one
JSON line of the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.scan.engines import DaskEngine, LocalEngine  # noqa: E402
from tokumei.scan.scanner import ScanOptions, scan  # noqa: E402
from tokumei.synth.customers import write_customers  # noqa: E402

EXPECTED = {"氏名": "PERSON", "フリガナ": "PERSON", "性別": "GENDER", "生年月日": "DATE_OF_BIRTH",
            "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "電話番号": "PHONE", "メール": "EMAIL",
            "カード番号": "CREDIT_CARD", "パスワード": "PASSWORD_HASH"}


def _columns(inv: dict) -> dict[str, str | None]:
    return {c["name"]: c["category"] for c in inv["sources"][0]["tables"][0]["columns"]}


def _generate(path: Path, rows: int) -> tuple[float, float]:
    """(wall rows/s, CPU rows/s): on a shared machine the CPU rate is the stable figure."""
    t, c = time.perf_counter(), time.process_time()
    write_customers(path, rows, seed=1)
    return rows / (time.perf_counter() - t), rows / (time.process_time() - c)


def _full(engine_cls, kwargs: dict, target: str, rows: int) -> dict:
    t0 = time.perf_counter()
    with engine_cls(**kwargs) as eng:
        t1 = time.perf_counter()
        inv = scan([target], ScanOptions(sample=None, chunk_rows=max(1000, rows // 20)), engine=eng)
        t2 = time.perf_counter()
    scanned = inv["sources"][0]["tables"][0]["rows_scanned"]
    assert scanned == rows, (scanned, rows)
    return {"startup_s": round(t1 - t0, 2), "scan_s": round(t2 - t1, 2), "rows_per_s": round(rows / (t2 - t1), 1),
            "columns": _columns(inv)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--full-rows", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--dir", default="/tmp/tokumei-scan-bench")
    args = ap.parse_args()
    d = Path(args.dir)
    d.mkdir(parents=True, exist_ok=True)
    big, small = d / f"customers_{args.rows}.sqlite", d / f"customers_{args.full_rows}.sqlite"
    out: dict = {"cpu_count": os.cpu_count(), "load_avg_start": os.getloadavg()[0]}

    gen_rate, gen_cpu = _generate(big, args.rows)
    out["generate_rows"] = args.rows
    out["generate_rows_per_s"] = round(gen_rate, 1)
    out["generate_rows_per_cpu_s"] = round(gen_cpu, 1)
    print(f"generate: {args.rows} rows at {gen_rate:,.0f} rows/s wall, {gen_cpu:,.0f} rows per CPU-second "
          f"({big.stat().st_size / 1e6:.0f} MB)")

    t, c = time.perf_counter(), time.process_time()
    inv = scan([str(big)], ScanOptions(sample=args.sample))  # default: in-process for a sample
    sample_s, sample_cpu = time.perf_counter() - t, time.process_time() - c
    cols = _columns(inv)
    wrong = {k: cols.get(k) for k, v in EXPECTED.items() if cols.get(k) != v}
    out.update(sample_rows=args.sample, sample_scan_s=round(sample_s, 2), sample_scan_cpu_s=round(sample_cpu, 2),
               sample_rows_scanned=inv["sources"][0]["tables"][0]["rows_scanned"],
               sample_columns_classified=sum(v is not None for v in cols.values()), sample_wrong=wrong)
    print(f"sampled scan of {args.rows} rows ({args.sample} sampled): {sample_s:.2f} s wall, {sample_cpu:.2f} s CPU "
          f"(target < 10 s), columns: {cols}, wrong: {wrong or 'none'}")

    if args.full_rows == args.rows:
        small = big
    else:
        _generate(small, args.full_rows)
    local = _full(LocalEngine, {"workers": args.workers}, str(small), args.full_rows)
    dask = _full(DaskEngine, {"n_workers": args.workers}, str(small), args.full_rows)
    assert local["columns"] == dask["columns"]
    out.update(full_rows=args.full_rows, local=local, dask=dask,
               dask_over_local=round(dask["rows_per_s"] / local["rows_per_s"], 3),
               load_avg_end=os.getloadavg()[0])
    for name, r in (("local", local), ("dask", dask)):
        print(f"full scan {name:5s} ({args.workers} workers): {args.full_rows} rows in {r['scan_s']} s = "
              f"{r['rows_per_s']:,} rows/s (start-up {r['startup_s']} s)")
    print(f"dask/local rows/s ratio: {out['dask_over_local']}")
    for r in (local, dask):
        del r["columns"]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
