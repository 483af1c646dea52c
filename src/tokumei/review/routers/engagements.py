"""Engagements: list, create, settings (names to hide, allow-list, policy, consent terms).

例: ``POST /engagements`` with ``client_name=株式会社やまだ陶苑`` ``people=山田太郎\\n鈴木一郎``
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tokumei.errors import TokumeiError
from tokumei.review import status
from tokumei.review.models import Adviser, Engagement
from tokumei.review.web import check_csrf, current_adviser, get_db, log, own_engagement, redirect, render

router = APIRouter(dependencies=[Depends(check_csrf)])

POLICIES = ("publication", "internal", "redact", "mask")
POLICY_JA = {"publication": "公開用（仮名化）", "internal": "社内用", "redact": "黒塗り", "mask": "一部伏せ字"}


def lines(value: str, field: str, limit: int = 200) -> list[str]:
    """One entry per line, blanks dropped. 例: ``lines("山田太郎\\n\\n鈴木", "people")`` → 2 件"""
    out = [x.strip() for x in value.replace("\r", "").split("\n") if x.strip()]
    if len(out) > limit or any(len(x) > 200 for x in out):
        raise TokumeiError("E800", field=field, why=f"{limit} 行・各 200 文字までです")
    return out


def _fill(eng: Engagement, client_name: str, title: str, contacts: str, people: str, organizations: str,
          allow: str, policy: str, publish_where: str, publish_period: str) -> None:
    if not client_name.strip() or len(client_name) > 200:
        raise TokumeiError("E800", field="client_name（事業者名）", why="1〜200 文字で入力してください")
    if policy not in POLICIES:
        raise TokumeiError("E800", field="policy（ポリシー）", why="一覧から選んでください")
    eng.client_name = client_name.strip()
    eng.title = title.strip()[:300]
    eng.contacts = lines(contacts, "contacts（連絡先）", 20)
    eng.people = lines(people, "people（必ず隠す人名）")
    eng.organizations = lines(organizations, "organizations（必ず隠す組織名）")
    eng.allow = lines(allow, "allow（隠さない語）")
    eng.policy = policy
    eng.publish_where = publish_where.strip()[:300]
    eng.publish_period = publish_period.strip()[:200]


@router.get("/")
def index(request: Request, adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """案件一覧。"""
    engs = db.scalars(select(Engagement).where(Engagement.adviser_id == adviser.id).order_by(Engagement.id)).all()
    return render(request, "engagements/list.html", adviser=adviser, engagements=engs,
                  states={e.id: status.summary(db, e) for e in engs})


@router.get("/engagements/new")
def new_form(request: Request, adviser: Adviser = Depends(current_adviser)) -> Response:
    """新しい案件の入力画面。"""
    return render(request, "engagements/form.html", adviser=adviser, eng=None, policies=POLICY_JA)


@router.post("/engagements")
def create(request: Request, client_name: str = Form(""), title: str = Form(""), contacts: str = Form(""),
           people: str = Form(""), organizations: str = Form(""), allow: str = Form(""),
           policy: str = Form("publication"), publish_where: str = Form(""), publish_period: str = Form(""),
           adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Create an engagement and log ``created``."""
    eng = Engagement(adviser_id=adviser.id)
    _fill(eng, client_name, title, contacts, people, organizations, allow, policy, publish_where, publish_period)
    db.add(eng)
    db.commit()
    log(request, db, "created", f"adviser:{adviser.id}", eng.id)
    return redirect(f"/engagements/{eng.id}", "案件を作成しました。", request)


@router.get("/engagements/{eid}")
def detail(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """案件の詳細: 版・送付リンク・お客様の回答。"""
    eng = own_engagement(db, adviser, eid)
    return render(request, "engagements/detail.html", adviser=adviser, eng=eng, policies=POLICY_JA,
                  st=status.detail(db, eng), new_link=request.session.pop("new_link", None))


@router.get("/engagements/{eid}/status")
def status_fragment(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                    db: Session = Depends(get_db)) -> Response:
    """htmx が数秒ごとに読み込む「お客様の回答」欄（撤回がすぐに見えるように）。"""
    eng = own_engagement(db, adviser, eid)
    return render(request, "engagements/_status.html", eng=eng, st=status.detail(db, eng))


@router.get("/engagements/{eid}/edit")
def edit_form(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
              db: Session = Depends(get_db)) -> Response:
    """案件設定の編集画面。"""
    eng = own_engagement(db, adviser, eid)
    return render(request, "engagements/form.html", adviser=adviser, eng=eng, policies=POLICY_JA)


@router.post("/engagements/{eid}/edit")
def update(eid: int, request: Request, lock_version: int = Form(0), client_name: str = Form(""),
           title: str = Form(""), contacts: str = Form(""), people: str = Form(""), organizations: str = Form(""),
           allow: str = Form(""), policy: str = Form("publication"), publish_where: str = Form(""),
           publish_period: str = Form(""), adviser: Adviser = Depends(current_adviser),
           db: Session = Depends(get_db)) -> Response:
    """Save settings; a stale ``lock_version`` (someone saved first) is refused with E803."""
    eng = own_engagement(db, adviser, eid)
    if lock_version != eng.lock_version:
        raise TokumeiError("E803", field="案件の設定")
    _fill(eng, client_name, title, contacts, people, organizations, allow, policy, publish_where, publish_period)
    try:
        db.commit()
    except StaleDataError:
        db.rollback()
        raise TokumeiError("E803", field="案件の設定") from None
    log(request, db, "edited", f"adviser:{adviser.id}", eng.id, what="settings")
    return redirect(f"/engagements/{eid}", "案件の設定を保存しました。", request)
