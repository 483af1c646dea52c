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
back as the characters they stand for. A file written with no edits is byte-identical; characters the page's encoding cannot hold become numeric
character references, which every browser reads.

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

from tokumei.formats.model import Document, Edit, Unit, apply_edits, distribute
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


def _parse(text: str) -> BeautifulSoup:
    soup = BeautifulSoup(text, "html.parser")
    for node in list(soup.contents):
        if isinstance(node, Doctype):
            node.replace_with(_Doctype(str(node)))
    return soup


def _block_of(s: NavigableString) -> Any:
    for parent in s.parents:
        if isinstance(parent, Tag) and parent.name in BLOCKS:
            return parent
    return None


def _piece(node: Any) -> str:
    return "\n" if isinstance(node, Tag) else str(node)


def _slots(soup: BeautifulSoup) -> Iterator[tuple[Unit, str, Any]]:
    """(unit, kind, target): "text" (list of strings), "attr" ((tag, name)), "comment" (string)."""
    blocks: dict[int, tuple[Any, list[NavigableString]]] = {}
    comments = []
    for s in soup.descendants:
        if type(s) in _TEXT_TYPES:  # Script/Stylesheet/Doctype/Comment/rp are other subclasses: excluded
            if s.parent is not None and s.parent.name in ("script", "style", "template"):
                continue
            block = _block_of(s)
            blocks.setdefault(id(block), (block, []))[1].append(s)
        elif isinstance(s, Tag) and s.name == "br":  # a line break reads as "\n", not as nothing
            block = _block_of(s)
            blocks.setdefault(id(block), (block, []))[1].append(s)
        elif isinstance(s, Comment):
            comments.append(s)
    n = 0
    for block, strings in blocks.values():
        text = "".join(_piece(x) for x in strings)
        if not text.strip():
            continue
        n += 1
        name = block.name if block is not None else "body"
        where = "ページタイトル" if name == "title" else f"{n}ブロック目 (<{name}>)"
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
