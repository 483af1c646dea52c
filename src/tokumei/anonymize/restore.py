"""Restore: turn an anonymized text back into the original, exactly.

Two ways, tried in order:

1. the exact record: the vault keeps, for each anonymized text (by SHA-256), the new offsets of
   every replacement and the original passage; applying them from the end gives the original
   byte for byte (any policy). Passages the policy made non-restorable (My Number unless
   ``restorable = true``) stay as they are.
2. tokens: for an edited text, every known restore token (〔人名A〕, ``internal`` policy) is put
   back (:func:`tokumei.anonymize.operators.token_edits`).

例::

    >>> restore_text("A社長に確認", [[0, 1, "山田"]])
    '山田社長に確認'
"""
from __future__ import annotations

from typing import Any, Sequence

from tokumei.anonymize.operators import token_edits
from tokumei.anonymize.project import Project, text_digest
from tokumei.formats.source import splice


def restore_text(anonymized: str, record: Sequence[Sequence[Any]]) -> str:
    """Apply a restore record ([[new_start, new_end, original|None], …]; the ranges of one text's
    replacements, which never overlap) with :func:`tokumei.formats.source.splice`."""
    return splice(anonymized, [(a, b, original) for a, b, original in record if original is not None])


def restore_edits(anonymized: str, project: Project) -> tuple[list[tuple[int, int, str]], str]:
    """The ranges to put back, as (start, end, original) in ``anonymized``, and the method
    ("record", "tokens" or "none"). Used for documents so that only those ranges are edited.

    例: ``restore_edits("〔人名A〕さん", prj)`` → ``([(0, 5, "山田")], "record")``"""
    record = project.records.get(text_digest(anonymized))
    if record is not None:
        return [(a, b, o) for a, b, o in record if o is not None], "record"
    edits = token_edits(anonymized, project.state.tokens)
    return edits, ("tokens" if edits else "none")


def restore(anonymized: str, project: Project) -> tuple[str, str]:
    """(restored text, method) where method is "record", "tokens" or "none"."""
    edits, method = restore_edits(anonymized, project)
    return splice(anonymized, edits), method
