"""Train the learned names tier (``jp.names.model.v1``) on UD Japanese GSD NE train, select on dev.

Usage (one reproducible command, also ``make train-names``)::

    make train-names                                                   # the shipped model: GSD train + the hand-written dev
                                                                        # sets (--extra, less the batch held out with
                                                                        # --extra-skip), score dev, write the package model
    PYTHONPATH=src python scripts/train_names.py                      # GSD train.jsonl only
    PYTHONPATH=src python scripts/train_names.py --grid               # c1/c2 and feature-set grid, dev scores only
    PYTHONPATH=src python scripts/train_names.py --limit 200 --out /tmp/m   # a tiny slice (the slow test)
    PYTHONPATH=src python scripts/train_names.py --gsd-copies 3 --extra …   # GSD train three times beside the hand-written
                                                                        # dev (stop 38's variant, measured, not shipped)
    PYTHONPATH=src python scripts/train_names.py --select              # train on 4/5 of train; model alone and the
                                                                        # whole default pipeline on dev, the held-out
                                                                        # 1/5 of train and the hand-written dev set

Data: ``--data`` (default ``<repo>/../shared/data``) holds ``ud-japanese-gsd-ne/{train,dev}.jsonl``
and ``jmnedict/names.tsv.gz``. test.jsonl is never read here (it is for ``bench/names_gsd.py``).
Labels: PERSON, ORG → ORGANIZATION, GPE/LOC/FAC → LOCATION; BIO over SudachiPy mode-C tokens,
features from :mod:`tokumei.detect.names.model.features` (the rule tier's output included).
Output: ``src/tokumei/detect/names/model/data/{jp_names_v1.crfsuite, jp_names_v1.json,
jmnedict_names.tsv.gz, word_clusters.tsv.gz}`` — the model, its metadata (version, SHA-256 of the
training data, feature set, crfsuite parameters, dev scores), the compact JMnedict lexicon and the
word clusters the features use.

Word clusters (feature group ``clusters``): k-means (numpy, seed 0, cosine) over the 20,000 static
word vectors shipped in the PyPI package ``ja_ginza`` 5.x (``vocab/vectors``: chiVe, Works
Applications, Apache-2.0, pruned by spaCy so that each of its 480,443 keys points at one of the
20,000 rows); each key whose surface holds a kanji, katakana or Latin letter gets its row's
cluster. Needs the ``ner`` extra (ginza, ja-ginza) at training time only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))  # names_gsd: the GSD loader and the one scorer (prf)

from names_gsd import prf  # noqa: E402  (bench/names_gsd.py)
from tokumei.detect.names.model import features as F  # noqa: E402
from tokumei.detect.names.model import lexicon as L  # noqa: E402

GOLD = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION",
        # the hand-written sets (bench/data/handwritten) use tokumei's own labels
        "ORGANIZATION": "ORGANIZATION", "LOCATION": "LOCATION"}
#: Hand-written labels whose sentences are left out of ``--extra`` training: a whole address is one
#: ADDRESS span there, so its towns would be taught as "not a place".
_SKIP_EXTRA = frozenset({"ADDRESS"})


def shared_data() -> Path:
    """``$TOKUMEI_SHARED_DATA`` or the first ``shared/data`` beside the repository or above it."""
    env = os.environ.get("TOKUMEI_SHARED_DATA")
    if env:
        return Path(env)
    for up in REPO.parents:
        if (up / "shared" / "data").is_dir():
            return up / "shared" / "data"
    return REPO.parent / "shared" / "data"


OUT = REPO / "src" / "tokumei" / "detect" / "names" / "model" / "data"
#: Optional feature groups (:class:`tokumei.detect.names.model.features.Lexicons` ``opts``), chosen with
#: ``--select`` (docs/names.md): word clusters (own and in the ±2 window), KEN_ALL place kinds,
#: character affixes of unknown/katakana/Latin words.
FEATURES = "clusters,cl-win,gazetteer,char"
OPTIONAL = frozenset({"clusters", "cl-win", "gazetteer", "char"})
#: k of the word clusters (256: 64 and 1024 measured lower on the held-out sentences)
CLUSTERS_K = 256


def build_clusters(k: int, seed: int = 0) -> dict[str, str]:
    """``surface → cluster id`` from ja_ginza's static vectors (see the module docstring)."""
    import re

    import ja_ginza
    import numpy as np
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    vocab = next(Path(ja_ginza.__file__).parent.glob("ja_ginza-*/vocab"))
    vec = Vectors()
    vec.from_disk(vocab)
    strings = StringStore().from_disk(vocab / "strings.json")
    x = np.asarray(vec.data, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(25):  # spherical k-means
        a = (x @ c.T).argmax(1)
        for j in range(k):
            m = a == j
            c[j] = x[m].mean(0) if m.any() else x[rng.integers(len(x))]
            c[j] /= np.linalg.norm(c[j]) + 1e-9
    a = (x @ c.T).argmax(1)
    keep = re.compile(r"[\u4e00-\u9fff々〆ヶ\u30a0-\u30ffA-Za-z\uff21-\uff5a]")
    out = {}
    for key, row in vec.key2row.items():
        s = strings[key] if key in strings else None
        if s and len(s) <= 16 and keep.search(s) and "\t" not in s and "\n" not in s:
            out[s] = str(int(a[row]))
    return out


def vectors_source() -> dict:
    """Where the clusters came from (recorded in the metadata)."""
    import ja_ginza
    from importlib.metadata import version

    vocab = next(Path(ja_ginza.__file__).parent.glob("ja_ginza-*/vocab"))
    return {"package": f"ja_ginza {version('ja_ginza')}", "vectors_sha256": sha256(vocab / "vectors"),
            "licence": "ja_ginza MIT; vectors from chiVe (Works Applications), Apache-2.0"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(path: Path, limit: int | None = None) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return docs[:limit] if limit else docs


def sentences(docs: list[dict]) -> list[dict]:
    """The hand-written documents (``bench/data/handwritten/<set>/dev.jsonl``) cut into lines and
    sentences (after 。！？), with their entities moved into each piece; pieces that hold an address
    or a span cut by the split are left out."""
    out = []
    for d in docs:
        text, ents = d["text"], d["entities"]
        for m in re.finditer(r"[^\n。！？]*[。！？]?", text):
            a, b = m.span()
            if not text[a:b].strip():
                continue
            inside = [e for e in ents if e["start"] < b and a < e["end"]]
            if any(e["label"] in _SKIP_EXTRA or e["start"] < a or e["end"] > b for e in inside):
                continue
            named = [e for e in inside if e["label"] in GOLD]
            out.append({"text": text[a:b], "entities": [
                {**e, "start": e["start"] - a, "end": e["end"] - a} for e in outermost(named)]})
    return out


def outermost(ents: list[dict]) -> list[dict]:
    """The spans no longer span contains: BIO tags one name per token, so a place inside a body's name
    (⟦O|JA⟦L|沼田⟧⟧) would cut the body in two (B-ORG B-LOC); the body, the span anonymize replaces, is taught.

    例: ``outermost([{"start": 0, "end": 4}, {"start": 2, "end": 4}]) == [{"start": 0, "end": 4}]``
    """
    return [e for e in ents if not any(o is not e and o["start"] <= e["start"] and e["end"] <= o["end"]
                                       and o["end"] - o["start"] > e["end"] - e["start"] for o in ents)]


def prepare(docs: list[dict]) -> list[dict]:
    """Tokens, gold spans and rule spans of each sentence (rules = tier 1, no allow-list/coref)."""
    from tokumei.detect.names.rules import find_names
    from tokumei.detect.names.tokens import tokenize
    from tokumei.detect.textview import TextView

    out = []
    for d in docs:
        text = d["text"]
        toks = tokenize(text)
        gold = [(GOLD[e["label"]], e["start"], e["end"]) for e in d["entities"] if e["label"] in GOLD]
        rules = [(s.label, s.start, s.end) for s in find_names(TextView(text))
                 if s.label in F.SHORT and not (s.data or {}).get("reference")]
        out.append({"text": text, "toks": toks, "gold": gold, "rules": rules})
    return out


def featurize(items: list[dict], cache: F.FeatureCache, use_rules: bool) -> list[list[list[str]]]:
    return [F.sentence_features(it["toks"], cache, F.rule_tags(it["toks"], it["rules"]) if use_rules else None)
            for it in items]


def train(items: list[dict], X: list, params: dict, path: Path) -> float:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for it, x in zip(items, X):
        tr.append(x, F.bio(it["toks"], it["gold"]))
    tr.select("lbfgs")
    tr.set_params(params)
    t0 = time.process_time()
    tr.train(str(path))
    return time.process_time() - t0


def predict(path: Path, items: list[dict], X: list) -> list[list[tuple[str, int, int, float]]]:
    """Model spans ``(label, start, end, p)`` per sentence; the rules' agreement goes to ``it["agree"]``."""
    import pycrfsuite
    from tokumei.detect.names.model import decode_marginals

    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    out = []
    for it, x in zip(items, X):
        tags = tg.tag(x)
        spans, it["agree"] = decode_marginals(tg, it["toks"], tags, it["rules"])
        out.append(spans)
    tg.close()
    return out


def score(items: list[dict], preds: list[list[tuple]]) -> dict:
    res = {}
    for label in ("PERSON", "ORGANIZATION", "LOCATION"):
        m = prf(({(a, b) for lab, a, b in it["gold"] if lab == label}, {(p[1], p[2]) for p in pred if p[0] == label})
                for it, pred in zip(items, preds))
        res[label] = {k: round(v, 3) if k in ("P", "R", "F1", "overlap_R") else v for k, v in m.items()}
    return res


def line(name: str, res: dict) -> str:
    return f"{name:<34} " + "  ".join(
        f"{lab[:3]} P={m['P']:.3f} R={m['R']:.3f} F1={m['F1']:.3f} oR={m['overlap_R']:.3f}" for lab, m in res.items())


def combos(items: list[dict], model: list[list[tuple]], cut: float = 0.0) -> dict[str, list]:
    """How model and rules combine (rules have no LOCATION); ``veto`` rows drop rule spans whose
    tokens the model gives less than that probability of the rule's label."""
    from tokumei.detect.names.model.combine import combine

    out = {}
    model = [[(lab, a, b, p, it["text"][a:b]) for lab, a, b, p in ms] for it, ms in zip(items, model)]
    for mode in ("model", "rules", "model-first", "rules-first", "rules-grow", "longest", "per-label"):
        out[mode] = [[(lab, a, b) for lab, a, b, *_ in combine(it["rules"], [m for m in ms if m[3] >= cut], mode)]
                     for it, ms in zip(items, model)]
    for veto in (0.05, 0.1, 0.2, 0.3):
        for mode in ("rules-first", "rules-grow"):
            out[f"{mode} veto {veto}"] = [
                [(lab, a, b) for lab, a, b, *_ in combine([r for r, q in zip(it["rules"], it["agree"]) if q >= veto],
                                                          [m for m in ms if m[3] >= cut], mode)]
                for it, ms in zip(items, model)]
    return out


def pipeline_scores(model_path: Path, lex: F.Lexicons, opts: frozenset, sets: dict[str, list[dict]],
                    handwritten: bool = True) -> dict:
    """The whole default pipeline (rules + this model + allow-list + coreference, as
    ``bench/names_gsd.py`` runs it) with the model at ``model_path``; prints GSD figures per set and
    the hand-written dev figures."""
    import contextlib
    import io

    import pycrfsuite
    import tokumei.detect.names.model as M
    from tokumei.detect import default_analyzer

    import names_gsd as B

    tg = pycrfsuite.Tagger()
    tg.open(str(model_path))
    keep = frozenset(a for (a, _), _w in tg.info().state_features.items())
    tg.close()
    model = M.Model({"features": sorted(opts), "use_rules": True}, str(model_path), F.FeatureCache(lex, keep=keep))
    M.load = lambda: model  # type: ignore[assignment]  # this process only
    an = default_analyzer()
    figures: dict = {}
    for name, docs in sets.items():
        out = [an.analyze(d["text"]) for d in docs]
        preds = [[(s.label, s.start, s.end) for s in sp if not (s.data or {}).get("reference")] for sp in out]
        r, pl = B.score(docs, preds), B.place_recall(docs, preds)
        figures[name] = {lab: {k: round(v, 3) for k, v in r[lab].items()} for lab in ("PERSON", "ORGANIZATION")}
        figures[name]["LOCATION"] = {"overlap_R": round(pl["overlap_R"], 3), "gold": pl["gold"]}
        print(f"pipeline {name:<5} " + "  ".join(
            f"{lab[:3]} P={r[lab]['P']:.3f} R={r[lab]['R']:.3f} F1={r[lab]['F1']:.3f} oR={r[lab]['overlap_R']:.3f}"
            for lab in ("PERSON", "ORGANIZATION")) + f"  LOC oR={pl['overlap_R']:.3f}")
    hw = REPO / "bench" / "data" / "handwritten" / "names" / "dev.jsonl"
    if handwritten and hw.is_file():
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            B.handwritten(hw, an)
        figures["handwritten_dev"] = [" ".join(x.split()) for x in buf.getvalue().splitlines()[1:]]
        print("hand-written dev: " + "; ".join(figures["handwritten_dev"]))
    return figures


def select(args, train_items: list[dict], dev_items: list[dict], lex: F.Lexicons, opts: frozenset) -> None:
    """Selection run: train on the train sentences not held out (every 5th is), score the model alone
    and the whole default pipeline on dev, on the held-out sentences (the rule tier was tuned on dev,
    never on train) and on the hand-written dev set."""
    gsd = args.data / "ud-japanese-gsd-ne"
    docs = load(gsd / "train.jsonl", args.limit)
    held_docs, held = docs[4::5], train_items[4::5]
    fit = [it for i, it in enumerate(train_items) if i % 5 != 4]
    path = Path(f"/tmp/tokumei_names_select_{os.getpid()}.crfsuite")
    cache = F.FeatureCache(lex)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True}
    cpu = train(fit, featurize(fit, cache, True), params, path)
    print(f"select: features {sorted(opts)} c1={args.c1} c2={args.c2}; trained on {len(fit)} in {cpu:.0f} s CPU, "
          f"model {path.stat().st_size:,} bytes")
    for name, items in (("dev", dev_items), ("held", held)):
        preds = predict(path, items, featurize(items, cache, True))
        print(line(f"model {name}", score(items, [[p[:3] for p in ps] for ps in preds])))
    pipeline_scores(path, lex, opts, {"dev": load(gsd / "dev.jsonl", args.limit and max(20, args.limit // 5)),
                                      "held": held_docs})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=shared_data())
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N sentences only (tests)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--features", default=FEATURES, help=f"optional feature groups, comma-separated ({FEATURES})")
    ap.add_argument("--clusters-k", type=int, default=CLUSTERS_K)
    ap.add_argument("--select", action="store_true",
                    help="train on 4/5 of train; model and default pipeline on dev, held-out train, hand-written dev")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--no-jmnedict", action="store_true")
    ap.add_argument("--no-sudachi", action="store_true")
    ap.add_argument("--char", action="store_true", help="character-level variant, dev scores only; writes nothing")
    ap.add_argument("--holdout", action="store_true", help="score on every 5th train sentence (held out) instead of dev")
    ap.add_argument("--combos", action="store_true", help="with --grid: only the default parameters")
    ap.add_argument("--grid", action="store_true", help="dev scores for a c1/c2 × feature-set grid; writes nothing")
    ap.add_argument("--extra", type=Path, action="append", default=[], metavar="JSONL",
                    help="also train on these hand-written documents (bench/data/handwritten/<set>/dev.jsonl), "
                         "cut into sentences; never a test half")
    ap.add_argument("--extra-skip", default=None, metavar="REGEX",
                    help="leave out the --extra documents whose id matches (a batch held out to measure the model on)")
    ap.add_argument("--gsd-copies", type=int, default=1, help="how many times each GSD train sentence is used")
    ap.add_argument("--extra-copies", type=int, default=1, help="how many times each --extra sentence is appended")
    ap.add_argument("--extra-silent-rules", action="store_true",
                    help="append each --extra sentence once more with the rule tier silent (no rule features), "
                         "so the model does not learn to trust the rules on text they were tuned on")
    args = ap.parse_args()
    if any(p.name.startswith("test") for p in args.extra):
        sys.exit("--extra: a test half is never trained on")

    gsd = args.data / "ud-japanese-gsd-ne"
    jm_path = args.data / "jmnedict" / "names.tsv.gz"
    t0 = time.process_time()
    train_items = prepare(load(gsd / "train.jsonl", args.limit))
    n_gsd = len(train_items)
    # --gsd-copies: GSD train repeated, so the hand-written dev (about 29,000 sentences by stop 38) does not outweigh it
    # 4:1 (measured at stop 38: bench/results/names_model_retrain_stop38.txt)
    train_items = train_items * args.gsd_copies
    skip = re.compile(args.extra_skip) if args.extra_skip else None
    extra_docs = {p: [d for d in load(p) if not (skip and skip.fullmatch(d["id"]))] for p in args.extra}
    extra_by_path = {p: prepare(sentences(docs)) for p, docs in extra_docs.items()}
    extra_items = [it for items in extra_by_path.values() for it in items]
    if extra_items and (args.select or args.holdout):
        sys.exit("--extra is for training and --grid runs only")
    train_items += extra_items * args.extra_copies
    if args.extra_silent_rules:
        train_items += [{**it, "rules": []} for it in extra_items]
    dev_items = prepare(load(gsd / "dev.jsonl", args.limit and max(20, args.limit // 5)))
    print(f"prepared {len(train_items)} train / {len(dev_items)} dev sentences in {time.process_time() - t0:.1f} s CPU")
    jm_full = L.read_jmnedict(jm_path)
    sudachi = F.sudachi_tags_factory()
    args.out.mkdir(parents=True, exist_ok=True)
    opts = frozenset(x for x in args.features.split(",") if x)
    if opts - OPTIONAL:
        sys.exit(f"unknown feature groups: {sorted(opts - OPTIONAL)} (known: {sorted(OPTIONAL)})")
    clusters = build_clusters(args.clusters_k) if "clusters" in opts else None
    places = L.place_kinds_factory() if "gazetteer" in opts else None

    def lexicons(sd: bool, jm: bool) -> F.Lexicons:
        return F.Lexicons(sudachi if sd else None, jm_full if jm else None, clusters, places, opts)

    def run(c1: float, c2: float, rules: bool, jm: bool, sd: bool, path: Path) -> tuple[dict, list]:
        cache = F.FeatureCache(lexicons(sd, jm))
        Xtr = featurize(train_items, cache, rules)
        Xdev = featurize(dev_items, cache, rules)
        params = {"c1": c1, "c2": c2, "max_iterations": args.iterations, "feature.possible_transitions": True}
        cpu = train(train_items, Xtr, params, path)
        preds = predict(path, dev_items, Xdev)
        return {"params": params, "train_cpu_s": round(cpu, 1)}, preds

    if args.char:
        # character-level CRF on the same features (each character: its token's features + its own)
        import pycrfsuite

        cache = F.FeatureCache(F.Lexicons(sudachi, jm_full))

        def cx(items: list[dict]) -> list:
            res = []
            for it in items:
                tf = F.sentence_features(it["toks"], cache, F.rule_tags(it["toks"], it["rules"]))
                offs, x = F.char_features(it["text"], it["toks"], tf)
                res.append((offs, x))
            return res

        def char_bio(it: dict, offs: list[int]) -> list[str]:
            tags = ["O"] * len(offs)
            where = {o: i for i, o in enumerate(offs)}
            for lab, a, b in it["gold"]:
                for k in range(a, b):
                    if k in where:
                        tags[where[k]] = ("B-" if k == a else "I-") + F.SHORT[lab]
            return tags

        Xtr, Xdev = cx(train_items), cx(dev_items)
        tr = pycrfsuite.Trainer(verbose=False)
        for it, (offs, x) in zip(train_items, Xtr):
            tr.append(x, char_bio(it, offs))
        tr.select("lbfgs")
        tr.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True})
        path = Path(f"/tmp/tokumei_names_char_{os.getpid()}.crfsuite")
        c0 = time.process_time()
        tr.train(str(path))
        tg = pycrfsuite.Tagger()
        tg.open(str(path))
        preds = []
        t1 = time.process_time()
        for it, (offs, x) in zip(dev_items, Xdev):
            tags = tg.tag(x)
            spans, cur = [], None
            for o, tag in zip(offs, tags):
                if tag == "O":
                    cur = None
                elif tag[0] == "I" and cur is not None and cur[0] == tag[2:] and cur[2] == o:
                    cur[2] = o + 1
                else:
                    cur = [tag[2:], o, o + 1]
                    spans.append(cur)
            preds.append([(F.LONG[lab], a, b) for lab, a, b in spans])
        print(f"char-level: train {t1 - c0:.1f} s CPU, tag dev {time.process_time() - t1:.2f} s CPU")
        print(line(f"char c1={args.c1} c2={args.c2}", score(dev_items, preds)))
        return

    if args.select:
        select(args, train_items, dev_items, lexicons(not args.no_sudachi, not args.no_jmnedict), opts)
        return

    if args.holdout:
        # the rule tier was tuned on dev (issue #3), so dev favours the rules when deciding how rules and
        # model combine; every 5th train sentence is held out instead (rules never tuned there)
        held = train_items[4::5]
        del train_items[4::5]
        dev_items[:] = held
        print(f"holdout: training on {len(train_items)}, scoring on {len(held)} held-out train sentences")

    if args.grid:
        tmp = Path(f"/tmp/tokumei_names_grid_{os.getpid()}.crfsuite")
        grid = [(0.05, 0.01, True, True, True), (0.05, 0.01, False, True, True), (0.05, 0.01, True, False, True),
                (0.05, 0.01, True, True, False), (0.1, 0.01, True, True, True), (0.02, 0.01, True, True, True),
                (0.05, 0.05, True, True, True), (0.2, 0.005, True, True, True)]
        if args.holdout or args.combos:
            grid = [(args.c1, args.c2, True, not args.no_jmnedict, True)]
        for c1, c2, rules, jm, sd in grid:
            meta, preds = run(c1, c2, rules, jm, sd, tmp)
            res = score(dev_items, [[p[:3] for p in ps] for ps in preds])
            print(line(f"c1={c1} c2={c2} rules={int(rules)} jm={int(jm)} sd={int(sd)}", res), f"({meta['train_cpu_s']} s)")
            for mode, pr in combos(dev_items, preds, 0.4).items():
                if mode not in ("model",):
                    print("   ", line(mode, score(dev_items, pr)))
            sys.stdout.flush()
        return

    model_path = args.out / "jp_names_v1.crfsuite"
    meta, preds = run(args.c1, args.c2, not args.no_rules, not args.no_jmnedict, not args.no_sudachi, model_path)
    dev = score(dev_items, [[p[:3] for p in ps] for ps in preds])
    print(line("model (dev)", dev))
    pipeline = None
    if not args.limit and not args.no_rules:  # the whole default pipeline with this model on dev (bench/names_gsd.py)
        pipeline = pipeline_scores(model_path, lexicons(not args.no_sudachi, not args.no_jmnedict), opts,
                                   {"dev": load(gsd / "dev.jsonl")})
    cuts = {}
    for cut in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        c = combos(dev_items, preds, cut)
        cuts[str(cut)] = {mode: score(dev_items, pr) for mode, pr in c.items()}
        for mode in ("model", "rules-first", "rules-grow", "rules-grow veto 0.1", "per-label", "longest"):
            print(line(f"cut {cut} {mode}", cuts[str(cut)][mode]))
    if not args.no_jmnedict:
        L.write_compact(jm_full, args.out / "jmnedict_names.tsv.gz")
    if clusters:
        L.write_compact(clusters, args.out / "word_clusters.tsv.gz")
    metadata = {
        "name": "jp.names.model.v1",
        "version": 1,
        "created": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
        "unit": "SudachiPy SplitMode.C token",
        "tags": list(F.TAGS),
        "labels": {"PERSON": "GSD PERSON", "ORGANIZATION": "GSD ORG", "LOCATION": "GSD GPE+LOC+FAC"},
        "training_data": {
            "train.jsonl": {"sha256": sha256(gsd / "train.jsonl"), "sentences": n_gsd, "copies": args.gsd_copies,
                            "licence": "UD Japanese GSD NE, CC BY-SA 4.0"},
            "names.tsv.gz": ({"sha256": sha256(jm_path), "licence": "JMnedict, EDRDG, CC BY-SA 4.0"}
                             if not args.no_jmnedict else None),
            **{str(p.resolve().relative_to(REPO) if p.resolve().is_relative_to(REPO) else p): {
                "sha256": sha256(p), "documents": len(extra_docs[p]), "sentences": len(extra_by_path[p]),
                "skipped_ids": args.extra_skip,
                "copies": args.extra_copies,
                "silent_rules_copy": args.extra_silent_rules, "licence": "tokumei hand-written set (MIT)"} for p in args.extra},
        },
        "selected_on": "dev.jsonl",
        "features": list(F.FEATURE_SET) + sorted(opts),
        "clusters": ({"k": args.clusters_k, "surfaces": len(clusters), **vectors_source()} if clusters else None),
        "use_rules": not args.no_rules, "use_jmnedict": not args.no_jmnedict, "use_sudachi": not args.no_sudachi,
        "crfsuite": {"algorithm": "lbfgs", **meta["params"]},
        "train_cpu_s": meta["train_cpu_s"],
        "dev": dev,
        "dev_pipeline": pipeline,
        "selection": "bench/results/names_model_select.txt (scripts/train_names.py --select: dev, held-out 1/5 of train, "
                     "hand-written dev)",
        "dev_cutoffs": cuts,
        "limit": args.limit,
    }
    (args.out / "jp_names_v1.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {model_path} ({model_path.stat().st_size:,} bytes) and its metadata")


if __name__ == "__main__":
    main()
