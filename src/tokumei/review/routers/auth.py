"""Sign in and out (advisers). Failed sign-ins are throttled per e-mail address and per IP.

例: ``POST /login`` with ``email``, ``password``, ``csrf_token``
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.review.models import Adviser
from tokumei.review.security import DUMMY_HASH, check_password
from tokumei.review.web import check_csrf, client_ip, get_db, log, redirect, render

router = APIRouter(dependencies=[Depends(check_csrf)])


@router.get("/login")
def login_form(request: Request) -> Response:
    """ログイン画面。"""
    return render(request, "auth/login.html")


@router.post("/login")
def login(request: Request, email: str = Form(""), password: str = Form(""),
          db: Session = Depends(get_db)) -> Response:
    """Check the password (argon2id); 429 while throttled, 401 with a message when wrong."""
    throttle = request.app.state.throttle
    keys = (f"email:{email.strip().lower()}", f"ip:{client_ip(request)}")
    if throttle.locked(*keys):
        return render(request, "auth/login.html", status_code=429, email=email,
                      error="ログインの失敗が続いたため、しばらくログインできません。15分ほどおいてからお試しください。")
    adviser = db.scalar(select(Adviser).where(Adviser.email == email.strip().lower()))
    ok = check_password(adviser.password_hash if adviser else DUMMY_HASH, password)
    if not (adviser and ok):
        throttle.fail(*keys)
        return render(request, "auth/login.html", status_code=401, email=email,
                      error="メールアドレスまたはパスワードが正しくありません。")
    throttle.reset(keys[0])
    request.session.clear()  # new session on sign-in (no fixation)
    request.session["adviser_id"] = adviser.id
    log(request, db, "login", f"adviser:{adviser.id}", None)
    return redirect("/")


@router.post("/logout")
def logout(request: Request) -> Response:
    """ログアウトします。"""
    request.session.clear()
    return redirect("/login", "ログアウトしました。", request)
