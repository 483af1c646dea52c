"""The Dask engine on a real LocalCluster(n_workers=2, threads_per_worker=1) and the local process
pool give the same inventory as a single in-process run."""
from __future__ import annotations

import os

import pytest

from tokumei.scan.engines import DaskEngine, LocalEngine, warm_worker
from tokumei.scan.scanner import ScanOptions, scan
from tokumei.scan.sql import read_range

from tokumei.synth.customers import write_customers

from .conftest import CUSTOMER_HEADER, CUSTOMERS, table, write_csv


@pytest.fixture(scope="module")
def dask_engine():
    """One real LocalCluster(n_workers=2, threads_per_worker=1) for this module's tests."""
    eng = DaskEngine(n_workers=2)
    with eng:
        yield eng
    assert eng.client is None and eng._cluster is None  # closed, nothing left running


def _strip(inv: dict) -> dict:
    # times differ between runs (a minute may tick over between two scans): not results
    out = {k: v for k, v in inv.items() if k not in {"created_at", "created_at_jst", "engine"}}
    out["summary"] = {k: v for k, v in inv["summary"].items() if k != "created_at_jst"}
    return out


@pytest.fixture
def targets(tmp_path, customers_sqlite, customers_csv):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "a.txt").write_text("山田太郎 090-1234-5678\n", encoding="utf-8")
    (d / "b.md").write_text("メール: sato@example.jp\n", encoding="utf-8")
    pq = write_customers(tmp_path / "c.parquet", 30)
    return [str(customers_sqlite), str(customers_csv), str(d), str(pq)]


def test_dask_local_cluster_same_inventory_as_local(targets, dask_engine):
    opts = dict(sample=None, chunk_rows=3, block_bytes=80, examples=True)  # several partitions each
    base = scan(targets, ScanOptions(workers=1, **opts))
    pool = scan(targets, ScanOptions(workers=2, **opts))
    dask = scan(targets, ScanOptions(engine="dask", **opts), engine=dask_engine)
    assert dask["engine"] == "dask" and pool["engine"] == "local"
    assert _strip(pool) == _strip(base)
    assert _strip(dask) == _strip(base)
    assert table(dask, "customers")["rows_scanned"] == len(CUSTOMERS)


def test_dask_engine_runs_on_two_worker_processes(dask_engine):
    info = dask_engine.client.scheduler_info()
    assert len(info["workers"]) == 2
    assert all(w["nthreads"] == 1 for w in info["workers"].values())
    pids = set(dask_engine.client.run(warm_worker).values())
    assert len(pids) == 2 and os.getpid() not in pids


def test_local_engine_yields_in_task_order():
    from tokumei.scan.tasks import RowsTask

    tasks = [RowsTask(("s", f"t{i}"), ["c"], [("x",)] * i, list(range(i))) for i in range(1, 7)]
    with LocalEngine(workers=2) as eng:
        parts = list(eng.map(tasks))
    assert [p.key[1] for p in parts] == [f"t{i}" for i in range(1, 7)]
    assert [p.rows for p in parts] == list(range(1, 7))


def test_dask_csv_reports_malformed_lines_like_local(tmp_path, dask_engine):
    lines = [",".join(CUSTOMER_HEADER)] + [",".join(r) for r in CUSTOMERS]
    lines.insert(2, "9,短い行")
    lines.insert(4, "10,a,b,c,d,e,f,g")
    p = write_csv(tmp_path / "bad.csv", lines)
    local = scan([str(p)], ScanOptions(sample=None, workers=1))
    dask = scan([str(p)], ScanOptions(sample=None, block_bytes=64), engine=dask_engine)
    assert table(dask, "bad.csv")["rows_scanned"] == table(local, "bad.csv")["rows_scanned"] == len(CUSTOMERS)
    assert table(local, "bad.csv") == table(dask, "bad.csv")
    msgs = [i["message"] for i in table(dask, "bad.csv")["issues"] if i["code"] == "E601"]
    assert len(msgs) == 2 and "3 行目" in msgs[0] and "5 行目" in msgs[1]


def test_cli_with_external_scheduler(tmp_path, capsys, customers_sqlite):
    import json

    from distributed import LocalCluster

    from tokumei.cli import main

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        code = main(["scan", str(customers_sqlite), "--full", "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, "--no-progress"])
        assert len(cluster.scheduler_info["workers"]) == 2  # the cluster outlives the scan
        from distributed import Client

        with Client(cluster) as c:  # and is left as it was: our worker plugin is taken off again
            plugins = c.run(lambda dask_worker: sorted(dask_worker.plugins))
        assert plugins and not any("tokumei-warm" in p for p in plugins.values())
    assert code == 0
    inv = json.loads(capsys.readouterr().out)
    assert inv["engine"] == "dask" and table(inv, "customers")["rows_scanned"] == len(CUSTOMERS)
    local = scan([str(customers_sqlite)], ScanOptions(sample=None, workers=1))
    assert _strip(inv) == _strip(json.loads(json.dumps(local, ensure_ascii=False)))  # results identical


def test_unreachable_scheduler_is_a_clear_error(capsys, customers_sqlite):
    from tokumei.cli import main

    code = main(["scan", str(customers_sqlite), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    assert "E608" in capsys.readouterr().err


def test_progress_bar_on_stderr(capsys):
    from tokumei.scan.tasks import RowsTask

    tasks = [RowsTask(("s", "t"), ["c"], [("x",)], [1]) for _ in range(3)]
    with LocalEngine(workers=1, progress=True) as eng:
        assert len(list(eng.map(tasks, total=3, desc="走査テスト"))) == 3
    err = capsys.readouterr().err
    assert "走査テスト" in err and "1/3" in err and "%|" in err


@pytest.mark.postgres
def test_postgresql_key_ranges_on_dask_same_as_local(postgres_url, dask_engine):
    import sqlalchemy as sa

    admin = sa.create_engine(postgres_url)
    with admin.begin() as conn:
        conn.execute(sa.text("DROP SCHEMA IF EXISTS shop CASCADE"))
        conn.execute(sa.text("CREATE SCHEMA shop"))
        conn.execute(sa.text('CREATE TABLE shop.members (id INTEGER PRIMARY KEY, "氏名" TEXT, "電話番号" TEXT, '
                             '"カード番号" TEXT)'))
        conn.execute(sa.text("INSERT INTO shop.members VALUES (:i, :n, :t, :c)"),
                     [{"i": i * 7, "n": r[1], "t": r[2], "c": r[4]} for i, r in enumerate(CUSTOMERS * 3, 1)])
    admin.dispose()
    opts = dict(sample=None, chunk_rows=2, examples=True)  # several key ranges
    local = scan([postgres_url], ScanOptions(workers=1, **opts))
    dask = scan([postgres_url], ScanOptions(engine="dask", **opts), engine=dask_engine)
    assert _strip(local) == _strip(dask)
    assert table(dask, "shop.members")["rows_scanned"] == 3 * len(CUSTOMERS)


def test_cli_dask_starts_and_closes_its_own_local_cluster(capsys, customers_csv):
    import json
    import multiprocessing

    from tokumei.cli import main

    before = {p.pid for p in multiprocessing.active_children()}
    assert main(["scan", str(customers_csv), "--full", "--engine", "dask", "--no-progress"]) == 0
    inv = json.loads(capsys.readouterr().out)
    assert inv["engine"] == "dask" and table(inv, "顧客.csv")["rows_scanned"] == len(CUSTOMERS)
    after = {p.pid for p in multiprocessing.active_children() if p.is_alive()}
    assert after <= before  # its two worker processes are gone


class _Par:
    def __init__(self, n: int) -> None:
        self.parallelism = n


@pytest.mark.parametrize("workers, rows, chunk_rows, at_least", [
    (1, 20, 20_000, 1),  # in process: one partition is best (no one waits)
    (2, 20, 20_000, 8),  # 2 workers: 4 each, although one chunk would hold the table
    (2, 20, 5, 8),
    (3, 7, 20_000, 7),  # fewer rows than 4 × workers: one row each
])
def test_full_scan_cut_for_every_worker(tmp_path, workers, rows, chunk_rows, at_least):
    from tokumei.scan.scanner import _min_parts
    from tokumei.scan.sql import describe, plan_table, readonly_engine, sqlite_url

    path = write_customers(tmp_path / "c.sqlite", rows, seed=3)
    url = sqlite_url(path)
    info = describe(readonly_engine(url))[0]
    plan = list(plan_table(url, ("c", "customers"), info, sample=None, chunk_rows=chunk_rows, examples=False,
                           min_parts=_min_parts(_Par(workers))))
    assert len(plan) >= at_least
    assert sum(len(read_range(t)) for t in plan) == rows  # every row once


def test_csv_blocks_cut_for_every_worker(tmp_path, monkeypatch):
    from tokumei.scan import scanner

    path = write_customers(tmp_path / "c.csv", 2000, seed=3)
    monkeypatch.setattr(scanner, "MIN_BLOCK", 1024)
    seen = []

    class Eng(_Par):
        name = "local"

        def map(self, tasks, total=None, desc=""):
            from tokumei.scan.tasks import execute

            seen.extend(tasks)
            return (execute(t) for t in seen)

    inv = scan([str(path)], ScanOptions(sample=None), engine=Eng(2))
    assert len(seen) >= 8
    assert table(inv, "c.csv")["rows_scanned"] == 2000


def _pipeline_loaded() -> bool:
    import tokumei.detect as d

    return d._default is not None


def test_dask_workers_load_the_pipeline_once_each(dask_engine):
    """The worker plugin built the pipeline in every worker process before any task ran."""
    assert "tokumei-warm" in dask_engine.client.run(lambda dask_worker: list(dask_worker.plugins))[
        next(iter(dask_engine.client.scheduler_info()["workers"]))]
    assert set(dask_engine.client.run(_pipeline_loaded).values()) == {True}


def _config(key: str):
    import dask

    return dask.config.get(key)


@pytest.mark.parametrize("key", ["distributed.admin.tick.interval", "distributed.worker.memory.monitor-interval",
                                 "distributed.admin.system-monitor.interval", "distributed.worker.profile.enabled"])
def test_local_cluster_workers_run_quiet(dask_engine, key):
    """The cluster a scan starts wakes its workers' event loops less often (engines.QUIET_WORKERS)."""
    from tokumei.scan.engines import QUIET_WORKERS

    assert set(dask_engine.client.run(_config, key).values()) == {QUIET_WORKERS[key]}
