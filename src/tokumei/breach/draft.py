"""Draft of the report items for the PPC online form (施行規則第8条第1項第1〜9号).

The person filing copies each item into the form; items the incident file does not cover are
marked 【要記入】 instead of being invented. Only facts known at the time of the report are
required (第8条第1項「報告をしようとする時点において把握しているものに限る」).

例::

    >>> [n for n, _, _ in draft_items(inc, a)][:3]   # doctest: +SKIP
    ['1 概要', '2 漏えい等が発生し、又は発生したおそれがある個人データの項目', '3 本人の数']
"""
from __future__ import annotations

from tokumei.breach.assess import Assessment
from tokumei.breach.deadlines import jp_date
from tokumei.breach.incident import CAUSES, Incident

TODO = "【要記入】"


def summary_text(inc: Incident, a: Assessment) -> str:
    """概要: the incident's own summary, else one built from the facts (no personal values)."""
    if inc.text("summary"):
        return inc.text("summary")
    return (f"{jp_date(a.discovered_date)}、{CAUSES[inc.cause]}により、{inc.business.name}が取り扱う"
            f"個人データ（{'・'.join(a.leaked)}）が漏えいした、又は漏えいしたおそれがあることが判明しました。")


def not_leaked_text(a: Assessment) -> str:
    if a.not_leaked is None:
        return f"{TODO}（漏えいしていない項目）"
    if not a.not_leaked:
        return "（なし）"
    return "・".join(a.not_leaked)


def draft_items(inc: Incident, a: Assessment) -> list[tuple[str, str, str]]:
    """(番号と見出し, 内容, 根拠) for 施行規則第8条第1項第1〜9号."""
    response = inc.text("response") or (
        f"対象の方へ個別に通知します（SMS・電子メール・郵送）。問合せ窓口: {inc.business.contact or TODO}"
        if a.notify_individuals else "本人への通知は委託元が行います。" if a.entrusted_by else TODO)
    other = [f"判定に用いた規則: {a.rules_effective_from} 施行分。"]
    if a.entrusted_by:
        other.append(f"委託元: {a.entrusted_by}。")
    for law in a.laws:
        if law.law_id == "mynumber":
            other.append("特定個人情報（マイナンバー）を含むため、番号法第29条の4に基づく報告も併せて行います。"
                         if law.report_required else "特定個人情報を含みますが、番号法上の報告対象には当たりません。")
    if inc.text("other"):
        other.append(inc.text("other"))
    occurred = f"（発生: {inc.text('occurred')}）" if inc.text("occurred") else ""
    return [
        ("1 概要", summary_text(inc, a) + occurred, "施行規則第8条第1項第1号"),
        ("2 漏えい等が発生し、又は発生したおそれがある個人データの項目",
         f"{'・'.join(a.leaked)}（含まれていない項目: {not_leaked_text(a)}）", "施行規則第8条第1項第2号"),
        ("3 本人の数", inc.people_ja, "施行規則第8条第1項第3号"),
        ("4 原因", CAUSES[inc.cause] + (f"。{inc.text('cause_detail').rstrip('。')}。" if inc.text("cause_detail") else ""),
         "施行規則第8条第1項第4号"),
        ("5 二次被害又はそのおそれの有無及びその内容",
         inc.text("secondary_damage", "現時点で二次被害は確認されていません（調査継続中）。"), "施行規則第8条第1項第5号"),
        ("6 本人への対応の実施状況", response, "施行規則第8条第1項第6号"),
        ("7 公表の実施状況", "公表済み" if inc.flag("published") else "公表を予定しています（公表文の案を添付）。",
         "施行規則第8条第1項第7号"),
        ("8 再発防止のための措置", inc.text("prevention", TODO), "施行規則第8条第1項第8号"),
        ("9 その他参考となる事項", "".join(other), "施行規則第8条第1項第9号"),
    ]


def _notify_text(a: Assessment) -> str:
    """例: 「不要（報告対象事態に当たらないため…）」 — 不要のときは必ず理由を書く。"""
    if a.notify_individuals:
        return "必要"
    if a.report_required and a.entrusted_by:
        return f"委託元（{a.entrusted_by}）が行います（委託先から委託元へ通知した場合）"
    return "不要（報告対象事態に当たらないため。本人への通知義務は報告対象事態に限られます）"


def render_decision(inc: Incident, a: Assessment) -> str:
    """The decision, reasons, deadlines and the draft, as plain Japanese text."""
    out = ["■ 判定（個人情報保護委員会への報告）",
           f"  報告義務: {'あり' if a.report_required else 'なし'}"
           + (f"（委託先のため委託元 {a.entrusted_by} へ通知）" if a.entrusted_by and a.report_required else ""),
           f"  本人への通知: {_notify_text(a)}  根拠: {a.notify_ref}",
           f"  発覚日: {jp_date(a.discovered_date)}  判定ルール: {a.rules_effective_from} 施行分"]
    for law in a.laws:
        out.append(f"\n● {law.law}: 報告{'必要' if law.report_required else '不要'}（{law.report_ref}）")
        for c in law.criteria:
            out.append(f"  - 該当: {c.article} {c.title}")
            out.append(f"      理由: {'、'.join(c.reasons)}  ／ {c.guideline}")
        for e in law.exceptions:
            out.append(f"  - 例外: {e.title}（{e.article}／{e.guideline}）")
        if law.report_required:
            out.append(f"  速報（目安）: {jp_date(law.preliminary_due)}まで"
                       f"（遅くとも{jp_date(law.preliminary_window_end)}）  根拠: {law.preliminary_ref}")
            out.append(f"  確報（期限）: {jp_date(law.final_due)}（{law.final_days}日以内）  根拠: {law.final_ref}")
        out += [f"  ※ {n}" for n in law.notes]
    out.append(f"\n  漏えい等の項目: {'・'.join(a.leaked)}")
    out.append(f"  含まれていない項目: {not_leaked_text(a)}")
    out += [f"  ※ {n}" for n in a.notes]
    out.append("\n■ 報告事項の下書き（施行規則第8条第1項。委員会のフォームに転記してください）")
    for head, body, ref in draft_items(inc, a):
        out.append(f"\n{head}（{ref}）\n  {body}")
    out.append("\n※ この判定は法令・ガイドラインに基づく機械的な整理です。最終判断は専門家と確認してください。")
    return "\n".join(out) + "\n"
