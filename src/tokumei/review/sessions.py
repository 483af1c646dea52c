"""Server-side sign-in sessions for advisers.

The signed cookie (Starlette's SessionMiddleware) carries a random session id; only its
SHA-256 is stored in ``adviser_sessions``. Every adviser request checks that the row exists,
belongs to the adviser, has not ended and is younger than :data:`MAX_AGE`; logout ends the
row, a password change ends every row of the adviser. So a cookie copied before logout or
before a password change no longer works, in every server process (the rows are shared).
The client's review pages (``/c/…``, the fast path) do not use adviser sessions.

例::

    >>> # sid = start(db, adviser.id); request.session["sid"] = sid
    >>> # adviser = check(db, request.session)   # None when ended, expired or unknown
"""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tokumei.review.models import Adviser, AdviserSession, utcnow
from tokumei.review.security import new_token, token_hash
from tokumei.review.status import _aware

#: Same lifetime as the cookie (``max_age`` in app.py): a session ends after 8 hours at the latest.
MAX_AGE = timedelta(hours=8)


def start(db: Session, adviser_id: int) -> str:
    """Open a session for a signed-in adviser and commit; returns the id for the cookie.
    例: ``request.session["sid"] = start(db, adviser.id)``"""
    sid = new_token()
    db.add(AdviserSession(adviser_id=adviser_id, sid_hash=token_hash(sid), created_at=utcnow()))
    db.commit()
    return sid


def check(db: Session, session: dict[str, Any]) -> Adviser | None:
    """The adviser of a live session, else None (unknown, ended, expired, other adviser)."""
    sid, uid = session.get("sid"), session.get("adviser_id")
    if not isinstance(sid, str) or not isinstance(uid, int) or len(sid) > 100:
        return None
    row = db.scalar(select(AdviserSession).where(AdviserSession.sid_hash == token_hash(sid)))
    if (row is None or row.adviser_id != uid or row.ended_at is not None
            or _aware(row.created_at) <= utcnow() - MAX_AGE):
        return None
    return db.get(Adviser, uid)


def end(db: Session, session: dict[str, Any]) -> None:
    """End this browser's session on the server (logout) and commit."""
    sid = session.get("sid")
    if isinstance(sid, str):
        db.execute(update(AdviserSession).where(AdviserSession.sid_hash == token_hash(sid),
                                                AdviserSession.ended_at.is_(None)).values(ended_at=utcnow()))
        db.commit()


def end_all(db: Session, adviser_id: int) -> int:
    """End every open session of an adviser (password change); does not commit. Returns how many."""
    r = db.execute(update(AdviserSession).where(AdviserSession.adviser_id == adviser_id,
                                                AdviserSession.ended_at.is_(None)).values(ended_at=utcnow()))
    return r.rowcount or 0
