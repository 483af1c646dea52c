"""Read a ``tokumei scan`` inventory (schema ``tokumei.inventory/1``, see
``tokumei.scan.inventory``) and derive what may have leaked and what did not.

* leaked: only what the scan is confident of in the affected sources/tables (``systems`` in the
  incident, matched against a source ``target``, a table ``name`` or ``target:table``; all when
  empty) — each column's ``found`` list (older inventories: its ``category`` and the categories
  seen in its values), and the ``counts`` of scanned files. 要配慮 categories go to
  ``sensitive``. Dates, URLs and corporate numbers are not items on their own.
* never an item the owner listed in ``not_items``: the scan finding it is reported as a
  contradiction for the person to check;
* the column that produced each item, and the low-confidence findings (``review``) as questions;
  an item asked about is not stated as "not included" either (the person answers first).
* not leaked: the categories people ask about (:data:`ASKED_ABOUT`) that the affected systems do
  not hold — stated only because the scan looked and did not find them.

例::

    >>> items, sensitive, not_items = derive(load_inventory("inventory.json"), ())  # doctest: +SKIP
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tokumei.breach.incident import Incident
from tokumei.breach.labels import EXTRA_ITEMS, ITEM_KEYS, SCAN_SENSITIVE, item_ja
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


#: Found categories that are not an item of a leak on their own (a date, a public corporate
#: number, a web address, a place name — 「東京都」「大阪」 in an address column is part of the
#: 住所 item, and a place name alone does not locate a person the way an address does).
NOT_ITEMS_ALONE = frozenset({"DATE", "URL", "CORPORATE_NUMBER", "LOCATION"})
#: Review items worth a question to the person (identity numbers, cards, health …).
_ASK = frozenset(ITEM_KEYS) - NOT_ITEMS_ALONE | set(SCAN_SENSITIVE) | {"HEALTH_INFO"}


@dataclass(frozen=True)
class InventoryUse:
    """What the inventory says about the affected systems, for the decision and for the person.

    ``sources``: item (or 要配慮 kind) → the columns that produced it (``table.column``);
    ``questions``: low-confidence findings put to the person; ``contradictions``: items the scan
    found that the owner listed in ``not_items`` (never added — the person must check).
    """

    items: tuple[str, ...]
    sensitive: tuple[str, ...]
    not_items: tuple[str, ...]
    sources: dict[str, list[str]] = field(default_factory=dict)
    questions: tuple[str, ...] = ()
    contradictions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"items_from_columns": {item_ja(k): v for k, v in self.sources.items()},
                "questions": list(self.questions), "contradictions": list(self.contradictions)}


def _affected(inv: dict[str, Any], systems: tuple[str, ...]):
    """Yield (where, column or None, categories) for the affected tables/files; E857 for an unknown name."""
    wanted = set(systems)
    seen: set[str] = set()
    out = []
    for src in inv["sources"]:
        target = str(src.get("target", ""))
        for t in src.get("tables", []):
            keys = {target, str(t.get("name")), f"{target}:{t.get('name')}"}
            if not wanted or keys & wanted:
                seen |= keys & wanted
                out += [(f"{t.get('name')}.{c.get('name')}", c, found_categories(c)) for c in t["columns"]]
        for f in src.get("files", []):
            keys = {target, str(f.get("path")), f"{target}:{f.get('path')}"}
            if not wanted or keys & wanted:
                seen |= keys & wanted
                out.append((str(f.get("path")), None, set(f.get("counts", {}))))
    missing = wanted - seen
    if missing:
        raise TokumeiError("E857", path="inventory", field="systems", why=f"棚卸し結果にない名前が {len(missing)} 件あります")
    return out


def use_inventory(inv: dict[str, Any], systems: tuple[str, ...] = (),
                  owner_not_items: tuple[str, ...] = ()) -> InventoryUse:
    """Items, 要配慮 kinds, not-leaked items, their columns, questions and contradictions.

    例: ``use_inventory(inv, ("dtb_customer",), ("MY_NUMBER",)).contradictions``
    """
    from tokumei.scan.words import review_words

    denied = set(owner_not_items)
    sources: dict[str, list[str]] = {}
    questions: list[str] = []
    contradictions: list[str] = []
    cats: set[str] = set()
    unsure: set[str] = set()  # asked about: neither leaked nor stated as not leaked
    for where, col, found in _affected(inv, systems):
        for cat in sorted(found):
            if cat in NOT_ITEMS_ALONE or (cat not in ITEM_KEYS and cat not in SCAN_SENSITIVE):
                continue
            key = SCAN_SENSITIVE.get(cat, cat)
            if cat in denied:
                contradictions.append(f"{where}: 棚卸しでは{item_ja(cat)}が見つかりましたが、not_items で含まれていない"
                                      "とされています。項目には加えていません。列の中身を確認してください。")
                continue
            cats.add(cat)
            sources.setdefault(key, [])
            if where not in sources[key]:
                sources[key].append(where)
        for r in (col or {}).get("review", []):
            if r.get("label") in _ASK and r["label"] not in found and r["label"] not in denied:
                unsure.add(r["label"])
                questions.append(f"{where}: {review_words(r)}。漏えいした項目に「{item_ja(SCAN_SENSITIVE.get(r['label'], r['label']))}」"
                                 "を含めますか？")
    order = {c: i for i, c in enumerate([*LABELS, *EXTRA_ITEMS])}
    items = tuple(sorted((c for c in cats if c in ITEM_KEYS), key=order.get))
    sensitive = tuple(sorted({SCAN_SENSITIVE[c] for c in cats if c in SCAN_SENSITIVE}))
    not_items = tuple(c for c in ASKED_ABOUT if c not in cats and c not in unsure)
    return InventoryUse(items, sensitive, not_items, sources, tuple(questions), tuple(contradictions))


def derive(inv: dict[str, Any], systems: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(items, sensitive, not_items) from the affected sources; unknown ``systems`` → E857."""
    use = use_inventory(inv, systems)
    return use.items, use.sensitive, use.not_items


def apply_inventory(inc: Incident, inv: dict[str, Any]) -> Incident:
    """The incident with items/sensitive widened by the inventory's confident findings and
    not_items filled in. An item the owner listed in ``not_items`` is never added (see
    :func:`use_inventory` for the contradiction); an explicit ``not_items`` is kept as given."""
    return apply_use(inc, use_inventory(inv, inc.systems, inc.not_items or ()))


def apply_use(inc: Incident, use: InventoryUse) -> Incident:
    """:func:`apply_inventory` from an already computed :class:`InventoryUse`."""
    merged = tuple(dict.fromkeys([*inc.items, *use.items]))
    sens = tuple(dict.fromkeys([*inc.sensitive, *use.sensitive]))
    base = inc.not_items if inc.not_items is not None else use.not_items
    return replace(inc, items=merged, sensitive=sens, not_items=tuple(x for x in base if x not in merged))
