"""Call-centre FAQ (想定問答): answers that stay within the facts in the incident file.

The caller's identity is confirmed before anything is said about their record, and no personal
value is read out on the phone (ガイドライン（通則編）3-5-2 二次被害の防止).

例: ``faq_text(inc, a, c).startswith("# ")`` → ``True``
"""
from __future__ import annotations

from tokumei.breach.assess import Assessment
from tokumei.breach.deadlines import jp_date
from tokumei.breach.incident import CAUSES, Incident
from tokumei.breach.notices.common import NoticeContent


def faq_text(inc: Incident, a: Assessment, c: NoticeContent) -> str:
    """The FAQ as Markdown."""
    qa = [
        ("何が起きたのですか。", f"{jp_date(a.discovered_date)}に判明しました。原因は{CAUSES[inc.cause]}です。"
                                  + (inc.text("summary") or "")),
        ("どの情報が漏れたのですか。", c.items),
        ("漏れていない情報は何ですか。", f"{'・'.join(a.not_leaked or ())}は含まれていません。"),
        ("何人が対象ですか。", f"{inc.people_ja}です。"),
        ("自分が対象か確認したい。", "ご本人確認（お名前・ご登録の電話番号の照合）の後、対象者一覧で確認してお答えします。"
                                  "お電話口でご登録内容を読み上げることはいたしません。"),
        ("被害はありますか。", inc.text("secondary_damage", "現時点で二次被害は確認されていません。")),
        ("何に気をつければよいですか。", dict(c.sections)["5. お客様へのお願い"]),
        ("補償はありますか。", "現時点でお答えできる内容が決まっていません。担当部署から改めてご連絡する旨をお伝えし、"
                              "ご連絡先を伺ってください（その場で約束しないでください）。"),
        ("国には報告しましたか。", "個人情報保護委員会へ報告いたします。" if a.report_required and not a.entrusted_by
         else f"委託元（{a.entrusted_by}）へ報告しています。" if a.entrusted_by else "法令上の報告対象ではありませんが、調査と再発防止を進めています。"),
        ("今後の対策は。", inc.text("prevention", "原因の調査を進め、再発防止策を講じます。決まり次第お知らせします。")),
    ]
    out = [f"# 問合せ対応 FAQ — {c.business}", "", "※ 対応者向け。お名前以外の個人情報を電話口で読み上げないこと。", ""]
    for q, ans in qa:
        out += [f"## Q. {q}", "", f"A. {ans}", ""]
    out += ["## 窓口", "", c.contact, ""]
    return "\n".join(out)
