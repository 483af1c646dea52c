"""Write every notice under one output folder (the only place notices are written).

Layout::

    OUT/index.csv            番号・氏名・作成した通知（Excel 向け UTF-8 BOM）
    OUT/sms.csv              番号・電話番号・本文（70字以内）
    OUT/mail/0001.eml        e-mail per person with an address
    OUT/letters/0001.docx    letter per person with a postal address (+ 0001.pdf)
    OUT/public.txt           公表文（個人名なし）
    OUT/faq.md               問合せ対応 FAQ
    OUT/report-draft.txt     判定と報告事項の下書き

例: ``write_all(inc, a, people, Path("out"), date(2026, 11, 26))`` → ``{'letter': 5, 'mail': 4, 'sms': 3}``
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from tokumei.breach.assess import Assessment
from tokumei.breach.draft import render_decision
from tokumei.breach.incident import Incident
from tokumei.breach.notices.common import content
from tokumei.breach.notices.faq import faq_text
from tokumei.breach.notices.letter import letter_model, write_docx, write_pdf
from tokumei.breach.notices.mail import mail_message
from tokumei.breach.notices.people import Person
from tokumei.breach.notices.public import public_text
from tokumei.breach.notices.sms import sms_text
from tokumei.errors import TokumeiError
from tokumei.formats.csvio import write_csv_for_excel


def write_all(inc: Incident, a: Assessment, people: list[Person], out: Path, on: date, *, pdf: bool = True) -> dict[str, int]:
    """Generate all notices; returns counts per channel."""
    c = content(inc, a)  # E861 before anything is written
    url = inc.text("notice_url") or inc.business.url
    sms_people = [p for p in people if p.mobile]
    if sms_people and not url:
        raise TokumeiError("E861", field="notice_url", why="SMS には全文へのリンク（notice_url か business.url）が必要です")
    try:
        (out / "mail").mkdir(parents=True, exist_ok=True)
        (out / "letters").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise TokumeiError("E862", path=str(out), why=e.strerror or type(e).__name__) from None
    counts = {"letter": 0, "mail": 0, "sms": 0}
    index_rows, sms_rows = [], []
    for p in people:
        made = []
        stem = f"{p.no:04d}"
        if p.address:
            model = letter_model(c, p, on, inc.business.representative)
            write_docx(model, out / "letters" / f"{stem}.docx")
            if pdf:
                write_pdf(model, out / "letters" / f"{stem}.pdf")
            counts["letter"] += 1
            made.append("郵送")
        if p.email:
            msg = mail_message(c, p, inc.business.email, inc.business.name)
            (out / "mail" / f"{stem}.eml").write_bytes(msg.as_bytes())
            counts["mail"] += 1
            made.append("メール")
        if p.mobile:
            sms_rows.append([stem, p.mobile, sms_text(inc.business.name, url, p.name)])
            counts["sms"] += 1
            made.append("SMS")
        index_rows.append([stem, p.name, "・".join(made) or "連絡先なし（公表で代替）"])
    write_csv_for_excel(out / "index.csv", ["番号", "氏名", "通知方法"], index_rows)
    write_csv_for_excel(out / "sms.csv", ["番号", "電話番号", "本文"], sms_rows)
    (out / "public.txt").write_text(public_text(inc, a, c, on), "utf-8")
    (out / "faq.md").write_text(faq_text(inc, a, c), "utf-8")
    (out / "report-draft.txt").write_text(render_decision(inc, a), "utf-8")
    return counts
