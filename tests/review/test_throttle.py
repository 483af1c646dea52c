"""Sign-in throttling per account and per IP address (issue #13, defect 7): one account's
failures lock that account only; the address has its own, higher limit; every 429 says when to
retry; X-Forwarded-For is ignored unless `tokumei serve --proxy-headers`."""
from __future__ import annotations

import re
from dataclasses import replace

import httpx
import pytest
from live import free_port, serve
from review_support import PASSWORD, login, new_engagement, post, send_link, upload, version_id

from tokumei.review.app import close_app, create_app
from tokumei.review.commands import create_adviser, uvicorn_options
from tokumei.review.models import Event, Link
from tokumei.review.security import hash_password
from tokumei.review.settings import Settings

IP_LIMIT = 8


def _retry_after(r) -> int:
    assert r.status_code == 429
    value = int(r.headers["retry-after"])
    assert 1 <= value <= 900
    return value


def test_one_accounts_failures_do_not_lock_other_accounts_until_the_ip_limit(env):
    env.app.state.settings = replace(env.settings, login_ip_max_failures=IP_LIMIT)
    env.adviser("x@example.jp")
    env.adviser("y@example.jp")
    env.adviser("z@example.jp")
    c = env.client()
    for _ in range(5):
        assert login(c, "x@example.jp", "違うパスワード").status_code == 401
    r = login(c, "x@example.jp")  # the right password for X is refused...
    wait = _retry_after(r)
    assert f"約{-(-wait // 60)}分ほどおいて" in r.text
    assert login(c, "y@example.jp").status_code == 200  # ...but Y from the same address signs in
    assert c.get("/").url.path == "/"
    post(c, "/", "/logout")
    for i in range(IP_LIMIT - 5):  # the address reaches its own limit (failures on any account)
        assert login(c, f"nobody{i}@example.jp", "違うパスワード").status_code == 401
    r = login(c, "z@example.jp")
    _retry_after(r)
    assert "しばらくログインできません" in r.text


def test_every_429_sends_retry_after_also_for_one_time_codes(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎です。"))
    link = send_link(adv, vid, eid)
    with env.app.state.sessions() as db:
        row = db.query(Link).one()
        row.email, row.otp_hash = "keiri@example.jp", hash_password("123456")
        db.commit()
    cli = env.client()
    codes = [post(cli, link, f"{link}/otp", {"code": "000000"}).status_code for _ in range(6)]
    assert codes[-1] == 429
    _retry_after(post(cli, link, f"{link}/otp", {"code": "123456"}))


@pytest.fixture
def live(tmp_path):
    def start(**settings):
        port = free_port()
        app = create_app(Settings(data_dir=str(tmp_path / "data"), secret_key="s" * 32, cookie_secure=False,
                                  login_ip_max_failures=IP_LIMIT, **settings))
        create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
        apps.append(app)
        return app, serve(app, port)

    apps: list = []
    yield start
    for app in apps:
        close_app(app)


def _attempt(base: str, email: str, password: str, xff: str) -> httpx.Response:
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as h:
        token = re.search(r'name="csrf_token" value="([^"]+)"', h.get("/login").text).group(1)
        return h.post("/login", data={"email": email, "password": password, "csrf_token": token},
                      headers={"X-Forwarded-For": xff})


def test_forwarded_for_from_loopback_does_not_bypass_the_ip_lock(live):
    app, server = live()
    with server as base:
        for i in range(IP_LIMIT):  # each attempt claims another address
            assert _attempt(base, f"guess{i}@example.jp", "違う", f"198.51.100.{i}").status_code == 401
        r = _attempt(base, "sato@example.jp", PASSWORD, "198.51.100.250")
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    app.state.audit_bg.flush()
    with app.state.sessions() as db:
        assert not db.query(Event).filter(Event.ip.like("198.51.100.%")).count()


def test_forwarded_for_is_used_only_with_proxy_headers(live):
    app, server = live(forwarded_allow_ips="127.0.0.1")  # tokumei serve --proxy-headers
    assert uvicorn_options(app.state.settings, "127.0.0.1", 1)["proxy_headers"] is True
    with server as base:
        for i in range(IP_LIMIT):
            assert _attempt(base, f"guess{i}@example.jp", "違う", f"198.51.100.{i}").status_code == 401
        r = _attempt(base, "sato@example.jp", PASSWORD, "198.51.100.250")
        assert r.status_code == 303  # the proxy said these were different clients
    with app.state.sessions() as db:
        assert db.query(Event).filter(Event.kind == "login").one().ip == "198.51.100.250"


def test_serve_ignores_forwarded_headers_unless_asked():
    import argparse

    from tokumei.review.commands import add_parser

    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    plain = parser.parse_args(["serve"])
    proxied = parser.parse_args(["serve", "--proxy-headers", "--forwarded-allow-ips", "10.0.0.5"])
    assert plain.proxy_headers is False and proxied.forwarded_allow_ips == "10.0.0.5"
    assert uvicorn_options(Settings(), "127.0.0.1", 8000)["proxy_headers"] is False
    opts = uvicorn_options(Settings(forwarded_allow_ips="10.0.0.5"), "127.0.0.1", 8000)
    assert opts["proxy_headers"] is True and opts["forwarded_allow_ips"] == "10.0.0.5"
