"""EMPLOYMENT_INSURANCE_NUMBER — 雇用保険被保険者番号: 11 digits written 4-6-1.

Printed on 雇用保険被保険者証 / 資格取得等確認通知書 as 1234-567890-1 (ハローワーク). The last
digit is a check digit whose rule is not published, so the recognizer requires context
(雇用保険, 被保険者番号, 被保険者証 …) instead of checking it.

例: 「雇用保険被保険者番号 1234-567890-1」 → EMPLOYMENT_INSURANCE_NUMBER「1234-567890-1」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.employment_insurance_number.v1",
        label="EMPLOYMENT_INSURANCE_NUMBER",
        patterns=(
            Pattern(r"(?<![\d\-.,])\d{4}[- ]\d{6}[- ]\d(?![\d\-]|[.,]\d)", 0.6, "4-6-1桁の番号"),
            Pattern(r"(?<![\d\-.,])\d{11}(?![\d\-]|[.,]\d)", 0.5, "11桁の番号"),
        ),
        context=Context(
            words=("雇用保険", "被保険者番号", "被保険者証", "資格取得", "ハローワーク"),
            before=30,
            after=4,
            boost=0.35,
            required=True,
            negative=("注文番号", "請求書番号", "伝票番号", "電話", "TEL", "FAX", "携帯", "健康保険"),
        ),
        reason="雇用保険被保険者番号の形式",
    )
)
