"""Markdown (.md): units per text block; the syntax (``#``, list markers, ``>``, table pipes,
fences, link brackets) is never part of a unit, so it is never edited.

Table cells are located like .docx/.html cells: ``where`` is 「表1 2行3列」, followed by the column
header (the cell of the row above the ``|---|`` delimiter row, 「表1 2行3列 (生年月日)」) as .csv does
with its first row; the header row is row 1, the delimiter row is not a row, and columns count the
empty cells too. Tables are numbered in document order. A line of pipes that is not part of such a
table (no delimiter row, or inside a block quote) keeps 「3行目の表 2列」. Unit ids (``cell1``...)
are those of the cells with text, in order, whatever their location. :func:`table_ranges` gives
each table's place in the file (:mod:`tokumei.anonymize.tables` reads tables as whole tables).

A paragraph, heading, list item or table cell is one unit; its text may be stored in several
pieces (continuation lines, link text between the syntax), so an edit is spread over the
pieces with :func:`~tokumei.formats.model.distribute`. Link/image targets and link titles are
units of their own (URLs such as ``mailto:`` addresses are personal information); image alt text
is part of the surrounding text. Fenced code blocks are one unit each (code can hold addresses).
Everything not in a unit is written back byte for byte.

例::

    >>> units, _ = segment("# 山田の件\\n詳細は[担当](mailto:a@example.jp)まで\\n")
    >>> [u.text for u in units]
    ['山田の件', '詳細は担当まで\\n', 'mailto:a@example.jp']
"""
from __future__ import annotations

import re
from pathlib import Path

from tokumei.formats.model import Document, Edit, Unit, distribute, header_label
from tokumei.formats.source import digest, load_source, splice
from tokumei.formats.text import decode_with_encoding, encode_text

Pieces = list[tuple[int, int]]  # [start, end) ranges of the file text

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINKDEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*(<[^>]*>|\S+)(?:[ \t]+(\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$")
_LINK = re.compile(r"!?\[((?:[^\[\]\\]|\\.)*)\]\([ \t]*(<[^>]*>|[^)\s]+)(?:[ \t]+(\"[^\"]*\"|'[^']*'))?[ \t]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^>\s]+|[^@>\s]+@[^>\s]+)>")
_HEAD_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")


def _inline(text: str, start: int, end: int, line_no: int, extra: list[tuple[str, Pieces, str]]) -> Pieces:
    """Pieces of readable text in ``text[start:end]``; link targets/titles go to ``extra``."""
    pieces: Pieces = []
    pos = start
    found = [m for rx in (_LINK, _AUTOLINK) for m in rx.finditer(text, start, end)]
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() < pos:
            continue
        pieces.append((pos, m.start()))  # text before the link; brackets and "<" excluded
        if m.re is _AUTOLINK:
            extra.append(("url", [(m.start(1), m.end(1))], f"{line_no}行目のリンク先"))
        else:
            pieces.append((m.start(1), m.end(1)))  # link text / image alt: part of the sentence
            t0, t1 = m.span(2)
            if text[t0] == "<":
                t0, t1 = t0 + 1, t1 - 1
            extra.append(("url", [(t0, t1)], f"{line_no}行目のリンク先"))
            if m.group(3):
                extra.append(("title", [(m.start(3) + 1, m.end(3) - 1)], f"{line_no}行目のリンクの説明"))
        pos = m.end()
    pieces.append((pos, end))
    return [(a, b) for a, b in pieces if b > a]


class _Table:
    """The table being read: its number, current row, column headers, (start, end) in the file,
    the line number of its last row and whether its delimiter row was seen."""

    def __init__(self, number: int, start: int, line: int) -> None:
        self.number, self.row, self.start, self.end, self.line = number, 1, start, start, line
        self.delimited = False
        self.headers: dict[int, str] = {}


def segment(text: str) -> tuple[list[Unit], dict[str, Pieces]]:
    """Split Markdown text into units and the file ranges each unit's text comes from.

    例: ``segment("- 山田\\n")[0][0].where == "1行目の箇条書き"``、
    ``[u.where for u in segment("|氏名|電話|\\n|-|-|\\n|山田||\\n")[0]] == ["表1 1行1列", "表1 1行2列", "表1 2行1列 (氏名)"]``
    """
    units, ranges, _ = _scan(text)
    return units, ranges


def table_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each table (表1, 表2, ...): from the start of the header row to
    the end of the last row, without its line break; the delimiter row is inside.

    例: ``table_ranges("前文\\n\\n|氏名|\\n|--|\\n|山田|\\n") == [(4, 18)]``
    """
    return _scan(text)[2]


def _scan(text: str) -> tuple[list[Unit], dict[str, Pieces], list[tuple[int, int]]]:
    blocks: list[tuple[str, Pieces, str]] = []
    tables: list[_Table] = []
    table: _Table | None = None  # the table whose rows are being read
    lines = text.splitlines(keepends=True)
    offset = 0
    fence: str | None = None
    code: int | None = None  # index of the current code block
    para: int | None = None  # index of the block that a continuation line joins
    para_quoted = in_table = False
    for no, raw in enumerate(lines, start=1):
        body = raw.rstrip("\r\n")
        s, e, nl_end = offset, offset + len(body), offset + len(raw)
        offset = nl_end
        if fence is not None:
            if _FENCE.match(body) and body.strip().startswith(fence):
                fence = None
            elif code is None:
                code = len(blocks)
                blocks.append(("code", [(s, nl_end)], f"{no}行目のコードブロック"))
            else:
                blocks[code][1][0] = (blocks[code][1][0][0], nl_end)
            continue
        m = _FENCE.match(body)
        if m:
            fence, code, para, table = m.group(1), None, None, None
            continue
        if not body.strip():
            para, in_table, table = None, False, None
            continue
        if _RULE.match(body) or (_TABLE_SEP.match(body) and "-" in body and "|" in body):
            para, in_table = None, bool(_TABLE_SEP.match(body))
            if in_table and table is not None and table.row == 1 and not table.delimited and table.line == no - 1:
                table.delimited, table.line, table.end = True, no, e
            else:
                table = None  # a rule, or a delimiter row that does not follow a header row
            continue
        extra: list[tuple[str, Pieces, str]] = []
        m = _LINKDEF.match(body)
        if m:
            a, b = m.span(1)
            if body[a] == "<":
                a, b = a + 1, b - 1
            blocks.append(("url", [(s + a, s + b)], f"{no}行目のリンク先"))
            para = None
            continue
        q = _QUOTE.match(body)
        cs = s + (q.end() if q else 0)
        rest = text[cs:e]
        if "|" in rest and (in_table or rest.lstrip().startswith("|") or _is_table(lines, no)):
            para = None
            if q is None and _is_table(lines, no):  # a header row: a new table
                table = _Table(len(tables) + 1, s, no)
                tables.append(table)
            elif q is None and in_table and table is not None and table.delimited and table.line == no - 1:
                table.row += 1
            else:
                table = None
            for col, a, b in _cells(text, cs, e):
                pieces = _inline(text, a, b, no, extra)
                if table is None:
                    where = f"{no}行目の表 {col}列"
                elif table.row == 1:
                    where = f"表{table.number} 1行{col}列"
                    table.headers[col] = header_label("".join(text[x:y] for x, y in pieces))
                else:
                    head = table.headers.get(col, "")
                    where = f"表{table.number} {table.row}行{col}列" + (f" ({head})" if head else "")
                if b > a:
                    blocks.append(("cell", pieces, where))
                    blocks.extend(extra)
                extra = []
            if table is not None:
                table.line, table.end = no, e
            continue
        table = None
        h = _HEADING.match(rest)
        it = _ITEM.match(rest)
        if h:
            close = _HEAD_CLOSE.search(text, cs + h.end(), e)
            blocks.append(("heading", _inline(text, cs + h.end(), close.start() if close else e, no, extra),
                           f"{no}行目の見出し"))
            para = None
        elif it:
            para, para_quoted = len(blocks), q is not None
            blocks.append(("item", _inline(text, cs + it.end(), nl_end, no, extra), f"{no}行目の箇条書き"))
        elif para is not None and para_quoted == (q is not None):
            lead = len(rest) - len(rest.lstrip(" \t"))
            blocks[para][1].extend(_inline(text, cs + lead, nl_end, no, extra))
        else:
            para, para_quoted = len(blocks), q is not None
            blocks.append(("para", _inline(text, cs, nl_end, no, extra), f"{no}行目の{'引用' if q else '段落'}"))
        blocks.extend(extra)
    units: list[Unit] = []
    ranges: dict[str, Pieces] = {}
    counts: dict[str, int] = {}
    for kind, pieces, where in blocks:
        if not pieces:
            continue
        n = counts[kind] = counts.get(kind, 0) + 1
        uid = f"{kind}{n}"
        units.append(Unit(uid, "".join(text[a:b] for a, b in pieces), where))
        ranges[uid] = pieces
    return units, ranges, [(t.start, t.end) for t in tables]


def _is_table(lines: list[str], no: int) -> bool:
    return no < len(lines) and bool(_TABLE_SEP.match(lines[no].rstrip("\r\n"))) and "|" in lines[no]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(column, start, end) of every cell of a table row, empty ones too (start == end), spaces
    trimmed; the text before a leading ``|`` and after a trailing ``|`` is not a cell."""
    seps = [i for i in range(start, end) if text[i] == "|" and text[i - 1] != "\\"]
    edges = list(zip([start - 1] + seps, seps + [end]))
    if seps and not text[start:seps[0]].strip(" \t"):
        edges = edges[1:]
    if seps and edges and not text[seps[-1] + 1:end].strip(" \t"):
        edges = edges[:-1]
    out = []
    for col, (a, b) in enumerate(edges, start=1):
        a += 1
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        out.append((col, a, b))
    return out


def read(path: Path) -> Document:
    """Read a Markdown file into block units (ids ``para1``, ``heading1``, ``item2``, ``url1`` ...).

    例: ``read(Path("議事録.md")).units[0].where == "1行目の見出し"``
    """
    data = load_source(path)
    text, encoding = decode_with_encoding(data, str(path))
    units, _ = segment(text)
    return Document("md", path, units, {"encoding": encoding, "digest": digest(data)})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the Markdown with edited units spliced in; syntax and other text byte-identical.

    例: ``write(doc, {"heading1": [Edit(0, 2, "〔人名〕")]}, Path("out.md"), None)``
    """
    data = load_source(doc.path, doc.meta.get("digest"))
    if not any(edits.values()) and encoding is None:
        out_path.write_bytes(data)
        return out_path
    text, _ = decode_with_encoding(data, str(doc.path))
    _, ranges = segment(text)
    repl = []
    for uid, unit_edits in edits.items():
        if not unit_edits:
            continue
        pieces = ranges[uid]
        new = distribute([text[a:b] for a, b in pieces], unit_edits, uid)
        repl.extend((a, b, t) for (a, b), t in zip(pieces, new))
    out = splice(text, repl)
    out_path.write_bytes(encode_text(out, encoding or doc.meta["encoding"], str(out_path)))
    return out_path
