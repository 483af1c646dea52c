"""CSV / TSV cell by cell, keeping delimiter, quoting, line endings and encoding.

The stdlib :mod:`csv` reader does not report where a cell sits in the file, and rewriting the
whole file with :mod:`csv.writer` would change quoting and line endings. So cells are located by
a small RFC 4180 tokenizer (its values are checked against :mod:`csv` in the tests) and only
edited cells are re-serialised; every other byte stays as it was.

Malformed input is refused (E111, with the line number): an unclosed quote or text after a
closing quote would otherwise shift cells silently. Rows of different lengths are accepted.

例::

    >>> [c.value for c in tokenize('氏名,電話\\r\\n"山田, 太郎",03\\r\\n', ",", "a.csv")]
    ['氏名', '電話', '山田, 太郎', '03']
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from tokumei.errors import TokumeiError
from tokumei.formats.model import Document, Edit, Unit, apply_edits
from tokumei.formats.source import digest, load_source, splice
from tokumei.formats.text import decode_with_encoding, encode_text


class Cell(NamedTuple):  # a tuple: built 100k times per large file, much cheaper than a frozen dataclass
    """A cell: 1-based row/column, its raw span ``[start, end)`` in the file text, its value."""

    row: int
    col: int
    start: int
    end: int
    value: str
    quoted: bool
    line: int


def tokenize(text: str, delimiter: str, path: str = "<csv>") -> list[Cell]:
    """Split CSV text into cells with exact source spans; E111 for malformed quoting.

    例: ``tokenize("a,b", ",")[1].start == 2``
    """
    cells: list[Cell] = []
    plain = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    i, n, row, col, line = 0, len(text), 1, 1, 1
    if n == 0:
        return cells
    while True:
        start, start_line = i, line
        if i < n and text[i] == '"':
            j, buf = i + 1, []
            while True:
                k = text.find('"', j)
                if k < 0:
                    raise TokumeiError("E111", line=start_line, path=path, why="引用符が閉じていません")
                buf.append(text[j:k])
                if text.startswith('""', k):
                    buf.append('"')
                    j = k + 2
                    continue
                j = k + 1
                break
            value = "".join(buf)
            line += value.count("\n") + value.count("\r") - value.count("\r\n")
            if j < n and text[j] not in (delimiter, "\r", "\n"):
                raise TokumeiError("E111", line=line, path=path, why="閉じ引用符の後に文字があります")
            cells.append(Cell(row, col, start, j, value, True, start_line))
            i = j
        else:
            j = plain.match(text, i).end()
            cells.append(Cell(row, col, start, j, text[i:j], False, start_line))
            i = j
        if i >= n:
            break
        if text[i] == delimiter:
            i += 1
            col += 1
            continue
        i += 2 if text.startswith("\r\n", i) else 1
        row, col, line = row + 1, 1, line + 1
        if i >= n:
            break
    return cells


def delimiter_for(suffix: str) -> str:
    """Tab for .tsv, comma otherwise. Not guessed from content: a guess can split a one-column
    file on a comma-free header and shift every cell.

    例: ``delimiter_for(".tsv") == "\t"``
    """
    return "\t" if suffix.lower() == ".tsv" else ","


def quote_cell(value: str, delimiter: str, was_quoted: bool) -> str:
    """Serialise a cell value: quoted if it was quoted or if it needs it now.

    例: ``quote_cell('a"b', ",", False) == '"a""b"'``
    """
    if was_quoted or any(c in value for c in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def read(path: Path) -> Document:
    """Read a CSV/TSV: one unit per non-empty cell, id ``r{row}c{col}``, where ``"2行3列 (氏名)"``.

    例: ``read(Path("名簿.csv")).units[0].id == "r1c1"``
    """
    data = load_source(path)
    text, encoding = decode_with_encoding(data, str(path))
    delimiter = delimiter_for(path.suffix)
    cells = tokenize(text, delimiter, str(path))
    header = {c.col: c.value for c in cells if c.row == 1}
    units = []
    for c in cells:
        if not c.value:
            continue
        name = header.get(c.col, "").strip() if c.row > 1 else ""
        where = f"{c.row}行{c.col}列" + (f" ({name})" if name else "")
        units.append(Unit(f"r{c.row}c{c.col}", c.value, where))
    return Document("csv", path, units, {"encoding": encoding, "delimiter": delimiter, "digest": digest(data)})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the CSV with edited cells re-serialised and every other byte kept.

    例: ``write(doc, {"r2c1": [Edit(0, 2, "〔人名〕")]}, Path("out.csv"), "cp932")``
    """
    data = load_source(doc.path, doc.meta.get("digest"))
    if not any(edits.values()) and encoding is None:
        out_path.write_bytes(data)
        return out_path
    text, _ = decode_with_encoding(data, str(doc.path))
    delimiter = doc.meta["delimiter"]
    repl = []
    for c in tokenize(text, delimiter, str(doc.path)):
        uid = f"r{c.row}c{c.col}"
        if edits.get(uid):
            new = apply_edits(c.value, edits[uid], uid)
            repl.append((c.start, c.end, quote_cell(new, delimiter, c.quoted)))
    out = splice(text, repl)
    out_path.write_bytes(_encode(out, encoding or doc.meta["encoding"], out_path, delimiter))
    return out_path


def _encode(text: str, encoding: str, out_path: Path, delimiter: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as e:
        bad = e.start
    for c in tokenize(text, delimiter, str(out_path)):
        if c.start <= bad < max(c.end, c.start + 1):
            raise TokumeiError("E112", encoding=encoding, path=str(out_path), where=f"{c.row}行{c.col}列")
    return encode_text(text, encoding, str(out_path))  # pragma: no cover - raises with the line
