"""Settings for the review app: one frozen dataclass, built by the CLI or by tests.

例::

    >>> s = Settings(data_dir="/tmp/x")
    >>> s.url().startswith("sqlite:///")
    True
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Everything the app needs; defaults are safe for a single-user install on loopback.

    例: ``Settings(data_dir="データ", database_url="postgresql://tokumei@127.0.0.1/tokumei")``
    """

    data_dir: str = "tokumei-data"
    database_url: str | None = None
    secret_key: str | None = None
    #: Secure flag on cookies; the CLI turns it off only when serving plain HTTP on loopback.
    cookie_secure: bool = True
    max_upload_bytes: int = 2 * 1024 * 1024
    link_days: int = 14
    login_max_failures: int = 5
    login_window_seconds: int = 900
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "tokumei@localhost"
    base_url: str = "http://127.0.0.1:8000"

    def url(self) -> str:
        """SQLAlchemy URL: ``--database-url`` (``postgresql://`` → psycopg 3) or SQLite in data_dir."""
        if self.database_url:
            u = self.database_url
            if u.startswith("postgresql://") or u.startswith("postgres://"):
                u = "postgresql+psycopg://" + u.split("://", 1)[1]
            return u
        return f"sqlite:///{Path(self.data_dir).resolve() / 'tokumei.sqlite3'}"

    def key(self) -> str:
        """The cookie-signing key: given, or created once in ``data_dir/secret_key`` (mode 600)."""
        if self.secret_key:
            return self.secret_key
        d = Path(self.data_dir)
        d.mkdir(parents=True, exist_ok=True)
        p = d / "secret_key"
        if not p.exists():
            p.write_text(secrets.token_urlsafe(48))
            p.chmod(0o600)
        return p.read_text().strip()
