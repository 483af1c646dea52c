"""Leak rate, ordinary content kept, and anonymize-vs-detect throughput on generated business texts.

Usage: ``.venv/bin/python bench/anonymize_leak.py [--docs 400] [--seed 11] [--policy publication]
[--speed-docs 300] [--no-speed] [--show 5] [--handwritten bench/data/handwritten/anonymize]``

``--handwritten DIR`` adds the hand-written set's figures beside the generated ones (leak per group,
risks flagged, content kept, ordinary words replaced; see ``bench/anonymize_handwritten.py``).

* **Leak rate** (library function ``tokumei.anonymize.engine.anonymize`` with the default analyzer,
  one document at a time). A gold span leaks when (a) *in place*, PERSON only: any of its
  characters was left unchanged by the replacements (a surname left next to a replaced given
  name, or a one-kanji surname such as 林 that was not replaced), or (b) *elsewhere*: its value
  is still present anywhere in the output (NFKC, spaces removed; needles of ≥ 2 characters so that
  a one-kanji surname such as 林 is not "found" inside 林業). Needles: PERSON the full name and
  its surname alone (split at the space or by ``tokumei.detect.names.dictionary.split_name``);
  ORGANIZATION the name without its legal form; ADDRESS the part after the prefecture. DATE: the
  publication policy keeps ordinary dates, so DATE is listed but not in the overall rate.
* **Ordinary content kept**: characters outside every gold span that our replacements did not
  touch, over all characters outside gold spans (from the Replacement offsets, exact).
* **Throughput**: ``tokumei detect --jsonl`` and ``tokumei anonymize --jsonl`` run as subprocesses
  (same interpreter, same JSONL input, process start-up included in both), interleaved, best of
  ``--repeat`` runs each; wall-clock and child CPU time (``getrusage``) ratios anonymize/detect are
  printed. Nothing is asserted; numbers are ratios of the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tokumei.anonymize.engine import anonymize  # noqa: E402
from tokumei.anonymize.pseudonyms import normalise_name  # noqa: E402
from tokumei.synth.documents import generate_documents  # noqa: E402

_PREF = re.compile(r"^(北海道|東京都|京都府|大阪府|.{2,3}?県)")


def _n(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def needles(label: str, value: str) -> list[str]:
    """What must not remain in the output for one gold span."""
    v = _n(value)
    if label == "PERSON":
        out = [v]
        parts = value.split()
        if len(parts) == 2:
            out.append(_n(parts[0]))
        else:
            try:
                from tokumei.detect.names.dictionary import split_name

                sp = split_name(value)
            except ImportError:  # pragma: no cover
                sp = None
            if sp:
                out.append(_n(sp[0]))
        return out
    if label == "ORGANIZATION":
        core = normalise_name("org", value)  # as _n, without the legal form (株式会社, (株) …)
        return [core or v]
    if label == "ADDRESS":
        rest = _PREF.sub("", v)
        return [rest or v]
    return [v]


def leak_bench(docs, policy: str, show: int) -> None:
    total, leaked = Counter(), Counter()
    kept_chars = other_chars = 0
    examples: list[str] = []
    by_kind: Counter = Counter()
    untouched: Counter = Counter()
    t0 = time.perf_counter()
    for d in docs:
        r = anonymize(d.text, policy)
        out = _n(r.text)
        touched = bytearray(len(d.text))
        for x in r.replacements:
            touched[x.start:x.end] = b"\x01" * (x.end - x.start)
        for g in d.gold:
            total[g.label] += 1
            in_place = g.label == "PERSON" and any(not touched[i] and not g.text[i - g.start].isspace()
                                                   for i in range(g.start, g.end))
            elsewhere = any(len(n) >= 2 and n in out for n in needles(g.label, g.text))
            if in_place or elsewhere:
                leaked[g.label] += 1
                if not any(touched[g.start:g.end]):
                    untouched[g.label] += 1  # nothing replaced in the span: the detector never found it
                by_kind["in place" if in_place else "elsewhere"] += g.label != "DATE"
                if len(examples) < show and g.label != "DATE":
                    examples.append(f"{g.label}: {g.text}  ({'in place' if in_place else 'elsewhere'})")
        gold_mask = bytearray(len(d.text))
        for g in d.gold:
            gold_mask[g.start:g.end] = b"\x01" * (g.end - g.start)
        for i in range(len(d.text)):
            if not gold_mask[i]:
                other_chars += 1
                kept_chars += not touched[i]
    elapsed = time.perf_counter() - t0
    pii = [k for k in total if k != "DATE"]
    all_total = sum(total[k] for k in pii)
    all_leak = sum(leaked[k] for k in pii)
    print(f"# 漏えい率（policy={policy}, {len(docs)} 文書, {elapsed:.1f} 秒）")
    print(f"{'label':<30}{'gold':>6}{'leaked':>8}{'rate':>9}")
    for k in sorted(total, key=lambda k: -total[k]):
        note = "  (policy keeps ordinary dates; not in overall)" if k == "DATE" else ""
        print(f"{k:<30}{total[k]:>6}{leaked[k]:>8}{leaked[k] / total[k]:>9.2%}{note}")
    print(f"{'OVERALL (excl. DATE)':<30}{all_total:>6}{all_leak:>8}{all_leak / max(all_total, 1):>9.2%}")
    worst = max(pii, key=lambda k: leaked[k] / total[k]) if pii else "-"
    if pii:
        print(f"worst label: {worst} {leaked[worst] / total[worst]:.2%}")
    print(f"ordinary content kept: {kept_chars}/{other_chars} = {kept_chars / max(other_chars, 1):.2%}")
    print(f"leaks found in place: {by_kind['in place']}, only elsewhere in the output: {by_kind['elsewhere']}")
    print("leaks with no replacement at all inside the gold span (detector miss): "
          + ", ".join(f"{k} {untouched[k]}/{leaked[k]}" for k in pii if leaked[k]))
    if examples:
        print("examples of leaks:", *examples, sep="\n  ")


def speed_bench(docs, policy: str, repeat: int = 3) -> None:
    exe = str(Path(sys.executable).with_name("tokumei"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        src.write_text("".join(json.dumps({"id": i, "text": d.text}, ensure_ascii=False) + "\n"
                               for i, d in enumerate(docs)), encoding="utf-8")
        chars = sum(len(d.text) for d in docs)
        best: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for _ in range(repeat):  # interleaved, so both see the same machine load
            for name, argv in (("detect", [exe, "detect", "-", "--jsonl"]),
                               ("anonymize", [exe, "anonymize", "-", "--jsonl", "--policy", policy])):
                with src.open("rb") as f:
                    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                    t0 = time.perf_counter()
                    p = subprocess.run(argv, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                       env={**os.environ, "PYTHONHASHSEED": "0"})
                    dt = time.perf_counter() - t0
                    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                if p.returncode != 0:
                    raise SystemExit(f"{name} failed: {p.stderr.decode()[-300:]}")
                best[name] = min(best.get(name, dt), dt)
                c = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
                cpu[name] = min(cpu.get(name, c), c)
    print(f"# 処理速度（subprocess, {len(docs)} 行, {chars:,} 文字, best of {repeat}, interleaved）")
    for name in best:
        print(f"{name:<10} wall {best[name]:7.2f} s ({chars / best[name]:9,.0f} chars/s)   CPU {cpu[name]:7.2f} s")
    print(f"ratio anonymize/detect: wall {best['anonymize'] / best['detect']:.3f}, CPU {cpu['anonymize'] / cpu['detect']:.3f}"
          " (CPU time is the steadier figure on a shared machine)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--policy", default="publication")
    ap.add_argument("--speed-docs", type=int, default=300)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--handwritten", metavar="DIR",
                    help="also score the hand-written set DIR/{dev,test}.jsonl (bench/anonymize_handwritten.py)")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both",
                    help="which half of the hand-written set to score (tuning uses dev only)")
    a = ap.parse_args()
    docs = generate_documents(a.docs, seed=a.seed)
    leak_bench(docs, a.policy, a.show)
    if a.handwritten:
        sys.path.insert(0, str(ROOT / "bench"))
        from anonymize_handwritten import run_dir

        print()
        splits = ("dev", "test") if a.split == "both" else (a.split,)
        print(run_dir(Path(a.handwritten), a.policy, a.show, splits))
    if not a.no_speed:
        speed_bench(generate_documents(a.speed_docs, seed=a.seed + 1), a.policy, a.repeat)


if __name__ == "__main__":
    main()
