"""Consent integrity over HTTP on SQLite and PostgreSQL (issue #13, defects 1-3): a withdrawal
is final, an approval freezes the claims and the certificate is a snapshot, sending a new
version supersedes the older links, and at most one approval of an engagement is in force —
enforced by :mod:`tokumei.review.consent` and by the database's UNIQUE column."""
from __future__ import annotations

import json
import re

import pytest
from review_support import login, new_engagement, post, send_link, upload, version_id
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from tokumei.errors import TokumeiError
from tokumei.review import consent
from tokumei.review.models import Claim, Decision, Event, Link, Version

DRAFT = "山田太郎社長の会社です。支援のおかげで売上が2倍に増加しました。新しい評価制度を実現しました。"


def _setup(env):
    env.adviser()
    adv = env.client()
    login(adv)
    return adv, new_engagement(adv)


def _sha(html: str) -> str:
    return re.search(r'name="sha256" value="([0-9a-f]{64})"', html).group(1)


def approve(cli, link: str, name: str = "山田 太郎"):
    """Confirm every claim and approve; returns the response of the approval."""
    page = cli.get(link).text
    for cid in re.findall(r'action="/c/[^/]+/claims/(\d+)"', page):
        assert post(cli, link, f"{link}/claims/{cid}", {"answer": "confirmed"}).status_code == 200
    return post(cli, link, f"{link}/decision", {"action": "approve", "person_name": name, "consent": "yes",
                                               "sha256": _sha(cli.get(link).text)})


def _status(adv, eid) -> str:
    return re.search(r'id="summary">([^<]+)<', adv.get(f"/engagements/{eid}/status").text).group(1)


def test_withdrawal_ends_the_versions_consent_for_good(env):
    adv, eid = _setup(env)
    vid = version_id(upload(adv, eid, DRAFT))
    link = send_link(adv, vid, eid)
    cli = env.client()
    r = approve(cli, link)
    assert r.status_code == 200 and "この版は承認済みです" in r.text
    wurl = re.search(r'id="withdraw-url" readonly value="http://testserver(/w/[^"]+)"', r.text).group(1)
    assert post(cli, wurl, wurl, {"reason": "方針が変わりました"}).status_code == 200
    assert _status(adv, eid) == "同意が撤回されました"
    # the adviser holds the review link: a fresh browser sees no approval form ...
    other = env.client()
    page = other.get(link)
    assert page.status_code == 200 and "同意は撤回されています" in page.text
    assert "この版を承認する" not in page.text and 'action="/c/' not in page.text.split('id="h-doc"')[1]
    # ... and a POST of the old form (with a session and its CSRF token) is refused
    sha = re.search(r'<code id="sha" class="hash">([0-9a-f]{64})</code>', page.text).group(1)
    r = post(other, "/login", f"{link}/decision", {"action": "approve", "person_name": "代理人", "consent": "yes", "sha256": sha})
    assert r.status_code == 409 and "撤回されています" in r.text and "E81" not in r.text
    claim_id = env.app.state.sessions().scalar(select(Claim.id).where(Claim.version_id == vid))
    r = post(other, "/login", f"{link}/claims/{claim_id}", {"answer": "disputed", "note": "違います"})
    assert r.status_code == 409
    # without any cookie: no session, no CSRF token
    bare = env.client()
    assert bare.post(f"{link}/decision", data={"action": "approve", "person_name": "x", "consent": "yes",
                                               "sha256": sha}).status_code == 403
    assert _status(adv, eid) == "同意が撤回されました"
    assert adv.get(f"/engagements/{eid}/export/text").status_code == 409
    with env.app.state.sessions() as db:
        assert db.scalars(select(Decision).where(Decision.kind == "approved")).all().__len__() == 1
    # approving again needs a new version sent anew
    vid2 = version_id(upload(adv, eid, DRAFT + "よろしくお願いします。"))
    link2 = send_link(adv, vid2, eid)
    assert approve(cli, link2).status_code == 200
    assert _status(adv, eid) == "承認済み（第2版）"


def test_approval_freezes_claims_and_comments_and_the_certificate_is_a_snapshot(env):
    adv, eid = _setup(env)
    vid = version_id(upload(adv, eid, DRAFT))
    link = send_link(adv, vid, eid)
    cli = env.client()
    assert approve(cli, link).status_code == 200
    page = cli.get(link).text
    assert "/claims/" not in page and 'id="comment-form"' not in page  # no editable forms
    with env.app.state.sessions() as db:
        claim_ids = db.scalars(select(Claim.id).where(Claim.version_id == vid)).all()
    r = post(cli, link, f"{link}/claims/{claim_ids[0]}", {"answer": "disputed", "note": "実は違います"})
    assert r.status_code == 409 and "承認済みのため" in r.text
    assert post(cli, link, f"{link}/comments", {"body": "後からのコメント"}).status_code == 409
    with env.app.state.sessions() as db:
        assert {c.status for c in db.scalars(select(Claim).where(Claim.version_id == vid))} == {"confirmed"}
    assert _status(adv, eid) == "承認済み（第1版）"
    cert = adv.get(f"/engagements/{eid}/export/certificate.html").text
    assert "異議あり" not in cert and cert.count("事実と確認") == len(claim_ids)
    # the certificate prints what was approved even if the rows change afterwards
    with env.app.state.sessions() as db:
        db.execute(update(Claim).where(Claim.version_id == vid).values(status="disputed", note="承認後に書き換えた異論"))
        db.commit()
        d = db.scalar(select(Decision).where(Decision.kind == "approved"))
        ev = db.scalar(select(Event).where(Event.kind == "approved"))
        assert json.loads(ev.data)["snapshot"] == consent.snapshot_hash(d.snapshot)
    cert = adv.get(f"/engagements/{eid}/export/certificate.html").text
    # the rewritten rows are not printed: no dispute, no note (the anchor paragraph's own wording
    # — 「後から削除・書き換えされていないか」 — is not a claim's answer)
    assert "異議あり" not in cert
    assert "承認後に書き換えた異論" not in cert and cert.count("事実と確認") == len(claim_ids)
    assert consent.snapshot_hash(d.snapshot) in cert and d.snapshot["sha256"] in cert
    assert d.snapshot["consent"] == d.consent_text and "SHA-256" in d.snapshot["consent"]


def test_a_new_version_supersedes_the_older_links(env):
    adv, eid = _setup(env)
    v1 = version_id(upload(adv, eid, DRAFT))
    link1 = send_link(adv, v1, eid)
    cli = env.client()
    page1 = cli.get(link1).text  # the client has version 1 open ...
    for cid in re.findall(r'action="/c/[^/]+/claims/(\d+)"', page1):
        post(cli, link1, f"{link1}/claims/{cid}", {"answer": "confirmed"})
    v2 = version_id(upload(adv, eid, DRAFT.replace("2倍", "3倍")))
    link2 = send_link(adv, v2, eid)  # ... when version 2 is sent
    r = cli.get(link1)
    assert "新しい版があります" in r.text and "第2版" in r.text and "<form" not in r.text.split("<main")[1]
    r = post(cli, link2, f"{link1}/decision", {"action": "approve", "person_name": "山田", "consent": "yes",
                                               "sha256": _sha(page1)})
    assert r.status_code == 409 and "新しい版があります" in r.text
    assert post(cli, link2, f"{link1}/comments", {"body": "古い版へ"}).status_code == 409
    assert approve(cli, link2).status_code == 200
    assert _status(adv, eid) == "承認済み（第2版）"
    assert "3倍" in adv.get(f"/engagements/{eid}/export/text").text
    # an older version cannot be sent after a newer one
    r = post(adv, f"/engagements/{eid}", f"/versions/{v1}/send", {"days": "14"})
    assert r.status_code == 409 and "E814" in r.text
    assert "新しい版の送付により終了" in adv.get(f"/engagements/{eid}/status").text


def test_approving_a_newer_version_ends_the_older_approval(env):
    adv, eid = _setup(env)
    v1 = version_id(upload(adv, eid, DRAFT))
    cli = env.client()
    assert approve(cli, send_link(adv, v1, eid)).status_code == 200
    v2 = version_id(upload(adv, eid, DRAFT.replace("2倍", "3倍")))
    assert _status(adv, eid) == "承認済み（第1版）"  # v1 stays publishable until v2 is approved
    assert approve(cli, send_link(adv, v2, eid)).status_code == 200
    status = adv.get(f"/engagements/{eid}/status").text
    assert status.count("承認されました") == 1 and "新しい版の承認により終了しました" in status
    with env.app.state.sessions() as db:
        ds = db.scalars(select(Decision).order_by(Decision.id)).all()
        assert [(d.in_force_engagement_id, d.ended_reason) for d in ds] == [(None, "superseded"), (eid, None)]


def test_one_approval_in_force_is_enforced_below_the_pages(env, monkeypatch):
    """The race of #13: version 1 is approved after version 2 was approved."""
    adv, eid = _setup(env)
    v1 = version_id(upload(adv, eid, DRAFT))
    link1 = send_link(adv, v1, eid)
    cli = env.client()
    cli.get(link1)
    for cid in re.findall(r'action="/c/[^/]+/claims/(\d+)"', cli.get(link1).text):
        post(cli, link1, f"{link1}/claims/{cid}", {"answer": "confirmed"})
    v2 = version_id(upload(adv, eid, DRAFT.replace("2倍", "3倍")))
    assert approve(cli, send_link(adv, v2, eid)).status_code == 200
    names = {"title": "t", "client_name": "c", "adviser_name": "a"}
    with env.app.state.sessions() as db:
        link = db.scalar(select(Link).where(Link.version_id == v1))
        link.superseded_at = None  # as if the request had passed the link check just before v2 was sent
        db.commit()
        ver = db.get(Version, v1)
        with pytest.raises(TokumeiError) as e:  # the model layer sees the newer approval
            consent.approve(db, link, ver, person_name="x", consent_text="c", message="", withdraw_hash="h1", names=names)
        assert e.value.code == "E813"
        # both requests read "nothing in force" before either wrote: the database decides
        monkeypatch.setattr(consent, "in_force", lambda db, eid: None)
        with pytest.raises(TokumeiError) as e:
            consent.approve(db, link, ver, person_name="x", consent_text="c", message="", withdraw_hash="h2", names=names)
        assert e.value.code == "E813"
        monkeypatch.undo()
        # and a direct insert is refused by the UNIQUE column
        db.add(Decision(version_id=v1, link_id=link.id, kind="approved", sha256=ver.sha256, person_name="x",
                        in_force_engagement_id=eid))
        with pytest.raises(IntegrityError):
            db.commit()
        db.rollback()
        approved = db.scalars(select(Decision).where(Decision.kind == "approved")).all()
        assert [db.get(Version, d.version_id).number for d in approved] == [2]
    assert _status(adv, eid) == "承認済み（第2版）"
    assert "3倍" in adv.get(f"/engagements/{eid}/export/text").text


def test_an_edit_after_approval_ends_it_and_the_version_can_be_approved_again(env):
    adv, eid = _setup(env)
    vid = version_id(upload(adv, eid, DRAFT))
    link = send_link(adv, vid, eid)
    cli = env.client()
    assert approve(cli, link).status_code == 200
    page = adv.get(f"/versions/{vid}").text
    item = re.search(r'action="/versions/\d+/items/(\d+)"', page).group(1)
    lock = re.search(r'name="lock_version" value="(\d+)"', page).group(1)
    post(adv, f"/versions/{vid}", f"/versions/{vid}/items/{item}", {"action": "rename", "replacement": "X氏", "lock_version": lock})
    assert "承認は無効" in adv.get(f"/engagements/{eid}/status").text
    page = cli.get(link).text
    assert "承認は無効になりました" in page and "この版を承認する" in page
    assert approve(cli, link).status_code == 200  # not withdrawn: the client may approve the new text
    assert _status(adv, eid) == "承認済み（第1版）"


def test_migration_keeps_one_approval_in_force_per_engagement(tmp_path):
    """Data written before 0003_consent (two valid approvals, the bug) is backfilled: the newest
    stays in force, the older one counts as superseded, older links are superseded."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tokumei.review.db import alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        now = "2026-12-01 00:00:00"
        conn.execute(text("INSERT INTO advisers VALUES (1, 'a@example.jp', 'a', 'x', :t)"), {"t": now})
        conn.execute(text("INSERT INTO engagements VALUES (1, 1, 'c', 't', '[]', '[]', '[]', '[]', 'publication', "
                          "'', '', NULL, :t, 1)"), {"t": now})
        for n in (1, 2):
            conn.execute(text("INSERT INTO versions VALUES (:n, 1, :n, 's', 'o', '[]', '[]', 't', :h, :t, :t, 1)"),
                         {"n": n, "h": f"{n}" * 64, "t": now})
            conn.execute(text("INSERT INTO links VALUES (:n, 1, :n, :h, NULL, NULL, NULL, NULL, :t, NULL, :t)"),
                         {"n": n, "h": f"{n}" * 64, "t": now})
            conn.execute(text("INSERT INTO decisions VALUES (:n, :n, :n, 'approved', :h, 'p', '', '', NULL, :t, NULL, '')"),
                         {"n": n, "h": f"{n}" * 64, "t": now})
        command.upgrade(cfg, "heads")  # review and roster branches (r001_roster)
        rows = conn.execute(text("SELECT id, in_force_engagement_id, ended_reason FROM decisions ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [(1, None, "superseded"), (2, 1, None)]
        links = conn.execute(text("SELECT id, superseded_at IS NOT NULL FROM links ORDER BY id")).all()
        assert [tuple(r) for r in links] == [(1, 1), (2, 0)]
        with pytest.raises(IntegrityError):
            with conn.begin_nested():
                conn.execute(text("UPDATE decisions SET in_force_engagement_id = 1 WHERE id = 1"))
    engine.dispose()
