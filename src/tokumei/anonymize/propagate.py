"""Safety net: once a name is detected in a document, replace its other occurrences too.

A detector can find 中山裕子 on one line and miss the same person's surname (中山さん) or the
reading on the フリガナ line (ナカヤマ ユウコ). "One entity, one pseudonym everywhere in the
document" means those occurrences must go as well. The written forms of a detected name are its
surname, given name, katakana/hiragana readings (SudachiPy, the same dictionary the names tier
uses) and legal-form variants (株式会社/(株)…), and an occurrence counts
only at a word boundary (not inside a longer word: 大石田, 中山道) unless an honorific follows;
a one-kanji surname (林, 原) counts only right before an honorific (林様, 原社長), never in 林業.

例::

    >>> from tokumei.span import Span
    >>> t = "氏名：中山裕子\\nフリガナ：ナカヤマ ユウコ"
    >>> [(s.text, s.source) for s in propagate(t, [Span("PERSON", 3, 7, "中山裕子", .9, "t", "", "P1")])]
    [('ナカヤマ ユウコ', 'anonymize.propagate.v1')]
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from tokumei.anonymize.pseudonyms import _LEGAL_RE, follows_honorific
from tokumei.detect.names.tokens import script_of
from tokumei.span import Span

SOURCE = "anonymize.propagate.v1"
_KANA_ONLY = re.compile(r"[\u30a0-\u30ff\u3040-\u309f ー・]+")


@lru_cache(maxsize=8192)
def person_forms(name: str) -> frozenset[str]:
    """Written forms of a detected person: full name with/without space, surname, given name
    (≥ 2 characters), and the katakana/hiragana readings (SudachiPy ``reading_form``, one call per
    name, cached). 例: ``"ナカヤマ ユウコ" in person_forms("中山裕子")``"""
    import jaconv

    from tokumei.anonymize.risk import _tokens

    toks = [t for t in _tokens(name) if t.surface().strip()]
    out = {name, "".join(name.split())}
    if len(toks) == 2:
        (sur, sr), (giv, gr) = [(t.surface(), t.reading_form()) for t in toks]
        out |= {sur, f"{sur} {giv}", f"{sur}\u3000{giv}"}
        if len(giv) >= 2:
            out.add(giv)
        for r in (sr, gr):
            if len(r) >= 2 and r != "キゴウ":
                out.add(r)
        for full in (sr + gr, f"{sr} {gr}", f"{sr}\u3000{gr}"):
            out |= {full, jaconv.kata2hira(full)}
    return frozenset(v for v in out if v)


def org_forms(name: str) -> frozenset[str]:
    """The organisation name with and without its legal form. 例: 株式会社ミライ商事 → ミライ商事, (株)ミライ商事 …"""
    core = _LEGAL_RE.sub("", unicodedata.normalize("NFKC", name)).strip()
    out = {name}
    if len(core) >= 2:
        out.add(core)
        for form in ("株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱"):
            out |= {form + core, core + form}
    return frozenset(out)


def _variants(s: Span) -> frozenset[str]:
    return org_forms(s.text) if s.label == "ORGANIZATION" else person_forms(s.text)


def propagate(text: str, spans: Iterable[Span]) -> list[Span]:
    """New PERSON/ORGANIZATION spans for undetected occurrences of names detected in ``text``.

    A new span may contain detected spans (ナカヤマ ユウコ around a detected ユウコ); the caller
    drops those (:func:`merge`)."""
    spans = list(spans)
    table: dict[str, Span] = {}
    for s in spans:
        if s.label in ("PERSON", "ORGANIZATION") and not (s.data or {}).get("reference") and len(s.text) >= 2:
            for v in _variants(s):
                v = v.strip()
                if v and v not in table and (len(v) >= 2 or script_of(v) == "kanji"):
                    table[v] = s
    if not table:
        return []
    taken = sorted((s.start, s.end) for s in spans)
    hits: list[tuple[int, int, str]] = []
    for v in table:  # str.find per form: cheaper than compiling one alternation per document
        i = text.find(v)
        while i >= 0:
            hits.append((i, i + len(v), v))
            i = text.find(v, i + 1)
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[Span] = []
    last = -1
    for a, b, v in hits:
        if a < last:
            continue  # longest form first at each position, no overlapping matches
        if any(a < y and x < b and not (a <= x and y <= b and (a, b) != (x, y)) for x, y in taken):
            continue  # a detected span equal to or sticking out of the match wins; ones strictly inside it are superseded
        if a > 0 and script_of(text[a - 1]) == script_of(v[0]) != "other":
            continue
        if len(v) == 1 and not follows_honorific(text, b):
            continue  # a one-kanji surname (林, 原) only right before an honorific: 林様, 原社長
        if b < len(text) and script_of(text[b]) == script_of(v[-1]) != "other" and not follows_honorific(text, b):
            continue
        src = table[v]
        data: dict = {"same_as": src.text}
        if _KANA_ONLY.fullmatch(v) and not _KANA_ONLY.fullmatch(src.text):
            data["reading"] = True
        out.append(Span(src.label, a, b, v, min(src.score, 0.85), SOURCE,
                        f"文書内で検出済みの{'人名' if src.label == 'PERSON' else '組織名'}と同じ表記",
                        src.entity_id, data))
        taken.append((a, b))
        last = b
    return out


_KATA_RUN = re.compile(r"[\u30a1-\u30faー]{1,10}")


def extend_readings(text: str, spans: list[Span]) -> list[Span]:
    """A katakana PERSON span next to another katakana word across one space is a full name
    reading (フリガナ：マスダ トモユキ with only マスダ found): cover both words."""
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for s in spans:
        if s.label == "PERSON" and _KANA_ONLY.fullmatch(s.text) and " " not in s.text.strip():
            a, b = s.start, s.end
            m = _KATA_RUN.match(text, b + 1) if text[b : b + 1] in (" ", "\u3000") else None
            if m and not any(x < m.end() and m.start() < y for x, y in taken if (x, y) != (a, b)):
                b = m.end()
            elif a >= 2 and text[a - 1] in (" ", "\u3000"):
                left = re.search(r"[\u30a1-\u30faー]{1,10}$", text[max(0, a - 12) : a - 1])
                if left:
                    la = a - 1 - len(left.group(0))
                    if not any(x < a - 1 and la < y for x, y in taken if (x, y) != (a, b)):
                        a = la
            if (a, b) != (s.start, s.end):
                s = s.with_(start=a, end=b, text=text[a:b], data={**(s.data or {}), "reading": True},
                            reason=s.reason + "・読みの姓名をまとめて置換")
        out.append(s)
    return out


def merge(text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans`` plus :func:`propagate`'s, without the detected spans the new ones contain, and
    katakana readings widened to the full name (:func:`extend_readings`)."""
    spans = list(spans)
    new = propagate(text, spans)
    if new:
        spans = [s for s in spans if not any(n.start <= s.start and s.end <= n.end for n in new)] + new
    return extend_readings(text, spans)
