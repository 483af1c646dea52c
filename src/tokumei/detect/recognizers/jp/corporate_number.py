"""CORPORATE_NUMBER — 法人番号: 13 digits whose FIRST digit is the check digit.

Check digit (source: 法人番号の指定等に関する省令（平成26年財務省令第70号）第2条): with P_n the
n-th digit counted from the right of the 12 base digits and Q_n = 1 for odd n, 2 for even n,
check = 9 − (Σ P_n·Q_n mod 9). A 13-digit number failing it is not reported.

例: 「法人番号 7000012050002」（国税庁） → CORPORATE_NUMBER（検査OK）
"""
from __future__ import annotations

from operator import mul

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

_WEIGHTS = (2, 1) * 6  # Q_n for the 12 base digits read left to right (n = 12 … 1)


def corporate_check_digit(base12: str) -> int:
    """Check digit for the 12 base digits. 例: ``corporate_check_digit("000012050002") == 7``"""
    if len(base12) == 12:  # the usual case: weights 2,1,2,1,… read left to right
        total = sum(map(mul, map(int, base12), _WEIGHTS))
    else:
        total = sum(int(ch) * (1 if n % 2 else 2) for n, ch in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def is_valid_corporate_number(value: str) -> bool:
    """True if ``value`` (digits, optional spaces/hyphens) is a valid 法人番号.

    例: ``is_valid_corporate_number("7000012050002") is True``
    """
    digits = value.replace("-", "").replace(" ", "")
    if not digits.isdigit():  # other characters too: keep the digits among them
        digits = "".join(c for c in value if c.isdigit())
    if len(digits) != 13 or not digits.isascii():
        return False
    return corporate_check_digit(digits[1:]) == int(digits[0])


RECOGNIZER = register(
    PatternRecognizer(
        name="jp.corporate_number.v1",
        label="CORPORATE_NUMBER",
        patterns=(
            # 13 digits, also written 1-2345-6789-0123 (check digit, then 4-4-4)
            # (regexes start with a character class, look-behind after it: ``re`` then skips ahead fast)
            Pattern(r"[0-9](?<![0-9-][0-9])(?:[0-9]{12}|[- ][0-9]{4}[- ][0-9]{4}[- ][0-9]{4})(?![0-9-])", 0.6,
                    "13桁の番号"),
        ),
        context=Context(
            words=("法人番号", "corporate number", "会社法人等番号", "法人", "インボイス", "登録番号", "適格請求書"),
            before=20,
            after=4,
            boost=0.35,
            penalty=0.1,
            negative=("注文番号", "請求書番号", "伝票番号", "会員番号", "電話", "TEL", "JAN", "EAN", "商品コード", "バーコード"),
        ),
        validator=is_valid_corporate_number,
        reason="13桁の番号",
    )
)
