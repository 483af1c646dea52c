"""--inventory: leaked items and the not-leaked list come from the scanned systems."""
from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from breach_helpers import incident  # noqa: E402

from tokumei.breach.assess import assess  # noqa: E402
from tokumei.breach.inventory import apply_inventory, derive, load_inventory  # noqa: E402
from tokumei.breach.ruleset import load_ruleset  # noqa: E402
from tokumei.errors import TokumeiError  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "inventory.json"

# (systems affected, items, sensitive, some not-leaked, some that must NOT be in not-leaked)
SCOPES = [
    ((), ("PERSON", "ADDRESS", "PHONE", "EMAIL", "CREDIT_CARD"), ("MEDICAL_HISTORY",),
     ("DRIVERS_LICENSE", "PASSWORD"), ("CREDIT_CARD", "EMAIL")),
    (("members",), ("PERSON", "ADDRESS", "PHONE"), ("MEDICAL_HISTORY",),
     ("CREDIT_CARD", "EMAIL", "PASSWORD"), ("PHONE", "ADDRESS")),
    (("club.sqlite:payments",), ("EMAIL", "CREDIT_CARD"), (), ("PHONE", "ADDRESS"), ("CREDIT_CARD",)),
]


@pytest.mark.parametrize("systems,items,sensitive,absent,present", SCOPES)
def test_derive_by_scope(systems, items, sensitive, absent, present):
    got_items, got_sens, not_items = derive(load_inventory(FIXTURE), systems)
    assert got_items == items and got_sens == sensitive
    assert set(absent) <= set(not_items) and not set(present) & set(not_items)


def test_inventory_changes_the_decision():
    inc = incident(items=["PERSON"], not_items=None, people=5, systems=["members"])
    before = assess(inc, load_ruleset(inc.discovered_date))
    after_inc = apply_inventory(inc, load_inventory(FIXTURE))
    after = assess(after_inc, load_ruleset(inc.discovered_date))
    assert not before.report_required and before.not_leaked is None
    assert after.report_required and [c.article for c in after.criteria] == ["施行規則第7条第1号"]
    assert "クレジットカード情報" in after.not_leaked and "住所" in after.leaked


# (case, mutate the JSON, field named)
BAD = [
    ("wrong schema", lambda d: d.update(schema="other/9"), "schema"),
    ("sources not list", lambda d: d.update(sources={}), "sources"),
    ("columns missing", lambda d: d["sources"][0]["tables"][1].pop("columns"), "sources[0].tables[1].columns"),
]


@pytest.mark.parametrize("case,mutate,field", BAD, ids=[b[0] for b in BAD])
def test_bad_inventory(tmp_path, case, mutate, field):
    d = json.loads(FIXTURE.read_text("utf-8"))
    mutate(d)
    p = tmp_path / "inv.json"
    p.write_text(json.dumps(d), "utf-8")
    with pytest.raises(TokumeiError) as e:
        load_inventory(p)
    assert e.value.code == "E857" and field in e.value.message


def test_unknown_system_name():
    with pytest.raises(TokumeiError) as e:
        derive(load_inventory(FIXTURE), ("no-such-table",))
    assert e.value.code == "E857" and "systems" in e.value.message


def test_with_inventory_from_a_real_scan(tmp_path, capsys):
    if importlib.util.find_spec("tokumei.scan.commands") is None:
        pytest.skip("tokumei scan (issue #6) not installed")
    from tokumei.cli import main

    db = tmp_path / "club.sqlite"
    con = sqlite3.connect(db)
    con.execute("create table members (会員番号 integer, 氏名 text, 住所 text, 電話番号 text, 生年月日 text)")
    con.executemany("insert into members values (?,?,?,?,?)",
                    [(i, f"架空 {i}郎", f"東京都千代田区千代田1-1-{i}", f"090-0000-{i:04d}", f"1980-01-{i % 9 + 1:02d}")
                     for i in range(1, 40)])
    con.commit()
    con.close()
    inv = tmp_path / "inventory.json"
    assert main(["scan", str(db), "-o", str(inv), "--no-progress"]) == 0
    toml = tmp_path / "incident.toml"
    toml.write_text('discovered_at = "2026-11-24T10:30:00+09:00"\npeople = 39\ncause = "misconfiguration"\n'
                    'items = []\nsystems = ["members"]\n[business]\nname = "テスト倶楽部"\n', "utf-8")
    capsys.readouterr()
    assert main(["breach", "assess", str(toml), "--inventory", str(inv), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # the 会員番号 column is an item too since MEMBER_ID (issue #12)
    assert out["leaked_items"] == ["氏名", "住所", "電話番号", "生年月日", "会員番号等"]
    assert {"クレジットカード情報", "メールアドレス", "パスワード", "身分証明書情報"} <= set(out["not_leaked_items"])
    assert out["report_required"] is False  # 39 people, misconfiguration, nothing sensitive
