"""E-mail each member their personal link (first request or a polite reminder) over SMTP
(standard library ``smtplib``, one connection for the batch), when ``tokumei serve`` has
``--smtp-host``. Members without an e-mail address get no new link here (the organiser uses the
CSV for them), so no link is issued that nobody receives.

例::

    >>> msg = link_message("pta@example.jp", "m1@example.jp", "さくら小PTA名簿", "学級の連絡網",
    ...                    "https://pta.example.jp/m/5q3…", reminder=False)
    >>> msg["Subject"]
    '【さくら小PTA名簿】名簿への掲載についてのご確認'
"""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from typing import Any

from tokumei.errors import TokumeiError


def link_message(sender: str, to: str, roster_name: str, purpose: str, url: str, *, reminder: bool) -> EmailMessage:
    """The message (Japanese, polite; a reminder never presses: not answering means not listed)."""
    msg = EmailMessage()
    msg["Subject"] = f"【{roster_name[:60]}】名簿への掲載についての{'ご確認（再送）' if reminder else 'ご確認'}"
    msg["From"] = sender
    msg["To"] = to
    head = ("先日お送りした名簿への掲載のご確認について、まだご回答をいただいていないようでしたので、あらためてお送りします。"
            "すでにご回答済みの場合は、行き違いをお許しください。\n\n" if reminder else "")
    msg.set_content(
        f"{head}「{roster_name}」の作成にあたり、お預かりしている情報のご確認と、名簿に載せる項目・範囲のご選択をお願いいたします。\n"
        f"利用目的: {purpose}\n\n"
        f"ご本人（またはご家族）専用のページ: {url}\n\n"
        "項目ごとに「掲載する（会員全員）」「役員のみ」「掲載しない」からお選びいただけます。"
        "ご回答がない場合、お名前を含めて一切掲載いたしません。いつでも変更・撤回できます。\n"
        "このページはあなた専用です。ほかの方に転送しないでください。お心当たりのない場合は、このメールを破棄してください。\n")
    return msg


def send_links(settings: Any, roster: Any, pairs: list[tuple[Any, str]], *, reminder: bool) -> int:
    """Send one message per (member, token); E882 (naming the setting, never an address) on failure."""
    base = settings.base_url.rstrip("/")
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            for m, tok in pairs:
                smtp.send_message(link_message(settings.smtp_from, m.data["email"], roster.name, roster.purpose,
                                               f"{base}/m/{tok}", reminder=reminder))
    except (OSError, smtplib.SMTPException, KeyError):
        raise TokumeiError("E882", field="smtp（メール送信設定）") from None
    return len(pairs)
