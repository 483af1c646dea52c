"""The organiser's pages (behind the adviser login): rosters, import, counts, personal links and
reminders, editions, numbered copies with the distribution log, a member's history and the
disclosure documents.

例: ``GET /rosters/1`` → 回答の件数・版・配布記録
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.formats.csvio import csv_bytes_for_excel
from tokumei.review.models import Adviser
from tokumei.review.web import check_csrf, current_adviser, get_db, redirect
from tokumei.roster import disclosure as disc
from tokumei.roster import editions as eds
from tokumei.roster import service as svc
from tokumei.roster.importer import plan_import
from tokumei.roster.mail import send_links
from tokumei.roster.models import Roster
from tokumei.roster.web import HERE, own_member, own_roster, page, who

router = APIRouter(dependencies=[Depends(check_csrf)])
IMPORT_LIMIT = 5 * 1024 * 1024


def _actor(adviser: Adviser) -> str:
    return f"adviser:{adviser.id}"


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f"attachment; filename=\"roster\"; filename*=UTF-8''{quote(name)}"}


@router.get("/roster/static/roster.css")
def css() -> Response:
    return FileResponse(HERE / "static" / "roster.css", media_type="text/css")


@router.get("/rosters")
def index(request: Request, adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """名簿の一覧。"""
    rs = db.scalars(select(Roster).where(Roster.adviser_id == adviser.id).order_by(Roster.id)).all()
    return page(request, "roster/list.html", adviser=adviser, rosters=rs)


@router.get("/rosters/new")
def new_form(request: Request, adviser: Adviser = Depends(current_adviser)) -> Response:
    """新しい名簿の入力画面。"""
    return page(request, "roster/form.html", adviser=adviser)


@router.post("/rosters")
def create(request: Request, name: str = Form(""), purpose: str = Form(""), audiences: str = Form("会員全員\n役員のみ"),
           fields: list[str] = Form([]), retention: str = Form(""), adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """Create a roster (logs ``roster_created``)."""
    r = svc.create_roster(db, adviser.id, name, purpose, audiences.replace("\r", "").split("\n"), fields, retention,
                          who(request, _actor(adviser)))
    return redirect(f"/rosters/{r.id}", "名簿を作成しました。次に、今の名簿を取り込んでください。", request)


@router.get("/rosters/{rid}")
def detail(rid: int, request: Request, adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """名簿の状況（件数だけ）・取り込み・リンク・版・配布記録。"""
    r = own_roster(db, adviser, rid)
    eds_ = eds.editions(db, r)
    current = {m.id: (m.data, m.choices) for m in svc.members(db, r)}
    return page(request, "roster/detail.html", adviser=adviser, r=r, c=svc.counts(db, r), editions=eds_,
                copies={e.id: eds.copies(db, e) for e in eds_}, orders=eds.ORDERS,
                narrowed={e.id: eds.narrowed_since(db, r, e, current) for e in eds_},
                smtp=bool(request.app.state.settings.smtp_host),
                plan=request.session.pop("roster_plan", None))


@router.post("/rosters/{rid}/import")
async def import_file(rid: int, request: Request, file: UploadFile | None = File(None), dry_run: str = Form(""),
                      adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Import an .xlsx / .csv: columns recognised, risky ones refused (shown with the reason)."""
    r = own_roster(db, adviser, rid)
    if file is None or not file.filename:
        raise TokumeiError("E870", field="file（名簿ファイル）", why="ファイルを選んでください")
    data = await file.read(IMPORT_LIMIT + 1)
    if len(data) > IMPORT_LIMIT:
        raise TokumeiError("E801", field="file（名簿ファイル）", limit="5 MB")
    name = Path(file.filename).name[:200]
    plan = await run_in_threadpool(plan_import, Path(name), r.fields, None, data)
    added = 0 if dry_run else len(await run_in_threadpool(svc.import_plan, db, r, plan, who(request, _actor(adviser))))
    request.session["roster_plan"] = {
        "file": name, "rows": len(plan.rows), "added": added, "dry_run": bool(dry_run), "skipped": plan.skipped_lines()[:50],
        "columns": [{"header": c.header, "field": c.field, "category": c.category_ja, "risk": c.risk, "note": c.note,
                     "confidence": c.confidence} for c in plan.columns]}
    msg = "列の判定だけを行いました（取り込んでいません）。" if dry_run else f"{added} 名を取り込みました。まだ誰も名簿に載りません。"
    return redirect(f"/rosters/{rid}#import-result", msg, request)


def _links_csv(request: Request, pairs: list, name: str) -> Response:
    base = request.app.state.settings.base_url.rstrip("/")
    data = csv_bytes_for_excel(["会員番号", "氏名", "メール", "個人用リンク"],
                               [[m.id, m.data.get("name", ""), m.data.get("email", ""), f"{base}/m/{t}"] for m, t in pairs])
    return Response(data, media_type="text/csv; charset=utf-8", headers=_attachment(name))


def _send(request: Request, db: Session, adviser: Adviser, r: Roster, targets: list, days: int, reminder: bool,
          by_mail: str) -> Response:
    """Issue links for ``targets``: by e-mail (only those with an address) or as a CSV shown once."""
    settings = request.app.state.settings
    kind = "roster_reminded" if reminder else "roster_links_issued"
    if by_mail and settings.smtp_host:
        with_mail = [m for m in targets if m.data.get("email")]
        pairs = svc.issue_links(db, r, with_mail, days, who(request, _actor(adviser)), kind=kind)
        n = send_links(settings, r, pairs, reminder=reminder)
        svc.log(db, who(request, _actor(adviser)), "roster_mailed", r.id, count=n, reminder=reminder)
        rest = len(targets) - len(with_mail)
        return redirect(f"/rosters/{r.id}#h-links", f"{n} 名にメールでお送りしました。"
                        + (f"メールアドレスのない {rest} 名には、CSV のリンクをお渡しください。" if rest else ""), request)
    pairs = svc.issue_links(db, r, targets, days, who(request, _actor(adviser)), kind=kind)
    return _links_csv(request, pairs, f"{'お願いの再送' if reminder else '個人用リンク'}_{r.id}.csv")


@router.post("/rosters/{rid}/links")
def links(rid: int, request: Request, days: int = Form(30), by_mail: str = Form(""),
          adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """New personal links for every member: a CSV for mail merge (shown only this once) or e-mail."""
    r = own_roster(db, adviser, rid)
    return _send(request, db, adviser, r, svc.members(db, r), days, False, by_mail)


@router.post("/rosters/{rid}/remind")
def remind(rid: int, request: Request, days: int = Form(14), by_mail: str = Form(""),
           adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """New links for the members who have not answered (the page shows only their number)."""
    r = own_roster(db, adviser, rid)
    pending = [m for m in svc.members(db, r) if m.answered_at is None]
    return _send(request, db, adviser, r, pending, days, True, by_mail)


@router.post("/rosters/{rid}/editions")
def publish(rid: int, request: Request, audience: str = Form(""), order: str = Form("kana"),
            adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Make the next edition for one audience from today's consent state."""
    r = own_roster(db, adviser, rid)
    ed = eds.publish(db, r, audience, order, who(request, _actor(adviser)))
    return redirect(f"/rosters/{rid}#edition-{ed.number}", f"第{ed.number}版を作りました（{len(ed.rows)} 名）。", request)


@router.post("/rosters/{rid}/editions/{eid}/copies")
def copy(rid: int, eid: int, request: Request, recipient: str = Form(""), fmt: str = Form("pdf"),
         adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """One numbered copy for one recipient (recorded in the distribution log), as a download."""
    r = own_roster(db, adviser, rid)
    try:
        ed = eds.get_edition(db, r, eid)
    except TokumeiError:
        raise HTTPException(status_code=404) from None
    c, data = eds.make_copy(db, r, ed, recipient, fmt, who(request, _actor(adviser)))
    media = "application/pdf" if fmt == "pdf" else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(data, media_type=media, headers=_attachment(f"名簿_第{ed.number}版_No{c.copy_no:03d}.{fmt}"))


@router.get("/rosters/{rid}/members")
def member_list(rid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                db: Session = Depends(get_db)) -> Response:
    """会員の一覧（氏名だけ。回答したかどうかは表示しません）。"""
    r = own_roster(db, adviser, rid)
    return page(request, "roster/members.html", adviser=adviser, r=r, members=svc.members(db, r))


@router.get("/rosters/{rid}/members/{mid}")
def member_detail(rid: int, mid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                  db: Session = Depends(get_db)) -> Response:
    """ある会員の情報を載せた版・受け取った方・回収期限と、開示用の書類。"""
    r = own_roster(db, adviser, rid)
    m = own_member(db, r, mid)
    return page(request, "roster/member.html", adviser=adviser, r=r, m=m, history=disc.history(db, r, m))


@router.post("/rosters/{rid}/members/{mid}/revoke")
def revoke(rid: int, mid: int, request: Request, adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """この会員の個人用リンクを無効にします。"""
    r = own_roster(db, adviser, rid)
    n = svc.revoke_links(db, r, own_member(db, r, mid), who(request, _actor(adviser)))
    return redirect(f"/rosters/{rid}/members/{mid}", f"{n} 件のリンクを無効にしました。", request)


@router.get("/rosters/{rid}/members/{mid}/disclosure.json")
def disclosure_json(rid: int, mid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                    db: Session = Depends(get_db)) -> Response:
    """開示請求への回答（JSON）。"""
    r = own_roster(db, adviser, rid)
    m = own_member(db, r, mid)
    rep = disc.disclosure(db, r, m)
    svc.log(db, who(request, _actor(adviser)), "roster_disclosed", r.id, member=m.id, editions=len(rep["editions"]))
    return Response(json.dumps(rep, ensure_ascii=False, indent=2), media_type="application/json",
                    headers=_attachment(f"開示_会員{m.id}.json"))


@router.get("/rosters/{rid}/members/{mid}/disclosure.pdf")
def disclosure_pdf(rid: int, mid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                   db: Session = Depends(get_db)) -> Response:
    """開示請求への回答（PDF・日本語フォント埋め込み）。"""
    import tempfile

    r = own_roster(db, adviser, rid)
    m = own_member(db, r, mid)
    with tempfile.TemporaryDirectory() as d:
        paths = disc.write_disclosure(db, r, m, Path(d), who(request, _actor(adviser)))
        data = paths[1].read_bytes()
    return Response(data, media_type="application/pdf", headers=_attachment(f"開示_会員{m.id}.pdf"))


#: roster event kinds in Japanese (the review area's KINDS_JA covers its own)
KINDS_JA = {"roster_created": "名簿の作成", "roster_imported": "取り込み", "roster_links_issued": "個人用リンクの発行",
            "roster_reminded": "再送のリンク発行", "roster_mailed": "メール送信", "roster_link_revoked": "リンクの無効化",
            "roster_viewed": "会員の閲覧", "roster_answered": "回答", "roster_corrected": "訂正", "roster_withdrawn": "撤回",
            "roster_edition": "版の作成", "roster_copy": "写しの配布", "roster_disclosed": "開示"}


@router.get("/rosters/{rid}/audit")
def audit_log(rid: int, request: Request, adviser: Adviser = Depends(current_adviser),
              db: Session = Depends(get_db)) -> Response:
    """この名簿の監査ログ（ID・件数・ハッシュだけ）と、チェーン全体の検証結果。"""
    from tokumei.review import audit
    from tokumei.review.models import Event
    from tokumei.review.names import actor_ja, adviser_ids

    r = own_roster(db, adviser, rid)
    request.app.state.audit_bg.flush()
    rows = []
    for e in db.scalars(select(Event).where(Event.engagement_id.is_(None), Event.kind.like("roster_%")).order_by(Event.seq)):
        data = json.loads(e.data or "{}")
        if data.get("roster") == r.id:
            rows.append((e, {k: v for k, v in data.items() if k != "roster"}))
    count, head, problems = audit.verify(db)
    ids = adviser_ids([e.actor for e, _ in rows])  # who did it, in words (not "adviser:1")
    names = dict(db.execute(select(Adviser.id, Adviser.name).where(Adviser.id.in_(ids))).all()) if ids else {}
    actors = {e.actor: actor_ja(e.actor, names) for e, _ in rows}
    return page(request, "roster/audit.html", adviser=adviser, r=r, events=rows, kinds=KINDS_JA, count=count,
                head=head, problems=problems, actors=actors)
