"""Databases through SQLAlchemy: read-only connections, reflection, key-range partitions.

Read-only is enforced by the database, not by our good intentions:

* SQLite is opened with a ``file:…?mode=ro`` URI (the library refuses every write) and
  ``PRAGMA query_only=ON``;
* PostgreSQL sessions start with ``default_transaction_read_only=on`` (libpq ``options``) and
  ``SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY``; any INSERT/UPDATE/DDL fails with
  ``ReadOnlySqlTransaction``.

Tables with a single integer primary key are split into key ranges (``pk >= lo AND pk < hi``)
that each worker reads itself; a sample is a few evenly spread key windows. Other tables are
streamed by the coordinator in chunks.

例::

    >>> eng = readonly_engine("顧客.sqlite")
    >>> [t.name for t in describe(eng)]
    ['customers']
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tokumei.errors import TokumeiError
from tokumei.scan.tasks import RangeTask, RowsTask, issue

_ENGINES: dict[str, Engine] = {}
_SYSTEM_SCHEMAS = {"information_schema", "pg_catalog", "pg_toast"}


def sqlite_url(path: str | Path) -> str:
    """Read-only SQLAlchemy URL for an SQLite file. 例: ``sqlite_url("/d/a.db")`` → ``sqlite+pysqlite:///file:/d/a.db?mode=ro&uri=true``"""
    p = Path(path).resolve()
    return f"sqlite+pysqlite:///file:{quote(str(p))}?mode=ro&uri=true"


def display_url(url: str) -> str:
    """The URL without its password, for reports and messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<database>"


def readonly_engine(url: str) -> Engine:
    """A cached engine whose every connection is read-only (see module doc)."""
    if "://" not in url:
        url = sqlite_url(url)
    eng = _ENGINES.get(url)
    if eng is not None:
        return eng
    u = sa.engine.make_url(url)
    backend = u.get_backend_name()
    if backend == "sqlite":
        if u.database and not u.database.startswith("file:"):
            url = sqlite_url(u.database)
        eng = sa.create_engine(url, poolclass=sa.pool.NullPool)

        @sa.event.listens_for(eng, "connect")
        def _ro_sqlite(dbapi_conn, _rec):  # noqa: ANN001
            dbapi_conn.execute("PRAGMA query_only = ON")
    elif backend == "postgresql":
        eng = sa.create_engine(url, poolclass=sa.pool.NullPool,
                               connect_args={"options": "-c default_transaction_read_only=on"})

        @sa.event.listens_for(eng, "connect")
        def _ro_pg(dbapi_conn, _rec):  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.close()
            dbapi_conn.commit()
    else:
        raise TokumeiError("E606", target=display_url(url), why=f"{backend} は未対応 (SQLite / PostgreSQL)")
    _ENGINES[url] = eng
    return eng


#: SQLSTATE classes (PostgreSQL Appendix A): 28P01 invalid_password, 28000
#: invalid_authorization_specification, 3D000 invalid_catalog_name (no such database).
_AUTH_STATES = {"28P01", "28000"}
_NO_DB_STATES = {"3D000"}
#: libpq/psycopg wording when the server was never reached (refused, unknown host, timeout).
_UNREACHABLE = ("connection refused", "could not translate host", "name or service not known", "timeout expired",
                "timed out", "no route to host", "network is unreachable", "could not connect to server",
                "is the server running")


def connect_error(e: BaseException, target: str) -> TokumeiError:
    """Say which of the usual reasons a database connection failed: wrong user/password (E612),
    no such database (E613), server not reached (E614); anything else E606 with the error type.
    The server's own message is only inspected (it may quote the user name), never shown.

    例: ``connect_error(OperationalError(...), "postgresql+psycopg://u:***@h/db").code == "E612"``
    """
    orig = getattr(e, "orig", None) or e
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    text = str(orig).lower()
    if state in _AUTH_STATES or "password authentication failed" in text or "パスワード認証に失敗" in text:
        return TokumeiError("E612", target=target)
    if state in _NO_DB_STATES or ("database" in text and "does not exist" in text):
        return TokumeiError("E613", target=target)
    if state is None and any(x in text for x in _UNREACHABLE):
        why = next(x for x in _UNREACHABLE if x in text)
        return TokumeiError("E614", target=target, why=why)
    return TokumeiError("E606", target=target, why=type(orig).__name__)


@dataclass(frozen=True)
class TableInfo:
    schema: str | None
    name: str
    columns: list[str]
    pk: str | None  # single integer primary key, if any
    rows: int

    @property
    def label(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema not in (None, "public") else self.name


def _schemas(insp, backend: str) -> list[str | None]:
    if backend != "postgresql":
        return [None]
    return [s for s in insp.get_schema_names() if s not in _SYSTEM_SCHEMAS and not s.startswith("pg_")]


def _table(schema: str | None, name: str, columns: list[str]) -> sa.TableClause:
    return sa.table(name, *[sa.column(c) for c in columns], schema=schema)


def describe(eng: Engine) -> list[TableInfo]:
    """Reflect tables (name order): columns, single integer primary key, row count."""
    insp = sa.inspect(eng)
    backend = eng.dialect.name
    out: list[TableInfo] = []
    with eng.connect() as conn:
        for schema in _schemas(insp, backend):
            for name in sorted(insp.get_table_names(schema=schema)):
                cols = insp.get_columns(name, schema=schema)
                names = [c["name"] for c in cols]
                pkc = insp.get_pk_constraint(name, schema=schema).get("constrained_columns") or []
                pk = None
                if len(pkc) == 1:
                    ctype = next(c["type"] for c in cols if c["name"] == pkc[0])
                    try:
                        if ctype.python_type is int:
                            pk = pkc[0]
                    except NotImplementedError:
                        pk = None
                t = _table(schema, name, names)
                count = conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                out.append(TableInfo(schema, name, names, pk, int(count)))
    return out


def plan_table(url: str, key, info: TableInfo, *, sample: int | None, chunk_rows: int,
               examples: bool, min_parts: int = 1) -> Iterator[RangeTask | RowsTask]:
    """Tasks for one table: key ranges (integer pk) or coordinator-streamed chunks. A full scan
    gets at least ``min_parts`` of them (rows permitting), so that every worker has work.

    例: 20,000 行・``chunk_rows=20000``・``min_parts=8`` → 2,500 行ずつ 8 個の範囲
    """
    if sample is None and min_parts > 1 and info.rows:
        chunk_rows = max(1, min(chunk_rows, info.rows // min_parts))
    eng = readonly_engine(url)
    schema = info.schema
    if info.pk:
        t = _table(schema, info.name, info.columns)
        with eng.connect() as conn:
            lo, hi = conn.execute(sa.select(sa.func.min(t.c[info.pk]), sa.func.max(t.c[info.pk]))).one()
        if lo is None:
            return
        if sample is not None and info.rows > sample:
            spots = min(10, max(1, sample // 50))
            per = math.ceil(sample / spots)
            step = (hi - lo + 1) / spots
            for i in range(spots):
                yield RangeTask(key, url, info.name, schema, info.columns, info.pk,
                                int(lo + i * step), None, per, examples)
            return
        n = max(1, math.ceil(info.rows / chunk_rows))
        step = math.ceil((hi - lo + 1) / n)
        for i in range(n):
            a = lo + i * step
            yield RangeTask(key, url, info.name, schema, info.columns, info.pk, a, a + step, None, examples)
        return
    t = _table(schema, info.name, info.columns)
    q = sa.select(*t.c)
    if sample is not None:
        q = q.limit(sample)
    with eng.connect() as conn:
        result = conn.execution_options(yield_per=chunk_rows).execute(q)
        start = 1
        for chunk in result.partitions(chunk_rows):
            rows = [tuple(r) for r in chunk]
            yield RowsTask(key, info.columns, rows, list(range(start, start + len(rows))), examples)
            start += len(rows)


def read_range(task: RangeTask) -> list[tuple]:
    """Rows of one key range, through the read-only engine of this process."""
    eng = readonly_engine(task.url)
    t = _table(task.schema, task.table, task.columns)
    pk = t.c[task.pk]
    q = sa.select(*t.c).where(pk >= task.lo)
    if task.hi is not None:
        q = q.where(pk < task.hi)
    q = q.order_by(pk)
    if task.limit is not None:
        q = q.limit(task.limit)
    with eng.connect() as conn:
        return [tuple(r) for r in conn.execute(q)]


def empty_issue(info: TableInfo) -> dict:
    """E604 for an empty table."""
    return issue("E604", table=info.label)
