"""What the organiser holds about one member, and where it went: the member's history (which
editions printed which of their fields, to whom, until when) and the answer to a disclosure
request (開示請求, 個人情報保護法 第33条: the held data and the records of provision to third
parties, 第29条・第33条第5項).

例::

    >>> rep = disclosure(db, roster, member)      # doctest: +SKIP
    >>> rep["editions"][0]["recipients"]           # doctest: +SKIP
    [{'copy_no': 1, 'recipient': '役員 田中様', 'format': 'pdf', 'at': '2026-12-04T…'}]
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tokumei.roster.editions import ORDERS, copies
from tokumei.roster.fields import FIELDS, audience_label, choice_label
from tokumei.roster.models import ConsentRecord, Edition, EditionEntry, Member, MemberLink, Roster
from tokumei.roster.service import Who, log

BY_JA = {"member": "ご本人", "guardian": "保護者", "organiser": "主催者（書面の回答を入力）"}


def history(db: Session, roster: Roster, member: Member) -> list[dict[str, Any]]:
    """Every edition that printed this member: number, audience, fields, copies and recipients.

    例: ``[h["number"] for h in history(db, r, m)]`` → [1, 2]
    """
    out = []
    found = db.execute(select(Edition, EditionEntry.fields).join(EditionEntry, EditionEntry.edition_id == Edition.id)
                       .where(EditionEntry.member_id == member.id, Edition.roster_id == roster.id)
                       .order_by(Edition.number)).all()
    for ed, printed in found:
        out.append({
            "edition": ed.id, "number": ed.number, "audience": audience_label(ed.audience, roster.audiences),
            "order": ORDERS.get(ed.order, ed.order), "made_at": ed.created_at.isoformat(),
            "fields": [FIELDS[f] for f in roster.fields if f in printed],
            "consent_sha256": ed.consent_sha256,
            "recipients": [{"copy_no": c.copy_no, "recipient": c.recipient, "format": c.fmt,
                            "at": c.created_at.isoformat(), "returned_at": c.returned_at.isoformat() if c.returned_at else None}
                           for c in copies(db, ed)],
            "collect_by": roster.retention_until.isoformat(),
        })
    return out


def disclosure(db: Session, roster: Roster, member: Member) -> dict[str, Any]:
    """Everything held about ``member``: data, current choices, every answer, links (dates only),
    editions and recipients. 例: ``disclosure(db, r, m)["held"]["氏名"]``"""
    recs = db.scalars(select(ConsentRecord).where(ConsentRecord.member_id == member.id).order_by(ConsentRecord.id)).all()
    links = db.scalars(select(MemberLink).where(MemberLink.member_id == member.id).order_by(MemberLink.id)).all()
    return {
        "roster": {"id": roster.id, "name": roster.name, "purpose": roster.purpose,
                   "audiences": [a["label"] for a in roster.audiences],
                   "retention_until": roster.retention_until.isoformat()},
        "member": member.id,
        "source": member.source,
        "held": {FIELDS[f]: member.data.get(f, "") for f in roster.fields if member.data.get(f)},
        "choices": {FIELDS[f]: choice_label(member.choices.get(f), roster.audiences) for f in roster.fields},
        "answered_at": member.answered_at.isoformat() if member.answered_at else None,
        "answers": [{"at": r.created_at.isoformat(), "kind": "撤回" if r.kind == "withdrawal" else "回答",
                     "by": BY_JA.get(r.by, r.by), "sha256": r.sha256,
                     "choices": {FIELDS[f]: choice_label(c, roster.audiences) for f, c in r.choices.items() if f in FIELDS}}
                    for r in recs],
        "links": [{"created_at": k.created_at.isoformat(), "expires_at": k.expires_at.isoformat(),
                   "revoked_at": k.revoked_at.isoformat() if k.revoked_at else None} for k in links],
        "editions": history(db, roster, member),
    }


def write_disclosure(db: Session, roster: Roster, member: Member, out_dir: Path, who: Who) -> list[Path]:
    """Write 開示_会員{id}.json and .pdf into ``out_dir``; logs ``roster_disclosed`` (ids only)."""
    import json

    from tokumei.pdfgen import Heading, Para, Spacer, Table, render_pdf

    rep = disclosure(db, roster, member)
    out_dir.mkdir(parents=True, exist_ok=True)
    js = out_dir / f"開示_会員{member.id}.json"
    js.write_text(json.dumps(rep, ensure_ascii=False, indent=2), encoding="utf-8")
    blocks: list[Any] = [
        Heading("保有個人データの開示"),
        Para(f"名簿: {roster.name}\n利用目的: {roster.purpose}\n保存期限: {roster.retention_until.isoformat()}"),
        Heading("お預かりしている情報", 2),
        Table([["項目", "内容", "掲載の範囲"]] + [[k, rep["held"].get(k, "（なし）"), rep["choices"][k]] for k in rep["choices"]]),
        Heading("ご回答の記録", 2),
        Table([["日時 (UTC)", "種類", "回答者"]] + [[a["at"][:19], a["kind"], a["by"]] for a in rep["answers"]])
        if rep["answers"] else Para("まだご回答はありません（どの版にも掲載していません）。"),
        Heading("掲載した版と受け取った方（第三者提供の記録）", 2),
    ]
    if rep["editions"]:
        rows = [["版", "配布先", "掲載した項目", "受け取った方（配布番号）"]]
        for h in rep["editions"]:
            rows.append([f"第{h['number']}版", h["audience"], "・".join(h["fields"]),
                         "、".join(f"{c['recipient']}（No.{c['copy_no']:03d}）" for c in h["recipients"]) or "（配布なし）"])
        blocks.append(Table(rows))
        blocks.append(Para(f"配布した名簿は {roster.retention_until.isoformat()} までに回収・廃棄します。"))
    else:
        blocks.append(Para("どの版にも掲載していません。"))
    blocks.append(Spacer(3))
    pdf = render_pdf("保有個人データの開示", blocks, out_dir / f"開示_会員{member.id}.pdf")
    log(db, who, "roster_disclosed", roster.id, member=member.id, editions=len(rep["editions"]))
    return [js, pdf]
