"""Rule sets as data, picked by the date the business discovered the incident.

``rules/<YYYY-MM-DD>/<law>.toml`` holds the rules of one law in force from that date. For a
discovery date the newest folder not after it is used, per law file, so an amendment is a new
folder holding only the changed law (source: the rules in force when the business knew, 施行規則
附則 of each amendment; e.g. 令和6年4月1日施行 of the 第7条第3号 change).

A condition (``when``) is a small table language::

    {all = [...]} {any = [...]} {not = {...}}
    {flag = "encrypted"}                     a true/false field of the incident
    {items_any = ["CREDIT_CARD"]}            one of these items leaked
    {cause_in = ["unauthorized_access"]}     the cause is one of these
    {sensitive = true}                       要配慮個人情報 are among the items
    {people_over = 1000}                     the upper estimate exceeds N (1,000 itself does not)
    {mynumber_people_over = 100}             same for the people whose My Number leaked

例: ``load_ruleset(date(2026, 11, 24)).laws["appi"].criteria[0]["article"]`` → ``'施行規則第7条第1号'``
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tokumei.breach.incident import CAUSES, FLAG_JA, FLAGS, Incident
from tokumei.breach.labels import ITEM_KEYS, item_ja
from tokumei.errors import TokumeiError

RULES_DIR = Path(__file__).with_name("rules")
LEAVES = {"flag", "items_any", "cause_in", "sensitive", "people_over", "mynumber_people_over"}


@dataclass(frozen=True)
class Law:
    """One law's rules: criteria and exceptions with articles, deadlines and references."""

    id: str
    data: dict[str, Any]
    path: str

    @property
    def effective_from(self) -> str:
        return str(self.data["effective_from"])

    @property
    def criteria(self) -> list[dict[str, Any]]:
        return self.data["criteria"]

    @property
    def exceptions(self) -> list[dict[str, Any]]:
        return self.data.get("exceptions", [])


@dataclass(frozen=True)
class RuleSet:
    """The laws in force on ``on`` (a date in Japan)."""

    on: date
    laws: dict[str, Law]

    @property
    def effective_from(self) -> str:
        """The newest effective date among the law files used."""
        return max(law.effective_from for law in self.laws.values())


def load_ruleset(on: date, rules_dir: Path = RULES_DIR) -> RuleSet:
    """The rules in force on ``on``; E855 when no rule set had started yet."""
    folders = sorted(d for d in rules_dir.iterdir() if d.is_dir() and _is_date(d.name))
    usable = [d for d in folders if date.fromisoformat(d.name) <= on]
    if not usable:
        raise TokumeiError("E855", date=on.isoformat())
    laws: dict[str, Law] = {}
    for folder in usable:  # oldest first: newer folders replace a law file
        for f in sorted(folder.glob("*.toml")):
            laws[f.stem] = _load_law(f)
    return RuleSet(on, laws)


def _is_date(name: str) -> bool:
    try:
        date.fromisoformat(name)
        return True
    except ValueError:
        return False


def _load_law(path: Path) -> Law:
    def bad(fld: str, why: str) -> TokumeiError:
        return TokumeiError("E856", path=path.name, field=fld, why=why)

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise bad("-", str(e)) from None
    for key in ("id", "law", "effective_from", "report_ref", "notify_ref", "preliminary", "final", "criteria"):
        if key not in data:
            raise bad(key, "必須")
    if str(data["effective_from"]) != path.parent.name:
        raise bad("effective_from", "フォルダ名と一致しません")
    for kind in ("criteria", "exceptions"):
        for i, rule in enumerate(data.get(kind, [])):
            for key in ("id", "article", "guideline", "title", "when"):
                if key not in rule:
                    raise bad(f"{kind}[{i}].{key}", "必須")
            check_condition(rule["when"], f"{kind}[{i}].when", bad)
    check_condition(data.get("applies_when", {}), "applies_when", bad)
    return Law(str(data["id"]), data, str(path))


def check_condition(cond: Any, where: str, bad) -> None:
    """Reject unknown operators, flags, causes and labels when the rules are loaded."""
    if not isinstance(cond, dict) or len(cond) > 1:
        raise bad(where, "条件は1つの演算子を持つ表です")
    for op, arg in cond.items():
        if op in ("all", "any"):
            if not isinstance(arg, list):
                raise bad(where, f"{op} には配列が必要です")
            for i, c in enumerate(arg):
                check_condition(c, f"{where}.{op}[{i}]", bad)
        elif op == "not":
            check_condition(arg, f"{where}.not", bad)
        elif op == "flag" and arg not in FLAGS:
            raise bad(where, f"不明なフラグ {arg}")
        elif op == "cause_in" and not set(arg) <= set(CAUSES):
            raise bad(where, "不明な原因")
        elif op == "items_any" and not set(arg) <= ITEM_KEYS:
            raise bad(where, "不明なラベル")
        elif op not in LEAVES | {"all", "any", "not", "flag", "cause_in", "items_any"}:
            raise bad(where, f"不明な演算子 {op}")


def evaluate(cond: dict[str, Any], inc: Incident) -> tuple[bool, list[str]]:
    """Evaluate a condition; return (holds, Japanese reasons for the parts that held)."""
    if not cond:
        return True, []
    (op, arg), = cond.items()
    if op == "all":
        reasons: list[str] = []
        for c in arg:
            ok, r = evaluate(c, inc)
            if not ok:
                return False, []
            reasons += r
        return True, reasons
    if op == "any":
        for c in arg:
            ok, r = evaluate(c, inc)
            if ok:
                return True, r
        return False, []
    if op == "not":
        ok, _ = evaluate(arg, inc)
        return (not ok), []
    if op == "flag":
        return inc.flag(arg), [f"{FLAG_JA[arg]}（{arg}）"]
    if op == "items_any":
        hit = [item_ja(x) for x in arg if x in inc.items]
        return bool(hit), [f"漏えい等の項目に{'・'.join(hit)}を含む"]
    if op == "cause_in":
        return inc.cause in arg, [f"原因が{CAUSES[inc.cause]}（{inc.cause}）"]
    if op == "sensitive":
        return bool(inc.sensitive) == bool(arg), ["要配慮個人情報を含む"]
    if op == "people_over":
        return inc.people_max > arg, [f"本人の数 {inc.people_ja} の上限が{arg:,}人を超える"]
    if op == "mynumber_people_over":
        n = inc.mynumber_people if inc.mynumber_people is not None else inc.people_max
        return n > arg, [f"個人番号を含む本人の数 {n:,}人 が{arg:,}人を超える"]
    raise ValueError(op)  # pragma: no cover - rejected by check_condition at load time
