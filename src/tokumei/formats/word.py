"""Word (.docx): body paragraphs, tables (nested), headers/footers, footnotes/endnotes, comments
(text and author), hyperlink targets, the people list (word/people.xml) and document properties
(core: author, title...; app: company, manager; custom) and image alt text as units. The
first-page thumbnail (docProps/thumbnail.*) is dropped from every written file.

python-docx opens and saves the package (every part it does not know is kept as it was); the
text is edited on the underlying XML with lxml, run by run, so an edit spanning several runs
keeps the first run's formatting and untouched runs keep theirs exactly. Tracked changes are
accepted in every written file, edited or not: deletions (``w:del``, ``w:moveFrom``) would leak
the deleted text and every revision record carries the reviser's name. Inserted text (``w:ins``)
is ordinary text.

例::

    >>> doc = read(Path("議事録.docx"))
    >>> doc.units[0].where
    '1段落目'
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import XmlPart
from lxml import etree

from tokumei.errors import TokumeiError
from tokumei.formats import word_xml as wx
from tokumei.formats.model import Document, Edit, Unit, apply_edits, distribute
from tokumei.formats.source import digest, load_source

_TEXT_PARTS = re.compile(r"^/(?:word|docProps)/(document|header\d*|footer\d*|footnotes|endnotes|comments|people|app|custom)\.xml$")
#: Like python-docx's own parser: no entity expansion (XXE: a crafted part could pull in local
#: files), no network.
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_W15_AUTHOR = "{http://schemas.microsoft.com/office/word/2012/wordml}author"
_APP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
_APP_FIELDS = {"Company": "会社名", "Manager": "管理者"}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_NOTE_SKIP = {"separator", "continuationSeparator", "continuationNotice"}

#: Core properties that hold names or free text, with their Japanese names.
PROPERTIES: dict[str, str] = {
    "author": "作成者", "last_modified_by": "最終更新者", "title": "タイトル", "subject": "件名",
    "keywords": "キーワード", "comments": "コメント", "category": "分類",
}


@dataclass
class _Slot:
    unit: Unit
    kind: str  # "para" | "attr" | "text" | "prop" | "rel"
    ref: Any


def _open(path: Path) -> Any:
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as e:
        raise TokumeiError("E114", path=str(path), why=type(e).__name__) from e


def _parts(document: Any, path: Path) -> list[tuple[str, Any, etree._Element]]:
    out = []
    for part in document.part.package.iter_parts():
        m = _TEXT_PARTS.match(str(part.partname))
        if not m:
            continue
        if isinstance(part, XmlPart):
            root = part.element
        else:  # python-docx keeps footnotes/endnotes as plain parts: parse and re-serialise on write
            try:
                root = etree.fromstring(part.blob, _SAFE_XML)
            except etree.XMLSyntaxError as e:
                raise TokumeiError("E114", path=str(path), why=f"{part.partname} が壊れています") from e
        out.append((m.group(1), part, root))
    order = {"document": 0, "header": 1, "footer": 2, "footnotes": 3, "endnotes": 4, "comments": 5, "people": 6,
             "app": 7, "custom": 8}
    return sorted(out, key=lambda t: (order[re.sub(r"\d+$", "", t[0])], len(t[0]), t[0]))


def _part_label(key: str) -> str:
    base = re.sub(r"\d+$", "", key)
    num = key[len(base):]
    name = {"header": "ヘッダー", "footer": "フッター"}.get(base, "")
    return name + (num if num not in ("", "1") else "")


def _containers(root: etree._Element, key: str) -> dict[etree._Element, str]:
    """Footnotes/endnotes/comments numbered as the reader sees them (脚注1, コメント1 ...)."""
    tag, name = {"footnotes": ("footnote", "脚注"), "endnotes": ("endnote", "文末脚注"),
                 "comments": ("comment", "コメント")}.get(key, (None, None))
    if tag is None:
        return {}
    out = {}
    for el in root.iter(wx.w(tag)):
        if el.get(wx.w("type")) in _NOTE_SKIP:
            continue
        out[el] = f"{name}{len(out) + 1}"
    return out


def _paragraph_slots(key: str, part: Any, root: etree._Element) -> list[_Slot]:
    """Paragraph text, external hyperlink targets and HYPERLINK field codes of one part."""
    slots: list[_Slot] = []
    tables, positions = wx.top_tables(root), wx.grid_positions(root)
    containers = _containers(root, key)
    label = _part_label(key)
    body_no = 0
    within: dict[Any, int] = {}
    seen_rels: set[str] = set()
    for idx, p in wx.iter_paragraphs(root):
        owner = next((a for a in p.iterancestors() if a in containers), None)
        table = wx.table_location(p, tables, positions)
        if owner is not None:
            within[owner] = within.get(owner, 0) + 1
            where = containers[owner] + (f" ({within[owner]}段落目)" if within[owner] > 1 else "")
        elif table:
            where = f"{label} {table}".strip()
        else:
            body_no += 1
            where = f"{body_no}段落目" if key == "document" else (
                label if body_no == 1 else f"{label} ({body_no}段落目)")
        text = wx.paragraph_text(p)
        if text:
            slots.append(_Slot(Unit(f"{key}/p{idx}", text, where), "para", p))
        for k, rt in enumerate(r for r in p.iter(wx.RT) if next(r.iterancestors(wx.P)) is p):
            ruby = wx.paragraph_text(rt)
            if ruby:  # ふりがな: the reading of a name is personal information too
                slots.append(_Slot(Unit(f"{key}/p{idx}/ruby{k}", ruby, f"{where}のふりがな"), "para", rt))
        for h in p.iter(wx.w("hyperlink")):
            rid = h.get(_R_ID)
            rel = part.rels.get(rid) if rid and hasattr(part, "rels") else None
            if rel is not None and rel.is_external and rid not in seen_rels:
                seen_rels.add(rid)
                slots.append(_Slot(Unit(f"{key}/link:{rid}", rel.target_ref, f"{where}のリンク先"), "rel", rel))
        for k, instr in enumerate(p.iter(wx.w("instrText"), wx.w("fldSimple"))):
            # HYPERLINK "mailto:..." field codes: the target is not in any w:t
            code = instr.text if instr.tag == wx.w("instrText") else instr.get(wx.w("instr"))
            if code and "HYPERLINK" in code.upper() and next(instr.iterancestors(wx.P)) is p:
                unit = Unit(f"{key}/p{idx}/field{k}", code, f"{where}のフィールド")
                if instr.tag == wx.w("instrText"):  # the code is the element's text
                    slots.append(_Slot(unit, "text", instr))
                else:  # w:fldSimple holds it in its w:instr attribute
                    slots.append(_Slot(unit, "attr", (instr, wx.w("instr"))))
    for el, name in containers.items():  # comment authors and initials
        for attr, ja in (("author", "作成者"), ("initials", "イニシャル")):
            value = el.get(wx.w(attr))
            if value:
                uid = f"{key}/{attr}:{el.get(wx.w('id'))}"
                slots.append(_Slot(Unit(uid, value, f"{name}の{ja}"), "attr", (el, wx.w(attr))))
    return slots


def _metadata_slots(key: str, root: etree._Element) -> list[_Slot]:
    """Names outside the text: people.xml, custom/app properties, image alt text."""
    slots: list[_Slot] = []
    if key == "people":  # word/people.xml: everyone who commented or revised, by name
        for k, el in enumerate(root.iter("{*}person"), start=1):
            if el.get(_W15_AUTHOR):
                slots.append(_Slot(Unit(f"people/author{k}", el.get(_W15_AUTHOR), f"作成者・変更者一覧{k}"),
                                   "attr", (el, _W15_AUTHOR)))
    if key == "custom":  # docProps/custom.xml: user-defined properties (担当者, 顧客名 ...)
        for k, el in enumerate(root.iterfind("{*}property/{*}lpwstr"), start=1):
            if el.text:
                name = el.getparent().get("name") or str(k)
                slots.append(_Slot(Unit(f"props/custom{k}", el.text, f"ユーザー設定プロパティ: {name}"), "text", el))
    if key == "app":  # docProps/app.xml: company and manager names, and the title copied by Word
        for field, ja in _APP_FIELDS.items():
            el = root.find(_APP + field)
            if el is not None and el.text:
                slots.append(_Slot(Unit(f"props/{field.lower()}", el.text, f"文書プロパティ: {ja}"), "text", el))
        for k, el in enumerate(root.iterfind(f"{_APP}TitlesOfParts//{{*}}lpstr"), start=1):
            if el.text:
                slots.append(_Slot(Unit(f"props/part{k}", el.text, f"文書プロパティ: 部分タイトル{k}"), "text", el))
    for k, el in enumerate(root.iter("{*}docPr"), start=1):  # image / shape alt text
        for attr, ja in (("descr", "代替テキスト"), ("title", "タイトル")):
            if el.get(attr):
                slots.append(_Slot(Unit(f"{key}/drawing{k}/{attr}", el.get(attr),
                                        f"{_part_label(key) or '本文'}の図{k}の{ja}"), "attr", (el, attr)))
    return slots


def _slots(document: Any, parts: list[tuple[str, Any, etree._Element]]
           ) -> tuple[list[_Slot], list[tuple[Any, etree._Element]]]:
    """Every unit of the package with where to write it back, plus the parts to re-serialise."""
    slots: list[_Slot] = []
    plain: list[tuple[Any, etree._Element]] = []
    for key, part, root in parts:
        if not isinstance(part, XmlPart):
            plain.append((part, root))
        slots.extend(_paragraph_slots(key, part, root))
        slots.extend(_metadata_slots(key, root))
    cp = document.core_properties
    for prop, ja in PROPERTIES.items():
        value = getattr(cp, prop, None)
        if value:
            slots.append(_Slot(Unit(f"props/{prop}", value, f"文書プロパティ: {ja}"), "prop", prop))
    return slots, plain


def read(path: Path) -> Document:
    """Read a .docx into units (ids ``document/p3``, ``header1/p0``, ``footnotes/p2``, ``props/author``).

    例: ``[u.where for u in read(Path("a.docx")).units][:2] == ["1段落目", "表1 1行1列"]``
    """
    data = load_source(path)
    document = _open(path)
    parts = _parts(document, path)
    slots, _ = _slots(document, parts)
    tracked = sum(len(wx.tracked_deletions(root)) for _k, _p, root in parts)
    thumbnail = any(r.reltype == _THUMBNAIL for r in document.part.package.rels.values())
    meta = {"digest": digest(data), "tracked_deletions": tracked, "thumbnail": thumbnail}
    return Document("docx", path, [s.unit for s in slots], meta)


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write a .docx with edits applied run by run and tracked deletions removed.

    例: ``write(doc, {"document/p0": [Edit(3, 5, "〔人名〕")]}, Path("out.docx"), None)``
    """
    load_source(doc.path, doc.meta.get("digest"))
    document = _open(doc.path)
    parts = _parts(document, doc.path)
    slots, plain = _slots(document, parts)
    for slot in slots:
        unit_edits = edits.get(slot.unit.id)
        if not unit_edits:
            continue
        uid = slot.unit.id
        if slot.kind == "para":
            elements = wx.text_elements(slot.ref)
            new = distribute([wx.element_text(e) for e in elements], unit_edits, uid)
            for el, text in zip(elements, new):
                if text != wx.element_text(el):
                    wx.set_element_text(el, text)
        elif slot.kind == "attr":
            el, attr = slot.ref
            el.set(attr, apply_edits(slot.unit.text, unit_edits, uid))
        elif slot.kind == "text":
            slot.ref.text = apply_edits(slot.unit.text, unit_edits, uid)
        elif slot.kind == "prop":
            setattr(document.core_properties, slot.ref, apply_edits(slot.unit.text, unit_edits, uid))
        else:  # external hyperlink target; python-docx has no public setter for it
            slot.ref._target = apply_edits(slot.unit.text, unit_edits, uid)
    for rid, rel in list(document.part.package.rels.items()):
        if rel.reltype == _THUMBNAIL:  # a picture of the first page, names and all
            document.part.package.rels.pop(rid)
    for key, _part, root in parts:
        wx.accept_revisions(root)
        if key == "people":  # presence info holds account ids (often e-mail addresses)
            for el in list(root.iter("{*}presenceInfo")):
                el.getparent().remove(el)
    for part, root in plain:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    document.save(str(out_path))
    return out_path
