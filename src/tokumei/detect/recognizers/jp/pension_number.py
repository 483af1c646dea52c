"""PENSION_NUMBER — 基礎年金番号: 10 digits written 4-6 (年金手帳・基礎年金番号通知書).

The number carries no public check digit, so context is required (基礎年金番号, 年金番号,
年金手帳 …). Format: 日本年金機構「基礎年金番号について」 (4桁の課所符号 + 6桁の一連番号).

例: 「基礎年金番号 1234-567890」 → PENSION_NUMBER「1234-567890」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.pension_number.v1",
        label="PENSION_NUMBER",
        patterns=(
            Pattern(r"\d(?<![\d\-.,]\d)\d{3}[- ]\d{6}(?![\d\-]|[.,]\d)", 0.6, "4-6桁の番号"),
            Pattern(r"\d(?<![\d\-.,]\d)\d{9}(?![\d\-]|[.,]\d)", 0.5, "10桁の番号"),
        ),
        context=Context(
            words=("基礎年金番号", "年金番号", "年金手帳", "基礎年金", "pension"),
            before=25,
            after=4,
            boost=0.35,
            required=True,
            negative=("注文番号", "請求書番号", "伝票番号", "電話", "TEL", "FAX"),
        ),
        reason="基礎年金番号の形式",
    )
)
