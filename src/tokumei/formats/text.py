"""Decode plain-text input: UTF-8 (with or without BOM), Shift_JIS/cp932, EUC-JP.

Strict UTF-8 first (a Japanese text in cp932 is almost never valid UTF-8). cp932 and EUC-JP
are not so easily told apart: most EUC-JP text is *also* valid cp932 (as half-width katakana,
``山田太郎`` → ``ｻｳﾅﾄﾂﾀﾏｺ``), which would hide every name from detection. When both decode,
cp932 wins if its reading is well-formed half-width katakana (voicing marks ﾞﾟ only after kana
that take them: ``ﾔﾏﾀﾞ``); otherwise EUC-JP wins if its reading is made of ordinary characters
(kana, JIS level-1 kanji, common symbols). Very short strings can still be read either way.
Binary input (NUL bytes) and undecodable input are refused with the file named.

例::

    >>> decode_bytes("顧客".encode("cp932"), "a.txt")
    '顧客'
"""
from __future__ import annotations

from pathlib import Path

from tokumei.errors import TokumeiError
from tokumei.formats.source import load_source

#: The encodings Japanese business files come in, in the order readers try them (BOM aside).
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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = {}
    for enc in ("cp932", "euc_jp"):
        try:
            readings[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(readings) == 1:
        return next(iter(readings.values())), next(iter(readings))
    if readings:
        enc = _cp932_or_euc(data, readings["euc_jp"])
        return readings[enc], enc
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library failure
        best = None
    if best is None or best.encoding not in {"utf_8", "cp932", "shift_jis", "euc_jp", "iso2022_jp"}:
        raise TokumeiError("E101", path=path)
    return str(best), best.encoding


_VOICED = set("ｳｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ")
_SEMI = set("ﾊﾋﾌﾍﾎ")


def _cp932_or_euc(data: bytes, euc_text: str) -> str:
    """Choose between cp932 and EUC-JP for bytes valid in both (see the module docstring)."""
    if _looks_halfwidth_kana(data.decode("cp932")):
        return "cp932"
    return "euc_jp" if _plausible_euc(euc_text) else "cp932"


def _looks_halfwidth_kana(text: str) -> bool:
    """Real half-width katakana text (ﾔﾏﾀﾞ ﾀﾛｳ, ｶﾌﾞｼｷｶﾞｲｼｬ): only ASCII and half-width kana, with
    voicing marks (ﾞﾟ) that follow a kana that takes them. EUC-JP misread as cp932 gives half-width
    kana too, but its ﾞﾟ land anywhere and hiragana turn into runs of ､ (0xA4)."""
    marks = 0
    prev = ""
    kana = 0
    commas = 0
    for c in text:
        if ord(c) < 0x80:
            prev = c
            continue
        if not "\uff61" <= c <= "\uff9f":
            return False
        kana += 1
        commas += c in "､･"
        if c in "ﾞﾟ":
            if prev not in (_VOICED if c == "ﾞ" else _SEMI):
                return False
            marks += 1
        prev = c
    return marks > 0 and commas <= 0.1 * kana


def _plausible_euc(text: str, tolerance: float = 0.05) -> bool:
    """True when nearly all non-ASCII characters sit in the common JIS X 0208 rows: symbols,
    full-width alphanumerics, kana (rows 1-5), NEC specials like ① (row 13), level-1 kanji
    (rows 16-47), or are EUC-JP half-width katakana."""
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return True
    if all("\uff61" <= c <= "\uff9f" for c in wide) and len(wide) <= 16:
        # only EUC-JP half-width kana (0x8E xx): as likely a short cp932 run of kanji with lead
        # byte 0x8E (式, 社, 示...); short ones go to cp932, the far more common encoding
        return False
    odd = 0
    for c in wide:
        try:
            lead = c.encode("euc_jp")[0]
        except UnicodeEncodeError:  # pragma: no cover - decoded from EUC-JP, so encodable
            lead = 0
        if not (lead == 0x8E or 0xA1 <= lead <= 0xA5 or lead == 0xAD or 0xB0 <= lead <= 0xCF):
            odd += 1
    return odd <= tolerance * len(wide)


def _looks_utf16(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_text(path: str | Path) -> str:
    """Read a text file with :func:`decode_bytes`; missing files raise E100, unreadable ones E107
    (:func:`~tokumei.formats.source.load_source`)."""
    p = Path(path)
    return decode_bytes(load_source(p), str(p))


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
