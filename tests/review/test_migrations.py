"""The merged migration chain on SQLite and PostgreSQL: 0001 → 0002 → 0003_consent →
0004_security, plus the roster area's own branch r001_roster (from 0002). From an empty
database and from a 0002 database holding data, ``migrate`` (upgrade to ``heads``) reaches both
heads, the schema matches the models, and it downgrades to 0002 and upgrades again."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from review_support import _pg_database
from sqlalchemy import MetaData, create_engine, inspect, select, text

from tokumei.review.db import alembic_config, migrate
from tokumei.review.models import Base

HEADS = {"0004_security", "r001_roster"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db.sqlite3'}"
        return
    name, url, plain = _pg_database(request.getfixturevalue("postgres_url"))
    yield url
    import psycopg

    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _heads(engine) -> set[str]:
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _schema_diff(engine) -> list:
    """Differences between the migrated schema and the models (review and roster tables); indexes
    the migrations add for queries (ix_events_*, ix_throttle_*, ix_adviser_sessions_*) are not
    declared on the models and are left out."""
    import tokumei.roster.models  # noqa: F401 - registers the roster tables on Base.metadata

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    return [d for d in diff if not (isinstance(d, tuple) and (d[0] == "remove_index" or
                                                              (d[0] == "remove_table" and d[1].name == "alembic_version")))]


def _upgrade(engine, target: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def _downgrade(engine, target: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def test_from_empty_to_both_heads_and_back(db_url):
    engine = create_engine(db_url)
    try:
        migrate(engine)
        assert _heads(engine) == HEADS
        tables = set(inspect(engine).get_table_names())
        assert {"adviser_sessions", "rosters", "roster_members", "decisions", "links"} <= tables
        assert {"snapshot", "in_force_engagement_id"} <= {c["name"] for c in inspect(engine).get_columns("decisions")}
        assert _schema_diff(engine) == []
        _downgrade(engine, "0002")  # both branches end at their common base
        assert _heads(engine) == {"0002"}
        assert not {"adviser_sessions", "rosters"} & set(inspect(engine).get_table_names())
        migrate(engine)
        assert _heads(engine) == HEADS and _schema_diff(engine) == []
    finally:
        engine.dispose()


def test_from_a_0002_database_with_data(db_url):
    engine = create_engine(db_url)
    now = datetime(2026, 12, 1, tzinfo=timezone.utc)
    try:
        _upgrade(engine, "0002")
        md = MetaData()
        md.reflect(engine)
        t = md.tables
        with engine.begin() as conn:
            conn.execute(t["advisers"].insert().values(id=1, email="a@example.jp", name="佐藤", password_hash="x",
                                                       created_at=now))
            conn.execute(t["engagements"].insert().values(
                id=1, adviser_id=1, client_name="株式会社みどり工房", title="事例", contacts=[], people=[],
                organizations=[], allow=[], policy="publication", publish_where="", publish_period="",
                created_at=now, lock_version=1))
            for n in (1, 2):
                h = f"{n}" * 64
                conn.execute(t["versions"].insert().values(
                    id=n, engagement_id=1, number=n, source_name="s.md", original="o", items=[], risks=[], text="t",
                    sha256=h, created_at=now, updated_at=now, lock_version=1))
                conn.execute(t["links"].insert().values(id=n, engagement_id=1, version_id=n, token_hash=h,
                                                        expires_at=now, created_at=now))
                conn.execute(t["decisions"].insert().values(
                    id=n, version_id=n, link_id=n, kind="approved", sha256=h, person_name="p", consent_text="",
                    message="", created_at=now, withdraw_reason=""))
        migrate(engine)
        assert _heads(engine) == HEADS and _schema_diff(engine) == []
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, in_force_engagement_id, ended_reason FROM decisions ORDER BY id")).all()
            assert [tuple(r) for r in rows] == [(1, None, "superseded"), (2, 1, None)]
            assert conn.execute(select(text("count(*)")).select_from(text("adviser_sessions"))).scalar() == 0
    finally:
        engine.dispose()
