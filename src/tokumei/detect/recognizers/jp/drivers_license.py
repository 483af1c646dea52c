"""DRIVERS_LICENSE — 運転免許証番号: 12 digits, required licence context.

Format: 道路交通法施行規則 別記様式第十四 (免許証): 12 digits, the first two being the issuing
公安委員会. The check digit rule is not published, so context is required (運転免許, 免許証番号
…). A licence number that happens to pass the My Number check still wins: the context marks
it validated and jp.my_number.v1 vetoes matches with licence words nearby.

例: 「運転免許証番号 第301234567890号」 → DRIVERS_LICENSE「301234567890」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.drivers_license.v1",
        label="DRIVERS_LICENSE",
        patterns=(
            Pattern(r"\d(?<![\d\-.,]\d)\d{11}(?![\d\-]|[.,]\d)", 0.6, "12桁の番号"),
            Pattern(r"\d(?<![\d\-.,]\d)\d{3}[- ]\d{4}[- ]\d{4}(?![\d\-]|[.,]\d)", 0.55, "4-4-4桁の番号"),
        ),
        context=Context(
            words=("運転免許", "免許証番号", "免許番号", "免許証", "driver", "licence", "license"),
            before=30,
            after=6,
            boost=0.4,
            required=True,
            negative=("注文番号", "請求書番号", "伝票番号", "マイナンバー", "個人番号"),
        ),
        reason="運転免許証番号の形式",
    )
)
