"""The client's pages, reached without an account through ``/c/{token}``: read the exact text,
see what changed since the version they last saw, comment, confirm or dispute each claim, then
approve (with the consent statement) or ask for changes; withdraw consent later.

A token is scoped to one engagement and one version: every id in a request (claim, comment)
is looked up *within* that version, so one token can never read or act on another's data.

例: ``GET /c/5q3…`` → 確認ページ
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review import consent
from tokumei.review.anon import segments
from tokumei.review.claims import KIND_JA
from tokumei.review.diff import diff_html
from tokumei.review.mdview import is_markdown, render_markdown
from tokumei.review.models import Adviser, Claim, Comment, Decision, Engagement, Link, Version, utcnow
from tokumei.review.routers.client_cache import (  # noqa: F401  (ReviewPageFastPath: tests import it from here)
    CSRF_SLOT, ReviewPageFastPath, _cache, _first_read, _page_response, _render_lock, _split, _stamp,
)
from tokumei.review.routers.versions import issue_otp
from tokumei.review.security import check_password, new_token, token_hash
from tokumei.review.status import _aware, claims_for, comments_for, decisions_for
from tokumei.review.web import check_csrf, client_ip, get_db, log, log_later, redirect, render

router = APIRouter(dependencies=[Depends(check_csrf)])


def resolve(db: Session, token: str) -> Link:
    """The link for a token: 404 unknown, 410 expired or revoked."""
    if not token or len(token) > 100:
        raise HTTPException(status_code=404)
    link = db.scalar(select(Link).where(Link.token_hash == token_hash(token)))
    if link is None:
        raise HTTPException(status_code=404)
    if link.revoked_at is not None or _aware(link.expires_at) <= utcnow():
        raise HTTPException(status_code=410)
    return link


def _verified(request: Request, link: Link) -> bool:
    return link.email is None or link.id in request.session.get("otp_ok", [])


def consent_statement(eng: Engagement, v: Version, adviser_name: str) -> str:
    """The consent the client accepts: what, where, for how long, how to withdraw.

    例: ``consent_statement(eng, v, "佐藤花子")`` → 「公開する内容: …」
    """
    return (
        f"公開する内容: 「{eng.title or '事例紹介'}」第{v.number}版の本文そのもの（SHA-256: {v.sha256}）。"
        "一文字でも変更された場合、この同意は無効になります。\n"
        f"公開する場所: {eng.publish_where or '事務所のウェブサイトおよび紹介資料'}\n"
        f"公開する期間: {eng.publish_period or '公開日から3年間'}\n"
        "撤回の方法: 承認後に表示される撤回用ページから、いつでも同意を撤回できます。"
        f"撤回された場合、{adviser_name}は速やかに公開を停止します。"
    )


def _first_view(request: Request, db: Session, link: Link, v: Version) -> None:
    """Remember which version the client saw before (for the diff) and log ``viewed`` once per session."""
    if link.viewed_at is None:
        eng = db.get(Engagement, link.engagement_id)
        base = eng.last_seen_version_id if eng and eng.last_seen_version_id != v.id else None
        db.execute(update(Link).where(Link.id == link.id, Link.viewed_at.is_(None))
                   .values(viewed_at=utcnow(), base_version_id=base))
        db.execute(update(Engagement).where(Engagement.id == link.engagement_id)
                   .values(last_seen_version_id=v.id))  # Core update: not a settings edit
        db.commit()
        db.refresh(link)
    if _first_read(request.session, link.id):
        log_later(request, "viewed", f"client:link#{link.id}", link.engagement_id, version=v.number, sha256=v.sha256)


@router.get("/c/{token}")
def page(token: str, request: Request, db: Session = Depends(get_db)) -> Response:
    """確認ページ（本文・変更点・記述の確認・コメント・承認）。

    The common case (a valid link already opened, page unchanged since it was last rendered)
    is answered by :class:`ReviewPageFastPath` before this route; this route handles the rest
    and fills the cache.
    """
    link = resolve(db, token)
    if not _verified(request, link):
        if link.otp_hash is None:
            issue_otp(db, link, request.app.state.settings)
        return render(request, "client/otp.html", token=token)
    v = db.get(Version, link.version_id)
    if link.superseded_at is not None:  # a newer version was sent: this link shows only that
        return _superseded_page(request, db, link, v)
    _first_view(request, db, link, v)
    key = (id(request.app), link.id, _stamp(db, link.engagement_id), v.sha256)
    if "flash" in request.session or "withdraw_url" in request.session:  # personal: never cached
        parts = _split(_render_page(token, request, db, link, v).body.decode("utf-8"))
    else:
        parts = _cache.get(key)
        if parts is None:
            with _render_lock(key):  # many readers missing at once (cold start): one renders, the rest reuse
                parts = _cache.get(key)
                if parts is None:
                    parts = _cache.put(key, _render_page(token, request, db, link, v).body.decode("utf-8"))
    return Response(_page_response(parts, request.session), media_type="text/html; charset=utf-8")


def _render_page(token: str, request: Request, db: Session, link: Link, v: Version,
                 errors: dict[str, str] | None = None) -> HTMLResponse:
    eng = v.engagement
    base = db.get(Version, link.base_version_id) if link.base_version_id else None
    claims = claims_for(db, v.id)
    ds = decisions_for(db, v.id)
    adviser = db.get(Adviser, eng.adviser_id)
    st, approval = consent.state(db, link, v)
    disputed, unanswered = consent.blocking_claims(claims)
    return render(
        request, "client/review.html", csrf=CSRF_SLOT, token=token, kind_ja=KIND_JA, v=v, eng=eng, adviser_name=adviser.name if adviser else "",
        segments=segments(v.text, ((c.start, c.end, c) for c in claims)), claims=claims, base=base,
        diff=diff_html(base.text, v.text) if base else None,
        comments=comments_for(db, v.id), state=st, approval=approval,
        decision=ds[-1] if ds else None, disputed=disputed, unanswered=unanswered,
        claim_no={c.id: i + 1 for i, c in enumerate(claims)}, errors=errors or {},
        rendered=render_markdown(v.text, shift=2) if is_markdown(v.source_name, v.text) else None,
        consent=consent_statement(eng, v, adviser.name if adviser else "作成者"),
        withdraw_url=request.session.pop("withdraw_url", None))


#: What the client reads when the consent rules refuse a request (no codes, no field names).
REFUSALS = {
    "E810": "この版への同意は撤回されています。改めて公開する場合は、作成者から新しい版をお送りします。",
    "E812": "この版は承認済みのため、回答やコメントは変更できません。変更が必要な場合は、撤回用ページから同意を撤回してください。",
    "E813": "別の版の承認がすでに有効なため、この版は承認できません。",
    "E815": "承認の前に、記述の確認を済ませてください。",
}
STALE = "お読みいただいた後に本文が更新されました。最新の本文をご確認のうえ、もう一度お手続きください。"


def _superseded_page(request: Request, db: Session, link: Link, v: Version, status_code: int = 200) -> Response:
    newest = db.scalar(select(func.max(Version.number)).join(Link, Link.version_id == Version.id)
                       .where(Link.engagement_id == link.engagement_id))
    return render(request, "client/superseded.html", status_code=status_code, v=v, eng=v.engagement, newest=newest)


def _again(request: Request, db: Session, token: str, link: Link, v: Version, status_code: int,
           errors: dict[str, str]) -> Response:
    """The review page again, with the reasons shown beside what they concern."""
    if link.superseded_at is not None:
        return _superseded_page(request, db, link, v, 409)
    html = _render_page(token, request, db, link, v, errors).body.decode("utf-8")
    return Response(_page_response(_split(html), request.session), status_code=status_code,
                    media_type="text/html; charset=utf-8")


def _refused(request: Request, db: Session, token: str, link: Link, v: Version, exc: TokumeiError,
             where: str = "page") -> Response:
    return _again(request, db, token, link, v, 409, {where: REFUSALS.get(exc.code, REFUSALS["E812"])})


@router.post("/c/{token}/otp")
def otp(token: str, request: Request, code: str = Form(""), db: Session = Depends(get_db)) -> Response:
    """Check the one-time code (throttled like sign-in)."""
    link = resolve(db, token)
    throttle = request.app.state.throttle
    keys = (f"otp:{link.id}", f"ip:{client_ip(request)}")
    if throttle.locked(*keys):
        raise HTTPException(status_code=429)
    if not (link.otp_hash and check_password(link.otp_hash, code.strip())):
        throttle.fail(*keys)
        return render(request, "client/otp.html", status_code=401, token=token,
                      error="確認コードが正しくありません。メールに記載の6桁の数字を入力してください。")
    request.session["otp_ok"] = [*request.session.get("otp_ok", [])[-20:], link.id]
    return redirect(f"/c/{token}")


@router.post("/c/{token}/otp/resend")
def otp_resend(token: str, request: Request, db: Session = Depends(get_db)) -> Response:
    """確認コードを再送します。"""
    link = resolve(db, token)
    throttle = request.app.state.throttle
    if throttle.locked(f"resend:{link.id}"):  # no mail bombing through the resend button
        raise HTTPException(status_code=429)
    throttle.fail(f"resend:{link.id}")
    if link.email:
        issue_otp(db, link, request.app.state.settings)
    return redirect(f"/c/{token}", "確認コードを再送しました。", request)


def _open(request: Request, db: Session, token: str) -> tuple[Link, Version]:
    link = resolve(db, token)
    if not _verified(request, link):
        raise HTTPException(status_code=403)
    return link, db.get(Version, link.version_id)


@router.post("/c/{token}/comments")
def comment(token: str, request: Request, quote: str = Form(""), start: str = Form(""), end: str = Form(""),
            body: str = Form(""), db: Session = Depends(get_db)) -> Response:
    """Comment on a passage (selected in the browser, or typed) or on the whole text."""
    link, v = _open(request, db, token)
    try:
        consent.require_open(db, link, v)
    except TokumeiError as exc:
        return _refused(request, db, token, link, v, exc, "comment")
    if not body.strip() or len(body) > 2000:
        return _again(request, db, token, link, v, 400, {"comment": "コメントを 1〜2000 文字でご記入ください。"})
    quote = quote.strip()[:500]
    a = b = 0
    if quote:
        if start.isdigit() and end.isdigit() and v.text[int(start):int(end)] == quote:
            a, b = int(start), int(end)
        else:
            a = v.text.find(quote)
            if a < 0:
                return _again(request, db, token, link, v, 400,
                              {"comment": "「該当箇所」の文字列が本文に見つかりません。本文からそのまま写してください。"})
            b = a + len(quote)
    c = Comment(version_id=v.id, link_id=link.id, start=a, end=b, quote=quote, body=body.strip())
    db.add(c)
    db.commit()
    log(request, db, "commented", f"client:link#{link.id}", link.engagement_id, version=v.number, comment=c.id)
    return redirect(f"/c/{token}#comments", "コメントを送信しました。", request)


@router.post("/c/{token}/claims/{cid}")
def claim(token: str, cid: int, request: Request, answer: str = Form(""), note: str = Form(""),
          db: Session = Depends(get_db)) -> Response:
    """Confirm or dispute one claim of this version (ids outside the version: 404). Frozen once
    the version is approved, withdrawn or superseded."""
    link, v = _open(request, db, token)
    c = db.get(Claim, cid)
    if c is None or c.version_id != v.id:
        raise HTTPException(status_code=404)
    where = f"claim-{c.id}"
    try:
        consent.require_open(db, link, v)
    except TokumeiError as exc:
        return _refused(request, db, token, link, v, exc, where)
    if answer not in ("confirmed", "disputed"):
        return _again(request, db, token, link, v, 400, {where: "「事実です」か「事実と異なります」を選んでください。"})
    if answer == "disputed" and not note.strip():
        return _again(request, db, token, link, v, 400, {where: "どこが事実と異なるかをご記入ください。"})
    c.status, c.note, c.decided_at, c.carried_from = answer, note.strip()[:2000], utcnow(), None
    db.commit()
    log(request, db, "claim_confirmed" if answer == "confirmed" else "claim_disputed", f"client:link#{link.id}",
        link.engagement_id, version=v.number, claim=c.id)
    return redirect(f"/c/{token}#claim-{c.id}", "ご回答を記録しました。", request)


@router.post("/c/{token}/decision")
def decide(token: str, request: Request, action: str = Form(""), person_name: str = Form(""),
           consent_given: str = Form("", alias="consent"), message: str = Form(""), sha256: str = Form(""),
           db: Session = Depends(get_db)) -> Response:
    """Approve (bound to the SHA-256 of the text shown) or ask for changes."""
    link, v = _open(request, db, token)
    where = "decline" if action == "decline" else "approve"
    try:
        consent.require_open(db, link, v)
    except TokumeiError as exc:
        return _refused(request, db, token, link, v, exc, where)
    if sha256 != v.sha256:
        return _again(request, db, token, link, v, 409, {where: STALE})
    if not person_name.strip() or len(person_name) > 200:
        return _again(request, db, token, link, v, 400, {where: "ご担当者のお名前を 1〜200 文字でご記入ください。"})
    eng = v.engagement
    adviser = db.get(Adviser, eng.adviser_id)
    data: dict[str, Any] = {"version": v.number, "sha256": v.sha256}
    if action == "approve":
        disputed, unanswered = consent.blocking_claims(claims_for(db, v.id))
        if disputed or unanswered:
            errors = {f"claim-{c.id}": "事実と異なるとされた記述があるため、承認できません。" for c in disputed}
            errors.update({f"claim-{c.id}": "この記述へのご回答がまだです。" for c in unanswered})
            errors["approve"] = ("事実と異なるとされた記述があるため、この版は承認できません。「修正を依頼する」をお選びください。"
                                 if disputed else "すべての記述にご回答ください（回答のない記述に印を付けています）。")
            return _again(request, db, token, link, v, 400, errors)
        if consent_given != "yes":
            return _again(request, db, token, link, v, 400,
                          {"approve": "同意事項をお読みのうえ、「同意します」にチェックを入れてください。"})
        wtoken = new_token()
        name = adviser.name if adviser else "作成者"
        try:
            d = consent.approve(db, link, v, person_name=person_name.strip(), message=message.strip()[:2000],
                                consent_text=consent_statement(eng, v, name), withdraw_hash=token_hash(wtoken),
                                names={"title": eng.title or "事例紹介", "client_name": eng.client_name,
                                       "adviser_name": adviser.name if adviser else ""})
        except TokumeiError as exc:
            return _refused(request, db, token, link, v, exc, where)
        log(request, db, "approved", f"client:link#{link.id}", link.engagement_id, decision=d.id,
            snapshot=consent.snapshot_hash(d.snapshot), **data)
        request.session["withdraw_url"] = f"{request.app.state.settings.base_url.rstrip('/')}/w/{wtoken}"
        return redirect(f"/c/{token}", "ご承認ありがとうございました。", request)
    if action == "decline":
        if not message.strip():
            return _again(request, db, token, link, v, 400, {where: "修正してほしい点をご記入ください。"})
        d = Decision(version_id=v.id, link_id=link.id, kind="declined", sha256=v.sha256,
                     person_name=person_name.strip(), message=message.strip()[:2000])
        db.add(d)
        db.commit()
        log(request, db, "declined", f"client:link#{link.id}", link.engagement_id, decision=d.id, **data)
        return redirect(f"/c/{token}", "修正のご依頼を送信しました。", request)
    return _again(request, db, token, link, v, 400, {"approve": "承認するか、修正を依頼するかをお選びください。"})


def _withdraw(request: Request, db: Session, d: Decision, reason: str, actor: str) -> None:
    if consent.withdraw(db, d, reason):
        v = db.get(Version, d.version_id)
        log(request, db, "withdrawn", actor, v.engagement_id, decision=d.id, version=v.number, sha256=d.sha256)


@router.post("/c/{token}/withdraw")
def withdraw_via_link(token: str, request: Request, reason: str = Form(""), db: Session = Depends(get_db)) -> Response:
    """Withdraw this version's approval through the review link."""
    link, v = _open(request, db, token)
    st, d = consent.state(db, link, v)
    if st == consent.SUPERSEDED:
        return _superseded_page(request, db, link, v, 409)
    if d is None:
        raise HTTPException(status_code=404)
    _withdraw(request, db, d, reason, f"client:link#{link.id}")
    return redirect(f"/c/{token}", "同意を撤回しました。公開は停止されます。", request)


def _by_wtoken(db: Session, wtoken: str) -> Decision:
    if not wtoken or len(wtoken) > 100:  # checked before hashing and querying, as in resolve()
        raise HTTPException(status_code=404)
    d = db.scalar(select(Decision).where(Decision.withdraw_token_hash == token_hash(wtoken)))
    if d is None:
        raise HTTPException(status_code=404)
    return d


@router.get("/w/{wtoken}")
def withdraw_page(wtoken: str, request: Request, db: Session = Depends(get_db)) -> Response:
    """同意撤回ページ（承認時にお渡しする URL。期限はありません）。"""
    d = _by_wtoken(db, wtoken)
    v = db.get(Version, d.version_id)
    return render(request, "client/withdraw.html", d=d, v=v, eng=v.engagement, wtoken=wtoken)


@router.post("/w/{wtoken}")
def withdraw(wtoken: str, request: Request, reason: str = Form(""), db: Session = Depends(get_db)) -> Response:
    """Withdraw consent; the adviser's page shows it at once."""
    d = _by_wtoken(db, wtoken)
    _withdraw(request, db, d, reason, f"client:link#{d.link_id}")
    return redirect(f"/w/{wtoken}", "同意を撤回しました。公開は停止されます。", request)
