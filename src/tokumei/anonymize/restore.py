"""Restore: turn an anonymized text back into the original, exactly.

Two ways, tried in order:

1. the exact record: the vault keeps, for each anonymized text (by SHA-256), the new offsets of
   every replacement and the original passage; applying them from the end gives the original
   byte for byte (any policy). Passages the policy made non-restorable (My Number unless
   ``restorable = true``) stay as they are.
2. tokens: for an edited text, every known restore token (〔人名A〕, ``internal`` policy) is put
   back (:func:`tokumei.anonymize.operators.invert_tokens`).

例::

    >>> restore_text("A社長に確認", [[0, 2, "山田社長"]])
    '山田社長に確認'
"""
from __future__ import annotations

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


def restore(anonymized: str, project: Project) -> tuple[str, str]:
    """(restored text, method) where method is "record", "tokens" or "none"."""
    record = project.records.get(text_digest(anonymized))
    if record is not None:
        return restore_text(anonymized, record), "record"
    back = invert_tokens(anonymized, project.state.tokens)
    return back, ("tokens" if back != anonymized else "none")
