"""Leak, risks, content kept and ordinary-word damage on the HAND-WRITTEN anonymize set (issue #12).

Reads ``<dir>/{dev,test}.jsonl`` (one document a line: ``{"id", "style", "text", "entities":
[{start, end, label, text, entity_id?, subtype?}], "risks": [{start, end, kind, text}]}``, written by
hand, not by ``tokumei.synth``; see that directory's README) and anonymizes each text with the
library (default analyzer, the given policy). Used by ``bench/anonymize_leak.py --handwritten DIR``.

Metrics, per split:

* **Leak per group** — people (PERSON), organisations (ORGANIZATION), places (LOCATION finer than a
  prefecture, and ADDRESS after its prefecture), numbers (every identifier and contact label). A gold
  span leaks when any of its characters that must go was left unchanged by the replacements
  (spaces never count; for ADDRESS only the part after the prefecture must go; for LOCATION of
  subtype pref/country/region nothing must go). ``.public`` spans (public figures and bodies) are
  neither required nor penalised.
* **Risks flagged or removed** — an expected risk counts when a risk flag overlaps it or the
  replacements cover all of it.
* **Content kept** — characters outside every gold span and expected risk that no replacement
  touched, over all such characters.
* **Ordinary words replaced** — PERSON/ORGANIZATION replacements that overlap no gold span at all
  (an ordinary word turned into a person or company), and among them those written as the neutral
  〔要確認〕 (no letter: a doubtful model guess hidden for recall, :mod:`tokumei.anonymize.sense`); replacements over a gold LOCATION only are
  counted apart when the replacement carries a letter (a place given a person's or company's letter;
  「（地名）」 is a place word).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

GROUPS = {
    "people": ("PERSON",),
    "organisations": ("ORGANIZATION",),
    "places": ("LOCATION", "ADDRESS"),
    "numbers": ("PHONE", "EMAIL", "URL", "POSTAL_CODE", "DATE_OF_BIRTH", "MEMBER_ID", "CREDIT_CARD",
                "CORPORATE_NUMBER", "MY_NUMBER", "BANK_ACCOUNT", "PENSION_NUMBER", "SNS", "SNS_HANDLE",
                "PENSION", "IP_ADDRESS"),
}
_GROUP_OF = {lab: g for g, labs in GROUPS.items() for lab in labs}
#: the groups whose pseudonyms keep a kind word (「A大学」, 「（地名）役所」); a person's name has none, so a surname or given
#: name left beside a replaced part (「高見 B」) is a name leak even when SudachiPy also lists it as a common noun (高見)
KIND_GROUPS = ("organisations", "places")
_KEPT_PLACES = {"pref", "country", "region"}
_PREF = re.compile(r"^(北海道|東京都|京都府|大阪府|.{2,3}?県)")


def load(path: Path) -> list[dict[str, Any]]:
    """Documents of one JSONL file; every entity's and risk's text is checked against the offsets."""
    docs = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        for e in [*d.get("entities", []), *d.get("risks", [])]:
            if d["text"][e["start"]:e["end"]] != e["text"]:
                raise ValueError(f"{path.name}:{n}: span text does not match its offsets ({d['id']})")
        docs.append(d)
    return docs


#: A name's honorific at the end of a gold span (the annotators sometimes take it in: 「なかにしさん」).
_HONORIFIC_END = re.compile(r"(?:さん|さま|様|ちゃん|くん|君|氏)$")


def must_go(text: str, e: dict[str, Any]) -> list[int]:
    """Character positions of gold span ``e`` that anonymization must change."""
    label, sub = e["label"], e.get("subtype") or ""
    if sub == "public" or label == "LOCATION" and sub in _KEPT_PLACES:
        return []
    a, b = e["start"], e["end"]
    h = _HONORIFIC_END.search(text, a, b)
    if h and h.start() > a:
        b = h.start()  # 「なるみさん」 → 「Bさん」: the honorific identifies no one, the name before it must change
    if label == "ADDRESS":
        m = _PREF.match(text[a:b])
        if m:
            a += m.end()
    return [i for i in range(a, b) if not text[i].isspace()]


@dataclass
class Scores:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    leaked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    risks: int = 0
    risks_hit: int = 0
    outside: int = 0
    kept: int = 0
    ordinary: int = 0
    #: of ``ordinary``: replacements with the neutral 〔要確認〕 (anonymize.sense), which assert no identity
    ordinary_neutral: int = 0
    place_as_name: int = 0
    #: of ``leaked``: partial leaks whose unchanged characters are dictionary common nouns only (:func:`kind_words_only`)
    kind_only: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    docs: int = 0
    examples: list[str] = field(default_factory=list)

    def rate(self, g: str) -> float:
        return self.leaked[g] / self.gold[g] if self.gold[g] else 0.0


def kind_words_only(text: str, left: list[int]) -> bool:
    """The characters ``left`` of a partly replaced gold span are only dictionary common nouns — the kind word a
    pseudonym keeps (「A自動車教習所」's 自動車教習所, 「（地名）役所」's 役所, 「ハローワークB」's ハローワーク) — and no
    proper noun, unknown word or kana word SudachiPy does not list as a common noun. Such a leak still counts in
    ``leaked`` (the strict figure); :class:`Scores` keeps it apart as ``kind_only`` so the report can show both."""
    from tokumei.detect.names.tokens import tokenize

    toks = [t for t in tokenize(text) if any(t.start <= i < t.end for i in left)]
    return bool(toks) and not any(
        t.pos[1] == "固有名詞" or t.oov or (re.fullmatch(r"[ぁ-ゖァ-ヺー]{2,}", t.surface) and t.pos[1] != "普通名詞")
        for t in toks)


def score(docs: Iterable[dict[str, Any]], run: Callable[[str], Any], show: int = 10) -> Scores:
    """Anonymize every document with ``run(text) -> AnonymizeResult`` and score it."""
    sc = Scores()
    for d in docs:
        text = d["text"]
        r = run(text)
        sc.docs += 1
        changed = bytearray(len(text))
        for x in r.replacements:
            for i in range(x.start, x.end):
                changed[i] = 1
        gold_cover = bytearray(len(text))
        for e in d.get("entities", []):
            for i in range(e["start"], e["end"]):
                gold_cover[i] = 1
            g = _GROUP_OF.get(e["label"])
            need = must_go(text, e)
            if g is None or not need:
                continue
            sc.gold[g] += 1
            if not all(changed[i] for i in need):
                sc.leaked[g] += 1
                if g in KIND_GROUPS and any(changed[i] for i in need) and kind_words_only(
                        text, [i for i in need if not changed[i]]):
                    sc.kind_only[g] += 1
                if len(sc.examples) < show:
                    sc.examples.append(f"{d['id']} {e['label']}: {e['text']}")
        for k in d.get("risks", []):
            sc.risks += 1
            flagged = any(f.start < k["end"] and k["start"] < f.end for f in r.risks)
            removed = all(changed[i] for i in range(k["start"], k["end"]))
            sc.risks_hit += flagged or removed
            for i in range(k["start"], k["end"]):
                gold_cover[i] = 1
        for i in range(len(text)):
            if not gold_cover[i]:
                sc.outside += 1
                sc.kept += not changed[i]
        for x in r.replacements:
            if x.label not in ("PERSON", "ORGANIZATION"):
                continue
            over = [e for e in d.get("entities", []) if e["start"] < x.end and x.start < e["end"]]
            if not over:
                sc.ordinary += 1
                sc.ordinary_neutral += not re.search(r"[A-ZＡ-Ｚ]", x.replacement)
                if len(sc.examples) < show:
                    sc.examples.append(f"{d['id']} ordinary→{x.label}: {x.original}")
            elif all(e["label"] == "LOCATION" for e in over) and re.search(r"[A-Z]", x.replacement):
                sc.place_as_name += 1
    return sc


def report(name: str, sc: Scores) -> str:
    """A few lines for the bench output."""
    if not sc.docs:
        return f"## 手書き評価セット {name}: 文書なし（まだ用意されていません）\n"
    lines = [f"## 手書き評価セット {name}（{sc.docs} 文書）", f"{'group':<16}{'gold':>6}{'leaked':>8}{'rate':>9}"]
    for g in GROUPS:
        lines.append(f"{g:<16}{sc.gold[g]:>6}{sc.leaked[g]:>8}{sc.rate(g):>9.2%}")
    share = sc.risks_hit / sc.risks if sc.risks else 0.0
    kept = sc.kept / sc.outside if sc.outside else 1.0
    kind = {g: sc.kind_only[g] for g in KIND_GROUPS}
    lines.append("of the leaks, partly replaced with only dictionary common nouns left (kind words such as 役所・教習所): "
                 + ", ".join(f"{g} {kind[g]} (without them {(sc.leaked[g] - kind[g]) / sc.gold[g]:.2%})"
                             for g in kind if sc.gold[g]))
    lines += [f"risks flagged or removed: {sc.risks_hit}/{sc.risks} = {share:.1%}",
              f"content kept: {sc.kept}/{sc.outside} = {kept:.2%}",
              f"ordinary words replaced as person/company: {sc.ordinary} (with a letter {sc.ordinary - sc.ordinary_neutral}, "
              f"neutral 〔要確認〕 {sc.ordinary_neutral}); places given a name letter: {sc.place_as_name}"]
    if sc.examples:
        lines.append("examples:")
        lines += [f"  {x}" for x in sc.examples]
    return "\n".join(lines) + "\n"


def run_dir(directory: Path, policy: str = "publication", show: int = 10,
            splits: tuple[str, ...] = ("dev", "test")) -> str:
    """The report for ``<directory>/{dev,test}.jsonl`` (a missing or empty split says so).

    ``splits=("dev",)`` scores the dev half only (helpers tune on dev and never read the test half).
    """
    from tokumei.anonymize.engine import anonymize

    out = []
    for split in splits:
        p = directory / f"{split}.jsonl"
        docs = load(p) if p.exists() else []
        # the test half's leaks are never printed: nobody who writes the code reads that half
        shown = show if split == "dev" else 0
        out.append(report(f"{split} ({p})", score(docs, lambda t: anonymize(t, policy), shown)))
    return "\n".join(out)
