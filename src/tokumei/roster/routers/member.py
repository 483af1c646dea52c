"""The member's page, reached without an account through a personal link ``/m/{token}``: see
exactly what the organiser holds, correct it, and choose per field 掲載する（会員全員）/ 役員のみ /
掲載しない; withdraw everything at any time. Plain HTML forms, no JavaScript needed.

A token is scoped to one member: the forms carry field keys only, never a member or roster id,
so one link can neither read nor change another member's data.

例: ``GET /m/5q3…`` → ご自身の掲載内容の確認と回答
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.review.security import token_hash
from tokumei.review.web import check_csrf, get_db, redirect
from tokumei.roster import service as svc
from tokumei.roster.fields import NONE
from tokumei.roster.models import MemberLink
from tokumei.roster.view import member_history, member_view
from tokumei.roster.web import page, who

router = APIRouter(dependencies=[Depends(check_csrf)])
BY = {"member": "ご本人", "guardian": "保護者の方"}


def _resolve(db: Session, token: str):  # noqa: ANN202
    """(link, member, roster): 404 for an unknown token, 410 when expired or revoked."""
    found = svc.resolve_link(db, token)
    if found is None:
        known = len(token) <= 100 and db.scalar(select(MemberLink.id).where(MemberLink.token_hash == token_hash(token)))
        raise HTTPException(status_code=410 if known else 404)
    return found


def _viewed(request: Request, link_id: int, roster_id: int, member_id: int) -> None:
    seen = request.session.get("roster_seen", [])
    if link_id not in seen:
        request.session["roster_seen"] = [*seen[-20:], link_id]
        request.app.state.audit_bg.put("roster_viewed", actor=f"member:{member_id}", engagement_id=None,
                                       ip=who(request, "").ip, user_agent=who(request, "").user_agent,
                                       data={"roster": roster_id, "member": member_id, "link": link_id})


@router.get("/m/{token}")
def member_page(token: str, request: Request) -> Response:
    """お預かりしている情報と、項目ごとの掲載の選択（2 回の軽い問い合わせで描画）.

    Runs in a request thread on the ordinary pool. (Running it on the event loop was faster in
    the closed-loop bench, but the only loop-side connection, ``fast_engine``, is held by the
    review area's fast path, and a loop waiting on the request threads' pool can deadlock.)
    """
    if not token or len(token) > 100:
        raise HTTPException(status_code=404)
    with request.app.state.engine.connect() as conn:
        v = member_view(conn, token_hash(token))
        if v is None:
            raise HTTPException(status_code=404)
        if not v.live:
            raise HTTPException(status_code=410)
        hist = member_history(conn, v.roster, v.member.id)
    _viewed(request, v.link_id, v.roster.id, v.member.id)
    return page(request, "roster/member_page.html", r=v.roster, m=v.member, token=token, by=BY,
                history=hist, expires=v.expires)


@router.post("/m/{token}")
async def member_answer(token: str, request: Request, db: Session = Depends(get_db)) -> Response:
    """Save corrections and choices (one form: everything the member sees is what is saved)."""
    link, m, r = _resolve(db, token)
    form = await request.form()
    by = form.get("by") if form.get("by") in BY else "member"
    w = who(request, f"member:{m.id}")
    choices = svc.normalise_choices(r, {f: str(form.get(f"c_{f}", NONE)) for f in r.fields})  # E878 before any change
    svc.correct(db, r, m, {f: str(form.get(f"v_{f}", "")) for f in r.fields if f"v_{f}" in form}, w)
    svc.answer(db, r, m, choices, str(by), w)
    return redirect(f"/m/{token}#done", "ご回答を受け付けました。ありがとうございました。内容はいつでも変更できます。", request)


@router.post("/m/{token}/withdraw")
def member_withdraw(token: str, request: Request, db: Session = Depends(get_db)) -> Response:
    """Withdraw every consent: later editions no longer list the member."""
    link, m, r = _resolve(db, token)
    svc.withdraw(db, r, m, "member", who(request, f"member:{m.id}"))
    return redirect(f"/m/{token}#done", "同意を撤回しました。今後の名簿には掲載しません。"
                    "すでにお配りした名簿は、保存期限までに回収・廃棄します。", request)
