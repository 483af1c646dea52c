"""CSV/TSV and Parquet tables, streamed in chunks; bad lines are reported and skipped.

The file is read as bytes line by line and each line decoded on its own: the encoding found
in the first 64 KiB (UTF-8 ± BOM, cp932, EUC-JP) first, then the others, so a file with
mixed encodings is read and the odd lines are reported (E603) instead of failing the scan; the
file's encoding is the one most of its first lines are in. Lines holding NUL bytes are skipped,
counted (``nul_lines``) and reported (E610); a file where most lines hold them is binary (E102).
The stdlib :mod:`csv` reader parses the decoded lines (quoted newlines work); rows whose
field count differs from the header (E601) and lines the parser rejects (E609) are reported
with their line numbers and skipped.

例::

    >>> reader = CsvReader("顧客.csv")
    >>> reader.header
    ['氏名', '電話番号']
    >>> chunks = list(reader.chunks(1000))  # [(rows, line_numbers), ...]
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from tokumei.errors import TokumeiError
from tokumei.formats.text import ENCODINGS, decode_with_encoding
from tokumei.scan.tasks import issue

MAX_REPORTED = 100  # per file and kind; the totals are always counted
FIELD_LIMIT = 64 * 1024 * 1024

csv.field_size_limit(min(sys.maxsize, FIELD_LIMIT))


def _primary_encoding(head: bytes) -> str:
    """The file's encoding from its first complete lines: each non-ASCII line votes for the
    encoding :func:`tokumei.formats.text.decode_with_encoding` reads it in (UTF-8, then cp932 vs
    EUC-JP told apart) and the majority wins — so one UTF-8 line among cp932 rows is that one odd
    line (E603), not the whole file read as UTF-8. A BOM decides at once; lines with NUL bytes
    and lines no encoding reads do not vote."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    cut = head[: head.rfind(b"\n") + 1] or head
    votes: Counter[str] = Counter()
    for line in cut.split(b"\n"):
        if not line or line.isascii() or b"\x00" in line:
            continue
        try:
            enc = decode_with_encoding(line)[1]
        except TokumeiError:
            continue
        if enc in ENCODINGS:
            votes[enc] += 1
    if not votes:
        return "utf-8"
    return max(sorted(votes), key=lambda e: (votes[e], e == "utf-8"))


def _binary(head: bytes) -> bool:
    """NUL bytes in most lines (UTF-16, images …): not a text table. A few lines with NUL bytes
    in a text file are skipped one by one instead (E610)."""
    lines = [x for x in head.split(b"\n") if x]
    if not lines:
        return b"\x00" in head
    return sum(b"\x00" in x for x in lines) * 2 > len(lines)


def delimiter_for(path: Path, first_line: str) -> str:
    """``\\t`` for .tsv or a tab-separated first line, else ``,``."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    return "\t" if first_line.count("\t") > first_line.count(",") else ","


def _header_names(row: list[str]) -> list[str]:
    """Header cells stripped; an empty one is named by its position (列3)."""
    return [h.strip() or f"列{i + 1}" for i, h in enumerate(row)]


class CsvReader:
    """One CSV/TSV file (or one block of it): header, encoding, delimiter, rows, issues.

    A block (``offset``/``length`` in bytes, starting at line ``first_line``, with the
    ``header`` already known) is what a worker reads in a full scan; see :func:`plan_blocks`.
    """

    def __init__(self, path: str | Path, *, offset: int = 0, length: int | None = None, first_line: int = 1,
                 header: list[str] | None = None, encoding: str | None = None,
                 delimiter: str | None = None) -> None:
        self.path = Path(path)
        self.offset, self.length, self.first_line = offset, length, first_line
        self.issues: list[dict] = []
        self.malformed = 0
        self.mixed_lines = 0
        self.nul_lines = 0
        self.header: list[str] = list(header) if header else []
        if encoding and delimiter:
            self.encoding, self.delimiter = encoding, delimiter
            return
        try:
            with self.path.open("rb") as f:
                head = f.read(65536)
        except FileNotFoundError as e:
            raise TokumeiError("E100", path=str(self.path)) from e
        except OSError as e:
            raise TokumeiError("E605", path=str(self.path), why=e.strerror or type(e).__name__) from e
        if _binary(head):
            raise TokumeiError("E102", path=str(self.path))
        self.encoding = _primary_encoding(head)
        first = head.split(b"\n", 1)[0].decode(self.encoding, errors="replace")
        self.delimiter = delimiter_for(self.path, first)

    def _raw_lines(self) -> Iterator[bytes]:
        with self.path.open("rb") as f:
            if self.length is None:
                f.seek(self.offset)
                yield from f
                return
            f.seek(self.offset)
            data = f.read(self.length)
        parts = data.split(b"\n")
        for part in parts[:-1]:
            yield part + b"\n"
        if parts[-1]:
            yield parts[-1]

    def _lines(self) -> Iterator[str]:
        base = self.encoding.replace("-sig", "")
        others = [e for e in ENCODINGS if e != base]
        for no, raw in enumerate(self._raw_lines(), self.first_line):
            if b"\x00" in raw:  # skipped and counted; an empty line keeps the line numbers right
                self.nul_lines += 1
                if self.nul_lines <= MAX_REPORTED:
                    self.issues.append(issue("E610", path=str(self.path), line=no))
                yield "\n"
                continue
            try:
                yield raw.decode(self.encoding if no == 1 else base)
                continue
            except UnicodeDecodeError:
                pass
            used = "置換文字"
            text = None
            for enc in others:
                try:
                    text, used = raw.decode(enc), enc
                    break
                except UnicodeDecodeError:
                    continue
            if text is None:
                text = raw.decode(base, errors="replace")
            self.mixed_lines += 1
            if self.mixed_lines <= MAX_REPORTED:
                self.issues.append(issue("E603", path=str(self.path), line=no, encoding=used))
            yield text

    def read_header(self) -> list[str]:
        """Read only the header row (issues of its line are recorded)."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        try:
            row = next(reader)
        except (StopIteration, csv.Error):
            row = []
        self.header = _header_names(row)
        return self.header

    def rows(self) -> Iterator[tuple[list[str], int]]:
        """Yield ``(row, line number)`` for each well-formed data row; sets ``header`` first."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        width = len(self.header) if self.header else None
        base = self.first_line - 1
        while True:
            start = base + reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                self._bad("E609", line=start, why=str(e).split("(")[0].strip())
                continue
            if width is None:
                self.header = _header_names(row)
                width = len(row)
                continue
            if not row:  # blank line
                continue
            if len(row) != width:
                self._bad("E601", line=start, got=len(row), want=width)
                continue
            yield row, start

    def _bad(self, code: str, **fields: object) -> None:
        self.malformed += 1
        if self.malformed <= MAX_REPORTED:
            self.issues.append(issue(code, path=str(self.path), **fields))

    def chunks(self, size: int, limit: int | None = None) -> Iterator[tuple[list[list[str]], list[int]]]:
        """Rows in chunks of ``size`` (at most ``limit`` rows in all)."""
        return chunked(self.rows(), size, limit)


def chunked(pairs: Iterable[tuple[list, int]], size: int,
            limit: int | None = None) -> Iterator[tuple[list[list], list[int]]]:
    """(row, line) pairs as chunks ``(rows, lines)`` of ``size`` rows, at most ``limit`` rows in all
    (CSV files and .xlsx sheets alike). 例: ``list(chunked([(["a"], 2), (["b"], 3)], 1))`` →
    ``[([["a"]], [2]), ([["b"]], [3])]``"""
    rows: list[list] = []
    lines: list[int] = []
    for n, (row, line) in enumerate(pairs):
        if limit is not None and n >= limit:
            break
        rows.append(row)
        lines.append(line)
        if len(rows) >= size:
            yield rows, lines
            rows, lines = [], []
    if rows:
        yield rows, lines


def plan_blocks(path: str | Path, block_bytes: int = 8 << 20) -> list[tuple[int, int, int]]:
    """Cut a CSV file after its header line into newline-aligned blocks of about
    ``block_bytes``: returns [(offset, length, first line number)].

    Counting newlines is a C-speed pass over the bytes; with exact first line numbers every
    worker reports bad lines by their real line number. (A quoted cell with a newline that
    straddles a block boundary is split — as in ``dask.dataframe.read_csv``.)
    """
    blocks: list[tuple[int, int, int]] = []
    with Path(path).open("rb") as f:
        header = f.readline()
        offset, line = len(header), 2
        while True:
            data = f.read(block_bytes)
            if not data:
                break
            if not data.endswith(b"\n"):
                data += f.readline()
            blocks.append((offset, len(data), line))
            offset += len(data)
            line += data.count(b"\n")
    return blocks


def parquet_chunks(path: str | Path, size: int, limit: int | None = None) -> tuple[list[str], Iterator[list[tuple]]]:
    """Column names and row chunks of a Parquet file (pyarrow, batch by batch)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(str(path))
    names = list(pf.schema_arrow.names)

    def gen() -> Iterator[list[tuple]]:
        n = 0
        for batch in pf.iter_batches(batch_size=size):
            cols = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
            rows = list(zip(*cols))
            if limit is not None:
                rows = rows[: max(0, limit - n)]
            n += len(rows)
            if rows:
                yield rows
            if limit is not None and n >= limit:
                return

    return names, gen()
