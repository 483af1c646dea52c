"""The consent rules, enforced here for every caller (pages, commands, tests), not only by what
the pages offer:

- a withdrawn approval ends that version's consent for good: the version cannot be approved
  again; approving again needs a new version sent anew (E810);
- sending version N supersedes every link to an older version: those links accept nothing (E811);
  a version older than one already sent cannot be sent (E814);
- after approval the version's claim answers and comments are frozen (E812), and the decision
  keeps a snapshot of what was approved (claims, answers, comments, consent text, hashes) that
  the certificate prints;
- at most one approval of an engagement is in force. ``decisions.in_force_engagement_id`` holds
  the engagement's id while an approval is in force and is UNIQUE, so the database refuses a
  second one even when two approvals race (E813). Approving a newer version ends the older
  approval in the same transaction; an edit that changes the text ends it too.

例::

    >>> # d = approve(db, link, version, person_name="山田 太郎", consent_text=..., withdraw_hash=...)
    >>> # withdraw(db, d, "方針が変わりました")  → 以後、この版は承認できない
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review.audit import canonical
from tokumei.review.models import Claim, Decision, Link, Version, utcnow
from tokumei.review.status import approval_valid, claims_for, comments_for, sha256_text

#: state of a version as seen through one link
OPEN, APPROVED, WITHDRAWN, SUPERSEDED = "open", "approved", "withdrawn", "superseded"


def in_force(db: Session, engagement_id: int) -> Decision | None:
    """The engagement's approval in force, if any (at most one: UNIQUE column)."""
    return db.scalar(select(Decision).where(Decision.in_force_engagement_id == engagement_id))


def withdrawn(db: Session, version_id: int) -> bool:
    """True once any approval of the version was withdrawn (for good)."""
    return db.scalar(select(func.count()).select_from(Decision).where(
        Decision.version_id == version_id, Decision.kind == "approved", Decision.withdrawn_at.is_not(None))) > 0


def state(db: Session, link: Link, v: Version) -> tuple[str, Decision | None]:
    """(state, approval in force on this version). 例: ``state(db, link, v)[0] == "open"``"""
    if link.superseded_at is not None:
        return SUPERSEDED, None
    if withdrawn(db, v.id):
        return WITHDRAWN, None
    d = in_force(db, v.engagement_id)
    if d is not None and d.version_id == v.id and approval_valid(v, d):
        return APPROVED, d
    return OPEN, None


def require_open(db: Session, link: Link, v: Version) -> None:
    """Refuse any change through ``link`` unless its version is open (E811, E810, E812)."""
    st, _ = state(db, link, v)
    if st == SUPERSEDED:
        raise TokumeiError("E811", version=v.number)
    if st == WITHDRAWN:
        raise TokumeiError("E810", version=v.number)
    if st == APPROVED:
        raise TokumeiError("E812", version=v.number)


def snapshot_of(db: Session, v: Version, consent_text: str, names: dict[str, str]) -> dict[str, Any]:
    """What the client approves, frozen: text hash and length, claims with answers, comments,
    consent statement. ``names``: title, client_name, adviser_name.
    例: ``snapshot_of(db, v, consent, {"title": "事例", ...})["sha256"] == v.sha256``"""
    return {
        **names, "version": v.number, "sha256": v.sha256, "chars": len(v.text), "consent": consent_text,
        "claims": [{"sentence": c.sentence, "kinds": list(c.kinds), "status": c.status, "note": c.note}
                   for c in claims_for(db, v.id)],
        "comments": [{"quote": c.quote, "body": c.body} for c in comments_for(db, v.id)],
    }


def snapshot_hash(snapshot: dict[str, Any]) -> str:
    """SHA-256 of the snapshot's canonical JSON (recorded in the audit event ``approved``)."""
    return sha256_text(canonical(snapshot))


def blocking_claims(claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """(disputed, unanswered) claims; approval needs both empty."""
    return ([c for c in claims if c.status == "disputed"],
            [c for c in claims if c.status not in ("confirmed", "disputed")])


def approve(db: Session, link: Link, v: Version, *, person_name: str, consent_text: str, message: str,
            withdraw_hash: str, names: dict[str, str]) -> Decision:
    """Record the approval of ``v`` through ``link`` (committed), ending an older version's
    approval in force in the same transaction. Refused: E811 superseded link, E810 withdrawn
    version, E812 already approved, E815 disputed/unanswered claims, E813 a newer version's
    approval is in force (also when the database's UNIQUE column refuses a racing approval)."""
    require_open(db, link, v)
    disputed, unanswered = blocking_claims(claims_for(db, v.id))
    if disputed or unanswered:
        raise TokumeiError("E815", version=v.number,
                           why="事実と異なるとされた記述があります" if disputed else "回答のない記述があります")
    current = in_force(db, v.engagement_id)
    if current is not None:
        other = db.get(Version, current.version_id)
        if other.number > v.number:
            raise TokumeiError("E813", version=v.number, other=other.number)
        current.in_force_engagement_id, current.ended_at, current.ended_reason = None, utcnow(), "superseded"
        db.flush()
    snap = snapshot_of(db, v, consent_text, names)
    d = Decision(version_id=v.id, link_id=link.id, kind="approved", sha256=v.sha256, person_name=person_name,
                 consent_text=consent_text, message=message, withdraw_token_hash=withdraw_hash,
                 in_force_engagement_id=v.engagement_id, snapshot=snap)
    db.add(d)
    try:
        db.commit()
    except IntegrityError:  # another approval of this engagement was committed first
        db.rollback()
        winner = in_force(db, v.engagement_id)
        other = db.get(Version, winner.version_id).number if winner else v.number
        raise TokumeiError("E813", version=v.number, other=other) from None
    return d


def withdraw(db: Session, d: Decision, reason: str) -> bool:
    """Withdraw an approval (committed); True if it was not withdrawn before. The version can
    never be approved again."""
    if d.withdrawn_at is not None:
        return False
    d.withdrawn_at, d.withdraw_reason, d.in_force_engagement_id = utcnow(), reason.strip()[:2000], None
    db.commit()
    return True


def end_on_edit(db: Session, v: Version) -> bool:
    """The adviser changed the text of ``v``: its approval in force ends (not committed).
    True if one ended."""
    ds = db.scalars(select(Decision).where(Decision.version_id == v.id,
                                           Decision.in_force_engagement_id.is_not(None))).all()
    for d in ds:
        d.in_force_engagement_id, d.ended_at, d.ended_reason = None, utcnow(), "edited"
    return bool(ds)


def supersede_older(db: Session, v: Version) -> int:
    """Before sending ``v``: refuse if a newer version was already sent (E814); mark every link
    to an older version superseded (not committed). Returns how many links were superseded."""
    newest = db.scalar(select(func.max(Version.number)).join(Link, Link.version_id == Version.id)
                       .where(Link.engagement_id == v.engagement_id))
    if newest is not None and newest > v.number:
        raise TokumeiError("E814", version=v.number, newer=newest)
    older = select(Version.id).where(Version.engagement_id == v.engagement_id, Version.number < v.number)
    res = db.execute(update(Link).where(Link.version_id.in_(older), Link.superseded_at.is_(None))
                     .values(superseded_at=utcnow()))
    return res.rowcount or 0
