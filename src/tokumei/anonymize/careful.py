"""What a careful adviser does with the detector's spans before replacing anything (issue #12).

In order: siblings of organisations in a list become organisations (:mod:`.siblings`); bare
surnames several people share are resolved or marked ambiguous, nicknames join their person
(:mod:`.family`); in a profile list every date after a person is a date of birth
(:func:`profile_birthdates`).

例::

    >>> from tokumei.span import Span
    >>> t = "店主 高橋一郎 1958年3月3日生まれ\\nおかみ 高橋花子 1961年5月12日"
    >>> sp = [Span("PERSON", 3, 7, "高橋一郎", .9, "t", "", "P1"), Span("DATE_OF_BIRTH", 8, 17, "1958年3月3日", .9, "t", ""),
    ...       Span("PERSON", 25, 29, "高橋花子", .9, "t", "", "P2"), Span("DATE", 30, 40, "1961年5月12日", .9, "t", "")]
    >>> [s.label for s in profile_birthdates(t, sp)]
    ['PERSON', 'DATE_OF_BIRTH', 'PERSON', 'DATE_OF_BIRTH']
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from tokumei.anonymize.branches import branch_places
from tokumei.anonymize.coops import coop_names
from tokumei.anonymize.family import nicknames, resolve_family, stated_nicknames
from tokumei.anonymize.landmarks import landmarks
from tokumei.anonymize.leaks_kin import kana_nicknames, kin_given_names, nickname_before_name, one_kanji_surnames
from tokumei.anonymize.leaks import glued_shops, named_businesses, org_cores, quoted_businesses
from tokumei.anonymize.leaks_people import kana_given_names, mentions_again, one_kanji_given, spaced_people
from tokumei.anonymize.leaks_places import (address_tails, foreign_places_and_holders, local_bodies, place_stems,
                                            prefecture_cities)
from tokumei.anonymize.places import dictionary_places
from tokumei.anonymize.products import quoted_products
from tokumei.anonymize.public_bodies import keep_public_bodies
from tokumei.anonymize.shops import kind_first_names, shop_names, suffix_names, trade_family_shops
from tokumei.anonymize.siblings import sibling_orgs
from tokumei.span import Span

__all__ = ["careful", "profile_birthdates"]

#: Between a name and its date in a profile line: spaces, an honorific, an opening bracket.
_GAP = re.compile(r"[ \u3000\t]*(?:さん|氏|様)?[ \u3000\t]*[（(]?[ \u3000\t]*")


def careful(text: str, spans: Iterable[Span], *, places: bool = False, allowed: Any = None,
            propagate: bool = True, bodies: bool = False) -> list[Span]:
    """All steps of this module, spans by offset. ``propagate=False`` (the policy's ``propagate =
    false``) leaves out the steps that find other mentions of a name or place (:mod:`.leaks`);
    ``bodies`` (the policy applies ``place_name`` risks) generalises the town in a local public body's
    name (:func:`~tokumei.anonymize.leaks_places.local_bodies`) and a named landmark
    (:func:`~tokumei.anonymize.landmarks.landmarks`: かもめ橋 → 地元の橋)."""
    spans = keep_public_bodies(list(spans))
    spans += sibling_orgs(text, spans)
    spans = shop_names(text, spans)
    spans = suffix_names(text, spans)
    spans = trade_family_shops(text, spans)
    spans = address_tails(text, spans)
    spans = quoted_businesses(text, spans)
    spans = named_businesses(text, spans)
    spans = glued_shops(text, spans)
    spans = kind_first_names(text, spans)
    spans += coop_names(text, spans)
    spans = quoted_products(text, spans)
    spans = branch_places(text, spans)
    spans = spaced_people(text, spans)
    spans = one_kanji_given(text, spans)
    spans = kana_given_names(text, spans)
    spans = latin_people(text, spans)
    spans = romanised_readings(text, spans)
    spans = nickname_before_name(text, spans)
    if propagate:
        spans = mentions_again(text, spans)
        spans += org_cores(text, spans)
    spans += foreign_places_and_holders(text, spans)
    spans = kin_given_names(text, spans)
    spans = kana_nicknames(text, spans)
    spans = one_kanji_surnames(text, spans)
    spans = resolve_family(text, spans)
    spans += quoted_people(text, spans)
    spans = nicknames(text, spans)
    spans = stated_nicknames(text, spans)
    spans = profile_birthdates(text, spans)
    spans += birth_years(text, spans)
    spans = places_not_people(text, spans)
    spans = places_not_orgs(spans)
    spans = place_words_after(text, spans)
    spans = places_in_allowed_bodies(text, spans, allowed)
    if places:
        # a quoted product or event (「仙台長なす漬」: anonymize.products) stays, the town in it does not
        products = [s for s in spans if (s.data or {}).get("product")]
        spans = [s for s in spans if not (s.data or {}).get("product")]
        spans = prefecture_cities(text, spans)
        if bodies:
            spans = local_bodies(text, spans)
            spans = landmarks(text, spans, allowed)
        spans += dictionary_places(text, spans, allowed)
        if propagate:
            spans += place_stems(text, spans, allowed)
        spans += products
    return sorted(spans, key=lambda s: (s.start, s.end))


def place_words_after(text: str, spans: list[Span]) -> list[Span]:
    """A LOCATION span of no particular kind followed by a place word (北野|天満宮, 渡良瀬|川) takes the
    word in, so the operator replaces the whole place (（地名）, 京都府内の神社) and never leaves
    「（地名）天満宮」."""
    from tokumei.anonymize.location import _SUFFIX_KINDS

    starts = {s.start for s in spans}
    out = []
    for s in spans:
        d = s.data or {}
        place = s.label == "LOCATION" and d.get("kind") in (None, "", "place") and not d.get("coarse")
        # a bare surname glued to a place word is a place (北野|天満宮, never 「A天満宮」 from a person)
        person = s.label == "PERSON" and " " not in s.text and "\u3000" not in s.text and not d.get("reading")
        if place or person:
            for word, kind in _SUFFIX_KINDS:
                b = s.end + len(word)
                if text.startswith(word, s.end) and not any(s.end <= x < b for x in starts) \
                        and not re.match(r"[一-龥]", text[b : b + 1]):
                    s = s.with_(label="LOCATION", end=b, text=text[s.start : b], entity_id=None,
                                data={**d, "kind": kind}, reason=s.reason + "・後ろに地名の語")
                    break
        out.append(s)
    return out


def places_not_orgs(spans: list[Span]) -> list[Span]:
    """An ORGANIZATION or PERSON span that is wholly a municipality the gazetteer knows, perhaps after
    its prefecture (the model's 「（浜松市、正社員11名）」, 「（岡山県岡山市、理事長…）」) is a LOCATION:
    the place operator gives it a place word (静岡県内の市, 岡山県) instead of 「B社」."""
    from tokumei.anonymize.location import _PREF_IN_TEXT, _is_prefecture
    from tokumei.detect.geo import gazetteer

    out = []
    for s in spans:
        word = s.text.strip()
        if s.label in ("ORGANIZATION", "PERSON") and len(word) >= 3 and word[-1] in "市区町村":
            head = _PREF_IN_TEXT.match(word)
            pref = head.group() if head and _is_prefecture(head.group()) else None
            found = gazetteer().candidates(word[len(pref):] if pref else word, pref)
            if len({c.prefecture for c in found}) == 1:
                s = s.with_(label="LOCATION", entity_id=None, reason=s.reason + "・市区町村名（地名として置換）",
                            data={**(s.data or {}), "kind": "municipality", "prefecture": found[0].prefecture,
                                  "suffix": word[-1]})
        out.append(s)
    return out


def places_in_allowed_bodies(text: str, spans: list[Span], allowed: Any) -> list[Span]:
    """``spans`` without LOCATION spans inside an allow-listed public body (沼田 in 沼田商工会議所,
    沼田税務署): the body stays as written, and when the address was generalised the place inside
    it is a ``place_name`` risk (:mod:`.risk_places`) that ``publication`` applies to the whole
    name — never 「群馬県内の市商工会議所」."""
    if allowed is None:
        return spans
    from tokumei.anonymize.risk_places import _compound

    out = []
    for s in spans:
        if s.label == "LOCATION" and not (s.data or {}).get("coarse"):
            a, b = _compound(text, s.start, s.end)
            if (a, b) != (s.start, s.end) and allowed(text[a:b]):
                continue
        out.append(s)
    return out


#: What follows a place, never a person: 宮島から車で20分, 岩国出身, 沼田方面.
_PLACE_AFTER = re.compile(r"(?:から|まで|より)[ \u3000]*(?:[東西南北]へ)?[ \u3000]*(?:車|徒歩|歩いて|バス|電車|船|フェリー|自転車|タクシー)"
                          r"|出身|在住|方面|周辺|近郊|界隈|沖|の海(?!外)|の港")
_HONORIFIC_AFTER = re.compile(r"[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|先生|社長|会長|専務|店主)")


#: A quoted name followed by an honorific is a person's (nick)name: 「ねぎ坊」さん, 「あんころ餅」さん.
_QUOTED_PERSON = re.compile(r"「(?P<n>[^」\n、。]{1,12}?)(?:ちゃん|くん)?」(?=さん|様|ちゃん|くん|氏)"
                            r"|「(?P<m>[^」\n、。]{1,10}?)(?:ちゃん|くん)」")


def quoted_people(text: str, spans: list[Span]) -> list[Span]:
    """PERSON spans for quoted names that an honorific follows, or that end in ちゃん/くん."""
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in _QUOTED_PERSON.finditer(text):
        g = "n" if m.group("n") else "m"
        a, b = m.span(g)
        if b - a < 2 or any(x < b and a < y for x, y in taken):
            continue
        out.append(Span("PERSON", a, b, text[a:b], 0.7, "anonymize.quoted_person.v1",
                        "かぎ括弧の呼び名に敬称（ラジオネーム・愛称）"))
        taken.append((a, b))
    return out


_LATIN_PERSON = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９@._-])(?P<n>[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’-]+"
                           r"(?:[ \u3000][A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’-]+){0,3})(?=[ \u3000]?(?:さん|様|氏|先生|くん|ちゃん))")


def latin_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with every Latin-script name right before an honorific as a person
    (「Ｒｏｄｒｉｇｕｅｓ　Ａｎａさん」); a PERSON span found inside it (Ａｎａ) gives way to the whole name."""
    out = list(spans)
    for m in _LATIN_PERSON.finditer(text):
        a, b = m.span("n")
        inside = [s for s in out if s.start < b and a < s.end]
        if any(s.label != "PERSON" or s.start < a or s.end > b for s in inside):
            continue
        if inside and len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b):
            continue
        eid = inside[0].entity_id if inside else None
        out = [s for s in out if s not in inside]
        out.append(Span("PERSON", a, b, text[a:b], 0.7, "anonymize.latin_person.v1", "英字の名前に敬称", eid))
    return out


_YEAR = r"(?<![\d０-９])(?:[12][0-9]{3}|[１２][０-９]{3}|(?:昭和|平成|令和)(?:元|[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))年"
_BIRTH_YEAR = re.compile(_YEAR + r"(?:[0-9０-９]{1,2}月)?(?=生まれ|生)")


#: A year alone after a date-of-birth label (生年月日：2005年, 生年月日 平成17年; stop 40, a form of the read dev wave 12):
#: the form asked for the date and the writer gave the year.
_LABELLED_BIRTH_YEAR = re.compile(r"(?:生年月日|誕生日|生まれ年|誕生年|生年)[ \t\u3000]*[:：]?[ \t\u3000]*(?P<y>" + _YEAR
                                  + r")(?![0-9０-９一二三四五六七八九十]|生)")


def birth_years(text: str, spans: list[Span]) -> list[Span]:
    """「1988年生まれ」「昭和38年生」「生年月日：2005年」: a year of birth without a day is a date of birth too."""
    taken = [(s.start, s.end) for s in spans]
    found = [(m.start(), m.end(), "「〜年生まれ」") for m in _BIRTH_YEAR.finditer(text)]
    found += [(*m.span("y"), "生年月日の欄の年") for m in _LABELLED_BIRTH_YEAR.finditer(text)]
    return [Span("DATE_OF_BIRTH", a, b, text[a:b], 0.8, "anonymize.birth_year.v1", why)
            for a, b, why in found if not any(x < b and a < y for x, y in taken)]


_LATIN_WORD = r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’-]+"
_ROMANISED = re.compile(rf"(?P<all>{_LATIN_WORD}(?:[ \u3000]{_LATIN_WORD})*(?:[ \u3000]*[&＆・][ \u3000]*{_LATIN_WORD}(?:[ \u3000]{_LATIN_WORD})*)*)"
                        r"[ \u3000]*[（(]")
_KANA_READING = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・＆& \u3000]+")
_SPLIT_NAMES = re.compile(r"[ \u3000]*[&＆・][ \u3000]*")


def romanised_readings(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a romanised name right before a parenthesis whose content is a person's name as
    that person (「SAITO KENJI & YUKO（サイトウ ケンジ＆ユウコ）」: SAITO KENJI is サイトウ ケンジ, YUKO is
    ユウコ; 「HARADA Kenji（原田 健司）」: an organisation span the model put on HARADA gives way)."""
    people = sorted((s for s in spans if s.label == "PERSON"), key=lambda s: s.start)
    out: list[Span] = []
    for m in _ROMANISED.finditer(text):
        close = min((i for i in (text.find("）", m.end()), text.find(")", m.end())) if i >= 0), default=-1)
        if close < 0:
            continue
        inside = [p for p in people if m.end() <= p.start and p.end <= close]
        kanji_name = len(inside) == 1 and not text[m.end() : inside[0].start].strip() and not text[inside[0].end : close].strip()
        if not (_KANA_READING.fullmatch(text, m.end(), close) or kanji_name):
            continue  # only a reading in kana or one written name: not Instagram（@handle）
        if not inside:
            continue
        spans = [s for s in spans if not (s.label == "ORGANIZATION" and m.start("all") <= s.start and s.end <= m.end("all"))]
        taken = [(s.start, s.end) for s in spans] + [(s.start, s.end) for s in out]
        a = m.start("all")
        parts = []
        for piece in _SPLIT_NAMES.split(m.group("all")):
            i = text.index(piece, a)
            parts.append((i, i + len(piece)))
            a = i + len(piece)
        for k, (x, y) in enumerate(parts):
            if any(p < y and x < q for p, q in taken):
                continue
            who = inside[min(k, len(inside) - 1)]
            out.append(Span("PERSON", x, y, text[x:y], 0.75, "anonymize.romanised.v1", "読みの前のローマ字表記（同じ人）",
                            who.entity_id, {"same_as": who.text}))
            taken.append((x, y))
    return spans + out


def places_not_people(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span with no honorific that a place phrase follows (「宮島から車で20分」) is a place:
    ``data["place"]`` makes the operator write 「（地名）」 instead of a person's letter (issue #12)."""
    out = []
    for s in spans:
        if s.label == "PERSON" and not _HONORIFIC_AFTER.match(text, s.end) and _PLACE_AFTER.match(text, s.end) \
                and not (s.data or {}).get("reading"):
            s = s.with_(data={**(s.data or {}), "place": True}, reason=s.reason + "・後ろが地名の言い回し（地名として置換）")
        out.append(s)
    return out


def profile_birthdates(text: str, spans: list[Span]) -> list[Span]:
    """When one line of a profile list gives a person's date of birth (「店主 高橋 一郎 1958年3月3日
    生まれ」), the dates placed the same way on the other lines (right after a person's name on its
    line) are dates of birth too."""
    people = [s for s in spans if s.label == "PERSON"]

    def after_person(d: Span) -> bool:
        line_start = text.rfind("\n", 0, d.start) + 1
        return any(line_start <= p.start and p.end <= d.start and _GAP.fullmatch(text, p.end, d.start)
                   for p in people)

    if not any(s.label == "DATE_OF_BIRTH" and after_person(s) for s in spans):
        return spans
    return [s.with_(label="DATE_OF_BIRTH", reason=s.reason + "・名簿の他の行と同じ位置の日付（生年月日）")
            if s.label == "DATE" and after_person(s) else s for s in spans]
