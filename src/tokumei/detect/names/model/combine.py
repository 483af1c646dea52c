"""How the rule tier's spans and the model's spans combine (chosen by measurement on GSD dev).

Modes (``combine(rules, model, mode)``; items are tuples or Spans whose first three fields are
label, start, end — :class:`~tokumei.span.Span` works through :func:`_key`):

* ``model`` — the model's spans only; ``rules`` — the rules' only;
* ``model-first`` — model spans, plus rule spans that overlap no model span;
* ``rules-first`` — rule spans, plus model spans that overlap no rule span;
* ``rules-grow`` — rules first, but a model span (probability ≥ :data:`GROW`) replaces the
  same-label rule spans strictly inside it (森永 健吾 over the rules' 健吾; not for an
  organisation written across a space, 静岡銀行 島田支店 stays two);
* ``longest`` — both, overlaps resolved longest first (what :func:`tokumei.detect.resolve.resolve`
  would do with equal scores);
* ``per-label`` — model first, with a longer rule span winning for the labels in
  :data:`LONGER_RULE_WINS` (see :func:`combine`).

The decision and its numbers are in docs/names.md.

例::

    >>> combine([("PERSON", 0, 2)], [("PERSON", 0, 4)], "rules-first")
    [('PERSON', 0, 2)]
"""
from __future__ import annotations

from typing import Sequence, TypeVar

T = TypeVar("T")

#: Labels for which, in ``per-label`` mode, a longer rule span replaces the model's spans it
#: covers (measured on GSD dev and on held-out train sentences, docs/names.md).
LONGER_RULE_WINS = frozenset({"ORGANIZATION"})


def _text(x) -> str:
    return x.text if hasattr(x, "text") else x[4] if isinstance(x, tuple) and len(x) > 4 else ""


def _key(x) -> tuple[str, int, int]:
    if isinstance(x, tuple):
        return x[0], x[1], x[2]
    return x.label, x.start, x.end


def _score(x) -> float:
    return (x[3] if len(x) > 3 else 1.0) if isinstance(x, tuple) else x.score


def _has_space(x) -> bool:
    return bool(getattr(x, "text", "").strip() != getattr(x, "text", "") or " " in getattr(x, "text", "")
                or "\u3000" in getattr(x, "text", ""))


#: In ``rules-grow`` a model span replaces the same-label rule spans inside it only from this
#: probability on (森永 健吾 over the rules' 健吾).
GROW = 0.7
#: Rule labels a sure model span of another label may also swallow when it strictly contains them:
#: a place inside a body's name (中国海軍, 英国山岳会 — the rules' 中国/英国 LOCATION). The longer span
#: covers the rule span, so nothing the rules found is left in the text.
GROW_OVER: frozenset[str] = frozenset({"LOCATION"})
#: Model labels that may swallow :data:`GROW_OVER` rule spans (not PERSON: 吉岡・神山 stays two).
GROWS_OVER: frozenset[str] = frozenset({"ORGANIZATION"})


class _Index:
    """Spans bucketed by 32-character blocks: overlap queries in time proportional to the hits."""

    def __init__(self) -> None:
        self.blocks: dict[int, list] = {}

    def add(self, x) -> None:
        _, a, b = _key(x)
        for k in range(a >> 5, ((b - 1) >> 5) + 1):
            self.blocks.setdefault(k, []).append(x)

    def remove(self, x) -> None:
        _, a, b = _key(x)
        for k in range(a >> 5, ((b - 1) >> 5) + 1):
            self.blocks[k] = [y for y in self.blocks[k] if y is not x]

    def hits(self, a: int, b: int) -> list:
        seen: dict[int, object] = {}
        for k in range(a >> 5, ((b - 1) >> 5) + 1):
            for y in self.blocks.get(k, ()):
                _, s, e = _key(y)
                if s < b and a < e:
                    seen[id(y)] = y
        return list(seen.values())


def _grow(rules: list, model: list, text_of=None, swallow=lambda m: True, keep=lambda r: False) -> list:
    index = _Index()
    for r in rules:
        index.add(r)
    rule_ids = {id(r) for r in rules}
    added = []
    for m in sorted(model, key=lambda x: (_key(x)[1] - _key(x)[2], _key(x)[1])):
        lab, a, b = _key(m)
        if b <= a:
            continue
        hit = index.hits(a, b)
        if not hit:
            index.add(m)
            added.append(m)
        elif (_score(m) >= GROW and not any(keep(r) for r in hit) and all((_key(r)[0] == lab or (lab in GROWS_OVER and _key(r)[0] in GROW_OVER and swallow(m))) and a <= _key(r)[1] and _key(r)[2] <= b
                                         and (_key(r)[1], _key(r)[2]) != (a, b) and id(r) in rule_ids
                                         for r in hit)
              and not (lab == "ORGANIZATION" and text_of is not None and any(c.isspace() for c in text_of(m)))):
            for h in hit:
                index.remove(h)
                rule_ids.discard(id(h))
            index.add(m)
            added.append(m)
    return [r for r in rules if id(r) in rule_ids] + added


def _overlaps(a, spans: Sequence) -> bool:
    _, s, e = _key(a)
    return any(s < _key(b)[2] and _key(b)[1] < e for b in spans)


def _mode(rules: list, model: list, mode: str, swallow=lambda m: True, keep=lambda r: False) -> list:
    if mode == "model":
        return list(model)
    if mode == "rules":
        return list(rules)
    if mode == "model-first":
        return list(model) + [r for r in rules if not _overlaps(r, model)]
    if mode == "rules-first":
        return list(rules) + [m for m in model if not _overlaps(m, rules)]
    if mode == "rules-grow":
        return _grow(rules, model, _text, swallow, keep)
    if mode == "longest":
        chosen: list = []
        for x in sorted(list(rules) + list(model), key=lambda x: (_key(x)[1] - _key(x)[2], _key(x)[1])):
            if not _overlaps(x, chosen):
                chosen.append(x)
        return chosen
    raise ValueError(mode)


def combine(rules: Sequence[T], model: Sequence[T], mode: str = "per-label", swallow=lambda m: True,
            keep=lambda r: False) -> list[T]:
    """The combined spans, sorted by start.

    ``per-label``: the model's spans first (they were tagged with the rules' output as a feature,
    so where they disagree the model has already weighed the rule — 宮島 a place, not a person);
    a rule span fills in where the model found nothing; for :data:`LONGER_RULE_WINS` labels a rule
    span that is longer than the same-label model spans it overlaps replaces them
    (株式会社ミライ商事 over ミライ商事).
    ``swallow(model_span)``: may this span swallow :data:`GROW_OVER` rule spans in ``rules-grow``
    (the caller says no for a public body the allow-list keeps: 豊橋 in 豊橋商工会議所 stays a place).
    ``keep(rule_span)``: no model span grows over this rule span in ``rules-grow`` (a prefecture written in
    hiragana, ちば in 「ちば眺望100景」: the title is no place).
    """
    rules, model = list(rules), list(model)
    if mode == "rules-grow" and not model:
        out = rules  # nothing to grow: _grow would return the rules as they are (most short texts)
    elif mode != "per-label":
        out = _mode(rules, model, mode, swallow, keep)
    else:
        out = list(model)
        for r in sorted(rules, key=lambda x: (_key(x)[1] - _key(x)[2], _key(x)[1])):
            lab, a, b = _key(r)
            hit = [m for m in out if _key(m)[1] < b and a < _key(m)[2]]
            if not hit:
                out.append(r)
            elif lab in LONGER_RULE_WINS and all(_key(m)[0] == lab and m in model and
                                                 _key(m)[2] - _key(m)[1] < b - a for m in hit):
                out = [m for m in out if not any(m is h for h in hit)] + [r]
    return sorted(out, key=lambda x: (_key(x)[1], _key(x)[2]))
