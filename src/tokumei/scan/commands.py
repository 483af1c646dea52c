"""`tokumei scan` (personal-data inventory) and `tokumei synth-customers` (test tables).

``tokumei scan TARGET... [--sample N|--full] [--engine local|dask] [--scheduler ADDRESS]
[--workers N] [--format json|html|csv] [-o OUT] [--show-examples]``

TARGET is a folder of documents, a CSV/TSV or Parquet file, an SQLite file or a database URL
(``postgresql+psycopg://user@host/db``). The default is a sample of 1000 rows per table;
``--full`` reads every row. Problems with the input (bad CSV lines, mixed encodings, huge
cells, empty tables, unreadable files) are listed in the inventory and on stderr; the scan
goes on. A target that cannot be read at all (missing, unknown kind, database unreachable) is
reported the same way and the exit code is 3. The format follows ``-o``'s suffix (.json/.html/.csv) unless ``--format`` is given.

``tokumei synth-customers N -o 顧客.csv|.sqlite|.parquet [--seed S]`` writes a fake customer
table (see :mod:`tokumei.synth.customers`).

例::

    $ tokumei synth-customers 100000 -o 顧客.sqlite
    $ tokumei scan 顧客.sqlite 書類/ --format html -o 棚卸し.html
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tokumei.errors import EXIT_INPUT, TokumeiError


def add_parser(sub: Any) -> None:
    p = sub.add_parser("scan", help="ファイル・フォルダ・データベースの個人データを棚卸しする")
    p.add_argument("targets", nargs="+", metavar="TARGET", help="フォルダ / CSV / SQLite / Parquet / DB URL")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--sample", type=int, default=1000, metavar="N", help="テーブルごとに N 行だけ見る（既定 1000）")
    g.add_argument("--full", action="store_true", help="全行を見る")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="実行方式（既定 local）")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask スケジューラ (tcp://host:8786)。省略時は LocalCluster")
    p.add_argument("--workers", type=int, default=None, help="ワーカー数（local: 既定は全件なら CPU 数・標本なら 1、dask: 既定 2）")
    p.add_argument("--format", choices=("json", "html", "csv"), default=None, help="出力形式（既定 -o の拡張子、なければ json）")
    p.add_argument("-o", "--output", metavar="OUT", help="出力ファイル（省略時は標準出力）")
    p.add_argument("--csv-encoding", choices=("utf-8-sig", "cp932"), default="utf-8-sig", help="CSV 出力の文字コード")
    p.add_argument("--show-examples", action="store_true", help="伏せ字にした例を載せる（山田** / 090-****-5678）")
    p.add_argument("--no-progress", action="store_true", help="進捗バーを出さない")
    p.set_defaults(run=run)

    s = sub.add_parser("synth-customers", help="架空の顧客テーブルを作る（CSV / SQLite / Parquet）")
    s.add_argument("rows", type=int, help="行数")
    s.add_argument("-o", "--output", required=True, help="出力ファイル (.csv / .sqlite / .db / .parquet)")
    s.add_argument("--seed", type=int, default=1, help="乱数の種")
    s.set_defaults(run=run_synth)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in {"html", "htm"}:
            return "html"
        if suffix in {"csv", "json"}:
            return suffix
    return "json"


def run(args: argparse.Namespace) -> int:
    from tokumei.scan.inventory import render_html, write_csv, write_json
    from tokumei.scan.scanner import ScanOptions, scan

    if args.sample is not None and args.sample < 1 and not args.full:
        raise TokumeiError("E200", why="--sample は 1 以上です")
    if args.scheduler and args.engine != "dask":
        raise TokumeiError("E200", why="--scheduler は --engine dask と一緒に使います")
    fmt = _format(args)
    if fmt == "csv" and not args.output:
        raise TokumeiError("E200", why="CSV 出力には -o が必要です")
    if args.output:
        check_writable(Path(args.output))  # refused now, not after a long scan
    opts = ScanOptions(sample=None if args.full else args.sample, engine=args.engine, scheduler=args.scheduler,
                       workers=args.workers, examples=args.show_examples,
                       progress=not args.no_progress and sys.stderr.isatty())
    inv = scan(args.targets, opts)
    _warn(inv)
    out = Path(args.output) if args.output else None
    if fmt == "csv":
        write_csv(inv, out, encoding=args.csv_encoding)
    elif fmt == "html":
        text = render_html(inv)
        if out:
            out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    else:
        text = write_json(inv, out)
        if out is None:
            sys.stdout.write(text)
    if out is not None:
        print(f"tokumei: 棚卸し結果を書きました: {out}（区分 {len(inv['categories_present'])} 種、"
              f"注意 {inv['issues_count']} 件）", file=sys.stderr)
    # a target that could not be read at all is an input error; the others are still in the inventory
    return EXIT_INPUT if any(src.get("failed") for src in inv["sources"]) else 0


def check_writable(out: Path) -> None:
    """E611 unless ``out`` can be written: opened for appending (a file made only for the check
    is removed again). Trying is the only test that also holds for root and read-only mounts.

    例: ``check_writable(Path("/no/such/folder/x.json"))`` → TokumeiError E611
    """
    existed = out.exists()
    try:
        if out.is_dir():
            raise IsADirectoryError(21, "Is a directory")
        with out.open("ab"):
            pass
    except OSError as e:
        why = {FileNotFoundError: "フォルダがありません", IsADirectoryError: "フォルダです",
               PermissionError: "書き込みの権限がありません"}.get(type(e), e.strerror or type(e).__name__)
        raise TokumeiError("E611", path=str(out), why=why) from None
    if not existed:
        out.unlink(missing_ok=True)


def _warn(inv: dict) -> None:
    """Print the (non-personal) issues to stderr."""
    for src in inv["sources"]:
        for item in src["issues"] + [i for t in src["tables"] for i in t["issues"]] + \
                [i for f in src["files"] for i in f["issues"]]:
            print(f"tokumei: 警告 {item['code']}: {item['message']}", file=sys.stderr)


def run_synth(args: argparse.Namespace) -> int:
    from tokumei.synth.customers import write_customers

    if args.rows < 0:
        raise TokumeiError("E200", why="行数は 0 以上です")
    path = write_customers(Path(args.output), args.rows, seed=args.seed)
    print(f"tokumei: 架空の顧客 {args.rows} 行を書きました: {path}", file=sys.stderr)
    return 0
