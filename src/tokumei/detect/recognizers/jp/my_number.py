"""MY_NUMBER — 個人番号（マイナンバー）: 12 digits, also written 4-4-4.

Check digit (source: 「行政手続における特定の個人を識別するための番号の利用等に関する法律の規定に
よる通知カード及び個人番号カード並びに情報提供ネットワークシステムによる特定個人情報の提供等に関する
省令」(平成26年総務省令第85号) 第5条): with P_n the n-th digit counted from the right of the
first 11 digits, Q_n = n + 1 (1 ≤ n ≤ 6) or n − 5 (7 ≤ n ≤ 11), r = Σ P_n·Q_n mod 11, the
check digit is 0 when r ≤ 1, else 11 − r. A 12-digit number failing it is not reported.

例: 「個人番号 1234 5678 9018」 → MY_NUMBER（検査OK）
"""
from __future__ import annotations

from operator import mul

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

#: Q_n for the 11 digits read left to right (n = 11 … 1): n − 5 for n ≥ 7, n + 1 for n ≤ 6.
_WEIGHTS = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_ZERO = 48 * sum(_WEIGHTS)  # what the ASCII code of "0" adds through the weights


def my_number_check_digit(first11: str) -> int:
    """Check digit for the first 11 digits. 例: ``my_number_check_digit("12345678901") == 8``"""
    if len(first11) == 11 and (b := first11.encode("ascii", "replace")).isdigit():
        # the usual case: fixed weights, left to right, on the ASCII codes (48 + digit) in C
        total = sum(map(mul, b, _WEIGHTS)) - _ZERO
    else:
        total = 0
        for n, ch in enumerate(reversed(first11), start=1):
            q = n + 1 if n <= 6 else n - 5
            total += int(ch) * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def is_valid_my_number(value: str) -> bool:
    """True if ``value`` (digits with optional spaces/hyphens) is a valid 個人番号."""
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) != 12 or not digits.isdigit() or not digits.isascii():
        return False
    return my_number_check_digit(digits[:11]) == int(digits[11])


RECOGNIZER = register(
    PatternRecognizer(
        name="jp.my_number.v1",
        label="MY_NUMBER",
        patterns=(
            # character class first, look-behind after it (fast skipping in ``re``); not twelve digits of a longer
            # grouped number (a card's 4980 0213 7745 1208 gave 4980 0213 7745; stop 43, read wave 15)
            Pattern(r"[0-9](?<![0-9-][0-9])(?<![0-9][ 　][0-9])[0-9]{3}[- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9-]|[ 　][0-9])", 0.6,
                    "12桁の番号"),
        ),
        context=Context(
            words=("マイナンバー", "個人番号", "my number", "mynumber", "番号確認", "個人番号カード"),
            before=30,
            after=6,
            boost=0.35,
            penalty=0.15,
            negative=("運転免許", "免許証番号", "注文番号", "請求番号", "伝票番号", "会員番号", "JAN", "商品コード"),
        ),
        validator=is_valid_my_number,
        reason="12桁の番号",
    )
)
