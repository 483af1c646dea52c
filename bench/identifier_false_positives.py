"""False positives of the identifier recognizers on real Japanese text without identifiers.

Usage: ``.venv/bin/python bench/identifier_false_positives.py [--show 20]``

Runs the identifier pipeline (registry recognizers without dates/addresses, no names tier) on
the sentences of UD Japanese GSD dev+test (Wikipedia prose: numbers, years, amounts, codes,
but no phone numbers, card numbers or other personal identifiers). Every identifier span it
reports is printed for review; the summary counts spans per label and per 100k characters.
Corpus: ``$TOKUMEI_GSD_DIR`` or ``<repo>/../shared/data/ud-japanese-gsd-ne``.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_gsd import load  # noqa: E402  (same corpus location rules)
from tokumei.detect import Analyzer  # noqa: E402
from tokumei.detect.registry import all_recognizers  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    texts = [d["text"] for split in ("dev", "test") for d in load(split)]
    recs = [r for r in all_recognizers() if r.name.split(".")[1] not in ("date", "address")]
    an = Analyzer(recognizers=recs, finders=[])
    found = [(t, s) for t in texts for s in an.analyze(t)]
    chars = sum(map(len, texts))
    digits = sum(c.isdigit() for t in texts for c in t)
    print(f"sentences: {len(texts):,}  characters: {chars:,}  digits: {digits:,}  recognizers: {len(recs)}")
    print(f"identifier spans: {len(found)}  ({len(found) / chars * 100_000:.2f} per 100k characters)")
    for label, n in Counter(s.label for _, s in found).most_common():
        print(f"  {label:<30}{n:>5}")
    for t, s in found[: args.show]:
        print(f"  {s.label}: {s.text!r} in …{t[max(0, s.start - 15):s.end + 10]}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
