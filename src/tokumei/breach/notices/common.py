"""Shared wording of every notice: the items sentence and the sections of 施行規則第10条.

第10条 requires the notice to carry 第8条第1項 第1号 (概要), 第2号 (項目), 第4号 (原因),
第5号 (二次被害) and 第9号 (その他参考となる事項); each section below is one of these. The
leaked AND the not-leaked items are always both stated (E861 when the latter is unknown).

例::

    >>> items_sentence(("氏名", "住所"), ("クレジットカード情報",))
    '氏名・住所が漏えいした可能性があります。クレジットカード情報は含まれていません。'
"""
from __future__ import annotations

from dataclasses import dataclass

from tokumei.breach.assess import Assessment
from tokumei.breach.draft import summary_text
from tokumei.breach.incident import CAUSES, Incident
from tokumei.errors import TokumeiError

TITLE = "個人情報漏えいの可能性に関するお詫びとお知らせ"


def items_sentence(leaked: tuple[str, ...], not_leaked: tuple[str, ...]) -> str:
    """「氏名・住所が漏えいした可能性があります。クレジットカード情報は含まれていません。」"""
    s = f"{'・'.join(leaked)}が漏えいした可能性があります。"
    if not_leaked:
        s += f"{'・'.join(not_leaked)}は含まれていません。"
    else:  # both lists are always stated, even when every item asked about is affected
        s += "これ以外の情報は含まれていません。"
    return s


def _sentence(text: str) -> str:
    return text if text.endswith(("。", "．", ".")) else text + "。"


@dataclass(frozen=True)
class NoticeContent:
    """The parts common to letter, e-mail, public announcement and FAQ."""

    business: str
    items: str
    sections: tuple[tuple[str, str], ...]
    contact: str


def content(inc: Incident, a: Assessment) -> NoticeContent:
    """Build the shared content; E861 when the not-leaked items are unknown."""
    if a.not_leaked is None:
        raise TokumeiError("E861", field="not_items", why="漏えいしていない項目を incident の not_items か --inventory で示してください")
    both = set(a.leaked) & set(a.not_leaked)
    if both:  # a notice must never list as leaked what it says was not included
        raise TokumeiError("E863", items="・".join(sorted(both)))
    items = items_sentence(a.leaked, a.not_leaked)
    cause = CAUSES[inc.cause] + (f"。{_sentence(inc.text('cause_detail'))}" if inc.text("cause_detail") else "")
    damage = inc.text("secondary_damage", "現時点で、本件による二次被害（不正利用など）は確認されていません。")
    biz = inc.business.name
    ask = (f"{biz}を装った不審な電話・郵便物・メール・SMS にご注意ください。{biz}からお電話やメールでパスワード・"
           "暗証番号・カード番号をお尋ねすることはありません。")
    if any(x in a.leaked for x in ("パスワード", "パスワード（ハッシュ値）")):
        ask += "同じパスワードを他のサービスでお使いの場合は、変更をお願いいたします。"
    if "クレジットカード情報" in a.leaked:
        ask += "カードのご利用明細をご確認いただき、身に覚えのない請求はカード会社へご連絡ください。"
    sections = [
        ("1. 概要", summary_text(inc, a)),
        ("2. 漏えいした可能性のある情報", items),
        ("3. 原因", cause),
        ("4. 二次被害について", damage),
        ("5. お客様へのお願い", ask),
    ]
    if inc.text("prevention"):
        sections.append(("6. 今後の対応", inc.text("prevention")))
    b = inc.business
    contact_lines = [b.contact or f"{b.name} 個人情報に関するお問い合わせ窓口"]
    if b.phone:
        contact_lines.append(f"電話: {b.phone}" + (f"（{b.hours}）" if b.hours else ""))
    if b.email:
        contact_lines.append(f"メール: {b.email}")
    if b.address:
        contact_lines.append(f"所在地: {b.address}")
    return NoticeContent(b.name, items, tuple(sections), "\n".join(contact_lines))


def body_text(c: NoticeContent) -> str:
    """Sections and the contact window as plain text (e-mail body, public announcement)."""
    parts = [f"{head}\n{text}" for head, text in c.sections]
    parts.append(f"【お問い合わせ先】\n{c.contact}")
    return "\n\n".join(parts)
