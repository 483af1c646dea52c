"""POSTAL_CODE — 郵便番号: 〒123-4567, 〒1234567, 「郵便番号 123-4567」 (also full-width).

With 〒 the number is reported on its own; a bare 123-4567 / 1234567 needs a context word
(郵便番号, 〒, 住所 …) just before it. Bare 3- or 4-digit groups are never reported. Format:
日本郵便「郵便番号制度」 (7 digits, written 3-4 since 1998).

例: 「〒100-8914 東京都千代田区永田町1-6-1」 → POSTAL_CODE「100-8914」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

def _seven_digits(value: str) -> bool:
    """A 郵便番号 has exactly 7 digits. 例: ``_seven_digits("100-8914") is True``"""
    return sum(c.isdigit() for c in value) == 7


_MARK = register(
    PatternRecognizer(
        name="jp.postal_code.v1",
        label="POSTAL_CODE",
        patterns=(Pattern(r"[〒〶] ?(?P<v>\d{3}-?\d{4})(?![\d-])", 0.95, "〒付きの郵便番号"),),
        context=Context(words=(), penalty=0.0),
        validator=_seven_digits,
        reason="〒付きの郵便番号",
    )
)

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.postal_code_context.v1",
        label="POSTAL_CODE",
        patterns=(Pattern(r"(?<![\d\-〒〶])(?:\d{3}-\d{4}|\d{7})(?![\d-])", 0.55, "郵便番号の形式"),),
        context=Context(
            words=("郵便番号", "郵便", "〒", "〶", "postal", "zip", "住所", "所在地", "送付先"),
            before=12,
            after=0,
            boost=0.35,
            required=True,
            negative=("電話", "TEL", "FAX", "注文番号", "品番"),
        ),
        reason="郵便番号の形式",
    )
)
