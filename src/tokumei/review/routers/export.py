"""Export: only an approved, unwithdrawn version whose text still has the approved SHA-256,
with its approval certificate (HTML and PDF).

例: ``GET /engagements/1/export/text`` → 承認済みの本文（Markdown）
"""
from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from tokumei.errors import TokumeiError
from tokumei.review import audit
from tokumei.review.certificate import cert_data, certificate_pdf, with_anchor
from tokumei.review.models import Adviser
from tokumei.review.status import approved_version
from tokumei.review.web import check_csrf, current_adviser, get_db, log, own_engagement, render

router = APIRouter(dependencies=[Depends(check_csrf)])


def _approved(db: Session, adviser: Adviser, eid: int):
    eng = own_engagement(db, adviser, eid)
    ok = approved_version(db, eng)
    if ok is None:
        raise TokumeiError("E804", field=f"案件 {eid}")
    return eng, ok[0], ok[1]


def _attachment(name: str) -> str:
    return f"attachment; filename=\"export\"; filename*=UTF-8''{quote(name)}"


@router.get("/engagements/{eid}/export")
def export_page(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                db: Session = Depends(get_db)) -> Response:
    """書き出し画面（承認済みの版と承認証明書）。"""
    eng, v, d = _approved(db, adviser, eid)
    seq, h = audit.head(db)
    return render(request, "export/index.html", adviser=adviser, eng=eng, v=v, d=d,
                  cert=with_anchor(cert_data(db, eng, v, d), seq, h))


@router.get("/engagements/{eid}/export/text")
def export_text(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                db: Session = Depends(get_db)) -> Response:
    """The approved text itself (UTF-8 Markdown); logs ``exported``."""
    eng, v, d = _approved(db, adviser, eid)
    ev = log(request, db, "exported", f"adviser:{adviser.id}", eng.id, version=v.number, sha256=v.sha256, what="text")
    # the text must stay byte-identical to what was approved, so the anchor travels in a header
    return Response(v.text.encode("utf-8"), media_type="text/markdown; charset=utf-8",
                    headers={"Content-Disposition": _attachment(f"事例_第{v.number}版.md"), "X-Content-SHA256": v.sha256,
                             "X-Audit-Head": f"{ev.seq}:{ev.hash}"})


@router.get("/engagements/{eid}/export/certificate.html")
def certificate_html(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                     db: Session = Depends(get_db)) -> Response:
    """承認証明書（HTML）。"""
    eng, v, d = _approved(db, adviser, eid)
    # logged first: the anchor printed on the certificate is the event of this very export
    ev = log(request, db, "exported", f"adviser:{adviser.id}", eng.id, version=v.number, sha256=v.sha256,
             what="certificate.html")
    return render(request, "export/certificate.html", cert=with_anchor(cert_data(db, eng, v, d), ev.seq, ev.hash))


@router.get("/engagements/{eid}/export/certificate.pdf")
def certificate(eid: int, request: Request, adviser: Adviser = Depends(current_adviser),
                db: Session = Depends(get_db)) -> Response:
    """承認証明書（PDF・日本語フォント埋め込み）。"""
    eng, v, d = _approved(db, adviser, eid)
    ev = log(request, db, "exported", f"adviser:{adviser.id}", eng.id, version=v.number, sha256=v.sha256,
             what="certificate.pdf")
    pdf = certificate_pdf(with_anchor(cert_data(db, eng, v, d), ev.seq, ev.hash))
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": _attachment(f"承認証明書_第{v.number}版.pdf")})
