"""和暦・西暦の日付を解釈する純粋関数（anonymize / scan / breach からも使う）。

元号の始期（出典）:
  - 明治 1868-10-23（明治元年九月八日の改元の詔。元年は慶応4年1月1日に遡る）
  - 大正 1912-07-30（明治45年7月30日 改元の詔書）
  - 昭和 1926-12-25（大正15年12月25日 改元の詔書）
  - 平成 1989-01-08（元号法(昭和54年法律第43号)に基づく「元号を改める政令」昭和64年政令第1号）
  - 令和 2019-05-01（同「元号を改める政令」平成31年政令第143号）
太陽暦の採用は明治6年1月1日（明治5年太政官布告第337号「改暦ノ布告」）。それより前の明治の日付は
旧暦なので西暦に換算しない（``parse_date`` は None、``to_wareki`` は ValueError）。

漢数字（二〇二四・二千二十四・三十一・〇）は ``kanjize`` で数値にする。位取り記法と十百千の両方を
扱え、保守されているので自作しない。「元年」は 1 年として扱う。

元号の終期を過ぎた年（平成32年＝2020年など）は書式として実在する（改元前に印刷された書類）ので
西暦に換算して日付として扱い、``DateInfo.note`` に注記する。暦にない日（R6.2.30）は None。

例::

    >>> import datetime
    >>> parse_date("令和6年4月1日")
    datetime.date(2024, 4, 1)
    >>> parse_date("昭和六十年四月一日")
    datetime.date(1985, 4, 1)
    >>> to_wareki(datetime.date(2019, 5, 1))
    '令和元年5月1日'
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from kanjize import kanji2number

__all__ = [
    "ERAS", "Era", "DateInfo", "kanji_int", "era_by_name", "era_to_year", "check_era_date",
    "parse_date", "parse_date_info", "to_wareki", "OLD_ERAS",
]


@dataclass(frozen=True)
class Era:
    """元号: 名前・ローマ字略号・始期（その日を含む）。"""

    name: str
    abbr: str
    start: _dt.date

    @property
    def offset(self) -> int:
        """元年の西暦 − 1（令和: 2018）。"""
        return self.start.year - 1


ERAS: tuple[Era, ...] = (
    Era("明治", "M", _dt.date(1868, 10, 23)),
    Era("大正", "T", _dt.date(1912, 7, 30)),
    Era("昭和", "S", _dt.date(1926, 12, 25)),
    Era("平成", "H", _dt.date(1989, 1, 8)),
    Era("令和", "R", _dt.date(2019, 5, 1)),
)
#: First (Gregorian) year of the eras before 明治 (国立天文台「暦Wiki」 元号一覧; moved here from anonymize.risk_more at stop 44 so
#: that detection reads the same list: 天保年間 is an era, no place).
OLD_ERAS: dict[str, int] = {
    "永禄": 1558, "元亀": 1570, "天正": 1573, "文禄": 1592, "慶長": 1596, "元和": 1615, "寛永": 1624, "正保": 1645, "慶安": 1648, "承応": 1652, "明暦": 1655,
    "万治": 1658, "寛文": 1661, "延宝": 1673, "天和": 1681, "貞享": 1684, "元禄": 1688, "宝永": 1704,
    "正徳": 1711, "享保": 1716, "元文": 1736, "寛保": 1741, "延享": 1744, "寛延": 1748, "宝暦": 1751,
    "明和": 1764, "安永": 1772, "天明": 1781, "寛政": 1789, "享和": 1801, "文化": 1804, "文政": 1818,
    "天保": 1830, "弘化": 1844, "嘉永": 1848, "安政": 1854, "万延": 1860, "文久": 1861, "元治": 1864,
    "慶応": 1865,
}

_BY_KEY = {e.name: e for e in ERAS} | {e.abbr: e for e in ERAS} | {e.abbr.lower(): e for e in ERAS}
_NEXT = {ERAS[i].name: ERAS[i + 1] for i in range(len(ERAS) - 1)}
#: 太陽暦の施行日（明治6年1月1日）。
GREGORIAN_START = _dt.date(1873, 1, 1)

#: Kanji numerals that dates and addresses are written with (二〇二四年, 三丁目); 零 is read as 〇 in years.
KANJI_NUMERALS = "〇一二三四五六七八九十百千"
_KANJI_DIGITS = KANJI_NUMERALS + "零"
_TRANS = str.maketrans("０１２３４５６７８９零", "0123456789〇")


@dataclass(frozen=True)
class DateInfo:
    """解釈した日付と、元号の範囲外などの注記。"""

    date: _dt.date
    note: str | None = None


def kanji_int(s: str) -> int | None:
    """算用数字・全角数字・漢数字・「元」を整数にする。例: ``kanji_int("三十一") == 31``"""
    s = s.strip().translate(_TRANS)
    if not s:
        return None
    if s == "元":
        return 1
    if s.isascii() and s.isdigit():
        return int(s)
    if all(c in _KANJI_DIGITS for c in s):
        try:
            return int(kanji2number(s))
        except (ValueError, KeyError, IndexError):
            return None
    return None


def era_by_name(name: str) -> Era | None:
    """元号名または略号（令和 / R / r / ㋿）から Era。例: ``era_by_name("H").name == "平成"``"""
    return _BY_KEY.get(name.strip().replace("㋿", "令和"))


def era_to_year(era: str, year: int) -> int | None:
    """元号と年から西暦年。例: ``era_to_year("令和", 6) == 2024``、``era_to_year("平成", 1) == 1989``"""
    e = era_by_name(era)
    if e is None or year < 1:
        return None
    return e.offset + year


def check_era_date(era: str, d: _dt.date) -> str | None:
    """元号の期間外なら注記を返す。例: 平成32年1月1日 → 「平成の終了後…（令和2年1月1日）」"""
    e = era_by_name(era)
    if e is None:
        return None
    if d < e.start:
        return f"{e.name}の開始({e.start.isoformat()})より前の日付"
    nxt = _NEXT.get(e.name)
    if nxt is not None and d >= nxt.start:
        return f"{e.name}の終了後の日付（{to_wareki(d)}に相当）"
    return None


_SEP = r"[ ]?"
_NUM = rf"(?:\d{{1,4}}|[{_KANJI_DIGITS}]{{1,6}})"
_ERA_NAMES = "|".join(e.name for e in ERAS)
_FULL = re.compile(
    rf"(?:(?P<era>{_ERA_NAMES}|[MTSHRmtshr])\.?{_SEP}(?P<ey>元|{_NUM})|(?P<y>{_NUM}))"
    rf"{_SEP}(?:年|[./-]){_SEP}(?P<m>{_NUM}){_SEP}(?:月|[./-]){_SEP}(?P<d>{_NUM}){_SEP}日?"
)


def parse_date_info(text: str) -> DateInfo | None:
    """日付の文字列全体を解釈する（西暦・和暦・略号・漢数字・全角）。暦にない日は None。

    例: ``parse_date_info("平成32年1月1日").note`` は元号の終了後である旨の注記。
    """
    t = text.strip().translate(_TRANS).replace("－", "-").replace("／", "/").replace("．", ".")
    t = t.replace("㍾", "明治").replace("㍽", "大正").replace("㍼", "昭和").replace("㍻", "平成").replace("㋿", "令和")
    m = _FULL.fullmatch(t)
    if not m:
        return None
    month, day = kanji_int(m["m"]), kanji_int(m["d"])
    if m["era"]:
        ey = kanji_int(m["ey"])
        year = era_to_year(m["era"], ey) if ey is not None else None
    else:
        year = kanji_int(m["y"])
        if year is not None and year < 1000:
            return None
    if year is None or month is None or day is None:
        return None
    return make_date(year, month, day, m["era"])


def make_date(year: int, month: int, day: int, era: str | None = None) -> DateInfo | None:
    """年月日から DateInfo（暦にない日・太陽暦以前は None）。例: ``make_date(2024, 2, 30) is None``"""
    try:
        d = _dt.date(year, month, day)
    except ValueError:
        return None
    if d < GREGORIAN_START:
        return None
    return DateInfo(d, check_era_date(era, d) if era else None)


def parse_date(text: str) -> _dt.date | None:
    """日付の文字列を ``datetime.date`` に。例: ``parse_date("H元.1.8") == date(1989, 1, 8)``"""
    info = parse_date_info(text)
    return info.date if info else None


def to_wareki(d: _dt.date, *, abbr: bool = False) -> str:
    """西暦の日付を和暦で書く（元年表記）。例: ``to_wareki(date(1985, 4, 1)) == "昭和60年4月1日"``、
    ``to_wareki(date(2024, 4, 1), abbr=True) == "R6.4.1"``。太陽暦以前は ValueError。"""
    if d < GREGORIAN_START:
        raise ValueError("明治6年より前の日付は旧暦のため換算しません")
    era = next(e for e in reversed(ERAS) if d >= e.start)
    y = d.year - era.offset
    if abbr:
        return f"{era.abbr}{y}.{d.month}.{d.day}"
    return f"{era.name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
