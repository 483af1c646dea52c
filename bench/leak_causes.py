"""Why the hand-written anonymize set's leaks leak — counts only, so it may run on the held-out waves and the test half.

For every gold span that :mod:`anonymize_handwritten` counts as leaked, one cause (a person reads this to choose what to
work on; the leak figures themselves stay in ``bench/anonymize_leak.py``):

* ``partial-kind-only`` — partly replaced, and what is left is dictionary common nouns only (the kind word a pseudonym
  keeps: 「A病院」's 病院) — the strict figure counts it, the text names no one;
* ``partial-name`` — partly replaced, and a name's part is left (「A社のかげ里山…」);
* ``doubtful-kept`` — found, and kept for a person's review as doubtful (``review`` item ``doubtful_span``);
* ``found-not-replaced`` — found by the detector, not replaced and not listed as doubtful;
* ``not-found`` — no detected span touches it;

and, for places, the same by the gold subtype (town, landmark, city …). It prints no text and no id.

Usage::

    .venv/bin/python bench/leak_causes.py bench/data/handwritten/anonymize/test.jsonl [--skip REGEX]

Written at stop 39: on the test half and the clean wave most leaks were places and organisations no rule found, few
were doubtful spans kept for review (docs/anonymize.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from anonymize_handwritten import _GROUP_OF, KIND_GROUPS, kind_words_only, must_go  # noqa: E402

CAUSES = ("partial-kind-only", "partial-name", "doubtful-kept", "found-not-replaced", "not-found")


def cause(text: str, need: list[int], changed: bytearray, review: list, found: list, group: str) -> str | None:
    """The cause of one gold span's leak (``need``: its characters that must change), or None when it did not leak."""
    if all(changed[i] for i in need):
        return None
    a, b = min(need), max(need) + 1
    left = [i for i in need if not changed[i]]
    if len(left) < len(need):
        return "partial-kind-only" if group in KIND_GROUPS and kind_words_only(text, left) else "partial-name"
    if any(x.kind == "doubtful_span" and x.start < b and a < x.end for x in review):
        return "doubtful-kept"
    if any(s.start < b and a < s.end for s in found):
        return "found-not-replaced"
    return "not-found"


def count(docs: Iterable[dict[str, Any]]) -> tuple[Counter, Counter]:
    """(group, cause) counts with (group, "gold") totals, and (place subtype, cause) counts for LOCATION."""
    from tokumei import analyze
    from tokumei.anonymize import anonymize

    by_group: Counter = Counter()
    by_place: Counter = Counter()
    for d in docs:
        text = d["text"]
        r = anonymize(text, "publication")
        found = analyze(text)
        changed = bytearray(len(text))
        for x in r.replacements:
            changed[x.start:x.end] = b"\x01" * (x.end - x.start)
        for e in d.get("entities", []):
            g, need = _GROUP_OF.get(e["label"]), must_go(text, e)
            if g is None or not need:
                continue
            by_group[g, "gold"] += 1
            if e["label"] == "LOCATION":
                by_place[e.get("subtype"), "gold"] += 1
            c = cause(text, need, changed, r.review, found, g)
            if c:
                by_group[g, c] += 1
                if e["label"] == "LOCATION":
                    by_place[e.get("subtype"), c] += 1
    return by_group, by_place


def table(counts: Counter, keys: list) -> list[str]:
    rows = [f"{'':16}{'gold':>7}" + "".join(f"{c:>20}" for c in CAUSES)]
    for k in keys:
        rows.append(f"{str(k):16}{counts[k, 'gold']:>7}" + "".join(f"{counts[k, c]:>20}" for c in CAUSES))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl", type=Path)
    ap.add_argument("--skip", help="regex of document ids to leave out (re.fullmatch)")
    args = ap.parse_args()
    rx = re.compile(args.skip) if args.skip else None
    docs = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [d for d in docs if not (rx and rx.fullmatch(d["id"]))]
    by_group, by_place = count(docs)
    print(f"# {args.jsonl} ({len(docs)} documents): leaked gold spans by cause")
    print("\n".join(table(by_group, sorted({k for k, _ in by_group}))))
    print("# places by subtype")
    print("\n".join(table(by_place, sorted({k for k, _ in by_place}, key=str))))


if __name__ == "__main__":
    main()
