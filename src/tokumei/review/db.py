"""Engine, sessions and programmatic Alembic migrations.

例::

    >>> engine = make_engine(Settings(data_dir="/tmp/t"))  # doctest: +SKIP
    >>> migrate(engine)                                   # doctest: +SKIP
"""
from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from tokumei.review.settings import Settings

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(settings: Settings, pool_size: int = 20, max_overflow: int = 20, pool_timeout: float = 30) -> Engine:
    """Create the engine; SQLite gets WAL, a busy timeout and foreign keys.

    例: ``make_engine(Settings(database_url="postgresql://tokumei@127.0.0.1/tokumei"))``
    """
    url = settings.url()
    if url.startswith("sqlite"):
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL: safe, no fsync per commit
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout,
                         pool_pre_ping=True)


def alembic_config() -> Config:
    """Alembic config pointing at the packaged migrations (no alembic.ini)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    # the roster area's migrations live in their own folder, on their own branch (label "roster")
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", os.pathsep.join(
        [str(MIGRATIONS / "versions"), str(MIGRATIONS.parents[1] / "roster" / "migrations")]))
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (run at start-up). 例: ``migrate(engine)``"""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")  # one head per branch (review, roster)


def session_factory(engine: Engine, audit_key: bytes | None = None) -> sessionmaker:
    """A sessionmaker whose objects stay readable after commit; its sessions carry the audit key
    (``db.info["audit_key"]``) that :func:`tokumei.review.audit.record` signs events with.
    例: ``session_factory(engine, settings.audit_key())``"""
    return sessionmaker(bind=engine, expire_on_commit=False, info={"audit_key": audit_key})
