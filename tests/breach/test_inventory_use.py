"""--inventory uses only what holds: confident columns, never an item the owner denied (reported as a
contradiction), the column behind each item, low-confidence findings as questions; items optional."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from breach_helpers import incident  # noqa: E402

from tokumei.breach.assess import assess  # noqa: E402
from tokumei.breach.inventory import apply_inventory, use_inventory  # noqa: E402
from tokumei.breach.notices.common import content  # noqa: E402
from tokumei.breach.ruleset import load_ruleset  # noqa: E402
from tokumei.cli import main  # noqa: E402
from tokumei.errors import TokumeiError  # noqa: E402


def col(name, found=(), review=(), category=None):
    return {"name": name, "category": category or (found[0] if found else None), "found": list(found),
            "review": [dict(r) for r in review],
            "categories": [{"label": x, "how": "value", "share": 0.1} for x in (*found, *(r["label"] for r in review))]}


CHANCE = {"label": "MY_NUMBER", "share": 0.09, "count": 27, "why": "chance", "base_rate": 0.1}
INVENTORY = {
    "schema": "tokumei.inventory/1", "created_at": "2026-12-04T00:00:00+00:00", "engine": "local", "mode": "sample",
    "sample_rows": 1000, "categories_present": [], "sensitive_present": True, "issues_count": 0,
    "sources": [{"kind": "database", "target": "shop", "issues": [], "files": [], "tables": [
        {"name": "dtb_customer", "columns": [
            col("name01", ["PERSON"]), col("tel01", ["PHONE"]), col("email", ["EMAIL"]),
            col("note", ["SENSITIVE_HEALTH", "SENSITIVE_DISABILITY"]),
            col("create_date", ["DATE"]),
            col("card_memo", ["CREDIT_CARD"]),          # a false positive the owner contradicts
            col("point_code", [], [CHANCE]),            # chance-level check digits: a question
            col("birth", [], [{"label": "DATE_OF_BIRTH", "share": 0.0, "count": 0, "why": "name_only"}],
                category="DATE_OF_BIRTH"),
        ]},
        {"name": "dtb_product", "columns": [col("jan", [], [dict(CHANCE, label="CORPORATE_NUMBER", why="jan")])]},
    ]}],
}


@pytest.mark.parametrize("systems, not_items, items, sources, contradicts, asks", [
    (("dtb_customer",), ("MY_NUMBER", "CREDIT_CARD"), ("PERSON", "PHONE", "EMAIL"),
     {"PERSON": ["dtb_customer.name01"], "MEDICAL_HISTORY": ["dtb_customer.note"]},
     # MY_NUMBER denied by the owner: the chance-level column is not asked about either
     ["dtb_customer.card_memo"], ["dtb_customer.birth"]),
    (("dtb_customer",), (), ("PERSON", "PHONE", "EMAIL", "CREDIT_CARD"),
     {"CREDIT_CARD": ["dtb_customer.card_memo"]}, [], ["dtb_customer.point_code", "dtb_customer.birth"]),
    (("dtb_product",), (), (), {}, [], []),
])
def test_use_inventory(systems, not_items, items, sources, contradicts, asks):
    use = use_inventory(INVENTORY, systems, not_items)
    assert use.items == items
    for k, v in sources.items():
        assert use.sources[k] == v
    assert "DATE" not in use.items and "MY_NUMBER" not in use.items  # dates alone / chance: not items
    assert [c.split(":")[0] for c in use.contradictions] == contradicts
    assert [q.split(":")[0] for q in use.questions] == asks
    assert all(q.endswith("を含めますか？") for q in use.questions)
    if systems == ("dtb_customer",):
        assert set(use.sensitive) == {"MEDICAL_HISTORY", "DISABILITY"}
        # what is asked about is not claimed as "not included" either
        assert ("MY_NUMBER" in use.not_items) is (not asks or "dtb_customer.point_code" not in asks)
        assert "DATE_OF_BIRTH" not in use.not_items


def test_denied_item_never_added_and_decision_follows():
    inc = incident(items=["PERSON"], not_items=["MY_NUMBER", "CREDIT_CARD"], people=20000,
                   cause="unauthorized_access", systems=["dtb_customer"])
    after = apply_inventory(inc, INVENTORY)
    assert "CREDIT_CARD" not in after.items and "MY_NUMBER" not in after.items
    assert {"MY_NUMBER", "CREDIT_CARD"} <= set(after.not_items)
    a = assess(after, load_ruleset(after.discovered_date))
    arts = [c.article for c in a.criteria]
    assert "施行規則第7条第1号" in arts and "施行規則第7条第2号" not in arts
    assert [law.law_id for law in a.laws] == ["appi"]  # no 番号法
    assert not set(a.leaked) & set(a.not_leaked)


@pytest.mark.parametrize("alias, key", [("マイナンバー", "MY_NUMBER"), ("カード", "CREDIT_CARD"),
                                        ("クレジットカード情報", "CREDIT_CARD"), ("氏名", "PERSON")])
def test_japanese_names_in_not_items(alias, key):
    assert incident(items=[], not_items=[alias]).not_items == (key,)


def test_notice_refuses_overlapping_lists():
    inc = incident(items=["PERSON", "CREDIT_CARD"], not_items=["PASSPORT"])
    a = assess(inc, load_ruleset(inc.discovered_date))
    bad = a.__class__(**{**a.__dict__, "not_leaked": ("クレジットカード情報",)})
    with pytest.raises(TokumeiError) as e:
        content(inc, bad)
    assert e.value.code == "E863"


def _toml(tmp_path, items: bool) -> Path:
    p = tmp_path / "incident.toml"
    p.write_text('discovered_at = "2026-12-01T10:00:00+09:00"\npeople = 20000\ncause = "unauthorized_access"\n'
                 + ('items = ["PERSON"]\n' if items else "")
                 + 'not_items = ["マイナンバー", "カード"]\nsystems = ["dtb_customer"]\n[business]\nname = "架空商店"\n',
                 "utf-8")
    return p


def test_cli_items_optional_with_inventory(tmp_path, capsys):
    inv = tmp_path / "inv.json"
    inv.write_text(json.dumps(INVENTORY, ensure_ascii=False), "utf-8")
    toml = _toml(tmp_path, items=False)
    assert main(["breach", "assess", str(toml), "--inventory", str(inv), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["leaked_items"][:3] == ["氏名", "電話番号", "メールアドレス"]
    assert "クレジットカード情報" in out["not_leaked_items"] and "マイナンバー" in out["not_leaked_items"]
    assert out["inventory"]["items_from_columns"]["氏名"] == ["dtb_customer.name01"]
    assert out["inventory"]["contradictions"] and out["inventory"]["questions"]
    assert main(["breach", "assess", str(toml), "--inventory", str(inv)]) == 0
    text = capsys.readouterr().out
    assert "氏名 ← dtb_customer.name01" in text and "確認してください" in text and "矛盾" in text
    # without --inventory, items is still required
    assert main(["breach", "assess", str(toml)]) == 3
    assert "E852" in capsys.readouterr().err


def test_example_incident_without_items(capsys, tmp_path):
    example = Path(__file__).resolve().parents[2] / "examples" / "breach" / "shop-sqli.toml"
    inv = tmp_path / "inv.json"
    inv.write_text(json.dumps(INVENTORY, ensure_ascii=False), "utf-8")
    assert main(["breach", "assess", str(example), "--inventory", str(inv), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "施行規則第7条第1号" in out["criteria"] and "施行規則第7条第2号" not in out["criteria"]
    assert [law["law_id"] for law in out["laws"]] == ["appi"]


def test_a_place_name_is_not_an_item_alone():
    # LOCATION (#11) found in an address column is part of 住所; alone it is no item and no question
    inv = json.loads(json.dumps(INVENTORY))
    inv["sources"][0]["tables"][0]["columns"] = [
        col("addr01", ["ADDRESS", "LOCATION"]), col("出身地", ["LOCATION"]),
        col("memo", [], [{"label": "LOCATION", "share": 0.02, "count": 2, "why": "few"}])]
    use = use_inventory(inv, ("dtb_customer",))
    assert use.items == ("ADDRESS",) and "LOCATION" not in use.sources and use.questions == ()
