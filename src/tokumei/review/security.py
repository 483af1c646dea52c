"""Passwords (argon2id), link tokens, CSRF tokens and login throttling.

Sessions are Starlette's signed cookies (itsdangerous, HttpOnly, SameSite=Lax, Secure when
served over HTTPS); every POST must carry the session's CSRF token (form field ``csrf_token``
or header ``X-CSRF-Token``).

例::

    >>> h = hash_password("正しいパスワード")
    >>> check_password(h, "正しいパスワード"), check_password(h, "違う")
    (True, False)
"""
from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import time
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select

from tokumei.review.models import ThrottleFailure as F

# argon2-cffi defaults are RFC 9106's low-memory argon2id profile.
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """argon2id hash (with its own salt and parameters). 例: ``hash_password("pw").startswith("$argon2id$")``"""
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    """Constant-time check; False for a wrong password or a malformed hash."""
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


#: Hash that a wrong e-mail address is checked against, so both paths take the same time.
DUMMY_HASH = _hasher.hash(secrets.token_hex(8))


def new_token() -> str:
    """An unguessable URL token (256 bits). 例: ``len(new_token()) >= 43``"""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """Only this SHA-256 of a token is stored. 例: ``token_hash("abc")[:6] == 'ba7816'``"""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_otp() -> str:
    """A six-digit one-time code. 例: ``len(new_otp()) == 6``"""
    return f"{secrets.randbelow(10**6):06d}"


def csrf_token(session: dict[str, Any]) -> str:
    """The session's CSRF token, created on first use."""
    tok = session.get("csrf")
    if not tok:
        tok = secrets.token_urlsafe(24)
        session["csrf"] = tok
    return tok


def csrf_ok(session: dict[str, Any], sent: str | None) -> bool:
    """True when ``sent`` equals the session's token (constant-time)."""
    tok = session.get("csrf")
    return bool(tok and sent and hmac.compare_digest(str(tok).encode("utf-8"), str(sent).encode("utf-8")))


class Throttle:
    """Sliding-window failure counter per key (e-mail and IP): too many failures → locked.

    The failures are rows of ``throttle_failures``, so all server processes
    (``tokumei serve --workers N``) and restarts share one count.
    例: ``t = Throttle(5, 900, sessions); t.fail("ip:127.0.0.1"); t.locked("ip:127.0.0.1")`` → False
    """

    def __init__(self, max_failures: int, window_seconds: int, sessions: Any) -> None:
        self.max = max_failures
        self.window = window_seconds
        self.sessions = sessions

    def retry_after(self, limits: dict[str, int]) -> int:
        """Seconds until every key is below its own limit again (0: not locked). Each key has its
        own limit, e.g. 5 for an account and 30 for an IP address, so one account's failures lock
        that account and not the others signing in from the same address.

        例: ``t.retry_after({"email:a@b.jp": 5, "ip:192.0.2.1": 30})`` → 0 または 残り秒数
        """
        now = time.time()
        wait = 0.0
        with self.sessions() as db:
            for key, limit in limits.items():
                times = list(db.scalars(select(F.at).where(F.key == key[:300], F.at > now - self.window)
                                        .order_by(F.at)))
                if len(times) >= limit:  # unlocked when the oldest failures leave the window
                    wait = max(wait, times[len(times) - limit] + self.window - now)
        return max(1, math.ceil(wait)) if wait > 0 else 0

    def locked(self, *keys: str) -> bool:
        now = time.time()
        with self.sessions() as db:
            return any((db.scalar(select(func.count()).select_from(F).where(
                F.key == k[:300], F.at > now - self.window)) or 0) >= self.max for k in keys)

    def fail(self, *keys: str) -> None:
        now = time.time()
        with self.sessions() as db:
            db.execute(delete(F).where(F.at <= now - self.window))  # keep the table small
            db.add_all([F(key=k[:300], at=now) for k in keys])
            db.commit()

    def reset(self, *keys: str) -> None:
        with self.sessions() as db:
            db.execute(delete(F).where(F.key.in_([k[:300] for k in keys])))
            db.commit()


def wait_ja(seconds: int) -> str:
    """How long to wait, in words. 例: ``wait_ja(840) == "約14分"``、``wait_ja(40) == "約1分"``"""
    return f"約{max(1, math.ceil(seconds / 60))}分"
