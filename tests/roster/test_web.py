"""The roster area over HTTP on SQLite and PostgreSQL: organiser pages behind the adviser login,
members through personal links (hashed, expiring, revocable), IDOR between members and between
rosters, CSRF, counts without a pressure list."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

from review_support import csrf_of, login, post
from roster_support import people, pdf_text, xlsx_bytes
from sqlalchemy import update

from tokumei.review.jst import jst as jst_ja
from tokumei.roster.models import Member, MemberLink
from tokumei.roster.service import utcnow


def make_roster(c, n=6, **extra) -> tuple[int, list[dict], str]:
    data = {"name": "さくら小PTA名簿", "purpose": "学級の連絡網", "audiences": "会員全員\n役員のみ",
            "fields": ["name", "kana", "grade_class", "address", "phone"], "retention": "令和9年3月31日", **extra}
    r = post(c, "/rosters/new", "/rosters", data)
    assert r.status_code == 200, r.text
    rid = int(re.search(r"/rosters/(\d+)", str(r.url)).group(1))
    rows = people(n)
    r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/import",
             files={"file": ("名簿.xlsx", xlsx_bytes(rows), "application/octet-stream")})
    assert r.status_code == 200 and f"{n} 名を取り込みました" in r.text
    return rid, rows, r.text


def issue_links(c, rid) -> dict[str, str]:
    r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/links", {"days": "30"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]
    return {row[1]: row[3].replace("http://testserver", "") for row in rows}


def answer(c, link: str, **choices):
    page = c.get(link)
    assert page.status_code == 200
    data = {"csrf_token": csrf_of(page.text), "by": "member", **{f"c_{k}": v for k, v in choices.items()}}
    return c.post(link, data=data)


def test_organiser_flow_and_member_answers(env, tmp_path):
    env.adviser()
    c = env.client()
    login(c)
    rid, rows, page = make_roster(c)
    assert "保護者の勤務先" in page and "取り込みません" in page and "要配慮個人情報（病歴）" in page
    assert rows[0]["保護者の勤務先"] not in page and rows[0]["生年月日"] not in page
    assert 'id="count-unanswered">6<' in page
    links = issue_links(c, rid)
    assert len(links) == 6
    m = env.client()  # the member: no account, a different browser
    first, second = rows[0]["氏名"], rows[1]["氏名"]
    held = m.get(links[first]).text
    assert first in held and rows[0]["電話番号"] in held and rows[1]["電話番号"] not in held
    assert rows[0]["保護者の勤務先"] not in held  # refused column never stored, never shown
    r = answer(m, links[first], name="members", phone="officers", address="none")
    assert r.status_code == 200 and "ご回答を受け付けました" in r.text
    assert re.search(r'name="c_phone" value="officers" checked', r.text)
    # correction of a held value
    data = {"csrf_token": csrf_of(r.text), "by": "guardian", "c_name": "officers", "v_phone": "090-0000-1111"}
    r = m.post(links[second], data=data)
    assert r.status_code == 200
    page = c.get(f"/rosters/{rid}").text
    assert 'id="count-answered">2<' in page and 'id="count-unanswered">4<' in page
    assert first not in page and second not in page  # counts, not a list of who answered what
    # editions for two audiences, numbered copies
    assert post(c, f"/rosters/{rid}", f"/rosters/{rid}/editions", {"audience": "members", "order": "kana"}).status_code == 200
    assert post(c, f"/rosters/{rid}", f"/rosters/{rid}/editions", {"audience": "officers", "order": "class"}).status_code == 200
    eids = [int(x) for x in re.findall(r"/rosters/\d+/editions/(\d+)/copies", c.get(f"/rosters/{rid}").text)]
    for eid in eids:
        r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/editions/{eid}/copies", {"recipient": "役員 田中", "fmt": "pdf"})
        assert r.status_code == 200 and r.content.startswith(b"%PDF")
        text = pdf_text(r.content, tmp_path)
        officers = "役員のみ" in text.split("配布先:")[1][:6]
        assert first.replace(" ", "") in text
        assert (rows[0]["電話番号"] in text) is officers
        assert (second.replace(" ", "") in text) is officers and ("090-0000-1111" not in text)
        assert rows[0]["住所"] not in text and rows[2]["氏名"].replace(" ", "") not in text
    page = c.get(f"/rosters/{rid}").text
    assert page.count("役員 田中") == 2  # distribution log
    # withdrawal through the member's page; the organiser sees the earlier editions
    r = m.post(f"{links[first]}/withdraw", data={"csrf_token": csrf_of(m.get(links[first]).text)})
    assert "同意を撤回しました" in r.text
    page = c.get(f"/rosters/{rid}").text
    assert re.search(r'id="narrowed-1">[^<]*<strong>1 名</strong>', page) and 'id="narrowed-2"' in page
    mid = re.search(r'/rosters/\d+/members/(\d+)">' + re.escape(first), c.get(f"/rosters/{rid}/members").text).group(1)
    hist = c.get(f"/rosters/{rid}/members/{mid}").text
    assert "第1版" in hist and "第2版" in hist and "2027-03-31" in hist
    disc = c.get(f"/rosters/{rid}/members/{mid}/disclosure.json").json()
    assert disc["answers"][-1]["kind"] == "撤回" and len(disc["editions"]) == 2
    assert c.get(f"/rosters/{rid}/members/{mid}/disclosure.pdf").content.startswith(b"%PDF")
    log = c.get(f"/rosters/{rid}/audit").text
    assert "改ざんはありません" in log
    # times a person reads are JST (the stored UTC text stays only in the datetime attribute)
    shown = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', log)
    assert shown and all(text == jst_ja(ts) for ts, text in shown) and "UTC" not in log
    # and who did it in words, not internal identifiers (adviser:1, member:3)
    assert not re.search(r"adviser:\d|member:\d", log) and "担当者 " in log and "会員（番号" in log
    for kind in ("名簿の作成", "取り込み", "個人用リンクの発行", "会員の閲覧", "回答", "訂正", "版の作成", "写しの配布", "撤回", "開示"):
        assert f"<td>{kind}</td>" in log, kind
    for row in rows:  # the log page shows ids, counts and hashes only
        assert row["氏名"] not in log and row["電話番号"] not in log
    assert "役員 田中" not in log and "090-0000-1111" not in log


def test_links_idor_csrf_expiry(env):
    env.adviser()
    env.adviser("other@example.jp", "別の 主催者")
    c = env.client()
    login(c)
    rid, rows, _ = make_roster(c, 3)
    links = issue_links(c, rid)
    a, b = rows[0]["氏名"], rows[1]["氏名"]
    m = env.client()
    # CSRF: a member's POST without the session token is refused and changes nothing
    m.get(links[a])
    assert m.post(links[a], data={"c_name": "members"}).status_code == 403
    assert m.post(links[a], data={"c_name": "members", "csrf_token": "forged"}).status_code == 403
    # IDOR between members: A's form cannot name B (no ids in the form); B is unchanged
    r = m.post(links[a], data={"csrf_token": csrf_of(m.get(links[a]).text), "c_name": "members", "member": "2",
                               "member_id": "2"})
    assert r.status_code == 200
    with env.app.state.sessions() as db:
        states = {x.data["name"]: x.choices for x in db.query(Member).all()}
    assert states[a]["name"] == "members" and states[b] == {}
    # an unknown audience is refused before anything changes (no half-saved correction)
    r = m.post(links[a], data={"csrf_token": csrf_of(m.get(links[a]).text), "c_name": "everyone", "v_phone": "000"})
    assert r.status_code == 400 and "E878" in r.text
    with env.app.state.sessions() as db:
        assert next(x for x in db.query(Member).all() if x.data["name"] == a).data["phone"] == rows[0]["電話番号"]
    # unknown → 404, revoked or expired → 410
    assert m.get("/m/" + "x" * 43).status_code == 404
    assert m.get("/m/" + "x" * 500).status_code == 404
    with env.app.state.sessions() as db:
        db.execute(update(MemberLink).values(expires_at=utcnow() - timedelta(seconds=1)))
        db.commit()
    assert m.get(links[a]).status_code == 410
    assert m.post(links[a], data={"csrf_token": "x"}).status_code in (403, 410)
    links = issue_links(c, rid)
    assert m.get(links[a]).status_code == 200
    mid = re.search(r'/rosters/\d+/members/(\d+)">' + re.escape(a), c.get(f"/rosters/{rid}/members").text).group(1)
    assert post(c, f"/rosters/{rid}/members/{mid}", f"/rosters/{rid}/members/{mid}/revoke").status_code == 200
    assert m.get(links[a]).status_code == 410 and m.get(links[b]).status_code == 200
    # IDOR between rosters and organisers: 404 everywhere
    c2 = env.client()
    login(c2, "other@example.jp")
    rid2, _, _ = make_roster(c2, 2)
    post(c2, f"/rosters/{rid2}", f"/rosters/{rid2}/editions", {"audience": "members", "order": "kana"})
    eid2 = re.search(r"/rosters/\d+/editions/(\d+)/copies", c2.get(f"/rosters/{rid2}").text).group(1)
    for url in (f"/rosters/{rid}", f"/rosters/{rid}/members", f"/rosters/{rid}/members/{mid}", f"/rosters/{rid}/audit",
                f"/rosters/{rid}/members/{mid}/disclosure.json", f"/rosters/{rid}/members/{mid}/disclosure.pdf"):
        assert c2.get(url).status_code == 404, url
    assert post(c2, f"/rosters/{rid2}", f"/rosters/{rid}/editions", {"audience": "members"}).status_code == 404
    assert post(c2, f"/rosters/{rid2}", f"/rosters/{rid}/links").status_code == 404
    # my own roster path with another roster's edition or member id → 404
    assert post(c, f"/rosters/{rid}", f"/rosters/{rid}/editions/{eid2}/copies", {"recipient": "x"}).status_code == 404
    mid2 = re.search(r'/rosters/\d+/members/(\d+)"', c2.get(f"/rosters/{rid2}/members").text).group(1)
    assert c.get(f"/rosters/{rid}/members/{mid2}").status_code == 404
    # organiser pages need a login; organiser POSTs need CSRF
    anon = env.client()
    assert anon.get(f"/rosters/{rid}").url.path == "/login"
    assert c.post(f"/rosters/{rid}/editions", data={"audience": "members"}).status_code == 403


def test_member_page_is_usable_without_javascript_and_polite(sqlite_env):
    sqlite_env.adviser()
    c = sqlite_env.client()
    login(c)
    rid, rows, _ = make_roster(c, 1)
    link = next(iter(issue_links(c, rid).values()))
    html = sqlite_env.client().get(link).text
    assert "<script" not in html
    assert 'name="viewport"' in html and "ご回答がない項目は載せません" in html
    # opt-in: before answering, every field is preselected 掲載しない
    assert len(re.findall(r'value="none" checked', html)) == 5
    assert not re.search(r'value="(members|officers)" checked', html)
    for f in ("name", "kana", "grade_class", "address", "phone"):
        assert f'<label for="v-{f}">' in html and f'id="v-{f}"' in html


def test_links_and_reminders_by_email(sqlite_env):
    """Real SMTP server (aiosmtpd): only members with an address get a (new) link by mail; the
    reminder goes only to those who have not answered; the mail's link opens their page."""
    from dataclasses import replace

    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message
    from live import free_port

    received = []

    class Keep(Message):
        def handle_message(self, message):
            received.append(message)

    port = free_port()
    ctl = Controller(Keep(), hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        env = sqlite_env
        env.app.state.settings = replace(env.settings, smtp_host="127.0.0.1", smtp_port=port)
        env.adviser()
        c = env.client()
        login(c)
        data = {"name": "同窓会名簿", "purpose": "会報の送付", "fields": ["name", "email"], "retention": "2027-03-31"}
        r = post(c, "/rosters/new", "/rosters", data)
        rid = int(re.search(r"/rosters/(\d+)", str(r.url)).group(1))
        rows = people(4)
        rows[3]["メールアドレス"] = ""
        post(c, f"/rosters/{rid}", f"/rosters/{rid}/import",
             files={"file": ("名簿.xlsx", xlsx_bytes(rows), "application/octet-stream")})
        r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/links", {"days": "30", "by_mail": "1"})
        assert "3 名にメールでお送りしました" in r.text and "メールアドレスのない 1 名" in r.text
        assert sorted(m["To"] for m in received) == sorted(x["メールアドレス"] for x in rows[:3])
        bodies = {m["To"]: m.get_payload(decode=True).decode("utf-8") for m in received}
        link = re.search(r"http://testserver(/m/[\w-]+)", bodies[rows[0]["メールアドレス"]]).group(1)
        m = env.client()
        assert answer(m, link, name="members").status_code == 200
        received.clear()
        r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/remind", {"days": "14", "by_mail": "1"})
        assert "2 名にメールでお送りしました" in r.text
        assert sorted(x["To"] for x in received) == sorted(x["メールアドレス"] for x in rows[1:3])
        from email.header import decode_header, make_header

        assert all("再送" in str(make_header(decode_header(x["Subject"]))) for x in received)
        assert m.get(link).status_code == 200  # the answered member's link was not replaced
        # SMTP down: E882 naming the setting, no address in the message
        env.app.state.settings = replace(env.settings, smtp_host="127.0.0.1", smtp_port=free_port())
        r = post(c, f"/rosters/{rid}", f"/rosters/{rid}/remind", {"days": "14", "by_mail": "1"})
        assert r.status_code == 400 and "E882" in r.text and "@" not in r.text.split("E882")[1][:200]
    finally:
        ctl.stop()


def test_member_page_next_to_the_review_pages(sqlite_env):
    """The review area's fast path keeps the app's loop-only connection for itself; the member page
    must keep answering after review pages were read (it once shared that connection and timed out)."""
    from review_support import EXAMPLE, new_engagement, send_link, upload, version_id

    env = sqlite_env
    env.adviser()
    c = env.client()
    login(c)
    rid, _rows, _ = make_roster(c, 2)
    links = list(issue_links(c, rid).values())
    eid = new_engagement(c)
    vid = version_id(upload(c, eid, EXAMPLE.read_text(encoding="utf-8")))
    review_link = send_link(c, vid, eid)
    client = env.client()
    for _ in range(3):
        assert client.get(review_link).status_code == 200
    m = env.client()
    for _ in range(3):
        for link in links:
            assert m.get(link).status_code == 200
            assert client.get(review_link).status_code == 200
