"""Anonymization policies: data files that say, per label, which operator to apply.

A policy is a TOML file (``tomllib`` from the standard library, so user files need no extra
package). Built-in policies live in ``policies/*.toml``: ``publication`` (default),
``internal``, ``redact``, ``mask``, ``hash``. A user passes a name or a path to their own file; ``extends = "publication"`` in a user file
starts from a built-in policy and overrides only what the file says.

例::

    >>> p = load_policy("publication")
    >>> p.rule_for("PERSON").operator
    'pseudonym'
    >>> p.rule_for("PHONE").operator
    'remove'
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from tokumei.errors import TokumeiError
from tokumei.span import LABELS

BUILTIN = ("publication", "internal", "redact", "mask", "hash")

#: Operators a policy may name, with the parameters each accepts (and their types).
OPERATORS: dict[str, dict[str, type]] = {
    "keep": {},
    "pseudonym": {},
    "remove": {"phrase": str},
    "generalize_address": {"level": str},
    "generalize_location": {},
    "generalize_dob": {"granularity": str},
    "redact": {"char": str},
    "mask": {"keep": int, "char": str},
    "hmac_hash": {"length": int},
    "token": {},
}
_RULE_KEYS = {"operator", "restorable"}

#: Kinds of re-identification risk (see :mod:`tokumei.anonymize.risk`).
RISK_KINDS = ("generation", "founding", "superlative", "headcount", "revenue", "award", "age", "brand", "event", "place_name",
              "landmark", "programme", "sns_handle", "wide_place")


@dataclass(frozen=True)
class Rule:
    """One label's treatment: operator name, its parameters, and whether the original may be
    kept in the vault for ``tokumei restore``."""

    operator: str
    params: Mapping[str, Any] = field(default_factory=dict)
    restorable: bool = True


@dataclass(frozen=True)
class Policy:
    """A loaded, validated policy."""

    name: str
    description: str
    default: Rule
    labels: Mapping[str, Rule]
    threshold: float = 0.4
    round_amounts: bool = False
    apply_risks: frozenset[str] = frozenset()
    source: str = ""
    #: Also replace undetected occurrences of names detected elsewhere in the document.
    propagate: bool = True
    #: Name spans scoring below this are listed for review (要確認) instead of replaced.
    review_below: float = 0.5

    def rule_for(self, label: str) -> Rule:
        """The rule for ``label``; MY_NUMBER is never restorable unless the policy says so."""
        rule = self.labels.get(label)
        if rule is not None:
            return rule
        if label == "MY_NUMBER":
            return Rule(self.default.operator, self.default.params, restorable=False)
        return self.default


def load_policy(name_or_path: str | Path | Policy = "publication") -> Policy:
    """Load a built-in policy by name or a user TOML file; errors name the file and field.

    例: ``load_policy("mask").rule_for("PHONE").params["keep"] == 4``
    """
    if isinstance(name_or_path, Policy):
        return name_or_path
    s = str(name_or_path)
    if s in BUILTIN:
        return _builtin(s)
    p = Path(s)
    if p.suffix.lower() != ".toml" and not p.exists():
        raise TokumeiError("E201", name=s)
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TokumeiError("E501", path=str(p)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise TokumeiError("E502", path=str(p), why=type(e).__name__) from None
    return parse_policy(raw, str(p))


@lru_cache(maxsize=None)
def _builtin(name: str) -> Policy:
    """A built-in policy, parsed once per process (policies are frozen)."""
    raw = resources.files("tokumei.anonymize").joinpath("policies", f"{name}.toml").read_text("utf-8")
    return parse_policy(raw, f"{name}.toml")


def parse_policy(raw: str, path: str = "<policy>") -> Policy:
    """Parse and validate policy TOML text."""
    try:
        doc = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise TokumeiError("E502", path=path, why=str(e)) from None
    known = {"name", "description", "threshold", "default", "labels", "amounts", "risk", "propagate", "extends",
             "review"}
    for key in doc:
        if key not in known:
            raise TokumeiError("E503", path=path, field=key, why="不明な項目")
    base: Policy | None = None
    if "extends" in doc:  # extends = "publication": start from a built-in policy, override per label
        if doc["extends"] not in BUILTIN:
            raise TokumeiError("E503", path=path, field="extends", why="組み込みポリシー名: " + ", ".join(BUILTIN))
        base = load_policy(doc["extends"])
    default = _rule(doc["default"], path, "default") if "default" in doc else (
        base.default if base else Rule("remove"))
    labels_raw = doc.get("labels", {})
    if not isinstance(labels_raw, dict):
        raise TokumeiError("E503", path=path, field="labels", why="表（テーブル）ではありません")
    labels: dict[str, Rule] = dict(base.labels) if base else {}
    for label, body in labels_raw.items():
        if label not in LABELS:
            raise TokumeiError("E503", path=path, field=f"labels.{label}", why="不明なラベル")
        labels[label] = _rule(body, path, f"labels.{label}")
    threshold = doc.get("threshold", base.threshold if base else 0.4)
    if not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise TokumeiError("E503", path=path, field="threshold", why="0〜1 の数値にしてください")
    amounts = doc.get("amounts", {})
    rnd = amounts.get("round", base.round_amounts if base else False) if isinstance(amounts, dict) else None
    if not isinstance(rnd, bool):
        raise TokumeiError("E503", path=path, field="amounts.round", why="true / false にしてください")
    risk = doc.get("risk", {})
    apply = risk.get("apply", sorted(base.apply_risks) if base else []) if isinstance(risk, dict) else None
    if apply is True:
        apply = list(RISK_KINDS)
    if not isinstance(apply, list) or any(k not in RISK_KINDS for k in apply):
        raise TokumeiError("E503", path=path, field="risk.apply",
                           why="種類の一覧にしてください: " + ", ".join(RISK_KINDS))
    propagate = doc.get("propagate", True)
    if not isinstance(propagate, bool):
        raise TokumeiError("E503", path=path, field="propagate", why="true / false にしてください")
    review = doc.get("review", {})
    below = review.get("below", base.review_below if base else 0.5) if isinstance(review, dict) else None
    if not isinstance(below, (int, float)) or isinstance(below, bool) or not 0 <= below <= 1:
        raise TokumeiError("E503", path=path, field="review.below", why="0〜1 の数値にしてください")
    return Policy(
        review_below=float(below),
        propagate=propagate,
        name=str(doc.get("name", Path(path).stem)),
        description=str(doc.get("description", "")),
        default=default,
        labels=labels,
        threshold=float(threshold),
        round_amounts=rnd,
        apply_risks=frozenset(apply),
        source=path,
    )


def _rule(body: Any, path: str, where: str) -> Rule:
    if not isinstance(body, dict):
        raise TokumeiError("E503", path=path, field=where, why="表（テーブル）ではありません")
    op = body.get("operator")
    if op not in OPERATORS:
        raise TokumeiError("E503", path=path, field=f"{where}.operator",
                           why="次のいずれかにしてください: " + ", ".join(OPERATORS))
    allowed = OPERATORS[op]
    params: dict[str, Any] = {}
    for key, value in body.items():
        if key in _RULE_KEYS:
            continue
        if key not in allowed:
            raise TokumeiError("E503", path=path, field=f"{where}.{key}", why=f"{op} では使えない項目")
        if not isinstance(value, allowed[key]) or isinstance(value, bool) and allowed[key] is int:
            raise TokumeiError("E503", path=path, field=f"{where}.{key}", why="型が違います")
        params[key] = value
    if op == "generalize_address" and params.get("level", "prefecture") not in ("prefecture", "municipality"):
        raise TokumeiError("E503", path=path, field=f"{where}.level", why="prefecture / municipality")
    if op == "generalize_dob" and params.get("granularity", "decade") not in ("decade", "year"):
        raise TokumeiError("E503", path=path, field=f"{where}.granularity", why="decade / year")
    if op == "mask" and not 0 <= params.get("keep", 4) <= 8:
        raise TokumeiError("E503", path=path, field=f"{where}.keep", why="0〜8")
    restorable = body.get("restorable", True)
    if not isinstance(restorable, bool):
        raise TokumeiError("E503", path=path, field=f"{where}.restorable", why="true / false")
    if where == "labels.MY_NUMBER" and "restorable" not in body:
        restorable = False
    return Rule(op, params, restorable)
