"""Roster operations shared by the command line and the web area: create, import, personal
links, answers (consent per field and audience), corrections, withdrawal, counts.

Every operation appends an event to the review area's hash-chained audit log
(:func:`tokumei.review.audit.record`) holding ids, counts and SHA-256 hashes only — never a
name, an address or any other held value.

例::

    >>> who = Who("adviser:1")
    >>> r = create_roster(db, 1, "さくら小PTA名簿", "学級連絡網", None, ["name", "phone"], "令和9年3月31日", who)  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review import audit
from tokumei.review.models import utcnow
from tokumei.review.security import new_token, token_hash
from tokumei.roster.fields import DEFAULT_AUDIENCES, FIELD_BY_LABEL, FIELDS, NAME, NONE
from tokumei.roster.models import ConsentRecord, Member, MemberLink, Roster

MAX_VALUE = 300
ANSWER_BY = ("member", "guardian", "organiser")


@dataclass(frozen=True)
class Who:
    """Who acts, for the audit log: ``adviser:3``, ``member:12`` (via ``link#5``), ``cli``."""

    actor: str
    ip: str = ""
    user_agent: str = ""


def log(db: Session, who: Who, kind: str, roster_id: int, **data: Any) -> None:
    """Append a roster event (ids, counts, hashes only) to the shared audit chain."""
    audit.record(db, kind, actor=who.actor, engagement_id=None, ip=who.ip, user_agent=who.user_agent,
                 data={"roster": roster_id, **data})


def parse_retention(text: str) -> date:
    """Retention date, 西暦 or 和暦. 例: ``parse_retention("令和9年3月31日") == date(2027, 3, 31)``"""
    from tokumei.detect.wareki import parse_date

    d = parse_date(text.strip()) if text and text.strip() else None
    if d is None:
        raise TokumeiError("E870", field="retention（保存期限）", why="日付を 2027-03-31 や 令和9年3月31日 の形で入力してください")
    return d


def parse_fields(items: Iterable[str]) -> list[str]:
    """Field keys from keys or Japanese labels. 例: ``parse_fields(["氏名", "phone"]) == ["name", "phone"]``"""
    out: list[str] = []
    for it in items:
        it = it.strip()
        if not it:
            continue
        key = it if it in FIELDS else FIELD_BY_LABEL.get(it)
        if key is None:
            raise TokumeiError("E870", field=f"fields（項目）: {it}", why=f"{'・'.join(FIELDS.values())} から選んでください")
        if key not in out:
            out.append(key)
    if NAME not in out:
        out.insert(0, NAME)
    return out


def parse_audiences(labels: Iterable[str] | None) -> list[dict[str, str]]:
    """Audiences from labels, widest first; the first two get the keys members/officers.

    例: ``parse_audiences(["会員全員", "役員のみ"])[1] == {"key": "officers", "label": "役員のみ"}``
    """
    labels = [x.strip() for x in (labels or []) if x.strip()]
    if not labels:
        return [dict(a) for a in DEFAULT_AUDIENCES]
    if len(labels) > 5 or len(set(labels)) != len(labels) or any(len(x) > 40 for x in labels):
        raise TokumeiError("E870", field="audiences（配布先）", why="重ならない名前を 5 つまで・各 40 文字までです")
    keys = ["members", "officers"] + [f"a{i}" for i in range(2, 5)]
    return [{"key": keys[i], "label": x} for i, x in enumerate(labels)]


def create_roster(db: Session, adviser_id: int, name: str, purpose: str, audiences: list[str] | None,
                  fields: Iterable[str], retention: str | date, who: Who) -> Roster:
    """Create a roster and log ``roster_created``. 例: see the module docstring."""
    if not name.strip() or len(name) > 200:
        raise TokumeiError("E870", field="name（名簿の名前）", why="1〜200 文字で入力してください")
    if not purpose.strip() or len(purpose) > 2000:
        raise TokumeiError("E870", field="purpose（利用目的）", why="1〜2000 文字で入力してください")
    r = Roster(adviser_id=adviser_id, name=name.strip(), purpose=purpose.strip(), audiences=parse_audiences(audiences),
               fields=parse_fields(fields),
               retention_until=retention if isinstance(retention, date) else parse_retention(retention))
    db.add(r)
    db.commit()
    log(db, who, "roster_created", r.id, fields=r.fields, audiences=[a["key"] for a in r.audiences],
        retention=r.retention_until.isoformat())
    return r


def get_roster(db: Session, roster_id: int, adviser_id: int | None = None) -> Roster:
    """The roster (of this organiser when given), else E871 — never reveals another's roster."""
    r = db.get(Roster, roster_id)
    if r is None or (adviser_id is not None and r.adviser_id != adviser_id):
        raise TokumeiError("E871", roster=roster_id)
    return r


def get_member(db: Session, roster: Roster, member_id: int) -> Member:
    """A member *of this roster*, else E876."""
    m = db.get(Member, member_id)
    if m is None or m.roster_id != roster.id:
        raise TokumeiError("E876", member=member_id)
    return m


def members(db: Session, roster: Roster) -> list[Member]:
    return list(db.scalars(select(Member).where(Member.roster_id == roster.id).order_by(Member.id)).all())


def import_plan(db: Session, roster: Roster, plan: Any, who: Who) -> list[Member]:
    """Store the named rows of an :class:`~tokumei.roster.importer.ImportPlan` as members (no
    choices: nobody is listed before they answer) and log ``roster_imported``."""
    added = []
    for line, rec in plan.records():
        m = Member(roster_id=roster.id, data={k: v for k, v in rec.items() if k in roster.fields}, choices={},
                   source=f"import:{plan.path[:200]} {line}行目")
        db.add(m)
        added.append(m)
    db.commit()
    log(db, who, "roster_imported", roster.id, file_sha256=plan.sha256, members=len(added),
        skipped_lines=len(plan.skipped_lines()),
        columns=[{"field": c.field, "category": c.category, "refused": bool(c.risk)} for c in plan.columns])
    return added


def issue_links(db: Session, roster: Roster, member_list: list[Member], days: int, who: Who,
                kind: str = "roster_links_issued") -> list[tuple[Member, str]]:
    """A new personal link (token) per member; the member's earlier links are revoked. Only the
    SHA-256 of a token is stored, so the returned tokens are shown once. 例: ``issue_links(db, r, ms, 30, who)``"""
    if not 1 <= days <= 365:
        raise TokumeiError("E870", field="days（有効日数）", why="1〜365 日で指定してください")
    now = utcnow()
    ids = [m.id for m in member_list]
    if ids:
        db.execute(update(MemberLink).where(MemberLink.member_id.in_(ids), MemberLink.revoked_at.is_(None))
                   .values(revoked_at=now))
    out = []
    for m in member_list:
        tok = new_token()
        db.add(MemberLink(member_id=m.id, token_hash=token_hash(tok), expires_at=now + timedelta(days=days)))
        out.append((m, tok))
    db.commit()
    log(db, who, kind, roster.id, count=len(out), days=days)
    return out


def revoke_links(db: Session, roster: Roster, member: Member, who: Who) -> int:
    """Revoke every active link of one member (lost phone, wrong address)."""
    n = db.execute(update(MemberLink).where(MemberLink.member_id == member.id, MemberLink.revoked_at.is_(None))
                   .values(revoked_at=utcnow())).rowcount
    db.commit()
    log(db, who, "roster_link_revoked", roster.id, member=member.id, count=n)
    return n


def resolve_link(db: Session, token: str) -> tuple[MemberLink, Member, Roster] | None:
    """(link, member, roster) for a live token; None for unknown, expired or revoked."""
    if not token or len(token) > 100:
        return None
    row = db.execute(select(MemberLink, Member, Roster).join(Member, Member.id == MemberLink.member_id)
                     .join(Roster, Roster.id == Member.roster_id)
                     .where(MemberLink.token_hash == token_hash(token))).first()
    if row is None:
        return None
    link, m, r = row
    if link.revoked_at is not None or aware(link.expires_at) <= utcnow():
        return None
    return link, m, r


def aware(dt: datetime) -> datetime:
    """SQLite returns naive datetimes; they are UTC. 例: ``aware(datetime(2026, 1, 1)).tzinfo is timezone.utc``"""
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def normalise_choices(roster: Roster, choices: dict[str, str]) -> dict[str, str]:
    """One choice per roster field (missing → ``none``); E878 for an unknown audience.

    例: ``normalise_choices(r, {"name": "members"})`` → ``{"name": "members", "phone": "none", …}``
    """
    keys = {a["key"] for a in roster.audiences}
    out = {}
    for f in roster.fields:
        c = choices.get(f, NONE) or NONE
        if c != NONE and c not in keys:
            raise TokumeiError("E878", audience=c, choices="・".join([*keys, NONE]))
        out[f] = c
    return out


def _consent_hash(member_id: int, choices: dict[str, str], kind: str) -> str:
    return hashlib.sha256(audit.canonical({"member": member_id, "choices": choices, "kind": kind}).encode()).hexdigest()


def answer(db: Session, roster: Roster, member: Member, choices: dict[str, str], by: str, who: Who,
           kind: str = "answer") -> ConsentRecord:
    """Record the member's choice per field (``members`` / ``officers`` / ``none``); a later
    answer replaces the earlier one (widen, narrow) and every answer is kept.

    例: ``answer(db, r, m, {"name": "members", "address": "none"}, "member", who)``
    """
    if by not in ANSWER_BY:
        raise TokumeiError("E870", field="by（回答者）", why="member・guardian・organiser のいずれかです")
    norm = normalise_choices(roster, choices)
    h = _consent_hash(member.id, norm, kind)
    rec = ConsentRecord(member_id=member.id, choices=norm, kind=kind, by=by, sha256=h)
    member.choices = norm
    member.answered_at = utcnow()
    db.add(rec)
    db.commit()
    log(db, who, "roster_withdrawn" if kind == "withdrawal" else "roster_answered", roster.id, member=member.id,
        by=by, consent_sha256=h)
    return rec


def withdraw(db: Session, roster: Roster, member: Member, by: str, who: Who) -> ConsentRecord:
    """Withdraw everything: later editions no longer list the member. 例: ``withdraw(db, r, m, "member", who)``"""
    return answer(db, roster, member, {f: NONE for f in roster.fields}, by, who, kind="withdrawal")


def correct(db: Session, roster: Roster, member: Member, values: dict[str, str], who: Who) -> list[str]:
    """Correct (or erase) held values; returns the changed field keys (logged, values never)."""
    changed = []
    data = dict(member.data)
    for f in roster.fields:
        if f not in values:
            continue
        v = (values[f] or "").strip()
        if len(v) > MAX_VALUE:
            raise TokumeiError("E870", field=FIELDS[f], why=f"{MAX_VALUE} 文字までです")
        if f == NAME and not v:
            raise TokumeiError("E870", field=FIELDS[f], why="氏名は空にできません（名簿から外すには「掲載しない」を選んでください）")
        if v != data.get(f, ""):
            changed.append(f)
            if v:
                data[f] = v
            else:
                data.pop(f, None)
    if changed:
        member.data = data
        db.commit()
        log(db, who, "roster_corrected", roster.id, member=member.id, fields=changed)
    return changed


def counts(db: Session, roster: Roster) -> dict[str, Any]:
    """Counts for the organiser (never a list of who declined): members, answered, not yet,
    listed per audience, and per field how many allow each audience.

    例: ``counts(db, r)["answered"]`` → 30
    """
    ms = members(db, roster)
    keys = [a["key"] for a in roster.audiences]
    from tokumei.roster.fields import included

    per_field = {f: {k: sum(1 for m in ms if included(m.choices.get(f), k, keys)) for k in keys} for f in roster.fields}
    return {
        "members": len(ms),
        "answered": sum(1 for m in ms if m.answered_at is not None),
        "unanswered": sum(1 for m in ms if m.answered_at is None),
        "listed": {k: per_field[NAME][k] for k in keys},
        "per_field": per_field,
        "links_active": db.scalar(select(func.count()).select_from(MemberLink).join(Member)
                                  .where(Member.roster_id == roster.id, MemberLink.revoked_at.is_(None),
                                         MemberLink.expires_at > utcnow())) or 0,
    }


def remind(db: Session, roster: Roster, days: int, who: Who) -> list[tuple[Member, str]]:
    """New links for the members who have not answered yet (for a polite reminder); logs the count only."""
    pending = [m for m in members(db, roster) if m.answered_at is None]
    return issue_links(db, roster, pending, days, who, kind="roster_reminded")
