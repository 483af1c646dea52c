"""Speed of the default detection (identifiers + names tier) on UD Japanese GSD sentences, CPU time,
against bare SudachiPy tokenization and GiNZA measured in the same run — and, with ``--compare REV``,
against the code of an earlier commit in the same run (issue #11).

Usage::

    PYTHONPATH=src .venv/bin/python bench/names_speed.py [--split dev] [--rounds 9] [--compare REV] [--no-ginza]

Each source tree (this one, and REV's ``src/`` taken with ``git archive``) runs in its own worker
process: the default pipeline (``tokumei.detect.default_analyzer``) is built and warmed up, then every
round times, in CPU seconds of that process (``time.process_time``), one call per sentence over the
split, one call on all sentences joined as one document, and the rules-only pipeline
(``TOKUMEI_NAMES_MODEL=off``'s finder) per sentence. The workers and bare SudachiPy (mode C, in this
process) take turns, the order rotating each round, so that load from other sessions on the shared
machine falls on all of them alike; the figures are the best round (the least disturbed) and the
median of the per-round ratios. GiNZA (``ja_ginza`` NER, as ``bench/names_gsd.py`` loads it) runs once,
in its own process, after the rounds. Peak RSS is each worker's ``ru_maxrss`` after its rounds.

A fifth pass times the hand-written names documents of the same split (``bench/data/handwritten/names/<split>.jsonl``,
the first ``--handwritten-docs``, one call per document): quoted shop names, readings and labelled forms reach code the
GSD sentences never do (stop 40: a per-municipality KEN_ALL query slowed them and no GSD figure moved). Their first pass,
after the GSD warm-up, is timed apart ("first pass"): a one-time load that only such text triggers shows there.

A fourth pass times 2,000 invented short database cells (:mod:`short_cells`, 10–40 characters: the
per-call fixed cost a database scan pays), reported in µs per cell. Every worker has analysed the
document once before the rounds: a long text earlier in the process must not slow the short calls.

``--callgrind``: instead of CPU time, the instructions each pass executes, counted by valgrind's
callgrind (Debian package ``valgrind``) with instrumentation switched on only around the pass
(``callgrind_control -i on/off``), one valgrind process per tree and pass. Unlike CPU time on the
shared machine, the count does not move with load (``PYTHONHASHSEED=0``); it does not see cache misses,
so it bounds the gain rather than measuring the time.

Speed only: quality figures are ``bench/names_gsd.py``'s. Never the test split unless asked.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r'''
import json, os, resource, sys, time
sys.path.insert(0, BENCH)
from names_gsd import load
from tokumei.detect import Analyzer, default_analyzer
from tokumei.detect.names import default_finders
from short_cells import cells
texts = [d["text"] for d in load(SPLIT)]
doc = "\n".join(texts)
short = cells()
hand = [json.loads(line)["text"] for line in open(HANDWRITTEN, encoding="utf-8")][:HANDWRITTEN_DOCS] if HANDWRITTEN else []
an = default_analyzer()
rules = Analyzer(finders=default_finders(False, model=False), post=an.post)
for a in (an, rules):
    for t in texts:
        a.analyze(t)
for t in short:
    an.analyze(t)
an.analyze(doc)
c0 = time.process_time()
for t in hand:
    an.analyze(t)
first_hand = time.process_time() - c0
print("ready", flush=True)
from sudachipy import SplitMode
from tokumei.detect.names.tokens import tokenizer
tok = tokenizer()
try:
    from tokumei.detect.names.digits import clear_caches
except ImportError:  # a tree from before the digit-blind cache
    def clear_caches():
        pass
for line in sys.stdin:
    cmd = line.strip()
    clear_caches()  # the warm-up filled the per-text LRU: each timed pass starts without it
    c0 = time.process_time()
    if cmd == "sudachi":
        for t in texts:
            tok.tokenize(t, SplitMode.C)
    if cmd == "sentences":
        for t in texts:
            an.analyze(t)
    elif cmd == "document":
        an.analyze(doc)
    elif cmd == "rules":
        for t in texts:
            rules.analyze(t)
    elif cmd == "cells":
        for t in short:
            an.analyze(t)
    elif cmd == "handwritten":
        for t in hand:
            an.analyze(t)
    elif cmd == "first":
        print(first_hand, flush=True)
        continue
    elif cmd == "rss":
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
        continue
    print(time.process_time() - c0, flush=True)
'''

GINZA = r'''
import sys, time
sys.path.insert(0, BENCH)
from names_gsd import load
import spacy
texts = [d["text"] for d in load(SPLIT)]
nlp = spacy.load("ja_ginza", exclude=["parser", "compound_splitter", "bunsetu_recognizer"])
nlp(texts[0])
c0 = time.process_time()
for _ in nlp.pipe(texts):
    pass
print(time.process_time() - c0)
'''


#: The timed passes of each worker: sentences, the document, the rules alone, short cells, hand-written documents.
PASSES = ("sentences", "document", "rules", "cells", "handwritten")
#: Hand-written names documents of the split timed per round (the first ones: ~200 characters each).
HANDWRITTEN_DOCS = 300
#: Cells in the short-cell pass (bench/short_cells.py's default).
N_CELLS = 2000


class Worker:
    def __init__(self, name: str, src: Path, split: str, docs: int = HANDWRITTEN_DOCS) -> None:
        self.name = name
        code = _header(split, docs) + WORKER
        env = dict(os.environ, PYTHONPATH=str(src))
        self.proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready", name

    def ask(self, cmd: str) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(cmd + "\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def _header(split: str, docs: int) -> str:
    """The worker's constants: the bench folder, the GSD split and the hand-written documents to time."""
    hand = ROOT / "bench" / "data" / "handwritten" / "names" / f"{split}.jsonl"
    return (f"BENCH = {str(ROOT / 'bench')!r}\nSPLIT = {split!r}\n"
            f"HANDWRITTEN = {str(hand) if hand.exists() and docs else ''!r}\nHANDWRITTEN_DOCS = {docs}\n")


def instructions(src: Path, split: str, what: str, tmp: Path) -> int:
    """Instructions of one ``what`` pass (sentences, document, rules, sudachi) of the worker on ``src``."""
    out = tmp / f"callgrind.{what}.{abs(hash(str(src)))}.out"
    code = _header(split, 0) + WORKER
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    proc = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                             sys.executable, "-c", code], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
    proc.stdin.write(what + "\n")
    proc.stdin.flush()
    proc.stdout.readline()
    subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
    proc.stdin.close()
    proc.wait(timeout=300)
    counts = [int(x) for x in re.findall(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)]
    assert counts, out
    return max(counts)


def callgrind_report(trees: list[tuple[str, Path]], split: str, chars: int, tmp: Path) -> None:
    print(f"UD Japanese GSD {split}: {chars:,} chars; instructions per pass (callgrind), per character")
    sud = instructions(trees[-1][1], split, "sudachi", tmp)
    print(f"{'bare SudachiPy (mode C)':<44} {sud:>15,} ({sud / chars:,.0f}/char)")
    got = {}
    for name, src in trees:
        print(name)
        for what in ("sentences", "document", "rules"):
            n = got[name, what] = instructions(src, split, what, tmp)
            print(f"  {what:<42} {n:>15,} ({n / chars:,.0f}/char) = {n / sud:.2f}× bare SudachiPy")
    if len(trees) == 2:
        a, b = (name for name, _ in trees)
        for what in ("sentences", "document", "rules"):
            print(f"{what:<10} {b} / {a}: {got[b, what] / got[a, what]:.3f}× the instructions")


def sudachi_pass(texts: list[str]) -> float:
    from sudachipy import SplitMode
    from tokumei.detect.names.tokens import tokenizer

    tok = tokenizer()
    c0 = time.process_time()
    for t in texts:
        tok.tokenize(t, SplitMode.C)
    return time.process_time() - c0


def tree_of(rev: str, into: Path) -> Path:
    """``src/`` of commit ``rev`` (``git archive``), extracted under ``into``."""
    raw = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(raw)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "train"])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--compare", metavar="REV", help="also time the code of this commit (e.g. main, a hash)")
    ap.add_argument("--no-ginza", action="store_true")
    ap.add_argument("--handwritten-docs", type=int, default=HANDWRITTEN_DOCS, metavar="N",
                    help="hand-written names documents of the split to time per round (0: none)")
    ap.add_argument("--callgrind", action="store_true", help="count instructions with valgrind instead of CPU time")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from names_gsd import load

    texts = [d["text"] for d in load(args.split)]
    chars = sum(map(len, texts))
    doc_chars = len("\n".join(texts))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        trees = [(f"this tree ({head})", ROOT / "src")]
        if args.compare:
            rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.compare], check=True,
                                 capture_output=True, text=True).stdout.strip()
            trees.insert(0, (f"{args.compare} ({rev})", tree_of(args.compare, Path(tmp))))
        if args.callgrind:
            callgrind_report(trees, args.split, chars, Path(tmp))
            return
        workers = [Worker(name, src, args.split, args.handwritten_docs) for name, src in trees]
        hand_path = ROOT / "bench" / "data" / "handwritten" / "names" / f"{args.split}.jsonl"
        hand = [json.loads(line)["text"] for line in hand_path.open(encoding="utf-8")][:args.handwritten_docs] \
            if hand_path.exists() else []
        hand_chars = sum(map(len, hand))
        first = {w.name: w.ask("first") for w in workers}
        sudachi_pass(texts)
        times: dict[str, list[float]] = {"sudachi": []}
        for w in workers:
            for what in PASSES:
                times[f"{w.name}|{what}"] = []
        for r in range(args.rounds):
            jobs = [("sudachi", None)] + [(w.name, w) for w in workers]
            k = r % len(jobs)
            for name, w in jobs[k:] + jobs[:k]:
                if w is None:
                    times["sudachi"].append(sudachi_pass(texts))
                    continue
                for what in PASSES:
                    times[f"{name}|{what}"].append(w.ask(what))
        rss = {w.name: w.ask("rss") for w in workers}
        for w in workers:
            w.close()
    ginza = None
    if not args.no_ginza:
        code = f"BENCH = {str(ROOT / 'bench')!r}\nSPLIT = {args.split!r}\n" + GINZA
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
        ginza = float(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else None
        if ginza is None:
            print("GiNZA not measured:", out.stderr.strip().splitlines()[-1:] or "?")
    sud = times["sudachi"]
    print(f"UD Japanese GSD {args.split}: {len(texts)} sentences, {chars:,} chars; {args.rounds} rounds, CPU time; "
          f"load average {os.getloadavg()[0]:.1f} at the end")
    print(f"{'bare SudachiPy (mode C)':<44} {chars / min(sud):>9,.0f} chars/s")
    if ginza is not None:
        print(f"{'GiNZA NER (ja_ginza, one pass)':<44} {chars / ginza:>9,.0f} chars/s")
    for name, _ in trees:
        print(f"{name}: peak RSS {rss[name]:,.0f} MB")
        for what, n in (("sentences", chars), ("document", doc_chars), ("rules", chars)):
            xs = times[f"{name}|{what}"]
            label = {"sentences": "default, one call per sentence", "document": "default, one document",
                     "rules": "rules only (no model), per sentence"}[what]
            ratio = statistics.median(s / x for s, x in zip(sud, xs)) if what != "document" else \
                statistics.median(s / x * n / chars for s, x in zip(sud, xs))
            line = (f"  {label:<42} {n / min(xs):>9,.0f} chars/s (median {n / statistics.median(xs):,.0f}); "
                    f"{ratio:.3f}× bare SudachiPy")
            if ginza is not None:
                line += f", {n / min(xs) / (chars / ginza):,.1f}× GiNZA"
            print(line)
        if hand_chars:
            xs = times[f"{name}|handwritten"]
            print(f"  {'default, one call per hand-written document':<42} {hand_chars / min(xs):>9,.0f} chars/s "
                  f"(median {hand_chars / statistics.median(xs):,.0f}; {len(hand)} documents of names/{args.split}, "
                  f"{hand_chars:,} chars; first pass {hand_chars / first[name]:,.0f} chars/s)")
        xs = times[f"{name}|cells"]
        print(f"  {'default, one call per short cell':<42} {min(xs) / N_CELLS * 1e6:>9,.1f} µs/cell "
              f"(median {statistics.median(xs) / N_CELLS * 1e6:,.1f}; {N_CELLS:,} invented cells, bench/short_cells.py)")
    if len(trees) == 2:
        a, b = (name for name, _ in trees)
        for what in PASSES:
            if what == "handwritten" and not hand_chars:
                continue
            xs, ys = times[f"{a}|{what}"], times[f"{b}|{what}"]
            print(f"{what:<10} {b} / {a}: {min(xs) / min(ys):.3f}× (best rounds), "
                  f"median per-round {statistics.median(x / y for x, y in zip(xs, ys)):.3f}×")
        if hand_chars:
            print(f"{'first pass':<10} {b} / {a}: {first[a] / first[b]:.3f}× (hand-written documents, once)")
    print(json.dumps({"split": args.split, "rounds": args.rounds, "handwritten_docs": len(hand)}))


if __name__ == "__main__":
    main()
