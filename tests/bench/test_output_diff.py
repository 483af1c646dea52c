"""bench/output_diff.py: the diff a person reads after a change, and the held-out waves it must never show."""
from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
import output_diff  # noqa: E402


def test_span_diff_names_what_went_and_what_came():
    text = "森永 健吾(41) 起業家。森永に説明を。"
    before = {"d1": [["PERSON", 0, 2, "森永", "人名（姓）"]], "d2": [["LOCATION", 0, 2, "沼田", "x"]]}
    after = {"d1": [["PERSON", 0, 5, "森永 健吾", "人名（姓名）"]], "d2": [["LOCATION", 0, 2, "沼田", "x"]]}
    lines, n = output_diff.diff_lines(before, after, {"d1": text, "d2": "沼田の町"})
    assert n == 1
    assert lines[0].startswith("d1 - PER '森永'") and "【森永】" in lines[0]
    assert lines[1].startswith("d1 + PER '森永 健吾' [人名（姓名）]") and "【森永 健吾】(41)" in lines[1]


def test_a_changed_reason_is_shown():
    before = {"d": [["LOCATION", 5, 6, "燕", "都道府県・国・広域の地名（公開用では残す）"]]}
    after = {"d": [["LOCATION", 5, 6, "燕", "地名（辞書）"]]}
    lines, n = output_diff.diff_lines(before, after, {"d": "支援事例：燕の和菓子店"})
    assert n == 1 and lines == ["d ~ LOC '燕' [都道府県・国・広域の地名（公開用では残す） → 地名（辞書）] …支援事例：【燕】の和菓子店…"]


def test_text_diff_shows_the_replaced_part():
    lines, n = output_diff.diff_lines({"a": "出席：八日町囃子連の笛方"}, {"a": "出席：A囃子連の笛方"}, {})
    assert n == 1 and lines == ["a: …出席：[八日町 → A]囃子連の笛方…"]


def test_skipped_documents_are_never_read():
    every = [k for k, _ in output_diff.documents(None, gsd=False)]
    kept = [k for k, _ in output_diff.documents(r"n-dev-(0[0-9][0-9])|a-dev-.*", gsd=False)]
    assert "n-dev-001" in every and "a-dev-01" in every
    assert "n-dev-001" not in kept and not any(k.startswith("a-dev") for k in kept)
    assert len(kept) < len(every) and not any("test" in k for k in every)


def test_dump_and_diff_round_trip(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(output_diff, "documents", lambda skip, gsd=True: iter([("x1", "代表の桐山と専務の桐山が対立した。")]))
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    output_diff.dump(a, None, anonymized=True)
    assert json.loads(a.read_text(encoding="utf-8"))[0] == "x1"
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    assert output_diff.main(["diff", str(a), str(b)]) == 0
    assert capsys.readouterr().out.strip().endswith("texts differing: 0 of 1")
