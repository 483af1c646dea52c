"""SMS notice: at most 70 characters (one UCS-2 SMS segment) with a link to the full notice.

The personal name is used when it fits; otherwise a shorter text without the name is used, and
if even that is over 70 characters, E860 names the field to shorten (business.name / notice_url).
Source of the limit: 3GPP TS 23.038 (UCS-2: 70 16-bit characters per single message), so a
character outside the BMP (𠮷, 𩸽, emoji) takes two of the 70.

例::

    >>> sms_text("さくら会員倶楽部", "https://ex.jp/n", "山田 太郎")
    '【さくら会員倶楽部】山田 太郎様 個人情報漏えいの可能性に関するお詫びとお知らせ https://ex.jp/n'
"""
from __future__ import annotations

from tokumei.errors import TokumeiError

LIMIT = 70


def sms_length(text: str) -> int:
    """UCS-2 の文字数（UTF-16 の単位数）。「𠮷」や絵文字は 2 と数える。例: ``sms_length("𠮷田") == 3``"""
    return len(text.encode("utf-16-le")) // 2


def sms_text(business: str, url: str, name: str = "") -> str:
    """The SMS body for one person (≤ 70 characters)."""
    candidates = []
    if name:
        candidates.append(f"【{business}】{name}様 個人情報漏えいの可能性に関するお詫びとお知らせ {url}")
        candidates.append(f"【{business}】{name}様 個人情報に関する大切なお知らせ {url}")
    candidates.append(f"【{business}】個人情報漏えいの可能性に関するお詫びとお知らせ {url}")
    candidates.append(f"【{business}】個人情報に関する大切なお知らせ {url}")
    for c in candidates:
        if sms_length(c) <= LIMIT:
            return c
    raise TokumeiError("E860", field="business.name または notice_url", length=sms_length(candidates[-1]))
