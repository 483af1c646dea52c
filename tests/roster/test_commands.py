"""`tokumei roster …` end to end on SQLite: create, import (risky columns named, values never
printed), paper answer, publish, numbered copy, trace, withdraw (earlier editions shown),
export-requests; errors as codes with exit status."""
from __future__ import annotations

import csv
import io
import re

from roster_support import people, xlsx_bytes

from tokumei.cli import main
from tokumei.review.db import make_engine, migrate, session_factory
from tokumei.review.commands import create_adviser
from tokumei.review.settings import Settings


def test_cli_flow(tmp_path, capsys):
    data = str(tmp_path / "data")
    eng = make_engine(Settings(data_dir=data))
    migrate(eng)
    create_adviser(session_factory(eng), "sato@example.jp", "佐藤", "password-123")
    eng.dispose()
    rows = people(6)
    f = tmp_path / "名簿.xlsx"
    f.write_bytes(xlsx_bytes(rows))
    o = ["--data-dir", data]

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["roster", args[0], *o, *args[1:]])
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, _ = run("create", "--organiser", "sato@example.jp", "--name", "同窓会名簿", "--purpose", "会報の送付",
                       "--fields", "氏名,ふりがな,住所,電話", "--retention", "令和9年3月31日")
    assert code == 0 and "保存期限 2027-03-31" in out
    code, out, _ = run("import", "1", str(f))
    assert code == 0 and "6 名を取り込みました" in out
    assert "✗ 列「保護者の勤務先」" in out and "✗ 列「既往歴」" in out and "要配慮個人情報（病歴）" in out
    for r in rows:
        assert r["保護者の勤務先"] not in out and r["生年月日"] not in out and r["住所"] not in out
    code, out, _ = run("links", "1", "-o", str(tmp_path / "links.csv"), "--base-url", "https://pta.example.jp")
    assert code == 0
    links = list(csv.reader(io.StringIO((tmp_path / "links.csv").read_bytes().decode("utf-8-sig"))))
    assert len(links) == 7 and all(re.fullmatch(r"https://pta\.example\.jp/m/[\w-]{40,}", x[3]) for x in links[1:])
    code, out, _ = run("members", "1", "--name", rows[0]["氏名"].split()[0])
    assert code == 0 and f"1\t{rows[0]['氏名']}" in out and rows[5]["氏名"] not in out.replace(rows[0]["氏名"], "")
    assert run("answer", "1", "1", "--choice", "氏名=会員全員", "--choice", "電話=役員のみ")[0] == 0
    code, out, _ = run("correct", "1", "1", "--set", "電話=090-1234-0000", "--set", "住所=")
    assert code == 0 and "訂正しました: 住所・電話" in out and "090-1234-0000" not in out
    assert run("publish", "1", "--audience", "会員全員")[0] == 0
    code, out, _ = run("copy", "1", "1", "--to", "会員 青木", "-o", str(tmp_path / "c.pdf"))
    assert code == 0 and "No.001" in out
    code, out, _ = run("trace", str(tmp_path / "c.pdf"))
    assert code == 0 and "受け取った方 会員 青木" in out
    code, out, _ = run("withdraw", "1", "1")
    assert code == 0 and "第1版" in out and "会員 青木（No.001）" in out
    code, out, _ = run("export-requests", "1", "1", "-o", str(tmp_path / "開示"))
    assert code == 0 and (tmp_path / "開示" / "開示_会員1.pdf").exists()
    code, out, _ = run("status", "1")
    assert "回答 1 名、未回答 5 名" in out
    code, _out, err = run("publish", "1", "--audience", "全校")
    assert code == 3 and "E878" in err
    code, _out, err = run("history", "9", "1")
    assert code == 3 and "E871" in err
    # the roster commands sign the shared audit chain with the server's key (data_dir/audit_key):
    # the whole log verifies as keyed (before the fix the first write failed: no key in the CLI)
    code = main(["audit", "verify", "--data-dir", data])
    out = capsys.readouterr().out
    assert code == 0 and "鍵つき" in out
