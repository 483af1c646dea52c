"""WordprocessingML walking for .docx units: which text elements make up a paragraph, where a
paragraph is (Japanese location), and removal of tracked deletions.

A paragraph's text is the concatenation of its ``w:t`` (text), ``w:tab`` (``\\t``) and
``w:br``/``w:cr`` (``\\n``) in runs, excluding tracked deletions (``w:del``, ``w:moveFrom``) and
paragraphs nested in text boxes (those are paragraphs of their own), and ruby text (ふりがな,
``w:rt``), which is a unit of its own. Inserted text (``w:ins``) is ordinary text.

例::

    >>> [el.tag for el in text_elements(p)]   # doctest: +SKIP
    ['{...}t', '{...}t']
"""
from __future__ import annotations

from typing import Iterator

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    """Clark name of a ``w:`` tag. 例: ``w("t") == "{%s}t" % W``"""
    return f"{{{W}}}{tag}"


P, R, T, TAB, BR, CR = w("p"), w("r"), w("t"), w("tab"), w("br"), w("cr")
DEL, MOVE_FROM, TBL, TR, TC, RT = w("del"), w("moveFrom"), w("tbl"), w("tr"), w("tc"), w("rt")
_HIDDEN = {DEL, MOVE_FROM, RT}  # ruby text (ふりがな) is a unit of its own, not part of the line
_PROPS = {w("rPr"), w("pPr"), w("trPr"), w("tcPr"), w("tblPr"), w("sectPr")}


def element_text(el: etree._Element) -> str:
    """The text one element contributes: ``w:t`` its text, ``w:tab`` a tab, ``w:br``/``w:cr`` a newline.

    例: ``element_text(etree.fromstring(f'<w:tab xmlns:w="{W}"/>')) == "\\t"``
    """
    if el.tag == T:
        return el.text or ""
    return "\t" if el.tag == TAB else "\n"


def text_elements(p: etree._Element) -> list[etree._Element]:
    """The visible text elements of paragraph (or ruby text ``w:rt``) ``p`` in order; deletions,
    ruby text and nested paragraphs are excluded.

    例: ``"".join(element_text(e) for e in text_elements(p)) == "山田太郎"``
    """
    out = []
    for el in p.iter(T, TAB, BR, CR):
        if el.getparent() is None or el.getparent().tag != R:
            continue  # w:tab in w:tabs (tab stops) and the like
        anc = el.getparent()
        visible = True
        while anc is not None and anc is not p:
            if anc.tag in _HIDDEN or anc.tag == P:
                visible = False
                break
            anc = anc.getparent()
        if visible:
            out.append(el)
    return out


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a paragraph. 例: ``paragraph_text(p) == "担当: 山田"``"""
    return "".join(element_text(e) for e in text_elements(p))


def set_element_text(el: etree._Element, new: str) -> None:
    """Give a text element new text; a tab/break whose text changed becomes a ``w:t`` (or goes).

    例: ``set_element_text(t, "〔人名〕")``
    """
    if el.tag == T:
        el.text = new
        el.set(XML_SPACE, "preserve")
        return
    if new == element_text(el):
        return
    parent = el.getparent()
    if new:
        t = etree.SubElement(parent, T)
        t.text = new
        t.set(XML_SPACE, "preserve")
        el.addnext(t)
    parent.remove(el)


def tracked_deletions(root: etree._Element) -> list[etree._Element]:
    """The ``w:del``/``w:moveFrom`` elements that hold deleted runs (not paragraph-mark markers).

    例: ``len(tracked_deletions(body)) == 1``
    """
    return [el for el in root.iter(DEL, MOVE_FROM) if el.getparent() is not None and el.getparent().tag not in _PROPS]


def remove_tracked_deletions(root: etree._Element) -> int:
    """Remove ``w:del``/``w:moveFrom`` run containers (they hold the deleted text). Returns the count.

    Paragraph-mark markers (``w:del`` inside ``w:rPr``) carry no text and are kept.

    例: ``remove_tracked_deletions(body) == 1``
    """
    doomed = tracked_deletions(root)
    for el in doomed:
        el.getparent().remove(el)
    return len(doomed)


_UNWRAP = {w("ins"), w("moveTo")}
_CHANGE_RECORDS = {w(t) for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                                  "tcPrChange", "tblGridChange", "numberingChange", "moveFromRangeStart",
                                  "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")}


def accept_revisions(root: etree._Element) -> int:
    """Accept all tracked changes: deletions go (:func:`remove_tracked_deletions`), insertions
    and moves become ordinary text, and formatting-change records and paragraph-mark markers go.
    Every one of these carries the reviser's name (``w:author``). Returns how many were changed.

    例: ``accept_revisions(body) >= 1``
    """
    count = remove_tracked_deletions(root)
    for el in list(root.iter(*_UNWRAP, DEL, *_CHANGE_RECORDS)):
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag in _UNWRAP and parent.tag not in _PROPS:
            for child in list(el):
                el.addprevious(child)
        parent.remove(el)  # markers inside w:rPr/w:trPr, change records, emptied wrappers
        count += 1
    return count


def _nearest(el: etree._Element, tag: str) -> etree._Element | None:
    """The closest ancestor of ``el`` with ``tag``: the row of a cell, the table of a row, also
    when a content control (``w:sdt``/``w:sdtContent``) wraps the cell or row in between."""
    node = el.getparent()
    while node is not None and node.tag != tag:
        node = node.getparent()
    return node


def grid_positions(root: etree._Element) -> dict[etree._Element, int]:
    """The 1-based row of every ``w:tr`` in its ``w:tbl`` and column of every ``w:tc`` in its
    ``w:tr`` (through content controls around rows and cells), found in one pass over a part, so
    that :func:`table_location` does not count a table's rows again for each of its paragraphs
    (quadratic in the rows of a long table).

    例: ``grid_positions(body)[tc] == 3``
    """
    out: dict[etree._Element, int] = {}
    for tbl in root.iter(TBL):
        rows = (tr for tr in tbl.iter(TR) if _nearest(tr, TBL) is tbl)  # not a nested table's rows
        for row, tr in enumerate(rows, start=1):
            out[tr] = row
            cells = (tc for tc in tr.iter(TC) if _nearest(tc, TR) is tr)
            for col, tc in enumerate(cells, start=1):
                out[tc] = col
    return out


def table_location(p: etree._Element, table_numbers: dict[etree._Element, int],
                   positions: dict[etree._Element, int]) -> str | None:
    """``"表1 2行3列"`` (nested: ``"表1 2行3列 内の表1 1行1列"``) for a paragraph in a table, else None.
    ``table_numbers`` is :func:`top_tables`, ``positions`` :func:`grid_positions` of the part.

    例: ``table_location(p, numbers, positions) == "表2 1行1列"``
    """
    chain = []
    node = p.getparent()
    cell = None
    while node is not None:
        if node.tag == TC:
            cell = node
        elif node.tag == TBL and cell is not None:
            row, col = positions[_nearest(cell, TR)], positions[cell]
            num = table_numbers.get(node)
            if num is None:  # nested table: its number inside the enclosing cell
                outer = _nearest(node, TC)
                num = [t for t in outer.iter(TBL) if _nearest(t, TC) is outer].index(node) + 1
            chain.append(f"表{num} {row}行{col}列")
            cell = None
        node = node.getparent()
    return " 内の".join(reversed(chain)) or None


def iter_paragraphs(root: etree._Element) -> Iterator[tuple[int, etree._Element]]:
    """All ``w:p`` of a part in document order with their index (the stable unit number).

    例: ``[i for i, _ in iter_paragraphs(body)] == [0, 1, 2]``
    """
    yield from enumerate(root.iter(P))


def top_tables(root: etree._Element) -> dict[etree._Element, int]:
    """Number the tables that are not nested in another table, in document order (1-based).

    例: ``list(top_tables(body).values()) == [1, 2]``
    """
    out: dict[etree._Element, int] = {}
    for tbl in root.iter(TBL):
        anc = tbl.getparent()
        while anc is not None and anc.tag != TBL:
            anc = anc.getparent()
        if anc is None:
            out[tbl] = len(out) + 1
    return out
