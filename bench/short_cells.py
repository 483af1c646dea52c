"""Invented short database cells (10–40 characters) for the per-call cost of the detection pipeline.

A database scan calls ``analyze`` once per cell, so for short texts the fixed cost of a call (the
tokenizer, every rule's set-up, the model's windows, the post steps) weighs more than the text.
Every name, number and address here is invented from the tables below (no real person's data).

例: ``cells(3)`` → three strings such as 「紹介者: 小野正樹様」「折り返し連絡先 080-3229-1214」
"""
from __future__ import annotations

import random

_SEI = "小野 田村 森永 川端 石黒 上杉 西野 本庄 宮下 古賀 岩城 野々村 白石 大友 松浦".split()
_MEI = "正樹 健吾 由美子 翔太 美咲 隆 あかね 裕之 千尋 大輔 さくら 和也".split()
_TEMPLATES = [
    "紹介者: {s}{m}様", "折り返し連絡先 0{a}0-{b}-{c}", "担当：{s}", "{s} {m}", "{s}{m}（営業部）",
    "メール {r}@example.co.jp", "東京都港区芝{d}丁目{e}-{f}", "〒{p}-{q} 大阪府堺市北区", "備考: 次回は{s}さんに確認",
    "株式会社{s}商事 総務部", "{m}さんの誕生日は1987年{d}月{e}日", "電話 03-{b}-{c} 平日のみ", "在庫なし",
    "{s}工務店 見積もり済み", "領収書宛名 {s}{m}", "来店予約 {d}/{e} 14:00 {s}様", "カード下4桁 {c}",
    "{s}部長より承認済", "キャンセル待ち", "住所変更あり（{s}）",
]


def cells(n: int = 2000, seed: int = 7) -> list[str]:
    """``n`` invented cells, the same list for the same ``seed``."""
    r = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(r.choice(_TEMPLATES).format(
            s=r.choice(_SEI), m=r.choice(_MEI), a=r.choice("789"), b=r.randint(1000, 9999), c=r.randint(1000, 9999),
            r=f"user{r.randint(1, 999)}", d=r.randint(1, 12), e=r.randint(1, 28), f=r.randint(1, 30),
            p=r.randint(100, 999), q=r.randint(1000, 9999)))
    return out
