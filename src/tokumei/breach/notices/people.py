"""Read the affected-people list (AFFECTED.csv): UTF-8 (±BOM) or cp932, only the columns present.

Recognised headers (first match wins): 氏名/名前/お名前/会員名, 郵便番号/〒, 住所,
メール/メールアドレス/email/e-mail, 電話番号/電話/携帯電話/携帯/tel. A malformed row is reported
by its line number (E858), never by its content.

例::

    氏名,郵便番号,住所,メール,電話番号
    山田 太郎,150-0001,東京都渋谷区神宮前1-2-3,taro@example.jp,090-1234-5678
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tokumei.errors import TokumeiError
from tokumei.formats.text import decode_bytes

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("氏名", "名前", "お名前", "会員名"),
    "postal": ("郵便番号", "〒"),
    "address": ("住所",),
    "email": ("メール", "メールアドレス", "email", "e-mail", "mail"),
    "phone": ("電話番号", "電話", "携帯電話", "携帯", "tel", "phone"),
}
_POSTAL = re.compile(r"〒?\s*(\d{3})-?(\d{4})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MOBILE = re.compile(r"0[789]0\d{8}")


@dataclass(frozen=True)
class Person:
    """One addressee; empty strings for the columns not present."""

    no: int
    name: str
    postal: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""

    @property
    def mobile(self) -> str:
        """The phone number as digits when it is a Japanese mobile number (SMS), else ''."""
        digits = re.sub(r"\D", "", self.phone)
        if digits.startswith("81"):
            digits = "0" + digits[2:]
        return digits if _MOBILE.fullmatch(digits) else ""


def read_people(path: str | Path) -> list[Person]:
    """Parse the list; E858 names the line of a malformed row, E859 an unusable file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise TokumeiError("E100", path=str(p)) from None
    text = decode_bytes(raw, str(p))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise TokumeiError("E859", path=str(p), why="見出し行がありません") from None
    cols = _columns(header)
    if "name" not in cols:
        raise TokumeiError("E859", path=str(p), why="氏名の列がありません")
    if not {"address", "email", "phone"} & set(cols):
        raise TokumeiError("E859", path=str(p), why="住所・メール・電話番号のいずれの列もありません")
    people: list[Person] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                raise TokumeiError("E858", path=str(p), line=line, why=f"列数が {len(row)}（見出しは {len(header)}）")
            people.append(_person(len(people) + 1, row, cols, str(p), line))
    except csv.Error as e:
        raise TokumeiError("E858", path=str(p), line=reader.line_num, why="CSV として読めません") from e
    if not people:
        raise TokumeiError("E859", path=str(p), why="対象者の行がありません")
    return people


def _columns(header: list[str]) -> dict[str, int]:
    norm = [unicodedata.normalize("NFKC", h).strip().lower() for h in header]
    out: dict[str, int] = {}
    for key, names in COLUMNS.items():
        for n in names:
            if n.lower() in norm:
                out[key] = norm.index(n.lower())
                break
    return out


def _person(no: int, row: list[str], cols: dict[str, int], path: str, line: int) -> Person:
    v = {k: unicodedata.normalize("NFKC", row[i]).strip() if k != "name" else row[i].strip() for k, i in cols.items()}
    if not v.get("name"):
        raise TokumeiError("E858", path=path, line=line, why="氏名が空です")
    if v.get("postal"):
        m = _POSTAL.fullmatch(v["postal"])
        if not m:
            raise TokumeiError("E858", path=path, line=line, why="郵便番号の形式が不正です（123-4567）")
        v["postal"] = f"{m.group(1)}-{m.group(2)}"
    if v.get("email") and not _EMAIL.fullmatch(v["email"]):
        raise TokumeiError("E858", path=path, line=line, why="メールアドレスの形式が不正です")
    if v.get("phone") and len(re.sub(r"\D", "", v["phone"])) not in (10, 11, 12):
        raise TokumeiError("E858", path=path, line=line, why="電話番号の桁数が不正です")
    if v.get("address") and not v.get("postal") and "postal" in cols:
        raise TokumeiError("E858", path=path, line=line, why="住所があるのに郵便番号が空です")
    return Person(no, v["name"], v.get("postal", ""), v.get("address", ""), v.get("email", ""), v.get("phone", ""))
