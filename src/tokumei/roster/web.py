"""Request helpers of the roster area: its own templates (``roster/templates``), the actor for
the audit log, and lookups that answer 404 for anything that is not the caller's.

例::

    >>> # in a router: return page(request, "roster/list.html", adviser=adviser, rosters=rs)
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review.jst import jst as review_jst
from tokumei.review.models import Adviser
from tokumei.review.security import csrf_token
from tokumei.review.web import client_ip, user_agent
from tokumei.roster import service as svc
from tokumei.roster.fields import FIELDS, audience_label, choice_label
from tokumei.roster.models import Member, Roster
from tokumei.roster.render import jst

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(FIELDS=FIELDS, choice_label=choice_label, audience_label=audience_label)


templates.env.filters["jst"] = jst
# the audit log's stored times (ISO text, UTC) in the review area's wording 「2026年12月4日 13時14分」
templates.env.filters["jst_ja"] = review_jst


def page(request: Request, template: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a roster template with the CSRF token and the one-time message."""
    ctx.setdefault("flash", request.session.pop("flash", None))
    return templates.TemplateResponse(request, template, {"csrf": csrf_token(request.session), **ctx},
                                      status_code=status_code)


def who(request: Request, actor: str) -> svc.Who:
    return svc.Who(actor, client_ip(request), user_agent(request))


def own_roster(db: Session, adviser: Adviser, rid: int) -> Roster:
    """The organiser's own roster, else 404 (never reveal that another's exists)."""
    try:
        return svc.get_roster(db, rid, adviser.id)
    except TokumeiError:
        raise HTTPException(status_code=404) from None


def own_member(db: Session, roster: Roster, mid: int) -> Member:
    """A member of this roster, else 404."""
    try:
        return svc.get_member(db, roster, mid)
    except TokumeiError:
        raise HTTPException(status_code=404) from None
