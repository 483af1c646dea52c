"""EMAIL — e-mail addresses (the practical subset of RFC 5322 used in business text).

The domain must have a dot-separated TLD of letters; local parts allow the RFC 5322 atext
characters and dots. Full-width input is matched through the normalised view.

例: 「連絡先: yamada.taro@example.co.jp」 → EMAIL
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

RECOGNIZER = register(
    PatternRecognizer(
        name="generic.email.v1",
        label="EMAIL",
        patterns=(
            Pattern(
                r"(?<![\w.+-])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9])",
                0.95,
                "メールアドレスの形式",
            ),
        ),
        context=Context(words=(), penalty=0.0),
    )
)
