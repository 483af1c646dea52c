"""Write CSV files that Excel in Japan opens correctly: UTF-8 with BOM (or cp932 on request),
CRLF line endings, minimal quoting.

The stdlib :mod:`csv` writer does the quoting (it is the reference implementation of RFC 4180
quoting in Python; no third-party package is needed). Values that Excel would run as a formula
(``=``, ``@``, or ``+``/``-`` not followed by a number) are prefixed with ``'`` unless
``guard_formulas=False`` — a report must never execute content that came from a scanned file.

例::

    >>> p = write_csv_for_excel(Path("/tmp/x.csv"), ["氏名", "件数"], [["山田", 3]])
    >>> p.read_bytes()[:3] == b"\\xef\\xbb\\xbf"
    True
"""
from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from tokumei.errors import TokumeiError

_NUMBER = re.compile(r"[+-]?\d[\d,]*(\.\d+)?([eE][+-]?\d+)?")


def guard_formula(value: str) -> str:
    """Prefix ``'`` to a string Excel would evaluate as a formula.

    例: ``guard_formula("=HYPERLINK(...)") == "'=HYPERLINK(...)"``; ``guard_formula("-3") == "-3"``
    """
    if not value:
        return value
    head = value[0]
    if head in "=@\t\r":
        return "'" + value
    if head in "+-" and not _NUMBER.fullmatch(value.strip()):
        return "'" + value
    return value


def _cell(value: Any, guard: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = str(value)
    if guard and isinstance(value, str):
        text = guard_formula(text)
    return text


def csv_bytes_for_excel(
    header: Sequence[Any] | None,
    rows: Iterable[Sequence[Any]],
    encoding: str = "utf-8-sig",
    *,
    path: str = "<csv>",
    guard_formulas: bool = True,
) -> bytes:
    """Return CSV bytes (CRLF, minimal quoting) in ``encoding`` ("utf-8-sig" or "cp932").

    A character cp932 cannot hold raises E112 naming the row (1 = header line) and column.

    例: ``csv_bytes_for_excel(["氏名"], [["山田"]], "cp932") == "氏名\\r\\n山田\\r\\n".encode("cp932")``
    """
    enc = _normalise_encoding(encoding)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out = bytearray(b"\xef\xbb\xbf" if enc == "utf-8-sig" else b"")
    codec = "utf-8" if enc == "utf-8-sig" else enc
    all_rows: Iterable[Sequence[Any]] = rows
    line_no = 0
    names = [str(h) for h in header] if header is not None else []
    if header is not None:
        all_rows = itertools.chain([header], rows)
    for row in all_rows:
        line_no += 1
        cells = [_cell(v, guard_formulas) for v in row]
        buf.seek(0)
        buf.truncate()
        writer.writerow(cells)
        try:
            out += buf.getvalue().encode(codec)
        except UnicodeEncodeError:
            col = _bad_column(cells, codec)
            name = f" ({names[col - 1]})" if header is not None and col <= len(names) and line_no > 1 else ""
            raise TokumeiError("E112", encoding=encoding, path=path,
                               where=f"{line_no}行目 {col}列目{name}") from None
    return bytes(out)


def write_csv_for_excel(
    path: str | Path,
    header: Sequence[Any] | None,
    rows: Iterable[Sequence[Any]],
    encoding: str = "utf-8-sig",
    *,
    guard_formulas: bool = True,
) -> Path:
    """Write a CSV for Excel (UTF-8 with BOM by default, ``encoding="cp932"`` on request).

    例::

        write_csv_for_excel("結果.csv", ["ファイル", "件数"], [["名簿.xlsx", 12]])
    """
    p = Path(path)
    data = csv_bytes_for_excel(header, rows, encoding, path=str(p), guard_formulas=guard_formulas)
    p.write_bytes(data)
    return p


def _normalise_encoding(encoding: str) -> str:
    e = encoding.lower().replace("_", "-")
    if e in {"utf-8-sig", "utf8-sig", "utf-8-bom"}:
        return "utf-8-sig"
    if e in {"cp932", "ms932", "windows-31j", "shift-jis", "sjis", "shift_jis"}:
        return "cp932"
    if e in {"utf-8", "utf8"}:
        return "utf-8"
    raise TokumeiError("E200", why=f"CSV の文字コードは utf-8-sig か cp932 を指定してください: {encoding}")


def _bad_column(cells: Sequence[str], codec: str) -> int:
    for i, c in enumerate(cells, start=1):
        try:
            c.encode(codec)
        except UnicodeEncodeError:
            return i
    return 1  # pragma: no cover - the separator itself is always encodable
