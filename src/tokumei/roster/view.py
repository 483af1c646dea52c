"""The member page's data in two light queries (SQLAlchemy Core, no ORM objects): the link with
its member and roster, and the editions that printed this member with their copy counts. The
page is the one every member opens from a phone at about the same time, so it is kept cheap
(bench/roster_speed.py).

例::

    >>> v = member_view(conn, token_hash("5q3…"))  # doctest: +SKIP
    >>> v.roster.name, v.member.data["name"]        # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection

from tokumei.roster.fields import FIELDS, audience_label
from tokumei.roster.models import Copy, Edition, EditionEntry, Member, MemberLink, Roster
from tokumei.roster.service import aware, utcnow

L, M, R = MemberLink.__table__, Member.__table__, Roster.__table__
E, EE, C = Edition.__table__, EditionEntry.__table__, Copy.__table__


# built once: executing a prepared statement skips building and cache-keying it per request
_VIEW = (select(L.c.id, L.c.expires_at, L.c.revoked_at, M.c.id.label("mid"), M.c.data, M.c.choices, R.c.id.label("rid"),
                R.c.name, R.c.purpose, R.c.audiences, R.c.fields, R.c.retention_until)
         .select_from(L.join(M, M.c.id == L.c.member_id).join(R, R.c.id == M.c.roster_id))
         .where(L.c.token_hash == bindparam("h")))
_HISTORY = (select(E.c.id, E.c.number, E.c.audience, EE.c.fields,
                   select(func.count()).where(C.c.edition_id == E.c.id).scalar_subquery())
            .select_from(EE.join(E, E.c.id == EE.c.edition_id))
            .where(EE.c.member_id == bindparam("mid"), E.c.roster_id == bindparam("rid")).order_by(E.c.number))


@dataclass
class MemberView:
    link_id: int
    expires: datetime
    live: bool
    member: Any
    roster: Any


def member_view(conn: Connection, token_hash: str) -> MemberView | None:
    """The link (live or not), member and roster for a token hash; None when unknown."""
    row = conn.execute(_VIEW, {"h": token_hash}).first()
    if row is None:
        return None
    retention = row.retention_until if isinstance(row.retention_until, date) else date.fromisoformat(str(row.retention_until))
    live = row.revoked_at is None and aware(row.expires_at) > utcnow()
    return MemberView(row.id, aware(row.expires_at), live,
                      SimpleNamespace(id=row.mid, data=row.data or {}, choices=row.choices or {}),
                      SimpleNamespace(id=row.rid, name=row.name, purpose=row.purpose, audiences=row.audiences,
                                      fields=row.fields, retention_until=retention))


def member_history(conn: Connection, roster: Any, member_id: int) -> list[dict[str, Any]]:
    """Editions that printed this member: number, audience, printed fields, copies handed out."""
    rows = conn.execute(_HISTORY, {"mid": member_id, "rid": roster.id}).all()
    return [{"number": n, "audience": audience_label(a, roster.audiences),
             "fields": [FIELDS[f] for f in roster.fields if f in (fs or [])], "copies": k} for _id, n, a, fs, k in rows]
