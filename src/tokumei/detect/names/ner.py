"""Tier 3 (optional): GiNZA NER (``jp.names.ginza.v1``), loaded lazily, once per process.

GiNZA (spaCy + SudachiPy, Megagon Labs) tags Extended Named Entity types; ``Person`` becomes
PERSON and the organisation types below become ORGANIZATION. It is off by default (≈ 2,400
chars/s, ≈ 1 GB RSS); enable it with ``TOKUMEI_NER=ginza`` or ``build_analyzer(ner=True)``. It
only adds candidates: tier 1 and 2 still run, so it is never the only path to a name. GiNZA
tokenizes with SudachiPy too, so input is fed in the same byte-limited chunks
(:func:`tokumei.detect.names.tokens.chunks`) with offsets shifted back.

Known GiNZA errors are filtered: person spans containing digits (電話番号の断片) or ending in
代目 (「十四代目」), and spans that are only kana/kanji digits.

例::

    >>> ENE_TO_LABEL["Company"]
    'ORGANIZATION'
"""
from __future__ import annotations

import re
import threading

from tokumei.span import Span
from tokumei.detect.textview import TextView
from tokumei.detect.names.tokens import chunks

SOURCE = "jp.names.ginza.v1"

#: Extended Named Entity (Sekine) types of ja_ginza → tokumei labels.
ENE_TO_LABEL: dict[str, str] = {
    "Person": "PERSON",
    **{k: "ORGANIZATION" for k in (
        "Company", "Company_Group", "Corporation_Other", "Government", "International_Organization",
        "Military", "Organization_Other", "Political_Organization_Other", "Political_Party",
        "Pro_Sports_Organization", "Show_Organization", "Sports_Organization_Other", "Sports_League",
        "School", "Research_Institute", "Family",
    )},
}
_BAD_PERSON = re.compile(r"[0-9０-９]|代目$|^[一二三四五六七八九十百千〇]+$")
_lock = threading.Lock()
_nlp = None


def ginza():
    """The process-wide ja_ginza pipeline (NER only; parser and others disabled)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load("ja_ginza", exclude=["parser", "compound_splitter", "bunsetu_recognizer"])
    return _nlp


#: Labels the tier contributes to the pipeline. Measured on GSD dev: of GiNZA's PERSON spans that
#: tier 1 had not already found, 6 were right and ≈ 40 wrong (places, titles, 福音書, ゴールキーパー),
#: while its organisations raise ORG recall; so the tier adds ORGANIZATION only.
TIER_LABELS: tuple[str, ...] = ("ORGANIZATION",)


#: GiNZA organisation types the tier does not add: on GSD dev, of the spans these types added beyond
#: tier 1, none was right (実験室, アフリカ系アメリカ人, 蝦夷地幕領, 松濤本部 …).
TIER_SKIP_ENE = frozenset(("Organization_Other", "Family", "School", "International_Organization"))
#: Organisation spans that are reference words or nicknames, not names (同氏, 通称・但馬).
_BAD_ORG = re.compile(r"^同.$|^同[社氏店院]|通称")


def find_ner_tier(view: TextView) -> list[Span]:
    """The tier-3 finder used by the pipeline (GiNZA organisations, see :data:`TIER_LABELS`)."""
    return [s for s in find_ner(view, TIER_LABELS)
            if s.data["ene"] not in TIER_SKIP_ENE and not _BAD_ORG.search(s.text)]


def find_ner(view: TextView, labels: tuple[str, ...] = ("PERSON", "ORGANIZATION")) -> list[Span]:
    """PERSON/ORGANIZATION spans from GiNZA. 例: ``find_ner(TextView("山田太郎が来た"))`` → PERSON「山田太郎」"""
    text = view.original
    nlp = ginza()
    out: list[Span] = []
    ranges = list(chunks(text))
    with _lock:  # a spaCy pipeline (and its SudachiPy tokenizer) serves one thread at a time
        docs = list(nlp.pipe(text[a:b] for a, b in ranges))
    for (a, _b), doc in zip(ranges, docs):
        for e in doc.ents:
            label = ENE_TO_LABEL.get(e.label_)
            if label is None or label not in labels or not e.text.strip():
                continue
            if label == "PERSON" and _BAD_PERSON.search(e.text):
                continue
            s, t = a + e.start_char, a + e.end_char
            out.append(Span(label, s, t, text[s:t], 0.65, SOURCE, f"GiNZA NER ({e.label_})", data={"tier": 3, "ene": e.label_}))
    return out
