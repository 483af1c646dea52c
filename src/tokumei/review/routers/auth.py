"""Sign in and out (advisers), and change the password. Failed sign-ins are throttled per
account (e-mail address) and, with a higher limit, per IP address; every 429 says when to retry
(``Retry-After``). Sessions are kept on the server (:mod:`tokumei.review.sessions`): logout ends
this browser's session, a password change ends all of the adviser's sessions.

例: ``POST /login`` with ``email``, ``password``, ``csrf_token``
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.review import sessions
from tokumei.review.models import Adviser
from tokumei.review.security import DUMMY_HASH, check_password, hash_password, wait_ja
from tokumei.review.web import check_csrf, client_ip, current_adviser, get_db, log, redirect, render

router = APIRouter(dependencies=[Depends(check_csrf)])

MIN_PASSWORD = 10


def _locked(request: Request, email: str, status: int, wait: int, **ctx) -> Response:
    r = render(request, "auth/login.html", status_code=status, email=email, retry_after=wait,
               error=f"ログインの失敗が続いたため、しばらくログインできません。{wait_ja(wait)}ほどおいてからお試しください。", **ctx)
    r.headers["Retry-After"] = str(wait)
    return r


@router.get("/login")
def login_form(request: Request) -> Response:
    """ログイン画面。"""
    return render(request, "auth/login.html")


@router.post("/login")
def login(request: Request, email: str = Form(""), password: str = Form(""),
          db: Session = Depends(get_db)) -> Response:
    """Check the password (argon2id); 429 + Retry-After while the account or the IP is
    throttled, 401 with a message when wrong."""
    throttle = request.app.state.throttle
    settings = request.app.state.settings
    account, ip = f"email:{email.strip().lower()}", f"ip:{client_ip(request)}"
    limits = {account: settings.login_max_failures, ip: settings.login_ip_max_failures}
    wait = throttle.retry_after(limits)
    if wait:
        return _locked(request, email, 429, wait)
    adviser = db.scalar(select(Adviser).where(Adviser.email == email.strip().lower()))
    ok = check_password(adviser.password_hash if adviser else DUMMY_HASH, password)
    if not (adviser and ok):
        throttle.fail(account, ip)
        return render(request, "auth/login.html", status_code=401, email=email,
                      error="メールアドレスまたはパスワードが正しくありません。")
    throttle.reset(account)
    request.session.clear()  # new session on sign-in (no fixation)
    request.session["sid"] = sessions.start(db, adviser.id)
    request.session["adviser_id"] = adviser.id
    log(request, db, "login", f"adviser:{adviser.id}", None)
    return redirect("/")


@router.post("/logout")
def logout(request: Request, db: Session = Depends(get_db)) -> Response:
    """ログアウトします（サーバー側のセッションも終了するので、控えたクッキーも使えなくなります）。"""
    sessions.end(db, request.session)
    request.session.clear()
    return redirect("/login", "ログアウトしました。", request)


@router.get("/account/password")
def password_form(request: Request, adviser: Adviser = Depends(current_adviser)) -> Response:
    """パスワードの変更画面。"""
    return render(request, "auth/password.html", adviser=adviser)


@router.post("/account/password")
def change_password(request: Request, current: str = Form(""), new: str = Form(""), again: str = Form(""),
                    adviser: Adviser = Depends(current_adviser), db: Session = Depends(get_db)) -> Response:
    """Change the password: the current one is needed (throttled like sign-in); every session of
    the adviser ends, this browser gets a new one."""
    throttle = request.app.state.throttle
    account = f"email:{adviser.email}"
    wait = throttle.retry_after({account: request.app.state.settings.login_max_failures})
    error = None
    if wait:
        r = render(request, "auth/password.html", status_code=429, adviser=adviser,
                   error=f"失敗が続いたため、しばらく変更できません。{wait_ja(wait)}ほどおいてからお試しください。")
        r.headers["Retry-After"] = str(wait)
        return r
    if not check_password(adviser.password_hash, current):
        throttle.fail(account)
        error = "今のパスワードが正しくありません。"
    elif len(new) < MIN_PASSWORD:
        error = f"新しいパスワードは {MIN_PASSWORD} 文字以上にしてください。"
    elif new != again:
        error = "新しいパスワードが確認欄と一致しません。"
    if error:
        return render(request, "auth/password.html", status_code=400, adviser=adviser, error=error)
    adviser.password_hash = hash_password(new)
    ended = sessions.end_all(db, adviser.id)
    db.commit()
    request.session.clear()
    request.session["sid"] = sessions.start(db, adviser.id)
    request.session["adviser_id"] = adviser.id
    log(request, db, "password_changed", f"adviser:{adviser.id}", None, sessions_ended=ended)
    return redirect("/", "パスワードを変更しました。ほかのブラウザや端末のログインはすべて終了しました。", request)
