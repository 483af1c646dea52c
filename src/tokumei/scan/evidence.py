"""When a share of matching values is evidence: check digits against chance.

A number with a check digit (個人番号, 法人番号, カード番号 …) is "valid" for about one random
number in ten, so a column of random 12-digit tracking numbers has ~10 % "valid My Numbers".
A value-only finding of such a label therefore needs a share that chance cannot give:

* the one-sided binomial tail ``P(X ≥ k | n, p0)`` of ``k`` passing values among ``n`` non-empty
  values, with ``p0`` the check digit's base rate (:data:`BASE_RATE`), is below :data:`ALPHA`
  (10⁻⁶ — e.g. 7 of 7, 12 of 20, 30 of 100 passing), **and**
* the passing values are at least :data:`MIN_SHARE` (half) of the column — a consistent shape,
  not a few lucky numbers in a column of something else;

or the column's name says it is that number. Otherwise the label is listed as 要確認 with its
numbers, not as found. Base rates: 個人番号 (平成26年総務省令第85号 第5条, mod 11 → the check digit
is a function of 11 digits and the last digit is uniform: exactly 1/10), 法人番号 (法人番号の指定等に
関する省令 第2条, mod 9 leading check digit: 1/10 for a uniform first digit), カード番号 (Luhn,
ISO/IEC 7812-1: 1/10), 運転免許証番号 (mod 11: ~1/10), the others (no check digit or a weak one)
1/10 as a conservative floor.

例::

    >>> holds_against_chance("MY_NUMBER", 17, 200)   # 8.5 % of random 12-digit strings
    False
    >>> holds_against_chance("MY_NUMBER", 200, 200)
    True
"""
from __future__ import annotations

import math

#: Share of random digit strings of the right length that pass the label's check.
BASE_RATE: dict[str, float] = {
    "MY_NUMBER": 0.1, "CORPORATE_NUMBER": 0.1, "CREDIT_CARD": 0.1, "DRIVERS_LICENSE": 0.1,
    "PENSION_NUMBER": 0.1, "EMPLOYMENT_INSURANCE_NUMBER": 0.1, "HEALTH_INSURANCE_NUMBER": 0.1,
    "BANK_ACCOUNT": 0.1, "PASSPORT": 0.1, "RESIDENCE_CARD": 0.1,
}
ALPHA = 1e-6
MIN_SHARE = 0.5


def binom_tail(k: int, n: int, p: float) -> float:
    """``P(X ≥ k)`` for X ~ Binomial(n, p), summed in log space (exact for the sizes a scan sees).

    例: ``round(binom_tail(1, 1, 0.1), 3) == 0.1``
    """
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    lp, lq = math.log(p), math.log1p(-p)
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * lp + (n - i) * lq
            for i in range(k, n + 1)]
    top = max(logs)
    return min(1.0, math.exp(top) * sum(math.exp(x - top) for x in logs))


def holds_against_chance(label: str, k: int, n: int) -> bool:
    """True when ``k`` of ``n`` values passing ``label``'s check cannot be chance (module doc).
    Labels without a check digit always hold."""
    p0 = BASE_RATE.get(label)
    if p0 is None:
        return True
    if n <= 0 or k / n < MIN_SHARE:
        return False
    return binom_tail(k, n, p0) < ALPHA


def jan_ok(value: str) -> bool:
    """JAN/EAN-13 check digit (GS1 General Specifications 7.9: weights 1,3 from the left over
    12 digits, check = (10 − sum mod 10) mod 10). 例: ``jan_ok("4901234567894") is True``"""
    if len(value) != 13 or not value.isdigit() or not value.isascii():
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(value[:12]))
    return (10 - total % 10) % 10 == int(value[12])
