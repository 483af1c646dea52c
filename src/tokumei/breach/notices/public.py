"""Public announcement (公表文): names no individual; counts, items, cause, response, contact.

公表 is one of the report items (施行規則第8条第1項第7号) and an alternative measure when
individual notice is difficult (法第26条第2項ただし書, ガイドライン（通則編）3-5-4-5).

例: ``public_text(inc, a, c, date(2026, 11, 26)).splitlines()[0]`` → ``'令和8年11月26日'``
"""
from __future__ import annotations

from datetime import date

from tokumei.breach.assess import Assessment
from tokumei.breach.incident import Incident
from tokumei.breach.notices.common import TITLE, NoticeContent, body_text
from tokumei.detect.wareki import to_wareki


def public_text(inc: Incident, a: Assessment, c: NoticeContent, on: date) -> str:
    """The announcement for the website / notice board."""
    lead = (f"このたび、{c.business}が管理する個人情報の一部（対象: {inc.people_ja}）が漏えいした可能性があることが"
            "判明いたしました。関係する皆様に多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。"
            "対象の方には個別にご連絡を差し上げております。")
    if a.report_required and not a.entrusted_by:
        lead += "本件は個人情報保護委員会へ報告いたします。"
    return f"{to_wareki(on)}\n{c.business}\n\n{TITLE}\n\n{lead}\n\n{body_text(c)}\n"
