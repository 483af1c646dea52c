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
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise TokumeiError("E101", path=path) from e
    if b"\x00" in data[:8192] and not _looks_utf16(data):
        raise TokumeiError("E102", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise TokumeiError("E101", path=path) from e
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure
        best = None
    if best is None or best.encoding not in {"utf_8", "cp932", "shift_jis", "euc_jp", "iso2022_jp"}:
        raise TokumeiError("E101", path=path)
    return str(best)


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
