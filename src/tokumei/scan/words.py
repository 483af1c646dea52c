"""Evidence in words for a shop owner: 「列名が電話を示す」「値の95%が電話番号の形」 — never a
detector id, never a value.

例::

    >>> evidence_words({"category": "PHONE", "matched_share": 0.95, "evidence": {"name_keyword": "tel"},
    ...                 "review": [], "found": ["PHONE"]})
    ['列名「tel」が電話番号を示す', '値の95%が電話番号の形']
"""
from __future__ import annotations

from tokumei.scan.vocab import CATEGORY_JA


def ja(label: str) -> str:
    """Japanese name of a category. 例: ``ja("PHONE") == "電話番号"``"""
    return CATEGORY_JA.get(label, label)


def pct(share: float) -> str:
    """``0.953`` → ``"95%"``; below 1 % → ``"1%未満"``."""
    if 0 < share < 0.01:
        return "1%未満"
    return f"{share * 100:.0f}%"


_REVIEW = {
    "chance": "値の{share}（{count}件）が{label}の検査数字に合うが、無作為な数字でも約{base}が合うため偶然と区別できない",
    "jan": "値はJANコード（商品コード）の検査数字に合う。{label}の検査数字に合う{share}は偶然",
    "technical": "列名が技術用の番号・鍵を示す。{label}の検査数字に合う値{share}は偶然とみなした",
    "bare_digest": "値が16進のハッシュ値の形（{share}）だが、列名がパスワードを示さない（鍵・識別子の可能性）",
    "name_only": "列名は{label}を示すが、値は{label}の形ではない",
    "empty": "列名は{label}を示すが、値が空",
    "few": "{label}に当たる値が{count}件（{share}）だけ",
    "in_text": "自由記述の{share}（{count}件）に{label}の形の番号がある（検査数字は無作為な数字でも約1割合う）",
    "identifier": "値の多くが英数字の識別子・鍵の形。{label}に見える値{count}件（{share}）は偶然とみなした",
    "health_info": "アレルギー・食事・体格など健康に関する記述が{share}（{count}件）。医師の診断に基づけば要配慮（病歴）",
}


def review_words(r: dict) -> str:
    """One 要確認 item in words."""
    base = r.get("base_rate")
    return _REVIEW.get(r["why"], "{label}: 要確認").format(
        label=ja(r["label"]), share=pct(r["share"]), count=r.get("count", 0), base=pct(base) if base else "")


def evidence_words(col: dict) -> list[str]:
    """Why the column is what the inventory says, in short Japanese phrases."""
    ev = col.get("evidence", {})
    cat = col.get("category")
    out: list[str] = []
    if ev.get("name_keyword") and ev.get("name_category"):
        out.append(f"列名「{ev['name_keyword']}」が{ja(ev['name_category'])}を示す")
    if ev.get("technical_keyword"):
        out.append(f"列名「{ev['technical_keyword']}」が技術用の番号・鍵を示す")
    group = ev.get("group")
    if group:
        out.append(f"分割列 {'・'.join(group['columns'])} をつないだ値の{pct(group['share'])}が{ja(group['category'])}の形")
    if ev.get("prefecture_share"):
        out.append(f"値の{pct(ev['prefecture_share'])}が都道府県コード（1～47）か都道府県名")
    if cat and col.get("matched_share") and not ev.get("free_text") and not group and not ev.get("prefecture_share"):
        out.append(f"値の{pct(col['matched_share'])}が{ja(cat)}の形")
    if ev.get("free_text") and cat and cat not in col.get("sensitive_kinds", {}):
        out.append(f"自由記述の{pct(col['matched_share'])}が{ja(cat)}を含む")
    kinds = col.get("sensitive_kinds") or {}
    if kinds:
        share = col.get("sensitive_share", max(kinds.values()))
        names = "・".join(ja(k).replace("要配慮:", "") for k in kinds)
        out.append(f"自由記述の{pct(share)}に要配慮個人情報（{names}）の記述")
    if ev.get("jan_share"):
        out.append(f"値の{pct(ev['jan_share'])}がJANコード（商品コード）の検査数字に合う")
    if ev.get("salted"):
        out.append(f"同じテーブルに塩（{ev['salted']}）の列がある")
    if not out and not cat:
        out.append("個人データに当たる列名・値は見つからない")
    return out
