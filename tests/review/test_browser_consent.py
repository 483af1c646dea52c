"""Issue #13's consent defects, reproduced in a real browser (Playwright + Debian chromium) as a
client would meet them: each test failed on the code before the fix. The adviser's steps go
through the same app over HTTP (TestClient); the client's steps are clicks in chromium."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from live import serve
from review_support import lock_of, login, new_engagement, post, upload, version_id

from tokumei.review.commands import create_adviser

pytestmark = pytest.mark.browser
DRAFT = "# 事例\n\n山田太郎社長の会社です。支援のおかげで売上が2倍に増加しました。\n\n- 新しい評価制度を実現しました。\n"


def _adviser(app) -> TestClient:
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", "正しいパスワード-123")
    adv = TestClient(app, base_url="http://testserver", follow_redirects=True)
    login(adv)
    return adv


def _send(adv, vid: int, eid: int) -> str:
    """Send the version; the link as shown to the adviser (the live server's address)."""
    r = post(adv, f"/engagements/{eid}", f"/versions/{vid}/send", {"days": "14"})
    return re.search(r'id="new-link" readonly value="([^"]+)"', r.text).group(1)


def _confirm_all(page) -> None:
    while page.locator("form.claim").count():
        forms = page.locator("form.claim")
        unanswered = [i for i in range(forms.count()) if not forms.nth(i).locator(".state").count()]
        if not unanswered:
            return
        form = forms.nth(unanswered[0])
        form.get_by_label("事実です", exact=True).check()
        with page.expect_navigation():
            form.get_by_role("button").click()


def _approve(page) -> None:
    _confirm_all(page)
    page.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
    page.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
    with page.expect_navigation():
        page.get_by_role("button", name="この版を承認する").click()
    assert "この版は承認済みです" in page.content()


def _summary(adv, eid) -> str:
    return re.search(r'id="summary">([^<]+)<', adv.get(f"/engagements/{eid}/status").text).group(1)


def _csrf(page, base) -> str:
    """This browser's CSRF token (the session is the browser's cookie)."""
    html = page.context.request.get(f"{base}/login").text()
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_withdrawal_cannot_be_undone_through_the_old_link(browser, live_app):
    app, port, base = live_app
    adv = _adviser(app)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, DRAFT))
    link = _send(adv, vid, eid)
    with serve(app, port):
        page = browser.new_page()
        page.goto(link)
        _approve(page)
        withdraw_url = page.locator("#withdraw-url").input_value()
        page.goto(withdraw_url)
        with page.expect_navigation():
            page.get_by_role("button", name="同意を撤回する").click()
        assert _summary(adv, eid) == "同意が撤回されました"
        # the review link (which the adviser holds too) no longer offers approval
        other = browser.new_page()
        other.goto(link)
        assert "同意は撤回されています" in other.content()
        assert other.get_by_role("button", name="この版を承認する").count() == 0
        assert other.locator("form.claim").count() == 0
        # replaying the approval with this browser's session and CSRF token is refused
        sha = other.locator("#sha").inner_text()
        r = other.context.request.post(f"{link}/decision", form={
            "csrf_token": _csrf(other, base), "action": "approve", "person_name": "代理", "consent": "yes", "sha256": sha})
        assert r.status == 409
        assert _summary(adv, eid) == "同意が撤回されました"
        assert adv.get(f"/engagements/{eid}/export/text").status_code == 409


def test_approved_claims_are_frozen_and_the_certificate_keeps_them(browser, live_app):
    app, port, base = live_app
    adv = _adviser(app)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, DRAFT))
    link = _send(adv, vid, eid)
    with serve(app, port):
        page = browser.new_page()
        page.goto(link)
        claim_ids = [f.get_attribute("id").split("-")[1] for f in page.locator("form.claim").all()]
        assert claim_ids
        _approve(page)
        assert page.locator("form.claim").count() == 0 and page.get_by_label("事実と異なります").count() == 0
        r = page.context.request.post(f"{link}/claims/{claim_ids[0]}", form={
            "csrf_token": _csrf(page, base), "answer": "disputed", "note": "やはり違います"})
        assert r.status == 409
        page.reload()
        assert "やはり違います" not in page.content() and "事実と異なります" not in page.locator("#claims").inner_text()
        assert _summary(adv, eid) == "承認済み（第1版）"
        cert = adv.get(f"/engagements/{eid}/export/certificate.html").text
        assert "異議あり" not in cert and "事実と確認" in cert


def test_an_older_version_cannot_be_approved_once_a_newer_one_was_sent(browser, live_app):
    app, port, base = live_app
    adv = _adviser(app)
    eid = new_engagement(adv)
    v1 = version_id(upload(adv, eid, DRAFT))
    link1 = _send(adv, v1, eid)
    with serve(app, port):
        old = browser.new_context().new_page()
        old.goto(link1)
        _confirm_all(old)  # version 1 is open in one tab, ready to approve ...
        v2 = version_id(upload(adv, eid, DRAFT.replace("2倍", "3倍")))
        link2 = _send(adv, v2, eid)
        new = old.context.new_page()
        new.goto(link2)
        _approve(new)  # ... version 2 is approved in another
        old.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
        old.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
        with old.expect_navigation():
            old.get_by_role("button", name="この版を承認する").click()
        assert "新しい版があります" in old.content() and "この版は承認済みです" not in old.content()
        old.goto(link1)
        assert "新しい版があります" in old.content() and old.locator("main form").count() == 0
        assert _summary(adv, eid) == "承認済み（第2版）"
        status = adv.get(f"/engagements/{eid}/status").text
        assert status.count("承認されました") == 1
        assert "3倍" in adv.get(f"/engagements/{eid}/export/text").text


def test_a_missed_text_mark_carries_into_the_next_version(browser, live_app):
    app, port, base = live_app
    adv = _adviser(app)
    eid = new_engagement(adv)
    draft = DRAFT + "\n商いラジオで紹介されました。\n"
    vid = version_id(upload(adv, eid, draft))
    page = adv.get(f"/versions/{vid}").text
    post(adv, f"/versions/{vid}", f"/versions/{vid}/mark",
         {"selected": "商いラジオ", "label": "OTHER", "replacement": "ある番組", "lock_version": lock_of(page)})
    v2 = version_id(upload(adv, eid, draft.replace("2倍", "3倍") + "商いラジオの反響もありました。\n"))
    link2 = _send(adv, v2, eid)
    with serve(app, port):
        cli = browser.new_page()
        cli.goto(link2)
        text = cli.locator("#doc").text_content()
        assert "商いラジオ" not in cli.content() and text.count("ある番組") == 2
        assert "3倍" in text
    review = adv.get(f"/versions/{v2}").text
    assert "前の版から引き継いだ判断" in review and "第1版から" in review
