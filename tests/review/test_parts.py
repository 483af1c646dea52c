"""Smaller parts: the character diff, the one-time code by e-mail (real SMTP server, aiosmtpd),
the certificate PDF, the CLI's demo account."""
from __future__ import annotations

import re

import pytest
from live import free_port
from review_support import csrf_of, login, new_engagement, post, send_link, upload, version_id

from tokumei.review.diff import changed, diff_html


def test_diff_is_character_level_for_japanese_and_escaped():
    assert diff_html("売上が増加", "売上が大きく増加") == "売上が<ins>大きく</ins>増加"
    assert diff_html("山田社長", "A社長") == "<del>山田</del><ins>A</ins>社長"
    assert diff_html("<b>", "<i>") == "&lt;<del>b</del><ins>i</ins>&gt;"
    assert changed("あい", "あう") == 2


def test_one_time_code_by_email(sqlite_env):
    from dataclasses import replace

    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

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
        adv = env.client()
        login(adv)
        eid = new_engagement(adv)
        vid = version_id(upload(adv, eid, "山田太郎です。支援のおかげで売上が増加しました。"))
        r = post(adv, f"/engagements/{eid}", f"/versions/{vid}/send", {"days": "7", "email": "keiri@example.jp"})
        link = re.search(r'value="http://testserver(/c/[^"]+)"', r.text).group(1)
        assert "メールでお送りしました" in r.text
        # the link itself goes by e-mail when SMTP is configured
        assert len(received) == 1 and received[0]["To"] == "keiri@example.jp"
        from email.header import decode_header, make_header

        assert "第1版のご確認のお願い" in str(make_header(decode_header(received[0]["Subject"])))
        assert f"http://testserver{link}" in received[0].get_payload(decode=True).decode("utf-8")
        cli = env.client()
        r = cli.get(link)
        assert "確認コードの入力" in r.text and "支援のおかげで" not in r.text
        assert len(received) == 2 and received[1]["To"] == "keiri@example.jp"
        code = re.search(r"確認コード: (\d{6})", received[1].get_payload(decode=True).decode("utf-8")).group(1)
        r = post(cli, link, f"{link}/otp", {"code": "000000" if code != "000000" else "111111"})
        assert r.status_code == 401
        assert post(cli, link, f"{link}/comments", {"body": "x"}).status_code == 403
        r = post(cli, link, f"{link}/otp", {"code": code})
        assert r.status_code == 200 and "支援のおかげで" in r.text
        # another browser with the same link still needs the code
        other = env.client()
        assert "確認コードの入力" in other.get(link).text
        # resending is limited (no mail bombing through the link)
        codes = [post(other, link, f"{link}/otp/resend").status_code for _ in range(6)]
        assert codes[:5] == [200] * 5 and codes[5] == 429
        assert len(received) == 7
    finally:
        ctl.stop()


def test_client_never_sees_codes_or_field_names_when_the_code_mail_fails(sqlite_env):
    from dataclasses import replace

    env = sqlite_env
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎です。"))
    port = free_port()  # a real SMTP server only while the link is sent, then gone
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    ctl = Controller(Sink(), hostname="127.0.0.1", port=port)
    ctl.start()
    env.app.state.settings = replace(env.settings, smtp_host="127.0.0.1", smtp_port=port)
    try:
        r = post(adv, f"/engagements/{eid}", f"/versions/{vid}/send", {"days": "7", "email": "keiri@example.jp"})
        link = re.search(r'value="http://testserver(/c/[^"]+)"', r.text).group(1)
    finally:
        ctl.stop()
    r = env.client().get(link)  # the one-time code cannot be mailed now
    main = r.text.split("<main")[1]
    assert r.status_code == 400 and "作成者にお問い合わせ" in main
    assert not re.search(r"E\d{3}|smtp|field", main)


def test_send_with_email_but_no_smtp_is_a_clear_error(sqlite_env):
    env = sqlite_env
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    vid = version_id(upload(adv, eid, "山田太郎です。"))
    r = post(adv, f"/engagements/{eid}", f"/versions/{vid}/send", {"days": "7", "email": "keiri@example.jp"})
    assert r.status_code == 400 and "email" in r.text and "SMTP" in r.text
    assert "keiri@example.jp" not in r.text.split("<main")[1].split("</main>")[0].split("error")[1][:200]


def test_demo_account_and_example(sqlite_env):
    from tokumei.review.commands import DEMO_EMAIL, create_demo

    env = sqlite_env
    pw = create_demo(env.app.state.sessions)
    c = env.client()
    assert login(c, DEMO_EMAIL, pw).status_code == 200
    page = c.get("/").text
    assert "やまだ陶苑（デモ）" in page
    eid = int(re.search(r'href="/engagements/(\d+)"', page).group(1))
    vpage = c.get(f"/engagements/{eid}").text
    vid = int(re.search(r'href="/versions/(\d+)"', vpage).group(1))
    assert "山田太郎" not in re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', c.get(f"/versions/{vid}").text, re.S).group(1)
    # running --demo again keeps one engagement and issues a new password
    pw2 = create_demo(env.app.state.sessions)
    assert pw2 != pw and login(env.client(), DEMO_EMAIL, pw2).status_code == 200


def test_client_page_after_a_message_still_has_a_working_csrf_token(sqlite_env):
    """The cached review page fills in each session's CSRF token, also on pages with a message."""
    env = sqlite_env
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    link = send_link(adv, version_id(upload(adv, eid, "山田太郎です。")), eid)
    cli = env.client()
    r = post(cli, link, f"{link}/comments", {"body": "一つ目"})
    assert "コメントを送信しました" in r.text and "\x00" not in r.text
    r = cli.post(f"{link}/comments", data={"body": "二つ目", "csrf_token": csrf_of(r.text)})
    assert r.status_code == 200 and "二つ目" in r.text
    other = env.client()
    assert csrf_of(other.get(link).text) != csrf_of(cli.get(link).text)
    assert cli.post(f"{link}/comments", data={"body": "x", "csrf_token": "日本語"}).status_code == 403


def test_docx_draft_is_read_and_anonymized(sqlite_env, tmp_path):
    import io

    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("山田太郎社長の会社の事例です。")
    d.add_paragraph("支援のおかげで売上が2倍に増加しました。")
    buf = io.BytesIO()
    d.save(buf)
    env = sqlite_env
    env.adviser()
    adv = env.client()
    login(adv)
    eid = new_engagement(adv)
    r = post(adv, f"/engagements/{eid}", f"/engagements/{eid}/versions",
             files={"draft": ("事例.docx", buf.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")})
    assert r.status_code == 200, r.text
    result = re.search(r'<pre id="result" class="doc"[^>]*>(.*?)</pre>', r.text, re.S).group(1)
    assert "山田太郎" not in result and "売上が2倍に増加" in result


@pytest.mark.parametrize("given,expected", [
    ("postgresql://u@127.0.0.1:5432/db", "postgresql+psycopg://u@127.0.0.1:5432/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_database_url_uses_psycopg3(given, expected):
    from tokumei.review.settings import Settings

    assert Settings(database_url=given).url() == expected
    assert Settings(data_dir="/tmp/x").url() == "sqlite:////tmp/x/tokumei.sqlite3"


def test_serve_with_unreachable_database_is_a_clear_error(capsys, tmp_path):
    from tokumei.cli import main

    port = free_port()  # nothing listens here
    rc = main(["serve", "--data-dir", str(tmp_path), "--database-url", f"postgresql://u:secret@127.0.0.1:{port}/x"])
    err = capsys.readouterr().err
    assert rc == 2 and "E806" in err and "--database-url" in err and "secret" not in err
