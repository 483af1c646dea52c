"""Editions (版) and numbered copies.

An edition is made for one audience from the consent state of that moment: the state of every
member is stored with the edition (and its SHA-256), and the printed rows are derived from it
by :func:`tokumei.roster.fields.printable` only. Copies are then rendered from the stored rows,
so every copy of an edition is the same list, whatever members answer later; each copy gets its
own number, a random mark (visible number, invisible text in the PDF, a document property in the
.xlsx) and a line in the distribution log naming the recipient.

五十音順 sorts by ふりがな (katakana folded to hiragana, NFKC) and falls back to the name; the
reading is used only for the order, never printed unless consented. By class, members whose
学年・クラス is not consented for this audience are listed after the classes, without one.

例::

    >>> sort_key({"kana": "アオキ ハナコ", "name": "青木花子"})
    'あおき はなこ'
"""
from __future__ import annotations

import hashlib
import secrets
import unicodedata
from typing import Any

import jaconv
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review import audit
from tokumei.review.models import utcnow
from tokumei.roster.fields import printable
from tokumei.roster.models import Copy, Edition, EditionEntry, Roster
from tokumei.roster.service import Who, log, members

ORDERS = {"kana": "五十音順", "class": "学年・クラス順"}
FORMATS = ("pdf", "xlsx")
NO_CLASS = "（学年・クラスの掲載なし）"


def sort_key(data: dict[str, str]) -> str:
    """五十音順の並びのキー（ふりがな、なければ氏名）。例: see the module docstring."""
    return jaconv.kata2hira(unicodedata.normalize("NFKC", data.get("kana") or data.get("name") or ""))


def sha(obj: Any) -> str:
    return hashlib.sha256(audit.canonical(obj).encode("utf-8")).hexdigest()


def build_rows(roster: Roster, state: list[tuple[int, dict[str, str], dict[str, str]]], audience: str,
               order: str) -> list[dict[str, Any]]:
    """The printed rows for ``audience`` from (member id, held data, choices) — the one place
    that decides what an edition holds. 例: ``build_rows(r, [(1, data, choices)], "members", "kana")``"""
    keys = [a["key"] for a in roster.audiences]
    rows = []
    for mid, data, choices in state:
        values = printable(data, choices, audience, keys, roster.fields)
        if values is not None:
            rows.append((sort_key(data), mid, values))
    if order == "class":
        rows.sort(key=lambda t: (t[2].get("grade_class") is None, t[2].get("grade_class", ""), t[0], t[1]))
    else:
        rows.sort(key=lambda t: (t[0], t[1]))
    return [{"member": mid, "values": values} for _k, mid, values in rows]


def publish(db: Session, roster: Roster, audience: str, order: str, who: Who) -> Edition:
    """Make the next edition for ``audience``; logs ``roster_edition`` with both hashes.

    例: ``publish(db, r, "officers", "class", Who("adviser:1"))``
    """
    keys = [a["key"] for a in roster.audiences]
    if audience not in keys:
        raise TokumeiError("E878", audience=audience, choices="・".join(keys))
    if order not in ORDERS:
        raise TokumeiError("E870", field="order（並び順）", why="kana（五十音順）か class（学年・クラス順）です")
    if roster.retention_until < utcnow().date():
        raise TokumeiError("E881", date=roster.retention_until.isoformat(), roster=roster.id)
    ms = members(db, roster)
    state = {str(m.id): dict(m.choices) for m in ms}
    rows = build_rows(roster, [(m.id, dict(m.data), dict(m.choices)) for m in ms], audience, order)
    number = (db.scalar(select(func.max(Edition.number)).where(Edition.roster_id == roster.id)) or 0) + 1
    ed = Edition(roster_id=roster.id, number=number, audience=audience, order=order, rows=rows,
                 consent_state=state, consent_sha256=sha(state), rows_sha256=sha(rows), listed=len(rows))
    db.add(ed)
    db.flush()
    db.add_all([EditionEntry(edition_id=ed.id, member_id=row["member"], fields=list(row["values"])) for row in rows])
    db.commit()
    log(db, who, "roster_edition", roster.id, edition=ed.id, number=number, audience=audience, order=order,
        listed=len(rows), consent_sha256=ed.consent_sha256, rows_sha256=ed.rows_sha256)
    return ed


def get_edition(db: Session, roster: Roster, edition_id: int) -> Edition:
    """An edition *of this roster*, else E877."""
    ed = db.get(Edition, edition_id)
    if ed is None or ed.roster_id != roster.id:
        raise TokumeiError("E877", edition=edition_id)
    return ed


def editions(db: Session, roster: Roster) -> list[Edition]:
    return list(db.scalars(select(Edition).where(Edition.roster_id == roster.id).order_by(Edition.number)).all())


def copies(db: Session, edition: Edition) -> list[Copy]:
    return list(db.scalars(select(Copy).where(Copy.edition_id == edition.id).order_by(Copy.copy_no)).all())


def make_copy(db: Session, roster: Roster, edition: Edition, recipient: str, fmt: str, who: Who) -> tuple[Copy, bytes]:
    """Render the next numbered copy for ``recipient`` and record it in the distribution log.

    例: ``copy, pdf = make_copy(db, r, ed, "役員 田中様", "pdf", who)``
    """
    from tokumei.roster.render import render_copy

    recipient = recipient.strip()
    if not recipient or len(recipient) > 200:
        raise TokumeiError("E870", field="recipient（受け取る方）", why="1〜200 文字で入力してください")
    if fmt not in FORMATS:
        raise TokumeiError("E870", field="format（形式）", why="pdf か xlsx です")
    no = (db.scalar(select(func.max(Copy.copy_no)).where(Copy.edition_id == edition.id)) or 0) + 1
    mark = f"TKM-{edition.id}-{no}-{secrets.token_hex(6)}"
    data = render_copy(roster, edition, no, recipient, mark, fmt)
    c = Copy(edition_id=edition.id, copy_no=no, recipient=recipient, fmt=fmt, mark=mark,
             sha256=hashlib.sha256(data).hexdigest())
    db.add(c)
    db.commit()
    log(db, who, "roster_copy", roster.id, edition=edition.id, copy_no=no, fmt=fmt, sha256=c.sha256)
    return c, data


def narrowed_since(db: Session, roster: Roster, edition: Edition, current: dict[int, tuple[dict, dict]]) -> int:
    """How many members printed in ``edition`` would now be printed with fewer fields (or not at
    all) for the same audience: withdrawn or narrowed after it was made. A count for the
    organiser, who may collect or replace earlier copies; ``current`` is {member id: (data, choices)}.

    例: ``narrowed_since(db, r, ed, {m.id: (m.data, m.choices) for m in members(db, r)})`` → 1
    """
    keys = [a["key"] for a in roster.audiences]
    n = 0
    for mid, printed in db.execute(select(EditionEntry.member_id, EditionEntry.fields)
                                   .where(EditionEntry.edition_id == edition.id)).all():
        data, choices = current.get(mid, ({}, {}))
        now = printable(data, choices, edition.audience, keys, roster.fields) or {}
        if not set(printed) <= set(now):
            n += 1
    return n


def find_mark(db: Session, mark: str) -> Copy | None:
    return db.scalar(select(Copy).where(Copy.mark == mark))
