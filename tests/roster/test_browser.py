"""Real browser (Playwright + Debian chromium, no downloads): an organiser imports a 40-member
.xlsx with a parents'-employer column, members answer from a 390 px phone (some 掲載しない, some
役員のみ, one with the keyboard only), editions for two audiences are printed, one member
withdraws after the first editions, two more are printed; the PDF text (pdftotext) of every
edition holds exactly the consented fields of each member for that audience — nothing else —
and no refused column (保護者の勤務先, 生年月日, 既往歴). axe-core checks every page."""
from __future__ import annotations

import csv
import io
import re
import sys
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "review"))

from live import free_port, serve  # noqa: E402
from review_support import PASSWORD  # noqa: E402
from roster_support import pdf_text, people, squash, xlsx_bytes  # noqa: E402

from tokumei.review.app import close_app, create_app  # noqa: E402
from tokumei.review.commands import create_adviser  # noqa: E402
from tokumei.review.settings import Settings  # noqa: E402
from tokumei.roster.fields import included  # noqa: E402

pytestmark = pytest.mark.browser
AXE = Path(__file__).parents[1] / "review" / "vendor" / "axe.min.js"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
FIELDS = {"name": "氏名", "kana": "ふりがな", "grade_class": "学年", "address": "住所", "phone": "電話番号"}
KEYS = ["members", "officers"]
LABEL = {"members": "掲載する（会員全員）", "officers": "役員のみ", "none": "掲載しない"}


def axe_check(page) -> None:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert bad == [], f"{page.url}: {bad}"


def plan(i: int) -> dict[str, str] | None:
    """What member i answers (None: does not answer). Every kind of answer occurs."""
    kind = i % 5
    if kind == 0:
        return {f: "none" for f in FIELDS}  # 掲載しない
    if kind == 1:
        return {"name": "officers", "kana": "officers", "phone": "officers", "grade_class": "none", "address": "none"}
    if kind == 2:
        return {"name": "members", "kana": "members", "grade_class": "members", "phone": "officers", "address": "none"}
    if kind == 3:
        return {"name": "members", "grade_class": "officers", "address": "officers", "kana": "none", "phone": "none"}
    return None


@pytest.fixture
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=ARGS)
        yield b
        b.close()


def test_forty_members_two_audiences_and_a_withdrawal(browser, tmp_path, chromium_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(Settings(data_dir=str(tmp_path / "d"), secret_key=uuid.uuid4().hex, cookie_secure=False, base_url=base))
    create_adviser(app.state.sessions, "sato@example.jp", "佐藤 花子", PASSWORD)
    rows = people(40)
    src = tmp_path / "さくら小_名簿.xlsx"
    src.write_bytes(xlsx_bytes(rows))
    pdfs: list[tuple[str, dict[int, dict[str, str]], str]] = []  # (audience, consent state, pdf text)
    try:
        with serve(app, port):
            adv = browser.new_context(bypass_csp=True, locale="ja-JP", accept_downloads=True).new_page()
            adv.goto(f"{base}/login")
            adv.get_by_label("メールアドレス").fill("sato@example.jp")
            adv.get_by_label("パスワード").fill(PASSWORD)
            adv.get_by_label("パスワード").press("Enter")
            adv.wait_for_url(f"{base}/")
            adv.goto(f"{base}/rosters/new")
            axe_check(adv)
            adv.get_by_label("名簿の名前（必須）").fill("さくら小学校PTA 名簿")
            adv.get_by_label("利用目的（必須）").fill("学級の連絡網と行事のお知らせ")
            adv.get_by_label("住所", exact=True).check()
            adv.get_by_label("保存期限（配布した名簿を回収・廃棄する日。和暦も可）").fill("令和9年3月31日")
            adv.get_by_role("button", name="作成する").click()
            adv.wait_for_url(re.compile(r"/rosters/\d+$"))
            roster_url = adv.url.split("#")[0]
            adv.get_by_label("名簿ファイル（.xlsx または .csv、5MB まで）").set_input_files(str(src))
            adv.get_by_role("button", name="取り込む").click()
            adv.wait_for_selector("#import-result")
            result = adv.locator("#import-result").inner_text()
            assert "40 名を取り込み" in result
            assert re.search(r"保護者の勤務先\s+組織名\s+取り込みません", result)
            assert "生年月日" in result and "要配慮個人情報（病歴）" in result
            axe_check(adv)
            with adv.expect_download() as dl:
                adv.get_by_role("button", name="全員のリンクを作る（CSV）").click()
            table = list(csv.reader(io.StringIO(Path(dl.value.path()).read_bytes().decode("utf-8-sig"))))[1:]
            link_of = {row[1]: row[3] for row in table}
            assert len(link_of) == 40

            phone = browser.new_context(bypass_csp=True, locale="ja-JP", viewport={"width": 390, "height": 844},
                                        is_mobile=True, has_touch=True)
            state: dict[int, dict[str, str]] = {i: {} for i in range(40)}
            for i, row in enumerate(rows):
                want = plan(i)
                if want is None:
                    continue
                m = phone.new_page()
                m.goto(link_of[row["氏名"]])
                if i == 0:
                    axe_check(m)
                    assert m.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
                    assert row["保護者の勤務先"] not in m.content() and row["生年月日"] not in m.content()
                if i == 1:  # keyboard only: focus moves with Tab, radios are chosen with the arrow keys/space
                    m.get_by_label("お預かりしている内容（違っていれば直してください）").first.focus()
                    for f, choice in want.items():
                        group = m.get_by_role("radiogroup", name=f"{FIELDS_JA[f]}の掲載")
                        radio = group.get_by_role("radio", name=LABEL[choice], exact=True)
                        radio.focus()
                        m.keyboard.press("Space")
                        assert radio.is_checked()
                    m.get_by_role("button", name="この内容で回答する").focus()
                    m.keyboard.press("Enter")
                else:
                    for f, choice in want.items():
                        m.get_by_role("radiogroup", name=f"{FIELDS_JA[f]}の掲載").get_by_role(
                            "radio", name=LABEL[choice], exact=True).check()
                    m.get_by_role("button", name="この内容で回答する").click()
                m.wait_for_selector("#done")
                assert "ご回答を受け付けました" in m.locator("#done").inner_text()
                if i == 2:
                    axe_check(m)
                state[i] = want
                m.close()

            def publish_and_print(audience_label: str, order_label: str, recipient: str) -> None:
                adv.goto(roster_url)
                adv.get_by_label("配布先", exact=True).select_option(label=audience_label)
                adv.get_by_label("並び順").select_option(label=order_label)
                adv.get_by_role("button", name="今の同意の状態で新しい版を作る").click()
                adv.wait_for_selector(".flash")
                art = adv.locator("article.edition").first
                art.get_by_label("受け取る方").fill(recipient)
                with adv.expect_download() as dl:
                    art.get_by_role("button", name="配布番号つきの写しを作る").click()
                data = Path(dl.value.path()).read_bytes()
                aud = "members" if audience_label == "会員全員" else "officers"
                pdfs.append((aud, {k: dict(v) for k, v in state.items()}, pdf_text(data, tmp_path)))

            publish_and_print("会員全員", "五十音順", "会員 各家庭 配布用")
            publish_and_print("役員のみ", "学年・クラス順", "役員 田中")
            # member 2 withdraws after the first editions
            m = phone.new_page()
            m.goto(link_of[rows[2]["氏名"]])
            m.get_by_role("button", name="すべての掲載をやめる（同意の撤回）").click()
            m.wait_for_selector("#done")
            assert "同意を撤回しました" in m.locator("#done").inner_text()
            state[2] = {f: "none" for f in FIELDS}
            publish_and_print("会員全員", "五十音順", "会員 各家庭 配布用")
            publish_and_print("役員のみ", "五十音順", "役員 鈴木")
            adv.goto(roster_url)
            page = adv.locator("main").inner_text()
            assert "回答済み 32 名" in squash_spaces(page) and "未回答 8 名" in squash_spaces(page)
            assert page.count("役員 田中") == 1 and "役員 鈴木" in page
            for name in (rows[0]["氏名"], rows[1]["氏名"]):
                assert name not in page  # counts, not a list of who declined
            adv.goto(f"{roster_url}/members")
            adv.get_by_role("link", name=rows[2]["氏名"]).click()
            hist = adv.locator("main").inner_text()
            assert "第1版" in hist and "第2版" in hist and "第3版" not in hist and "2027-03-31" in hist
            axe_check(adv)
    finally:
        close_app(app)

    assert len(pdfs) == 4
    checked = 0
    for aud, st, text in pdfs:
        for i, row in enumerate(rows):
            listed = included(st[i].get("name"), aud, KEYS)
            for f, col in FIELDS.items():
                if f == "grade_class":
                    continue  # shared by many members; checked through the other fields
                v = squash(row[col])
                others = [squash(r[col]) for j, r in enumerate(rows) if j != i]
                if any(v in o for o in others):
                    continue  # not unique (e.g. the same reading): cannot be attributed
                allowed = listed and included(st[i].get(f), aud, KEYS)
                assert (v in text) is allowed, (aud, i, f, st[i])
                checked += 1
            for col in ("保護者の勤務先", "生年月日"):
                assert squash(row[col]) not in text
        assert "喘息" not in text and "花粉症" not in text
    assert checked > 500
    # the withdrawn member is in the first two editions only
    who = squash(rows[2]["氏名"])
    assert [who in t for _a, _s, t in pdfs] == [True, True, False, False]


FIELDS_JA = {"name": "氏名", "kana": "ふりがな", "grade_class": "学年・クラス", "address": "住所", "phone": "電話"}


def squash_spaces(s: str) -> str:
    return re.sub(r"\s+", " ", s)
