"""Restore: turn an anonymized text back into the original, exactly.

Two ways, tried in order:

1. the exact record: the vault keeps, for each anonymized text (by SHA-256), the new offsets of
   every replacement and the original passage; applying them from the end gives the original
   byte for byte (any policy). Passages the policy made non-restorable (My Number unless
   ``restorable = true``) stay as they are.
2. tokens: for an edited text, every known restore token (〔人名A〕, ``internal`` policy) is put
   back (:func:`tokumei.anonymize.operators.invert_tokens`).

例::

    >>> restore_text("A社長に確認", [[0, 1, "山田"]])
    '山田社長に確認'
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from tokumei.anonymize.operators import invert_tokens
from tokumei.anonymize.project import Project, text_digest


def restore_text(anonymized: str, record: Sequence[Sequence[Any]]) -> str:
    """Apply a restore record ([[new_start, new_end, original|None], …]) from the end backwards."""
    out = anonymized
    for start, end, original in sorted(record, key=lambda r: r[0], reverse=True):
        if original is not None:
            out = out[:start] + original + out[end:]
    return out


def restore_edits(anonymized: str, project: Project) -> tuple[list[tuple[int, int, str]], str]:
    """The ranges to put back, as (start, end, original) in ``anonymized``, and the method
    ("record", "tokens" or "none"). Used for documents so that only those ranges are edited.

    例: ``restore_edits("〔人名A〕さん", prj)`` → ``([(0, 5, "山田")], "record")``"""
    record = project.records.get(text_digest(anonymized))
    if record is not None:
        return [(a, b, o) for a, b, o in record if o is not None], "record"
    tokens = project.state.tokens
    if not tokens:
        return [], "none"
    rx = re.compile("|".join(re.escape(k) for k in sorted(tokens, key=len, reverse=True)))
    edits = [(m.start(), m.end(), tokens[m.group(0)]) for m in rx.finditer(anonymized)]
    return edits, ("tokens" if edits else "none")


def restore(anonymized: str, project: Project) -> tuple[str, str]:
    """(restored text, method) where method is "record", "tokens" or "none"."""
    edits, method = restore_edits(anonymized, project)
    if method == "tokens":
        return invert_tokens(anonymized, project.state.tokens), method
    return restore_text(anonymized, [list(e) for e in edits]), method
