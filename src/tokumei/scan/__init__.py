"""Personal-data inventory (issue #6): where personal data is, in files and databases.

``scan(targets, ScanOptions(...)) -> dict`` (schema in :mod:`tokumei.scan.inventory`); the
``tokumei scan`` command is in :mod:`tokumei.scan.commands`.

例::

    >>> from tokumei.scan import scan, ScanOptions
    >>> inv = scan(["顧客.sqlite"], ScanOptions(sample=1000))
"""
from __future__ import annotations

from tokumei.scan.scanner import ScanOptions, scan

__all__ = ["ScanOptions", "scan"]
