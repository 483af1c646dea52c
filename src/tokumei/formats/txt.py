"""Plain text (.txt): one unit holding the whole file, exact to the character.

The text is decoded without newline translation, so CRLF stays CRLF and offsets count ``\\r``.
On write the original encoding (BOM included) is kept unless another is asked for; a file
written with no edits is byte-identical to the input.

例::

    >>> doc = read(Path("メモ.txt"))
    >>> doc.units[0].where
    '本文'
"""
from __future__ import annotations

from pathlib import Path

from tokumei.formats.model import Document, Edit, Unit, apply_edits
from tokumei.formats.source import digest, load_source
from tokumei.formats.text import decode_with_encoding, encode_text

UNIT_ID = "text"


def read(path: Path) -> Document:
    """Read a text file into one unit ``"text"``.

    例: ``read(Path("メモ.txt")).meta["encoding"] in {"utf-8", "utf-8-sig", "cp932", "euc_jp"}``
    """
    data = load_source(path)
    text, encoding = decode_with_encoding(data, str(path))
    newline = "\r\n" if "\r\n" in text else "\n"
    return Document("txt", path, [Unit(UNIT_ID, text, "本文")],
                    {"encoding": encoding, "newline": newline, "digest": digest(data)})


def write(doc: Document, edits: dict[str, list[Edit]], out_path: Path, encoding: str | None) -> Path:
    """Write the text with edits applied, in the original encoding unless ``encoding`` is given.

    例: ``write(doc, {"text": [Edit(0, 2, "〔人名〕")]}, Path("out.txt"), None)``
    """
    unit_edits = edits.get(UNIT_ID, [])
    if not unit_edits and encoding is None:
        out_path.write_bytes(load_source(doc.path, doc.meta.get("digest")))
        return out_path
    text = apply_edits(doc.units[0].text, unit_edits, UNIT_ID)
    out_path.write_bytes(encode_text(text, encoding or doc.meta["encoding"], str(out_path)))
    return out_path
