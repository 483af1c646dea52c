"""Take the README / docs/roster.md screenshots of the roster flow with Playwright driving Debian's
chromium (no browser download); the app runs on loopback with a throw-away database and invented
members. The edition PDF's first page is rendered with pdftoppm (poppler-utils).

例::

    $ .venv/bin/python scripts/roster_screenshots.py   # → docs/screenshots/roster-*.png
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

from screenshots import OUT, PASSWORD, ROOT, demo_app  # the same app, adviser and chromium set-up

sys.path.insert(0, str(ROOT / "tests" / "roster"))
LABEL = {"members": "掲載する（会員全員）", "officers": "役員のみ", "none": "掲載しない"}
FIELDS_JA = {"name": "氏名", "kana": "ふりがな", "grade_class": "学年・クラス", "address": "住所", "phone": "電話"}


def main() -> int:
    from roster_support import people, xlsx_bytes

    with demo_app() as (app, base, d, b):
        rows = people(40)
        src = Path(d) / "さくら小_名簿.xlsx"
        src.write_bytes(xlsx_bytes(rows))
        shot = lambda page, name, full=False: page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)  # noqa: E731
        adv = b.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP", accept_downloads=True).new_page()
        adv.goto(f"{base}/login")
        adv.get_by_label("メールアドレス").fill("sato@example.jp")
        adv.get_by_label("パスワード").fill(PASSWORD)
        adv.get_by_role("button", name="ログインする").click()
        adv.goto(f"{base}/rosters/new")
        adv.get_by_label("名簿の名前（必須）").fill("さくら小学校PTA 令和8年度 名簿")
        adv.get_by_label("利用目的（必須）").fill("学級の連絡網と行事のお知らせ")
        adv.get_by_label("住所", exact=True).check()
        adv.get_by_label("保存期限（配布した名簿を回収・廃棄する日。和暦も可）").fill("令和9年3月31日")
        shot(adv, "roster-01-create")
        adv.get_by_role("button", name="作成する").click()
        adv.wait_for_url(re.compile(r"/rosters/\d+$"))
        url = adv.url
        adv.get_by_label("名簿ファイル（.xlsx または .csv、5MB まで）").set_input_files(str(src))
        adv.get_by_role("button", name="取り込む").click()
        adv.wait_for_selector("#import-result")
        adv.locator("#import-result").scroll_into_view_if_needed()
        adv.locator("#h-import").locator("..").screenshot(path=str(OUT / "roster-02-import.png"))
        with adv.expect_download() as dl:
            adv.get_by_role("button", name="全員のリンクを作る（CSV）").click()
        links = {r[1]: r[3] for r in list(csv.reader(io.StringIO(Path(dl.value.path()).read_bytes().decode("utf-8-sig"))))[1:]}
        phone = b.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                              device_scale_factor=2, locale="ja-JP")
        plans = [{"name": "members", "kana": "members", "grade_class": "members", "phone": "officers"},
                 {"name": "officers", "phone": "officers"}, {}, {"name": "members", "address": "officers"}]
        for i, row in enumerate(rows[:30]):
            m = phone.new_page()
            m.goto(links[row["氏名"]])
            if i == 0:
                shot(m, "roster-03-member-phone")
            for f, c in plans[i % 4].items():
                m.get_by_role("radiogroup", name=f"{FIELDS_JA[f]}の掲載").get_by_role("radio", name=LABEL[c], exact=True).check()
            if i == 0:
                m.get_by_role("group", name="電話").scroll_into_view_if_needed()
                shot(m, "roster-04-member-choices")
            m.get_by_role("button", name="この内容で回答する").click()
            m.wait_for_selector("#done")
            if i == 0:
                shot(m, "roster-05-member-done")
            m.close()
        for aud, order, who in (("会員全員", "五十音順", "会員 各家庭配布用"), ("役員のみ", "学年・クラス順", "役員 田中")):
            adv.goto(url)
            adv.get_by_label("配布先", exact=True).select_option(label=aud)
            adv.get_by_label("並び順").select_option(label=order)
            adv.get_by_role("button", name="今の同意の状態で新しい版を作る").click()
            adv.wait_for_selector(".flash")
            art = adv.locator("article.edition").first
            art.get_by_label("受け取る方").fill(who)
            with adv.expect_download() as dl:
                art.get_by_role("button", name="配布番号つきの写しを作る").click()
            pdf = Path(d) / f"{aud}.pdf"
            pdf.write_bytes(Path(dl.value.path()).read_bytes())
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "roster-07-edition-pdf")], check=True)
        adv.goto(url)
        adv.locator("#h-status").locator("..").screenshot(path=str(OUT / "roster-06-status.png"))
        adv.locator("#h-editions").locator("..").screenshot(path=str(OUT / "roster-08-editions.png"))
        m = phone.new_page()
        m.goto(links[rows[0]["氏名"]])
        m.get_by_role("button", name="すべての掲載をやめる（同意の撤回）").click()
        adv.goto(f"{url}/members")
        adv.get_by_role("link", name=rows[0]["氏名"]).click()
        shot(adv, "roster-09-member-history")
        b.close()
    print("\n".join(sorted(str(p.relative_to(ROOT)) for p in OUT.glob("roster-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
