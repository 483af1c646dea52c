"""Append-only, hash-chained audit log.

Each event's hash is the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of its
fields plus the previous event's hash; the first event links to 64 zeros. :func:`verify` walks the
chain in ``seq`` order and reports any edited, deleted or reordered event. The database itself
refuses UPDATE and DELETE on ``events`` (triggers from the migration).

例::

    >>> event_hash({"seq": 1, "kind": "created"}, GENESIS)[:8]
    'a064ae9b'
"""
from __future__ import annotations

import hashlib
import json
import queue
import random
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokumei.review.models import Event, utcnow

GENESIS = "0" * 64

#: Event kinds written by the app (Japanese names for the audit page).
KINDS_JA: dict[str, str] = {
    "login": "ログイン",
    "created": "案件作成",
    "anonymized": "匿名化",
    "edited": "編集",
    "sent": "送付",
    "revoked": "リンク無効化",
    "viewed": "閲覧",
    "commented": "コメント",
    "claim_confirmed": "記述の確認",
    "claim_disputed": "記述への異議",
    "approved": "承認",
    "declined": "修正依頼",
    "withdrawn": "同意撤回",
    "exported": "書き出し",
}

_lock = threading.Lock()


def canonical(obj: Any) -> str:
    """Canonical JSON used for hashing. 例: ``canonical({"b": 1, "a": "匿"}) == '{"a":"匿","b":1}'``"""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(fields: dict[str, Any], prev_hash: str) -> str:
    """SHA-256 (hex) of the canonical JSON of ``fields`` plus ``prev_hash``."""
    return hashlib.sha256(canonical({**fields, "prev_hash": prev_hash}).encode("utf-8")).hexdigest()


def _fields(e: Event) -> dict[str, Any]:
    return {"seq": e.seq, "ts": e.ts, "engagement_id": e.engagement_id, "actor": e.actor, "kind": e.kind,
            "ip": e.ip, "user_agent": e.user_agent, "data": e.data}


def record(db: Session, kind: str, *, actor: str, engagement_id: int | None = None, ip: str = "",
           user_agent: str = "", data: dict[str, Any] | None = None) -> Event:
    """Append one event and commit. ``data`` must hold ids and hashes only, never personal text.

    例: ``record(db, "approved", actor="client:link#3", engagement_id=1, data={"sha256": h})``
    """
    attempts = 60
    for attempt in range(attempts):
        try:
            return _append(db, kind, actor, engagement_id, ip, user_agent, data)
        except IntegrityError:  # another process took the same seq: re-read the head and retry
            db.rollback()
            if attempt == attempts - 1:
                raise
            # jittered back-off so that racing processes stop colliding (SQLite has no advisory lock;
            # the unique seq/hash columns keep the chain correct, this only keeps the retry cheap)
            time.sleep(random.uniform(0.001, 0.005) * min(attempt + 1, 10))
    raise AssertionError("unreachable")  # pragma: no cover


def _append(db: Session, kind: str, actor: str, engagement_id: int | None, ip: str, user_agent: str,
            data: dict[str, Any] | None) -> Event:
    return _append_many(db, [(kind, actor, engagement_id, ip, user_agent, data)])[0]


def _append_many(db: Session, entries: list[tuple]) -> list[Event]:
    """Append several events in one transaction (one chain segment), then commit."""
    with _lock:  # one writer per process; the unique seq/hash columns catch cross-process races
        if db.get_bind().dialect.name == "postgresql":
            db.execute(text("SELECT pg_advisory_xact_lock(724501)"))
        last = db.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        out = []
        for kind, actor, engagement_id, ip, user_agent, data in entries:
            ev = Event(seq=seq, ts=utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"), engagement_id=engagement_id,
                       actor=actor[:300], kind=kind, ip=(ip or "")[:64], user_agent=(user_agent or "")[:500],
                       data=canonical(data or {}), prev_hash=prev, hash="")
            ev.hash = event_hash(_fields(ev), prev)
            db.add(ev)
            out.append(ev)
            seq, prev = seq + 1, ev.hash
        db.commit()
        return out


class Background:
    """Writes low-stakes events (``viewed``) off the request path, in batches, in order.

    Each batch is one transaction on the same chain as :func:`record`. ``flush()`` waits until
    everything queued is written (the audit page and ``close()`` call it). An event still queued
    when the process is killed is lost; events that prove consent (approved, withdrawn, …)
    are always written synchronously with :func:`record`.
    例: ``bg = Background(sessions); bg.put("viewed", actor="client:link#1", engagement_id=1)``
    """

    def __init__(self, sessions: Any) -> None:
        self.sessions = sessions
        self.q: queue.Queue = queue.Queue()
        self.t = threading.Thread(target=self._run, name="tokumei-audit", daemon=True)
        self.t.start()

    def put(self, kind: str, *, actor: str, engagement_id: int | None = None, ip: str = "",
            user_agent: str = "", data: dict[str, Any] | None = None) -> None:
        self.q.put((kind, actor, engagement_id, ip, user_agent, data))

    def _run(self) -> None:
        while True:
            first = self.q.get()
            if first is None:
                self.q.task_done()
                return
            batch = [first]
            while len(batch) < 500:
                try:
                    nxt = self.q.get_nowait()
                except queue.Empty:
                    break
                if nxt is None:
                    self.q.put(None)
                    self.q.task_done()
                    break
                batch.append(nxt)
            try:
                for attempt in range(5):
                    try:
                        with self.sessions() as db:
                            _append_many(db, batch)
                        break
                    except IntegrityError:
                        if attempt == 4:
                            raise
            except Exception as e:  # never silently: report the type, not the content
                print(f"tokumei: audit background write failed ({type(e).__name__}); {len(batch)} events",
                      file=sys.stderr)
            finally:
                for _ in batch:
                    self.q.task_done()

    def flush(self) -> None:
        self.q.join()

    def close(self) -> None:
        self.q.put(None)
        self.t.join(10)


@dataclass(frozen=True)
class Problem:
    """One break in the chain. 例: ``Problem(5, "hash", "内容が変更されています")``"""

    seq: int
    kind: str  # hash | link | gap | order
    message: str


def verify_rows(rows: list[Event]) -> list[Problem]:
    """Check rows in storage order (by primary key) against the chain.

    Detects edits (hash mismatch), deletions (seq gap / broken link) and reordering (seq or
    link out of order). 例: ``verify_rows(db.scalars(select(Event).order_by(Event.id)).all())``
    """
    problems: list[Problem] = []
    prev = GENESIS
    expected = 1
    for e in rows:
        if e.seq != expected:
            kind = "gap" if e.seq > expected else "order"
            problems.append(Problem(e.seq, kind, f"{expected} 番の次に {e.seq} 番があります（削除または並べ替え）"))
        if e.prev_hash != prev:
            problems.append(Problem(e.seq, "link", f"{e.seq} 番の前のハッシュが一致しません（削除・挿入・並べ替え）"))
        if event_hash(_fields(e), e.prev_hash) != e.hash:
            problems.append(Problem(e.seq, "hash", f"{e.seq} 番の内容が記録後に変更されています"))
        prev = e.hash
        expected = e.seq + 1
    return problems


def verify(db: Session, expect_head: str | None = None) -> tuple[int, str, list[Problem]]:
    """Verify the whole log; returns (count, head hash, problems).

    ``expect_head`` (a head hash noted earlier) also catches removal of the newest events.
    例: ``count, head, problems = verify(db)``
    """
    rows = list(db.scalars(select(Event).order_by(Event.id)).all())
    problems = verify_rows(rows)
    head = rows[-1].hash if rows else GENESIS
    if expect_head and expect_head not in {r.hash for r in rows}:
        problems.append(Problem(rows[-1].seq if rows else 0, "head", "記録しておいた先頭ハッシュが見つかりません（末尾の削除）"))
    return len(rows), head, problems
