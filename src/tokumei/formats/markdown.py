"""Markdown (.md): units per text block; the syntax (``#``, list markers, ``>``, table pipes,
fences, link brackets) is never part of a unit, so it is never edited.

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

from tokumei.formats.model import Document, Edit, Unit, distribute
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


def segment(text: str) -> tuple[list[Unit], dict[str, Pieces]]:
    """Split Markdown text into units and the file ranges each unit's text comes from.

    例: ``segment("- 山田\\n")[0][0].where == "1行目の箇条書き"``
    """
    blocks: list[tuple[str, Pieces, str]] = []
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
            fence, code, para = m.group(1), None, None
            continue
        if not body.strip():
            para, in_table = None, False
            continue
        if _RULE.match(body) or (_TABLE_SEP.match(body) and "-" in body and "|" in body):
            para, in_table = None, bool(_TABLE_SEP.match(body))
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
            for k, (a, b) in enumerate(_cells(text, cs, e), start=1):
                blocks.append(("cell", _inline(text, a, b, no, extra), f"{no}行目の表 {k}列"))
                blocks.extend(extra)
                extra = []
            continue
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
    return units, ranges


def _is_table(lines: list[str], no: int) -> bool:
    return no < len(lines) and bool(_TABLE_SEP.match(lines[no].rstrip("\r\n"))) and "|" in lines[no]


def _cells(text: str, start: int, end: int) -> Pieces:
    seps = [i for i in range(start, end) if text[i] == "|" and text[i - 1] != "\\"]
    edges = [start - 1] + seps + [end]
    out = []
    for a, b in zip(edges, edges[1:]):
        a += 1
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if b > a:
            out.append((a, b))
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
