"""Fixtures for the roster tests: a fresh app + database per test (SQLite, and a new database on
the session's real PostgreSQL server), reusing the review area's helpers (same accounts,
database and audit chain)."""
from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "review"))

from review_support import Env, _pg_database  # noqa: E402

from tokumei.review.app import close_app, create_app  # noqa: E402
from tokumei.review.settings import Settings  # noqa: E402


def _make(tmp_path, url=None) -> Env:
    settings = Settings(data_dir=str(tmp_path / "data"), database_url=url, secret_key="test-" + uuid.uuid4().hex,
                        cookie_secure=False, max_upload_bytes=1024 * 1024, base_url="http://testserver")
    return Env(create_app(settings), settings, url or settings.url())


@pytest.fixture(params=["sqlite", "postgresql"])
def env(request, tmp_path) -> Env:
    """A fresh app + database per test, once on SQLite and once on PostgreSQL."""
    name = plain = url = None
    if request.param == "postgresql":
        name, url, plain = _pg_database(request.getfixturevalue("postgres_url"))
    e = _make(tmp_path, url)
    yield e
    close_app(e.app)
    if plain:
        import psycopg

        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_env(tmp_path) -> Env:
    e = _make(tmp_path)
    yield e
    close_app(e.app)


@pytest.fixture
def db(env):
    with env.app.state.sessions() as s:
        yield s
