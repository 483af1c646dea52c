"""Recall per label and hard-negative false positives on generated business texts.

Usage: ``.venv/bin/python bench/identifier_recall.py [--docs 2000] [--seed 7] [--names]``

A gold span counts as found (strict) when a detected span of the same label covers it
completely, and (overlap) when one of the same label overlaps it. Hard negatives (amounts,
percentages, times, years, order/invoice/article numbers, 12-digit numbers failing the check)
count as false positives when any detected span overlaps them. DATE_OF_BIRTH found as DATE is a
miss. Without ``--names`` only the identifier pipeline runs (issue #2's measure).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.detect import Analyzer, default_analyzer  # noqa: E402
from tokumei.synth.documents import generate_documents  # noqa: E402

NAME_LABELS = {"PERSON", "ORGANIZATION"}


def evaluate(docs, analyzer):
    total, strict, overlap = Counter(), Counter(), Counter()
    neg_total, neg_fp = Counter(), Counter()
    misses = defaultdict(list)
    fps = []
    for d in docs:
        spans = analyzer.analyze(d.text)
        by_label = defaultdict(list)
        for s in spans:
            by_label[s.label].append(s)
        for g in d.gold:
            total[g.label] += 1
            cands = by_label.get(g.label, [])
            if any(s.start <= g.start and s.end >= g.end for s in cands):
                strict[g.label] += 1
            else:
                got = [(s.label, s.text) for s in spans if s.start < g.end and g.start < s.end]
                misses[g.label].append((g.text, got))
            if any(s.start < g.end and g.start < s.end for s in cands):
                overlap[g.label] += 1
        for n in d.negatives:
            neg_total[n.reason] += 1
            hit = [s for s in spans if s.start < n.end and n.start < s.end]
            if hit:
                neg_fp[n.reason] += 1
                fps.append((n.reason, n.text, [(s.label, s.text) for s in hit]))
    return total, strict, overlap, neg_total, neg_fp, misses, fps


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--names", action="store_true", help="include PERSON/ORGANIZATION (default pipeline)")
    ap.add_argument("--show", type=int, default=5, help="misses to show per label")
    args = ap.parse_args()
    docs = generate_documents(args.docs, seed=args.seed)
    analyzer = default_analyzer() if args.names else Analyzer(finders=[])
    t0 = time.perf_counter()
    total, strict, overlap, neg_total, neg_fp, misses, fps = evaluate(docs, analyzer)
    dt = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"documents: {len(docs)}  characters: {chars:,}  time: {dt:.2f}s  ({chars / dt:,.0f} chars/s)")
    print(f"{'label':<30}{'gold':>7}{'strict':>9}{'recall':>9}{'overlap':>9}")
    all_t = all_s = 0
    for label in sorted(total):
        if not args.names and label in NAME_LABELS:
            continue
        t, s, o = total[label], strict[label], overlap[label]
        all_t += t
        all_s += s
        print(f"{label:<30}{t:>7}{s:>9}{s / t:>9.2%}{o / t:>9.2%}")
    print(f"{'ALL (identifiers)' if not args.names else 'ALL':<30}{all_t:>7}{all_s:>9}{all_s / all_t:>9.2%}")
    nt, nf = sum(neg_total.values()), sum(neg_fp.values())
    print(f"hard negatives: {nt}  reported: {nf}  " + ", ".join(f"{k} {neg_fp[k]}/{v}" for k, v in sorted(neg_total.items())))
    for label, ms in sorted(misses.items()):
        if not args.names and label in NAME_LABELS:
            continue
        for text, got in ms[: args.show]:
            print(f"  MISS {label}: {text!r} -> {got}")
    for reason, text, got in fps[: args.show * 3]:
        print(f"  FP {reason}: {text!r} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
