"""Imports every recognizer module so each registers itself (one file per recognizer)."""
from __future__ import annotations

import importlib
import pkgutil

for _pkg in ("jp", "generic"):
    _mod = importlib.import_module(f"{__name__}.{_pkg}")
    for _info in pkgutil.iter_modules(_mod.__path__):
        if not _info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{_pkg}.{_info.name}")
