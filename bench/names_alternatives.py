"""Alternatives to the hand-written PERSON/ORGANIZATION rules, on UD Japanese GSD (OntoNotes NE).

Usage: ``.venv/bin/python bench/names_alternatives.py [--split dev|test|both] [--rounds 1000]``
Needs the ``bench`` extra (``pip install -e '.[bench]'``: fugashi, ipadic; python-crfsuite is a default dependency).
Not in ``python -m bench``'s default run (the extra is optional); without it the script says so
and exits 0.

Question: can a package-provided lexicon, or a model trained on the dev split, lift PERSON/ORG
detection above tokumei's rule tier (``tokumei.detect.names.rules.find_names``)? Three experiments,
scored exactly as ``names_gsd.py`` scores (exact-span P/R/F1 and any-overlap recall; reference
spans 同社/同氏 are left out):

1. IPADIC lexicon tier. MeCab (fugashi) with IPADIC tags 名詞,固有名詞,人名 / 組織; known words only,
   at least 2 characters, not pure ASCII, adjacent same-label tokens merged. Rows: IPADIC alone,
   and rules ∪ IPADIC (an IPADIC span is added only where it overlaps no rule span). Tests
   whether a general-purpose dictionary knows names the rules miss without adding more noise.
2. CRF trained on dev (python-crfsuite). SudachiPy SplitMode.A tokens with BIO labels; features:
   surface, POS levels, script of the token, ±2 context, and in the second variant the rule tier's
   BIO tag. 5-fold cross-validation on dev (shuffled with ``random.Random(0)``) next to the rule
   tier on the same folds, then trained on all of dev and scored on test. Tests whether a small
   supervised model beats or complements the rules when given in-domain data.
3. Bootstrap 95% intervals of the default pipeline's F1 and overlap recall per label (the
   "tokumei default" row of names_gsd.py): sentences resampled with replacement, ``--rounds``
   rounds, seed 0, 2.5/97.5 percentiles. Tells how large a difference on ~90 gold names is noise.

Licence: the CRF is trained on UD Japanese GSD NE (CC BY-SA 4.0) only in memory for this
experiment; the model file lives in a temporary directory deleted at exit. Nothing is shipped.
Corpus: ``$TOKUMEI_GSD_DIR`` or ``<repo>/../shared/data/ud-japanese-gsd-ne``.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_gsd import LABELS, load, score, show  # noqa: E402  (same corpus and scoring)

Pred = tuple[str, int, int]
Token = tuple[str, int, int, tuple[str, ...]]
IPADIC_LABELS = {"人名": "PERSON", "組織": "ORGANIZATION"}
SHORT = {"PERSON": "PER", "ORGANIZATION": "ORG"}
LONG = {v: k for k, v in SHORT.items()}
FOLDS = 5


def overlaps(a: Pred, b: Pred) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def rule_spans(text: str) -> list[Pred]:
    """The rule tier alone (no allow-list, no coreference): what a lexicon or model would add to."""
    from tokumei.detect.names.rules import find_names
    from tokumei.detect.textview import TextView

    return [(s.label, s.start, s.end) for s in find_names(TextView(text))
            if s.label in SHORT and not (s.data or {}).get("reference")]


# ---- 1. IPADIC lexicon tier -------------------------------------------------------------------

def ipadic_tagger():
    import fugashi
    import ipadic

    return fugashi.GenericTagger(ipadic.MECAB_ARGS)


def ipadic_spans(tagger, text: str) -> list[Pred]:
    """Known IPADIC person/organisation words. Unknown words (stat 1) are MeCab's guesses, one-char
    and ASCII entries are mostly noise (初 as a surname, IBM-like acronyms that are not people)."""
    out: list[list] = []
    pos = 0
    for node in tagger(text):
        surf = node.surface
        start = text.find(surf, pos)
        if start < 0:
            continue
        pos = start + len(surf)
        f = node.feature
        label = IPADIC_LABELS.get(f[2]) if f[1] == "固有名詞" and node.stat != 1 else None
        if label is None or len(surf) < 2 or surf.isascii():
            continue
        if out and out[-1][0] == label and out[-1][2] == start:
            out[-1][2] = pos
        else:
            out.append([label, start, pos])
    return [(lab, a, b) for lab, a, b in out]


def union(rules: list[Pred], extra: list[Pred]) -> list[Pred]:
    """Rules win: a lexicon span is only added where the rules found nothing."""
    return rules + [e for e in extra if not any(overlaps(e, r) for r in rules)]


def experiment_ipadic(split: str, docs: list[dict], rules: list[list[Pred]]) -> None:
    tagger = ipadic_tagger()
    lex = [ipadic_spans(tagger, d["text"]) for d in docs]
    show(f"rules {split}", score(docs, rules), None)
    show(f"IPADIC alone {split}", score(docs, lex), None)
    show(f"rules ∪ IPADIC {split}", score(docs, [union(r, x) for r, x in zip(rules, lex)]), None)


# ---- 2. CRF trained on dev --------------------------------------------------------------------

def tokens(text: str) -> list[Token]:
    from sudachipy import SplitMode
    from tokumei.detect.names.tokens import tokenizer

    return [(m.surface(), m.begin(), m.end(), tuple(m.part_of_speech()))
            for m in tokenizer().tokenize(text, SplitMode.A)]


def bio(toks: list[Token], spans: Iterable[Pred]) -> list[str]:
    """BIO tags of the tokens lying wholly inside each span (a span cutting a token tags nothing there)."""
    tags = ["O"] * len(toks)
    for label, start, end in spans:
        first = True
        for k, (_, a, b, _) in enumerate(toks):
            if a >= start and b <= end:
                tags[k] = ("B-" if first else "I-") + SHORT[label]
                first = False
    return tags


def script(word: str) -> str:
    from tokumei.detect.names.tokens import script_of

    return "+".join(sorted({script_of(c) for c in word}))


def features(toks: list[Token], rule_tags: list[str] | None) -> list[dict[str, str]]:
    """Per-token features; ``rule_tags`` given → the rule tier's BIO tag (±2) is a feature too."""
    out = []
    for k, (w, _, _, p) in enumerate(toks):
        f = {"w": w, "p01": p[0] + p[1], "p012": "|".join(p[:3]), "p0123": "|".join(p[:4]),
             "ct": script(w), "len": str(min(len(w), 5)), "first": w[0], "last": w[-1]}
        for o in (-2, -1, 1, 2):
            j = k + o
            if 0 <= j < len(toks):
                w2, _, _, p2 = toks[j]
                f.update({f"{o}w": w2, f"{o}p": "|".join(p2[:3]), f"{o}ct": script(w2)})
                if rule_tags is not None:
                    f[f"{o}rt"] = rule_tags[j]
            else:
                f[f"{o}w"] = "<S>"
        if rule_tags is not None:
            f["rt"] = rule_tags[k]
        f["-1w|w"] = f["-1w"] + "|" + w
        f["w|1w"] = w + "|" + f["1w"]
        out.append(f)
    return out


def decode(toks: list[Token], tags: list[str]) -> list[Pred]:
    """BIO back to character spans; a stray I- (or one of another label) opens a new span."""
    out: list[list] = []
    cur: list | None = None
    for (_, a, b, _), t in zip(toks, tags):
        if t == "O":
            cur = None
        elif t.startswith("B-") or cur is None or cur[0] != t[2:]:
            cur = [t[2:], a, b]
            out.append(cur)
        else:
            cur[2] = b
    return [(LONG[lab], a, b) for lab, a, b in out]


class Prepared:
    """One sentence tokenized once, with gold and rule-tier BIO tags (reused by every fold)."""

    def __init__(self, doc: dict, rules: list[Pred]) -> None:
        self.doc = doc
        self.rules = rules
        self.toks = tokens(doc["text"])
        gold = [(LABELS[e["label"]], e["start"], e["end"]) for e in doc["entities"] if e["label"] in LABELS]
        self.gold = bio(self.toks, gold)
        self.rule_tags = bio(self.toks, rules)

    def x(self, use_rules: bool) -> list[dict[str, str]]:
        return features(self.toks, self.rule_tags if use_rules else None)


def train(items: list[Prepared], path: str, use_rules: bool, c1: float, c2: float) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for it in items:
        trainer.append(it.x(use_rules), it.gold)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200, "feature.possible_transitions": True})
    trainer.train(path)


def predict(items: list[Prepared], path: str, use_rules: bool) -> list[list[Pred]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    try:
        return [decode(it.toks, tagger.tag(it.x(use_rules))) for it in items]
    finally:
        tagger.close()


VARIANTS = (("CRF", False), ("CRF+rule features", True))


def crf_cv(dev: list[Prepared], tmp: str, c1: float, c2: float) -> None:
    """5-fold CV on dev: fold f is every 5th sentence of the shuffled split from f on."""
    items = list(dev)
    random.Random(0).shuffle(items)
    folds = [items[f::FOLDS] for f in range(FOLDS)]
    held = [it for fold in folds for it in fold]
    docs = [it.doc for it in held]
    show("rules cv5 dev", score(docs, [it.rules for it in held]), None)
    for name, use_rules in VARIANTS:
        preds: list[list[Pred]] = []
        for f, fold in enumerate(folds):
            path = f"{tmp}/cv{f}.crf"
            train([it for g, other in enumerate(folds) if g != f for it in other], path, use_rules, c1, c2)
            preds += predict(fold, path, use_rules)
        show(f"{name} cv5 dev", score(docs, preds), None)


def crf_test(dev: list[Prepared], test: list[Prepared], tmp: str, c1: float, c2: float) -> None:
    docs = [it.doc for it in test]
    show("rules test", score(docs, [it.rules for it in test]), None)
    for name, use_rules in VARIANTS:
        path = f"{tmp}/all-dev.crf"
        train(dev, path, use_rules, c1, c2)
        show(f"{name} dev→test", score(docs, predict(test, path, use_rules)), None)


# ---- 3. Bootstrap intervals of the default pipeline -------------------------------------------

def default_preds(docs: list[dict]) -> list[list[Pred]]:
    """The "tokumei default" row of names_gsd.py: default_analyzer(), reference spans left out."""
    from tokumei.detect import default_analyzer

    analyzer = default_analyzer()
    return [[(s.label, s.start, s.end) for s in analyzer.analyze(d["text"]) if not (s.data or {}).get("reference")]
            for d in docs]


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default), without needing numpy."""
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def bootstrap(split: str, docs: list[dict], rounds: int) -> None:
    preds = default_preds(docs)
    point = score(docs, preds)
    show(f"tokumei default {split}", point, None)
    rng = random.Random(0)
    samples: dict[tuple[str, str], list[float]] = {(lab, m): [] for lab in point for m in ("F1", "overlap_R")}
    n = len(docs)
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        res = score([docs[i] for i in idx], [preds[i] for i in idx])
        for (lab, m), xs in samples.items():
            xs.append(res[lab][m])
    for lab in point:
        cells = "  ".join(f"{m}={point[lab][m]:.3f} [{percentile(samples[(lab, m)], 2.5):.3f}, "
                          f"{percentile(samples[(lab, m)], 97.5):.3f}]" for m in ("F1", "overlap_R"))
        print(f"{'bootstrap 95% ' + split:<28} {lab:<13} {cells} ({rounds} rounds)")


# ---- driver -----------------------------------------------------------------------------------

def missing_extra() -> str | None:
    for mod in ("fugashi", "ipadic", "pycrfsuite"):
        try:
            __import__(mod)
        except ImportError:
            return mod
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--rounds", type=int, default=1000, help="bootstrap rounds")
    ap.add_argument("--c1", type=float, default=0.1, help="CRF L1 penalty")
    ap.add_argument("--c2", type=float, default=0.05, help="CRF L2 penalty")
    args = ap.parse_args()
    mod = missing_extra()
    if mod:
        print(f"skipped: {mod} not installed (pip install -e '.[bench]')")
        return 0
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    data = {s: load(s) for s in ["dev", "test"] if s in splits or s == "dev"}  # the CRF always trains on dev
    rules = {s: [rule_spans(d["text"]) for d in docs] for s, docs in data.items()}
    for s, docs in data.items():
        print(f"UD Japanese GSD {s}: {len(docs)} sentences, {sum(len(d['text']) for d in docs):,} chars")

    t0 = time.perf_counter()
    print("\n== 1. IPADIC lexicon tier (rules = find_names alone, no allow-list/coreference)")
    for s in splits:
        experiment_ipadic(s, data[s], rules[s])

    print(f"\n== 2. CRF on SudachiPy mode-A tokens, trained on dev (c1={args.c1}, c2={args.c2})")
    prepared = {s: [Prepared(d, r) for d, r in zip(data[s], rules[s])] for s in data}
    with tempfile.TemporaryDirectory(prefix="tokumei-crf-") as tmp:
        if "dev" in splits:
            crf_cv(prepared["dev"], tmp, args.c1, args.c2)
        if "test" in splits:
            crf_test(prepared["dev"], prepared["test"], tmp, args.c1, args.c2)

    print(f"\n== 3. Bootstrap 95% intervals, tokumei default pipeline (seed 0, {args.rounds} rounds)")
    for s in splits:
        bootstrap(s, data[s], args.rounds)
    print(f"\ntotal {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
