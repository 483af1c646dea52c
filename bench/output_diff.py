"""What a change does to the output, text by text, for a person to read: the PERSON/ORGANIZATION/LOCATION spans of
the default detector, or the anonymized text, on GSD train+dev and the hand-written dev documents — leaving out the
waves held out as a clean check, so that reading the diff never shows them.

Usage (dump with each tree's own ``src/``, then compare)::

    git archive REV src | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old/src .venv/bin/python bench/output_diff.py dump /tmp/a.jsonl --skip 'n-dev-(14[5-9][0-9])|a-dev-7[2-9][0-9]'
    PYTHONPATH=src .venv/bin/python bench/output_diff.py dump /tmp/b.jsonl --skip '…the same…'
    .venv/bin/python bench/output_diff.py diff /tmp/a.jsonl /tmp/b.jsonl
    # --anonymized: the publication text of each hand-written dev document instead of the spans (no GSD)

``--skip`` is matched against whole document ids (``re.fullmatch``); skipped documents are neither analysed nor
printed. The test halves are never read. A diff line reads ``id +/- LABEL 'text' [reason] …context【span】context…``
(``~`` when only the reason changed)
for spans, or ``id: …context[old → new]context…`` for the anonymized text; the last line counts what differs.
Written at stop 38, when the session's own copies of such scripts were lost with its scratch directory.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
HANDWRITTEN = HERE / "data" / "handwritten"
LABELS = ("PERSON", "ORGANIZATION", "LOCATION")


def documents(skip: str | None, gsd: bool = True) -> Iterator[tuple[str, str]]:
    """(id, text) of the hand-written dev documents less ``skip``, then GSD dev and train sentences."""
    rx = re.compile(skip) if skip else None
    for set_name in ("names", "anonymize"):
        for line in (HANDWRITTEN / set_name / "dev.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if not (rx and rx.fullmatch(d["id"])):
                yield d["id"], d["text"]
    if gsd:
        sys.path.insert(0, str(HERE))
        from names_gsd import load  # (the GSD reader of the other benches)

        for split in ("dev", "train"):
            for i, d in enumerate(load(split)):
                yield f"gsd-{split}-{i}", d["text"]


def dump(out: Path, skip: str | None, anonymized: bool) -> None:
    if anonymized:
        from tokumei.anonymize import anonymize

        rows = ([k, anonymize(t, "publication").text] for k, t in documents(skip, gsd=False))
    else:
        from tokumei.detect import analyze

        rows = ([k, [[s.label, s.start, s.end, s.text, s.reason] for s in analyze(t) if s.label in LABELS]]
                for k, t in documents(skip))
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _context(text: str, a: int, b: int, inner: str) -> str:
    return f"…{text[max(0, a - 12):a]}{inner}{text[b:b + 12]}…".replace("\n", "⏎")


def diff_lines(before: dict, after: dict, texts: dict[str, str]) -> tuple[list[str], int]:
    """Readable lines for every text whose output differs, and how many texts differ.

    例: a span 森永 (PERSON) gone and 森永 健吾 added in one text → two lines, 1 text."""
    lines, n = [], 0
    for key, old in before.items():
        new = after.get(key)
        if new == old:
            continue
        n += 1
        if isinstance(old, str):  # anonymized text
            new = new or ""
            sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
            for op, a1, a2, b1, b2 in sm.get_opcodes():
                if op != "equal":
                    lines.append(f"{key}: {_context(old, a1, a2, f'[{old[a1:a2]} → {new[b1:b2]}]')}")
            continue
        text = texts.get(key, "")
        olds, news = {tuple(x[:4]): x for x in old}, {tuple(x[:4]): x for x in new or []}
        for k in sorted(olds.keys() - news.keys(), key=lambda x: x[1]):
            lines.append(f"{key} - {k[0][:3]} {k[3]!r} {_context(text, k[1], k[2], f'【{k[3]}】')}")
        for k in sorted(news.keys() - olds.keys(), key=lambda x: x[1]):
            lines.append(f"{key} + {k[0][:3]} {k[3]!r} [{news[k][4]}] {_context(text, k[1], k[2], f'【{k[3]}】')}")
        for k in sorted(k for k in olds.keys() & news.keys() if olds[k][4] != news[k][4]):
            lines.append(f"{key} ~ {k[0][:3]} {k[3]!r} [{olds[k][4]} → {news[k][4]}] {_context(text, k[1], k[2], f'【{k[3]}】')}")
    return lines, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("dump", "diff"))
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--skip", default=None, help="document ids left out (re.fullmatch), e.g. the held-out waves")
    ap.add_argument("--anonymized", action="store_true", help="dump the anonymized text instead of the spans")
    a = ap.parse_args(argv)
    if a.mode == "dump":
        dump(a.files[0], a.skip, a.anonymized)
        return 0
    before, after = ({k: v for k, v in map(json.loads, p.read_text(encoding="utf-8").splitlines())} for p in a.files[:2])
    texts = dict(documents(None, gsd=any(k.startswith("gsd-") for k in before))) if not all(
        isinstance(v, str) for v in before.values()) else {}
    lines, n = diff_lines(before, after, texts)
    print(*lines, sep="\n")
    print(f"texts differing: {n} of {len(before)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
