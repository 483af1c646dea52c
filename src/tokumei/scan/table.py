"""Judging a table's columns together: split fields, salts, and tables that hold no people.

* Split fields (:mod:`tokumei.scan.groups`): when the joined parts (``tel01-tel02-tel03``) are
  of the field's kind, every part column takes the group's category and confidence, with the
  evidence 「分割列 tel01・tel02・tel03 をつないだ値の98%が電話番号の形」.
* Salted hashes: a password column of bare hex digests next to a ``salt`` column is a salted
  (keyed) digest — EC-CUBE stores HMAC-SHA256(password, auth magic + salt) — not an unsalted
  weak hash; the protection says ``salted`` and ``weak: false``.
* A table named for things, not people (``dtb_product``, ``商品``), has no 氏名 from a ``name``
  column unless the values say so.

例::

    >>> cols, groups = judge_table("dtb_customer", names, stats, group_stats)  # doctest: +SKIP
"""
from __future__ import annotations

import re
from typing import Sequence

from tokumei.scan.classify import ColumnStats
from tokumei.scan.decide import decide
from tokumei.scan.groups import split_groups
from tokumei.scan.vocab import CATEGORY_JA, SENSITIVE, normalize_name
from tokumei.scan.words import evidence_words

_THING_TABLE = re.compile(r"product|item|goods|category|categories|shop|stock|plugin|mail_template|page|block|"
                          r"tax|delivery_fee|payment_method|商品|品目|在庫|カテゴリ", re.IGNORECASE)
_SALT = re.compile(r"(?:^|_)salt$|ソルト", re.IGNORECASE)
_BARE = {"md5", "sha1", "sha256", "sha512"}


def _member(col: dict, group: dict) -> None:
    col["category"] = group["category"]
    col["category_ja"] = CATEGORY_JA.get(group["category"], group["category"])
    col["confidence"] = max(col["confidence"], group["confidence"])
    col["evidence"]["group"] = {"columns": group["columns"], "category": group["category"], "share": group["share"]}
    col["found"] = [group["category"]] + [x for x in col["found"] if x != group["category"]]
    col["review"] = [r for r in col["review"] if r["label"] != group["category"]]
    if not any(c["label"] == group["category"] for c in col["categories"]):
        col["categories"].append({"label": group["category"], "label_ja": col["category_ja"], "how": "group",
                                  "share": group["share"]})


def _salted(cols: list[dict], names: Sequence[str]) -> None:
    salts = [c for c, n in zip(cols, names) if _SALT.search(normalize_name(n)) and c["non_empty"]]
    if not salts:
        return
    for c in cols:
        p = c.get("protection") or {}
        if c["category"] == "PASSWORD_HASH" and p.get("weak") and set(p.get("schemes", {})) <= _BARE:
            p["weak"] = False
            p["salted"] = salts[0]["name"]
            c["evidence"]["salted"] = salts[0]["name"]


def _things(table: str, cols: list[dict]) -> None:
    if not _THING_TABLE.search(table):
        return
    for c in cols:
        if c["category"] == "PERSON" and c["matched_share"] < 0.5:
            c["category"] = c["category_ja"] = None
            c["confidence"] = 0.0
            c["found"] = [x for x in c["found"] if x != "PERSON"]
            c["review"] = [r for r in c["review"] if r["label"] != "PERSON"]
            c["categories"] = [x for x in c["categories"] if x["label"] != "PERSON"]
            c["evidence"]["thing_table"] = table


def judge_table(table: str, columns: Sequence[str], stats: Sequence[ColumnStats],
                group_stats: Sequence[ColumnStats], *, examples: bool = False) -> tuple[list[dict], list[dict]]:
    """Column entries (as :func:`tokumei.scan.decide.decide`, adjusted for the table) and the
    split-field entries ``[{"name", "columns", "category", "share", "confidence", "found"}]``."""
    cols = [decide(c, st, examples=examples) for c, st in zip(columns, stats)]
    groups_out: list[dict] = []
    for g, gst in zip(split_groups(columns), group_stats):
        d = decide(g.base, gst)
        members = [columns[i] for i in g.columns]
        share = d["matched_share"] if d["category"] == g.category else 0.0
        entry = {"name": "+".join(members), "columns": members, "category": g.category,
                 "category_ja": CATEGORY_JA.get(g.category, g.category), "share": share,
                 "confidence": d["confidence"] if share >= 0.3 else 0.5, "non_empty": d["non_empty"],
                 "confirmed": share >= 0.3}
        if g.pref is not None:
            entry["prefecture_column"] = columns[g.pref]
        groups_out.append(entry)
        if entry["confirmed"]:
            for i in g.columns:
                _member(cols[i], entry)
    _salted(cols, columns)
    _things(table, cols)
    for c in cols:
        c["sensitive"] = any(x in SENSITIVE for x in c["found"])
        c["evidence_ja"] = evidence_words(c)
    return cols, groups_out
