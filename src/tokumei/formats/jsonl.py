"""Read the ``--jsonl`` protocol shared by ``detect`` and ``anonymize``: one ``{"id", "text"}``
object per line; blank lines are skipped; a bad line stops with its line number (E104/E105),
never echoing its content.

例::

    >>> import io
    >>> list(iter_jsonl(io.StringIO('{"id": 1, "text": "山田"}\\n')))
    [(1, 1, '山田')]
"""
from __future__ import annotations

import json
from typing import Any, Iterator, TextIO

from tokumei.errors import TokumeiError


def iter_jsonl(stream: TextIO) -> Iterator[tuple[int, Any, str]]:
    """Yield ``(line number, id, text)`` for each record of ``stream``."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise TokumeiError("E104", line=lineno, why=e.msg) from None
        if not isinstance(obj, dict) or "text" not in obj:
            raise TokumeiError("E105", line=lineno, field="text")
        if not isinstance(obj["text"], str):
            raise TokumeiError("E104", line=lineno, why="text が文字列ではありません")
        yield lineno, obj.get("id"), obj["text"]
