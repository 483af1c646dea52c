"""The Japanese names of replacement labels, the engine's own RISK and AMOUNT included, are one
table (:func:`tokumei.anonymize.engine.label_ja`) read by the summary line, the reports and the CLI."""
from __future__ import annotations

import io

from tokumei.anonymize.commands import _print_summary
from tokumei.anonymize.engine import anonymize, label_ja
from tokumei.anonymize.policy import parse_policy
from tokumei.anonymize.report import to_html, to_json

_POLICY = parse_policy('extends = "publication"\n[amounts]\nround = true\n[risk]\napply = ["generation"]\n')


def test_label_ja_names_detector_and_engine_labels():
    assert label_ja("PHONE") == "電話番号"
    assert (label_ja("RISK"), label_ja("AMOUNT")) == ("特徴的な記述", "金額")
    assert label_ja("NOT_A_LABEL") == "NOT_A_LABEL"


def test_summary_reports_and_cli_name_risk_and_amount_replacements():
    r = anonymize("茶わん屋の十四代目です。売上1,234万円。", _POLICY, spans=[])
    assert sorted(r.counts()) == ["AMOUNT", "RISK"]
    assert "特徴的な記述 1件" in r.summary_ja() and "金額 1件" in r.summary_ja()
    assert sorted(x["label_ja"] for x in to_json([("本文", r)])["replacements"]) == ["特徴的な記述", "金額"]
    page = to_html([("本文", r)])
    assert "<td>特徴的な記述</td>" in page and "<td>金額</td>" in page
    out = io.StringIO()
    _print_summary([("本文", r)], out)
    assert "特徴的な記述 1件" in out.getvalue() and "金額 1件" in out.getvalue()
