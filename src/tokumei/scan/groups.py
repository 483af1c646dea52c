"""Split columns read as one field: ``tel01 tel02 tel03`` is one phone number, ``zip01 zip02``
one postal code, ``pref addr01 addr02`` one address, ``name01 name02`` one name.

Shops keep a field in numbered parts (EC サイトの会員・受注テーブルの慣習: 姓/名, セイ/メイ,
電話番号を3つ, 郵便番号を上3桁/下4桁, 都道府県コード + 市区町村 + 番地・建物). Each part alone is
not recognisable (``1234`` is not a phone number), so the parts of one row are joined and the
joined value is judged; the parts then share the group's category.

Prefecture codes are the JIS X 0401 都道府県コード (01 北海道 … 47 沖縄県); a column named
``pref`` whose values are 1–47 is a prefecture, and its name is put in front of the joined address.

例::

    >>> [(g.base, g.columns) for g in split_groups(["id", "tel01", "tel02", "tel03", "email"])]
    [('tel', (1, 2, 3))]
    >>> join_parts(split_groups(["tel01", "tel02", "tel03"])[0], ["090", "1234", "5678"])
    '090-1234-5678'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from tokumei.detect.geo import PREFECTURES  # JIS X 0401 order (scan.lanes and synth read it here too)
from tokumei.scan.vocab import name_category, split_name

#: How the parts of a field are joined (phone and postal code with hyphens, a name with a space).
JOINERS: dict[str, str] = {"PHONE": "-", "POSTAL_CODE": "-", "ADDRESS": "", "PERSON": " "}


@dataclass(frozen=True)
class Group:
    """Columns (indexes into the table's columns, in part order) that form one field."""

    base: str
    category: str
    columns: tuple[int, ...]
    pref: int | None = None  # index of a prefecture column put in front of an address

    @property
    def joiner(self) -> str:
        return JOINERS[self.category]


def prefecture_of(value: object) -> str | None:
    """Prefecture name for a JIS X 0401 code (1–47, ``"01"``) or a prefecture name, else None.

    例: ``prefecture_of("13") == "東京都"``; ``prefecture_of(48) is None``
    """
    text = str(value).strip() if value is not None else ""
    if text.isdigit() and text.isascii():
        n = int(text)
        return PREFECTURES[n - 1] if 1 <= n <= 47 else None
    return text if text in PREFECTURES else None


def is_pref_name(name: str) -> bool:
    """True for a prefecture column name (``pref``, ``order_pref``, ``都道府県``, ``pref_id``)."""
    got = name_category(name)
    return bool(got) and got[0] == "ADDRESS" and got[1] in {"pref", "prefid", "prefecture", "prefectureid", "都道府県"}


_KANA_PART = re.compile(r"フリガナ|ふりがな|カナ|かな|kana", re.IGNORECASE)
_PREF_WORD = re.compile(r"(?:prefecture|pref)(?:_?id)?|都道府県")
_ADDR_WORD = re.compile(r"address|addr|住所")


@lru_cache(maxsize=1024)
def _groups(columns: tuple[str, ...]) -> tuple[Group, ...]:
    found: dict[tuple[str, str], list[tuple[str, int]]] = {}
    prefs: dict[str, int] = {}
    for i, name in enumerate(columns):
        if is_pref_name(name):
            prefs[_PREF_WORD.sub("", split_name(name)[0].lower())] = i
        base, part = split_name(name)
        if part is None:
            continue
        cat = name_category(name)
        if not cat or cat[0] not in JOINERS:
            continue
        if _KANA_PART.search(part):  # お名前(フリガナ・姓) is not joined with お名前(姓)
            base = f"{base}({_KANA_PART.search(part).group()})"
        found.setdefault((base, cat[0]), []).append((part, i))
    out = []
    for (base, cat), parts in found.items():
        if len(parts) < 2:
            continue
        idx = tuple(i for _, i in sorted(parts, key=lambda p: (not p[0].isdigit(), int(p[0]) if p[0].isdigit() else 0, p[1])))
        pref = None
        if cat == "ADDRESS":  # addr01/addr02 with pref, order_addr01 with order_pref
            stem = _ADDR_WORD.sub("", base.lower())
            pref = prefs.get(stem)
        out.append(Group(base, cat, idx, pref))
    return tuple(out)


def split_groups(columns: Sequence[str]) -> tuple[Group, ...]:
    """The split fields of a table (cached per column list). Only PHONE, POSTAL_CODE, ADDRESS
    and PERSON parts are joined; a lone numbered column (``email2``) is not a group."""
    return _groups(tuple(columns))


def join_parts(group: Group, row: Sequence[object]) -> str | None:
    """The field of one row: the non-empty parts joined; None when all parts are empty.

    例: ``join_parts(Group("addr", "ADDRESS", (1, 2), 0), ["13", "千代田区永田町", "1-6-1"]) == "東京都千代田区永田町1-6-1"``
    """
    parts = [str(row[i]).strip() for i in group.columns if i < len(row) and row[i] is not None]
    parts = [p for p in parts if p]
    if not parts:
        return None
    text = group.joiner.join(parts)
    if group.pref is not None and group.pref < len(row):
        name = prefecture_of(row[group.pref])
        if name and not text.startswith(name):
            text = name + text
    return text
