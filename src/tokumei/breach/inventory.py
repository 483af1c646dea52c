"""Read a ``tokumei scan`` inventory (schema ``tokumei.inventory/1``, see
``tokumei.scan.inventory``) and derive what may have leaked and what did not.

* leaked: every category found in the affected sources/tables (``systems`` in the incident,
  matched against a source ``target``, a table ``name`` or ``target:table``; all when empty) —
  a column's ``category`` and the ``categories`` found in its values (``how`` ≠ ``name``), and
  the ``counts`` of scanned files. 要配慮 categories go to ``sensitive``.
* not leaked: the categories people ask about (:data:`ASKED_ABOUT`) that the affected systems do
  not hold — stated only because the scan looked and did not find them.

例::

    >>> items, sensitive, not_items = derive(load_inventory("inventory.json"), ())  # doctest: +SKIP
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from tokumei.breach.incident import Incident
from tokumei.breach.labels import EXTRA_ITEMS, ITEM_KEYS, SCAN_SENSITIVE
from tokumei.errors import TokumeiError
from tokumei.scan.inventory import SCHEMA, found_categories
from tokumei.span import LABELS

#: What people affected ask about first (order of the not-leaked sentence).
ASKED_ABOUT = ("DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD", "HEALTH_INSURANCE_NUMBER", "MY_NUMBER",
               "CREDIT_CARD", "BANK_ACCOUNT", "EMAIL", "PASSWORD", "PHONE", "ADDRESS", "DATE_OF_BIRTH")


def load_inventory(path: str | Path) -> dict[str, Any]:
    """Load and check the parts we use; E857 names the field at fault."""
    p = Path(path)

    def bad(fld: str, why: str) -> TokumeiError:
        return TokumeiError("E857", path=str(p), field=fld, why=why)

    try:
        inv = json.loads(p.read_text("utf-8-sig"))
    except FileNotFoundError:
        raise TokumeiError("E100", path=str(p)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise bad("-", f"JSON として読めません（{type(e).__name__}）") from None
    if not isinstance(inv, dict) or inv.get("schema") != SCHEMA:
        raise bad("schema", f"{SCHEMA} ではありません")
    if not isinstance(inv.get("sources"), list):
        raise bad("sources", "配列が必要です")
    for i, src in enumerate(inv["sources"]):
        if not isinstance(src, dict) or not isinstance(src.get("tables", []), list):
            raise bad(f"sources[{i}]", "tables の配列が必要です")
        for j, t in enumerate(src.get("tables", [])):
            if not isinstance(t, dict) or not isinstance(t.get("columns"), list):
                raise bad(f"sources[{i}].tables[{j}].columns", "配列が必要です")
    return inv


def derive(inv: dict[str, Any], systems: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(items, sensitive, not_items) from the affected sources; unknown ``systems`` → E857."""
    wanted = set(systems)
    seen: set[str] = set()
    cats: set[str] = set()
    for src in inv["sources"]:
        target = str(src.get("target", ""))
        for t in src.get("tables", []):
            keys = {target, str(t.get("name")), f"{target}:{t.get('name')}"}
            if not wanted or keys & wanted:
                seen |= keys & wanted
                for c in t["columns"]:
                    cats |= found_categories(c)
        for f in src.get("files", []):
            keys = {target, str(f.get("path")), f"{target}:{f.get('path')}"}
            if not wanted or keys & wanted:
                seen |= keys & wanted
                cats |= set(f.get("counts", {}))
    missing = wanted - seen
    if missing:
        raise TokumeiError("E857", path="inventory", field="systems", why=f"棚卸し結果にない名前が {len(missing)} 件あります")
    order = {c: i for i, c in enumerate([*LABELS, *EXTRA_ITEMS])}
    items = tuple(sorted((c for c in cats if c in ITEM_KEYS), key=order.get))
    sensitive = tuple(sorted({SCAN_SENSITIVE[c] for c in cats if c in SCAN_SENSITIVE}))
    not_items = tuple(c for c in ASKED_ABOUT if c not in cats)
    return items, sensitive, not_items


def apply_inventory(inc: Incident, inv: dict[str, Any]) -> Incident:
    """The incident with items/sensitive widened by the inventory and not_items filled in
    (an explicit ``not_items`` in the incident wins, minus anything the inventory found)."""
    items, sensitive, not_items = derive(inv, inc.systems)
    merged = tuple(dict.fromkeys([*inc.items, *items]))
    sens = tuple(dict.fromkeys([*inc.sensitive, *sensitive]))
    base = inc.not_items if inc.not_items is not None else not_items
    return replace(inc, items=merged, sensitive=sens, not_items=tuple(x for x in base if x not in merged))
