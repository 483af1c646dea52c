"""Security: XSS renders inert, CSRF, IDOR between engagements and links, expired/revoked links,
login throttling, upload limits, optimistic locking, cookie flags."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from review_support import PASSWORD, csrf_of, lock_of, login, new_engagement, post, send_link, upload, version_id

from tokumei.review.models import Link, utcnow

XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def _setup(env, email="sato@example.jp"):
    env.adviser(email)
    adv = env.client()
    login(adv, email)
    return adv


def test_xss_in_draft_comment_and_names_is_inert(env):
    adv = _setup(env)
    eid = new_engagement(adv, client_name="株式会社" + XSS, people="山田太郎\n" + XSS, title=XSS)
    r = upload(adv, eid, f"山田太郎社長です。{XSS}支援のおかげで売上が増加しました。")
    vid = version_id(r)
    link = send_link(adv, vid, eid)
    cli = env.client()
    post(cli, link, f"{link}/comments", {"quote": "", "body": XSS})
    pages = [adv.get("/").text, adv.get(f"/engagements/{eid}").text, adv.get(f"/versions/{vid}").text,
             cli.get(link).text, adv.get(f"/engagements/{eid}/status").text]
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in pages[3]
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[1]
    # every page forbids inline scripts as a second line of defence
    assert "script-src 'self'" in adv.get("/").headers["content-security-policy"]


def test_requests_without_csrf_token_fail(env):
    adv = _setup(env)
    anon = env.client()
    anon.get("/login")
    assert anon.post("/login", data={"email": "sato@example.jp", "password": PASSWORD}).status_code == 403
    assert anon.post("/login", data={"email": "sato@example.jp", "password": PASSWORD,
                                     "csrf_token": "forged"}).status_code == 403
    r = adv.post("/engagements", data={"client_name": "x", "policy": "publication"})
    assert r.status_code == 403
    assert "再読み込み" in r.text
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎です。支援のおかげで売上が増加しました。"))
    link = send_link(adv, vid, eid)
    cli = env.client()
    page = cli.get(link).text
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', page).group(1)
    r = cli.post(f"{link}/decision", data={"action": "decline", "person_name": "a", "message": "b", "sha256": sha})
    assert r.status_code == 403
    # a token from another session is not accepted either
    other = env.client()
    token = csrf_of(other.get("/login").text)
    r = cli.post(f"{link}/comments", data={"body": "x", "csrf_token": token})
    assert r.status_code == 403


def test_one_engagement_cannot_reach_another(env):
    a = _setup(env, "a@example.jp")
    b = _setup(env, "b@example.jp")
    ea = new_engagement(a, client_name="A社")
    eb = new_engagement(b, client_name="B社")
    va = version_id(upload(a, ea, "山田太郎です。支援のおかげで売上が増加しました。"))
    vb = version_id(upload(b, eb, "鈴木一郎です。指導により残業が30%減少しました。"))
    # adviser B cannot read or act on adviser A's engagement, version or links
    assert b.get(f"/engagements/{ea}").status_code == 404
    assert b.get(f"/versions/{va}").status_code == 404
    assert b.get(f"/engagements/{ea}/audit").status_code == 404
    assert b.get(f"/engagements/{ea}/export/text").status_code == 404
    r = post(b, f"/engagements/{eb}", f"/versions/{va}/send", {"days": "14"})
    assert r.status_code == 404
    link_a = send_link(a, va, ea)
    link_b = send_link(b, vb, eb)
    cli = env.client()
    claims_b = re.findall(r'/claims/(\d+)"', cli.get(link_b).text)
    page_a = cli.get(link_a).text
    assert "鈴木" not in page_a and "残業" not in page_a
    # token A with a claim id of B: not found, nothing changed
    r = post(cli, link_a, f"{link_a}/claims/{claims_b[0]}", {"answer": "confirmed"})
    assert r.status_code == 404
    assert "現在の回答" not in cli.get(link_b).text
    with env.app.state.sessions() as db:
        link_id = db.query(Link).filter(Link.version_id == vb).one().id
    r = post(a, f"/engagements/{ea}", f"/links/{link_id}/revoke")
    assert r.status_code == 404
    assert cli.get(link_b).status_code == 200
    assert cli.get("/c/" + "A" * 43).status_code == 404


def test_expired_and_revoked_links_fail(env):
    adv = _setup(env)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎です。"))
    l1, l2 = send_link(adv, vid, eid), send_link(adv, vid, eid)
    cli = env.client()
    assert cli.get(l1).status_code == 200 and cli.get(l2).status_code == 200
    with env.app.state.sessions() as db:
        links = db.query(Link).order_by(Link.id).all()
        links[0].expires_at = utcnow() - timedelta(seconds=1)
        db.commit()
        revoke_id = links[1].id
    r = cli.get(l1)
    assert r.status_code == 410 and "有効期限" in r.text
    post(adv, f"/engagements/{eid}", f"/links/{revoke_id}/revoke")
    assert cli.get(l2).status_code == 410
    r = post(cli, "/login", f"{l2}/comments", {"body": "まだ書けますか"})
    assert r.status_code == 410


def test_unknown_and_overlong_withdrawal_tokens_are_not_found(sqlite_env):
    cli = sqlite_env.client()
    for wtoken in ("x" * 43, "x" * 101):
        assert cli.get(f"/w/{wtoken}").status_code == 404
        assert post(cli, "/login", f"/w/{wtoken}", {"reason": "撤回します"}).status_code == 404


def test_login_throttling(env):
    env.adviser()
    c = env.client()
    for _ in range(5):
        r = login(c, password="違うパスワード")
        assert r.status_code == 401 and "正しくありません" in r.text
    r = login(c)  # even the right password is refused while throttled
    assert r.status_code == 429 and "しばらくログインできません" in r.text
    assert c.get("/").url.path == "/login"


def test_uploads_oversized_and_non_documents_are_refused(env):
    adv = _setup(env)
    eid = new_engagement(adv)
    limit = env.settings.max_upload_bytes
    r = upload(adv, eid, "あ" * (limit // 3 + 10))
    assert r.status_code == 413 and "E801" in r.text and "draft" in r.text
    r = post(adv, f"/engagements/{eid}", f"/engagements/{eid}/versions",
             files={"draft": ("big.md", b"a" * (limit + 512 * 1024), "text/markdown")})
    assert r.status_code == 413 and "大きすぎます" in r.text
    for name, data in (("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), ("tool.exe", b"MZ\x90\x00"),
                       ("binary.txt", b"\x00\x01\x02" * 50), ("fake.docx", b"not a zip")):
        r = post(adv, f"/engagements/{eid}", f"/engagements/{eid}/versions", files={"draft": (name, data, "application/octet-stream")})
        assert r.status_code == 415, name
        assert "E802" in r.text and "draft" in r.text and ".txt .md .docx" in r.text
    r = post(adv, f"/engagements/{eid}", f"/engagements/{eid}/versions", {"text": "   "})
    assert r.status_code == 400 and "draft" in r.text


def test_two_editors_lose_nothing(env):
    env.adviser()
    one, two = env.client(), env.client()
    login(one)
    login(two)
    eid = new_engagement(one)
    vid = version_id(upload(one, eid, "山田太郎社長と鈴木一郎さん。"))
    p1, p2 = one.get(f"/versions/{vid}").text, two.get(f"/versions/{vid}").text
    items = re.findall(r'action="/versions/\d+/items/(\d+)"', p1)
    r = one.post(f"/versions/{vid}/items/{items[0]}", data={"csrf_token": csrf_of(p1), "action": "rename",
                                                            "replacement": "A氏", "lock_version": lock_of(p1)})
    assert r.status_code == 200
    r = two.post(f"/versions/{vid}/items/{items[-1]}", data={"csrf_token": csrf_of(p2), "action": "reject",
                                                             "lock_version": lock_of(p2)})
    assert r.status_code == 409 and "E803" in r.text and "再読み込み" in r.text
    page = two.get(f"/versions/{vid}").text
    assert "A氏社長" in page  # the first editor's change survived
    # engagement settings: the same protection
    f1, f2 = one.get(f"/engagements/{eid}/edit").text, two.get(f"/engagements/{eid}/edit").text
    form = {"client_name": "やまだ陶苑", "policy": "publication"}
    assert one.post(f"/engagements/{eid}/edit", data={**form, "csrf_token": csrf_of(f1), "lock_version": lock_of(f1)}).status_code == 200
    r = two.post(f"/engagements/{eid}/edit", data={**form, "client_name": "別名", "csrf_token": csrf_of(f2), "lock_version": lock_of(f2)})
    assert r.status_code == 409
    assert "やまだ陶苑" in one.get(f"/engagements/{eid}").text


@pytest.mark.parametrize("secure", [True, False])
def test_session_cookie_flags(tmp_path, secure):
    from fastapi.testclient import TestClient

    from tokumei.review.app import close_app, create_app
    from tokumei.review.settings import Settings

    app = create_app(Settings(data_dir=str(tmp_path), secret_key="k" * 32, cookie_secure=secure))
    r = TestClient(app, base_url="https://testserver").get("/login")
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert ("secure" in cookie.replace("samesite", "")) is secure
    close_app(app)


def test_markdown_rendering_keeps_the_draft_inert(env):
    adv = _setup(env)
    eid = new_engagement(adv)
    draft = (f"# 見出し{XSS}\n\n- [押してください](javascript:alert(1))\n- <b onclick=alert(1)>太字</b>\n\n"
             "![画像](data:text/html;base64,PHNjcmlwdD4=)\n\n支援のおかげで売上が増加しました。\n")
    link = send_link(adv, version_id(upload(adv, eid, draft)), eid)
    html = env.client().get(link).text
    rendered = re.search(r'<div id="rendered"[^>]*>(.*?)</div>', html, re.S).group(1)
    assert "<h3>見出し&lt;script&gt;" in rendered and "<li>" in rendered
    assert "javascript:" not in rendered.replace("](javascript:", "") and "<b " not in rendered
    assert "<script>" not in html and "onclick=" not in html.replace("onclick=alert(1)&gt;", "")
    assert 'src="data:' not in rendered


def test_withdrawn_and_superseded_links_accept_nothing(env):
    adv = _setup(env)
    eid = new_engagement(adv)
    v1 = version_id(upload(adv, eid, "山田太郎です。支援のおかげで売上が増加しました。"))
    link1 = send_link(adv, v1, eid)
    cli = env.client()
    page = cli.get(link1).text
    cid = re.search(r'/claims/(\d+)"', page).group(1)
    v2 = version_id(upload(adv, eid, "山田太郎です。支援のおかげで売上が大きく増加しました。"))
    link2 = send_link(adv, v2, eid)
    for url, data in ((f"{link1}/claims/{cid}", {"answer": "confirmed"}), (f"{link1}/comments", {"body": "x"}),
                      (f"{link1}/decision", {"action": "decline", "person_name": "a", "message": "b"}),
                      (f"{link1}/withdraw", {"reason": "x"})):
        assert post(cli, link2, url, data).status_code == 409, url
    with env.app.state.sessions() as db:
        from tokumei.review.models import Comment, Decision
        assert db.query(Decision).count() == 0 and db.query(Comment).count() == 0
