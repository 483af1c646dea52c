"""Scan targets into an inventory: resolve each target, plan partitions, run them on an
engine, merge the counts and classify every column.

Targets: a database URL (``postgresql+psycopg://…``, ``sqlite:///…``), an SQLite file (found
by its header), a CSV/TSV file, a Parquet file, an Excel workbook (.xlsx, sheet by sheet), or a folder of documents (every file whose
suffix :mod:`tokumei.formats` reads). ``sample=None`` is a full scan; otherwise at most
``sample`` rows per table (SQL: evenly spread key windows; CSV: the first rows).

例::

    >>> inv = scan(["顧客.sqlite"], ScanOptions(sample=1000))
    >>> inv["categories_present"][:3]
    ['ADDRESS', 'CREDIT_CARD', 'DATE_OF_BIRTH']
"""
from __future__ import annotations

import datetime as _dt
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tokumei.errors import EXIT_USAGE, TokumeiError
from tokumei.scan.classify import ColumnStats
from tokumei.scan.tasks import CsvBlockTask, FilePart, FileTask, RowsTask, TablePart, issue

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_ISSUES = 200  # per table; the counts (malformed_lines …) are always complete


@dataclass
class ScanOptions:
    sample: int | None = 1000
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    workers: int | None = None
    examples: bool = False
    progress: bool = False
    chunk_rows: int = 20_000
    block_bytes: int = 8 << 20  # CSV block per task in a full scan


def target_kind(target: str) -> str:
    """``database`` | ``sqlite`` | ``csv`` | ``parquet`` | ``xlsx`` | ``folder`` (E600 otherwise).

    例: ``target_kind("postgresql+psycopg://u@h/db") == "database"``
    """
    if "://" in target:
        return "database"
    p = Path(target)
    if p.is_dir():
        return "folder"
    if not p.exists():
        raise TokumeiError("E600", target=target)
    try:
        with p.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise TokumeiError("E605", path=target, why=e.strerror or type(e).__name__) from e
    if head == SQLITE_MAGIC:
        return "sqlite"
    suffix = p.suffix.lower()
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if suffix in {".parquet", ".pq"}:
        return "parquet"
    if suffix in {".xlsx", ".xlsm"}:
        return "xlsx"
    raise TokumeiError("E600", target=target)


#: The smallest CSV block the per-worker cut makes (a few hundred rows of a customer table;
#: ``block_bytes`` below it is used as given).
MIN_BLOCK = 64 << 10


def _min_parts(engine) -> int:
    """At least :data:`~tokumei.scan.engines.PARTS_PER_WORKER` partitions per worker (1 in process)."""
    from tokumei.scan.engines import PARTS_PER_WORKER

    n = getattr(engine, "parallelism", 1)
    return 1 if n <= 1 else PARTS_PER_WORKER * n


def _make_engine(opts: ScanOptions):
    from tokumei.scan.engines import DaskEngine, LocalEngine

    if opts.engine == "dask":
        return DaskEngine(opts.scheduler, n_workers=opts.workers or 2, progress=opts.progress)
    if opts.engine != "local":
        raise TokumeiError("E200", why=f"--engine は local か dask です: {opts.engine}")
    # a sample is small: in-process beats starting a pool (and loading the models) per worker
    workers = opts.workers or (1 if opts.sample is not None else None)
    return LocalEngine(workers, progress=opts.progress)


def _table_entry(name: str, columns: list[str], part: TablePart | None, rows_total: int | None,
                 opts: ScanOptions, issues: list[dict]) -> dict:
    from tokumei.scan.table import judge_table

    stats = part.stats if part else [ColumnStats() for _ in columns]
    cols, groups = judge_table(name, columns, stats, part.groups if part else [], examples=opts.examples)
    entry = {
        "name": name,
        "rows_total": rows_total,
        "rows_scanned": part.rows if part else 0,
        "columns": cols,
        "issues": issues + (part.issues if part else []),
    }
    if groups:
        entry["groups"] = groups
    return entry


def _merge(parts: Iterable[TablePart]) -> dict:
    merged: dict = {}
    for p in parts:
        have = merged.get(p.key)
        if have is None:
            merged[p.key] = p
            continue
        for a, b in zip(have.stats, p.stats):
            a.merge(b)
        if not have.groups:  # a failed part carries no group counts
            have.groups = p.groups
        elif p.groups:
            for a, b in zip(have.groups, p.groups):
                a.merge(b)
        have.rows += p.rows
        have.nul += p.nul
        have.malformed += p.malformed
        have.mixed += p.mixed
        room = MAX_ISSUES - len(have.issues)
        have.issues.extend(p.issues[:max(0, room)])
    return merged


def _scan_sql(target: str, url: str, kind: str, engine, opts: ScanOptions) -> dict:
    from tokumei.scan.sql import connect_error, describe, display_url, empty_issue, plan_table, readonly_engine

    shown = target if kind == "sqlite" else display_url(url)
    try:
        infos = describe(readonly_engine(url))
    except TokumeiError:
        raise
    except Exception as e:  # wrong password / no such database / unreachable, told apart
        raise connect_error(e, shown) from None

    failed: dict[str, list[dict]] = {}

    def tasks():
        for info in infos:
            if info.rows:
                try:  # one unreadable table is reported; the others are scanned
                    yield from plan_table(url, (shown, info.label), info, sample=opts.sample,
                                          chunk_rows=opts.chunk_rows, examples=opts.examples,
                                          min_parts=_min_parts(engine))
                except Exception as e:  # noqa: BLE001
                    failed[info.label] = [issue("E607", table=info.label, why=type(e).__name__)]

    merged = _merge(engine.map(tasks(), desc=Path(shown).name if kind == "sqlite" else "DB"))
    tables = []
    for info in infos:
        extra = ([] if info.rows else [empty_issue(info)]) + failed.get(info.label, [])
        tables.append(_table_entry(info.label, info.columns, merged.get((shown, info.label)),
                                   info.rows, opts, extra))
    return {"kind": kind, "target": shown, "tables": tables, "files": [], "issues": []}


def _scan_csv(target: str, engine, opts: ScanOptions) -> dict:
    from tokumei.scan.csvsource import CsvReader, plan_blocks

    reader = CsvReader(target)
    key = (target, Path(target).name)
    if opts.sample is None:  # full: newline-aligned blocks that the workers read themselves
        header = reader.read_header()
        parts = _min_parts(engine)
        size = Path(target).stat().st_size
        blocks = plan_blocks(target, min(opts.block_bytes, max(MIN_BLOCK, size // parts)))
        tasks = [CsvBlockTask(key, target, off, n, line, header, reader.encoding, reader.delimiter, opts.examples)
                 for off, n, line in blocks] if header else []
        merged = _merge(engine.map(tasks, total=len(tasks), desc=key[1]))
    else:
        def tasks():
            for chunk, lines in reader.chunks(opts.chunk_rows, opts.sample):
                yield RowsTask(key, reader.header, chunk, lines, opts.examples)

        merged = _merge(engine.map(tasks(), desc=key[1]))
    part = merged.get(key)
    extra = list(reader.issues)
    if not part or not part.rows:
        extra.append(issue("E604", table=key[1]))
    entry = _table_entry(key[1], reader.header, part, None if opts.sample else (part.rows if part else 0),
                         opts, extra)
    malformed = reader.malformed + (part.malformed if part else 0)
    mixed = reader.mixed_lines + (part.mixed if part else 0)
    if malformed:
        entry["malformed_lines"] = malformed
    if mixed:
        entry["mixed_encoding_lines"] = mixed
    nul = reader.nul_lines + (part.nul if part else 0)
    if nul:
        entry["nul_lines"] = nul
    entry["encoding"] = reader.encoding
    return {"kind": "csv", "target": target, "tables": [entry], "files": [], "issues": []}


def _scan_parquet(target: str, engine, opts: ScanOptions) -> dict:
    from tokumei.scan.csvsource import parquet_chunks

    key = (target, Path(target).name)
    parts = _min_parts(engine) if opts.sample is None else 1
    size = opts.chunk_rows
    if parts > 1:
        import pyarrow.parquet as pq

        size = max(1, min(size, pq.ParquetFile(target).metadata.num_rows // parts))
    columns, chunks = parquet_chunks(target, size, opts.sample)
    if getattr(engine, "name", "") == "dask" and opts.sample is None:
        import dask.dataframe as dd

        frame = dd.read_parquet(target)
        if frame.npartitions < parts:  # row groups of 100,000 rows would leave workers idle
            frame = frame.repartition(npartitions=parts)
        merged = _merge(engine.map_frame(frame, key, columns, opts.examples))
    else:
        merged = _merge(engine.map((RowsTask(key, columns, c, [], opts.examples) for c in chunks), desc=key[1]))
    part = merged.get(key)
    extra = [] if part and part.rows else [issue("E604", table=key[1])]
    return {"kind": "parquet", "target": target, "tables": [_table_entry(key[1], columns, part, None, opts, extra)],
            "files": [], "issues": []}


def _scan_xlsx(target: str, engine, opts: ScanOptions) -> dict:
    """An Excel workbook: every sheet is a table (its first non-empty row is the header)."""
    from tokumei.scan.xlsxsource import sheet_chunks, sheets

    tables = []
    for sheet, header in sheets(target):
        key = (target, sheet)
        tasks = (RowsTask(key, header, rows, lines, opts.examples)
                 for rows, lines in sheet_chunks(target, sheet, opts.chunk_rows, opts.sample))
        part = _merge(engine.map(tasks, desc=sheet)).get(key) if header else None
        extra = [] if part and part.rows else [issue("E604", table=sheet)]
        tables.append(_table_entry(sheet, header, part, part.rows if part and opts.sample is None else None,
                                   opts, extra))
    return {"kind": "xlsx", "target": target, "tables": tables, "files": [], "issues": []}


def _scan_folder(target: str, engine, opts: ScanOptions) -> dict:
    from tokumei.formats import SUFFIXES

    root = Path(target)
    paths = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    tasks = [FileTask((target, str(p.relative_to(root))), str(p), opts.examples) for p in paths]
    files = []
    for part in engine.map(tasks, total=len(tasks), desc=root.name or "folder"):
        assert isinstance(part, FilePart)
        files.append({
            "path": part.key[1], "kind": part.kind, "units": part.units,
            "counts": dict(sorted(part.counts.items())),
            "locations": {k: part.locations[k] for k in sorted(part.locations)},
            "issues": part.issues,
        })
    return {"kind": "folder", "target": target, "tables": [], "files": files, "issues": []}


def _shown(target: str) -> str:
    if "://" in target:
        from tokumei.scan.sql import display_url

        return display_url(target)
    return target


def _scan_target(target: str, engine, opts: ScanOptions) -> dict:
    kind = target_kind(target)
    if kind in {"database", "sqlite"}:
        url = target if kind == "database" else str(Path(target).resolve())
        return _scan_sql(target, url, kind, engine, opts)
    if kind == "csv":
        return _scan_csv(target, engine, opts)
    if kind == "parquet":
        return _scan_parquet(target, engine, opts)
    if kind == "xlsx":
        return _scan_xlsx(target, engine, opts)
    return _scan_folder(target, engine, opts)


def scan(targets: list[str], opts: ScanOptions | None = None, engine=None) -> dict:
    """Scan every target with one engine and return the inventory dict (see inventory.py).

    ``engine``: an already entered LocalEngine/DaskEngine to reuse (benchmarks); by default
    one is made from ``opts`` and closed at the end.
    """
    opts = opts or ScanOptions()
    if opts.sample is not None and opts.sample < 1:
        raise TokumeiError("E200", why="sample は 1 以上です")
    sources = []
    # a caller's engine is used as it is and left open (nullcontext does not close it)
    with (nullcontext(engine) if engine is not None else _make_engine(opts)) as engine:
        for target in targets:
            try:
                sources.append(_scan_target(target, engine, opts))
            except TokumeiError as e:
                if e.exit_code == EXIT_USAGE:
                    raise
                # an unreadable target is reported and the others are still scanned
                sources.append({"kind": "unknown", "target": _shown(target), "tables": [], "files": [],
                                "issues": [{"code": e.code, "message": e.message}], "failed": True})
    from tokumei.scan.inventory import build

    return build(sources, mode="full" if opts.sample is None else "sample", sample=opts.sample,
                 engine=getattr(engine, "name", opts.engine), created=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
