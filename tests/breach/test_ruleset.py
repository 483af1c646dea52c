"""Rule sets are picked by the discovery date; an amendment is a new folder."""
from __future__ import annotations

import shutil
from datetime import date

import pytest

from tokumei.breach.ruleset import RULES_DIR, load_ruleset
from tokumei.errors import TokumeiError

PICK = [
    (date(2022, 4, 1), {"appi": "2022-04-01", "mynumber": "2022-04-01"}),
    (date(2024, 3, 31), {"appi": "2022-04-01", "mynumber": "2022-04-01"}),
    (date(2024, 4, 1), {"appi": "2024-04-01", "mynumber": "2022-04-01"}),
    (date(2026, 11, 24), {"appi": "2024-04-01", "mynumber": "2022-04-01"}),
]


@pytest.mark.parametrize("on,expected", PICK)
def test_pick_by_date(on, expected):
    rs = load_ruleset(on)
    assert {k: v.effective_from for k, v in rs.laws.items()} == expected


def test_before_any_rules():
    with pytest.raises(TokumeiError) as e:
        load_ruleset(date(2022, 3, 31))
    assert e.value.code == "E855"


def test_future_amendment_folder_is_used_from_its_date(tmp_path):
    shutil.copytree(RULES_DIR, tmp_path / "rules")
    new = tmp_path / "rules" / "2027-04-01"
    new.mkdir()
    text = (RULES_DIR / "2024-04-01" / "appi.toml").read_text("utf-8")
    text = text.replace('effective_from = "2024-04-01"', 'effective_from = "2027-04-01"')
    text = text.replace("people_over = 1000", "people_over = 500")  # a hypothetical amendment
    (new / "appi.toml").write_text(text, "utf-8")
    assert load_ruleset(date(2027, 3, 31), tmp_path / "rules").laws["appi"].effective_from == "2024-04-01"
    rs = load_ruleset(date(2027, 4, 1), tmp_path / "rules")
    assert rs.laws["appi"].effective_from == "2027-04-01" and rs.effective_from == "2027-04-01"


# (case, replacement in appi.toml, field named)
BROKEN = [
    ("unknown operator", ("people_over = 1000", "people_under = 1000"), "criteria[3].when"),
    ("unknown flag", ('flag = "pseudonymized"', 'flag = "magic"'), "exceptions[2].when"),
    ("date mismatch", ('effective_from = "2024-04-01"', 'effective_from = "2024-05-01"'), "effective_from"),
]


@pytest.mark.parametrize("case,repl,field", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_rules_are_rejected(tmp_path, case, repl, field):
    shutil.copytree(RULES_DIR, tmp_path / "rules")
    p = tmp_path / "rules" / "2024-04-01" / "appi.toml"
    p.write_text(p.read_text("utf-8").replace(*repl), "utf-8")
    with pytest.raises(TokumeiError) as e:
        load_ruleset(date(2026, 1, 1), tmp_path / "rules")
    assert e.value.code == "E856" and field in e.value.message
