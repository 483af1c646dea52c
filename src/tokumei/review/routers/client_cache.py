"""The cache of the client's review page (``GET /c/{token}``) and the ASGI layer that serves it from there: pages kept
as UTF-8 parts around the CSRF slot, keyed by the link and the engagement's newest state-changing audit event, one
renderer per key on a cold start, and :class:`ReviewPageFastPath`, which answers a valid, already opened link from the
cache with the same checks as the route. Split from :mod:`.client` when it passed 400 lines; nothing changed.

例: ``app.add_middleware(ReviewPageFastPath)`` (before ``SessionMiddleware``)
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime
from typing import Any

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Receive, Scope, Send

from tokumei.review.models import Event, utcnow
from tokumei.review.security import csrf_token, token_hash
from tokumei.review.status import _aware
from tokumei.review.web import log_later


def _first_read(session: dict[str, Any], link_id: int) -> bool:
    """Note that this session has read the link; True the first time (``viewed`` is logged then)."""
    seen = session.get("seen", [])
    if link_id in seen:
        return False
    session["seen"] = [*seen[-20:], link_id]
    return True


CSRF_SLOT = "\x00csrf-slot\x00"


def _split(html: str) -> tuple[bytes, ...]:
    """A rendered page as UTF-8 parts around the CSRF slot (the token is joined in per response)."""
    return tuple(p.encode("utf-8") for p in html.split(CSRF_SLOT))


class PageCache:
    """Rendered review pages keyed by (app, link, last state-changing audit event, version hash).
    Every change a page shows (edit, comment, claim answer, decision, withdrawal, settings,
    revocation) appends an audit event, so the newest non-``viewed`` event number of the
    engagement is an exact version stamp; it is read from the database on every request, so
    the key is right in every worker process and after changes made by another process.
    The page is stored as UTF-8 parts split at the CSRF slot; the per-session CSRF token is
    joined in at response time. The cache never decides access: the link is checked first."""

    def __init__(self, size: int = 256) -> None:
        self.size, self._d, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key: tuple) -> tuple[bytes, ...] | None:
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                return self._d[key]
        return None

    def put(self, key: tuple, html: str) -> tuple[bytes, ...]:
        parts = _split(html)
        with self._lock:
            self._d[key] = parts
            while len(self._d) > self.size:
                self._d.popitem(last=False)
        return parts

    def clear(self) -> None:
        with self._lock:
            self._d.clear()


_cache = PageCache()

#: One statement for everything a cached page needs to be served: the link (token check,
#: expiry, revocation, one-time code, first view), its version, and the state stamp (the
#: partial index ``ix_events_engagement_state`` answers the subquery without reading views).
_STATE_SQL = (
    "SELECT l.id, l.engagement_id, l.email, l.viewed_at, l.expires_at, l.revoked_at, l.superseded_at, "
    "v.number, v.sha256, "
    "(SELECT max(e.seq) FROM events e WHERE e.engagement_id = l.engagement_id AND e.kind != 'viewed') "
    "FROM links l JOIN versions v ON v.id = l.version_id WHERE l.token_hash = {p}")


def _as_datetime(value: Any) -> datetime:
    """A timestamp as the DBAPI returns it (SQLite: text in UTC, PostgreSQL: aware datetime)."""
    return _aware(datetime.fromisoformat(value) if isinstance(value, str) else value)


def _stamp(db: Session, engagement_id: int) -> int | None:
    return db.scalar(select(func.max(Event.seq)).where(Event.engagement_id == engagement_id, Event.kind != "viewed"))


def _page_response(parts: tuple[bytes, ...], session: dict[str, Any]) -> bytes:
    return csrf_token(session).encode("ascii").join(parts)


_render_locks: dict[tuple, threading.Lock] = {}
_render_locks_guard = threading.Lock()


def _render_lock(key: tuple) -> threading.Lock:
    with _render_locks_guard:
        if len(_render_locks) > 1024:  # old keys; at worst a page is rendered twice
            _render_locks.clear()
        return _render_locks.setdefault(key, threading.Lock())


class ReviewPageFastPath:
    """Plain ASGI layer (inside the session middleware) that answers ``GET /c/{token}`` from
    the page cache without the router, the dependency system or the thread pool.

    Security is the same as the route's on every request: one indexed query reads the link by
    the SHA-256 of the token, and the page is served only when the link exists, is neither
    revoked nor expired *now*, its one-time code (if any) was entered in this session, and it
    has been opened before. Anything else (unknown/expired/revoked link, code needed, first
    view, a one-time message in the session, cache miss, database error) goes to the route,
    which answers 404/410/the code page or renders and caches the page.
    例: ``app.add_middleware(ReviewPageFastPath)`` (before ``SessionMiddleware``)
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._conn: Any = None  # one DBAPI connection, used by one request at a time
        self._busy = threading.Lock()

    def _state(self, app: Any, h: str) -> tuple | None:
        """The link's row by token hash, read now (no transaction kept open); None on any error."""
        if not self._busy.acquire(blocking=False):  # another event loop thread is using it
            return None
        try:
            if self._conn is None:
                self._conn = app.state.fast_engine.raw_connection()
                self._sql = _STATE_SQL.format(p="?" if app.state.fast_engine.dialect.paramstyle == "qmark" else "%s")
            cur = self._conn.cursor()
            try:
                cur.execute(self._sql, (h,))
                row = cur.fetchone()
            finally:
                cur.close()
                self._conn.rollback()  # PostgreSQL: end the read; SQLite: nothing open
            return row
        except Exception:  # noqa: BLE001 - broken or busy connection: drop it, the route answers
            conn, self._conn = self._conn, None
            if conn is not None:
                try:
                    conn.invalidate()
                except Exception:  # noqa: BLE001
                    pass
            return None
        finally:
            self._busy.release()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"].startswith("/c/"):
            body = self._try(scope)
            if body is not None:
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    def _try(self, scope: Scope) -> bytes | None:
        token = scope["path"][3:]
        session = scope.get("session")
        if (not token or "/" in token or len(token) > 100 or session is None
                or "flash" in session or "withdraw_url" in session):
            return None
        app = scope["app"]
        row = self._state(app, token_hash(token))
        if row is None:
            return None
        link_id, engagement_id, email, viewed_at, expires_at, revoked_at, superseded_at, number, sha256, stamp = row
        if (revoked_at is not None or superseded_at is not None or _as_datetime(expires_at) <= utcnow() or viewed_at is None
                or (email is not None and link_id not in session.get("otp_ok", []))):
            return None
        parts = _cache.get((id(app), link_id, stamp, sha256))
        if parts is None:
            return None
        if _first_read(session, link_id):  # log ``viewed`` as the route does
            log_later(Request(scope), "viewed", f"client:link#{link_id}", engagement_id, version=number, sha256=sha256)
        return _page_response(parts, session)
