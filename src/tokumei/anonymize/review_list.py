"""「要確認の固有名詞」: what anonymize could not decide goes to a person (issue #12).

Two sources:

* **doubtful name spans** (:func:`is_doubtful`): a PERSON/ORGANIZATION/LOCATION span with a low
  score (below :data:`REVIEW_BELOW`), marked unsure by a model (``data["uncertain"]``) or whose
  reason marks doubt (要確認・不確か). It is NOT replaced — a wrong letter damages the text
  (「清水が湧き出ました」 → 「A氏が湧き出ました」) — and is listed instead. Surnames several people
  share (:mod:`.family`) are replaced with 「同家の一人」 and listed too.
* **proper nouns left in the text** (:func:`leftovers`): SudachiPy 名詞-固有名詞 (not countries
  or prefectures), out-of-vocabulary katakana words and Latin words of three letters or more, and
  short names in 「」/『』 that are neither replaced, nor inside a flagged risk, nor allow-listed.

Each item has the line (1-based), a reason, and is listed once per written form (``count``
occurrences). ``tokumei anonymize --strict`` fails while the list is not empty: the adviser
replaces the name or adds it to the project's allow-list.

例::

    >>> [(i.text, i.line) for i in leftovers("事例\\nルクシェリナの展示", [], [])]
    [('ルクシェリナ', 2)]
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable, Sequence

from tokumei.detect.names.lexicon import is_product
from tokumei.detect.resolve import DOUBT
from tokumei.span import Span

#: Name spans scoring below this are listed for review instead of replaced — the score below which the detector's
#: overlap resolution lets a surer span win too (:data:`tokumei.detect.resolve.DOUBT`).
REVIEW_BELOW = DOUBT
_DOUBT = ("要確認", "不確か", "曖昧", "自信なし")
_NAME_LABELS = ("PERSON", "ORGANIZATION", "LOCATION")
_PREFECTURE = re.compile(r"^(?:北海道|東京都?|京都府?|大阪府?|.{2,3}県)$")
#: Proper nouns that name no one: era names (和暦) and the names of the identifiers themselves
#: (マイナンバー is a 固有名詞 in SudachiDict). Listing them buried the real items of the review list.
_NAMES_NO_ONE = frozenset({"明治", "大正", "昭和", "平成", "令和", "マイナンバー", "マイナンバーカード"})
_KATA = re.compile(r"[\u30a1-\u30faー・]{3,}")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ'’\-]{2,}")
_QUOTED = re.compile(r"[「『]([^」』\n]{2,20})[」』]")
_VERBISH = re.compile(r"[、。！？!?]|ます|です|した|する|ない")
#: Latin words of forms and headings, not names.
_LATIN_WORDS = frozenset("TEL Tel FAX Fax SNS Web WEB web E-mail e-mail Email EMAIL Mail MAIL URL PDF HP DX IT OK NG PR QR AI "
                         "FM AM TV CEO COO CTO CM PC OB OG".split())


@dataclass(frozen=True)
class ReviewItem:
    """A proper noun the adviser must decide on: offsets of its first occurrence, its line."""

    start: int
    end: int
    text: str
    line: int
    reason: str
    kind: str  # doubtful_span | ambiguous | proper_noun | katakana | latin | quoted
    label: str | None = None
    score: float | None = None
    count: int = 1

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_doubtful(s: Span, below: float = REVIEW_BELOW) -> bool:
    """True for a name span that is not clearly a name (score, model flag or reason).

    例: ``is_doubtful(Span("PERSON", 0, 2, "清水", .45, "t", "姓のみ"))`` is True"""
    if s.label not in _NAME_LABELS or (s.data or {}).get("reference"):
        return False
    d = s.data or {}
    if d.get("ambiguous"):
        return False  # a shared surname is replaced with 「同家の一人」 and listed as ambiguous
    return s.score < below or bool(d.get("uncertain") or d.get("model_unsure")) or any(w in s.reason for w in _DOUBT)


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def span_items(text: str, spans: Iterable[Span], kind: str, reason: str) -> list[ReviewItem]:
    """Review items for spans (doubtful or ambiguous), one per written form."""
    out: dict[str, ReviewItem] = {}
    for s in sorted(spans, key=lambda s: s.start):
        item = out.get(s.text)
        if item is None:
            out[s.text] = ReviewItem(s.start, s.end, s.text, _line(text, s.start), reason, kind, s.label, round(s.score, 4))
        else:
            out[s.text] = ReviewItem(item.start, item.end, item.text, item.line, item.reason, item.kind, item.label,
                                     item.score, item.count + 1)
    return list(out.values())


def leftovers(text: str, covered: Sequence[tuple[int, int]], skip: Sequence[tuple[int, int]],
              allowed: Callable[[str], bool] | None = None) -> list[ReviewItem]:
    """Proper nouns outside ``covered`` (replaced passages) and ``skip`` (risk flags, kept PII)."""
    from tokumei.anonymize.places import tokens_of

    taken = sorted([*covered, *skip])

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    found: list[tuple[int, int, str, str]] = []
    tokens = tokens_of(text)
    for t in tokens:
        pos = t.pos
        if pos[0] != "名詞":
            continue
        if pos[1] == "固有名詞":
            if t.surface in _NAMES_NO_ONE:
                continue
            if pos[2] == "地名" and (pos[3:4] == ("国",) or _PREFECTURE.match(t.surface)):
                continue  # countries and prefectures stay by policy
            why = {"人名": "人名らしい語", "地名": "地名", "組織名": "組織名らしい語"}.get(pos[2], "固有名詞")
            found.append((t.start, t.end, "proper_noun", f"置換も許可もされていない{why}（SudachiPy 固有名詞）"))
        elif t.oov and _KATA.fullmatch(t.surface):
            found.append((t.start, t.end, "katakana", "辞書にないカタカナ語（名前の可能性）"))
        elif _LATIN.fullmatch(t.surface) and (t.oov or t.surface[:1].isupper()) \
                and unicodedata.normalize("NFKC", t.surface) not in _LATIN_WORDS:
            found.append((t.start, t.end, "latin", "辞書にない英字の語（名前の可能性）"))
    starts = [t.start for t in tokens]
    for m in _QUOTED.finditer(text):
        if _VERBISH.search(m.group(1)):
            continue
        i = bisect_left(starts, m.start(1))
        inside = [t for t in tokens[i:] if t.start < m.end(1)]
        if any(t.pos[0] in ("動詞", "助動詞", "形容詞") or t.pos[0] == "助詞" and t.surface != "の" for t in inside):
            continue  # a quoted sentence or phrase, not a name
        found.append((m.start(1), m.end(1), "quoted", "かぎ括弧の中の名前らしい語"))
    found = _merge_adjacent(text, sorted(found))
    out: dict[str, ReviewItem] = {}
    for a, b, kind, why in found:
        word = text[a:b]
        if not word.strip() or not free(a, b) or (allowed is not None and allowed(word)) or is_product(word):
            continue  # (Instagram, kintone: a tool the business uses, decided already, lexicon.PRODUCTS)
        if word in out:
            i = out[word]
            out[word] = ReviewItem(i.start, i.end, i.text, i.line, i.reason, i.kind, None, None, i.count + 1)
        else:
            out[word] = ReviewItem(a, b, word, _line(text, a), why, kind)
    return sorted(out.values(), key=lambda i: i.start)


def _merge_adjacent(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Adjacent pieces of one name (Zephyris + 社, 月 + の + 雫 inside quotes) become one item; a
    quoted item wins over the tokens inside it."""
    out: list[tuple[int, int, str, str]] = []
    for a, b, kind, why in found:
        if out and a < out[-1][1]:
            pa, pb, pk, pw = out[-1]
            if kind == "quoted" or pk == "quoted":
                out[-1] = (min(a, pa), max(b, pb), "quoted", pw if pk == "quoted" else why)
            continue
        if out and a == out[-1][1] and kind == out[-1][2] != "quoted":
            out[-1] = (out[-1][0], b, kind, out[-1][3])
            continue
        if out and out[-1][2] != "quoted" and kind != "quoted" and a - out[-1][1] == 1 \
                and text[a - 1] in " \u3000" and _LATIN.match(text, out[-1][0]) and _LATIN.match(text, a):
            out[-1] = (out[-1][0], b, "latin", out[-1][3])  # Ｔｒａｎ　Ｖａｎ　Ｌｏｎｇ, KONDO TAKESHI: one name
            continue
        out.append((a, b, kind, why))
    return out
