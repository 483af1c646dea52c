"""Every page of the flow on a 390×844 phone (chromium): no page may scroll sideways
(``document.documentElement.scrollWidth > clientWidth`` fails the test); a screenshot of each
page is kept in the test's temporary folder. Also: the Markdown draft is shown rendered, the
consent checkbox sits with its label, and the copy buttons copy the link and the withdrawal URL."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from live import free_port, serve
from review_support import EXAMPLE, PASSWORD

from tokumei.review.commands import create_adviser

pytestmark = pytest.mark.browser
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 1, "is_mobile": True,
         "has_touch": True, "locale": "ja-JP"}


class Phone:
    """Checks each page it is shown and keeps the list of what it checked."""

    def __init__(self, out):
        self.out, self.seen = out, []

    def check(self, page, name: str) -> None:
        page.wait_for_load_state()
        widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        page.screenshot(path=str(self.out / f"{len(self.seen):02d}-{name}.png"), full_page=True)
        wide = page.evaluate("""() => Array.from(document.querySelectorAll('body *'))
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 3).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)""")
        assert widths[0] <= widths[1], f"{name} ({page.url}) scrolls sideways: {widths}, widest: {wide}"
        self.seen.append(name)


def test_every_page_fits_a_phone(browser, live_app, tmp_path):
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    received = []

    class Keep(Message):
        def handle_message(self, message):
            received.append(message)

    app, port, base = live_app
    smtp_port = free_port()
    ctl = Controller(Keep(), hostname="127.0.0.1", port=smtp_port)
    ctl.start()
    app.state.settings = replace(app.state.settings, smtp_host="127.0.0.1", smtp_port=smtp_port)
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    phone = Phone(tmp_path)
    try:
        with serve(app, port):
            ctx = browser.new_context(**PHONE)
            ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
            adv = ctx.new_page()
            adv.goto(f"{base}/login")
            phone.check(adv, "login")
            adv.get_by_label("メールアドレス").fill("sato@example.jp")
            adv.get_by_label("パスワード").fill(PASSWORD)
            adv.get_by_label("パスワード").press("Enter")
            adv.wait_for_url(f"{base}/")
            adv.get_by_role("link", name="新しい案件を作成する").click()
            phone.check(adv, "engagement-form")
            adv.get_by_label("事業者名（必須）").fill("株式会社やまだ陶苑")
            adv.get_by_label("事例の題名").fill("老舗茶わん屋の事業承継")
            adv.get_by_label("必ず隠す人名（1行に1件）").fill("山田太郎\n山田健一\n鈴木一郎")
            adv.get_by_role("button", name="作成する").click()
            adv.wait_for_url(re.compile(r"/engagements/\d+$"))
            eng_url = adv.url
            adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(EXAMPLE))
            adv.get_by_role("button", name="匿名化して新しい版を作る").click()
            adv.wait_for_url(re.compile(r"/versions/\d+$"))
            phone.check(adv, "version-review")
            adv.goto(eng_url)
            adv.get_by_role("button", name="第1版をお客様に送る").click()
            adv.wait_for_load_state()
            phone.check(adv, "engagement-with-link")
            link1 = adv.locator("#new-link").input_value()
            adv.get_by_role("button", name="リンクをコピー").click()
            adv.locator(".copied", has_text="コピーしました").first.wait_for(state="attached")
            assert adv.evaluate("navigator.clipboard.readText()") == link1
            adv.goto(f"{eng_url}/edit")
            phone.check(adv, "engagement-edit")
            adv.goto(f"{base}/")
            phone.check(adv, "engagement-list")

            cli = browser.new_context(**PHONE).new_page()
            cli.goto(link1)
            phone.check(cli, "client-review")
            # the Markdown draft is rendered: headings and list items, no raw '#'
            assert cli.locator("#rendered h3, #rendered h4").count() >= 2
            assert not cli.locator("#rendered").inner_text().lstrip().startswith("#")
            # the consent checkbox sits on the same line as its label, the hash wraps
            box = cli.locator("#consent").bounding_box()
            label = cli.get_by_text("上記の同意事項を確認し、この本文の公開に同意します").bounding_box()
            assert abs(box["y"] + box["height"] / 2 - (label["y"] + label["height"] / 2)) < 20
            assert label["x"] - (box["x"] + box["width"]) < 40
            claims = cli.locator("form.claim")
            claims.nth(0).get_by_label("事実と異なります", exact=True).check()
            claims.nth(0).get_by_label("異なる点（「事実と異なります」の場合は必須）").fill("新商品の効果です")
            with cli.expect_navigation():
                claims.nth(0).get_by_role("button").click()
            phone.check(cli, "client-disputed")
            assert cli.get_by_role("button", name="この版を承認する").count() == 0
            cli.get_by_label("ご担当者のお名前").fill("山田 太郎")
            cli.get_by_label("修正してほしい点").fill("成果の書き方を直してください")
            with cli.expect_navigation():
                cli.get_by_role("button", name="修正を依頼する").click()
            # version 2 (the disputed sentence reworded), sent by e-mail
            v2 = tmp_path / "v2.md"
            v2.write_text(EXAMPLE.read_text(encoding="utf-8").replace("当事務所の支援のおかげで、", "新商品の開発もあり、"),
                          encoding="utf-8")
            adv.goto(eng_url)
            adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(v2))
            adv.get_by_role("button", name="匿名化して新しい版を作る").click()
            adv.wait_for_url(re.compile(r"/versions/\d+$"))
            adv.goto(eng_url)
            adv.locator("#version-2").get_by_label(re.compile("お客様のメールアドレス")).fill("keiri@example.jp")
            adv.get_by_role("button", name="第2版をお客様に送る").click()
            adv.wait_for_load_state()
            link2 = adv.locator("#new-link").input_value()
            assert link2 in received[-1].get_payload(decode=True).decode("utf-8")
            cli.goto(link1)
            phone.check(cli, "client-superseded")
            cli.goto(link2)
            phone.check(cli, "client-otp")
            code = re.search(r"確認コード: (\d{6})", received[-1].get_payload(decode=True).decode("utf-8")).group(1)
            cli.get_by_label("確認コード（6桁の数字）").fill(code)
            with cli.expect_navigation():
                cli.get_by_role("button", name="確認する").click()
            phone.check(cli, "client-diff")
            for i in range(cli.locator("form.claim").count()):
                form = cli.locator("form.claim").nth(i)
                if not form.locator(".state").count():
                    form.get_by_label("事実です", exact=True).check()
                    with cli.expect_navigation():
                        form.get_by_role("button").click()
            # approving without the consent box: the reason is shown on the page
            cli.evaluate("document.getElementById('consent').removeAttribute('required')")
            cli.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
            with cli.expect_navigation():
                cli.get_by_role("button", name="この版を承認する").click()
            phone.check(cli, "client-error")
            assert "同意事項をお読みのうえ" in cli.locator("#error-approve").inner_text()
            assert not re.search(r"E\d{3}|consent|person_name", cli.locator("main").inner_text())
            cli.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
            cli.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
            with cli.expect_navigation():
                cli.get_by_role("button", name="この版を承認する").click()
            phone.check(cli, "client-approved")
            withdraw_url = cli.locator("#withdraw-url").input_value()
            cli.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
            cli.get_by_role("button", name="URL をコピー").click()
            cli.locator(".copied", has_text="コピーしました").first.wait_for(state="attached")
            assert cli.evaluate("navigator.clipboard.readText()") == withdraw_url

            adv.goto(eng_url)
            phone.check(adv, "engagement-approved")
            adv.goto(f"{eng_url}/export")
            phone.check(adv, "export")
            adv.goto(f"{eng_url}/export/certificate.html")
            phone.check(adv, "certificate")
            cli.goto(withdraw_url)
            phone.check(cli, "withdraw")
            with cli.expect_navigation():
                cli.get_by_role("button", name="同意を撤回する").click()
            phone.check(cli, "withdrawn")
            cli.goto(link2)
            phone.check(cli, "client-withdrawn")
            adv.goto(f"{eng_url}/audit")
            phone.check(adv, "audit")
            adv.goto(f"{base}/engagements/999999")
            phone.check(adv, "not-found")
    finally:
        ctl.stop()
    assert len(phone.seen) == 21
