"""Where partitions run: a local process pool or a Dask distributed cluster.

Both run the same partition function, :func:`tokumei.scan.tasks.execute`, and return the
parts in task order, so the merged inventory is identical. Each worker process builds the
detection pipeline (SudachiPy dictionary included) once: the pool's ``initializer`` and, on
Dask, a worker plugin (:class:`tokumei.scan.daskplugin.WarmPlugin`) call :func:`warm_worker`; ``default_analyzer()`` then reuses it.

* ``LocalEngine(workers)``: :class:`concurrent.futures.ProcessPoolExecutor` with a bounded
  number of tasks in flight (CSV chunks stream through without holding the whole file);
  ``workers=1`` runs in this process (small scans, tests).
* ``DaskEngine(scheduler=None, n_workers=2)``: connects to ``scheduler`` or starts a
  ``LocalCluster(n_workers, threads_per_worker=1)`` and closes it on exit. CSV files go as
  newline-aligned byte blocks (as ``dask.dataframe.read_csv`` cuts them, but parsed by our
  reader so bad lines keep their line numbers), Parquet through ``dask.dataframe.read_parquet``,
  SQL tables by key ranges.

例::

    >>> with LocalEngine(workers=2) as eng:
    ...     parts = list(eng.map(tasks))
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterable, Iterator

from tokumei.errors import TokumeiError
from tokumei.scan.tasks import TablePart, execute, scan_rows


#: Partitions per worker a full scan is cut into at least: with a partition or two per worker,
#: one slow partition (or a worker that started late) leaves the other idle at the end
#: (bench/scan_speed.py: 1 partition of 20,000 rows gave a 2-worker cluster a single task).
PARTS_PER_WORKER = 4

#: Settings of the LocalCluster a scan starts. The workers' statistical profiler samples the
#: scanning thread's stack every 10 ms; the system monitor (500 ms), the memory monitor (100 ms)
#: and the event-loop tick (20 ms) wake the worker's event loop, which then takes the GIL from
#: the scanning thread. An idle 2-worker cluster used 0.39–0.44 CPU-s per worker in 20 s with
#: the defaults and 0.07 with these (measured on the shared 2-core machine); a scan needs none
#: of them more often (its memory is one partition at a time).
QUIET_WORKERS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.tick.interval": "500ms",
}

#: Touches every lazily loaded resource (address gazetteer, SudachiPy, phone metadata).
WARM_TEXT = "〒100-8914 東京都千代田区永田町1-6-1 山田太郎様 090-1234-5678 yamada@example.jp 1985年4月1日"


def warm_worker() -> int:
    """Build this process's analyzer and load its lazy resources once. Returns the pid."""
    from tokumei.detect import default_analyzer
    from tokumei.scan.lanes import warm as warm_lanes

    default_analyzer().analyze(WARM_TEXT)
    warm_lanes()
    return os.getpid()


def _progress(total: int | None, enabled: bool, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, disable=not enabled, desc=desc, unit="部分", leave=False, mininterval=0, miniters=1)


class LocalEngine:
    """Process pool over partitions (see module doc)."""

    name = "local"

    def __init__(self, workers: int | None = None, progress: bool = False) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.progress = progress
        self._pool: ProcessPoolExecutor | None = None

    @property
    def parallelism(self) -> int:
        """Processes that run partitions at once (the scanner cuts at least
        :data:`PARTS_PER_WORKER` partitions for each)."""
        return self.workers if self._pool is not None else 1

    def __enter__(self) -> "LocalEngine":
        if self.workers > 1:
            self._pool = ProcessPoolExecutor(max_workers=self.workers, initializer=warm_worker)
            # start and warm every worker now, so start-up is not billed to the first tasks
            for f in [self._pool.submit(warm_worker) for _ in range(self.workers)]:
                f.result()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, tasks: Iterable, total: int | None = None, desc: str = "走査") -> Iterator:
        """Run ``execute`` on every task; yield the parts in task order."""
        bar = _progress(total, self.progress, desc)
        try:
            if self._pool is None:
                for t in tasks:
                    yield execute(t)
                    bar.update(1)
                return
            window: deque = deque()
            limit = self.workers * 3
            for t in tasks:
                window.append(self._pool.submit(execute, t))
                while len(window) >= limit:
                    yield window.popleft().result()
                    bar.update(1)
            while window:
                yield window.popleft().result()
                bar.update(1)
        finally:
            bar.close()


class DaskEngine:
    """The same partitions on a Dask distributed cluster (see module doc)."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, n_workers: int = 2, progress: bool = False) -> None:
        self.scheduler = scheduler
        self.n_workers = n_workers
        self.progress = progress
        self.client = None
        self._cluster = None

    def __enter__(self) -> "DaskEngine":
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="10s")
            else:
                import dask

                with dask.config.set(QUIET_WORKERS):
                    self._cluster = LocalCluster(n_workers=self.n_workers, threads_per_worker=1,
                                                 processes=True, dashboard_address=":0")
                self.client = Client(self._cluster)
        except OSError as e:
            self.__exit__()
            raise TokumeiError("E608", address=self.scheduler or "LocalCluster", why=type(e).__name__) from e
        from tokumei.scan.daskplugin import WarmPlugin

        self.client.register_plugin(WarmPlugin(), name=WarmPlugin.name)
        return self

    @property
    def parallelism(self) -> int:
        """Workers of the cluster now (an existing cluster may have any number)."""
        assert self.client is not None
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def __exit__(self, *exc: Any) -> None:
        if self.client is not None:
            if self.scheduler:  # someone else's cluster: leave it as it was
                try:
                    self.client.unregister_worker_plugin("tokumei-warm")
                except Exception:  # noqa: BLE001 - never registered (connection failed) or gone
                    pass
            self.client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _gather(self, futures: list, desc: str) -> Iterator:
        from distributed import as_completed

        bar = _progress(len(futures), self.progress, desc)
        try:
            for _ in as_completed(futures):
                bar.update(1)
            for f in futures:  # task order
                yield f.result()
        finally:
            bar.close()

    def map(self, tasks: Iterable, total: int | None = None, desc: str = "走査") -> Iterator:
        """Run ``execute`` on every task on the cluster; yield the parts in task order."""
        assert self.client is not None
        futures = [self.client.submit(execute, t, pure=False) for t in tasks]
        yield from self._gather(futures, desc)

    def map_frame(self, frame, key, columns: list[str], examples: bool, desc: str = "走査") -> Iterator:
        """Scan a ``dask.dataframe`` (Parquet) partition by partition with :func:`frame_part`."""
        assert self.client is not None
        futures = self.client.compute([_delayed_frame_part(p, key, columns, examples) for p in frame.to_delayed()])
        yield from self._gather(futures, desc)


def _delayed_frame_part(part, key, columns, examples):
    from dask import delayed

    return delayed(frame_part)(part, key, columns, examples)


def frame_part(df, key, columns: list[str], examples: bool) -> TablePart:
    """The partition function for a pandas block (nulls count as empty cells)."""
    import pandas as pd

    rows = [tuple(None if (isinstance(v, float) and pd.isna(v)) else v for v in row)
            for row in df.itertuples(index=False, name=None)]
    return scan_rows(key, columns, rows, None, examples)
