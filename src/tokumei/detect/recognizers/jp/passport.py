"""PASSPORT — 旅券番号: 2 Latin letters + 7 digits (e.g. TK1234567), required context.

Format: 外務省「旅券（パスポート）」 — Japanese passports issued since 2006 carry two letters and
seven digits. Without 旅券/パスポート context the shape is too common (品番, 会員番号) to report.

例: 「旅券番号 TK1234567」 → PASSPORT「TK1234567」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.passport.v1",
        label="PASSPORT",
        patterns=(Pattern(r"[A-Z](?<![A-Za-z0-9\-][A-Z])[A-Z]\d{7}(?![A-Za-z0-9\-])", 0.6, "英字2桁+数字7桁"),),
        context=Context(
            words=("旅券", "パスポート", "passport"),
            before=30,
            after=6,
            boost=0.35,
            required=True,
            negative=("品番", "型番", "注文番号", "会員番号"),
        ),
        reason="旅券番号の形式",
    )
)
