"""What the `tokumei roster …` commands (:mod:`tokumei.roster.commands`) share: the database options and opening
the database with the server's audit key, running a command's body in one session, the command-line actor of the
audit records, reading a distribution audience as its key or its label (役員のみ, 掲載しない), and printing an import
plan and a member's history. Split from commands.py when it passed 400 lines; nothing changed.

例::

    $ tokumei roster publish 1 --audience 役員のみ     # _audience_key: the label or the key
    $ tokumei roster history 1 12                       # _print_history: the editions that printed member 12
"""
from __future__ import annotations

import argparse
from typing import Any, Callable

from tokumei.errors import TokumeiError


def _db_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", default="tokumei-data", help="データフォルダ（SQLite）")
    p.add_argument("--database-url", default=None, help="postgresql://… を指定すると PostgreSQL を使う")


def _open(args: argparse.Namespace):  # noqa: ANN202
    from sqlalchemy.exc import SQLAlchemyError

    from tokumei.review.audit import ensure_keyed
    from tokumei.review.db import make_engine, migrate, session_factory
    from tokumei.review.settings import Settings

    settings = Settings(data_dir=args.data_dir, database_url=args.database_url)
    try:
        engine = make_engine(settings)
        migrate(engine)
        # the shared audit chain is keyed (docs/audit.md): sign with the same key as the server
        # (data_dir/audit_key or TOKUMEI_AUDIT_KEY) and start the keyed chain as the server does
        sessions = session_factory(engine, settings.audit_key())
        ensure_keyed(sessions)
    except SQLAlchemyError as e:
        raise TokumeiError("E806", field="--database-url" if args.database_url else "--data-dir",
                           why=type(e).__name__) from None
    return engine, sessions


def _run(args: argparse.Namespace, body: Callable[[Any], int]) -> int:
    engine, sessions = _open(args)
    try:
        with sessions() as db:
            return body(db)
    finally:
        engine.dispose()


def _who():  # noqa: ANN202
    from tokumei.roster.service import Who

    return Who("cli")


def _audience_key(roster: Any, value: str) -> str:
    for a in roster.audiences:
        if value in (a["key"], a["label"]):
            return a["key"]
    if value in ("none", "掲載しない"):
        return "none"
    if value.startswith("掲載する"):
        return roster.audiences[0]["key"]
    raise TokumeiError("E878", audience=value, choices="・".join(a["label"] for a in roster.audiences) + "・掲載しない")


def print_plan(plan: Any) -> None:
    from tokumei.roster.fields import FIELDS

    for c in plan.columns:
        cat = f"{c.category_ja}（確信度 {c.confidence:.2f}）" if c.category_ja else "判定なし"
        if c.risk:
            print(f"  ✗ 列「{c.header}」: {cat} — 取り込みません: {c.risk}")
        elif c.field:
            print(f"  ○ 列「{c.header}」→ {FIELDS[c.field]}　[{cat}]{'　' + c.note if c.note else ''}")
        else:
            print(f"  － 列「{c.header}」: {cat} — {c.note}")


def _print_history(hist: list[dict[str, Any]], r: Any) -> None:
    if not hist:
        print("これまでの版には載っていません。")
        return
    print("この方の情報を載せた版（回収・廃棄の期限 " + r.retention_until.isoformat() + "）:")
    for h in hist:
        who = "、".join(f"{c['recipient']}（No.{c['copy_no']:03d}）" for c in h["recipients"]) or "配布なし"
        print(f"  第{h['number']}版（{h['audience']}用）: {'・'.join(h['fields'])} → {who}")
