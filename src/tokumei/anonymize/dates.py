"""Year of a date written in 西暦 or 和暦 (for 生年月日 → 年代).

Eras and kanji numerals come from :mod:`tokumei.detect.wareki` (元号法 and the 改元 政令;
元年 = 1; ``kanjize`` for kanji numerals); this module only finds the first date in a passage.

例::

    >>> year_of("昭和35年4月1日"), year_of("1985年7月15日"), year_of("平成元年"), year_of("Ｈ２年")
    (1960, 1985, 1989, 1990)
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.detect.wareki import era_to_year, kanji_int

_ERA_RE = re.compile(r"(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(元|\d{1,2}|[〇一二三四五六七八九十]{1,3})\s*[年./-]")
_WEST_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:\s*年|[./-]\d)")


def year_of(text: str) -> int | None:
    """Western year of the first date in ``text``, or None."""
    s = unicodedata.normalize("NFKC", text)
    m = _ERA_RE.search(s)
    if m:
        n = kanji_int(m.group(2))
        if n is not None and n >= 1:
            return era_to_year(m.group(1), n)
    m = _WEST_RE.search(s)
    if m:
        return int(m.group(1))
    return None
