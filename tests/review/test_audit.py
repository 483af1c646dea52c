"""The audit log: the database refuses UPDATE/DELETE; `tokumei audit verify` detects edited,
deleted and reordered events (after dropping the triggers, or by editing the SQLite file)."""
from __future__ import annotations

import pytest
from review_support import login, new_engagement, upload
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tokumei.cli import main
from tokumei.review import audit


def _events(env, n_versions=2):
    env.adviser()
    c = env.client()
    login(c)
    eid = new_engagement(c)
    for i in range(n_versions):
        upload(c, eid, f"山田太郎です。第{i}稿。")
    with env.app.state.sessions() as db:
        count, head, problems = audit.verify(db)
    assert problems == [] and count >= 2 + n_versions
    return count, head


def _drop_triggers(conn, dialect):
    if dialect == "postgresql":
        conn.execute(text("DROP TRIGGER events_no_update ON events"))
    else:
        conn.execute(text("DROP TRIGGER events_no_update"))
        conn.execute(text("DROP TRIGGER events_no_delete"))


def _verify(env):
    with env.app.state.sessions() as db:
        return audit.verify(db)[2]


def test_database_refuses_update_and_delete(env):
    _events(env)
    engine = env.app.state.engine
    for stmt in ("UPDATE events SET actor = 'someone else' WHERE seq = 2", "DELETE FROM events WHERE seq = 2",
                 "DELETE FROM events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(stmt))
    assert _verify(env) == []


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_verify_detects_tampering(env, tamper):
    count, head = _events(env)
    engine = env.app.state.engine
    with engine.begin() as conn:
        _drop_triggers(conn, engine.dialect.name)
        if tamper == "edit":
            conn.execute(text("UPDATE events SET ip = '203.0.113.9' WHERE seq = 2"))
        elif tamper == "delete":
            conn.execute(text("DELETE FROM events WHERE seq = 3"))
        else:  # swap the contents of events 2 and 3 (rows keep their ids, so the order changes)
            rows = conn.execute(text("SELECT id, seq, ts, engagement_id, actor, kind, ip, user_agent, data, prev_hash, hash "
                                     "FROM events WHERE seq IN (2, 3) ORDER BY seq")).all()
            cols = ("seq", "ts", "engagement_id", "actor", "kind", "ip", "user_agent", "data", "prev_hash", "hash")
            conn.execute(text("UPDATE events SET seq = -seq, hash = substr('x' || hash, 1, 64) WHERE seq IN (2, 3)"))
            for target, source in ((rows[0], rows[1]), (rows[1], rows[0])):
                sets = ", ".join(f"{c} = :{c}" for c in cols)
                conn.execute(text(f"UPDATE events SET {sets} WHERE id = :id"),
                             {**{c: getattr(source, c) for c in cols}, "id": target.id})
    problems = _verify(env)
    assert problems, tamper
    kinds = {p.kind for p in problems}
    expected = {"edit": {"hash"}, "delete": {"gap", "link"}, "reorder": {"order", "link"}}[tamper]
    assert kinds & expected, (tamper, problems)
    # the command line says so, with an exit status
    args = ["audit", "verify", "--data-dir", env.settings.data_dir]
    if env.settings.database_url:
        args += ["--database-url", env.settings.database_url]
    assert main(args) == 3


def test_verify_cli_ok_and_tail_deletion_with_expected_head(env, capsys):
    count, head = _events(env)
    args = ["audit", "verify", "--data-dir", env.settings.data_dir]
    if env.settings.database_url:
        args += ["--database-url", env.settings.database_url]
    assert main(args) == 0
    assert f"{count} 件" in capsys.readouterr().out
    engine = env.app.state.engine
    with engine.begin() as conn:
        _drop_triggers(conn, engine.dialect.name)
        conn.execute(text("DELETE FROM events WHERE seq = :s"), {"s": count})
    assert main(args) == 0  # a shortened chain is still a valid chain...
    assert main(args + ["--expect-head", head]) == 3  # ...but not the one noted earlier


def test_raw_sqlite_file_edit_is_detected(sqlite_env):
    env = sqlite_env
    _events(env, 1)
    env.app.state.engine.dispose()
    path = env.url.replace("sqlite:///", "")
    data = open(path, "rb").read()
    assert data.count(b"testclient") >= 1  # the user agent recorded with each event
    with open(path, "r+b") as f:
        f.write(data.replace(b"testclient", b"testclienX", 1))
    assert main(["audit", "verify", "--data-dir", env.settings.data_dir]) == 3


def test_concurrent_writers_keep_one_unbroken_chain(env):
    """Two separate processes (as two server processes would be), four threads each, append at once."""
    import subprocess
    import sys

    code = """
import sys
from concurrent.futures import ThreadPoolExecutor
from tokumei.review.audit import record
from tokumei.review.db import make_engine, session_factory
from tokumei.review.settings import Settings
s = Settings(data_dir=sys.argv[1], database_url=sys.argv[2] or None)
S = session_factory(make_engine(s), s.audit_key())
def write(i):
    with S() as db:
        record(db, "viewed", actor="client:link#%s" % i, engagement_id=1, data={"i": i})
with ThreadPoolExecutor(4) as pool:
    list(pool.map(write, range(25)))
"""
    args = [sys.executable, "-c", code, env.settings.data_dir, env.settings.database_url or ""]
    procs = [subprocess.Popen(args, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()[-2000:]
    with env.app.state.sessions() as db:
        count, head, problems = audit.verify(db)
    assert problems == [] and count == 1 + 50  # the "audit_keyed" event written at start-up, then 50


def test_verify_on_a_missing_database_names_the_option(tmp_path, capsys):
    assert main(["audit", "verify", "--data-dir", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "E806" in err and "--data-dir" in err
    assert not (tmp_path / "none").exists()
