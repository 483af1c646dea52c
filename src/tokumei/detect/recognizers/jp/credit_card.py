"""CREDIT_CARD — payment card numbers: 12–19 digits, Luhn check AND a known brand prefix.

Grouping may be 4-4-4-4, 4-6-5 (American Express), 4-6-4 (Diners), any spaces/hyphens, or none;
full-width digits are matched through the normalised view. Luhn: ISO/IEC 7812-1 Annex B.
Brand prefixes (IIN ranges) and lengths: Visa 4; Mastercard 51–55, 2221–2720; American Express 34, 37;
JCB 3528–3589; Diners Club 36, 300–305, 38–39; Discover 6011, 644–649, 65; UnionPay 62
lengths 16/19 Visa, 16 Mastercard, 15 Amex, 14–19 Diners/UnionPay, 16–19 others
(source: ISO/IEC 7812 registrations as published by each brand). The brand goes in
``data["brand"]``.

例: 「カード番号 4111-1111-1111-1111」 → CREDIT_CARD（Visa, 検査OK）
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

_AX, _DC, _DI = (15,), tuple(range(14, 20)), tuple(range(16, 20))
# (brand, lowest prefix, highest prefix, allowed lengths); prefixes compared on the same number
# of leading digits. Visa's retired 13-digit length is left out: 13-digit JAN/EAN codes of
# Japanese goods start with 45/49 and would otherwise pass as Visa one time in ten.
_BRANDS: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
    ("American Express", 34, 34, _AX), ("American Express", 37, 37, _AX),
    ("JCB", 3528, 3589, _DI),
    ("Diners Club", 300, 305, _DC), ("Diners Club", 36, 36, _DC), ("Diners Club", 38, 39, _DC),
    ("Visa", 4, 4, (16, 19)),
    ("Mastercard", 51, 55, (16,)), ("Mastercard", 2221, 2720, (16,)),
    ("Discover", 6011, 6011, _DI), ("Discover", 644, 649, _DI), ("Discover", 65, 65, _DI),
    ("UnionPay", 62, 62, _DC),
)

# the same table grouped by first digit, so a number is compared with its few candidate brands only
_BY_FIRST: dict[str, list[tuple[str, int, int, tuple[int, ...], int]]] = {}
for _b, _lo, _hi, _len in _BRANDS:
    _BY_FIRST.setdefault(str(_lo)[0], []).append((_b, _lo, _hi, _len, len(str(_lo))))


def luhn_ok(digits: str) -> bool:
    """ISO/IEC 7812-1 Luhn check. 例: ``luhn_ok("4111111111111111") is True``"""
    return _luhn_sum(digits) % 10 == 0


def _luhn_sum(digits: str) -> int:
    """The Luhn sum: every second digit from the right (the second, fourth …) doubled, 9 taken
    off products above 9. 例: ``_luhn_sum("18") == 10``

    Read as ASCII bytes: the undoubled digits are summed and the doubled ones mapped through a
    byte table first, all in C (a database scan checks every cell of a card column: about 3×
    faster than a loop over the digits)."""
    b = digits.encode("ascii", "replace")
    if not b.isdigit():  # empty, or not all ASCII digits: the digit by digit reading
        return _luhn_sum_slow(digits)
    kept = b[-1::-2]
    return sum(kept) - 48 * len(kept) + sum(b[-2::-2].translate(_DOUBLED))


#: byte of a digit → its doubled digit's share (5 → 10 → 1)
_DOUBLED = bytes.maketrans(b"0123456789", bytes([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]))


def _luhn_sum_slow(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total


def luhn_check_digit(body: str) -> int:
    """The Luhn digit to append to ``body``. 例: ``luhn_check_digit("411111111111111") == 1``"""
    # with a 0 appended, luhn_ok's sum doubles exactly the digits this digit's sum doubles, and
    # the 0 adds nothing: the check digit is what brings that sum to a multiple of 10
    return (10 - _luhn_sum(body + "0") % 10) % 10


def card_brand(digits: str) -> str | None:
    """Brand from the IIN prefix, or None. 例: ``card_brand("3530111333300000") == "JCB"``"""
    for brand, lo, hi, lengths, k in _BY_FIRST.get(digits[:1], ()):
        if len(digits) in lengths and lo <= int(digits[:k]) <= hi:
            return brand
    return None


def validate_card(value: str) -> dict | None:
    """Parsed data when ``value`` is a plausible card number, else None.

    例: ``validate_card("3782 822463 10005") == {"brand": "American Express"}``
    """
    digits = value.replace("-", "").replace(" ", "")
    if not (12 <= len(digits) <= 19) or not digits.isdigit() or not digits.isascii():
        return None
    brand = card_brand(digits)  # cheaper than Luhn, and rejects most non-card numbers
    return {"brand": brand} if brand and luhn_ok(digits) else None


RECOGNIZER = register(
    PatternRecognizer(
        name="jp.credit_card.v1",
        label="CREDIT_CARD",
        patterns=(
            # character class first, look-behind after it (fast skipping in ``re``)
            Pattern(r"[0-9](?<![0-9-][0-9])(?:[0-9]{11,18}|[0-9]{3}(?:[- ][0-9]{2,7}){1,4})(?![0-9-]|[.,][0-9])",
                    0.7, "カード番号の形式"),
        ),
        context=Context(
            words=("カード", "クレジット", "card", "visa", "master", "jcb", "amex", "決済", "有効期限"),
            before=30,
            after=10,
            boost=0.25,
            penalty=0.1,
            negative=("注文番号", "請求書番号", "伝票番号", "追跡番号", "お問い合わせ番号", "JAN", "EAN", "ISBN",
                      "商品コード", "バーコード", "品番"),
        ),
        validator=validate_card,
        reason="Luhn・発行者番号",
    )
)
