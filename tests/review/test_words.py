"""What a person reads (issue #13): times in JST 「2026年12月4日 13時14分」 on every page, the
certificate (HTML and PDF); words instead of internal identifiers on the adviser's screens;
advisers made on the command line have a display name; an oversized upload gets a Japanese page."""
from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from review_support import PASSWORD, login, new_engagement, post, send_link, upload, version_id

from tokumei.cli import main
from tokumei.review.jst import jst
from tokumei.review.models import Adviser, Decision, Event
from tokumei.review.names import actor_ja, reason_ja

JST_TIME = re.compile(r"20\d\d年\d{1,2}月\d{1,2}日 \d{1,2}時\d\d分")
IDENTIFIER = re.compile(r"adviser:\d|client:link|(?:jp|generic)\.[a-z_.]+\.v\d|\bUTC\b")


@pytest.mark.parametrize("value, expected", [
    ("2026-12-04T04:14:59.999999Z", "2026年12月4日 13時14分"),
    (datetime(2026, 12, 4, 4, 14, tzinfo=timezone.utc), "2026年12月4日 13時14分"),
    (datetime(2026, 12, 4, 4, 14), "2026年12月4日 13時14分"),  # naive from SQLite: UTC
    (datetime(2026, 12, 31, 15, 5, tzinfo=timezone.utc), "2027年1月1日 0時05分"),  # the date changes too
    (datetime(2026, 12, 4, 13, 14, tzinfo=timezone(timedelta(hours=9))), "2026年12月4日 13時14分"),
    (None, ""),
])
def test_jst(value, expected):
    assert jst(value) == expected


@pytest.mark.parametrize("reason, expected", [
    ("人名（jp.names.rules.v1: 人名（姓名））", "人名 — 自動検出（人名・組織名の規則）: 人名（姓名）"),
    ("組織名（jp.names.dict.v1: プロジェクト辞書に登録された名前）", "組織名 — 案件に登録した名前: プロジェクト辞書に登録された名前"),
    ("電話番号（jp.phone.v1: 番号体系に合致・文脈語「代表」・検査OK）", "電話番号 — 自動検出（形式の規則）: 番号体系に合致・文脈語「代表」・検査OK"),
    ("確認者が手動で指定", "確認者が手動で指定"),
    ("jp.names.ginza.v1 による", "自動検出（文の解析） による"),
])
def test_reason_in_words(reason, expected):
    assert reason_ja(reason) == expected


@pytest.mark.parametrize("actor, expected", [
    ("adviser:1", "担当者 山田 一郎"), ("adviser:9", "担当者（削除されたアカウント 9）"),
    ("client:link#2", "事業者（リンク2）"), ("system", "システム"), ("client:link#x", "不明"),
    ("member:3", "会員（番号3）"), ("cli", "コマンド（tokumei roster）"), ("member:x", "不明"),  # roster actors
])
def test_actor_in_words(actor, expected):
    assert actor_ja(actor, {1: "山田 一郎"}) == expected


def _approved(env):
    env.adviser(name="山田 一郎")
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎社長の会社です。電話は03-1234-5678です。"))
    link = send_link(adv, vid, eid)
    cli = env.client()
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', cli.get(link).text).group(1)
    r = post(cli, link, f"{link}/decision", {"action": "approve", "person_name": "山田", "consent": "yes", "sha256": sha})
    withdraw = re.search(r'id="withdraw-url" readonly value="http://testserver(/w/[^"]+)"', r.text).group(1)
    return adv, cli, eid, vid, link, withdraw


def test_every_page_shows_jst_and_no_identifiers(env):
    from pdfminer.high_level import extract_text

    adv, cli, eid, vid, link, withdraw = _approved(env)
    with env.app.state.sessions() as db:
        approved_at = db.query(Decision).one().created_at
        ts = [e.ts for e in db.query(Event).filter(Event.engagement_id == eid)]
    when = jst(approved_at)
    adviser_pages = {u: adv.get(u).text for u in ("/", f"/engagements/{eid}", f"/engagements/{eid}/status",
                                                  f"/versions/{vid}", f"/engagements/{eid}/audit",
                                                  f"/engagements/{eid}/export",
                                                  f"/engagements/{eid}/export/certificate.html")}
    for url, html in adviser_pages.items():
        assert not IDENTIFIER.search(html), (url, IDENTIFIER.search(html).group(0))
    for url in (f"/engagements/{eid}/status", f"/engagements/{eid}/export", f"/engagements/{eid}/export/certificate.html"):
        assert when in adviser_pages[url], url
    audit_page = adviser_pages[f"/engagements/{eid}/audit"]
    assert all(jst(t) in audit_page for t in ts)
    assert "担当者 山田 一郎" in audit_page and "事業者（リンク1）" in audit_page
    assert "自動検出（人名・組織名の規則）" in adviser_pages[f"/versions/{vid}"] or \
        "案件に登録した名前" in adviser_pages[f"/versions/{vid}"]
    for url in (link, withdraw):  # the client's pages
        html = cli.get(url).text
        assert when in html and not re.search(r"\bUTC\b", html), url
    pdf = extract_text(io.BytesIO(adv.get(f"/engagements/{eid}/export/certificate.pdf").content))
    assert when in pdf.replace("\n", "") and "UTC" not in pdf


def test_the_consent_states_show_jst(env):
    """The pages the consent branch added or changed after the merge: the client's approved page,
    the withdrawn state on the review link, the withdrawal page and the adviser's status all give
    the approval and withdrawal times in JST, never a stored UTC/ISO time."""
    adv, cli, eid, vid, link, withdraw = _approved(env)
    assert post(cli, withdraw, withdraw, {"reason": "方針が変わりました"}).status_code == 200
    with env.app.state.sessions() as db:
        d = db.query(Decision).one()
        approved, withdrawn = jst(d.created_at), jst(d.withdrawn_at)
    pages = {"review": env.client().get(link).text, "withdraw": env.client().get(withdraw).text,
             "status": adv.get(f"/engagements/{eid}/status").text}
    assert withdrawn in pages["review"] and "同意は撤回されています" in pages["review"]
    assert withdrawn in pages["withdraw"] and withdrawn in pages["status"] and approved in pages["status"]
    for name, html in pages.items():
        assert not re.search(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d|\bUTC\b", html), name


def test_adviser_created_on_the_command_line_has_a_display_name(env, monkeypatch, capsys):
    monkeypatch.setenv("TOKUMEI_PASSWORD", PASSWORD)
    base = ["serve", "--data-dir", env.settings.data_dir, "--create-adviser", "other@example.jp"]
    if env.settings.database_url:
        base += ["--database-url", env.settings.database_url]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(base) == 3  # a new account needs a name (E800)
    assert "--display-name" in capsys.readouterr().err
    assert main(base + ["--display-name", "高橋 次郎"]) == 0
    with env.app.state.sessions() as db:
        assert db.query(Adviser).filter(Adviser.email == "other@example.jp").one().name == "高橋 次郎"
    adv = env.client()
    login(adv, "other@example.jp")
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎社長の会社です。"))
    page = env.client().get(send_link(adv, vid, eid)).text
    assert "高橋 次郎 が作成した" in page and "other が作成した" not in page
    assert main(base) == 0  # an existing account: the password is reset, the name kept
    with env.app.state.sessions() as db:
        assert db.query(Adviser).filter(Adviser.email == "other@example.jp").one().name == "高橋 次郎"


def test_oversized_upload_gets_a_japanese_page(env):
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    limit = env.settings.max_upload_bytes
    r = post(adv, f"/engagements/{eid}", f"/engagements/{eid}/versions",
             files={"draft": ("big.md", b"a" * (limit + 512 * 1024), "text/markdown")})
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("text/html")
    assert '<html lang="ja">' in r.text and "申し訳ありません" in r.text and "256KB までです" in r.text
    assert "content-security-policy" in r.headers
