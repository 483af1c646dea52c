"""bench/data/handwritten/check_batch.py: an annotator's batch is checked without showing the other documents."""
from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "handwritten"
sys.path.insert(0, str(DATA))
import check_batch  # noqa: E402

KNOWN = "沼田の商店街では毎年八月に夏祭りを開いています。"


def _sets(tmp_path: Path) -> Path:
    for s in ("names", "anonymize"):
        (tmp_path / s).mkdir()
        for sp in ("dev", "test"):
            doc = {"id": f"{s}-{sp}-1", "style": "case", "text": KNOWN if (s, sp) == ("names", "test") else "短い。",
                   "entities": [], "risks": []}
            (tmp_path / s / f"{sp}.jsonl").write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_clean_batch(tmp_path):
    batch = tmp_path / "b.txt"
    batch.write_text("=== n-dev-1603 case ===\n代表の⟦P#1|升田 幸一⟧さんは⟦L.city|柏崎⟧で店を継いだ。\n", encoding="utf-8")
    errors, notes, n = check_batch.check("names", batch, "n-dev-1603", "n-dev-1627", _sets(tmp_path))
    assert (errors, notes, n) == ([], [], 1)


def test_out_of_range_id_repeated_sentence_and_lint(tmp_path):
    batch = tmp_path / "b.txt"
    batch.write_text("=== n-dev-1700 case ===\n" + KNOWN + "\n⟦P#1|升田⟧さんと升田さん。\n", encoding="utf-8")
    errors, notes, n = check_batch.check("names", batch, "n-dev-1603", "n-dev-1627", _sets(tmp_path))
    assert n == 1
    assert any("n-dev-1700" in e and "range" in e for e in errors)
    assert any("already in the sets" in e for e in errors)
    assert all("names-test-1" not in e for e in errors)  # the other document is never named or printed
    assert len(notes) == 1 and "'升田'" in notes[0]


def test_markup_error_names_the_line(tmp_path):
    batch = tmp_path / "b.txt"
    batch.write_text("=== n-dev-1603 case ===\n代表の⟦P#1|升田 幸一さん。\n", encoding="utf-8")
    errors, _, n = check_batch.check("names", batch, "n-dev-1603", "n-dev-1627", _sets(tmp_path))
    assert n == 0 and errors[0].startswith("markup:") and ":2" in errors[0]
