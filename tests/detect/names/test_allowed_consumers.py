"""Public bodies the allow-list keeps are detected (``data["allowed"]``) and every consumer keeps them.

Before 2026-12-04 the allow-list dropped them inside detection; now detection reports them and the
consumers (anonymize, --strict, scan, the detect command, the Presidio adapter) skip them. Each row
fails if a consumer forgets the mark: 厚生労働省 would be replaced, counted or listed.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize
from tokumei.cli import main

TEXTS = [
    "厚生労働省と新宿年金事務所に株式会社ミライ商事の件を相談した。",
    "国連の会議に出席した後、株式会社ミライ商事に戻った。",
]


@pytest.mark.parametrize("text", TEXTS)
def test_detection_marks_public_bodies(text):
    allowed = [s for s in analyze(text) if (s.data or {}).get("allowed")]
    assert allowed and all(s.label == "ORGANIZATION" and s.entity_id is None for s in allowed)
    assert "株式会社ミライ商事" not in {s.text for s in allowed}


@pytest.mark.parametrize("text, kept, out", [
    (TEXTS[0], "厚生労働省", "厚生労働省と地元の年金事務所にA社の件を相談した。"),  # the place in a body generalised
    (TEXTS[1], "国連", "国連の会議に出席した後、A社に戻った。"),
])
def test_anonymize_keeps_them_and_replaces_the_company(text, kept, out):
    assert kept in {s.text for s in analyze(text) if (s.data or {}).get("allowed")}
    assert anonymize(text).text == out


def test_strict_does_not_fail_on_a_public_body(tmp_path):
    doc = tmp_path / "case.md"
    doc.write_text("# 事例\n厚生労働省の助成金を山田太郎社長と申請した。\n", encoding="utf-8")
    assert main(["anonymize", str(doc), "--strict"]) == 0


def test_scan_cell_does_not_count_a_public_body():
    from tokumei.scan.classify import cell_facts

    full, contains = cell_facts("厚生労働省", "届出先")[:2]
    assert "ORGANIZATION" not in full | contains
    full, contains = cell_facts("株式会社ミライ商事", "勤務先")[:2]
    assert "ORGANIZATION" in full | contains


def test_detect_command_leaves_them_out(tmp_path):
    doc = tmp_path / "memo.txt"
    doc.write_text("厚生労働省に株式会社ミライ商事の件を届けた", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tokumei", "detect", str(doc), "--json"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    texts = [e["text"] for e in json.loads(r.stdout)["entities"]]
    assert "株式会社ミライ商事" in texts and "厚生労働省" not in texts


def test_presidio_adapter_leaves_them_out():
    pytest.importorskip("presidio_analyzer")
    from tokumei.integrations.presidio import analyzer_engine

    text = "厚生労働省に株式会社ミライ商事の件を届けた"
    found = {text[r.start:r.end] for r in analyzer_engine().analyze(text, language="ja")}
    assert "株式会社ミライ商事" in found and "厚生労働省" not in found
