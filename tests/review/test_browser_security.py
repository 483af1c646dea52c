"""Security defects of issue #13 as a person meets them in a real browser (Playwright + Debian
chromium): a session cookie copied before logout, the throttled sign-in page (per account, with
the wait), the Japanese page for an oversized upload."""
from __future__ import annotations

import re

import pytest
from live import serve
from review_support import PASSWORD
from test_browser import axe_check

from tokumei.review.commands import create_adviser

pytestmark = pytest.mark.browser


def _sign_in(page, base, email, password=PASSWORD):
    page.goto(f"{base}/login")
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("パスワード").fill(password)
    with page.expect_response(lambda r: r.url == f"{base}/login" and r.request.method == "POST") as resp:
        page.get_by_role("button", name="ログインする").click()
    page.wait_for_load_state()
    return resp.value


def test_cookie_copied_before_logout_is_refused_in_another_browser(browser, live_app):
    app, port, base = live_app
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    with serve(app, port):
        mine = browser.new_context(locale="ja-JP")
        page = mine.new_page()
        _sign_in(page, base, "sato@example.jp")
        page.wait_for_url(f"{base}/")
        stolen = browser.new_context(locale="ja-JP")
        stolen.add_cookies(mine.cookies())
        other = stolen.new_page()
        other.goto(f"{base}/")
        assert other.url == f"{base}/" and other.get_by_role("button", name="ログアウト").is_visible()
        page.get_by_role("button", name="ログアウト").click()
        page.wait_for_url(f"{base}/login")
        other.goto(f"{base}/")
        assert other.url == f"{base}/login"  # the copied cookie no longer opens the adviser's pages
        other.goto(f"{base}/engagements/new")
        assert other.url == f"{base}/login"
        mine.close()
        stolen.close()


def test_throttled_sign_in_page_says_how_long_and_spares_other_accounts(browser, live_app):
    app, port, base = live_app
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    create_adviser(app.state.sessions, "suzuki@example.jp", "鈴木 次郎", PASSWORD)
    with serve(app, port):
        ctx = browser.new_context(bypass_csp=True, locale="ja-JP")  # CSP bypass only to inject axe
        page = ctx.new_page()
        for _ in range(5):
            assert _sign_in(page, base, "sato@example.jp", "違うパスワード").status == 401
        r = _sign_in(page, base, "sato@example.jp")
        assert r.status == 429 and 840 <= int(r.headers["retry-after"]) <= 900
        alert = page.get_by_role("alert")
        assert re.search(r"しばらくログインできません。約1[45]分ほどおいてから", alert.inner_text())
        axe_check(page)
        r = _sign_in(page, base, "suzuki@example.jp")  # another account from the same address
        assert r.status == 303
        page.wait_for_url(f"{base}/")
        assert "鈴木 次郎 さん" in page.content()
        ctx.close()


def test_oversized_upload_shows_a_japanese_page(browser, live_app, tmp_path):
    app, port, base = live_app
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    big = tmp_path / "大きな下書き.md"
    big.write_bytes(b"a" * (app.state.settings.max_upload_bytes + 512 * 1024))
    with serve(app, port):
        ctx = browser.new_context(locale="ja-JP")
        page = ctx.new_page()
        _sign_in(page, base, "sato@example.jp")
        page.get_by_role("link", name="新しい案件を作成する").click()
        page.get_by_label("事業者名（必須）").fill("株式会社やまだ陶苑")
        page.get_by_role("button", name="作成する").click()
        page.wait_for_url(re.compile(r"/engagements/\d+$"))
        page.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(big))
        with page.expect_response(lambda r: r.request.method == "POST") as resp:
            page.get_by_role("button", name="匿名化して新しい版を作る").click()
        assert resp.value.status == 413
        page.wait_for_load_state()
        assert page.get_by_role("heading", name="申し訳ありません").is_visible()
        assert "2MB までです" in page.get_by_role("alert").inner_text()
        ctx.close()
