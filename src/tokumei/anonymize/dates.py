"""Year of a date written in 西暦 or 和暦 (for 生年月日 → 年代).

Era start years (source: 元号法 and the 改元 政令 — 明治1868, 大正1912, 昭和1926, 平成1989,
令和2019); 元年 = 1. Kanji numerals via ``kanjize`` (a maintained converter, rather than a
hand-written one).

例::

    >>> year_of("昭和35年4月1日"), year_of("1985年7月15日"), year_of("平成元年"), year_of("Ｈ２年")
    (1960, 1985, 1989, 1990)
"""
from __future__ import annotations

import re
import unicodedata

ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
        "M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
_ERA_RE = re.compile(r"(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(元|\d{1,2}|[〇一二三四五六七八九十]{1,3})\s*[年./-]")
_WEST_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:\s*年|[./-]\d)")


def _num(s: str) -> int | None:
    if s == "元":
        return 1
    if s.isdigit():
        return int(s)
    try:
        from kanjize import kanji2number

        return int(kanji2number(s))
    except Exception:
        return None


def year_of(text: str) -> int | None:
    """Western year of the first date in ``text``, or None."""
    s = unicodedata.normalize("NFKC", text)
    m = _ERA_RE.search(s)
    if m:
        n = _num(m.group(2))
        if n is not None and n >= 1:
            return ERAS[m.group(1)] + n - 1
    m = _WEST_RE.search(s)
    if m:
        return int(m.group(1))
    return None
