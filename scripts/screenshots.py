"""Take the README screenshots of each step of the review flow with Playwright driving Debian's
chromium (no browser download). Starts the app on loopback with a throw-away database.

例::

    $ .venv/bin/python scripts/screenshots.py   # → docs/screenshots/*.png
"""
from __future__ import annotations

import re
import socket
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import uvicorn
from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PASSWORD = "demo-password-123"


@contextmanager
def demo_app() -> Iterator[tuple[Any, str, str, Browser]]:
    """The app on a free loopback port with a throw-away data folder and the adviser 佐藤 花子 signed
    up, served by uvicorn in a thread, and Debian's chromium: ``(app, base URL, data folder, browser)``. Shared by
    this script and scripts/roster_screenshots.py."""
    from tokumei.review.app import close_app, create_app
    from tokumei.review.commands import create_adviser
    from tokumei.review.settings import Settings

    OUT.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as d:
        app = create_app(Settings(data_dir=d, cookie_secure=False, base_url=base))
        create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        t = threading.Thread(target=server.run, daemon=True)
        t.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as p:
                yield app, base, d, p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        finally:
            server.should_exit = True
            t.join(10)
            close_app(app)


def main() -> int:
    with demo_app() as (app, base, d, b):
        shot = lambda page, name: page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)  # noqa: E731
        adv = b.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP")
        adv.goto(f"{base}/login")
        adv.get_by_label("メールアドレス").fill("sato@example.jp")
        adv.get_by_label("パスワード").fill(PASSWORD)
        shot(adv, "01-login")
        adv.get_by_role("button", name="ログインする").click()
        adv.get_by_role("link", name="新しい案件を作成する").click()
        adv.get_by_label("事業者名（必須）").fill("株式会社やまだ陶苑")
        adv.get_by_label("事例の題名").fill("老舗茶わん屋の事業承継")
        adv.get_by_label("必ず隠す人名（1行に1件）").fill("山田太郎\n山田健一\n鈴木一郎")
        adv.get_by_label("必ず隠す組織名（1行に1件）").fill("株式会社やまだ陶苑")
        adv.get_by_label("公開する場所（同意事項に表示されます）").fill("さとう社労士事務所ウェブサイト「事例紹介」")
        adv.get_by_label("公開する期間（同意事項に表示されます）").fill("公開日から3年間")
        shot(adv, "02-engagement")
        adv.get_by_role("button", name="作成する").click()
        eng_url = adv.url
        adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(ROOT / "examples" / "case-study.md"))
        adv.get_by_role("button", name="匿名化して新しい版を作る").click()
        adv.wait_for_url(re.compile(r"/versions/\d+$"))
        shot(adv, "03-review-detections")
        adv.get_by_label(re.compile("^隠す文字列")).fill("商いラジオ")
        adv.get_by_label("種類", exact=True).select_option("OTHER")
        adv.get_by_label("置き換える語（空欄なら〔種類〕）").fill("ある番組")
        adv.get_by_role("button", name="追加する").click()
        adv.wait_for_load_state()
        adv.goto(eng_url)
        adv.get_by_role("button", name="第1版をお客様に送る").click()
        link = adv.locator("#new-link").input_value()
        shot(adv, "04-send-link")
        cli = b.new_page(viewport={"width": 1280, "height": 900}, locale="ja-JP")
        cli.goto(link)
        shot(cli, "05-client-reads")
        form = cli.locator("form.claim").first
        form.get_by_label("事実と異なります", exact=True).check()
        form.get_by_label("異なる点（「事実と異なります」の場合は必須）").fill("売上の増加は新商品の効果が大きいです。")
        form.get_by_role("button").click()
        cli.locator("#claims").scroll_into_view_if_needed()
        shot(cli, "06-client-disputes-claim")
        cli.get_by_label("ご担当者のお名前").last.fill("山田 太郎")  # no approve form while disputed
        cli.get_by_label("修正してほしい点").fill("成果の書き方を直してください。")
        cli.get_by_role("button", name="修正を依頼する").click()
        v2 = Path(d) / "v2.md"
        v2.write_text((ROOT / "examples" / "case-study.md").read_text(encoding="utf-8")
                      .replace("当事務所の支援のおかげで、", "新商品の開発もあり、"), encoding="utf-8")
        adv.goto(eng_url)
        adv.get_by_label("下書きファイル（.txt .md .docx、2MB まで）").set_input_files(str(v2))
        adv.get_by_role("button", name="匿名化して新しい版を作る").click()
        adv.goto(eng_url)
        adv.get_by_role("button", name="第2版をお客様に送る").click()
        link2 = adv.locator("#new-link").input_value()
        cli.goto(link2)
        cli.locator("#diff ins").first.scroll_into_view_if_needed()
        shot(cli, "07-client-diff")
        for i in range(cli.locator("form.claim").count()):
            f = cli.locator("form.claim").nth(i)
            f.get_by_label("事実です", exact=True).check()
            f.get_by_role("button").click()
            cli.wait_for_load_state()
        cli.get_by_label("上記の同意事項を確認し、この本文の公開に同意します").check()
        cli.get_by_label("ご担当者のお名前").first.fill("山田 太郎")
        cli.locator("#decision").scroll_into_view_if_needed()
        shot(cli, "08-client-consent")
        cli.get_by_role("button", name="この版を承認する").click()
        withdraw = cli.locator("#withdraw-url").input_value()
        phone = b.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, locale="ja-JP")
        phone.goto(link2)
        shot(phone, "13-phone-client")
        phone.goto(link)
        shot(phone, "14-superseded")
        adv.goto(eng_url)
        adv.get_by_role("link", name="第2版の検出結果を確認・編集する").click()
        adv.locator("#carried").scroll_into_view_if_needed()
        shot(adv, "15-carried")
        adv.goto(eng_url + "/export")
        shot(adv, "09-export")
        adv.goto(eng_url + "/export/certificate.html")
        shot(adv, "10-certificate")
        cli.goto(withdraw)
        cli.get_by_role("button", name="同意を撤回する").click()
        adv.goto(eng_url)
        shot(adv, "11-withdrawn")
        adv.goto(eng_url + "/audit")
        shot(adv, "12-audit")
        b.close()
    print(f"{len(list(OUT.glob('*.png')))} screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
