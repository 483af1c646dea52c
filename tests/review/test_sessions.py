"""Server-side sign-in sessions (issue #13, defect 6): logout and a password change end the
session on the server, so a cookie copied before no longer works (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import timedelta

from review_support import PASSWORD, login, post

from tokumei.review.commands import create_adviser
from tokumei.review.models import AdviserSession, utcnow

COOKIE = "tokumei_session"
NEW_PASSWORD = "新しいパスワード-456"


def _copy(env, c):
    """A second browser holding a copy of ``c``'s session cookie (as a thief would)."""
    thief = env.client()
    thief.cookies.set(COOKIE, c.cookies.get(COOKIE))
    return thief


def _signed_in(c) -> bool:
    r = c.get("/")
    return r.status_code == 200 and r.url.path == "/" and "ログアウト" in r.text


def test_cookie_copied_before_logout_no_longer_works(env):
    env.adviser()
    c = env.client()
    login(c)
    thief = _copy(env, c)
    assert _signed_in(thief)  # the copy works while the session lives...
    post(c, "/", "/logout")
    assert not _signed_in(c)
    assert not _signed_in(thief)  # ...and not after logout
    assert thief.get("/engagements/new").url.path == "/login"
    r = thief.post("/engagements", data={"client_name": "x", "policy": "publication"})
    assert r.status_code in (403, 200) and "案件" not in r.url.path
    login(c)  # signing in again works and is a new session
    assert _signed_in(c) and not _signed_in(thief)


def test_password_change_ends_every_session(env):
    env.adviser()
    a, b = env.client(), env.client()
    login(a)
    login(b)
    thief = _copy(env, a)
    r = post(a, "/account/password", "/account/password", {"current": "違う", "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    assert r.status_code == 400 and "今のパスワードが正しくありません" in r.text
    r = post(a, "/account/password", "/account/password", {"current": PASSWORD, "new": "短い", "again": "短い"})
    assert r.status_code == 400 and "10 文字以上" in r.text
    r = post(a, "/account/password", "/account/password", {"current": PASSWORD, "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    assert r.status_code == 200 and "パスワードを変更しました" in r.text
    assert _signed_in(a)  # this browser continues with a new session
    assert not _signed_in(b) and not _signed_in(thief)
    assert login(b).status_code == 401
    assert login(b, password=NEW_PASSWORD).status_code == 200 and _signed_in(b)
    with env.app.state.sessions() as db:
        rows = db.query(AdviserSession).order_by(AdviserSession.id).all()
    assert [r.ended_at is None for r in rows] == [False, False, True, True]


def test_password_reset_on_the_command_line_ends_sessions(env):
    env.adviser()
    c = env.client()
    login(c)
    create_adviser(env.app.state.sessions, "sato@example.jp", None, NEW_PASSWORD)
    assert not _signed_in(c)


def test_session_ends_after_eight_hours_on_the_server(env):
    env.adviser()
    c = env.client()
    login(c)
    with env.app.state.sessions() as db:
        db.query(AdviserSession).update({"created_at": utcnow() - timedelta(hours=8, minutes=1)})
        db.commit()
    assert not _signed_in(c)


def test_a_session_of_one_adviser_is_not_another_advisers(env):
    env.adviser("a@example.jp")
    env.adviser("b@example.jp")
    a = env.client()
    login(a, "a@example.jp")
    # a cookie whose adviser id was changed cannot be forged (signed); the server row is bound to
    # its adviser as well: pointing another adviser's id at this session id is refused
    from tokumei.review import sessions

    with env.app.state.sessions() as db:
        sid = sessions.start(db, env.adviser_ids["a@example.jp"])
        assert sessions.check(db, {"sid": sid, "adviser_id": env.adviser_ids["b@example.jp"]}) is None
        assert sessions.check(db, {"sid": sid, "adviser_id": env.adviser_ids["a@example.jp"]}).email == "a@example.jp"
        sessions.end(db, {"sid": sid})
        assert sessions.check(db, {"sid": sid, "adviser_id": env.adviser_ids["a@example.jp"]}) is None
