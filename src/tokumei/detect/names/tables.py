"""People in tables: cells under name headers (姓 / 名 / セイ / メイ / 氏名 / フリガナ …).

A spreadsheet or a .docx/.html table reaches the names tier as one tab-separated text per table
(:mod:`tokumei.anonymize.tables`): rows on lines, cells between tabs. A cell alone has no
honorific and no sentence around it, so SudachiPy's tags decide — スズキ is a company there, and
山田 / 太郎 / ヤマダ / タロウ of one row come out as four people. The column header is the strong
context: every non-empty, name-shaped cell under a name header is a PERSON, and the cells of one
row are one person (``data["canonical"]`` is the row's name, so coreference gives them one
``entity_id`` and anonymize one letter).

Tab-separated lines are tables; comma-separated lines are read as a table only when their header
line has a name header (a CSV pasted as text: 「姓,名,セイ,メイ」) and only as far as the lines below
have as many cells as the header. A table ends at a blank line or a line without the separator.

例::

    >>> [(s.text, s.data["canonical"]) for s in find_table_people("姓\\t名\\tセイ\\nやまだ\\t花\\tヤマダ")]
    [('やまだ', 'やまだ花'), ('花', 'やまだ花'), ('ヤマダ', 'やまだ花')]
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.span import Span

SOURCE = "jp.names.rules.v1"

#: Header (NFKC, no spaces or brackets, lower case) → what the column holds:
#: "full"/"sur"/"giv" written name, "rfull"/"rsur"/"rgiv" its reading (kana).
_HEADERS: dict[str, str] = {}
for _kind, _words in {
    "full": "氏名 名前 お名前 姓名 フルネーム 氏名漢字 漢字氏名 担当者 担当者名 代表者 代表者名 代表者氏名 社員名 "
            "従業員名 従業員氏名 職員名 申請者 申請者名 申請者氏名 被保険者氏名 受講者名 参加者名 会員名 利用者名 "
            "name fullname 氏名ローマ字",
    "sur": "姓 苗字 名字 氏 姓漢字 lastname surname familyname",
    "giv": "名 名漢字 firstname givenname",
    "rfull": "フリガナ ふりがな よみがな ヨミガナ カナ かな 読み よみ 氏名カナ 氏名フリガナ 氏名ふりがな カナ氏名 "
             "フリガナ氏名 氏名よみがな 名前カナ 名前フリガナ",
    "rsur": "セイ せい 姓カナ 姓フリガナ 姓ふりがな フリガナ姓 カナ姓 姓よみ",
    "rgiv": "メイ めい 名カナ 名フリガナ 名ふりがな フリガナ名 カナ名 名よみ",
}.items():
    for _w in _words.split():
        _HEADERS[_w] = _kind

_STRIP = re.compile(r"[\s()（）［］\[\]【】「」:：・_\-]+")
#: A name-shaped cell: kanji, kana, Latin letters, with spaces or ・ between parts; no digits.
_NAME_CELL = re.compile(r"[\u4e00-\u9fff々〆ヶ\u3041-\u309f\u30a1-\u30ffA-Za-z][\u4e00-\u9fff々〆ヶ\u3041-\u309f\u30a1-\u30ffA-Za-z・ 　.'\-]{0,23}")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ffー・ 　]+")


def header_kind(cell: str) -> str | None:
    """What a header cell says its column holds. 例: ``header_kind("氏名（カナ）") == "rfull"``"""
    key = _STRIP.sub("", unicodedata.normalize("NFKC", cell)).lower()
    return _HEADERS.get(key)


def _cells(line: str, sep: str, base: int) -> list[tuple[int, int]]:
    out, a = [], base
    for part in line.split(sep):
        out.append((a, a + len(part)))
        a += len(part) + 1
    return out


def find_table_people(text: str) -> list[Span]:
    """PERSON spans for the name cells of the tables in ``text`` (see the module doc)."""
    if "\t" not in text and "," not in text:
        return []
    out: list[Span] = []
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    cols: dict[int, str] | None = None
    sep, width = "", 0
    for ln, line in enumerate(lines):
        if cols is not None and (sep not in line or not line.strip()
                                 or (sep == "," and line.count(",") + 1 != width)):
            cols = None  # the table ended (a blank line, text without the separator, another shape)
        if cols is None:
            for s in ("\t", ","):
                if s in line:
                    kinds = {k: header_kind(line[a - starts[ln] : b - starts[ln]])
                             for k, (a, b) in enumerate(_cells(line, s, starts[ln]))}
                    named = {k: v for k, v in kinds.items() if v}
                    if named:
                        cols, sep, width = named, s, len(kinds)
                        break
            continue
        out.extend(_row(text, _cells(line, sep, starts[ln]), cols))
    return out


def _row(text: str, cells: list[tuple[int, int]], cols: dict[int, str]) -> list[Span]:
    found: list[tuple[int, int, str]] = []  # (start, end, kind) of name cells
    for k, kind in cols.items():
        if k >= len(cells):
            continue
        a, b = cells[k]
        cell = text[a:b]
        lead = len(cell) - len(cell.lstrip())
        a, b = a + lead, a + len(cell.rstrip())
        value = text[a:b]
        if not value or not _NAME_CELL.fullmatch(value) or header_kind(value):
            continue
        if kind.startswith("r") and not _KANA.fullmatch(value):
            continue  # a フリガナ column holds kana
        found.append((a, b, kind))
    if not found:
        return []
    val = {kind: text[a:b] for a, b, kind in found}
    sur, giv = val.get("sur"), val.get("giv")
    if not (sur and giv) and val.get("full") and len(val["full"].split()) == 2:
        sur, giv = val["full"].split()
    if not (sur and giv):
        sur, giv = val.get("rsur") or sur, val.get("rgiv") or giv
    if not (sur and giv) and val.get("rfull") and len(val["rfull"].split()) == 2:
        sur, giv = val["rfull"].split()
    canonical = "".join((val.get("full") or ((val.get("sur") or "") + (val.get("giv") or "")) or val.get("rfull")
                         or ((val.get("rsur") or "") + (val.get("rgiv") or ""))).split())
    spans = []
    for a, b, kind in found:
        data: dict = {"tier": 1, "table": True, "column": kind, "canonical": canonical}
        if sur and giv:
            data.update(surname=sur, given=giv)
        if kind.startswith("r"):
            data["reading"] = True
        spans.append(Span("PERSON", a, b, text[a:b], 0.8, SOURCE, "表の氏名の列", data=data))
    return spans
