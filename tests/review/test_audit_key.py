"""The keyed audit chain (issue #13, defect 5): rewriting an event and recomputing every hash
fails `tokumei audit verify`; the key is outside the database (0600 file or environment);
chains from before keying still verify; the chain head is printed on certificates (HTML and
PDF) and exports; `--expect-head` names what it found."""
from __future__ import annotations

import io
import json
import os
import re
import stat

import pytest
from review_support import login, new_engagement, post, send_link, upload, version_id
from sqlalchemy import text

from tokumei.cli import main
from tokumei.review import audit
from tokumei.review.app import close_app, create_app
from tokumei.review.settings import AUDIT_KEY_ENV, Settings

COLS = ("seq", "ts", "engagement_id", "actor", "kind", "ip", "user_agent", "data")


def _drop_triggers(conn, dialect):
    if dialect == "postgresql":
        conn.execute(text("DROP TRIGGER events_no_update ON events"))
        conn.execute(text("DROP TRIGGER IF EXISTS events_no_truncate ON events"))
    else:
        conn.execute(text("DROP TRIGGER events_no_update"))
        conn.execute(text("DROP TRIGGER events_no_delete"))


def _args(env, *more):
    args = ["audit", "verify", "--data-dir", env.settings.data_dir]
    if env.settings.database_url:
        args += ["--database-url", env.settings.database_url]
    return args + list(more)


def _some_events(env, n=3):
    env.adviser()
    c = env.client()
    login(c)
    eid = new_engagement(c)
    for i in range(n):
        upload(c, eid, f"山田太郎です。第{i}稿。")
    return c, eid


def _rechain(conn, key: bytes | None, edit=None):
    """What an attacker with write access to the database does: change rows, then recompute
    every hash from the first event on (with ``key``: someone who also holds the key)."""
    rows = conn.execute(text(f"SELECT id, {', '.join(COLS)} FROM events ORDER BY id")).all()
    prev = audit.GENESIS
    conn.execute(text("UPDATE events SET hash = 'tmp' || id"))  # the hash column is unique
    for r in rows:
        fields = {c: getattr(r, c) for c in COLS}
        if edit:
            fields = edit(fields)
        h = audit.event_hash(fields, prev, key)
        conn.execute(text(f"UPDATE events SET {', '.join(f'{c} = :{c}' for c in COLS)}, prev_hash = :p, hash = :h "
                          "WHERE id = :id"), {**fields, "p": prev, "h": h, "id": r.id})
        prev = h


def _ip_of_seq(seq, ip):
    return lambda f: {**f, "ip": ip} if f["seq"] == seq else f


def test_key_file_is_outside_the_database_with_mode_600(env):
    _some_events(env, 1)
    path = os.path.join(env.settings.data_dir, "audit_key")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    key = open(path, encoding="utf-8").read().strip()
    assert len(key) >= 32
    with env.app.state.sessions() as db:
        dump = json.dumps([[getattr(e, c) for c in COLS + ("prev_hash", "hash")]
                           for e in db.scalars(audit.select(audit.Event))], ensure_ascii=False)
        first = db.scalars(audit.select(audit.Event).order_by(audit.Event.seq)).first()
    assert key not in dump
    assert first.kind == audit.KEYED and json.loads(first.data) == {"key_id": audit.key_id(key.encode()), "plain_events": 0}


def test_rewriting_an_event_and_recomputing_every_hash_fails_verify(env, capsys):
    c, eid = _some_events(env)
    assert main(_args(env)) == 0
    assert "改ざんはありません" in c.get(f"/engagements/{eid}/audit").text
    engine = env.app.state.engine
    with engine.begin() as conn:
        _drop_triggers(conn, engine.dialect.name)
        _rechain(conn, None, _ip_of_seq(3, "203.0.113.9"))  # the attack that passed before keying
    capsys.readouterr()
    assert main(_args(env)) == 3
    err = capsys.readouterr().err
    assert "E805" in err and "1 番の内容が記録後に変更されています" in err
    page = c.get(f"/engagements/{eid}/audit").text  # the adviser's audit view says so too
    assert "改ざんを検出しました" in page and "3 番の内容が記録後に変更されています" in page
    # a guessed key does not help either
    with engine.begin() as conn:
        _rechain(conn, b"g" * 48)
    assert main(_args(env)) == 3


def test_rewriting_the_whole_chain_without_the_keyed_start_fails(env, capsys):
    _some_events(env)
    engine = env.app.state.engine
    with engine.begin() as conn:  # turn the keyed start into an ordinary event, recompute as plain SHA-256
        _drop_triggers(conn, engine.dialect.name)
        _rechain(conn, None, lambda f: {**f, "kind": "login"} if f["kind"] == audit.KEYED else f)
    capsys.readouterr()
    assert main(_args(env)) == 3
    assert "鍵で保護された記録が一件もありません" in capsys.readouterr().err


def test_verify_needs_the_key_and_names_a_wrong_one(env, capsys, monkeypatch):
    _some_events(env, 1)
    key_file = os.path.join(env.settings.data_dir, "audit_key")
    other = env.settings.data_dir + "-elsewhere"
    args = ["audit", "verify", "--data-dir", other, "--database-url", env.url]
    capsys.readouterr()
    assert main(args) == 3  # no key where verify looks: it cannot vouch for the keyed events
    assert "鍵がありません" in capsys.readouterr().err
    monkeypatch.setenv(AUDIT_KEY_ENV, "w" * 40)
    assert main(args) == 3
    assert "鍵が違います" in capsys.readouterr().err
    monkeypatch.setenv(AUDIT_KEY_ENV, open(key_file, encoding="utf-8").read().strip())
    assert main(args) == 0
    assert "鍵つき" in capsys.readouterr().out


def test_key_from_the_environment_and_refused_when_readable_by_others(tmp_path, monkeypatch):
    monkeypatch.setenv(AUDIT_KEY_ENV, "e" * 40)
    assert Settings(data_dir=str(tmp_path / "a")).audit_key() == b"e" * 40
    assert not (tmp_path / "a" / "audit_key").exists()
    monkeypatch.setenv(AUDIT_KEY_ENV, "short")
    with pytest.raises(Exception, match="E830"):
        Settings(data_dir=str(tmp_path / "a")).audit_key()
    monkeypatch.delenv(AUDIT_KEY_ENV)
    s = Settings(data_dir=str(tmp_path / "b"))
    assert s.audit_key(create=False) is None
    key = s.audit_key()
    os.chmod(tmp_path / "b" / "audit_key", 0o644)
    with pytest.raises(Exception, match="E830"):
        s.audit_key()
    os.chmod(tmp_path / "b" / "audit_key", 0o600)
    assert s.audit_key() == key


def test_an_old_unkeyed_chain_still_verifies_and_is_protected_once_keyed(tmp_path, capsys):
    """A database written before keying: verify says it is the weaker old form; the first start
    with a key appends the keyed start, which pins the plain part as it was."""
    from tokumei.review.db import make_engine, migrate, session_factory
    from tokumei.review.models import Event

    data = tmp_path / "data"
    settings = Settings(data_dir=str(data), secret_key="k" * 32, cookie_secure=False)
    engine = make_engine(settings)
    migrate(engine)
    with session_factory(engine)() as db:  # written the old way: plain SHA-256
        prev = audit.GENESIS
        for seq in (1, 2, 3):
            ev = Event(seq=seq, ts=f"2026-11-0{seq}T00:00:00.000000Z", engagement_id=1, actor="adviser:1",
                       kind="edited", ip="127.0.0.1", user_agent="old", data="{}", prev_hash=prev, hash="")
            ev.hash = audit.event_hash(audit._fields(ev), prev)
            db.add(ev)
            prev = ev.hash
        db.commit()
    engine.dispose()
    args = ["audit", "verify", "--data-dir", str(data)]
    assert main(args) == 0
    out = capsys.readouterr()
    assert "鍵なし（古い形式）" in out.out and "計算し直されると検出できません" in out.err
    app = create_app(settings)  # first start with a key
    with app.state.sessions() as db:
        keyed = db.scalars(audit.select(Event).where(Event.kind == audit.KEYED)).one()
    assert keyed.seq == 4 and json.loads(keyed.data)["plain_events"] == 3
    assert main(args) == 0 and "鍵つき" in capsys.readouterr().out
    with app.state.engine.begin() as conn:  # rewrite a plain event and recompute the plain part
        _drop_triggers(conn, "sqlite")
        rows = conn.execute(text(f"SELECT id, {', '.join(COLS)} FROM events WHERE seq <= 3 ORDER BY id")).all()
        prev = audit.GENESIS
        for r in rows:
            fields = {c: getattr(r, c) for c in COLS}
            fields["ip"] = "203.0.113.9"
            h = audit.event_hash(fields, prev)
            conn.execute(text("UPDATE events SET ip = :ip, prev_hash = :p, hash = :h WHERE id = :id"),
                         {"ip": fields["ip"], "p": prev, "h": h, "id": r.id})
            prev = h
    close_app(app)
    assert main(args) == 3
    assert "4 番の前のハッシュが一致しません" in capsys.readouterr().err


def _approved(env):
    c, eid = _some_events(env, 0)
    vid = version_id(upload(c, eid, "山田太郎社長の会社です。"))
    link = send_link(c, vid, eid)
    cli = env.client()
    sha = re.search(r'name="sha256" value="([0-9a-f]{64})"', cli.get(link).text).group(1)
    r = post(cli, link, f"{link}/decision", {"action": "approve", "person_name": "山田", "consent": "yes", "sha256": sha})
    assert r.status_code == 200
    return c, eid


def _anchors_in_chain(env):
    with env.app.state.sessions() as db:
        return {f"{e.seq}:{e.hash}" for e in db.scalars(audit.select(audit.Event))}


def test_certificates_and_exports_carry_the_chain_head(env):
    from pdfminer.high_level import extract_text

    adv, eid = _approved(env)
    page = adv.get(f"/engagements/{eid}/export").text
    html = adv.get(f"/engagements/{eid}/export/certificate.html").text
    pdf = adv.get(f"/engagements/{eid}/export/certificate.pdf").content
    txt = adv.get(f"/engagements/{eid}/export/text")
    anchors = _anchors_in_chain(env)
    found = [re.search(r'id="audit-anchor">(\d+:[0-9a-f]{64})<', p).group(1) for p in (page, html)]
    pdf_text = re.sub(r"\s+", "", extract_text(io.BytesIO(pdf)))
    m = re.search(r"監査ログの先頭(\d+:[0-9a-f]{64})", pdf_text)
    assert m, pdf_text[:500]
    found += [m.group(1), txt.headers["x-audit-head"]]
    assert all(a in anchors for a in found), (found, anchors)
    # the certificate's anchor is the event of that export itself (newest at the time)
    seqs = [int(a.split(":")[0]) for a in found]
    assert seqs[1] < seqs[2] < seqs[3]
    assert "--expect-head" in html


def test_expect_head_names_what_it_found(env, capsys):
    adv, eid = _approved(env)
    anchor = adv.get(f"/engagements/{eid}/export/text").headers["x-audit-head"]
    seq, h = anchor.split(":")
    capsys.readouterr()
    assert main(_args(env, "--expect-head", anchor)) == 0
    assert f"{seq} 番（現在の先頭）" in capsys.readouterr().err
    upload(adv, eid, "山田太郎社長の会社です。追記しました。")  # the chain grows after the anchor: fine, and said
    assert main(_args(env, "--expect-head", anchor)) == 0
    last = int(seq) + 1
    assert f"控えた先頭ハッシュは {seq} 番にあります（控えた後に {last}〜{last} 番の 1 件" in capsys.readouterr().err
    engine = env.app.state.engine
    with engine.begin() as conn:  # the newest events deleted
        _drop_triggers(conn, engine.dialect.name)
        conn.execute(text("DELETE FROM events WHERE seq >= :s"), {"s": int(seq)})
    assert main(_args(env)) == 0  # a shortened chain is still a valid chain...
    capsys.readouterr()
    assert main(_args(env, "--expect-head", anchor)) == 3  # ...but the anchor says what is missing
    err = capsys.readouterr().err
    assert f"控えた先頭は {seq} 番ですが、ログは {int(seq) - 1} 番までしかありません（{seq}〜{seq} 番が削除" in err
    assert "[head-missing]" in err
    assert main(_args(env, "--expect-head", h)) == 3  # the hash alone: not found, both causes named
    assert "どこにもありません" in capsys.readouterr().err


def test_expect_head_catches_a_rewrite_by_someone_holding_the_key(env, capsys):
    adv, eid = _approved(env)
    anchor = adv.get(f"/engagements/{eid}/export/text").headers["x-audit-head"]
    seq = int(anchor.split(":")[0])
    key = open(os.path.join(env.settings.data_dir, "audit_key"), encoding="utf-8").read().strip().encode()
    engine = env.app.state.engine
    with engine.begin() as conn:
        _drop_triggers(conn, engine.dialect.name)
        _rechain(conn, key, _ip_of_seq(2, "203.0.113.9"))
    assert main(_args(env)) == 0  # with the key and the database the chain can be rewritten...
    capsys.readouterr()
    assert main(_args(env, "--expect-head", anchor)) == 3  # ...but not the anchor the client holds
    err = capsys.readouterr().err
    assert f"{seq} 番のハッシュが控えと違います" in err and "[head-different]" in err
    assert "末尾の削除" not in err
