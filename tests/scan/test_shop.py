"""An EC shop database (tokumei.synth.shop) in SQLite AND PostgreSQL: what the scan finds per
column, the owner's report (HTML/JSON/CSV), and the end-to-end path scan → breach assess
--inventory → notices, where leaked and not-leaked items agree in every output."""
from __future__ import annotations

import csv
import email
import json
import re
from email import policy
from pathlib import Path

import pytest

from tokumei.cli import main
from tokumei.synth.shop import note_is_sensitive, shop_rows

from .conftest import SHOP_MEMBERS, column

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def shop_target(request) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("shop_sqlite"))
    return request.getfixturevalue("shop_postgres")


@pytest.fixture
def shop_inventory(shop_target, tmp_path, capsys) -> tuple[dict, Path]:
    out = tmp_path / "inventory.json"
    assert main(["scan", shop_target, "-o", str(out), "--no-progress"]) == 0
    capsys.readouterr()
    return json.loads(out.read_text("utf-8")), out


# (table, column, first found category or None, a label that must NOT be found)
EXPECTED = [
    ("dtb_customer", "name01", "PERSON", None), ("dtb_customer", "kana02", "PERSON", None),
    ("dtb_customer", "tel01", "PHONE", None), ("dtb_customer", "tel02", "PHONE", None),
    ("dtb_customer", "tel03", "PHONE", None), ("dtb_customer", "zip01", "POSTAL_CODE", None),
    ("dtb_customer", "zip02", "POSTAL_CODE", None), ("dtb_customer", "pref", "ADDRESS", None),
    ("dtb_customer", "addr01", "ADDRESS", None), ("dtb_customer", "addr02", "ADDRESS", None),
    ("dtb_customer", "email", "EMAIL", None), ("dtb_customer", "birth", "DATE_OF_BIRTH", None),
    ("dtb_customer", "sex", "GENDER", None), ("dtb_customer", "password", "PASSWORD_HASH", None),
    ("dtb_customer", "salt", None, "PASSWORD_HASH"), ("dtb_customer", "secret_key", None, "PERSON"),
    ("dtb_customer", "birth_point", None, "DATE_OF_BIRTH"), ("dtb_customer", "point", None, "AGE"),
    ("dtb_order", "order_tel01", "PHONE", None), ("dtb_order", "order_tel03", "PHONE", None),
    ("dtb_order", "order_addr02", "ADDRESS", None), ("dtb_order", "pre_order_id", None, "PASSWORD_HASH"),
    ("dtb_shipping", "tel02", "PHONE", None), ("dtb_shipping", "zip02", "POSTAL_CODE", None),
    ("dtb_product", "name", None, "PERSON"), ("dtb_product", "product_code", None, "CORPORATE_NUMBER"),
    ("plg_tracking", "tracking_no", None, "MY_NUMBER"), ("plg_tracking", "secret_key", None, "PERSON"),
    ("plg_tracking", "api_token", None, "PASSWORD_HASH"),
]


@pytest.mark.parametrize("tbl, col, first, never", EXPECTED, ids=[f"{t}.{c}" for t, c, _, _ in EXPECTED])
def test_shop_columns(shop_inventory, tbl, col, first, never):
    c = column(shop_inventory[0], tbl, col)
    assert (c["found"][0] if c["found"] else None) == first, c["found"]
    if never:
        assert never not in c["found"]


def test_shop_sensitive_notes_and_evidence(shop_inventory):
    inv = shop_inventory[0]
    note = column(inv, "dtb_customer", "note")
    oracle = sum(note_is_sensitive(r["note"]) for r in shop_rows(SHOP_MEMBERS)["dtb_customer"]) / SHOP_MEMBERS
    assert note["sensitive"] is True and note["sensitive_share"] == pytest.approx(oracle, abs=0.03)
    assert 0.25 < oracle < 0.35
    assert {"SENSITIVE_HEALTH", "SENSITIVE_DISABILITY", "SENSITIVE_BELIEF"} <= set(note["sensitive_kinds"])
    tracking = column(inv, "plg_tracking", "tracking_no")
    assert [r["label"] for r in tracking["review"]] == ["MY_NUMBER"] and 0.03 < tracking["review"][0]["share"] < 0.2
    assert column(inv, "dtb_customer", "password")["protection"]["weak"] is False
    assert "MY_NUMBER" not in inv["categories_present"] and "CREDIT_CARD" not in inv["categories_present"]
    assert inv["sensitive_present"] is True


def test_report_summary_json(shop_inventory):
    s = shop_inventory[0]["summary"]
    assert [t["table"] for t in s["tables"]] == ["dtb_customer", "dtb_order", "dtb_shipping"]
    assert s["tables"][0]["rows"] == SHOP_MEMBERS
    assert s["sensitive"][0]["column"] == "note" and "病歴" in s["sensitive"][0]["kinds"]
    assert s["protection"] == [{"table": "dtb_customer", "column": "password", "category": "パスワードハッシュ",
                                "state": "塩付きハッシュ（sha256、塩の列 salt）", "weak": False},
                               {"table": "dtb_customer", "column": "reminder_answer", "category": "パスワード",
                                "state": "平文", "weak": True}]
    levels = [r["level"] for r in s["risks"]]
    assert levels == sorted(levels, key="低中高".index, reverse=True) and levels[0] == "高"
    assert [r["rank"] for r in s["risks"]] == list(range(1, len(levels) + 1))
    actions = {(h["column"], h["action"]) for h in s["hold_less"]}
    assert {("birth", "収集をやめる候補"), ("reminder_answer", "削除候補"), ("note", "削除候補")} <= actions
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（日本時間）", s["created_at_jst"])


def _values(kind: str) -> list[str]:
    rows = shop_rows(SHOP_MEMBERS)["dtb_customer"]
    return [r[kind] for r in rows[:30] if r[kind]]


def test_report_html_and_csv(shop_target, tmp_path, capsys):
    html_out, csv_out = tmp_path / "棚卸し.html", tmp_path / "棚卸し.csv"
    assert main(["scan", shop_target, "-o", str(html_out), "--no-progress"]) == 0
    assert main(["scan", shop_target, "-o", str(csv_out), "--no-progress"]) == 0
    page = html_out.read_text("utf-8")
    assert "<script" not in page and "<nav>" in page and "目次" in page
    # summary first, details after
    order = [page.index(x) for x in ("id='summary'", "id='s-sensitive'", "id='s-protection'", "id='s-risks'",
                                     "id='s-hold-less'", "id='details'")]
    assert order == sorted(order)
    assert "塩付きハッシュ" in page and "弱いハッシュ" not in page
    assert "分割列 tel01・tel02・tel03 をつないだ値の100%が電話番号の形" in page
    assert "jp.phone.v1" not in page  # evidence in words, not detector ids
    assert "（日本時間）" in page
    for v in _values("note") + _values("email") + _values("name01"):
        if len(v) > 1:
            assert v not in page, "a value leaked into the report"
    data = csv_out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    kinds = [r[0] for r in rows[1:]]
    assert kinds[0] == "作成" and kinds.index("テーブル") < kinds.index("列")
    assert any(k.startswith("リスク1（高）") for k in kinds) and "削除候補" in kinds
    # the same report in cp932 for older Excel: every phrase of ours is encodable (～ not 〜)
    assert main(["scan", shop_target, "-o", str(csv_out), "--csv-encoding", "cp932", "--no-progress"]) == 0
    assert "都道府県コード（1～47）" in csv_out.read_bytes().decode("cp932")


# ---- end to end: scan → breach assess --inventory → notices -------------------------------

INCIDENT = """discovered_at = "2026-12-01T10:00:00+09:00"
people = {people}
cause = "unauthorized_access"
cause_detail = "会員ページの検索機能への SQL インジェクションにより、会員テーブルが読み出されました"
not_items = ["マイナンバー", "カード"]
systems = ["dtb_customer"]
notice_url = "https://shop.example.jp/n"
[business]
name = "架空茶舗オンライン"
contact = "架空茶舗オンライン お客様窓口"
phone = "0120-000-000"
"""
PEOPLE = ("氏名,郵便番号,住所,メール,電話番号\n架空 一郎,100-0001,東京都千代田区千代田9-9-9,ichiro@example.jp,090-0000-0001\n"
          "見本 二葉,150-0001,東京都渋谷区神宮前9-9-9,,080-0000-0002\n")
_SENTENCE = re.compile(r"([^。\n]*?)が漏えいした可能性があります。(?:([^。\n]*?)は含まれていません|これ以外の情報は含まれていません)")


def _lists(text: str) -> set[tuple[str, str]]:
    return {(m.group(1).removeprefix("A. "), m.group(2) or "") for m in _SENTENCE.finditer(text)}


def test_end_to_end_sql_injection(shop_inventory, tmp_path, capsys):
    inv_path = shop_inventory[1]
    toml = tmp_path / "incident.toml"
    toml.write_text(INCIDENT.format(people=SHOP_MEMBERS), "utf-8")
    assert main(["breach", "assess", str(toml), "--inventory", str(inv_path), "--json"]) == 0
    a = json.loads(capsys.readouterr().out)
    assert a["report_required"] is True
    assert "施行規則第7条第1号" in a["criteria"]          # sensitive notes were in the member table
    assert "施行規則第7条第2号" not in a["criteria"]      # no card data: the owner said so and the scan agrees
    assert [law["law_id"] for law in a["laws"]] == ["appi"]  # no 番号法 report
    leaked, not_leaked = a["leaked_items"], a["not_leaked_items"]
    assert {"氏名", "住所", "電話番号", "メールアドレス", "病歴"} <= set(leaked)
    assert {"マイナンバー", "クレジットカード情報"} <= set(not_leaked) and not set(leaked) & set(not_leaked)
    cols = a["inventory"]["items_from_columns"]
    assert "dtb_customer.tel01" in cols["電話番号"] and cols["病歴"] == ["dtb_customer.note"]
    assert not any("plg_tracking" in c or "dtb_product" in c for v in cols.values() for c in v)

    people = tmp_path / "affected.csv"
    people.write_text(PEOPLE, "utf-8")
    out = tmp_path / "out"
    assert main(["breach", "notices", str(toml), "--inventory", str(inv_path), "--people", str(people),
                 "--out", str(out), "--date", "2026-12-03", "--no-pdf"]) == 0
    capsys.readouterr()
    from docx import Document

    letter = "\n".join(p.text for p in Document(str(out / "letters" / "0001.docx")).paragraphs)
    mail = email.message_from_bytes((out / "mail" / "0001.eml").read_bytes(), policy=policy.default).get_content()
    texts = {"letter": letter, "mail": mail, "public": (out / "public.txt").read_text("utf-8"),
             "faq": (out / "faq.md").read_text("utf-8")}
    assert not any("・" in x for x in leaked + not_leaked)  # item names never hold the joiner
    want = ("・".join(leaked), "・".join(not_leaked))
    for name, text in texts.items():
        assert _lists(text) == {want}, name                 # the same two lists in every output
    draft = (out / "report-draft.txt").read_text("utf-8")
    assert f"{'・'.join(leaked)}（含まれていない項目: {'・'.join(not_leaked)}）" in draft
    for name, text in {**texts, "draft": draft}.items():
        for m in re.finditer(r"([^。\n]*)が漏えいした", text):
            assert "マイナンバー" not in m.group(1) and "クレジットカード" not in m.group(1), name
