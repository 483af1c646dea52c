"""Decode plain-text input: UTF-8 (with or without BOM), Shift_JIS/cp932, EUC-JP.

Strict decoding in a fixed order is exact for these encodings (a Japanese text in cp932 is
almost never valid UTF-8); charset-normalizer is the fallback for the rare ambiguous case.
Binary input (NUL bytes) and undecodable input are refused with the file named.

例::

    >>> decode_bytes("顧客".encode("cp932"), "a.txt")
    '顧客'
"""
from __future__ import annotations

from pathlib import Path

from tokumei.errors import TokumeiError

ENCODINGS = ("utf-8", "cp932", "euc_jp")


def decode_bytes(data: bytes, path: str = "<stdin>") -> str:
    """Decode bytes as UTF-8 / cp932 / EUC-JP, refusing binary data."""
    return decode_with_encoding(data, path)[0]


def decode_with_encoding(data: bytes, path: str = "<stdin>") -> tuple[str, str]:
    """Decode like :func:`decode_bytes` and also return the codec name to write the text back
    with (``"utf-8-sig"`` when a BOM was present, else ``"utf-8"``, ``"cp932"``, ``"euc_jp"``...).

    例: ``decode_with_encoding("顧客".encode("cp932")) == ("顧客", "cp932")``
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise TokumeiError("E101", path=path) from e
    if b"\x00" in data[:8192] and not _looks_utf16(data):
        raise TokumeiError("E102", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise TokumeiError("E101", path=path) from e
    for enc in ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure
        best = None
    if best is None or best.encoding not in {"utf_8", "cp932", "shift_jis", "euc_jp", "iso2022_jp"}:
        raise TokumeiError("E101", path=path)
    return str(best), best.encoding


def _looks_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_text(path: str | Path) -> str:
    """Read a text file with :func:`decode_bytes`; missing files raise E100."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise TokumeiError("E100", path=str(p)) from e
    except OSError as e:
        raise TokumeiError("E107", path=str(p), why=e.strerror or type(e).__name__) from e
    return decode_bytes(data, str(p))


def check_codec(encoding: str) -> str:
    """Return the codec's canonical name; an unknown one is a usage error (E200).

    例: ``check_codec("Shift_JIS") == "shift_jis"``
    """
    import codecs

    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise TokumeiError("E200", why=f"不明な文字コードです: {encoding}") from None


def encode_text(text: str, encoding: str, path: str = "<out>") -> bytes:
    """Encode ``text`` for writing; a character the encoding cannot hold raises E112 naming
    the line (never the character itself).

    例: ``encode_text("顧客\\r\\n", "cp932") == "顧客\\r\\n".encode("cp932")``
    """
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as e:
        line = text.count("\n", 0, e.start) + 1
        raise TokumeiError("E112", encoding=encoding, path=path, where=f"{line}行目") from None
