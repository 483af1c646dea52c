"""Check one annotator's batch file before it is merged: the markup parses, every id is in the batch's range, the
lint of build.py on these documents only, and no sentence already in the sets — without printing any other document
(an annotator must not see the dev or test documents). Pure stdlib.

Usage::

    python bench/data/handwritten/check_batch.py names dev /tmp/batch.txt n-dev-1603 n-dev-1627

Exit 0 when the batch is clean (lint notes alone do not fail it: some repeats are deliberate hard negatives, 中国語),
1 on a markup error, an id outside the range, a duplicate id or a sentence already in the sets. Written at stop 38 for
wave 12's writers, who each wrote into a file of their own and were merged by appending.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402

#: Sentences shorter than this are headings and set phrases (「――地域とのつながりは。」 may recur on purpose).
MIN_SENTENCE = 12
_SENTENCE_END = re.compile(r"(?<=[。！？\n])")


def _number(doc_id: str) -> int:
    return int(doc_id.rsplit("-", 1)[1])


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in _SENTENCE_END.split(text) if len(s.strip()) >= MIN_SENTENCE}


def check(set_name: str, path: Path, first: str, last: str, sets_dir: Path = HERE) -> tuple[list[str], list[str], int]:
    """(errors, lint notes, documents parsed) for one batch file.

    例: a document ``n-dev-1700`` in a batch n-dev-1603…1627 → an error naming the id."""
    try:
        docs = build.parse_file(path, set_name)
    except build.MarkupError as e:
        return [f"markup: {e}"], [], 0
    errors: list[str] = []
    prefix = first.rsplit("-", 1)[0]
    ids = [d["id"] for d in docs]
    for d in docs:
        if not d["id"].startswith(prefix + "-") or not _number(first) <= _number(d["id"]) <= _number(last):
            errors.append(f"id outside the batch's range {first}…{last}: {d['id']}")
    if len(set(ids)) != len(ids):
        errors.append("a document id appears twice in the batch")
    content = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    notes = build.lint({sets_dir / set_name / "batch.jsonl": content})
    known: set[str] = set()
    for s in build.SETS:
        for sp in build.SPLITS:
            src = sets_dir / s / f"{sp}.jsonl"
            if src.is_file():
                for line in src.read_text(encoding="utf-8").splitlines():
                    known |= _sentences(json.loads(line)["text"])
    for d in docs:
        for s in sorted(_sentences(d["text"]) & known):
            errors.append(f"{d['id']}: this sentence of the batch is already in the sets, rewrite it: {s[:40]}")
    return errors, notes, len(docs)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 5 or args[0] not in build.SETS or args[1] not in build.SPLITS:
        print(__doc__.split("Usage::")[1].split("Exit")[0].strip())
        return 2
    set_name, _split, path, first, last = args
    errors, notes, n = check(set_name, Path(path), first, last)
    for line in errors:
        print("ERROR", line)
    for line in notes:
        print("LINT", line)
    print(f"{n} documents parsed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
