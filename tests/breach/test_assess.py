"""Every criterion and exception of 施行規則第7条 and the 番号法 rules, and the boundaries."""
from __future__ import annotations

import pytest
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from breach_helpers import run  # noqa: E402

# (case, incident overrides, report_required, APPI criteria ids, exception ids)
APPI_CASES = [
    ("nothing: misdelivery to one person", {}, False, [], []),
    ("1号 sensitive (要配慮)", {"sensitive": ["MEDICAL_HISTORY"]}, True, ["appi-7-1"], []),
    ("1号 sensitive by Japanese name", {"sensitive": ["病歴"]}, True, ["appi-7-1"], []),
    ("1号 sensitive via scan key", {"sensitive": ["SENSITIVE_HEALTH"]}, True, ["appi-7-1"], []),
    ("2号 credit card", {"items": ["PERSON", "CREDIT_CARD"]}, True, ["appi-7-2"], []),
    ("2号 password for payment service", {"items": ["EMAIL", "PASSWORD"], "payment_credentials": True}, True,
     ["appi-7-2"], []),
    ("password without payment is not 2号", {"items": ["EMAIL", "PASSWORD"]}, False, [], []),
    ("bank account number alone is not 2号", {"items": ["PERSON", "BANK_ACCOUNT"]}, False, [], []),
    ("3号 unauthorized access", {"cause": "unauthorized_access"}, True, ["appi-7-3"], []),
    ("3号 insider", {"cause": "insider"}, True, ["appi-7-3"], []),
    ("3号 ransomware", {"cause": "ransomware"}, True, ["appi-7-3"], []),
    ("3号 stolen device (suspected)", {"cause": "lost_device", "suspected_wrongful": True}, True, ["appi-7-3"], []),
    ("lost device, not stolen", {"cause": "lost_device"}, False, [], []),
    ("misconfiguration", {"cause": "misconfiguration"}, False, [], []),
    ("4号 1,000 exactly is not", {"people": 1000}, False, [], []),
    ("4号 1,001", {"people": 1001}, True, ["appi-7-4"], []),
    ("4号 range crossing 1,000", {"people": None, "people_min": 800, "people_max": 1500}, True, ["appi-7-4"], []),
    ("4号 range up to 1,000", {"people": None, "people_min": 800, "people_max": 1000}, False, [], []),
    ("exception: encrypted + key separate", {"cause": "unauthorized_access", "encrypted": True, "key_separate": True},
     False, ["appi-7-3"], ["advanced-encryption"]),
    ("encrypted but key with data: no exception", {"cause": "unauthorized_access", "encrypted": True}, True,
     ["appi-7-3"], []),
    ("exception: recovered before access", {"people": 2000, "recovered_before_access": True}, False,
     ["appi-7-4"], ["recovered"]),
    ("ransomware is not undone by recovery", {"cause": "ransomware", "recovered_before_access": True}, True,
     ["appi-7-3"], []),
    ("exception: 仮名加工情報", {"sensitive": ["病歴"], "pseudonymized": True}, False, ["appi-7-1"], ["pseudonymized"]),
    ("all four", {"sensitive": ["病歴"], "items": ["CREDIT_CARD"], "cause": "insider", "people": 5000}, True,
     ["appi-7-1", "appi-7-2", "appi-7-3", "appi-7-4"], []),
]


@pytest.mark.parametrize("case,over,required,criteria,exceptions", APPI_CASES, ids=[c[0] for c in APPI_CASES])
def test_appi_criteria_and_exceptions(case, over, required, criteria, exceptions):
    a = run(**over)
    appi = next(x for x in a.laws if x.law_id == "appi")
    assert appi.report_required is required
    assert [c.id for c in appi.criteria] == criteria
    assert [e.id for e in appi.exceptions] == exceptions
    assert a.report_required is required
    assert a.notify_individuals is required
    assert (a.final_due is not None) is required


# My Number (番号法): (case, overrides, mynumber report required, criteria ids)
MN_CASES = [
    ("100 exactly is not", {"people": 100}, False, []),
    ("101", {"people": 101}, True, ["mn-2-4"]),
    ("mynumber_people counts, not people", {"people": 5000, "mynumber_people": 100}, False, []),
    ("mynumber_people 101", {"people": 150, "mynumber_people": 101}, True, ["mn-2-4"]),
    ("wrongful purpose, 1 person", {"people": 1, "cause": "insider"}, True, ["mn-2-2"]),
    ("readable by many", {"people": 3, "cause": "misconfiguration", "publicly_exposed": True}, True, ["mn-2-3"]),
    ("network system", {"people": 1, "mynumber_system": True}, True, ["mn-2-1"]),
    ("encrypted + key separate", {"people": 500, "encrypted": True, "key_separate": True}, False, ["mn-2-4"]),
]


@pytest.mark.parametrize("case,over,required,criteria", MN_CASES, ids=[c[0] for c in MN_CASES])
def test_mynumber_rules(case, over, required, criteria):
    a = run(items=["PERSON", "MY_NUMBER"], **over)
    mn = next(x for x in a.laws if x.law_id == "mynumber")
    assert mn.report_required is required
    assert [c.id for c in mn.criteria] == criteria


def test_mynumber_rules_not_applied_without_my_number():
    assert [x.law_id for x in run(people=5000).laws] == ["appi"]


def test_mynumber_alone_makes_report_required():
    # 150 people: not APPI 4号 (≤1,000) but 番号法 (>100)
    a = run(items=["PERSON", "MY_NUMBER"], people=150)
    assert a.report_required and not next(x for x in a.laws if x.law_id == "appi").report_required
    assert a.to_dict()["criteria"] == ["特定個人情報の漏えい等に関する報告等に関する規則第2条第4号"]


# (case, overrides, final_days)
DAYS = [
    ("3号 gives 60 days", {"cause": "unauthorized_access"}, 60),
    ("4号 gives 30 days", {"people": 1500}, 30),
    ("3号 + 4号 gives 60 days", {"cause": "unauthorized_access", "people": 1500}, 60),
    ("1号 gives 30 days", {"sensitive": ["病歴"]}, 30),
]


@pytest.mark.parametrize("case,over,days", DAYS, ids=[d[0] for d in DAYS])
def test_final_days(case, over, days):
    appi = run(**over).laws[0]
    assert appi.final_days == days


def test_entrusted_business_notifies_entruster_not_individuals():
    a = run(cause="unauthorized_access", entrusted_by="株式会社委託元")
    assert a.report_required and not a.notify_individuals
    d = a.to_dict()
    assert d["report_to"] == "委託元"
    assert any("施行規則第9条" in n for n in d["notes"])


# The rules in force on the discovery date decide (施行規則第7条第3号 amended from 2024-04-01).
AMENDMENT = [
    ("2024-03-31T23:59:00+09:00", False, "2022-04-01"),
    ("2024-04-01T00:00:00+09:00", True, "2024-04-01"),
    ("2024-03-31T15:30:00+00:00", True, "2024-04-01"),  # = 2024-04-01 00:30 in Japan
]


@pytest.mark.parametrize("when,required,rules", AMENDMENT)
def test_web_skimming_judged_by_rules_in_force(when, required, rules):
    a = run(discovered_at=when, cause="unauthorized_access", items=["PERSON", "CREDIT_CARD"], acquiring_only=True)
    assert a.report_required is required
    assert a.rules_effective_from == rules


def test_leaked_and_not_leaked_items_in_japanese():
    a = run(items=["PERSON", "ADDRESS", "PHONE", "DATE_OF_BIRTH"],
            not_items=["DRIVERS_LICENSE", "PASSPORT", "CREDIT_CARD", "EMAIL", "PASSWORD"])
    assert a.leaked == ("氏名", "住所", "電話番号", "生年月日")
    assert a.not_leaked == ("身分証明書情報", "クレジットカード情報", "メールアドレス", "パスワード")


# (case, overrides, expected notify_ref fragment)
NOTIFY_REF = [
    ("APPI", {"cause": "unauthorized_access"}, "法第26条第2項"),
    ("番号法 only", {"items": ["PERSON", "MY_NUMBER"], "people": 150}, "番号法第29条の4第2項"),
]


@pytest.mark.parametrize("case,over,ref", NOTIFY_REF, ids=[n[0] for n in NOTIFY_REF])
def test_notify_ref_names_the_law_that_requires_it(case, over, ref):
    a = run(**over)
    assert a.notify_individuals and ref in a.notify_ref


# The decision text always says WHY individuals are (not) notified; it used to say 「不要（上記の理由）」
# with no reason above it when nothing applied.
NOTIFY_TEXT = [
    ("nothing applies", {}, "本人への通知: 不要（報告対象事態に当たらないため"),
    ("entrusted", {"cause": "unauthorized_access", "entrusted_by": "株式会社委託元"},
     "本人への通知: 委託元（株式会社委託元）が行います"),
    ("required", {"cause": "unauthorized_access"}, "本人への通知: 必要"),
]


@pytest.mark.parametrize("case,over,line", NOTIFY_TEXT, ids=[n[0] for n in NOTIFY_TEXT])
def test_decision_text_gives_the_notification_reason(case, over, line):
    from breach_helpers import incident

    from tokumei.breach.draft import render_decision

    text = render_decision(incident(**over), run(**over))
    assert line in text and "上記の理由" not in text
