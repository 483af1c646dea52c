"""Anonymize: policies, pseudonyms, operators, vault/restore, re-identification risk, report.

例::

    >>> from tokumei.anonymize import anonymize
    >>> r = anonymize("連絡先は090-1234-5678です")
    >>> r.text
    '連絡先は（電話番号）です'
"""
from __future__ import annotations

from tokumei.anonymize.engine import AnonymizeResult, Replacement, anonymize
from tokumei.anonymize.policy import Policy, load_policy
from tokumei.anonymize.pseudonyms import PseudonymState
from tokumei.anonymize.risk import RiskFlag, find_risks



class _CallableModule(type(__import__("sys"))):
    """Lets ``tokumei.anonymize(text, policy=…, project=…)`` work while ``tokumei.anonymize``
    stays the package (``tokumei.anonymize.engine`` …)."""

    def __call__(self, *args, **kwargs) -> AnonymizeResult:  # type: ignore[no-untyped-def]
        return anonymize(*args, **kwargs)


__import__("sys").modules[__name__].__class__ = _CallableModule

__all__ = ["AnonymizeResult", "Replacement", "anonymize", "Policy", "load_policy", "PseudonymState",
           "RiskFlag", "find_risks"]
