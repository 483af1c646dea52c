"""Dump every span of the default pipeline on GSD train+dev and the hand-written names dev set, or
compare with an earlier dump: the proof that a speed change changed no output.

Usage (before a change, then after it)::

    PYTHONPATH=src .venv/bin/python bench/detect_equivalence.py dump /tmp/before.jsonl --skip "$HELD_OUT"
    PYTHONPATH=src .venv/bin/python bench/detect_equivalence.py check /tmp/before.jsonl --skip "$HELD_OUT"

The dump of an earlier commit comes from its own ``src/``::

    git archive REV src | tar -x -C /tmp/old && PYTHONPATH=/tmp/old/src .venv/bin/python bench/detect_equivalence.py dump /tmp/before.jsonl

Each line holds one text's spans with ALL their fields (label, offsets, text, score, source, reason,
entity_id and data), so a change in a reason or a review flag counts as a difference. Texts are
analysed one by one (sentence level, as the speed bench) and, for the hand-written set and GSD dev,
also joined as one document (document level: coreference and the repeat rules see the whole text).
Never the test halves; ``--skip`` leaves out the held-out waves (the same regex both times), so that the differences
printed never show them (stop 39: before it, a difference in a held-out document would have printed its spans).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from names_gsd import load  # noqa: E402  (the GSD reader of the speed bench)


def texts(skip: str | None = None) -> list[tuple[str, str]]:
    """(key, text) of GSD dev and train, then the hand-written names dev documents less ``skip`` (a regex of ids, matched
    whole: the held-out waves, so that a diff never prints them), then each set joined as one document."""
    rx = re.compile(skip) if skip else None
    out: list[tuple[str, str]] = []
    for split in ("dev", "train"):
        out += [(f"gsd-{split}-{i}", d["text"]) for i, d in enumerate(load(split))]
    hw = Path(__file__).resolve().parent / "data" / "handwritten" / "names" / "dev.jsonl"
    docs = [json.loads(x) for x in hw.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = [d for d in docs if not (rx and rx.fullmatch(d["id"]))]
    out += [(d["id"], d["text"]) for d in docs]
    out.append(("gsd-dev-doc", "\n".join(d["text"] for d in load("dev"))))
    out.append(("hw-dev-doc", "\n\n".join(d["text"] for d in docs)))
    return out


def rows(skip: str | None = None):
    from tokumei.detect import default_analyzer

    an = default_analyzer()
    for key, text in texts(skip):
        spans = an.analyze(text)
        yield json.dumps({"k": key, "s": [[s.label, s.start, s.end, s.text, s.score, s.source, s.reason,
                                           s.entity_id, s.data] for s in spans]},
                         ensure_ascii=False, sort_keys=True, default=repr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["dump", "check"])
    ap.add_argument("path", type=Path)
    ap.add_argument("--skip", help="regex of hand-written ids to leave out (the held-out waves: Makefile HELD_OUT)")
    args = ap.parse_args()
    mode, path = args.mode, args.path
    if mode == "dump":
        path.write_text("\n".join(rows(args.skip)) + "\n", encoding="utf-8")
        return
    want = path.read_text(encoding="utf-8").splitlines()
    bad = 0
    n = 0
    for a, b in zip(want, rows(args.skip)):
        n += 1
        if a != b:
            bad += 1
            if bad <= 5:
                print("DIFF", json.loads(a)["k"], "\n  before", a[:600], "\n  after ", b[:600])
    print(f"{n} texts compared, {bad} differ")
    sys.exit(1 if bad or n != len(want) else 0)


if __name__ == "__main__":
    main()
