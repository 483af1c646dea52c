"""Document steps of the learned tier after its spans and the rules' combine (:func:`tokumei.detect.names.model.
find_names_and_model`): which rule spans a model span may not grow over, which rule spans take the model's label,
public offices with their town, a rule place the model agrees with, a model person's surname/given split, the
reading after an organisation. Pure functions of the spans and the text; the numbers behind them are in docs/names.md.

例::

    >>> _person_parts(Span("PERSON", 0, 4, "笹森悠人", 0.99, SOURCE, "")).data["parts"]
    [('笹森', '姓'), ('悠人', '名')]
"""
from __future__ import annotations

import re
from typing import Sequence

from tokumei.detect.names.dictionary import builtin_allow_list
from tokumei.detect.names.model.common import SOURCE, STRONG, SURE, _reason
from tokumei.detect.names.rules.base import jm_types, latin_venue
from tokumei.detect.names.rules.industry_names import INDUSTRY_WORDS
from tokumei.detect.names.rules.org_words import _PLACE_END  # words that end a place, not a body: 神社, 駅, 城
from tokumei.detect.names.rules.shop_words import SHOP_PREFIXES
from tokumei.span import Span


def _person_parts(s: Span) -> Span:
    """A model PERSON written as one full name gets the surname/given split the rules record (``data["parts"]``), so
    that the coreference step links a bare surname or given name to it (笹森悠人 … 悠人さん: one person): at the space
    (森永 健吾), else at the one point where JMnedict lists the head as a surname and the rest as a given name (the
    second character when several points do, the commonest shape). 例: 笹森悠人 → (笹森, 悠人)"""
    if s.label != "PERSON" or s.source != SOURCE or (s.data or {}).get("parts"):
        return s
    t = s.text
    halves = re.split(r"[ \u3000]+", t.strip())
    if len(halves) == 2 and all(halves):
        sur, giv = halves
    elif re.fullmatch(r"[\u4e00-\u9fff々]{3,6}", t):
        cut = [k for k in range(1, len(t)) if "s" in jm_types(t[:k]) and set(jm_types(t[k:])) & set("gfm")]
        if not cut:
            return s
        k = 2 if 2 in cut else cut[0] if len(cut) == 1 else 0
        if not k:
            return s
        sur, giv = t[:k], t[k:]
    else:
        return s
    return s.with_(data={**(s.data or {}), "parts": [(sur, "姓"), (giv, "名")]})


def _model_agrees(spans: list[Span], model: Sequence[Span]) -> list[Span]:
    """A rule place the model found with the same offsets keeps its score and data, plus ``data["model_p"]``: the
    model's probability (the coreference step does not make a place the model is sure of a person's surname:
    足助 in 足助の町並み, :func:`tokumei.detect.names.coref._places_named_as_people`)."""
    p_at = {(m.start, m.end): m.score for m in model if m.label == "LOCATION"}
    return [s.with_(data={**(s.data or {}), "model_p": p_at[(s.start, s.end)]})
            if s.label == "LOCATION" and s.source != SOURCE and (s.start, s.end) in p_at else s for s in spans]


def _readings_of_bodies(text: str, spans: list[Span]) -> list[Span]:
    """A model PERSON that fills the bracket right after an organisation is that organisation's reading, not a
    person (Blue Harbor（ブルーハーバー）): it takes the organisation's label.
    例: 店名はBlue Harbor（ブルーハーバー）。 → ORGANIZATION「ブルーハーバー」"""
    ends = {s.end for s in spans if s.label == "ORGANIZATION"}
    out = []
    for s in spans:
        if (s.label == "PERSON" and s.source == SOURCE and s.start >= 1 and text[s.start - 1] in "（(" and s.start - 1 in ends
                and text[s.end:s.end + 1] in ("）", ")")):
            s = s.with_(label="ORGANIZATION", reason=f"{s.reason}（直前の組織名の読み）")
        out.append(s)
    return out


def _not_grown(r: Span, text: str) -> bool:
    """A rule span no longer model span swallows: one the rules are sure of (a legal form, an honorific) that
    the model would carry on over の or と (株式会社ミライ stays, not 株式会社ミライの新工場 or 株式会社さくらと工務店;
    株式会社おながわ潮騒フーズ does grow over the rules' shorter 株式会社おながわ), a place in a title, or a span whose
    rule fixed both its edges (``data["exact"]``: 一緒に行った|りこ, not the model's たりこ across SudachiPy's たり)."""
    return r.score >= STRONG and text.startswith(("の", "と"), r.end) or _place_in_a_title(r) or bool((r.data or {}).get("exact"))


def _place_in_a_title(r: Span) -> bool:
    """A place the rules read in hiragana (ちば in 「ちば眺望100景」, いせさき in 「いせさき・ものづくりフェア」,
    rules.kana_places) or at the head of a quoted name (鳴沢公園 in 「鳴沢公園 もみじ祭り」, rules.quoted_heads): a model
    place around it is a title, a brand or an event, not a wider place — the place stays as found."""
    d = r.data or {}
    return bool(d.get("reading_of") or d.get("quote_head"))


def _not_public_office_places(model: list[Span], rules: list[Span]) -> list[Span]:
    """A model organisation that is an allowed public body's name followed by a place the rules found
    (ハローワーク|渋谷) is dropped: the body stays as written and its place stays a place, which anonymize
    generalises (「ハローワーク（地名）」, never 「A社」)."""
    allow = builtin_allow_list()
    places = {(r.start, r.end) for r in rules if r.label == "LOCATION"}
    return [m for m in model if not (m.label == "ORGANIZATION" and any(
        (m.start + k, m.end) in places and allow.allowed(m.text[:k]) for k in range(2, len(m.text) - 1)))]


def _may_swallow(m: Span) -> bool:
    """A model ORGANIZATION may take in a rule place (中国海軍 over 中国) unless the allow-list keeps it
    (豊橋商工会議所 is a public body: it stays in the text, so its place 豊橋 must stay a span)."""
    return not builtin_allow_list().allowed(m.text)


def _places_not_bodies(rules: list[Span], model: Sequence[Span]) -> list[Span]:
    """A not-strong rule ORGANIZATION ending in a place word (神社, 寺, 駅, 城 …) that the model, sure
    (p ≥ :data:`SURE`), reads as a LOCATION with the same offsets becomes a LOCATION: GSD calls a shrine
    or a station a facility, and the rules' own _PLACE_END says such a word ends a place.
    例: 宮島の厳島神社を訪れた。 → LOCATION「厳島神社」"""
    sure = {(m.start, m.end) for m in model if m.label == "LOCATION" and m.score >= SURE}
    return [r.with_(label="LOCATION", reason=f"{r.reason}（モデル: 地名）")
            if (r.label == "ORGANIZATION" and r.score < STRONG and (r.start, r.end) in sure
                and r.text.endswith(_PLACE_END)) else r for r in rules]


#: A not-strong rule span whose exact offsets the model tags with another label at least this sure
#: takes the model's label (the span stays: nothing is dropped). Chosen on GSD dev and held-out train
#: (0.9); 0.8 since the model is trained on the hand-written dev too (stop 30, 5-fold cross-validation on it:
#: organisation and place leaks −1 each, false persons 89 → 84, places given a name letter 143 → 138).
RELABEL = 0.8
#: (rule label, model label) pairs :func:`_relabel` may change: a surname that is a place here (宮島から),
#: a katakana name the rules call a person that is a company (ケイ・オプティコム). An ORGANIZATION is not
#: made a LOCATION here (GSD calls shops facilities; :func:`_places_not_bodies` handles 神社・駅).
RELABEL_PAIRS = frozenset({("PERSON", "LOCATION"), ("PERSON", "ORGANIZATION"), ("ORGANIZATION", "PERSON")})


#: A business's kind word at the head of a rule organisation (スタジオ・ルーチェ, オフィスミナミ, カフェ こもれび): the
#: model's person at the same offsets does not relabel it (a retrained CRF read スタジオ・ルーチェ as a foreign name).
_BUSINESS_HEAD = re.compile("(?:" + "|".join(sorted(SHOP_PREFIXES | {"スタジオ", "オフィス", "アトリエ", "ラボ", "ショップ", "サロン", "クリニック",
                                                                   "ホテル", "ペンション", "ゲストハウス"}, key=len, reverse=True)) + ")")


def _attendee_full_name(r: Span) -> bool:
    """An attendee list's item that reads as a surname and a given name (関|大樹: the model read 関大, a university's
    short name, and made it an organisation; stop 35, n-dev-1227)."""
    if r.reason != "出席者の並び" or not re.fullmatch(r"[\u4e00-\u9fff々]{3,4}", r.text):
        return False
    from tokumei.detect.names.tokens import person_readings

    return any("姓" in person_readings(r.text[:k]) and "名" in person_readings(r.text[k:]) for k in (1, 2))


#: A municipality's last letter right before a span (かつらぎ町|天野); ``$`` matches only at the window's end or before a
#: newline closing it, so a window of the three characters before the span is the whole test.
_MUNICIPALITY_END = re.compile(r"[\u4e00-\u9fff々ヶぁ-ゖ][市町村区]$")
_SPACED_FULL = re.compile(r"([\u4e00-\u9fff々]{2,4})[ \u3000][\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,4}")


def _relabel(rules: list[Span], model: Sequence[Span], text: str = "") -> list[Span]:
    """Rule spans the model, sure (p ≥ :data:`RELABEL`), labels otherwise at the same offsets.
    例: 「宮島から車で20分」の 宮島 — rules PERSON (a surname), model LOCATION 0.95 → LOCATION"""
    if RELABEL > 1.0:
        return rules
    best = {(m.start, m.end): m for m in model if m.score >= RELABEL}
    if not best:
        return rules
    # a name the rules are sure is a person somewhere in the text (丸浜さん, an honorific) stays a person everywhere
    people = {r.text for r in rules if r.label == "PERSON" and r.score >= STRONG}
    # and so does the surname of a full name written with a space (谷田部 恭子 … 谷田部は: the model read the bare
    # surname as the place 谷田部, 0.96; stop 36, n-dev-1261) where it acts in the sentence (は・が・も・と; not 伊芸の:
    # a district named like her)
    surnames = {m.group(1) for r in rules if r.label == "PERSON" and (m := _SPACED_FULL.fullmatch(r.text))}
    out = []
    for r in rules:
        m = best.get((r.start, r.end))
        if m is not None and r.score < STRONG and (r.label, m.label) in RELABEL_PAIRS and not (
                r.label == "PERSON" and ((r.data or {}).get("title", "").endswith("長")  # 長浜|組合長: a surname, a head's title
                                         or r.text in people or _attendee_full_name(r)
                                         # (not after a municipality: かつらぎ町天野 is the district, whoever is 天野 優希)
                                         or r.text in surnames and not _MUNICIPALITY_END.search(text, max(0, r.start - 3), r.start)
                                         and text.startswith(("は", "が", "も", "と", "さん"), r.end))
                or r.label == "ORGANIZATION" and (_BUSINESS_HEAD.match(r.text) or (r.data or {}).get("kind_first")
                                                   or latin_venue(r.text, 0, len(r.text))  # (Guesthouse Shizuki; stop 35)
                                                   # アサノ建装, ウラタ塗装: a trade word ends it, the model read the family
                                                   # name before it (stop 39, names dev wave 11)
                                                   or m.label == "PERSON" and r.text.endswith(INDUSTRY_WORDS))):
            r = r.with_(label=m.label, reason=f"{r.reason}（{_reason(m.label, m.score, False)}）")
            if m.label != "PERSON" and (r.data or {}).get("title"):
                r = r.with_(data={k: v for k, v in r.data.items() if k != "title"})
        out.append(r)
    return out
