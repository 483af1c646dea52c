"""Scan throughput on a generated customer table: generation, sampled scan, full scans with the
local process pool and with a 2-worker Dask LocalCluster (``--dask-runs N``: N times, a new
cluster each, runs 2… each right after a one-process baseline of its own), in the same run.

Usage::

    .venv/bin/python bench/scan_speed.py [--rows 1000000] [--full-rows ROWS] [--workers 2]
                                         [--sample 1000] [--dir /tmp/tokumei-scan-bench]
                                         [--chunk-rows 20000] [--reference-rows 20000]
                                         [--dask-runs 1] [--scheduler tcp://…]

1. ``tokumei.synth.customers`` writes ``--rows`` customers to SQLite (rows/s reported).
2. A sampled scan (``--sample`` rows in evenly spread key windows) of that table with the local
   engine (in-process, the default for samples): wall time including the model load — the
   target is < 10 s for all columns.
3. Full scans of a ``--full-rows`` table (default: the whole ``--rows`` table; a smaller number
   generates a table of that size with the same generator): the per-value path the fast one
   replaced (``reference``: every recognizer on every cell, row by row — a few hundred rows per
   CPU-second, so it scans its own ``--reference-rows`` table, 20,000 by default), one process (``LocalEngine(1)``; both in a freshly spawned
   process, the baseline; the pool's workers are forked from this one), ``LocalEngine(workers)``
   and ``DaskEngine(LocalCluster(workers, threads_per_worker=1))`` — or, with ``--scheduler
   tcp://…``, an existing cluster; engine start-up is timed separately from the scan itself.

The machine's cores are shared with other work, so besides wall-clock rates every full scan
reports the CPU seconds of each process that scanned (``time.process_time`` in-process,
``psutil`` for pool workers, ``client.run`` on Dask workers): ``rows_per_cpu_s`` is rows per
CPU-second of one process, and ``cpu_speedup`` = the one process's CPU seconds / the busiest
worker's — the speed-up the workers give when each has a core of its own. The three
inventories must be identical (asserted). Figures are from this run; the output ends with one
JSON line of them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.scan import classify  # noqa: E402
from tokumei.scan.engines import DaskEngine, LocalEngine  # noqa: E402
from tokumei.scan.scanner import ScanOptions, scan  # noqa: E402
from tokumei.synth.customers import write_customers  # noqa: E402

EXPECTED = {"氏名": "PERSON", "フリガナ": "PERSON", "性別": "GENDER", "生年月日": "DATE_OF_BIRTH",
            "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "電話番号": "PHONE", "メール": "EMAIL",
            "カード番号": "CREDIT_CARD", "パスワード": "PASSWORD_HASH"}


def _column_entries(inv: dict) -> dict[str, dict]:
    return {c["name"]: c for c in inv["sources"][0]["tables"][0]["columns"]}


def _columns(inv: dict) -> dict[str, str | None]:
    return {name: c["category"] for name, c in _column_entries(inv).items()}


def _generate(path: Path, rows: int) -> tuple[float, float]:
    """(wall rows/s, CPU rows/s): on a shared machine the CPU rate is the stable figure."""
    t, c = time.perf_counter(), time.process_time()
    write_customers(path, rows, seed=1)
    return rows / (time.perf_counter() - t), rows / (time.process_time() - c)


def _worker_cpu(eng) -> dict:
    """CPU seconds so far of each process that runs partitions (this one for LocalEngine(1))."""
    if isinstance(eng, DaskEngine):
        return eng.client.run(time.process_time)
    if eng._pool is None:
        return {"self": time.process_time()}
    import psutil  # a dependency of distributed

    return {pid: sum(psutil.Process(pid).cpu_times()[:2]) for pid in eng._pool._processes}


def _comparable(inv: dict) -> dict:
    """The inventory without the clock and the engine name (they differ between runs by design)."""
    out = {k: v for k, v in inv.items() if k not in {"created_at", "created_at_jst", "engine"}}
    out["summary"] = {k: v for k, v in inv["summary"].items() if k != "created_at_jst"}
    return out


def _one_process(target: str, rows: int, chunk: int, reference: bool) -> dict:
    """The baseline, run in a fresh (spawned) process like a Dask worker: load, then scan.
    ``reference``: the per-value path the fast one replaced (every recognizer on every cell,
    observed row by row — ``tasks.scan_rows_reference``)."""
    from tokumei.scan import tasks
    from tokumei.scan.engines import warm_worker

    if reference:
        classify.ROUTE = False
        tasks.scan_rows = tasks.scan_rows_reference
    warm_worker()
    return _full(LocalEngine, {"workers": 1}, target, rows, chunk)


def _fresh_one_process(target: str, rows: int, chunk: int, reference: bool = False) -> dict:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_one_process, target, rows, chunk, reference).result()


def _full(engine_cls, kwargs: dict, target: str, rows: int, chunk: int) -> dict:
    classify.clear_cache()  # the sampled scan ran in this process: no head start for the baseline
    t0 = time.perf_counter()
    with engine_cls(**kwargs) as eng:
        t1 = time.perf_counter()
        c1 = _worker_cpu(eng)
        inv = scan([target], ScanOptions(sample=None, chunk_rows=chunk), engine=eng)
        t2 = time.perf_counter()
        c2 = _worker_cpu(eng)
    scanned = inv["sources"][0]["tables"][0]["rows_scanned"]
    assert scanned == rows, (scanned, rows)
    cpu = sorted((round(c2[k] - c1[k], 2) for k in c2 if k in c1), reverse=True)
    return {"startup_s": round(t1 - t0, 2), "scan_s": round(t2 - t1, 2), "rows_per_s": round(rows / (t2 - t1), 1),
            "cpu_s": cpu, "rows_per_cpu_s": round(rows / sum(cpu), 1), "inventory": _comparable(inv)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--full-rows", type=int, default=None, help="rows of the fully scanned table (default: --rows)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=1000)
    ap.add_argument("--dir", default="/tmp/tokumei-scan-bench")
    ap.add_argument("--chunk-rows", type=int, default=20_000,
                    help="rows per partition of the full scans (the scanner's own default)")
    ap.add_argument("--scheduler", help="attach the Dask run to this cluster (tcp://…) instead of a LocalCluster")
    ap.add_argument("--reference-rows", type=int, default=20_000,
                    help="rows of the table the reference path scans (0: skip it — it runs at a few hundred "
                         "rows per CPU-second)")
    ap.add_argument("--dask-runs", type=int, default=1,
                    help="full scans on Dask (a new LocalCluster each): the speed-up of each is reported")
    args = ap.parse_args()
    if args.full_rows is None:
        args.full_rows = args.rows
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
    ref_rows = args.full_rows if args.reference_rows is None else args.reference_rows
    ref_table = small if ref_rows == args.full_rows else d / f"customers_{ref_rows}.sqlite"
    if ref_rows and ref_rows != args.full_rows:
        _generate(ref_table, ref_rows)
    runs = {"reference": _fresh_one_process(str(ref_table), ref_rows, args.chunk_rows, reference=True)} if ref_rows else {}
    runs |= {"local": _full(LocalEngine, {"workers": args.workers}, str(small), args.full_rows, args.chunk_rows),
            "one": _fresh_one_process(str(small), args.full_rows, args.chunk_rows),  # right before Dask
            "dask": _full(DaskEngine, {"n_workers": args.workers, "scheduler": args.scheduler}, str(small),
                          args.full_rows, args.chunk_rows)}
    for i in range(2, args.dask_runs + 1):  # each with its own one-process baseline right before it: on
        # a shared machine the CPU seconds of the same work grow with the load, so a ratio is only
        # fair between runs close in time
        runs[f"one{i}"] = _fresh_one_process(str(small), args.full_rows, args.chunk_rows)
        runs[f"dask{i}"] = _full(DaskEngine, {"n_workers": args.workers, "scheduler": args.scheduler}, str(small),
                                 args.full_rows, args.chunk_rows)
    one = runs["one"]
    for name, r in runs.items():
        if name != "reference":
            assert r["inventory"] == one["inventory"], f"the {name} full scan differs from one process's"
    # the reference has no lanes: the shape lanes (names, addresses in columns named for them) decide
    # more cells than the pipeline, so shares may differ there; the categories must not
    out["shares_unlike_reference"] = {}
    if "reference" in runs:  # compared with the fast path on the reference's own table
        same = runs["one"] if ref_rows == args.full_rows else _fresh_one_process(str(ref_table), ref_rows, args.chunk_rows)
        assert _columns(runs["reference"]["inventory"]) == _columns(same["inventory"])
        ref_cols, one_cols = (_column_entries(r["inventory"]) for r in (runs["reference"], same))
        out["shares_unlike_reference"] = {k: [ref_cols[k].get("matched_share"), v.get("matched_share")]
                                          for k, v in one_cols.items()
                                          if v.get("matched_share") != ref_cols[k].get("matched_share")}
    for r in runs.values():
        del r["inventory"]
    out.update(full_rows=args.full_rows, chunk_rows=args.chunk_rows, **runs,
               identical=True, load_avg_end=os.getloadavg()[0])
    ref = runs.get("reference")
    out["one_over_reference_cpu"] = round(one["rows_per_cpu_s"] / ref["rows_per_cpu_s"], 3) if ref else None
    for name in [n for n in runs if n.startswith(("local", "dask"))]:
        r = runs[name]
        base = runs.get("one" + name[4:], one) if name.startswith("dask") else one
        r["over_one_wall"] = round(r["rows_per_s"] / base["rows_per_s"], 3)
        r["cpu_speedup"] = round(base["cpu_s"][0] / r["cpu_s"][0], 3)
    for name, r in runs.items():
        base = "one" + name[4:] if name.startswith("dask") and "one" + name[4:] in runs else "one"
        extra = (f", {out['one_over_reference_cpu']}x the reference per CPU-second"
                 if name == "one" and out["one_over_reference_cpu"] else
                 "" if name.startswith(("reference", "one")) else
                 f", {r['over_one_wall']}x {base} (wall), CPU speed-up {r['cpu_speedup']}x over {base}")
        print(f"full scan {name:6s}: {ref_rows if name == 'reference' else args.full_rows} rows in {r['scan_s']} s = {r['rows_per_s']:,} rows/s wall, "
              f"{r['rows_per_cpu_s']:,} rows per CPU-second, CPU s per process {r['cpu_s']} "
              f"(start-up {r['startup_s']} s){extra}")
    print("inventories identical: yes (reference: same categories; matched shares that differ, reference → lanes: "
          f"{out['shares_unlike_reference'] or 'none'})")
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
