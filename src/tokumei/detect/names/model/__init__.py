"""The learned names tier ``jp.names.model.v1``: a linear-chain CRF over SudachiPy tokens.

Trained on UD Japanese GSD NE train (PERSON, ORG → ORGANIZATION, GPE/LOC/FAC → LOCATION) by
``scripts/train_names.py`` (``make train-names``), selected on dev. The model file, its metadata
(training data SHA-256, feature set, crfsuite parameters, dev scores) and the compact JMnedict
lexicon ship in ``data/``; they are read once per process, on first use, by :func:`load` (an
adapter: ``analyze()`` itself loads nothing). python-crfsuite (CRFsuite's C++ tagger) was the
measured starting point of issue #11 and is kept: it tags ≈ 1 µs per token, so the tier is bounded
by Python feature building (cached per distinct token, :mod:`.features`).

The default pipeline's names finder is :func:`find_names_and_model`: the rule tier runs first,
its output is a feature of the model (``rt=``), and the two span sets combine as measured
(:mod:`.combine`, docs/names.md). A model span carries its probability (the smallest marginal of
its tokens' tags) as ``score`` and a Japanese ``reason``; below :data:`SURE` it is marked
``data["review"] = True`` (「モデル: 人名の可能性 0.62」) so anonymize can list it for review;
below :data:`CUTOFF` it is dropped.

例::

    >>> from tokumei.detect.textview import TextView
    >>> [(s.label, s.text) for s in find_model(TextView("取締役の森永健吾が説明した。"))]
    [('PERSON', '森永健吾')]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import Sequence

from tokumei.detect.names.model import features as F
from tokumei.detect.names.model.combine import combine
from tokumei.detect.names.model.common import SOURCE, STRONG, SURE, _KIND_JA, _reason
from tokumei.detect.names.model.document import (
    _may_swallow, _model_agrees, _not_grown, _not_public_office_places, _person_parts, _places_not_bodies,
    _readings_of_bodies, _relabel)
from tokumei.detect.names.model.loading import (  # noqa: F401  (the package's API: rules.base, tests, scripts)
    _PACKAGE, Model, _TaggingCache, _short_model, jmnedict, load, metadata)
from tokumei.detect.names.model.words import whole_words
from tokumei.detect.names.model.edges import (
    NEED_PROPER, after_topic, PROPER_LABELS, _KIND_OF_PLACE, _TEMPLE_ENDS, _after_kin, _body_end, _founder_start, _name_like,
    grammar_edges, grammar_only, _not_a_name, _place_then_product, _strip, _trim)
from tokumei.detect.names.lexicon import HONORIFICS, LEGAL_FORMS, TITLES
from tokumei.detect.names.rules import find_names, no_marks
from tokumei.detect.names.rules.facilities import facilities_are_places
from tokumei.detect.names.rules.listed_places import listed_places
from tokumei.detect.names.rules.things import not_things
from tokumei.detect.names.rules.vetoes import kana_after_a_verb, surname_in_a_compound
from tokumei.detect.names.rules.places import coarse_kind, country_compound
from tokumei.detect.names.tables import header_kind
from tokumei.detect.names.tokens import Token, dictionary_entries, tokenize
from tokumei.detect.names.variants import TITLE_RE
from tokumei.detect.textview import TextView
from tokumei.span import Span

#: Model spans below this probability are dropped; chosen on GSD dev (docs/names.md).
CUTOFF = 0.4
#: A rule span whose tokens the model gives less than this probability of being a name at all is
#: dropped. 0.1 gained GSD dev precision, but on merging with the rule tier's real-phrasing rules it
#: dropped shop names, kana offices and readings the rules had found (tests/detect/names/
#: test_more_phrasing.py): recall wins, so the model never vetoes a rule span (0.0); it only marks
#: the spans it doubts for review (:func:`_annotate`).
VETO = 0.0
#: Tag only windows around candidate tokens (see :func:`tag_tokens`).
WINDOWS = True
#: Tokens tagged on each side of a candidate token when :data:`WINDOWS` is on.
WIDTH = 3
#: How rule and model spans combine (:func:`.combine.combine`), chosen by measurement (docs/names.md).
MODE = "rules-grow"
#: A model span that is only a legal form, title or honorific (株式会社 alone) is not a name.
_NOT_A_NAME = re.compile("|".join(re.escape(x) for x in sorted(LEGAL_FORMS | TITLES | HONORIFICS, key=len, reverse=True))
                         # 第十七世, 十五代, 三代目: a rank in a line (住職・当主), no name (stop 36, n-dev-1288: PERSON 0.99)
                         # (not 九世 alone: a person's name in GSD train2488)
                         + r"|第[一二三四五六七八九十百〇0-9０-９]+(?:世|代目?)|[一二三四五六七八九十百〇0-9０-９]+代目")
_BRACKET_OPEN = F._OPEN_Q | F._OPEN_P
_SURFACE = itemgetter(0)
#: a token's key in the feature cache, (surface, pos, oov) as :meth:`.features.FeatureCache.get` makes it
_ROW_KEY = itemgetter(0, 3, 5)


#: A token SudachiDict calls a place (名詞-固有名詞-地名) that is a KEN_ALL municipality or its stem
#: (宮津 → 宮津市; not a prefecture) and that the model, though it tags it O, gives at least this
#: probability of being a name, is a LOCATION span of score :data:`PLACE_SCORE` for review:
#: 「宮津ブレンド」 — GSD calls a quoted product a work, but the place in it identifies the shop.
PLACE_FLOOR = 0.2
#: The score of such a span: the lowest score anonymize replaces (review_list.REVIEW_BELOW).
PLACE_SCORE = 0.5
#: A word after a place that makes it history, not where someone lives (仙台藩の記録).
_PAST_DOMAIN = frozenset({"藩", "藩士", "藩主", "藩校"})


def _place_floor(model: "Model", tg, toks: Sequence[Token], tags: Sequence[str], a: int, out: list) -> None:
    places = model.cache.lex.places
    if places is None:
        return
    for k, tag in enumerate(tags):
        t = toks[a + k]
        if tag == "O" and t.pos[1] == "固有名詞" and t.pos[2] == "地名" and not (
                a + k + 1 < len(toks) and toks[a + k + 1].surface in _PAST_DOMAIN):
            kinds = places(t.surface)
            if ("c" in kinds or "s" in kinds) and "p" not in kinds:
                q = 1.0 - tg.marginal("O", k)
                if q >= PLACE_FLOOR:
                    out.append(("LOCATION", t.start, t.end, q))


def tag_tokens(toks: Sequence[Token], rule_spans: Sequence[tuple[str, int, int]] = (), floor: list | None = None
               ) -> tuple[list[tuple[str, int, int, float]], list[float]]:
    """The model on tokens: ``(label, start, end, probability)`` spans (offsets as the tokens'), and
    for each rule span the model's agreement — the largest, over the span's tokens, probability
    that the token is part of some name (1 − P(O)): low only when the model takes every token of
    the span for an ordinary word (株式会社やまだ陶苑 keeps 株式会社's high value); the label is the rules' to say (GSD calls a
    shop a facility and 山田家 an organisation, the rules do not)."""
    if not toks:
        return [], [1.0] * len(rule_spans)
    model = load()
    rt = F.rule_tags(toks, rule_spans) if model.use_rules else None
    tg = model.tagger()
    if not WINDOWS:
        tags = tg.tag(F.sentence_features(toks, model.cache, rt))
        return decode_marginals(tg, toks, tags, rule_spans)
    # only windows of ±2 tokens around candidate tokens are tagged (the rest is O): about half the
    # tokens of ordinary prose, the same figures on GSD dev (docs/names.md)
    found: list[tuple[str, int, int, float]] = []
    agree = [1.0] * len(rule_spans)
    order = sorted(range(len(rule_spans)), key=lambda k: rule_spans[k][1])
    r = 0
    # without an opening bracket every state is "" (sentence_features makes the same check; the
    # surfaces are read in C, not by a generator)
    br = [""] * len(toks) if _BRACKET_OPEN.isdisjoint(map(_SURFACE, toks)) else F.bracket_states(toks)
    cache = model.cache
    # once per text: the candidates and every window read them. The cache's keys are made and looked
    # up in C (map over the tokens); only the tokens not cached yet, few, take a call.
    rows = list(map(cache.table.get, map(_ROW_KEY, toks)))
    if None in rows:
        rows = [r or cache.get(t) for r, t in zip(rows, toks)]
    for a, b in F.windows(F.candidates(toks, cache, rt, rows), len(toks), WIDTH):
        tags = tg.tag(F.sentence_features(toks, cache, rt, (a, b), br, rows))
        lo, hi = toks[a].start, toks[b - 1].end
        inside = []
        while r < len(order) and rule_spans[order[r]][1] < hi:
            if rule_spans[order[r]][2] > lo:
                inside.append(order[r])
            r += 1
        spans, q = decode_marginals(tg, toks[a:b], tags, [rule_spans[k] for k in inside])
        found.extend(spans)
        if floor is not None:
            _place_floor(model, tg, toks, tags, a, floor)
        for k, v in zip(inside, q):
            agree[k] = v
    return found, agree


def decode_marginals(tg, toks: Sequence[Token], tags: Sequence[str], rule_spans: Sequence[tuple[str, int, int]]
                     ) -> tuple[list[tuple[str, int, int, float]], list[float]]:
    """Spans and rule agreement from a tagger that has just tagged ``toks`` (shared with training)."""
    out = []
    for lab, a, b, i, j in F.decode(toks, tags):
        p = min(tg.marginal(tags[k], k) for k in range(i, j))
        out.append((lab, a, b, p))
    agree: list[float] = []
    if not rule_spans:
        return out, agree
    starts = [t.start for t in toks]
    for lab, a, b in rule_spans:
        short = F.SHORT.get(lab)
        if short is None:
            agree.append(1.0)
            continue
        i = max(bisect_right(starts, a) - 1, 0)
        q = 0.0
        k = i
        while k < len(toks) and toks[k].start < b:
            if toks[k].end > a and not toks[k].surface.isspace():
                q = max(q, 1.0 - tg.marginal("O", k))
            k += 1
        agree.append(q)
    return out, agree


def model_spans(text: str, rule_spans: Sequence[Span] | None = None) -> list[Span]:
    """The model's spans on ``text`` (probability ≥ :data:`CUTOFF`), offsets into ``text``.
    ``rule_spans``: the rule tier's output on ``text`` (its features); None runs the rules."""
    if rule_spans is None:
        rule_spans = [s for s in find_names(TextView(text)) if not (s.data or {}).get("reference")]
    return _run(text, rule_spans)[0]


#: Branch words that end a business's branch, not a place (the rules' :data:`BRANCH_SUFFIXES` without 店/工場,
#: which end places too: 道の駅の売店, 工場跡).
_BRANCH_ENDS = ("営業所", "支店", "支社", "出張所", "事業所", "営業部")


def _run(text: str, rule_spans: Sequence[Span]) -> tuple[list[Span], list[float]]:
    toks = tokenize(text)
    rules = [(s.label, s.start, s.end) for s in rule_spans]
    floor: list[tuple[str, int, int, float]] = []
    found, agree = tag_tokens(toks, rules, floor)
    starts = [t.start for t in toks]
    out = []
    for lab, a, b, q in floor:
        if not any(r[1] < b and a < r[2] for r in rules):
            out.append(Span(lab, a, b, text[a:b], PLACE_SCORE, SOURCE,
                            f"{_reason(lab, q, True)}（SudachiDict の地名・KEN_ALL の市区町村名）",
                            data={"tier": "model", "p": round(q, 4), "review": True}))
    places = load().cache.lex.places
    for lab, a, b, p in found:
        if p < CUTOFF:
            continue
        a, b = _strip(text, a, b)
        a, b = _strip(text, *_trim(text, lab, a, b))
        a, b = grammar_edges(toks, starts, a, b)  # の|暮らし|へ, 電話|か, た|餅加工グループ, キリ|。
        if a >= b:
            continue
        if lab == "PERSON":
            a = _after_kin(text, a, b)  # 父|宮内 清: the relation word is no part of the name
            if b - a >= 3 and text[a:b].endswith(_TEMPLE_ENDS):
                lab = "LOCATION"  # 蓮光院, 〇〇神社: a temple or shrine the CRF read as a person's name
        if lab == "ORGANIZATION":
            a = after_topic(toks, starts, a, b)  # 文具屋|も|末広文具店: the name after the sentence's topic
            a = _founder_start(text, a)  # 国立|青少年教育振興機構: the founder's word is part of the name
            b = _body_end(text, a, b)  # 広島県議会|議員, 穴吹興産|1社: a member's title or a count is no part of it
        if lab == "LOCATION" and places is not None:
            b = _place_then_product(toks, starts, places, a, b)
        branch = lab == "LOCATION" and text[a:b].endswith(_BRANCH_ENDS) and b - a > 3
        if branch:
            lab = "ORGANIZATION"  # 那覇空港営業所, 駅前支店: a branch of a business, as the rules' branch spans
        if a >= b or _NOT_A_NAME.fullmatch(text[a:b]) or _not_a_name(text, lab, a, b) or text[a:b] in _KIND_OF_PLACE:
            continue
        if header_kind(text[a:b]) is not None:
            continue  # 名, セイ, 氏名: a table's column header, not a person (the rules read tables)
        inside = toks[max(0, bisect_right(starts, a) - 1): bisect_left(starts, b)]
        if grammar_only(inside):
            continue  # た, のか, ありがとう before 」: grammar, no name
        if NEED_PROPER and lab in PROPER_LABELS and p < 0.99:
            if not any(_name_like(t) for t in inside):
                continue  # only common nouns (都道府県 in a table header): not without near-certainty
        review = p < SURE
        if lab == "LOCATION" and review and _only_a_person_name(text[a:b]):
            lab = "PERSON"  # 田中経由で: a name SudachiDict knows only as a person's, an unsure place → the person
        data = {"tier": "model", "p": round(p, 4)}
        if lab == "LOCATION" and country_compound(text[a:b]):
            continue  # 韓国風, ベトナム料理: a style or a dish of a country, no place
        if lab == "LOCATION" and (kind := coarse_kind(text[a:b])):
            data.update(kind=kind, coarse=True)  # 韓国|風: a country the model found alone stays coarse, as the rules' do
        if review:
            data["review"] = True
        if branch:
            data["kind"] = "branch"
        if lab == "PERSON":
            t = TITLE_RE.match(text, b)
            if t:
                data["title"] = t.group(0)  # 顕進部長 → 「顕進」 + 部長, as the rules do
        out.append(Span(lab, a, b, text[a:b], round(p, 4), SOURCE, _reason(lab, p, review), data=data))
    return out, agree


def _only_a_person_name(word: str) -> bool:
    """SudachiDict has ``word`` as a person's name (姓・名) and as nothing else: 田中, 佐藤 — not 宮島 or 清水 (also
    places), not an unknown word. 例: ``_only_a_person_name("田中") is True``"""
    entries = dictionary_entries(word)
    return bool(entries) and all(e[:3] == ("名詞", "固有名詞", "人名") for e in entries)


def find_model(view: TextView) -> list[Span]:
    """The model alone (rule tier run for its features). 例: see the module docstring."""
    return model_spans(view.original)


def find_names_and_model(view: TextView) -> list[Span]:
    """The default names finder: rule tier + model, combined per label (:mod:`.combine`).

    A model span with exactly the offsets and label of a rule span keeps the rule's ``data``
    (title, kind) and its reason in ``data["rule"]``, with the model's probability as score;
    reference spans (同社/同氏) of the rules always stay.
    例: ``find_names_and_model(TextView("森永 健吾(41) 起業家"))`` → PERSON「森永 健吾」
    """
    rules = find_names(view, listed=False)
    refs = [s for s in rules if (s.data or {}).get("reference")]
    plain = [s for s in rules if not (s.data or {}).get("reference")]
    model, agree = _run(view.original, plain)
    model = [m for m in model if not any(m.start < r.end and r.start < m.end for r in refs)]
    # a name established elsewhere in the document (林 after 林博之さん) is not vetoed: the model
    # reads its few neighbouring tokens, the rules' repeat step the whole document
    # (read only for a span the model vetoes, q < VETO: never while VETO is 0.0 — not built then)
    sure = {lab: "\0".join(r.text for r, q in zip(plain, agree) if (q >= VETO or r.score >= STRONG) and r.label == lab)
            for lab in ("PERSON", "ORGANIZATION")} if min(agree, default=VETO) < VETO else {}
    kept = [r if r.score >= STRONG else _annotate(r, q) for r, q in zip(plain, agree)
            if q >= VETO or r.score >= STRONG or r.text in sure.get(r.label, "")]
    kept = [r for r in kept if not surname_in_a_compound(view.original, r)  # 雪下|にんじん: a compound's first word
            and not kana_after_a_verb(view.original, r)]  # 呼び|ゆう: a dialect's verb ending
    kept = _relabel(_places_not_bodies(kept, model), model, view.original)
    model = _not_public_office_places(model, kept)
    # the model's 猫のタマ, 斎太郎節 and 〜コミュニティセンター too
    out = not_things(view.original, combine(kept, model, MODE, _may_swallow, lambda r: _not_grown(r, view.original)))
    out = whole_words(view.original, _model_agrees(out, model))  # かじか|ざわ河岸の会, 天|北信用組合
    out = [_person_parts(s) for s in out]
    out = [no_marks(s) for s in facilities_are_places(_readings_of_bodies(view.original, out))]
    # JMnedict landmarks last, outside every rule and model span (any score): read before the model, they changed its
    # features (特養|こもれびの里 became a doubtful model organisation)
    return out + listed_places(view.original, tokenize(view.original), out + model) + refs


def _annotate(rule: Span, q: float) -> Span:
    """A rule span the model is unsure of (agreement below :data:`SURE`) carries the model's
    probability as score and says so, for review. 例: 宮島 (a surname, here a place) → 「…（モデル: 人名の可能性 0.52）」"""
    if q >= SURE or rule.label not in _KIND_JA:
        return rule
    # the rule's score stays: a doubted rule span is still replaced (recall wins) and listed
    return rule.with_(reason=f"{rule.reason}（{_reason(rule.label, q, True)}）",
                      data={**(rule.data or {}), "review": True, "p": round(q, 4)})
