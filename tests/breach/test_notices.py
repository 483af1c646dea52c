"""`tokumei breach notices` end to end on the example: every channel, both item lists, nothing
personal outside the per-person files, nothing written outside the output folder."""
from __future__ import annotations

import csv
import email
import json
from email import policy
from pathlib import Path

import pytest

from tokumei.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "breach" / "members-club.toml"
AFFECTED = ROOT / "examples" / "breach" / "affected.csv"
LEAKED = "氏名・住所・電話番号・生年月日が漏えいした可能性があります。"
NOT_LEAKED = "身分証明書情報・クレジットカード情報・メールアドレス・パスワードは含まれていません。"


def _names() -> list[str]:
    with AFFECTED.open(encoding="utf-8") as f:
        return [r["氏名"] for r in csv.DictReader(f)]


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("notices") / "out"
    assert main(["breach", "notices", str(EXAMPLE), "--people", str(AFFECTED), "--out", str(d),
                 "--date", "2026-11-26", "--no-pdf"]) == 0
    return d


def test_files_per_person(out):
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert files == ["faq.md", "index.csv", "letters/0001.docx", "letters/0002.docx", "letters/0003.docx",
                     "mail/0001.eml", "mail/0003.eml", "mail/0004.eml", "public.txt", "report-draft.txt", "sms.csv"]


@pytest.mark.parametrize("no,name,addr", [("0001", "架空 太郎", "taro@example.jp"), ("0003", "例示 次郎", "jiro@example.com"),
                                          ("0004", "仮名 さくら", "sakura@example.net")])
def test_mail_is_merged_per_person(out, no, name, addr):
    msg = email.message_from_bytes((out / "mail" / f"{no}.eml").read_bytes(), policy=policy.default)
    assert addr in msg["To"] and msg["Subject"].startswith("【さくら会員倶楽部】")
    body = msg.get_content()
    assert body.startswith(f"{name} 様") and LEAKED in body and NOT_LEAKED in body
    others = [n for n in _names() if n != name]
    assert not any(n in body for n in others)


def test_sms_rows(out):
    with (out / "sms.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["番号"], r["電話番号"]) for r in rows] == [("0001", "09000000001"), ("0002", "08000000002")]
    assert all(len(r["本文"]) <= 70 and "https://sakura-club.example.jp/n" in r["本文"] for r in rows)


@pytest.mark.parametrize("name", ["public.txt", "faq.md", "report-draft.txt"])
def test_shared_texts_name_no_individual(out, name):
    text = (out / name).read_text("utf-8")
    assert not any(n in text for n in _names())
    assert "taro@example.jp" not in text and "090-0000" not in text


@pytest.mark.parametrize("name", ["public.txt", "faq.md"])
def test_shared_texts_state_both_lists(out, name):
    text = (out / name).read_text("utf-8")
    assert "氏名・住所・電話番号・生年月日" in text and "身分証明書情報・クレジットカード情報・メールアドレス・パスワード" in text


def test_docx_letter_text(out):
    from docx import Document

    paras = [p.text for p in Document(str(out / "letters" / "0002.docx")).paragraphs]
    assert paras[0] == "令和8年11月26日" and "見本 花子 様" in paras[1] and "〒150-0001" in paras[1]
    assert LEAKED + NOT_LEAKED in paras


def test_nothing_personal_on_stdout_and_nothing_outside_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "o"
    assert main(["breach", "notices", str(EXAMPLE), "--people", str(AFFECTED), "--out", str(out),
                 "--date", "2026-11-26", "--no-pdf"]) == 0
    cap = capsys.readouterr()
    assert not any(n in cap.out + cap.err for n in _names())
    assert "対象 4 人" in cap.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o"]


def test_missing_not_leaked_list_is_refused(tmp_path, capsys):
    toml = tmp_path / "i.toml"
    toml.write_text(EXAMPLE.read_text("utf-8").replace("not_items = ", "# not_items = "), "utf-8")
    rc = main(["breach", "notices", str(toml), "--people", str(AFFECTED), "--out", str(tmp_path / "o")])
    assert rc == 2 and "E861" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


# CLI errors: (case, incident text transform, exit code, code, field)
CLI_BAD = [
    ("unknown cause", lambda t: t.replace('"unauthorized_access"', '"hackers"'), 3, "E853", "cause"),
    ("missing discovered_at", lambda t: t.replace("discovered_at =", "# discovered_at ="), 3, "E852", "discovered_at"),
    ("broken TOML", lambda t: t + "\n[[[\n", 3, "E851", "i.toml"),
]


@pytest.mark.parametrize("case,edit,rc,code,field", CLI_BAD, ids=[c[0] for c in CLI_BAD])
def test_assess_cli_errors(tmp_path, capsys, case, edit, rc, code, field):
    toml = tmp_path / "i.toml"
    toml.write_text(edit(EXAMPLE.read_text("utf-8")), "utf-8")
    assert main(["breach", "assess", str(toml)]) == rc
    err = capsys.readouterr().err
    assert code in err and field in err


def test_members_club_assessment_json(capsys):
    """The members' club whose server was accessed without authorization (examples/breach)."""
    assert main(["breach", "assess", str(EXAMPLE), "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["report_required"] is True and d["notify_individuals"] is True
    assert d["criteria"] == ["施行規則第7条第3号", "施行規則第7条第4号"]
    assert (d["preliminary_due"], d["final_due"]) == ("2026-11-26", "2027-01-22")
    assert [x["item"][:1] for x in d["draft"]] == list("123456789")
    assert d["leaked_items"] == ["氏名", "住所", "電話番号", "生年月日"]


def test_members_club_assessment_text(capsys):
    assert main(["breach", "assess", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    for needle in ("報告義務: あり", "施行規則第7条第3号", "施行規則第7条第4号", "確報（期限）: 2027年1月22日（金）（60日以内）",
                   "ガイドライン（通則編）3-5-3-4", "9 その他参考となる事項"):
        assert needle in text
