"""Coreference inside one document: one ``entity_id`` per person / organisation.

* People: a full name (姓＋名, from the token parts or a declared name) owns its surname and given
  name, so 山田太郎 / 山田さん / 山田社長 / 太郎さん share one id. A bare surname shared by two
  declared or written full names goes to the nearest full name written before it; before both, it
  stays a person of its own (「丸山社長」 before 「丸山大輔専務」 and 「丸山恵子さん」 may be a third).
  A bare surname with a title or honorific first looks for the full name that carried the same
  title before (山田太郎社長 … 息子の山田健一 … 山田社長 → 山田太郎), then the nearest.
  Dictionary spans carry ``data["canonical"]`` (the declared name), so ヤマダ links to 山田太郎.
* Organisations: the name without its legal form and brackets is the key, so 株式会社ミライ商事 /
  ミライ商事 / (株)ミライ商事 / ㈱ミライ商事 share one id.
* References: 同社・同店・同院 … and 同氏・同人 … become spans of the antecedent's label and id with
  ``data={"reference": True}``; anonymize leaves them as they are.

Ids are ``P1, P2 …`` and ``O1, O2 …`` in order of first mention.

例::

    >>> from tokumei import analyze
    >>> ids = {s.text: s.entity_id for s in analyze("山田太郎社長は、山田さんと呼ばれる。")}
    >>> ids["山田太郎"] == ids["山田"]
    True
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

import jaconv

from tokumei.span import Span
from tokumei.detect.textview import TextView
from tokumei.detect.names.abbrev import household_names, short_org_names
from tokumei.detect.names.lexicon import ORG_REFERENCES, PERSON_REFERENCES, TITLE_ALT
from tokumei.detect.names.variants import (
    KANA_ONLY, find_mentions, name_parts, org_core, person_forms, supersede,
)

SOURCE = "jp.names.coref.v1"
_SPACE = re.compile(r"[\s・=＝]+")
#: A katakana name of parts joined by ・ (レ・ミン・トゥアン, マリア・サントス).
_KATA_DOTTED = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)+")
_REF_RE = re.compile("|".join(sorted(ORG_REFERENCES | PERSON_REFERENCES, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def person_key(text: str) -> str:
    """Comparable form of a person name. 例: ``person_key("山田　太郎") == "山田太郎"``

    Cached: one span's key is asked up to six times per text (link_entities), and names recur."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=65536)
def org_key(text: str) -> str:
    """Organisation name without the legal form before or after it (:func:`.variants.org_core`, the
    same rule the mention finder uses). 例: ``org_key("㈱ミライ商事") == "ミライ商事"``"""
    return _SPACE.sub("", org_core(unicodedata.normalize("NFKC", text))).strip("()（）")


def _grow_to_called(text: str, spans: list[Span]) -> list[Span]:
    """A hiragana name read short where the text calls a longer one with くん/ちゃん/さん: うちのゆう|とが … ゆうとくん
    (stop 42, a-dev-818: ゆう was replaced and と left). The bare piece becomes the called name."""
    called = {s.text for s in spans if s.label == "PERSON" and (s.data or {}).get("title") and re.fullmatch(r"[ぁ-ゖ]{3,5}", s.text)}
    if not called:
        return spans
    out = []
    for s in spans:
        if s.label == "PERSON" and s.score < 0.8 and re.fullmatch(r"[ぁ-ゖ]{2,4}", s.text) and not (s.data or {}).get("title"):
            k = next((c for c in called if len(c) > len(s.text) and c.startswith(s.text) and text.startswith(c, s.start)
                      and (not "ぁ" <= (after := text[s.start + len(c):s.start + len(c) + 1]) <= "ゖ" or after in "がはもをにのと")), None)
            if k is not None:
                s = s.with_(end=s.start + len(k), text=k)
        out.append(s)
    return out


def link_entities(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step: set ``entity_id`` on PERSON/ORGANIZATION spans and add 同社/同氏 references.
    Spans the allow-list kept (``data["allowed"]``) are passed through, never linked."""
    kept = [s for s in spans if (s.data or {}).get("allowed")]
    if kept:
        rest = link_entities(view, [s for s in spans if not (s.data or {}).get("allowed")])
        return sorted(rest + kept, key=lambda s: (s.start, s.end, s.label))
    spans = household_names(view.original, spans)  # (before the test below: 「ほしぞらさんとこの卵」 may be the only name)
    if not any(s.label == "PERSON" or s.label == "ORGANIZATION" for s in spans):
        # no name: nothing to link or propagate, and 同社/同氏 have no antecedent (a short cell, a date)
        return list(spans)
    spans = _places_named_as_people(spans, view.original)
    spans = short_org_names(view.original, spans)
    spans = _grow_to_called(view.original, spans)
    people = [s for s in spans if s.label == "PERSON"]
    # full names: key -> (surname, given); positions of each full-name mention
    full: dict[str, tuple[str, str]] = {}
    for s in people:
        canon = (s.data or {}).get("canonical")
        p = name_parts(s)
        if p:
            full.setdefault(person_key(canon or s.text), p)
    owner: dict[str, list[str]] = {}  # surname/given -> full-name keys
    for k, (sur, giv) in full.items():
        for piece in (sur, giv):
            owner.setdefault(person_key(piece), []).append(k)
    for s in people:  # a reading's surname/given (ヤマダ of ヤマダタロウ) belongs to the name it reads
        canon = (s.data or {}).get("canonical")
        p = name_parts(s) if canon and (s.data or {}).get("reading") else None
        if p and person_key(canon) in full:
            for piece in p:
                keys = owner.setdefault(person_key(piece), [])
                if person_key(canon) not in keys:
                    keys.append(person_key(canon))
    ids: dict[tuple[str, str], str] = {}
    counters = {"PERSON": 0, "ORGANIZATION": 0}

    def eid(label: str, key: str) -> str:
        if (label, key) not in ids:
            counters[label] += 1
            ids[(label, key)] = ("P" if label == "PERSON" else "O") + str(counters[label])
        return ids[(label, key)]

    full_pos: list[tuple[int, str]] = []
    for s in people:
        k = person_key((s.data or {}).get("canonical") or s.text)
        if k in full:
            full_pos.append((s.start, k))
    starts = [p for p, _ in full_pos]
    titled: list[tuple[int, str, str]] = []  # (start, full-name key, title) of mentions so far
    written = [fk for fk in full if not KANA_ONLY.fullmatch(fk)]  # full names not in kana
    readers: dict[str, list[str]] | None = None  # kana reading -> written full names, built on first need

    def by_reading(key: str) -> str | None:
        """The one written full name that reads ``key`` (ヤマダタロウ → 山田太郎), else None."""
        nonlocal readers
        if readers is None:
            readers = _readers(written)
        owners = readers.get(jaconv.hira2kata(key), [])
        return owners[0] if len(owners) == 1 else None

    # a full name written in kana -> the same name written in kanji
    alias = {fk: t for fk in full if KANA_ONLY.fullmatch(fk) and written and (t := by_reading(fk))}
    # the first or last part of a katakana name joined by ・ (トゥアン of レ・ミン・トゥアン) found alone by a weaker rule
    # is that person (stop 39, anonymize dev wave 11: 『トゥアンくん』 was published beside A氏)
    parts_of: dict[str, Span | None] = {}
    for s in people:
        if "・" in s.text and not (s.data or {}).get("reference") and _KATA_DOTTED.fullmatch(s.text):
            ps = s.text.split("・")  # (not variants.foreign_parts, which wants two letters before the first ・: レ・ミン)
            for part in {ps[0], ps[-1]}:
                if len(part) >= 2:  # (ズン, ナム: Vietnamese given names of two letters)
                    other = parts_of.setdefault(part, s)
                    if other is not None and person_key(other.text) != person_key(s.text):
                        parts_of[part] = None  # グエン of two people: which one the bare グエン is, no one can say
    out: list[Span] = []
    for s in spans:
        if s.label == "PERSON" and not (s.data or {}).get("reference"):
            k = person_key((s.data or {}).get("canonical") or s.text)
            title = (s.data or {}).get("title") or _title_before(view.original, s.start)
            if k not in full and k not in owner and written and KANA_ONLY.fullmatch(s.text):
                k = by_reading(k) or k  # ヤマダ タロウ on the フリガナ line: 山田太郎
            whole = parts_of.get(s.text)
            if k not in full and k not in owner and whole is not None:
                k = person_key((whole.data or {}).get("canonical") or whole.text)
                if s.score < whole.score:
                    s = s.with_(score=whole.score, reason=f"{s.reason}（既出の・区切りの姓名の一部）")
            if k not in full and k in owner:
                cands = owner[k]
                if len(cands) > 1:
                    # 丸山大輔 and 丸山恵子 both present: a bare 丸山 with a title goes to the full name
                    # that carried the same title before (山田太郎社長 … 息子の山田健一 … 山田社長 → 太郎),
                    # else to the nearest full name written before it; before any of them it stays its
                    # own person (丸山社長 may be a third)
                    same = [fk for a, fk, tt in titled if a < s.start and tt == title and fk in cands] if title else []
                    i = bisect_left(starts, s.start)
                    before = [fk for _, fk in full_pos[:i] if fk in cands]
                    if same:
                        k = same[-1]
                    elif before:
                        k = before[-1]
                else:
                    k = cands[0]
            k = alias.get(k, k)
            if title and k in full:
                titled.append((s.start, k, title))
            s = s.with_(entity_id=eid("PERSON", k))
        elif s.label == "ORGANIZATION" and not (s.data or {}).get("reference"):
            k = org_key((s.data or {}).get("canonical") or s.text) or s.text
            s = s.with_(entity_id=eid("ORGANIZATION", k))
        out.append(s)
    linked = _propagate(view, out)
    # 二宮（若菜）: a surname found only by propagation (園長 二宮かおる … 副園長の二宮（若菜）) takes in the given name in
    # brackets too, and is that person, not the one whose surname was propagated (stop 35, n-dev-1034)
    from tokumei.detect.names.rules.bracket_readings import given_in_brackets

    grown = given_in_brackets(view.original, linked)
    linked = [g.with_(entity_id=eid("PERSON", person_key(g.data["canonical"]))) if g.end != o.end else g
              for o, g in zip(linked, grown)]
    return _references(view, linked)


#: What may follow a name directly in kana (particles, honorifics, copula); other kana glued on make
#: another word (日向|ぼっこ).
_AFTER_NAME = ("の", "が", "は", "を", "に", "で", "と", "も", "へ", "や", "か", "から", "まで", "より", "さん", "さま", "くん",
               "ちゃん", "です", "でし", "だ", "って", "ら", "たち")


#: A title written before a full name and a space, on a list's line (部会長 綿引 正和, 代表 山田 花子).
_TITLE_BEFORE = re.compile("(?:^|(?<=[\\n：:、，,／/　 ]))(" + TITLE_ALT
                           + ")[ 　]$")


def _title_before(text: str, at: int) -> str | None:
    """The title written right before a name at ``at`` with a space (部会長 綿引 正和 → 部会長): a list writes the role
    first, and a later 綿引部会長 is the one who carried it (stop 35, n-dev-537)."""
    m = _TITLE_BEFORE.search(text, max(0, at - 8), at) if at and text[at - 1] in " 　" else None
    return m.group(1) if m else None


def _glued_kana(text: str, end: int) -> bool:
    """Hiragana right after ``end`` that is not a particle or honorific (日向ぼっこ)."""
    return end < len(text) and "\u3041" <= text[end] <= "\u309f" and not text.startswith(_AFTER_NAME, end)


def _places_named_as_people(spans: list[Span], text: str = "") -> list[Span]:
    """A weak place guess (a bare place name, score ≤ 0.5) that is exactly a person's name or surname found
    in the same text is that person (出席者：飯塚 … 飯塚より報告: 飯塚 is also a city) — not when kana glued
    on make another word (会計 日向 静 … 日向ぼっこ)."""
    names: set[str] = set()
    spaced: set[str] = set()  # surnames of full names written with a space (岩国 徹): a person beyond doubt
    for s in spans:
        if s.label == "PERSON":
            names.add(person_key(s.text))
            surnames = {person_key(p) for p, k in (s.data or {}).get("parts", ()) if k == "姓"}
            names.update(surnames)
            if " " in s.text or "\u3000" in s.text:
                spaced.update(surnames)
    from tokumei.detect.names.model.common import SURE  # (at call time: the model package imports this module, via the dictionary)

    # a place the learned tier is sure of somewhere in the text stays a place (足助 in 足助の町並み, while a
    # false full name 足助五平 from 「足助五平餅」 would make every bare 足助 a person), unless a full name
    # written with a space has it as its surname (岩国 徹 … 仕入れは岩国の担当)
    names -= {person_key(s.text) for s in spans if s.label == "LOCATION" and max(
        s.score if (s.data or {}).get("tier") == "model" else 0.0, (s.data or {}).get("model_p", 0.0)) >= SURE} - spaced
    if not names:
        return spans
    return [s.with_(label="PERSON", reason="人名（同じ文書の人名と同じ）", data={"parts": [(s.text, "姓")]})
            if s.label == "LOCATION" and s.score <= 0.5 and not (s.data or {}).get("coarse")
            and person_key(s.text) in names and not _glued_kana(text, s.end) else s for s in spans]


def _readers(written: list[str]) -> dict[str, list[str]]:
    """Katakana readings (full name, surname, given name) -> the full names that read so.
    例: ``_readers(["山田太郎"])["ヤマダタロウ"] == ["山田太郎"]``; with 山田太郎 and 山田健一, ヤマダ has both.

    Readings come from SudachiPy (:func:`.variants.person_forms`); hiragana is folded to katakana
    (jaconv, as for the variants) so ヤマダ and やまだ compare equal.
    """
    out: dict[str, list[str]] = {}
    for fk in written:
        for form in person_forms(fk):
            if KANA_ONLY.fullmatch(form):
                owners = out.setdefault(jaconv.hira2kata(person_key(form)), [])
                if fk not in owners:
                    owners.append(fk)
    return out


def _propagate(view: TextView, spans: list[Span]) -> list[Span]:
    """Every other occurrence of a found name, in any of its written forms, is the same entity
    (山田太郎 … 山田は / ヤマダ タロウ; ミライ商事 … 株式会社ミライ商事): :func:`.variants.find_mentions`.

    Only at a word boundary (田中 is not taken out of 田中町 or 中田中); a one-kanji or two-kana form
    only before an honorific or title (林様, 原社長). A found span inside a longer form (ユウコ in
    ナカヤマ ユウコ) gives way to it.
    """
    new = find_mentions(view.original, spans, source=SOURCE, reason="同じ文書内で既出の名前", inherit=True,
                        extra={"tier": "coref", "propagated": True})
    return supersede(spans, new) if new else spans


def _antecedent(text: str, spans: list[Span], i: int, at: int, label: str) -> Span | None:
    """The mention 同社/同氏 at ``at`` refers to, among spans[:i] of ``label``.

    Preference (within the last ~300 characters, else the nearest at all): a mention that was the
    topic or subject (followed by は/が, after any title), then a company introduced with its legal
    form, then the entity mentioned most, then the nearest. 例: 「株式会社Aは、B銀行から融資を受けた。
    同社は…」 → A (nearest would be B).
    """
    best, best_key, nearest = None, None, None
    seen: dict[str, int] = {}
    for j in range(i - 1, max(-1, i - 200), -1):
        s = spans[j]
        if s.label != label or not s.entity_id or (s.data or {}).get("reference"):
            continue
        if nearest is None:
            nearest = s
        if s.start < at - 300:
            break
        seen[s.entity_id] = seen.get(s.entity_id, 0) + 1
    if nearest is None:
        return None
    for j in range(i - 1, max(-1, i - 200), -1):
        s = spans[j]
        if s.label != label or not s.entity_id or (s.data or {}).get("reference") or s.start < at - 300:
            continue
        after = s.end + len(str((s.data or {}).get("title") or ""))
        topic = text.startswith(("は", "が", "では", "も"), after)
        legal = label == "ORGANIZATION" and org_key(s.text) != person_key(s.text)
        key = (topic, legal, seen.get(s.entity_id, 0), j)
        if best_key is None or key > best_key:
            best, best_key = s, key
    return best or nearest


def _references(view: TextView, spans: list[Span]) -> list[Span]:
    text = view.original
    refs: list[Span] = []
    starts = [s.start for s in spans]
    for m in _REF_RE.finditer(text):
        a, b = m.span()
        i = bisect_left(starts, a)
        if i < len(spans) and spans[i].start < b or (i > 0 and spans[i - 1].end > a):
            continue  # inside another span
        label = "ORGANIZATION" if m.group(0) in ORG_REFERENCES else "PERSON"
        ante = _antecedent(text, spans, i, a, label)
        if ante is None:
            continue
        refs.append(Span(label, a, b, m.group(0), 0.9, SOURCE, "前出の指示語", ante.entity_id,
                         {"reference": True, "antecedent": ante.start}))
    if not refs:
        return spans
    return sorted(spans + refs, key=lambda s: (s.start, s.end, s.label))
