"""Reading the source file again at write time, and splicing new text into it.

Writers re-read the original file (formats keep everything that is not a unit), so they check
that it has not changed since :func:`~tokumei.formats.read_document` (E116).

例::

    >>> splice("氏名: 山田", [(4, 6, "〔人名〕")])
    '氏名: 〔人名〕'
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Sequence

from tokumei.errors import TokumeiError


def load_source(path: Path, digest: str | None = None) -> bytes:
    """Return the bytes of ``path``; E100 if missing, E116 if it no longer matches ``digest``.

    例: ``load_source(Path("名簿.csv"))[:3] == b"\\xef\\xbb\\xbf"``
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as e:
        raise TokumeiError("E100", path=str(path)) from e
    except OSError as e:
        raise TokumeiError("E107", path=str(path), why=e.strerror or type(e).__name__) from e
    if digest is not None and hashlib.sha256(data).hexdigest() != digest:
        raise TokumeiError("E116", path=str(path))
    return data


def splice(source: str, replacements: Sequence[tuple[int, int, str]]) -> str:
    """Replace non-overlapping ``(start, end, new)`` ranges of ``source``.

    例: ``splice("abc", [(1, 2, "X")]) == "aXc"``
    """
    out: list[str] = []
    pos = 0
    for start, end, new in sorted(replacements, key=lambda r: r[0]):
        out.append(source[pos:start])
        out.append(new)
        pos = end
    out.append(source[pos:])
    return "".join(out)


def digest(data: bytes) -> str:
    """SHA-256 hex digest of the source bytes (kept in ``Document.meta["digest"]``).

    例: ``len(digest("名簿".encode())) == 64``
    """
    return hashlib.sha256(data).hexdigest()
