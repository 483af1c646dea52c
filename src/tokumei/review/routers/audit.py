"""The adviser's view of the audit log for an engagement, and a chain check.

例: ``GET /engagements/1/audit``
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.review import audit
from tokumei.review.models import Adviser, Event
from tokumei.review.names import actor_ja, adviser_ids
from tokumei.review.web import check_csrf, current_adviser, get_db, own_engagement, render

router = APIRouter(dependencies=[Depends(check_csrf)])


@router.get("/engagements/{eid}/audit")
def events(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """案件の監査ログ（時刻・操作者・IP・ブラウザ）と、チェーン全体の検証結果。"""
    eng = own_engagement(db, adviser, eid)
    request.app.state.audit_bg.flush()
    rows = db.scalars(select(Event).where(Event.engagement_id == eng.id).order_by(Event.seq)).all()
    report = audit.check(db)
    ids = adviser_ids([e.actor for e in rows])
    names = dict(db.execute(select(Adviser.id, Adviser.name).where(Adviser.id.in_(ids))).all()) if ids else {}
    actors = {e.actor: actor_ja(e.actor, names) for e in rows}
    return render(request, "audit/list.html", adviser=adviser, eng=eng, events=rows, kinds=audit.KINDS_JA,
                  count=report.count, head=report.anchor, problems=report.problems, notes=report.notes,
                  actors=actors)
