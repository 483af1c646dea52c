"""HTML (.html/.htm) with BeautifulSoup: text per block element, the attributes people read
(``alt``, ``title``, ``href``, ``placeholder``, ``aria-label``, ``value`` of form inputs including
hidden ones; ``content`` of meta description,
keywords, author and og:title/og:description) and HTML comments are units.

A block (``<p>``, ``<li>``, ``<td>``, ``<h1>``...) is one unit even when its text is split by
inline tags (``<b>山</b>田``); ``<br>`` counts as a newline. Edits are spread over the text nodes with
:func:`~tokumei.formats.model.distribute`, so the inline markup stays. ``<script>``/``<style>``
are never units. Python's ``html.parser`` backend is used because, unlike lxml, it does not add
``<html>``/``<body>`` to fragments. Output escaping is BeautifulSoup's "minimal" (``&``, ``<``,
``>``, quotes in attributes) with attributes in source order; entities such as ``&nbsp;`` come
back as the characters they stand for; whitespace between tags (indentation) is kept as written.
A file written with no edits is byte-identical; characters the page's encoding cannot hold become numeric
character references, which every browser reads.

Table cells are located like .docx cells: ``where`` is 「表1 2行3列」, a nested table
「表1 2行3列 内の表1 1行1列」 (numbered inside the enclosing cell), followed by the column header
when there is one, 「表1 2行3列 (生年月日)」 (as .csv does with its first row). The header of a
column is the ``<th>`` above the cell in the table's header rows (the rows of ``<thead>`` and the
leading rows made only of ``<th>``; with several header rows the lowest one); a cell with no column
header takes its row header instead (the nearest ``<th>`` to its left, 「生年月日」 in
``<tr><th>生年月日</th><td>…</td></tr>``). Header cells themselves carry no header. Rows are counted
over ``<thead>``/``<tbody>``/``<tfoot>`` in document order; ``rowspan``/``colspan`` follow the
HTML table model: a spanning cell sits at its top-left position and the positions it covers are
skipped by the cells after it, so later columns keep their numbers (``rowspan="0"`` spans to the
last row). Blocks inside a cell (``<p>`` in ``<td>``) have the cell's location. The unit ids stay
``b1``, ``b2``...; :mod:`tokumei.anonymize.tables` reads the position back from ``where`` to
anonymize each table as a whole. A cell outside any ``<tr>`` (malformed markup) keeps the block
location 「3ブロック目 (<td>)」, and so do ``<caption>`` and ふりがな (``<rt>``, detected alone as
before).

例::

    >>> doc = read(Path("紹介.html"))
    >>> doc.units[0].where
    'ページタイトル'
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from bs4.dammit import EntitySubstitution
from bs4.element import RubyTextString
from bs4.formatter import HTMLFormatter

from tokumei.formats.model import Document, Edit, Unit, apply_edits, distribute, header_label
from tokumei.formats.source import digest, load_source
from tokumei.formats.text import decode_with_encoding

BLOCKS = frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header html li main nav noscript ol option p pre section summary table tbody td tfoot "
    "th thead title tr ul button label legend rt".split())  # <rt>: ふりがな, a unit of its own
_TEXT_TYPES = (NavigableString, RubyTextString)
ATTRS = {"alt": "代替テキスト", "title": "title 属性", "href": "リンク先", "placeholder": "入力例",
         "aria-label": "読み上げ名"}
META_NAMES = {"description", "keywords", "author", "og:title", "og:description", "twitter:title",
              "twitter:description"}


class _SourceOrder(HTMLFormatter):
    """BeautifulSoup's "minimal" escaping, but attributes stay in source order (bs4 sorts them)."""

    def attributes(self, tag: Tag) -> list[tuple[str, Any]]:
        return list(tag.attrs.items()) if tag.attrs else []


#: ``<br>`` stays ``<br>`` (not ``<br/>``), ``<input disabled>`` stays as written.
FORMATTER = _SourceOrder(entity_substitution=EntitySubstitution.substitute_xml, void_element_close_prefix="",
                         empty_attributes_are_booleans=True)


class _Doctype(Doctype):
    SUFFIX = ">"  # bs4 adds a newline after the doctype; the source's own newline is kept instead


class _Soup(BeautifulSoup):
    """BeautifulSoup that keeps whitespace-only text as written: bs4 turns the indentation
    between tags (「\\n␣␣␣␣<tr>」) into a single newline, which re-indented every written page."""

    def endData(self, containerClass: Any = None) -> None:
        self.preserve_whitespace_tag_stack.append(None)  # as inside <pre>: nothing collapsed
        try:
            super().endData(containerClass)
        finally:
            self.preserve_whitespace_tag_stack.pop()


def _parse(text: str) -> BeautifulSoup:
    soup = _Soup(text, "html.parser")
    for node in list(soup.contents):
        if isinstance(node, Doctype):
            node.replace_with(_Doctype(str(node)))
    return soup


def _piece(node: Any) -> str:
    return "\n" if isinstance(node, Tag) else str(node)


_CELLS = frozenset({"td", "th"})
_MAX_COLSPAN = 1000  # the HTML standard's limits
_MAX_ROWSPAN = 65534


def _up(node: Any, names: frozenset[str] | set[str]) -> Any:
    """Nearest ancestor of ``node`` whose name is in ``names`` (None if none)."""
    for parent in node.parents:
        if isinstance(parent, Tag) and parent.name in names:
            return parent
    return None


def _span(value: Any, limit: int) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(n, 0), limit)


class _Tables:
    """Row/column (and header) of every table cell, computed per table on first use."""

    def __init__(self) -> None:
        self._grids: dict[int, dict[int, tuple[int, int, str]]] = {}  # id(table) -> id(cell) -> (row, col, header)
        self._numbers: dict[int, int] = {}  # id(table) -> number (top level: in the page; nested: in its cell)

    def location(self, block: Any) -> str | None:
        """「表1 2行3列 (生年月日)」 for a block in a table cell, else None."""
        if block is None:
            return None
        if block.name == "rt":
            return None  # ふりがな: its own unit, detected alone as before
        cell = block if block.name in _CELLS else _up(block, _CELLS)
        chain: list[str] = []
        header = ""
        while cell is not None:
            row = _up(cell, {"tr", "table"})
            if row is None or row.name != "tr" or (table := _up(row, {"table"})) is None:
                return None  # a cell outside a row: no position to give
            pos = self._grid(table).get(id(cell))
            if pos is None:
                return None
            if not chain:
                header = pos[2]
            chain.append(f"表{self._number(table)} {pos[0]}行{pos[1]}列")
            cell = _up(table, _CELLS)
        return " 内の".join(reversed(chain)) + (f" ({header})" if header else "") if chain else None

    def _number(self, table: Tag) -> int:
        if id(table) not in self._numbers:
            outer = _up(table, _CELLS)
            scope = outer
            if scope is None:  # a top-level table: numbered in the whole page
                scope = table
                while scope.parent is not None:
                    scope = scope.parent
            siblings = [t for t in scope.find_all("table") if _up(t, _CELLS) is outer]
            for k, t in enumerate(siblings, start=1):
                self._numbers[id(t)] = k
        return self._numbers[id(table)]

    def _grid(self, table: Tag) -> dict[int, tuple[int, int, str]]:
        if id(table) in self._grids:
            return self._grids[id(table)]
        rows = [tr for tr in table.find_all("tr") if _up(tr, {"table"}) is table]
        n_rows = len(rows)
        placed: list[tuple[Tag, int, int, int, int]] = []  # (cell, row, col, rows spanned, cols spanned)
        active: list[tuple[int, int, int]] = []  # (first col, past last col, last row) of cells spanning rows
        header_rows: set[int] = set()
        leading = True
        for r, tr in enumerate(rows, start=1):
            active = [a for a in active if a[2] >= r]
            cells = [c for c in tr.find_all(list(_CELLS)) if _up(c, {"tr", "table"}) is tr]
            col = 1
            for cell in cells:
                moved = True
                while moved:  # skip the positions taken by cells spanning down from rows above
                    moved = False
                    for c0, c1, _last in active:
                        if c0 <= col < c1:
                            col, moved = c1, True
                cs = _span(cell.get("colspan"), _MAX_COLSPAN) or 1
                rs = _span(cell.get("rowspan"), _MAX_ROWSPAN)
                rs = n_rows - r + 1 if rs == 0 else min(rs, n_rows - r + 1)
                placed.append((cell, r, col, rs, cs))
                if rs > 1:
                    active.append((col, col + cs, r + rs - 1))
                col += cs
            in_head = _up(tr, {"thead", "table"})
            leading = leading and bool(cells) and all(c.name == "th" for c in cells)
            if leading or (in_head is not None and in_head.name == "thead"):
                header_rows.add(r)
        grid: dict[int, tuple[int, int, str]] = {}
        top = [p for p in placed if p[0].name == "th" and p[1] in header_rows]
        by_row: dict[int, list[tuple[Tag, int, int, int, int]]] = {}  # row -> <th> covering it
        for p in placed:
            if p[0].name == "th" and p[1] not in header_rows:
                for r in range(p[1], p[1] + p[3]):
                    by_row.setdefault(r, []).append(p)
        for cell, r, col, _rs, _cs in placed:
            header = ""
            if r not in header_rows:
                above = [p for p in top if p[1] + p[3] - 1 < r and p[2] <= col < p[2] + p[4]]
                left = [p for p in by_row.get(r, ()) if p[2] + p[4] - 1 < col]
                if above:
                    header = header_label(max(above, key=lambda p: p[1])[0].get_text(" "))
                elif left:
                    header = header_label(max(left, key=lambda p: p[2])[0].get_text(" "))
            grid[id(cell)] = (r, col, header)
        self._grids[id(table)] = grid
        return grid


def _slots(soup: BeautifulSoup) -> Iterator[tuple[Unit, str, Any]]:
    """(unit, kind, target): "text" (list of strings), "attr" ((tag, name)), "comment" (string)."""
    blocks: dict[int, tuple[Any, list[NavigableString]]] = {}
    comments = []
    for s in soup.descendants:
        if type(s) in _TEXT_TYPES:  # Script/Stylesheet/Doctype/Comment/rp are other subclasses: excluded
            if s.parent is not None and s.parent.name in ("script", "style", "template"):
                continue
            block = _up(s, BLOCKS)
            blocks.setdefault(id(block), (block, []))[1].append(s)
        elif isinstance(s, Tag) and s.name == "br":  # a line break reads as "\n", not as nothing
            block = _up(s, BLOCKS)
            blocks.setdefault(id(block), (block, []))[1].append(s)
        elif isinstance(s, Comment):
            comments.append(s)
    n = 0
    tables = _Tables()
    for block, strings in blocks.values():
        text = "".join(_piece(x) for x in strings)
        if not text.strip():
            continue
        n += 1
        name = block.name if block is not None else "body"
        where = "ページタイトル" if name == "title" else (tables.location(block) or f"{n}ブロック目 (<{name}>)")
        yield Unit(f"b{n}", text, where), "text", strings
    for i, tag in enumerate(soup.find_all(True)):
        for attr, ja in ATTRS.items():
            value = tag.get(attr)
            if isinstance(value, str) and value.strip():
                yield Unit(f"t{i}/{attr}", value, f"<{tag.name}> の{ja} ({i + 1}番目の要素)"), "attr", (tag, attr)
        if tag.name == "input" and (tag.get("type") or "text").lower() not in ("submit", "button", "reset", "image"):
            value = tag.get("value")  # pre-filled and hidden form values
            if isinstance(value, str) and value.strip():
                yield Unit(f"t{i}/value", value, f"<input> の値 ({i + 1}番目の要素)"), "attr", (tag, "value")
        if tag.name == "meta" and (tag.get("name") or tag.get("property") or "").lower() in META_NAMES:
            value = tag.get("content")
            if isinstance(value, str) and value.strip():
                key = (tag.get("name") or tag.get("property")).lower()
                yield Unit(f"t{i}/content", value, f"メタ情報 ({key})"), "attr", (tag, "content")
    for k, c in enumerate(comments, start=1):
        if str(c).strip():
            yield Unit(f"c{k}", str(c), f"HTML コメント{k}"), "comment", c


def read(path: Path) -> Document:
    """Read an HTML file into block text, readable attributes and comments.

    例: ``[u.id for u in read(Path("a.html")).units][:2] == ["b1", "b2"]``
    """
    data = load_source(path)
    text, encoding = decode_with_encoding(data, str(path))
    units = [u for u, _k, _t in _slots(_parse(text))]
    return Document("html", path, units, {"encoding": encoding, "digest": digest(data)})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the HTML with edited text nodes and attributes; structure and inline tags kept.

    例: ``write(doc, {"b2": [Edit(4, 6, "〔人名〕")]}, Path("out.html"), None)``
    """
    data = load_source(doc.path, doc.meta.get("digest"))
    if not any(edits.values()) and encoding is None:
        out_path.write_bytes(data)
        return out_path
    text, _ = decode_with_encoding(data, str(doc.path))
    soup = _parse(text)
    for unit, kind, target in list(_slots(soup)):
        unit_edits = edits.get(unit.id)
        if not unit_edits:
            continue
        if kind == "text":
            new = distribute([_piece(s) for s in target], unit_edits, unit.id)
            for s, t in zip(target, new):
                if t == _piece(s):
                    continue
                if isinstance(s, Tag) and not t:
                    s.decompose()  # an edit spanning a <br> removes it, as with Word's w:br
                else:
                    s.replace_with(NavigableString(t))
        elif kind == "attr":
            tag, attr = target
            tag[attr] = apply_edits(unit.text, unit_edits, unit.id)
        else:
            target.replace_with(Comment(apply_edits(unit.text, unit_edits, unit.id)))
    out = soup.decode(formatter=FORMATTER)
    out_path.write_bytes(out.encode(encoding or doc.meta["encoding"], errors="xmlcharrefreplace"))
    return out_path
