"""Versions: upload a draft and anonymize it (version N), review each detection (accept, reject,
edit the pseudonym, mark missed text), send version N to the client, revoke a link.
Every edit checks ``lock_version`` so two people editing at once never overwrite each other.

例: ``POST /engagements/1/versions`` (``draft``=事例.md) → ``/versions/3``
"""
from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tokumei.errors import TokumeiError
from tokumei.review import consent, mail
from tokumei.review.anon import anonymize_draft, apply_items, find_all, label_ja, marked_segments
from tokumei.review.carry import carry_decisions
from tokumei.review.claims import extract_claims
from tokumei.review.models import Adviser, Claim, Engagement, Link, Version, utcnow
from tokumei.review.security import hash_password, new_otp, new_token, token_hash
from tokumei.review.status import approved_version, claims_for, sha256_text
from tokumei.review.web import check_csrf, current_adviser, get_db, log, own_engagement, redirect, render
from tokumei.span import LABELS

router = APIRouter(dependencies=[Depends(check_csrf)])

SUFFIXES = (".txt", ".md", ".docx")
MANUAL_LABELS = (*LABELS, "OTHER")


def read_upload(name: str, data: bytes, limit: int) -> str:
    """Decode an uploaded draft; refuse oversized (E801) and non-document (E802) files.

    例: ``read_upload("事例.md", "本文".encode(), 1024) == "本文"``
    """
    if len(data) > limit:
        raise TokumeiError("E801", field="draft（下書きファイル）", limit=f"{limit // 1024 // 1024} MB")
    suffix = Path(name or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise TokumeiError("E802", field="draft（下書きファイル）")
    if suffix == ".docx":
        if not data.startswith(b"PK"):
            raise TokumeiError("E802", field="draft（下書きファイル）")
        from tokumei.formats import read_document

        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "draft.docx"
            p.write_bytes(data)
            try:
                doc = read_document(p)
            except Exception:
                raise TokumeiError("E802", field="draft（下書きファイル）") from None
        return "\n\n".join(u.text for u in doc.units)
    from tokumei.formats.text import decode_bytes

    try:
        text = decode_bytes(data, "draft")
    except TokumeiError:
        raise TokumeiError("E802", field="draft（下書きファイル・文字として読めません）") from None
    return text.replace("\r\n", "\n")


def own_version(db: Session, adviser: Adviser, vid: int) -> Version:
    v = db.get(Version, vid)
    if v is None:
        raise HTTPException(status_code=404)
    own_engagement(db, adviser, v.engagement_id)
    return v


def refresh_claims(db: Session, v: Version, answers_from: list[Claim] | None = None) -> None:
    """Re-extract the claim sentences of the version's current text. An answer given to the
    same sentence (in ``answers_from``: the previous version's claims, or this version's before
    an edit) is kept, with the version number it was given on."""
    number = {c.version_id: None for c in answers_from or []}
    for vid in number:
        number[vid] = db.get(Version, vid).number
    answers = {c.sentence: c for c in answers_from or [] if c.status}
    db.execute(delete(Claim).where(Claim.version_id == v.id))
    for c in extract_claims(v.text):
        old = answers.get(c.sentence)
        kept = {} if old is None else {
            "status": old.status, "note": old.note, "decided_at": old.decided_at,
            "carried_from": old.carried_from if old.version_id == v.id else number[old.version_id]}
        db.add(Claim(version_id=v.id, start=c.start, end=c.end, sentence=c.sentence, kinds=list(c.kinds),
                     **{"note": "", **kept}))


def add_version(db: Session, eng: Engagement, source: str, body: str) -> Version:
    """Anonymize ``body`` with the engagement's settings into its next version, with the
    adviser's decisions on the previous version carried over (:mod:`tokumei.review.carry`) and
    the answers to unchanged claim sentences kept (flushed, not committed).
    例: ``v = add_version(db, eng, "事例.md", "山田太郎です。")``"""
    items, risks = anonymize_draft(body, policy=eng.policy, people=eng.people,
                                   organizations=eng.organizations, allow=eng.allow)
    prev = db.scalar(select(Version).where(Version.engagement_id == eng.id).order_by(Version.number.desc()).limit(1))
    number = (prev.number if prev else 0) + 1
    if prev is not None:
        items = carry_decisions(prev.items, prev.number, body, items)
    out = apply_items(body, items)
    v = Version(engagement_id=eng.id, number=number, source_name=source, original=body, items=items,
                risks=risks, text=out, sha256=sha256_text(out))
    db.add(v)
    db.flush()
    refresh_claims(db, v, claims_for(db, prev.id) if prev is not None else None)
    return v


@router.post("/engagements/{eid}/versions")
async def create_version(eid: int, request: Request, draft: UploadFile | None = File(None),
                         text: str = Form(""), adviser: Adviser = Depends(current_adviser),
                         db: Session = Depends(get_db)) -> Response:
    """Anonymize an uploaded draft (or pasted text) into the next version."""
    eng = own_engagement(db, adviser, eid)
    limit = request.app.state.settings.max_upload_bytes
    if draft is not None and draft.filename:
        data = await draft.read(limit + 1)
        source, body = draft.filename[:300], read_upload(draft.filename, data, limit)
    else:
        if len(text.encode("utf-8")) > limit:
            raise TokumeiError("E801", field="text（本文）", limit=f"{limit // 1024 // 1024} MB")
        source, body = "貼り付け", text.replace("\r\n", "\n")
    if not body.strip():
        raise TokumeiError("E800", field="draft（下書き）", why="空です。ファイルを選ぶか本文を貼り付けてください")
    v = add_version(db, eng, source, body)
    db.commit()
    log(request, db, "anonymized", f"adviser:{adviser.id}", eng.id, version=v.number, sha256=v.sha256,
        replacements=len(v.items), risks=len(v.risks))
    return redirect(f"/versions/{v.id}", f"第{v.number}版を作成しました。検出結果を確認してください。", request)


@router.get("/versions/{vid}")
def review(vid: int, request: Request, adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """検出結果の確認画面（ラベル・理由つきの強調表示、採否、仮名の編集、見落としの追加）。"""
    v = own_version(db, adviser, vid)
    ok = approved_version(db, v.engagement)
    return render(request, "versions/review.html", adviser=adviser, v=v, eng=v.engagement,
                  segments=marked_segments(v.original, v.items), labels=MANUAL_LABELS,
                  approved=ok is not None and ok[0].id == v.id,
                  claims=claims_for(db, v.id))


def _save(request: Request, db: Session, adviser: Adviser, v: Version, lock_version: int,
          items: list[dict[str, Any]], what: str) -> Response:
    if lock_version != v.lock_version:
        raise TokumeiError("E803", field=f"第{v.number}版の検出結果")
    old_sha = v.sha256
    v.items = items
    v.text = apply_items(v.original, items)
    v.sha256 = sha256_text(v.text)
    v.updated_at = utcnow()
    was_approved = False
    if v.sha256 != old_sha:
        was_approved = consent.end_on_edit(db, v)  # the approval was bound to the old text
        refresh_claims(db, v, claims_for(db, v.id))
    try:
        db.commit()
    except StaleDataError:
        db.rollback()
        raise TokumeiError("E803", field=f"第{v.number}版の検出結果") from None
    log(request, db, "edited", f"adviser:{adviser.id}", v.engagement_id, version=v.number, what=what,
        old_sha256=old_sha, sha256=v.sha256, approval_voided=was_approved)
    msg = "変更を保存しました。"
    if was_approved:
        msg += "本文が変わったため、この版の承認は無効になりました。"
    return redirect(f"/versions/{v.id}", msg, request)


@router.post("/versions/{vid}/items/{iid}")
def edit_item(vid: int, iid: int, request: Request, action: str = Form(""), replacement: str = Form(""),
              lock_version: int = Form(0), adviser: Adviser = Depends(current_adviser),
              db: Session = Depends(get_db)) -> Response:
    """Accept, reject, or rename (edit the pseudonym of) one detection."""
    v = own_version(db, adviser, vid)
    items = [dict(i) for i in v.items]
    item = next((i for i in items if i["id"] == iid), None)
    if item is None:
        raise HTTPException(status_code=404)
    if action == "accept":
        item["accepted"] = True
    elif action == "reject":
        item["accepted"] = False
    elif action == "rename":
        if not replacement.strip() or len(replacement) > 100:
            raise TokumeiError("E800", field="replacement（置き換える語）", why="1〜100 文字で入力してください")
        for other in items:  # the same original gets the same pseudonym everywhere
            if other["original"] == item["original"] and other["label"] == item["label"]:
                other["replacement"], other["renamed"] = replacement.strip(), True  # carried into later versions
    else:
        raise TokumeiError("E800", field="action", why="accept / reject / rename のいずれかです")
    return _save(request, db, adviser, v, lock_version, items, f"item:{action}")


@router.post("/versions/{vid}/mark")
def mark(vid: int, request: Request, selected: str = Form(""), start: str = Form(""), end: str = Form(""),
         label: str = Form("OTHER"), replacement: str = Form(""), lock_version: int = Form(0),
         adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Hide text the detector missed: the selected range (from the browser) or, without
    JavaScript, every occurrence of the typed text."""
    v = own_version(db, adviser, vid)
    if not selected.strip() or len(selected) > 200:
        raise TokumeiError("E800", field="selected（隠す文字列）", why="1〜200 文字で入力してください")
    if label not in MANUAL_LABELS:
        raise TokumeiError("E800", field="label（種類）", why="一覧から選んでください")
    ranges: list[tuple[int, int]] = []
    if start.isdigit() and end.isdigit() and v.original[int(start):int(end)] == selected:
        ranges = [(int(start), int(end))]
    else:
        ranges = find_all(v.original, selected)
    if not ranges:
        raise TokumeiError("E800", field="selected（隠す文字列）", why="元の文章に見つかりません")
    rep = replacement.strip()[:100] or f"〔{label_ja(label)}〕"
    items = [dict(i) for i in v.items]
    next_id = max((i["id"] for i in items), default=0) + 1
    for a, b in ranges:
        items = [i for i in items if not (i["start"] < b and a < i["end"])]  # the manual mark wins
        items.append({"id": next_id, "start": a, "end": b, "label": label, "original": v.original[a:b],
                      "replacement": rep, "reason": "確認者が手動で指定", "rule": "manual", "accepted": True,
                      "manual": True})
        next_id += 1
    return _save(request, db, adviser, v, lock_version, items, "mark")


@router.post("/versions/{vid}/send")
def send(vid: int, request: Request, email: str = Form(""), days: int = Form(14),
         adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Create a private link for this version (shown once); with an e-mail address the client
    must also enter a one-time code sent by e-mail."""
    v = own_version(db, adviser, vid)
    settings = request.app.state.settings
    email = email.strip()
    if email and ("@" not in email or len(email) > 254 or "\n" in email):
        raise TokumeiError("E800", field="email（メールアドレス）", why="形式が正しくありません")
    if email and not settings.smtp_host:
        raise TokumeiError("E800", field="email（メールアドレス）", why="SMTP が設定されていないため確認コードを送れません")
    if not 1 <= days <= 90:
        raise TokumeiError("E800", field="days（有効日数）", why="1〜90 日で指定してください")
    superseded = consent.supersede_older(db, v)  # E814 if a newer version was sent
    token = new_token()
    link = Link(engagement_id=v.engagement_id, version_id=v.id, token_hash=token_hash(token),
                email=email or None, expires_at=utcnow() + timedelta(days=days))
    db.add(link)
    db.flush()
    url = f"{settings.base_url.rstrip('/')}/c/{token}"
    if email:  # SMTP is configured (checked above): the link goes by e-mail too; on failure nothing is kept
        try:
            mail.send_link(settings, email, url, title=v.engagement.title or "事例紹介", adviser_name=adviser.name,
                           version=v.number, days=days)
        except TokumeiError:
            db.rollback()
            raise
    db.commit()
    log(request, db, "sent", f"adviser:{adviser.id}", v.engagement_id, version=v.number, link=link.id,
        sha256=v.sha256, otp=bool(email), mailed=bool(email), days=days, superseded_links=superseded)
    request.session["new_link"] = url
    done = f"第{v.number}版の確認用リンクを作成し、メールでお送りしました。" if email else f"第{v.number}版の確認用リンクを作成しました。"
    return redirect(f"/engagements/{v.engagement_id}", done, request)


@router.post("/links/{lid}/revoke")
def revoke(lid: int, request: Request, adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """Revoke a link at once."""
    link = db.get(Link, lid)
    if link is None:
        raise HTTPException(status_code=404)
    own_engagement(db, adviser, link.engagement_id)
    if link.revoked_at is None:
        link.revoked_at = utcnow()
        db.commit()
        log(request, db, "revoked", f"adviser:{adviser.id}", link.engagement_id, link=link.id)
    return redirect(f"/engagements/{link.engagement_id}", "リンクを無効にしました。", request)


def issue_otp(db: Session, link: Link, settings: Any) -> None:
    """Create a one-time code for the link, store its argon2 hash and e-mail it."""
    code = new_otp()
    link.otp_hash = hash_password(code)
    db.commit()
    mail.send_code(settings, link.email or "", code)
