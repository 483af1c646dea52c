"""E-mail the client's review link and one-time code over SMTP (standard library ``smtplib``).

例::

    >>> # send_code(settings, "keiri@example.jp", "123456")
"""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from typing import Any

from tokumei.errors import TokumeiError


def code_message(sender: str, to: str, code: str) -> EmailMessage:
    """The message (Japanese, polite). 例: ``code_message("a@x", "b@y", "123456")["Subject"]``"""
    msg = EmailMessage()
    msg["Subject"] = "【tokumei】事例原稿の確認コード"
    msg["From"] = sender
    msg["To"] = to
    msg.set_content(
        "事例原稿の確認ページをご利用いただき、ありがとうございます。\n\n"
        f"確認コード: {code}\n\n"
        "このコードを確認ページに入力してください。お心当たりのない場合は、このメールを破棄してください。\n")
    return msg


def send_code(settings: Any, to: str, code: str) -> None:
    """Send the code; SMTP failure is reported as E800 naming the setting, never the address."""
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            smtp.send_message(code_message(settings.smtp_from, to, code))
    except (OSError, smtplib.SMTPException):
        raise TokumeiError("E800", field="smtp（メール送信設定）", why="確認コードを送信できませんでした") from None


def link_message(sender: str, to: str, url: str, title: str, adviser_name: str, version: int, days: int) -> EmailMessage:
    """The review link for the client (Japanese, polite).
    例: ``link_message("a@x", "b@y", "https://…/c/…", "事例", "佐藤 花子", 2, 14)["Subject"]``"""
    msg = EmailMessage()
    msg["Subject"] = f"【tokumei】事例原稿「{title}」第{version}版のご確認のお願い"
    msg["From"] = sender
    msg["To"] = to
    msg.set_content(
        f"{adviser_name or '作成者'}より、事例原稿（第{version}版）のご確認をお願いいたします。\n\n"
        f"確認ページ: {url}\n\n"
        f"このリンクの有効期限は {days} 日です。ページを開くと、確認コードを別のメールでお送りします。\n"
        "本文をお読みいただき、成果や貢献についての記述をご確認のうえ、承認または修正のご依頼をお願いいたします。\n"
        "お心当たりのない場合は、このメールを破棄してください。\n")
    return msg


def send_link(settings: Any, to: str, url: str, *, title: str, adviser_name: str, version: int, days: int) -> None:
    """Send the review link; SMTP failure is reported as E800 naming the setting, never the address."""
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            smtp.send_message(link_message(settings.smtp_from, to, url, title, adviser_name, version, days))
    except (OSError, smtplib.SMTPException):
        raise TokumeiError("E800", field="smtp（メール送信設定）", why="確認用リンクを送信できませんでした") from None
