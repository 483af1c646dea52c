"""Request helpers shared by the routers: database session, signed-in adviser, CSRF check,
rendering with the common context, and the audit shortcut.

例::

    >>> # in a router: def page(request: Request, db: Session = Depends(get_db)): ...
"""
from __future__ import annotations

from typing import Any, Iterator

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from tokumei.review import audit, sessions
from tokumei.review.anon import label_ja
from tokumei.review.names import reason_ja
from tokumei.review.models import Adviser, Engagement, Event
from tokumei.review.security import csrf_ok, csrf_token


class LoginRequired(Exception):
    """Raised when an adviser page is opened without a session; handled as a redirect."""


def get_db(request: Request) -> Iterator[Session]:
    """One SQLAlchemy session per request."""
    db = request.app.state.sessions()
    try:
        yield db
    finally:
        db.close()


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def user_agent(request: Request) -> str:
    return request.headers.get("user-agent", "")[:500]


async def check_csrf(request: Request) -> None:
    """Dependency for every POST: the session's token must come back (form field or header)."""
    if request.method != "POST":
        return
    sent = request.headers.get("x-csrf-token")
    if not sent:
        ctype = request.headers.get("content-type", "")
        if "form" in ctype:
            form = await request.form(max_part_size=4 * 1024 * 1024)
            sent = form.get("csrf_token")  # type: ignore[assignment]
    if not csrf_ok(request.session, sent if isinstance(sent, str) else None):
        raise HTTPException(status_code=403, detail="CSRF")


def current_adviser(request: Request, db: Session = Depends(get_db)) -> Adviser:
    """The signed-in adviser of a live server-side session (not ended by logout or a password
    change, see :mod:`tokumei.review.sessions`), or a redirect to /login."""
    adviser = sessions.check(db, request.session)
    if adviser is None:
        request.session.pop("adviser_id", None)
        request.session.pop("sid", None)
        raise LoginRequired()
    return adviser


def own_engagement(db: Session, adviser: Adviser, engagement_id: int) -> Engagement:
    """The adviser's own engagement, else 404 (never reveal that another's exists)."""
    eng = db.get(Engagement, engagement_id)
    if eng is None or eng.adviser_id != adviser.id:
        raise HTTPException(status_code=404)
    return eng


def render(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a template with the CSRF token, the label names and the flash message."""
    ctx.setdefault("flash", request.session.pop("flash", None))
    return request.app.state.templates.TemplateResponse(
        request, template, {"csrf": csrf_token(request.session), "label_ja": label_ja, "reason_ja": reason_ja, **ctx},
        status_code=status_code)


def redirect(url: str, flash: str | None = None, request: Request | None = None) -> RedirectResponse:
    """POST-redirect-GET (303), optionally with a one-time message."""
    if flash and request is not None:
        request.session["flash"] = flash
    return RedirectResponse(url, status_code=303)


def log(request: Request, db: Session, kind: str, actor: str, engagement_id: int | None, **data: Any) -> Event:
    """Append an audit event with the request's IP and user agent (synchronously); returns it."""
    return audit.record(db, kind, actor=actor, engagement_id=engagement_id, ip=client_ip(request),
                 user_agent=user_agent(request), data=data)


def log_later(request: Request, kind: str, actor: str, engagement_id: int | None, **data: Any) -> None:
    """Queue a low-stakes event (``viewed``) for the background writer, same chain."""
    request.app.state.audit_bg.put(kind, actor=actor, engagement_id=engagement_id, ip=client_ip(request),
                                   user_agent=user_agent(request), data=data)
