"""Safety net: once a name is detected in a document, replace its other occurrences too.

A detector can find 中山裕子 on one line and miss the same person's surname (中山さん) or the
reading on the フリガナ line (ナカヤマ ユウコ). "One entity, one pseudonym everywhere in the
document" means those occurrences must go as well. The written forms of a detected name are its
surname, given name, katakana/hiragana readings (SudachiPy, the same dictionary the names tier
uses) and legal-form variants (株式会社/(株)…), and an occurrence counts
only at a word boundary (not inside a longer word: 大石田, 中山道) unless an honorific follows;
a one-kanji surname (林, 原) counts only right before an honorific (林様, 原社長), never in 林業.
Those forms and that matcher live in :mod:`tokumei.detect.names.variants`, shared with detection
(which already repeats a found name at its other occurrences); this module stays the safety net
for spans given from outside detection (``anonymize_spans(..., spans=...)``).

例::

    >>> from tokumei.span import Span
    >>> t = "氏名：中山裕子\\nフリガナ：ナカヤマ ユウコ"
    >>> [(s.text, s.source) for s in propagate(t, [Span("PERSON", 3, 7, "中山裕子", .9, "t", "", "P1")])]
    [('ナカヤマ ユウコ', 'anonymize.propagate.v1')]
"""
from __future__ import annotations

import re
from typing import Iterable

from tokumei.detect.names.variants import find_mentions, org_forms, person_forms, supersede
from tokumei.span import Span

__all__ = ["SOURCE", "extend_readings", "merge", "org_forms", "person_forms", "propagate", "repeats_of_replaced",
           "sure_names_inside"]

SOURCE = "anonymize.propagate.v1"
_KANA_ONLY = re.compile(r"[\u30a0-\u30ff\u3040-\u309f ー・]+")


def propagate(text: str, spans: Iterable[Span]) -> list[Span]:
    """New PERSON/ORGANIZATION spans for undetected occurrences of names detected in ``text``
    (:func:`tokumei.detect.names.variants.find_mentions`, the matcher detection uses too).

    A new span may contain detected spans (ナカヤマ ユウコ around a detected ユウコ); the caller
    drops those (:func:`merge`). 例: 「中山裕子 … 中山さん」 with 中山裕子 given → 中山."""
    return find_mentions(text, spans, source=SOURCE, max_score=0.85)


def sure_names_inside(text: str, sure: list[Span], doubtful: list[Span]) -> list[Span]:
    """Mentions of a surely detected organisation inside a span left for review (「魚辰オンライン」, a doubtful
    service name, holds 魚辰 of 有限会社魚辰): the name goes even when the whole stays for a person to decide.
    例: 「有限会社魚辰 … 「魚辰オンライン」」 → 魚辰 (the inner mention, same entity)."""
    orgs = [s for s in sure if s.label == "ORGANIZATION"]
    if not orgs:
        return []
    found = find_mentions(text, orgs, source=SOURCE, max_score=0.85)
    return [m for m in found if any(d.start <= m.start and m.end <= d.end and (d.start, d.end) != (m.start, m.end)
                                    for d in doubtful)]


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
    return extend_readings(text, supersede(spans, propagate(text, spans)))


_REPEATED = ("PERSON", "ORGANIZATION", "LOCATION")


def repeats_of_replaced(text: str, sure: list[Span], ordinary: Iterable[Span] = ()) -> list[Span]:
    """Spans for the other occurrences of a name the policy replaces that nothing covers, written exactly the same
    and standing as whole words (SudachiPy token boundaries): 「浜よし」 replaced in one sentence and left in
    「浜よしに入った」 two lines down would tell the reader the pseudonym. Each copy keeps the span's label, entity id
    and data, so it gets the same pseudonym. Not for a name of one character, a doubtful name replaced with
    〔要確認〕, or a dictionary word without a name reading (a word the detector took for a name once is not
    made a name everywhere), nor where the sense step kept the word as an ordinary one (``ordinary``: 清水が湧き出る
    after 清水さん). Measured on the hand-written dev folds: about 50 of 400 leaks were such repeats.
    例: 「屋号の「浜よし」は… 浜よしに入った」 with the first 浜よし sure → the second as well."""
    from tokumei.anonymize.places import tokens_of
    from tokumei.anonymize.sense import is_ordinary_word

    cands = [s for s in sure if s.label in _REPEATED and len(s.text.strip()) >= 2 and s.text.strip() == s.text
             and not ((d := s.data or {}).get("unsure") or d.get("reference"))]
    if not cands:
        return []
    toks = tokens_of(text)
    starts, ends = {t.start for t in toks}, {t.end for t in toks}
    taken = [(s.start, s.end) for s in sure] + [(s.start, s.end) for s in ordinary]
    out: list[Span] = []
    seen: set[str] = set()
    for s in sorted(cands, key=lambda s: -len(s.text)):  # 喫茶ポプラ before ポプラ
        if s.text in seen or is_ordinary_word(s.text):
            continue
        seen.add(s.text)
        for m in re.finditer(re.escape(s.text), text):
            a, b = m.span()
            if a not in starts or b not in ends or any(x < b and a < y for x, y in taken):
                continue
            out.append(s.with_(start=a, end=b, source=SOURCE, score=min(s.score, 0.85),
                               reason=f"{s.reason}（同じ文書で置き換える名前の繰り返し）"))
            taken.append((a, b))
    return out
