"""The review page's fast path (cached page answered before the router) and running several
server processes: every request still checks the link (unknown, expired, revoked, one-time
code), changes show at once, ``viewed`` is logged once per session, and login throttling is
shared by all processes through the database."""
from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from live import free_port
from review_support import EXAMPLE, login, new_engagement, post, send_link, upload, version_id

from tokumei.review.models import Event, Link, utcnow
from tokumei.review.routers.client import ReviewPageFastPath
from tokumei.review.security import hash_password


@pytest.fixture
def served(monkeypatch):
    """Records, per GET of a review page, whether the fast path answered it."""
    out: list[bool] = []
    orig = ReviewPageFastPath._try

    def spy(self, scope):
        body = orig(self, scope)
        out.append(body is not None)
        return body

    monkeypatch.setattr(ReviewPageFastPath, "_try", spy)
    return out


def _two_links(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    text = EXAMPLE.read_text(encoding="utf-8")
    version_id(upload(adv, eid, text))
    vid = version_id(upload(adv, eid, text.replace("おかげで", "おかげもあり")))
    return adv, eid, vid, send_link(adv, vid, eid), send_link(adv, vid, eid)


def test_cached_page_is_the_routes_page_with_the_same_headers(env, served):
    adv, eid, vid, l1, _ = _two_links(env)
    cli = env.client()
    first = cli.get(l1)
    again = cli.get(l1)
    assert served == [False, True]  # first view: the route (records it, renders, caches); then cached
    assert first.status_code == again.status_code == 200
    assert again.text == first.text and "SHA-256" in again.text
    for h in ("content-security-policy", "cache-control", "x-content-type-options"):
        assert again.headers[h] == first.headers[h]
    assert again.headers["content-type"].startswith("text/html")
    # the CSRF token in the cached page is this session's and works
    assert post(cli, l1, f"{l1}/comments", {"body": "二段落目を確認しました"}).status_code == 200
    # another browser gets its own token in the same cached page
    other = env.client()
    other.get(l1)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', other.get(l1).text).group(1)
    assert tok not in cli.get(l1).text


def test_expiry_and_revocation_apply_to_the_next_cached_read(env, served):
    adv, eid, vid, l1, l2 = _two_links(env)
    cli = env.client()
    for link in (l1, l2):
        cli.get(link)
        assert cli.get(link).status_code == 200 and served[-1] is True
    with env.app.state.sessions() as db:  # changed behind the app's back: no audit event, no cache hint
        links = db.query(Link).order_by(Link.id).all()
        links[0].expires_at = utcnow() - timedelta(seconds=1)
        db.commit()
        revoke_id = links[1].id
    r = cli.get(l1)
    assert r.status_code == 410 and "有効期限" in r.text and served[-1] is False
    assert cli.get(l2).status_code == 200 and served[-1] is True
    post(adv, f"/engagements/{eid}", f"/links/{revoke_id}/revoke")
    assert cli.get(l2).status_code == 410 and served[-1] is False
    assert env.client().get(l2).status_code == 410  # and for every other browser
    with env.app.state.sessions() as db:  # revoked directly in the database (e.g. by another process)
        db.query(Link).filter(Link.id == revoke_id).update({"revoked_at": None})
        db.commit()
    assert cli.get(l2).status_code == 200
    with env.app.state.sessions() as db:
        db.query(Link).filter(Link.id == revoke_id).update({"revoked_at": utcnow()})
        db.commit()
    assert cli.get(l2).status_code == 410
    assert cli.get(l2[:-2] + "xx").status_code == 404  # unknown token


def test_changes_by_another_browser_show_at_once(env, served):
    adv, eid, vid, l1, _ = _two_links(env)
    a, b = env.client(), env.client()
    a.get(l1)
    assert "夜の棚卸しは無くなりました" not in a.get(l1).text and served[-1] is True
    post(b, l1, f"{l1}/comments", {"body": "夜の棚卸しは無くなりました"})
    r = a.get(l1)
    assert "夜の棚卸しは無くなりました" in r.text


def test_one_time_code_is_needed_in_each_browser_even_when_cached(env, served):
    adv, eid, vid, l1, _ = _two_links(env)
    with env.app.state.sessions() as db:
        link = db.query(Link).order_by(Link.id).first()
        link.email, link.otp_hash = "keiri@example.jp", hash_password("123456")
        db.commit()
    a = env.client()
    assert "確認コードの入力" in a.get(l1).text
    assert post(a, l1, f"{l1}/otp", {"code": "123456"}).status_code == 200
    assert "SHA-256" in a.get(l1).text and served[-1] is True
    b = env.client()
    r = b.get(l1)
    assert "確認コードの入力" in r.text and "SHA-256" not in r.text and served[-1] is False


def test_viewed_is_logged_once_per_browser_also_from_the_cache(env, served):
    adv, eid, vid, l1, _ = _two_links(env)
    a, b = env.client(), env.client()
    for _ in range(3):
        a.get(l1)
    for _ in range(2):
        b.get(l1)
    assert served == [False, True, True, True, True]  # b's first read came from the cache too
    env.app.state.audit_bg.flush()
    with env.app.state.sessions() as db:
        link_id = db.query(Link).order_by(Link.id).first().id
        viewed = db.query(Event).filter(Event.kind == "viewed").order_by(Event.seq).all()
    assert [e.actor for e in viewed] == [f"client:link#{link_id}"] * 2
    assert json.loads(viewed[0].data) == json.loads(viewed[1].data)  # same version number and hash
    assert json.loads(viewed[1].data)["version"] == 2
    # the route (a's first read) and the fast path (b's) record the same request details
    assert [(e.ip, e.user_agent) for e in viewed] == [("testclient", "testclient")] * 2


def test_server_processes_share_link_checks_and_login_throttling(env, monkeypatch):
    """`serve --workers N`: a revocation in one process applies at once to a page cached in
    another, and failed sign-ins counted in one process lock the account in every process."""
    from dataclasses import asdict

    from fastapi.testclient import TestClient

    from tokumei.review.app import close_app
    from tokumei.review.commands import WORKER_SETTINGS_ENV, worker_app

    adv, eid, vid, l1, _ = _two_links(env)
    monkeypatch.setenv(WORKER_SETTINGS_ENV, json.dumps(asdict(env.settings)))
    second = worker_app()  # what each worker process builds (no migration)
    try:
        c2 = TestClient(second, base_url="http://testserver", follow_redirects=True)
        assert c2.get(l1).status_code == 200 and c2.get(l1).status_code == 200  # cached in the second process
        with env.app.state.sessions() as db:
            link_id = db.query(Link).order_by(Link.id).first().id
        post(adv, f"/engagements/{eid}", f"/links/{link_id}/revoke")  # through the first process
        assert c2.get(l1).status_code == 410

        c1 = env.client()
        for i in range(5):
            assert login(c1 if i % 2 else c2, password="違うパスワード").status_code == 401
        assert login(c1).status_code == 429 and login(c2).status_code == 429
    finally:
        close_app(second)


def test_serve_with_two_workers_serves_the_same_link_from_every_process(tmp_path):
    """`tokumei serve --workers 2` (real processes): the schema is migrated once by the parent,
    the workers answer, and a link revoked in the database fails at once on every connection."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    from tokumei.review.db import make_engine, migrate, session_factory
    from tokumei.review.models import Engagement, Version
    from tokumei.review.security import new_token, token_hash
    from tokumei.review.settings import Settings
    from tokumei.review.status import sha256_text

    data = tmp_path / "data"
    engine = make_engine(Settings(data_dir=str(data)))
    migrate(engine)
    token = new_token()
    with session_factory(engine)() as db:
        from tokumei.review.commands import create_adviser

        aid = create_adviser(session_factory(engine), "w@example.jp", "W", "password-1234")
        eng = Engagement(adviser_id=aid, client_name="W商店", title="t", contacts=[], people=[], organizations=[],
                         allow=[], policy="publication", publish_where="", publish_period="")
        db.add(eng)
        db.flush()
        v = Version(engagement_id=eng.id, number=1, source_name="x", original="本文です。", items=[], risks=[],
                    text="本文です。", sha256=sha256_text("本文です。"))
        db.add(v)
        db.flush()
        db.add(Link(engagement_id=eng.id, version_id=v.id, token_hash=token_hash(token),
                    expires_at=utcnow() + timedelta(days=1)))
        db.commit()
    port = free_port()
    exe = Path(sys.executable).with_name("tokumei")
    server = subprocess.Popen([str(exe), "serve", "--data-dir", str(data), "--port", str(port), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/c/{token}"
        for _ in range(150):
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        clients = [httpx.Client(timeout=10) for _ in range(8)]  # separate connections, spread over the workers
        try:
            assert all(c.get(url).status_code == 200 and c.get(url).status_code == 200 for c in clients)
            with session_factory(engine)() as db:
                db.query(Link).update({"revoked_at": utcnow()})
                db.commit()
            assert [c.get(url).status_code for c in clients] == [410] * len(clients)
        finally:
            for c in clients:
                c.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(5)
        engine.dispose()
    err = server.stderr.read().decode("utf-8", "replace")
    assert "Traceback" not in err, err[-2000:]
