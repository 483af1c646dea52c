"""Where an engagement stands: versions, links, the client's answers, and which version (if any)
may be published. An approval counts only while its SHA-256 equals the version's current text
hash and it has not been withdrawn.

例::

    >>> # approved_version(db, eng) -> (Version, Decision) | None
"""
from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.review.models import Claim, Comment, Decision, Engagement, Link, Version, utcnow


def sha256_text(text: str) -> str:
    """SHA-256 of the UTF-8 text. 例: ``sha256_text("")[:8] == 'e3b0c442'``"""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def approval_valid(version: Version, decision: Decision | None) -> bool:
    """Approved, in force (not withdrawn, not ended by an edit or a newer approval: see
    :mod:`tokumei.review.consent`), and bound to exactly this text."""
    return bool(decision and decision.kind == "approved" and decision.withdrawn_at is None
                and decision.in_force_engagement_id is not None
                and decision.sha256 == version.sha256 == sha256_text(version.text))


def decisions_for(db: Session, version_id: int) -> list[Decision]:
    return list(db.scalars(select(Decision).where(Decision.version_id == version_id).order_by(Decision.id)).all())


def claims_for(db: Session, version_id: int) -> list[Claim]:
    """The version's claim sentences in text order. 例: ``[c.sentence for c in claims_for(db, v.id)]``"""
    return list(db.scalars(select(Claim).where(Claim.version_id == version_id).order_by(Claim.start)).all())


def comments_for(db: Session, version_id: int) -> list[Comment]:
    """The client's comments on the version, oldest first."""
    return list(db.scalars(select(Comment).where(Comment.version_id == version_id).order_by(Comment.id)).all())


def _decisions_by_version(db: Session, eng: Engagement) -> dict[int, list[Decision]]:
    """Every version's decisions (oldest first), read in one query for the whole engagement."""
    out: dict[int, list[Decision]] = {v.id: [] for v in eng.versions}
    if out:
        for d in db.scalars(select(Decision).where(Decision.version_id.in_(list(out))).order_by(Decision.id)):
            out[d.version_id].append(d)
    return out


def _approved(eng: Engagement, ds: dict[int, list[Decision]]) -> tuple[Version, Decision] | None:
    for v in sorted(eng.versions, key=lambda v: v.number, reverse=True):
        for d in reversed(ds[v.id]):
            if approval_valid(v, d):
                return v, d
    return None


def approved_version(db: Session, eng: Engagement) -> tuple[Version, Decision] | None:
    """The newest version with a valid approval, else None."""
    return _approved(eng, _decisions_by_version(db, eng))


def _summary(eng: Engagement, ds: dict[int, list[Decision]], ok: tuple[Version, Decision] | None) -> str:
    if not eng.versions:
        return "下書き未登録"
    latest = eng.versions[-1]
    if ok:
        return f"承認済み（第{ok[0].number}版）"
    if any(d.withdrawn_at for v in eng.versions for d in ds[v.id]):
        return "同意が撤回されました"
    if ds[latest.id] and ds[latest.id][-1].kind == "declined":
        return f"修正依頼あり（第{latest.number}版）"
    return f"確認待ち（第{latest.number}版）"


def summary(db: Session, eng: Engagement) -> str:
    """One Japanese phrase for the list page. 例: 「承認済み（第2版）」"""
    ds = _decisions_by_version(db, eng)
    return _summary(eng, ds, _approved(eng, ds))


def detail(db: Session, eng: Engagement) -> dict[str, Any]:
    """Everything the engagement page shows, per version."""
    now = utcnow()
    ds = _decisions_by_version(db, eng)
    ok = _approved(eng, ds)
    rows = []
    newest_sent = None
    for v in eng.versions:
        links = db.scalars(select(Link).where(Link.version_id == v.id).order_by(Link.id)).all()
        if links:
            newest_sent = max(newest_sent or 0, v.number)
        rows.append({
            "version": v,
            "links": [{"link": l, "active": l.revoked_at is None and l.superseded_at is None
                       and _aware(l.expires_at) > now} for l in links],
            "decisions": [{"d": d, "valid": approval_valid(v, d)} for d in ds[v.id]],
            "claims": claims_for(db, v.id),
            "comments": comments_for(db, v.id),
        })
    return {"rows": rows, "approved": ok, "summary": _summary(eng, ds, ok), "newest_sent": newest_sent}


def _aware(dt):  # SQLite returns naive datetimes; they are stored in UTC
    from datetime import timezone

    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
