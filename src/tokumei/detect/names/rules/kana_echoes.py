"""A place named in kanji and written again in kana in the same text (post step, stop 39): 牛深 … 「うしぶか浜焼き」,
甑島 … 「こしき塩もなか」, 鹿部町 … しかべ間歇泉, 木更津 … 『きさらづIT寺子屋』.

Local shops, products, groups and programmes write their district in hiragana, and most districts are no municipality,
so :mod:`.kana_places` (KEN_ALL's municipalities and prefectures) does not know them. But the text has usually named
the place in kanji already: once a LOCATION span holds a kanji place, its reading (SudachiPy's, with and without
市/町/村/区/郡/島/駅) written in hiragana elsewhere is that place. The reading must be three letters or more, start a word
(no hiragana before it, or one particle after another word), end one (no hiragana after it but a particle) and not be a
reading in brackets after a person (鴨川 誠（かもがわ）). On the read dev sets (names and anonymize, less waves 12–13) it
found 41 places, all read: places, or a place inside a product's, a shop's or a group's name — and one person's reading,
where the person had been read as the place itself. Made from the leak causes of stop 39 (bench/leak_causes.py: most
place leaks are names no rule finds), it moved the unread test half too (names test LOCATION 6,085 → 6,102).

Stop 40 added two readings from Japan Post's KEN_ALL (:mod:`tokumei.detect.geo`): a municipality's own reading besides
SudachiPy's (大樹町 … 「たいき宇宙フェス」: SudachiPy reads 大樹 たいじゅ), two letters enough at the head of a quoted name
(佐野市 … 「さのラーメン祭」), and the districts of a municipality the text names, at the head of a quoted name only
(:func:`_quoted_districts`: 一関市 … 「げんび三重奏」).

例::

    >>> from tokumei.span import Span
    >>> t = "牛深の港。昼はうしぶか浜焼きの店へ。"
    >>> [s.text for s in kana_echoes(t, [Span("LOCATION", 0, 2, "牛深", .5, "x", "")])]
    ['うしぶか']
"""
from __future__ import annotations

import re
from functools import lru_cache

import jaconv

from tokumei.detect.geo import city_readings, district_readings
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.town_echoes import municipalities_named
from tokumei.detect.names.tokens import dictionary_entries, place_readings, reading, tokenize
from tokumei.detect.textview import TextView
from tokumei.span import Span

_KANJI_PLACE = re.compile(r"[\u4e00-\u9fff々ヶ]{2,8}")
#: (stop 42, read names and anonymize dev wave 14: 鍋倉山 … 「なべくら三年みそ」, 本部港 … 「もとぶ まちのしごと便」 — a mountain,
#: a river, a lake or a harbour named after its place drops its kind word too)
_HOLDS_MUNICIPALITY = re.compile(r"[都道府県郡市町村]")
_SUFFIX = re.compile(r"(?:市|町|村|区|郡|島|駅|山|川|岳|湖|港|湾|温泉)$")
#: What may follow a place's kana name: no more hiragana, or a particle and then no more (牛深 … うしぶかの港).
_AFTER = re.compile(r"(?![ぁ-ゖ])|(?:の|は|が|を|に|で|と|へ|も|から|まで)(?![ぁ-ゖ]{2})")
_PARTICLES = frozenset("はがをにでとものへや")


def _word_start(text: str, a: int) -> bool:
    """No hiragana before ``a``, or one particle after a word that is not hiragana (昼は|うしぶか海彩館)."""
    if a == 0 or not "ぁ" <= text[a - 1] <= "ゖ":
        return True
    return text[a - 1] in _PARTICLES and (a == 1 or not "ぁ" <= text[a - 2] <= "ゖ")


@lru_cache(maxsize=1)
def _municipality_readings() -> dict[str, frozenset[str]]:
    """Written stem of every municipality (without 市/町/村) → its KEN_ALL readings in hiragana (大樹 → たいき)."""
    out: dict[str, set[str]] = {}
    for r, stem, _pref in city_readings():
        out.setdefault(stem, set()).add(r)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def _readings(word: str) -> tuple[str, ...]:
    """Hiragana readings of a kanji place, whole and without its 市/町/村/区/郡/島/駅: SudachiPy's (three letters or more), and
    Japan Post's when the place is a municipality (two or more; 大樹町 is たいき there, SudachiPy reads 大樹 たいじゅ)."""
    out = []
    stem = _SUFFIX.sub("", word)
    for w in {word, stem}:
        r = jaconv.kata2hira(reading(w))
        if len(r) >= 3 and re.fullmatch(r"[ぁ-ゖー]+", r):
            out.append(r)
    out += [r for r in sorted(_municipality_readings().get(stem, ())) if len(r) >= 2 and r not in out]
    # every reading SudachiDict lists for the place word (篠山: ささやま and しのやま; stop 45, read names dev wave 17)
    out += [r for w in dict.fromkeys((word, stem)) for r in (jaconv.kata2hira(k) for k in place_readings(w))
            if len(r) >= 3 and r not in out
            and re.fullmatch(r"[ぁ-ゖー]+", r)]
    return tuple(out)


#: A two-letter reading (さの, ひの) counts only at the head of a quoted name and before no more kana: 「さのブルーベリー」.
_SHORT_AFTER = re.compile(r"[^ぁ-ゖ]|の[^ぁ-ゖ]")


def kana_echoes(text: str, spans: list[Span]) -> list[Span]:
    """New LOCATION spans for the hiragana readings of the kanji places in ``spans`` (see the module docstring)."""
    if not re.search(r"[ぁ-ゖ]{2}", text):
        return []
    sources = {s.text for s in spans if s.label == "LOCATION" and _KANJI_PLACE.fullmatch(s.text)}
    # (stop 42) a municipality inside a longer place (長門市油谷 … #ながと, 兵庫県多可町 … 「たかの粕よせ」)
    # (only spans that can hold a municipality inside them: an address, or a place with 県/郡/市/町/村 before its end — the
    # gazetteer is not asked about every short place of every text)
    holders = [s for s in spans if s.label == "ADDRESS" or s.label == "LOCATION" and _HOLDS_MUNICIPALITY.search(s.text[:-1])]
    inner = {c for _pref, city in (municipalities_named(holders) if holders else ())
             if _KANJI_PLACE.fullmatch(c := city.split("郡")[-1])} - sources
    # (stop 43, read wave 15: 西武秩父駅 … ちちぶ銘仙, 名護湾 … なご) a municipality's stem inside a longer place
    inner |= _stems_inside(spans) - sources
    # (stop 45, read wave 17: 丹波篠山市 … 篠山城跡 … ささやまの冬) the place word SudachiDict lists inside a longer place
    inner |= _proper_parts(spans) - sources
    taken = [(s.start, s.end) for s in spans]
    people = [s for s in spans if s.label == "PERSON"]
    out: list[Span] = []
    for place in sorted(sources | inner):
        for r in _readings(place):
            # 新潟県燕市 … つばめが巣を: a town inside an address, read as a word elsewhere, counts only at a quote's head
            wordy = place in inner and any(p[1] != "固有名詞" for p in dictionary_entries(r))
            for m in re.finditer(re.escape(r), text):
                a, b = m.span()
                before = text[a - 1 : a]
                tag = before in ("#", "＃")  # #しまんとごはん: a hashtag glues words (stop 42)
                head = tag or before in ("「", "『")  # the head of a quoted name or of a hashtag
                if wordy and not head:
                    continue
                if not (_word_start(text, a) or _glued_start(text, a, b)) or not (
                        _AFTER.match(text, b) or tag and len(r) >= 3 or head and _word_after(text, a, b)):
                    continue  # (inside a longer kana word)
                if len(r) == 2 and not (head and _SHORT_AFTER.match(text, b)):
                    continue  # (a short reading elsewhere is any word: さの, ひの; 「はぎの夏みかん」: の then a word)
                if any(x < b and a < y for x, y in taken) or any(x.start < b and a < x.end for x in out):
                    continue
                if before in ("（", "(") and any(0 <= a - p.end <= 2 for p in people):
                    continue  # 鴨川 誠（かもがわ）: a person's reading
                out.append(Span("LOCATION", a, b, r, 0.6, SOURCE, "既出の地名のかな書き",
                                data={"tier": 1, "kind": "town", "reading_of": place, **_prefecture_of(place)}))
    out += _hashtag_towns(text, taken + [(x.start, x.end) for x in out])
    return out + _quoted_districts(text, spans, taken + [(x.start, x.end) for x in out])


@lru_cache(maxsize=1024)
def _prefecture_of(place: str) -> dict[str, object]:
    """{"prefecture": …} when the place (or the municipality its stem names) lies in one prefecture, else {}: the
    anonymizer then takes the prefecture of the town itself, not the one the text names (舞鶴 … まいづる in a text that
    names 愛知県 only was 「愛知県内の地域」; stop 43)."""
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    found = {c.prefecture for c in gaz.candidates(place)} if place[-1:] in "市町村区" else set()
    if not found:
        found = {c.prefecture for k in "市町村" for c in gaz.candidates(place + k)}
    return {"prefecture": next(iter(found))} if len(found) == 1 else {}


def _stems_inside(spans: list[Span]) -> set[str]:
    """Municipality stems (KEN_ALL, without 市/町/村, two to four kanji) written inside a longer LOCATION: 西武秩父駅 → 秩父,
    名護湾 → 名護, 舞鶴市大浦地区 → 舞鶴 (stop 43)."""
    stems = _municipality_readings()
    out: set[str] = set()
    for s in spans:
        if s.label != "LOCATION" or len(s.text) < 3:
            continue
        for m in _KANJI_PLACE.finditer(s.text):
            w = m.group()
            out.update(w[i : i + n] for n in (2, 3, 4) for i in range(len(w) - n + 1) if w[i : i + n] in stems)
    return out


def _proper_parts(spans: list[Span]) -> set[str]:
    """Place words (SudachiDict 固有名詞 地名, two to four kanji) inside a longer LOCATION of kanji: 丹波篠山市 → 篠山,
    篠山城跡 → 篠山 (stop 45, read names dev wave 17: ささやまの冬 after 丹波篠山市; a municipality renamed — 篠山市 is
    丹波篠山市 since 2019 — is no KEN_ALL stem any more)."""
    out: set[str] = set()
    for s in spans:
        if s.label == "LOCATION" and len(s.text) >= 3 and _KANJI_PLACE.fullmatch(s.text):
            out.update(_place_words_inside(s.text))
    return out


@lru_cache(maxsize=4096)
def _place_words_inside(place: str) -> tuple[str, ...]:
    """The place words of :func:`_proper_parts` in one place's name, read once per name."""
    return tuple(t.surface for t in tokenize(place) if t.surface != place and 2 <= len(t.surface) <= 4
                 and t.pos[1:3] == ("固有名詞", "地名") and _KANJI_PLACE.fullmatch(t.surface))


def _word_after(text: str, a: int, b: int) -> bool:
    """At a quote's head, a reading of three letters or more glued to a hiragana word the dictionary lists (湖東 …
    「ことうものづくり見学バス」: こと|う|もの… to SudachiPy; stop 45, read names dev wave 17), and the reading with
    the letters after it no word of its own."""
    if b - a < 3:
        return False
    run = re.match(r"[ぁ-ゖー]+", text[b:b + 8])
    if run is None:
        return False
    return any(dictionary_entries(run.group()[:k]) for k in range(len(run.group()), 1, -1)) \
        and not any(dictionary_entries(text[a:b + k]) for k in range(1, len(run.group()) + 1))


def _glued_start(text: str, a: int, b: int) -> bool:
    """A reading of four letters or more that is no word of the dictionary, after hiragana that makes no word with it
    (暮らした|まいづるで, 歩く|ひとよし散歩, また|きのさきへ; stop 43, read wave 15): the reading starts a word there, as
    SudachiPy cannot tell (it cuts たまい|づる)."""
    r = text[a:b]
    if len(r) < 4 or dictionary_entries(r) or text[a - 1 : a] in ("お", "ご"):
        return False  # (根っからのおひとよし: お+word)
    return not any(dictionary_entries(text[a - k : b]) for k in (1, 2, 3) if a - k >= 0)


#: A hashtag that is a municipality's reading in hiragana and nothing else (#のべおか #活版印刷).
_HASHTAG = re.compile(r"[#＃]([ぁ-ゖー]{2,8})(?=[\s#＃]|$)")


def _hashtag_towns(text: str, taken: list[tuple[int, int]]) -> list[Span]:
    """A hashtag that is a municipality's KEN_ALL reading (three letters or more, no word of the dictionary), even when
    the text never writes the town in kanji: #のべおか (stop 43, read wave 15)."""
    if "#" not in text and "＃" not in text:
        return []
    out = []
    for m in _HASHTAG.finditer(text):
        a, b = m.span(1)
        r = m.group(1)
        if any(x < b and a < y for x, y in taken):
            continue
        if len(r) == 2:
            # #はぎ, #ひみ: a two-letter reading only of a municipality the text writes in kanji (萩, 氷見; stop 44, read dev
            # wave 16) — a dictionary word too (萩 the flower), so the kanji must say which
            stem = next((st for st in _short_readings().get(r, ()) if st in text), None)
            if stem is not None:
                out.append(Span("LOCATION", a, b, r, 0.6, SOURCE, "市町村名のかな書き（ハッシュタグ）",
                                data={"tier": 1, "kind": "town", "reading_of": stem}))
            continue
        if r not in _all_readings() or dictionary_entries(r):
            continue
        out.append(Span("LOCATION", a, b, r, 0.6, SOURCE, "市町村名のかな書き（ハッシュタグ）",
                        data={"tier": 1, "kind": "town", "reading_of": _all_readings()[r]}))
    return out


@lru_cache(maxsize=1)
def _short_readings() -> dict[str, frozenset[str]]:
    """Two-letter hiragana reading → the municipality stems read so (はぎ → 萩, ひみ → 氷見)."""
    out: dict[str, set[str]] = {}
    for r, stem, _pref in city_readings():
        if len(r) == 2:
            out.setdefault(r, set()).add(stem)
    return {r: frozenset(v) for r, v in out.items()}


@lru_cache(maxsize=1)
def _all_readings() -> dict[str, str]:
    """Hiragana reading (three letters or more) → a municipality stem with that reading."""
    return {r: stem for r, stem, _pref in city_readings() if len(r) >= 3}


#: Quoted names that open with a word: a district's reading there is the head of a product's, an event's or a shop's name.
_QUOTE_HEAD = re.compile(r"[「『]([ぁ-ゖー]{3,8})")


def _quoted_districts(text: str, spans: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """A district of a municipality the text names (KEN_ALL 町域 and its reading), written in hiragana at the head of a
    quoted name: 一関市 … 「げんび三重奏」 (厳美), うるま市 … 「あげな通り ゆうやけマルシェ」 (安慶名), 宇都宮市 … 「はなぶさの栗ぜんざい」.
    Only there, and only a reading SudachiDict has no ordinary word for: elsewhere, or as a word, it is too often one
    (いちばん and あおば are districts of 八戸市 and of 福岡市東区; 「さつきパン」 is a product). On the read dev sets (stop
    40), measured before the dictionary test, 6 of the 9 it found were such districts; the dictionary test leaves the 5
    that are no word (はなぶさ, a common noun too, goes) and none of the others."""
    if "「" not in text and "『" not in text:
        return []
    heads = [(m.start(1), m.group(1)) for m in _QUOTE_HEAD.finditer(text)]
    if not heads:
        return []
    munis = municipalities_named(spans)
    if not munis or len(munis) > 6:
        return []
    out: list[Span] = []
    for pref, city in sorted(munis):
        readings = district_readings(pref, city)
        for a, run in heads:
            for n in range(len(run), 2, -1):  # the longest reading the run opens with (はなぶさ before はな)
                written = readings.get(run[:n])
                b = a + n
                if written is None or not _AFTER.match(text, b) or any(x < b and a < y for x, y in taken):
                    continue
                if any(p[1] != "固有名詞" for p in dictionary_entries(run[:n])):
                    break  # 「いちばん星」, 「さつきパン」: a word of the dictionary (いちばん is a district of 八戸市)
                out.append(Span("LOCATION", a, b, run[:n], 0.6, SOURCE, "市町村の町域のかな書き（かぎかっこの名称の頭）",
                                data={"tier": 1, "kind": "town", "reading_of": written}))
                taken = taken + [(a, b)]
                break
    return out


def add_kana_echoes(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step (after every finder, the kanji place may come from any of them, and after coreference, whose repeated
    names — しもさと耕房 a second time — the kana must not cut): ``spans`` and :func:`kana_echoes`."""
    new = kana_echoes(view.original, spans)
    return sorted(spans + new, key=lambda s: (s.start, s.end)) if new else spans
