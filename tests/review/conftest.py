"""Fixtures for the review app: a fresh database per test (SQLite file or a new PostgreSQL
database on the session's throw-away server). Helpers live in ``review_support``."""
from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_support import Env, _pg_database  # noqa: E402

from tokumei.review.app import close_app, create_app  # noqa: E402
from tokumei.review.settings import Settings  # noqa: E402


@pytest.fixture(params=["sqlite", "postgresql"])
def env(request, tmp_path) -> Env:
    """A fresh app + database per test, once on SQLite and once on PostgreSQL."""
    url = plain = name = None
    if request.param == "postgresql":
        name, url, plain = _pg_database(request.getfixturevalue("postgres_url"))
    settings = Settings(data_dir=str(tmp_path / "data"), database_url=url, secret_key="test-" + uuid.uuid4().hex,
                        cookie_secure=False, max_upload_bytes=256 * 1024, base_url="http://testserver",
                        login_max_failures=5)
    app = create_app(settings)
    yield Env(app, settings, url or settings.url())
    close_app(app)
    if plain:  # drop the test's PostgreSQL database
        import psycopg

        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_env(tmp_path) -> Env:
    """SQLite only (for tests about the app itself rather than the database)."""
    settings = Settings(data_dir=str(tmp_path / "data"), secret_key="test-" + uuid.uuid4().hex, cookie_secure=False,
                        max_upload_bytes=256 * 1024, base_url="http://testserver")
    app = create_app(settings)
    yield Env(app, settings, settings.url())
    close_app(app)




ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture
def browser(chromium_path):
    """Debian's chromium driven by Playwright (nothing downloaded)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def live_app(tmp_path):
    """A fresh app for a free loopback port, not yet serving: (app, port, base URL); closed afterwards."""
    from live import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(Settings(data_dir=str(tmp_path), secret_key=uuid.uuid4().hex, cookie_secure=False, base_url=base))
    yield app, port, base
    close_app(app)
