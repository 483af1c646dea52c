"""The approval certificate: who approved which exact text (SHA-256), when, under which consent
statement, and the answers to each claim. HTML (template ``export/certificate.html``) and PDF
(:func:`tokumei.pdfgen.render_pdf`, Japanese font embedded).

例::

    >>> # pdf_bytes = certificate_pdf(cert_data(db, eng, version, decision))
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tokumei.pdfgen import Heading, Para, Spacer, Table, render_pdf
from tokumei.review.models import Adviser, Decision, Engagement, Version
from tokumei.review.consent import snapshot_hash
from tokumei.review.status import claims_for

CLAIM_JA = {"confirmed": "事実と確認", "disputed": "異議あり", None: "未回答"}


def _ts(dt: Any) -> str:
    from tokumei.review.jst import jst  # the one place times for people are formatted (JST)

    return jst(dt)


def cert_data(db: Session, eng: Engagement, v: Version, d: Decision) -> dict[str, Any]:
    """Everything the certificate lists: the snapshot stored at approval (what was approved,
    whatever changed later), or, for approvals recorded before snapshots existed, the live rows.
    例: ``cert_data(db, eng, v, d)["sha256"]``"""
    if d.snapshot:
        s = d.snapshot
        return {
            "title": s["title"], "client_name": s["client_name"], "adviser_name": s["adviser_name"],
            "version": s["version"], "sha256": s["sha256"], "chars": s["chars"], "approver": d.person_name,
            "approved_at": _ts(d.created_at), "consent": s["consent"], "decision_id": d.id,
            "snapshot_sha256": snapshot_hash(s),
            "claims": [{"sentence": c["sentence"], "status": CLAIM_JA.get(c["status"], "未回答"), "note": c["note"]}
                       for c in s["claims"]],
        }
    adviser = db.get(Adviser, eng.adviser_id)
    claims = claims_for(db, v.id)
    return {
        "title": eng.title or "事例紹介", "client_name": eng.client_name,
        "adviser_name": adviser.name if adviser else "", "version": v.number, "sha256": v.sha256,
        "chars": len(v.text), "approver": d.person_name, "approved_at": _ts(d.created_at),
        "consent": d.consent_text, "decision_id": d.id, "snapshot_sha256": "",
        "claims": [{"sentence": c.sentence, "status": CLAIM_JA.get(c.status, "未回答"), "note": c.note} for c in claims],
    }


def certificate_pdf(data: dict[str, Any]) -> bytes:
    """Render the certificate as PDF bytes (A4, IPAex font embedded)."""
    blocks: list[Any] = [
        Heading("事例掲載 承認証明書"),
        Spacer(4),
        Table([["項目", "内容"],
               ["事例", f"{data['title']}（第{data['version']}版・{data['chars']}文字）"],
               ["事業者", data["client_name"]],
               ["作成者", data["adviser_name"]],
               ["承認者", data["approver"]],
               ["承認日時", data["approved_at"]],
               ["本文の SHA-256", data["sha256"]],
               ["承認番号", str(data["decision_id"])],
               *([["承認内容の SHA-256", data["snapshot_sha256"]]] if data["snapshot_sha256"] else [])]),
        Heading("同意事項", 2),
        Para(data["consent"]),
        Heading("記述の確認", 2),
    ]
    if data["claims"]:
        blocks.append(Table([["記述", "回答", "備考"]] + [[c["sentence"], c["status"], c["note"]] for c in data["claims"]]))
    else:
        blocks.append(Para("確認を要する記述はありませんでした。"))
    blocks.append(Para("この承認は上記 SHA-256 の本文にのみ有効です。本文が一文字でも変わると無効になります。"))
    if data.get("anchor"):
        blocks.append(Table([["監査ログの先頭", data["anchor"]]]))
        blocks.append(Para(ANCHOR_NOTE))
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "certificate.pdf"
        render_pdf("事例掲載 承認証明書", blocks, out)
        return out.read_bytes()


ANCHOR_NOTE = ("監査ログの先頭（番号:ハッシュ）を控えておくと、「tokumei audit verify --expect-head 番号:ハッシュ」で、"
               "この時点までの記録が後から削除・書き換えされていないかを確かめられます。")


def with_anchor(cert: dict[str, Any], seq: int, head: str) -> dict[str, Any]:
    """The certificate data plus the audit chain's head (``番号:ハッシュ``) at the time it was made,
    for the client to keep (docs/audit.md). 例: ``with_anchor(cert_data(db, eng, v, d), 12, "ab…")["anchor"]``"""
    return {**cert, "anchor": f"{seq}:{head}", "anchor_note": ANCHOR_NOTE}
