"""Settings for the review app: one frozen dataclass, built by the CLI or by tests.

例::

    >>> s = Settings(data_dir="/tmp/x")
    >>> s.url().startswith("sqlite:///")
    True
"""
from __future__ import annotations

import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from tokumei.errors import TokumeiError

#: Environment variable that gives the audit key (else ``data_dir/audit_key``).
AUDIT_KEY_ENV = "TOKUMEI_AUDIT_KEY"
AUDIT_KEY_FILE = "audit_key"


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
    #: sign-in failures per IP address before that address is throttled (all accounts)
    login_ip_max_failures: int = 30
    #: believe X-Forwarded-For / X-Forwarded-Proto only from these peers (``serve --proxy-headers``)
    forwarded_allow_ips: str | None = None

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

    def audit_key(self, create: bool = True) -> bytes | None:
        """The audit chain's HMAC key, kept outside the database: ``TOKUMEI_AUDIT_KEY`` if set,
        else ``data_dir/audit_key``, created once with mode 0600 when ``create`` (the server);
        ``tokumei audit verify`` never creates one (None when there is none).

        例: ``Settings(data_dir="tokumei-data").audit_key()`` → 32 バイト以上の鍵
        """
        env = os.environ.get(AUDIT_KEY_ENV)
        if env is not None:
            if len(env.strip()) < 32:
                raise TokumeiError("E830", field=AUDIT_KEY_ENV, why="32 文字以上にしてください")
            return env.strip().encode("utf-8")
        p = Path(self.data_dir) / AUDIT_KEY_FILE
        if not p.exists():
            if not create:
                return None
            p.parent.mkdir(parents=True, exist_ok=True)
            try:  # O_EXCL: two processes starting at once never write two different keys
                fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                pass
            else:
                with os.fdopen(fd, "w") as f:
                    f.write(secrets.token_urlsafe(48))
        if p.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise TokumeiError("E830", field=str(p), why="他の利用者も読める権限です。chmod 600 にしてください")
        key = p.read_text(encoding="utf-8").strip()
        if len(key) < 32:
            raise TokumeiError("E830", field=str(p), why="鍵が短すぎるか空です")
        return key.encode("utf-8")
