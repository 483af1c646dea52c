"""E-mail notice as an .eml file (RFC 5322, UTF-8), ready for the business's own mail system.

例: ``mail_message(c, person, "info@example.jp", "さくら会員倶楽部")["Subject"]`` →
``'【さくら会員倶楽部】個人情報漏えいの可能性に関するお詫びとお知らせ'``
"""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr

from tokumei.breach.notices.common import TITLE, NoticeContent, body_text
from tokumei.breach.notices.people import Person


def mail_message(c: NoticeContent, person: Person, sender: str, business: str) -> EmailMessage:
    """One message to ``person`` (who must have an e-mail address)."""
    msg = EmailMessage()
    msg["Subject"] = f"【{business}】{TITLE}"
    if sender:
        msg["From"] = formataddr((business, sender))
    msg["To"] = formataddr((f"{person.name} 様", person.email))
    text = (f"{person.name} 様\n\n平素より{business}をご利用いただき、誠にありがとうございます。\n"
            f"このたび、お客様の個人情報が漏えいした可能性があることが判明しました。多大なるご迷惑とご心配を"
            f"おかけしますことを、深くお詫び申し上げます。\n\n{body_text(c)}\n\n{business}\n")
    msg.set_content(text, charset="utf-8")
    return msg
