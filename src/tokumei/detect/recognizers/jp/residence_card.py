"""RESIDENCE_CARD — 在留カード番号: 2 letters + 8 digits + 2 letters (e.g. AB12345678CD).

Format: 出入国在留管理庁「在留カード等番号失効情報照会」 (12 characters: 英字2・数字8・英字2).
The shape is distinctive enough to report alone; 在留カード / 特別永住者証明書 context raises
the score.

例: 「在留カード番号 AB12345678CD」 → RESIDENCE_CARD「AB12345678CD」
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="jp.residence_card.v1",
        label="RESIDENCE_CARD",
        patterns=(
            Pattern(r"[A-Z](?<![A-Za-z0-9\-][A-Z])[A-Z][0-9]{8}[A-Z]{2}(?![A-Za-z0-9\-])", 0.65, "英字2+数字8+英字2"),
        ),
        context=Context(
            words=("在留カード", "在留", "特別永住者証明書", "residence card", "外国人"),
            before=30,
            after=6,
            boost=0.3,
            penalty=0.1,
            negative=("品番", "型番", "注文番号"),
        ),
        reason="在留カード番号の形式",
    )
)
