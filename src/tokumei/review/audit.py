"""Append-only, hash-chained audit log, keyed with a secret kept outside the database.

Each event's hash is HMAC-SHA-256 (RFC 2104, Python's :mod:`hmac`), under the audit key, of the
canonical JSON (sorted keys, no spaces, UTF-8) of its fields plus the previous event's hash; the
first event links to 64 zeros. Without the key nobody can recompute the chain, so rewriting an
event and every later hash is detected. The key lives in ``data_dir/audit_key`` (mode 0600) or in
the environment (``TOKUMEI_AUDIT_KEY``), never in the database (see docs/audit.md).

Chains written before keying (plain SHA-256, issue #5) stay verifiable: the app appends one
``audit_keyed`` event the first time it starts with a key; events before it are checked with plain
SHA-256, that event and all later ones with the key. The keyed event links to the last plain hash,
so the plain part as it was at that moment is protected too. :func:`verify` walks the chain in
storage order and reports any edited, deleted or reordered event. The database itself refuses
UPDATE and DELETE on ``events`` (triggers from the migration).

例::

    >>> event_hash({"seq": 1, "kind": "created"}, GENESIS)[:8]
    'a064ae9b'
    >>> event_hash({"seq": 1, "kind": "created"}, GENESIS, b"k" * 32) != event_hash({"seq": 1, "kind": "created"}, GENESIS)
    True
"""
from __future__ import annotations

import hashlib
import hmac
import json
import queue
import random
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokumei.review.models import Event, utcnow

GENESIS = "0" * 64
#: Kind of the event that starts the keyed part of the chain.
KEYED = "audit_keyed"

#: Event kinds written by the app (Japanese names for the audit page).
KINDS_JA: dict[str, str] = {
    "login": "ログイン",
    "password_changed": "パスワード変更",
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
    KEYED: "監査ログの鍵の設定",
}

_lock = threading.Lock()


def canonical(obj: Any) -> str:
    """Canonical JSON used for hashing. 例: ``canonical({"b": 1, "a": "匿"}) == '{"a":"匿","b":1}'``"""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(fields: dict[str, Any], prev_hash: str, key: bytes | None = None) -> str:
    """HMAC-SHA-256 (hex) under ``key`` of the canonical JSON of ``fields`` plus ``prev_hash``;
    plain SHA-256 when ``key`` is None (chains from before keying)."""
    msg = canonical({**fields, "prev_hash": prev_hash}).encode("utf-8")
    if key is None:
        return hashlib.sha256(msg).hexdigest()
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A fingerprint that names the key without revealing it (HMAC of a fixed label).
    例: ``len(key_id(b"k" * 32)) == 16``"""
    return hmac.new(key, b"tokumei audit key id", hashlib.sha256).hexdigest()[:16]


def _key(db: Session) -> bytes:
    key = db.info.get("audit_key")
    if not key:  # never write an unkeyed event after keying: that would break the chain
        raise RuntimeError("audit key missing: build sessions with session_factory(engine, audit_key)")
    return key


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
    key = _key(db)
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
            ev.hash = event_hash(_fields(ev), prev, key)
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


def ensure_keyed(sessions: Any) -> None:
    """Start the keyed chain: append the ``audit_keyed`` event unless the log has one (run once
    at start-up, after the migration). Its data names the key (fingerprint) and how many plain
    (unkeyed) events precede it. 例: ``ensure_keyed(app.state.sessions)``"""
    with sessions() as db:
        key = _key(db)
        if db.scalar(select(Event.id).where(Event.kind == KEYED).limit(1)) is not None:
            return
        legacy = db.scalar(select(func.count()).select_from(Event)) or 0
        record(db, KEYED, actor="system", data={"key_id": key_id(key), "plain_events": legacy})


@dataclass(frozen=True)
class Problem:
    """One break in the chain. 例: ``Problem(5, "hash", "内容が変更されています")``"""

    seq: int
    kind: str  # hash | link | gap | order | key | unkeyed | head-missing | head-different | head-unknown
    message: str


@dataclass(frozen=True)
class Report:
    """What :func:`check` found: the events, the head (number and hash), problems, and notes
    that are not problems (an anchor found earlier in the chain, a chain from before keying).
    例: ``Report(12, 12, "ab…", [], ["控えた先頭ハッシュは 12 番（最新）です。"], True)``"""

    count: int
    head_seq: int
    head: str
    problems: list[Problem]
    notes: list[str]
    keyed: bool

    @property
    def anchor(self) -> str:
        """The head as the client keeps it: ``番号:ハッシュ``. 例: ``"12:ab12…"``"""
        return f"{self.head_seq}:{self.head}"


def verify_rows(rows: list[Event], key: bytes | None = None) -> list[Problem]:
    """Check rows in storage order (by primary key) against the chain.

    Detects edits (hash mismatch; with the key also when every later hash was recomputed),
    deletions (seq gap / broken link) and reordering (seq or link out of order). Events before the
    first ``audit_keyed`` event are plain SHA-256; that event and all later ones need ``key``.
    例: ``verify_rows(db.scalars(select(Event).order_by(Event.id)).all(), key)``
    """
    problems: list[Problem] = []
    prev = GENESIS
    expected = 1
    keyed_at = next((i for i, e in enumerate(rows) if e.kind == KEYED), None)
    if key is not None and rows and keyed_at is None:
        problems.append(Problem(rows[0].seq, "unkeyed", "鍵で保護された記録が一件もありません。ログ全体が鍵なしで"
                                "書き直された可能性があります（鍵を設定したサーバーは必ず「監査ログの鍵の設定」を記録します）"))
    if key is None and keyed_at is not None:
        problems.append(Problem(rows[keyed_at].seq, "key", f"{rows[keyed_at].seq} 番以降は鍵で保護されていますが、"
                                "鍵がありません（データフォルダの audit_key か環境変数 TOKUMEI_AUDIT_KEY）"))
    elif key is not None and keyed_at is not None:
        try:
            recorded = json.loads(rows[keyed_at].data).get("key_id")
        except (ValueError, AttributeError):
            recorded = None
        if recorded and recorded != key_id(key):
            problems.append(Problem(rows[keyed_at].seq, "key", f"鍵が違います（ログの鍵 {recorded}、"
                                    f"渡された鍵 {key_id(key)}）。正しい鍵で検証してください"))
            key = None  # every keyed hash would differ: report the wrong key once, not each event
    for i, e in enumerate(rows):
        if e.seq != expected:
            kind = "gap" if e.seq > expected else "order"
            problems.append(Problem(e.seq, kind, f"{expected} 番の次に {e.seq} 番があります（削除または並べ替え）"))
        if e.prev_hash != prev:
            problems.append(Problem(e.seq, "link", f"{e.seq} 番の前のハッシュが一致しません（削除・挿入・並べ替え）"))
        keyed = keyed_at is not None and i >= keyed_at
        if not keyed or key is not None:
            if event_hash(_fields(e), e.prev_hash, key if keyed else None) != e.hash:
                problems.append(Problem(e.seq, "hash", f"{e.seq} 番の内容が記録後に変更されています"))
        prev = e.hash
        expected = e.seq + 1
    return problems


def parse_anchor(anchor: str) -> tuple[int | None, str]:
    """``"12:ab…"`` or ``"ab…"`` → (12 or None, hash). 例: ``parse_anchor("3:" + "a" * 64) == (3, "a" * 64)``"""
    anchor = anchor.strip()
    if ":" in anchor:
        seq, h = anchor.split(":", 1)
        return (int(seq) if seq.strip().isdigit() else None), h.strip().lower()
    return None, anchor.lower()


def locate_anchor(rows: list[Event], anchor: str) -> tuple[Problem | None, str]:
    """Where a head noted earlier (the anchor on a certificate) is in the chain now.

    Returns (problem, note): found as the newest event or earlier (then the chain grew after it:
    not a problem), or the problem — the chain ends before the anchor's number (newest events
    deleted), a different event has that number (events up to it rewritten), or (hash only)
    the hash is nowhere. 例: ``locate_anchor(rows, "12:ab…")``
    """
    seq, h = parse_anchor(anchor)
    last = rows[-1].seq if rows else 0
    at = next((e for e in rows if e.hash == h), None)
    if at is not None:
        if seq is not None and at.seq != seq:
            return Problem(at.seq, "head-different", f"控えたハッシュは {seq} 番のものですが、ログでは {at.seq} 番にあります"
                           "（番号が書き換えられています）"), ""
        if at.seq == last:
            return None, f"控えた先頭ハッシュは {at.seq} 番（現在の先頭）です。"
        return None, (f"控えた先頭ハッシュは {at.seq} 番にあります（控えた後に {at.seq + 1}〜{last} 番の "
                      f"{last - at.seq} 件が記録されています）。")
    if seq is not None:
        if seq > last:
            return Problem(seq, "head-missing", f"控えた先頭は {seq} 番ですが、ログは {last} 番までしかありません"
                           f"（{last + 1}〜{seq} 番が削除されています）"), ""
        return Problem(seq, "head-different", f"{seq} 番のハッシュが控えと違います（{seq} 番までの記録が控えた後に"
                       "書き換えられています）"), ""
    return Problem(last, "head-unknown", f"控えた先頭ハッシュがログのどこにもありません（ログは {last} 番まで。"
                   "控えた後に末尾が削除されたか、それまでの記録が書き換えられています。番号つきの控え「番号:ハッシュ」"
                   "なら、どちらかを特定できます）"), ""


def check(db: Session, expect_head: str | None = None, key: bytes | None = None) -> Report:
    """Verify the whole log with the key of ``db``'s session factory (or ``key``).

    ``expect_head`` (an anchor noted earlier, ``番号:ハッシュ`` or the hash alone) also catches
    removal of the newest events and rewriting by someone who holds the key.
    例: ``report = check(db, "12:ab…"); report.problems``
    """
    key = key if key is not None else db.info.get("audit_key")
    rows = list(db.scalars(select(Event).order_by(Event.id)).all())
    problems = verify_rows(rows, key)
    notes: list[str] = []
    keyed = any(e.kind == KEYED for e in rows)
    if not keyed and rows:
        notes.append("鍵なしの古い形式のチェーンです。削除・並べ替え・一件だけの書き換えは検出できますが、"
                     "書き換えてハッシュをすべて計算し直されると検出できません（docs/audit.md）。")
    if expect_head:
        problem, note = locate_anchor(rows, expect_head)
        if problem:
            problems.append(problem)
        if note:
            notes.append(note)
    head = rows[-1].hash if rows else GENESIS
    return Report(len(rows), rows[-1].seq if rows else 0, head, problems, notes, keyed)


def verify(db: Session, expect_head: str | None = None) -> tuple[int, str, list[Problem]]:
    """Verify the whole log; returns (count, head hash, problems). See :func:`check`.
    例: ``count, head, problems = verify(db)``"""
    r = check(db, expect_head)
    return r.count, r.head, r.problems


def head(db: Session) -> tuple[int, str]:
    """The newest event's (number, hash): the anchor printed on certificates and exports.
    例: ``seq, h = head(db)``"""
    last = db.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
    return (last[0], last[1]) if last else (0, GENESIS)
