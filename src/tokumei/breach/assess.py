"""The decision (pure): must the PPC be told, on which grounds, by when, and must people be told.

``assess(incident, ruleset)`` depends on nothing else (no clock, no files). Sources:

* 報告義務: 個人情報保護法第26条第1項, 施行規則第7条第1〜4号 (the criteria live in ``rules/``).
* 例外: 高度な暗号化 (施行規則第7条第1号括弧書, ガイドライン（通則編）3-5-3-1 ※), 閲覧前の回収
  (ガイドライン 3-5-1-1), 仮名加工情報 (法第41条第9項).
* 委託先: 委託元へ通知すれば報告・本人通知の義務を負わない (法第26条第1項ただし書・第2項括弧書,
  施行規則第9条, ガイドライン 3-5-3-5).
* 本人への通知: 法第26条第2項, 施行規則第10条.
* 番号法: 第29条の4 and 特定個人情報の漏えい等に関する報告等に関する規則第2条 (rules/…/mynumber.toml).

例::

    >>> a = assess(incident, load_ruleset(incident.discovered_date))  # doctest: +SKIP
    >>> a.report_required, [c.article for c in a.criteria]             # doctest: +SKIP
    (True, ['施行規則第7条第3号', '施行規則第7条第4号'])
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tokumei.breach.deadlines import final_due, final_notes, preliminary_window
from tokumei.breach.incident import Incident
from tokumei.breach.labels import items_ja
from tokumei.breach.ruleset import Law, RuleSet, evaluate


@dataclass(frozen=True)
class Finding:
    """A criterion or exception that holds, with the reasons it holds."""

    id: str
    article: str
    guideline: str
    title: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "article": self.article, "guideline": self.guideline, "title": self.title,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class LawAssessment:
    """The result under one law (APPI, or 番号法 when My Number is among the items)."""

    law_id: str
    law: str
    effective_from: str
    report_required: bool
    criteria: tuple[Finding, ...]
    exceptions: tuple[Finding, ...]
    report_ref: str
    notify_ref: str
    preliminary_due: date | None
    preliminary_window_end: date | None
    preliminary_ref: str
    final_due: date | None
    final_days: int | None
    final_ref: str
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "law_id": self.law_id, "law": self.law, "rules_effective_from": self.effective_from,
            "report_required": self.report_required,
            "criteria": [c.to_dict() for c in self.criteria],
            "exceptions": [e.to_dict() for e in self.exceptions],
            "report_ref": self.report_ref, "notify_ref": self.notify_ref,
            "preliminary_due": iso(self.preliminary_due), "preliminary_window_end": iso(self.preliminary_window_end),
            "preliminary_ref": self.preliminary_ref,
            "final_due": iso(self.final_due), "final_days": self.final_days, "final_ref": self.final_ref,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class Assessment:
    """The whole decision. ``report_required`` is True when any law requires a report."""

    discovered_date: date
    rules_effective_from: str
    laws: tuple[LawAssessment, ...]
    notify_individuals: bool
    notify_ref: str
    entrusted_by: str | None
    leaked: tuple[str, ...]
    not_leaked: tuple[str, ...] | None
    notes: tuple[str, ...] = field(default=())

    @property
    def report_required(self) -> bool:
        return any(x.report_required for x in self.laws)

    @property
    def criteria(self) -> tuple[Finding, ...]:
        return tuple(c for x in self.laws if x.report_required for c in x.criteria)

    @property
    def preliminary_due(self) -> date | None:
        return min((x.preliminary_due for x in self.laws if x.preliminary_due), default=None)

    @property
    def final_due(self) -> date | None:
        """The earliest 確報 date among the laws that require a report."""
        return min((x.final_due for x in self.laws if x.final_due), default=None)

    def to_dict(self) -> dict[str, Any]:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "report_required": self.report_required,
            "criteria": [c.article for c in self.criteria],
            "notify_individuals": self.notify_individuals,
            "notify_ref": self.notify_ref,
            "preliminary_due": iso(self.preliminary_due),
            "final_due": iso(self.final_due),
            "discovered_date": self.discovered_date.isoformat(),
            "rules_effective_from": self.rules_effective_from,
            "entrusted_by": self.entrusted_by,
            "report_to": "委託元" if self.entrusted_by else "個人情報保護委員会",
            "leaked_items": list(self.leaked),
            "not_leaked_items": list(self.not_leaked) if self.not_leaked is not None else None,
            "laws": [x.to_dict() for x in self.laws],
            "notes": list(self.notes),
        }


def _findings(rules: list[dict[str, Any]], inc: Incident) -> tuple[Finding, ...]:
    out = []
    for r in rules:
        ok, reasons = evaluate(r["when"], inc)
        if ok:
            out.append(Finding(r["id"], r["article"], r["guideline"], r["title"], tuple(reasons)))
    return tuple(out)


def assess_law(law: Law, inc: Incident) -> LawAssessment | None:
    """Assess under one law; None when the law does not apply (e.g. no My Number)."""
    applies, _ = evaluate(law.data.get("applies_when", {}), inc)
    if not applies:
        return None
    criteria = _findings(law.criteria, inc)
    exceptions = _findings(law.exceptions, inc) if criteria else ()
    required = bool(criteria) and not exceptions
    notes: list[str] = []
    if law.data.get("note"):
        notes.append(law.data["note"])
    pre = law.data["preliminary"]
    fin = law.data["final"]
    p_due = p_end = f_due = None
    days = None
    if required:
        p_due, p_end = preliminary_window(inc.discovered_date, pre["target_day"], pre["window_end_day"])
        notes.append(f"速報の目安は{pre['target_day']}日目（おおむね{pre['target_day']}〜{pre['window_end_day']}日以内の早い方）。"
                     "ガイドラインの休日繰り下げは確報について定められているため、速報は繰り下げていません。")
        days = max([int(c.get("final_days", fin["days"])) for c in law.criteria
                    if c["id"] in {f.id for f in criteria}], default=int(fin["days"]))
        if days > fin["days"] and len(criteria) > 1:
            notes.append(f"不正の目的のおそれがある事態は他の号にも該当する場合も{days}日以内（{fin['ref'].split('、')[0]}の括弧書）。"
                         "調査が済み次第、早めの確報が望まれます。")
        f_due = final_due(inc.discovered_date, days)
        notes += final_notes(inc.discovered_date, days)
    elif criteria:
        notes.append("報告対象の事態に当たりますが、例外に該当するため報告義務はありません。例外の根拠を記録してください。")
    return LawAssessment(law.id, law.data["law"], law.effective_from, required, criteria, exceptions,
                         law.data["report_ref"], law.data["notify_ref"], p_due, p_end, pre["ref"], f_due, days,
                         fin["ref"], tuple(notes))


def assess(inc: Incident, ruleset: RuleSet, *, not_leaked: tuple[str, ...] | None = None) -> Assessment:
    """Assess an incident under the rules in force on its discovery date (see module doc)."""
    laws = tuple(x for x in (assess_law(law, inc) for law in ruleset.laws.values()) if x)
    entrusted = inc.text("entrusted_by") or None
    required = any(x.report_required for x in laws)
    notify = required and not entrusted
    notes: list[str] = []
    appi = ruleset.laws.get("appi")
    if entrusted and required:
        ref = appi.data.get("entrusted_ref", "") if appi else ""
        notes.append(f"委託先として、委託元（{entrusted}）に速やかに通知すれば、委員会への報告と本人への通知は"
                     f"委託元が行います（{ref}）。委託元と連名で報告することもできます。")
    if notify:
        notes.append("本人への通知が困難な場合は、公表や問合せ窓口の設置など代替措置をとります（法第26条第2項ただし書、"
                     "ガイドライン（通則編）3-5-4-5）。")
    if not required:
        notes.append("報告義務はありませんが、事実関係の調査・影響範囲の特定・再発防止策・本人への連絡の要否の検討を"
                     "行ってください（ガイドライン（通則編）3-5-2）。")
    leaked = tuple(items_ja([*inc.items, *inc.sensitive]))
    nl = not_leaked if not_leaked is not None else inc.not_items
    nl_ja = tuple(items_ja(nl, group_ids=True)) if nl is not None else None
    if nl_ja is None:
        notes.append("漏えいしていない項目（not_items または --inventory）が未指定です。通知文には必須です。")
    refs = [x.notify_ref for x in laws if x.report_required] or [appi.data["notify_ref"] if appi else ""]
    notify_ref = "／".join(refs)
    return Assessment(inc.discovered_date, ruleset.effective_from, laws, notify, notify_ref, entrusted,
                      leaked, nl_ja, tuple(notes))
