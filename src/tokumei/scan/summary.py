"""The summary a shop owner acts on, computed from the inventory (pure; no values, only counts).

* ``tables``: which tables hold personal data of how many people (rows), by category;
* ``sensitive``: where 要配慮個人情報 is, its kinds and share;
* ``protection``: how passwords and card numbers are kept — 平文, 弱いハッシュ (unsalted MD5/SHA-*),
  塩付きハッシュ (e.g. EC-CUBE's HMAC-SHA256 with a per-member salt — not weak), 強いハッシュ
  (bcrypt, argon2 …), トークン化, 暗号化, 伏せ字;
* ``risks``: ranked (高 > 中 > 低), each with the rule it follows (施行規則第7条 for what a leak
  would have to be reported for);
* ``hold_less``: data the shop's purposes may not need — candidates to delete or stop
  collecting (生年月日 kept for no campaign, reminder answers, old addresses and health notes in
  free text, 性別), the lesson of keeping only what the service uses.

例::

    >>> s = summarize_inventory(inv)              # doctest: +SKIP
    >>> s["risks"][0]["level"]                    # doctest: +SKIP
    '高'
"""
from __future__ import annotations

import re

from tokumei.review.jst import to_jst  # the one UTC→JST conversion (naive = UTC), shared with review and roster
from tokumei.scan.vocab import CATEGORY_JA, SENSITIVE, normalize_name

_LEVEL = {"高": 3, "中": 2, "低": 1}
_CONTACT = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "POSTAL_CODE", "DATE_OF_BIRTH"}
_REMINDER = re.compile(r"reminder|secret_?question|秘密の質問|質問の答え|合言葉", re.IGNORECASE)
_ORDER_TABLE = re.compile(r"order|shipping|deliver|受注|注文|配送|出荷", re.IGNORECASE)


def jst(iso: str) -> str:
    """An ISO time as Japanese wall-clock time. 例: ``jst("2026-12-04T06:00:00+00:00") == "2026年12月4日 15:00（日本時間）"``"""
    try:
        t = to_jst(iso)
    except (TypeError, ValueError, AttributeError):
        return str(iso)
    return f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}（日本時間）"


def ja(label: str) -> str:
    return CATEGORY_JA.get(label, label).replace("要配慮:", "")


def protection_ja(p: dict | None) -> str | None:
    """How a secret column is kept, in words. 例: ``protection_ja({"state": "hashed", "schemes": {"bcrypt": 1.0}, "weak": False}) == "強いハッシュ（bcrypt）"``"""
    if not p:
        return None
    state = p.get("state")
    schemes = ", ".join(p.get("schemes", {}))
    if state == "hashed" or p.get("schemes"):
        if p.get("salted"):
            return f"塩付きハッシュ（{schemes}、塩の列 {p['salted']}）"
        if p.get("weak"):
            return f"弱いハッシュ（塩なし {schemes}）"
        return f"強いハッシュ（{schemes}）"
    return {"plaintext": "平文", "tokenised": "トークン化", "masked": "伏せ字", "encrypted": "暗号化",
            "mixed": "混在"}.get(state or "", state)


def _tables(inv: dict):
    for src in inv["sources"]:
        for t in src["tables"]:
            yield src, t


def summarize_inventory(inv: dict) -> dict:
    """The summary block (see module doc) of an inventory."""
    tables, sensitive, protection, risks, hold_less = [], [], [], [], []
    review_count = 0
    for src, t in _tables(inv):
        rows = t["rows_total"] if t["rows_total"] is not None else t["rows_scanned"]
        found: dict[str, list[str]] = {}
        for c in t["columns"]:
            review_count += len(c.get("review", []))
            for cat in c.get("found", []):
                found.setdefault(cat, []).append(c["name"])
            if c.get("sensitive_kinds") or c.get("sensitive"):
                kinds = c.get("sensitive_kinds") or {x: c["matched_share"] for x in c.get("found", []) if x in SENSITIVE}
                share = c.get("sensitive_share", max(kinds.values(), default=0.0))
                sensitive.append({"table": t["name"], "column": c["name"], "kinds": [ja(k) for k in kinds],
                                  "share": share, "free_text": bool(c.get("sensitive_kinds"))})
            p = protection_ja(c.get("protection"))
            if p and c.get("category") in {"PASSWORD", "PASSWORD_HASH", "CREDIT_CARD", "MY_NUMBER"}:
                protection.append({"table": t["name"], "column": c["name"], "category": ja(c["category"]), "state": p,
                                   "weak": bool(c["protection"].get("weak")) or c["protection"].get("state") == "plaintext"})
        personal = [k for k in found if k not in {"DATE", "URL", "CORPORATE_NUMBER"}]
        if not personal:
            continue
        tables.append({"source": src["target"], "table": t["name"], "rows": rows,
                       "categories": [ja(k) for k in personal], "anchor": anchor(src["target"], t["name"])})
        _table_risks(t, rows, personal, risks)
        _table_hold_less(t, found, hold_less)
    for s in sensitive:
        risks.append({"level": "高", "text": f"{s['table']}.{s['column']} に要配慮個人情報（{'・'.join(s['kinds'])}）"
                      + (f"が {s['share']:.0%} の行に" if s["free_text"] else "") + "あります。1人分でも漏えいすれば"
                      "個人情報保護委員会への報告と本人への通知が必要です（施行規則第7条第1号）。"})
    for p in protection:
        if p["weak"]:
            risks.append({"level": "高", "text": f"{p['table']}.{p['column']}（{p['category']}）が{p['state']}で保存されています。"
                          "漏えいすればそのまま使われるおそれがあります。"})
    if review_count:
        risks.append({"level": "低", "text": f"確信の持てない検出が {review_count} 件あります（詳細の「要確認」）。"
                      "列の中身を確認してください。"})
    risks.sort(key=lambda r: -_LEVEL[r["level"]])
    for i, r in enumerate(risks, 1):
        r["rank"] = i
    return {"created_at_jst": jst(inv.get("created_at", "")), "tables": tables, "sensitive": sensitive,
            "protection": protection, "risks": risks, "hold_less": hold_less}


def anchor(target: str, table: str) -> str:
    """A stable HTML id for a table (ASCII; a digest keeps Japanese names apart)."""
    import hashlib

    return "t-" + hashlib.sha1(f"{target}\x00{table}".encode()).hexdigest()[:10]


def _table_risks(t: dict, rows: int, personal: list[str], risks: list[dict]) -> None:
    if "MY_NUMBER" in personal:
        risks.append({"level": "高", "text": f"{t['name']} にマイナンバーがあります。番号法の安全管理措置と漏えい時の報告"
                      "（番号法第29条の4）の対象です。"})
    if "CREDIT_CARD" in personal:
        risks.append({"level": "高", "text": f"{t['name']} にクレジットカード番号があります（施行規則第7条第2号）。"
                      "カード情報の非保持化（決済代行のトークン）を検討してください。"})
    if rows and rows > 1000 and set(personal) & _CONTACT:
        risks.append({"level": "中", "text": f"{t['name']} は {rows:,} 人分（行）の連絡先を持ちます。1,000人を超える漏えいは"
                      "報告対象です（施行規則第7条第4号）。"})
    elif set(personal) & _CONTACT:
        risks.append({"level": "低", "text": f"{t['name']} に {rows:,} 行分の連絡先（{'・'.join(ja(k) for k in personal if k in _CONTACT)}）"
                      "があります。"})


def _table_hold_less(t: dict, found: dict[str, list[str]], out: list[dict]) -> None:
    name = t["name"]
    for c in t["columns"]:
        if _REMINDER.search(normalize_name(c["name"])) and c.get("non_empty"):
            out.append({"table": name, "column": c["name"], "action": "削除候補",
                        "text": "パスワード再設定の質問・答えは、メールでの再設定があれば不要です。削除して収集をやめる候補です。"})
        kinds = c.get("sensitive_kinds")
        if kinds:
            out.append({"table": name, "column": c["name"], "action": "削除候補",
                        "text": f"備考などの自由記述にある要配慮個人情報（{'・'.join(ja(k) for k in kinds)}）は、"
                                "配送や接客に要らなければ削除し、今後は書かない運用にする候補です。"})
        ev = c.get("evidence", {})
        if ev.get("free_text") and set(c.get("found", [])) & {"ADDRESS", "PHONE"}:
            out.append({"table": name, "column": c["name"], "action": "削除候補",
                        "text": "自由記述に住所・電話番号があります（古い住所・連絡先の控えなど）。住所欄と重複するものは削除候補です。"})
    for col in found.get("DATE_OF_BIRTH", []):
        out.append({"table": name, "column": col, "action": "収集をやめる候補",
                    "text": "生年月日を誕生日特典や年齢確認に使っていなければ、削除するか誕生月・年代だけにする候補です。"})
    for col in found.get("GENDER", []):
        out.append({"table": name, "column": col, "action": "収集をやめる候補",
                    "text": "性別を使う目的（商品の出し分けなど）がなければ、収集をやめる候補です。"})
    if _ORDER_TABLE.search(name) and set(found) & {"ADDRESS", "PHONE"}:
        out.append({"table": name, "column": "、".join(sorted({x for k in ("ADDRESS", "PHONE") for x in found.get(k, [])}))[:80],
                    "action": "保存期間を決める",
                    "text": "配送の済んだ注文の届け先住所・電話番号は、返品・保証の期間を過ぎたら削除する保存期間を決める候補です。"})
