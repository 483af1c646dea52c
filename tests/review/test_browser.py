"""Real-browser end-to-end test: Playwright drives Debian's chromium through the whole flow
(adviser → client → dispute → new version → approval → export → withdrawal) without any
downloads, with an axe-core accessibility check on every page and XSS payloads in the data."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from live import serve
from review_support import EXAMPLE, PASSWORD

from tokumei.review.commands import create_adviser

pytestmark = pytest.mark.browser
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


def axe_check(page) -> None:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert bad == [], f"{page.url}: {bad}"


def test_whole_flow_in_a_real_browser(browser, live_app, tmp_path):
    app, port, base = live_app
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    dialogs: list[str] = []
    with serve(app, port):
        adv = browser.new_context(bypass_csp=True, locale="ja-JP").new_page()  # CSP bypass only to inject axe
        cli = browser.new_context(bypass_csp=True, locale="ja-JP").new_page()
        for p in (adv, cli):
            p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        # adviser signs in (keyboard only) and creates an engagement
        adv.goto(f"{base}/login")
        axe_check(adv)
        adv.get_by_label("メールアドレス").fill("sato@example.jp")
        adv.get_by_label("パスワード").fill(PASSWORD)
        adv.get_by_label("パスワード").press("Enter")
        adv.wait_for_url(f"{base}/")
        axe_check(adv)
        adv.get_by_role("link", name="新しい案件を作成する").click()
        adv.get_by_label("事業者名（必須）").fill("株式会社やまだ陶苑")
        adv.get_by_label("事例の題名").fill("老舗茶わん屋の事業承継" + XSS)
        adv.get_by_label("必ず隠す人名（1行に1件）").fill("山田太郎\n山田健一\n鈴木一郎")
        adv.get_by_label("必ず隠す組織名（1行に1件）").fill("株式会社やまだ陶苑")
        axe_check(adv)
        adv.get_by_role("button", name="作成する").click()
        adv.wait_for_url(re.compile(r"/engagements/\d+$"))
        eng_url = adv.url
        adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(EXAMPLE))
        adv.get_by_role("button", name="匿名化して新しい版を作る").click()
        adv.wait_for_url(re.compile(r"/versions/\d+$"))
        assert adv.locator("#original mark").count() > 10
        assert "山田太郎" not in adv.locator("#result").inner_text()
        axe_check(adv)
        # mark missed text by selecting it in the original
        adv.evaluate("""() => {
            const pre = document.getElementById('original');
            const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
            let n; while ((n = walker.nextNode())) { const i = n.data.indexOf('商いラジオ');
              if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 5);
                const s = getSelection(); s.removeAllRanges(); s.addRange(r); break; } }
            pre.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""")
        assert adv.locator("#selected").input_value() == "商いラジオ"
        assert adv.locator("#mark-form input[name=start]").input_value() != ""
        adv.get_by_label("置き換える語（空欄なら〔種類〕）").fill("ある番組")
        adv.get_by_role("button", name="追加する").click()
        adv.wait_for_load_state()
        assert "ある番組" in adv.locator("#result").inner_text()
        # send version 1
        adv.goto(eng_url)
        adv.get_by_role("button", name="第1版をお客様に送る").click()
        link1 = adv.locator("#new-link").input_value()
        axe_check(adv)
        # client: reads, comments on a selected passage, disputes a claim, asks for changes
        cli.goto(link1)
        axe_check(cli)
        assert "山田太郎" not in cli.locator("#doc").inner_text()
        claims = cli.locator("form.claim")
        assert claims.count() >= 2
        claims.nth(0).get_by_label("事実と異なります", exact=True).check()
        claims.nth(0).get_by_label("異なる点（「事実と異なります」の場合は必須）").fill("新商品の効果です" + XSS)
        claims.nth(0).get_by_role("button").click()
        cli.wait_for_load_state()
        cli.get_by_role("textbox", name="コメント", exact=True).fill("表現をやわらげてください" + XSS)
        cli.get_by_role("button", name="コメントを送る").click()
        cli.wait_for_load_state()
        cli.get_by_label("ご担当者のお名前").last.fill("山田 太郎")  # the approve form is not offered while disputed
        cli.get_by_label("修正してほしい点").fill("成果の書き方を直してください")
        cli.get_by_role("button", name="修正を依頼する").click()
        cli.wait_for_load_state()
        assert "修正をご依頼いただきました" in cli.content()
        # adviser sees it, uploads version 2, sends it
        adv.goto(eng_url)
        assert "成果の書き方を直してください" in adv.content() and "異議あり" in adv.content()
        v2 = tmp_path / "v2.md"
        v2.write_text(EXAMPLE.read_text(encoding="utf-8").replace("当事務所の支援のおかげで、", "新商品の開発もあり、"), encoding="utf-8")
        adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(v2))
        adv.get_by_role("button", name="匿名化して新しい版を作る").click()
        adv.wait_for_url(re.compile(r"/versions/\d+$"))
        adv.goto(eng_url)
        adv.get_by_role("button", name="第2版をお客様に送る").click()
        link2 = adv.locator("#new-link").input_value()
        # client: sees the diff, confirms every claim, approves with consent
        cli.goto(link2)
        assert "新商品の開発もあり" in cli.locator("#diff ins").all_inner_texts()
        axe_check(cli)
        for i in range(cli.locator("form.claim").count()):
            form = cli.locator("form.claim").nth(i)
            form.get_by_label("事実です", exact=True).check()
            form.get_by_role("button").click()
            cli.wait_for_load_state()
        cli.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
        cli.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
        cli.get_by_role("button", name="この版を承認する").click()
        cli.wait_for_load_state()
        assert "この版は承認済みです" in cli.content()
        withdraw_url = cli.locator("#withdraw-url").input_value()
        # adviser exports the approved version with its certificate
        adv.goto(eng_url)
        adv.get_by_role("link", name="承認済みの版を書き出す").click()
        axe_check(adv)
        with adv.expect_download() as dl:
            adv.get_by_role("link", name="承認証明書（PDF）をダウンロードする").click()
        assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
        adv.goto(adv.url.rsplit("/export", 1)[0] + "/export/certificate.html")
        assert "山田 太郎" in adv.content()
        axe_check(adv)
        # client withdraws; the adviser's open page shows it without reloading (htmx polling)
        adv.goto(eng_url)
        cli.goto(withdraw_url)
        axe_check(cli)
        cli.get_by_role("button", name="同意を撤回する").click()
        cli.wait_for_load_state()
        adv.locator("#summary", has_text="撤回").wait_for(state="attached", timeout=15000)
        adv.goto(f"{eng_url}/audit")
        assert "改ざんはありません" in adv.content()
        axe_check(adv)
    assert dialogs == [], "an XSS payload ran"


def test_core_actions_work_without_javascript(browser, live_app):
    app, port, base = live_app
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    with serve(app, port):
        page = browser.new_context(java_script_enabled=False).new_page()
        page.goto(f"{base}/login")
        page.get_by_label("メールアドレス").fill("sato@example.jp")
        page.get_by_label("パスワード").fill(PASSWORD)
        page.get_by_role("button", name="ログインする").click()
        page.get_by_role("link", name="新しい案件を作成する").click()
        page.get_by_label("事業者名（必須）").fill("テスト商店")
        page.get_by_role("button", name="作成する").click()
        page.get_by_label("または本文を貼り付け").fill("山田太郎社長のおかげで売上が2倍に増加しました。")
        page.get_by_role("button", name="匿名化して新しい版を作る").click()
        page.get_by_label("隠す文字列（元の文章を選択すると自動で入ります。入力した場合は、同じ文字列をすべて隠します）").fill("2倍")
        page.get_by_role("button", name="追加する").click()
        assert "2倍" not in page.locator("#result").inner_text()
        page.get_by_role("link", name=re.compile("に戻る")).click()
        page.get_by_role("button", name="第1版をお客様に送る").click()
        link = page.locator("#new-link").input_value()
        client = browser.new_context(java_script_enabled=False).new_page()
        client.goto(link)
        client.locator("form.claim").first.get_by_label("事実です", exact=True).check()
        client.locator("form.claim").first.get_by_role("button").click()
        client.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
        client.get_by_label("ご担当者のお名前").first.fill("山田")
        client.get_by_role("button", name="この版を承認する").click()
        assert "この版は承認済みです" in client.content()


def test_client_can_answer_and_approve_with_the_keyboard_only(browser, live_app):
    from fastapi.testclient import TestClient
    from review_support import login, post

    from tokumei.review.commands import DEMO_EMAIL, create_demo

    app, port, base = live_app
    pw = create_demo(app.state.sessions)
    adv = TestClient(app, base_url="http://testserver")
    login(adv, DEMO_EMAIL, pw)
    eng = re.search(r'href="(/engagements/\d+)"', adv.get("/").text).group(1)
    vid = re.search(r'href="/versions/(\d+)"', adv.get(eng).text).group(1)
    r = post(adv, eng, f"/versions/{vid}/send", {"days": "3"})
    link = re.search(r'id="new-link" readonly value="([^"]+)"', r.text).group(1)
    with serve(app, port):
        page = browser.new_page()
        page.goto(link)
        n_claims = page.locator("form.claim").count()
        assert n_claims >= 1

        def tab_to(selector: str, limit: int = 200) -> None:
            for _ in range(limit):
                page.keyboard.press("Tab")
                if page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector):
                    return
            raise AssertionError(f"{selector} is not reachable with Tab")

        for i in range(n_claims):
            form = f"form.claim:nth-of-type({i + 1})"
            cid = page.locator("form.claim").nth(i).get_attribute("id").split("-")[1]
            tab_to(f"#ok-{cid}")
            page.keyboard.press("Space")
            tab_to(f"#claim-{cid} button")
            with page.expect_navigation():
                page.keyboard.press("Enter")
            assert page.locator(f"#claim-{cid} .state").inner_text().startswith("現在の回答"), form
        tab_to("#consent")
        page.keyboard.press("Space")
        tab_to("#person_name")
        page.keyboard.type("山田 太郎")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "この版は承認済みです" in page.content()
