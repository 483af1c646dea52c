"""`tokumei scan` end to end: no raw value in the inventory (or on stderr) unless
--show-examples, and then only masked; HTML and Excel CSV outputs; exit codes."""
from __future__ import annotations

import json

import pytest

from tokumei.cli import main

from .conftest import CUSTOMERS

PERSONAL = [v for r in CUSTOMERS for v in r[1:5]] + ["090-9876-5432", "9876"]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["scan", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_no_raw_values_without_show_examples(tmp_path, capsys, customers_csv, customers_sqlite):
    out = tmp_path / "inv.json"
    code, _, err = _run(capsys, str(customers_csv), str(customers_sqlite), "--full", "--workers", "1", "-o", str(out))
    assert code == 0
    text = out.read_text(encoding="utf-8")
    inv = json.loads(text)
    assert inv["schema"] == "tokumei.inventory/1"
    assert {"PERSON", "PHONE", "EMAIL", "CREDIT_CARD"} <= set(inv["categories_present"])
    for value in PERSONAL + ["山田", "yamada", "4111"]:
        assert value not in text and value not in err
    assert "examples" not in text


def test_show_examples_are_masked(tmp_path, capsys, customers_csv):
    code, text, _ = _run(capsys, str(customers_csv), "--workers", "1", "--show-examples")
    assert code == 0
    for value in PERSONAL:
        assert value not in text
    inv = json.loads(text)
    cols = {c["name"]: c for c in inv["sources"][0]["tables"][0]["columns"]}
    assert "山田 **" in cols["氏名"]["examples"]
    assert "090-****-5678" in cols["電話番号"]["examples"]
    assert "y***@example.jp" in cols["メール"]["examples"]
    assert all(x.endswith("1111") or "*" in x for x in cols["カード番号"]["examples"])


def test_json_roundtrip_and_html_examples(tmp_path, capsys, customers_csv):
    from tokumei.errors import TokumeiError
    from tokumei.scan.inventory import read_json, render_html

    out = tmp_path / "inv.json"
    assert _run(capsys, str(customers_csv), "--workers", "1", "--show-examples", "-o", str(out))[0] == 0
    inv = read_json(out)
    page = render_html(inv)
    assert "090-****-5678" in page and "090-1234-5678" not in page
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(TokumeiError):
        read_json(tmp_path / "x.json")


def test_html_and_excel_csv(tmp_path, capsys, customers_sqlite):
    html_out, csv_out = tmp_path / "棚卸し.html", tmp_path / "棚卸し.csv"
    assert _run(capsys, str(customers_sqlite), "--workers", "1", "-o", str(html_out))[0] == 0
    page = html_out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "クレジットカード番号" in page and "<script" not in page
    for value in PERSONAL:
        assert value not in page
    assert _run(capsys, str(customers_sqlite), "--workers", "1", "-o", str(csv_out))[0] == 0
    data = csv_out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    body = data.decode("utf-8-sig")
    assert "カード番号" in body and "CREDIT_CARD" in body and "plaintext" in body
    assert _run(capsys, str(customers_sqlite), "--workers", "1", "--format", "csv", "--csv-encoding", "cp932",
                "-o", str(csv_out))[0] == 0
    assert "クレジットカード番号" in csv_out.read_bytes().decode("cp932")


@pytest.mark.parametrize("argv, code, text", [
    (["/nonexistent/x.csv"], 3, "E600"),
    (["{tmp}", "--scheduler", "tcp://127.0.0.1:1"], 2, "E200"),
    (["{tmp}", "--format", "csv"], 2, "E200"),
    (["{tmp}", "--sample", "0"], 2, "E200"),
    # nothing listens on port 1: the server is not reached (E614 says so, not a bare E606)
    (["postgresql+psycopg://nobody:secret@127.0.0.1:1/db"], 3, "E614"),
])
def test_errors(tmp_path, capsys, argv, code, text):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    got, _, err = _run(capsys, *argv)
    assert got == code and text in err
    assert "secret" not in err


def test_unreadable_target_reported_others_scanned(tmp_path, capsys, customers_csv):
    bad = tmp_path / "壊れた.csv"
    bad.write_bytes(b"\x00\x01binary")
    code, out, err = _run(capsys, str(bad), str(customers_csv), "--workers", "1")
    assert code == 3 and "E102" in err
    inv = json.loads(out)
    failed, ok = inv["sources"]
    assert failed["failed"] is True and failed["issues"][0]["code"] == "E102"
    assert "PHONE" in inv["categories_present"] and "failed" not in ok
    from tokumei.scan.inventory import render_html

    assert "E102" in render_html(inv)


def test_warnings_on_stderr_name_line_not_value(tmp_path, capsys):
    p = tmp_path / "bad.csv"
    p.write_text("氏名,電話番号\n山田 太郎,090-1234-5678,余分\n佐藤 花子,03-3581-1234\n", encoding="utf-8")
    code, out, err = _run(capsys, str(p), "--full", "--workers", "1")
    assert code == 0
    assert "E601" in err and "2 行目" in err and "bad.csv" in err
    assert "山田" not in err and "090-1234-5678" not in err and "山田" not in out


def test_synth_customers_cli(tmp_path, capsys):
    out = tmp_path / "c.csv"
    assert main(["synth-customers", "50", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["synth-customers", "5", "-o", str(tmp_path / "c.xlsx")]) == 2
