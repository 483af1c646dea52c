"""Written variants of a detected name, and where else in the text they occur.

One place for "the same name, written another way": detection (:mod:`.coref`) uses it to repeat a
found name at its other occurrences, and anonymization (:mod:`tokumei.anonymize.propagate`) uses
it as the safety net for spans given from outside.

* A person: the name with and without space, surname, given name (≥ 2 characters) and the
  katakana/hiragana readings (SudachiPy ``reading_form``) — 中山裕子 → 中山, 裕子, ナカヤマ ユウコ …
* An organisation: with and without its legal form — ミライ商事 ↔ 株式会社ミライ商事 ↔ (株)ミライ商事.

An occurrence counts only at a word boundary: not glued to a character of the same script
(田中 is not taken out of 田中町 or 中田中) unless an honorific or title follows (田中部長). A short
form — one kanji (林, 原) or two kana (モリ) — counts only right before an honorific or title
(林様, 原社長), never in 林業.

例::

    >>> from tokumei.span import Span
    >>> t = "氏名：中山裕子\\nフリガナ：ナカヤマ ユウコ\\n中山部長"
    >>> [(s.text, s.data.get("title")) for s in find_mentions(t, [Span("PERSON", 3, 7, "中山裕子", .9, "t", "", "P1")], source="x")]
    [('ナカヤマ ユウコ', None), ('中山', '部長')]
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Any, Iterable, Mapping

from tokumei.detect.names.lexicon import HONORIFICS, LEGAL_FORMS, TITLES
from tokumei.detect.names.tokens import script_of, tokenize
from tokumei.span import Span

NAME_LABELS = ("PERSON", "ORGANIZATION")
#: An honorific or job title right after a name (山田|さん, 山田|社長), the longest first.
TITLE_RE = re.compile("|".join(re.escape(x) for x in sorted(HONORIFICS | TITLES, key=len, reverse=True)))
#: An honorific after a space, as in letters and address labels (山田 太郎 様).
_SPACED_HON_RE = re.compile("[ \u3000](?:様|殿|さん|さま|御中|先生)")
#: Kana only (a reading): ナカヤマ ユウコ, なかやま.
KANA_ONLY = re.compile(r"[\u30a0-\u30ff\u3040-\u309f ー・\u3000]+")
_LEGAL = sorted({v for f in LEGAL_FORMS for g in (f, unicodedata.normalize("NFKC", f))
                 for v in (g, g.replace("(", "（").replace(")", "）"))}, key=len, reverse=True)
_JA_LEGAL = "|".join(re.escape(f) for f in _LEGAL if not f[0].isascii() or not f[0].isalpha())
_EN_LEGAL = "|".join(re.escape(f) for f in _LEGAL if f[0].isascii() and f[0].isalpha())
# 株式会社 before or after the name; Inc. / LLC only after it, as a word of its own (not Incubate)
_LEGAL_EDGE_RE = re.compile(rf"^(?:{_JA_LEGAL})[ \u3000]*|[ \u3000]*(?:{_JA_LEGAL})$"
                            rf"|[ \u3000,]*(?<![A-Za-z])(?:{_EN_LEGAL})$")
#: Legal forms written around an organisation's core name in running text.
_USUAL_LEGAL = ("株式会社", "有限会社", "合同会社", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲")
_NOT_INHERITED = ("title", "validated")


def follows_title(text: str, end: int) -> bool:
    """True when an honorific/title starts at ``text[end:]``.

    例: ``follows_title("林様より", 1)`` → True, ``follows_title("林業", 1)`` → False
    """
    return bool(TITLE_RE.match(text, end) or _SPACED_HON_RE.match(text, end))


def org_core(name: str) -> str:
    """The organisation name without the legal form before or after it, brackets and spaces.

    例: ``org_core("（株）ミライ商事") == "ミライ商事"``、``org_core("ミライ企画株式会社") == "ミライ企画"``
    """
    return _LEGAL_EDGE_RE.sub("", name.strip()).strip(" \u3000()（）")


@lru_cache(maxsize=8192)
def person_forms(name: str) -> frozenset[str]:
    """Written forms of a detected person: full name with/without space, surname, given name
    (≥ 2 characters), and the katakana/hiragana readings (SudachiPy ``reading_form``, one call per
    name, cached). 例: ``"ナカヤマ ユウコ" in person_forms("中山裕子")``"""
    import jaconv

    toks = [t for t in tokenize(name, readings=True) if t.surface.strip()]
    out = {name, "".join(name.split())}
    if len(toks) == 2:
        (sur, sr), (giv, gr) = [(t.surface, t.reading) for t in toks]
        out |= {f"{sur} {giv}", f"{sur}\u3000{giv}"}
        # a part alone only when it is a proper noun here (熊田コール: コール is no given name)
        for t, part, r in ((toks[0], sur, sr), (toks[1], giv, gr)):
            if not (t.oov or t.pos[1:2] == ("固有名詞",)):
                continue
            if part == sur or len(part) >= 2:
                out.add(part)
            if len(r) >= 2 and r != "キゴウ":
                out.add(r)
        for full in (sr + gr, f"{sr} {gr}", f"{sr}\u3000{gr}"):
            out |= {full, jaconv.kata2hira(full)}
    out |= set(foreign_parts(name))
    return frozenset(v for v in out if v.strip())


#: Particles after which a two-kana part of a foreign name is that name (コアは, ナムが).
_PARTICLE = frozenset("はがもをにとのへ、。")
_FOREIGN = re.compile(r"[ァ-ヺー]{2,}(?:・[ァ-ヺー]{1,})+")


def foreign_parts(name: str) -> tuple[str, ...]:
    """The first and last parts of a katakana name joined by ・ (チャン・ミン・コア → チャン, コア): a foreign
    name's family or given name is written alone later (コアは家族みたいなもの). 例: ``foreign_parts("グエン・ヴァン・ナム")``
    is ``("グエン", "ナム")``"""
    if not _FOREIGN.fullmatch(name):
        return ()
    ps = name.split("・")
    return tuple(p for p in (ps[0], ps[-1]) if len(p) >= 2)


#: A reading in brackets written right after an organisation's name (有限会社魚辰（うおたつ）).
_READING_TAIL = re.compile(r"[（(]([ぁ-ゖァ-ヺー・ 　]{2,20})[）)]$")


@lru_cache(maxsize=8192)
def org_forms(name: str) -> frozenset[str]:
    """The organisation name with and without its legal form, and without a reading in brackets after it
    (its reading is a form too). 例: 株式会社ミライ商事 → ミライ商事, (株)ミライ商事, ㈱ミライ商事, ミライ商事株式会社 …;
    有限会社魚辰（うおたつ） → 魚辰, うおたつ …"""
    out = {name}
    if m := _READING_TAIL.search(name):
        if len(m.group(1).strip()) >= 3:
            out.add(m.group(1).strip())
        name = name[: m.start()].rstrip()
        out.add(name)
    core = org_core(name)
    if len(core) >= 2:
        out.add(core)
        for form in _USUAL_LEGAL:
            out |= {form + core, core + form}
    head, _, tail = core.rpartition(" ") if " " in core else core.rpartition("\u3000")
    if head and len(tail) >= 3 and not tail.endswith(_BRANCH_TAILS):
        out.add(tail)  # 観光ぶどう園 ひなた棚 … 去年ひなた棚に: the name after the kind word, written alone
    if 4 <= len(core) <= 12 and " " not in core and "\u3000" not in core:
        # 有限会社わたや玉井 … 日頃よりわたや 玉井を: the same name with a space where its script changes
        for i in range(2, len(core) - 1):
            if script_of(core[i - 1]) != script_of(core[i]) and "other" not in (script_of(core[i - 1]), script_of(core[i])):
                out |= {core[:i] + " " + core[i:], core[:i] + "\u3000" + core[i:]}
    return frozenset(out)


#: Tails that name a branch or a kind, not the business (丸越百貨店 静岡店, 株式会社みなと縫製 鳴門工場).
_BRANCH_TAILS = ("店", "工場", "営業所", "支社", "事業所", "出張所", "本部", "支部", "部", "課", "室", "センター")


def name_parts(s: Span) -> tuple[str, str] | None:
    """(surname, given) the detector recorded for a PERSON span, if any.

    例: ``data={"surname": "山田", "given": "太郎"}`` or ``data={"parts": [("山田", "姓"), ("太郎", "名")]}`` → ("山田", "太郎")
    """
    d = s.data or {}
    if d.get("surname") and d.get("given"):
        return d["surname"], d["given"]
    parts = d.get("parts") or ()
    sur = [p for p, k in parts if k == "姓"]
    giv = [p for p, k in parts if k == "名"]
    if len(sur) == 1 and len(giv) == 1:
        return sur[0], giv[0]
    if len(sur) == 1 and not giv and s.text.startswith(sur[0]):
        # 比嘉 あかり: a surname, a space and a given name SudachiDict holds as a common noun (明かり) — the rest after the
        # space is the given name (stop 35, a-dev-628: 店はあかりに任せる)
        rest = s.text[len(sur[0]):]
        if rest[:1] in (" ", "\u3000") and len(rest.strip(" \u3000")) >= 2 and not re.search(r"[ 　・]", rest.strip(" \u3000")):
            return sur[0], rest.strip(" \u3000")
    return None


def name_forms(s: Span) -> frozenset[str]:
    """All written forms of one PERSON/ORGANIZATION span (:func:`person_forms` plus the detector's
    own surname/given split, or :func:`org_forms`). 例: 山田太郎 → 山田, 太郎, ヤマダ タロウ …"""
    if s.label == "ORGANIZATION":
        return org_forms(s.text)
    return _person_name_forms(s.text, name_parts(s))


@lru_cache(maxsize=8192)
def _person_name_forms(text: str, parts: tuple[str, str] | None) -> frozenset[str]:
    forms = person_forms(text)
    if parts:
        forms = forms | {p for p in parts if p == parts[0] or len(p) >= 2}
    return forms


@lru_cache(maxsize=8192)
def _table_forms(forms: frozenset[str]) -> tuple[str, ...]:
    """The forms :func:`find_mentions` looks for, in its order: sorted, stripped, none empty, one
    character only if kanji (cached: a name's forms recur in every text that names it)."""
    out = []
    for v in sorted(forms):
        v = v.strip()
        if v and (len(v) >= 2 or script_of(v) == "kanji"):
            out.append(v)
    return tuple(out)


#: Above this many (forms × characters), scan the text once instead of one str.find per form.
SCAN_ABOVE = 1_000_000


def _occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Every (start, end, form) where a form occurs in ``text``, overlapping ones included."""
    forms = list(forms)
    hits: list[tuple[int, int, str]] = []
    if len(forms) * len(text) <= SCAN_ABOVE:  # short text, few names: str.find per form
        for v in forms:
            i = text.find(v)
            while i >= 0:
                hits.append((i, i + len(v), v))
                i = text.find(v, i + 1)
        return hits
    # a long document with many names: visit each position whose character starts some form once
    by_head: dict[str, list[str]] = {}
    for v in forms:
        by_head.setdefault(v[:2], []).append(v)
    firsts = "".join(sorted({v[0] for v in forms}))
    for m in re.finditer(f"[{re.escape(firsts)}]", text):
        i = m.start()
        for head in (text[i], text[i : i + 2]) if i + 1 < len(text) else (text[i],):
            for v in by_head.get(head, ()):  # one-character forms, then forms starting with these two
                if text.startswith(v, i):
                    hits.append((i, i + len(v), v))
    return hits


def _short(v: str) -> bool:
    return len(v) == 1 or (len(v) == 2 and all(script_of(c) in ("hira", "kata") for c in v))


def find_mentions(text: str, spans: Iterable[Span], *, source: str, reason: str | None = None,
                  max_score: float = 1.0, inherit: bool = False, extra: Mapping[str, Any] | None = None) -> list[Span]:
    """New spans for occurrences of the PERSON/ORGANIZATION names in ``spans`` that no span covers.

    Longest form first at each position; a new span never overlaps a given span, except that it may
    contain given PERSON/ORGANIZATION spans strictly inside it (ナカヤマ ユウコ around a found
    ユウコ) — the caller drops those (:func:`supersede`). Each new span copies the entity id and
    score (at most ``max_score``); ``data`` has ``same_as`` (the detected name), ``reading`` for a
    kana reading of a name written otherwise, ``title`` for a PERSON's following title (田中部長),
    the source span's data when ``inherit`` and ``extra``. Offsets point into ``text``.

    例: 「林博之さんと林業の話。林様より」 with 林博之 found → 林 (before 様) only.
    """
    spans = list(spans)
    table: dict[str, Span] = {}
    for s in spans:
        if s.label in NAME_LABELS and not (s.data or {}).get("reference") and len(s.text.strip()) >= 2:
            for v in _table_forms(name_forms(s)):
                if v not in table:
                    table[v] = s
    given1 = {}
    for s in spans:  # 森嶋 孝 … 孝の長男, 久美子から孝へ: a one-kanji given name of a full name found here
        parts = name_parts(s) if s.label == "PERSON" and not (s.data or {}).get("reference") else None
        if parts and len(parts[1]) == 1 and script_of(parts[1]) == "kanji":
            given1.setdefault(parts[1], s)
    for g, s in given1.items():
        table.setdefault(g, s)
    if not table:
        return []
    hits = _occurrences(text, table)
    hits.sort(key=lambda h: (h[0], -h[1]))
    known = sorted((s.start, s.end, s.label in NAME_LABELS) for s in spans)
    starts = [k[0] for k in known]
    reach = list(accumulate((k[1] for k in known), max))  # furthest end among known[:j + 1]
    out: list[Span] = []
    last = -1
    for a, b, v in hits:
        if a < last:
            continue  # longest form first at each position, no overlapping matches
        j = bisect_left(starts, b) - 1
        blocked = False
        while j >= 0 and reach[j] > a and not blocked:
            x, y, name = known[j]
            # a given span equal to or sticking out of the match wins; names strictly inside are superseded
            blocked = y > a and not (name and a <= x and y <= b and (x, y) != (a, b))
            j -= 1
        if blocked or (a > 0 and script_of(text[a - 1]) == script_of(v[0]) != "other" and not _after_particle(text, a, v, table)):
            continue  # 中田中: glued on the left (but 日に|しまんなかクリーニング: a long kana name after a particle)
        titled = follows_title(text, b)
        # 孝は (a particle; not for 陸, 実, 海: words too) or 陸：陸です (a speaker naming himself, any given name)
        lone_given = (v in given1 and (v not in _GIVEN1_WORDS and text[b : b + 1] in _GIVEN1_AFTER
                                       and text[b + 1 : b + 2] not in _GIVEN1_NOT_AFTER
                                       or text[b : b + 2] in _GIVEN1_CALLED or text[b : b + 1] in "：:"
                                       # 翼は筑後市から通って: a word-like given name opening a sentence as its subject
                                       or (text[b : b + 1] in "はがも" and (a == 0 or text[a - 1] in "。\n「」、")))
                      and (a == 0 or script_of(text[a - 1]) not in ("kanji", "kata"))
                      and text[a : b + 1] not in GIVEN1_ADVERBS)  # 。実は、三年前から: an adverb opening the sentence
        # みどりが店を開けて: a hiragana given name of a person found here, alone before が/は/も/を/と, after no kana
        lone_kana = (len(v) >= 3 and table[v].label == "PERSON" and _HIRA_NAME.fullmatch(v) is not None
                     and text[b : b + 1] in "がはもをとにへ")  # (glued on the left: only after a particle, tested above;
        # stop 35: 店はあかりに任せる, a-dev-628)
        # かわせみさんで: a shop's kana name found here, called with さん (glued on the left: only after a particle, above)
        org_called = (table[v].label == "ORGANIZATION" and len(v) >= 3 and _HIRA_NAME.fullmatch(v) is not None
                      and text.startswith("さん", b))
        if not titled and not lone_given and not lone_kana and not org_called and (_short(v) or (b < len(text) and script_of(text[b]) == script_of(v[-1]) != "other")) and not (
                text[b : b + 1] in _PARTICLE and v in foreign_parts(table[v].text)):
            continue  # 林業, 田中町 — but 林様, 田中部長 are the name and a title, and コアは a foreign name's part
        src = table[v]
        data = {k: x for k, x in (src.data or {}).items() if k not in _NOT_INHERITED} if inherit else {}
        data.update(extra or {})
        data["same_as"] = src.text
        if KANA_ONLY.fullmatch(v) and not KANA_ONLY.fullmatch(src.text):
            data["reading"] = True
        t = TITLE_RE.match(text, b) if src.label == "PERSON" else None
        if t:
            data["title"] = t.group(0)  # 山田社長 … later 山田部長: this mention's own title
        why = reason or f"文書内で検出済みの{'人名' if src.label == 'PERSON' else '組織名'}と同じ表記"
        out.append(Span(src.label, a, b, v, min(src.score, max_score), source, why, src.entity_id, data))
        last = b
    return out


_CASE_PARTICLES = frozenset("にはでをがのともへや")
_HIRA_NAME = re.compile(r"[ぁ-ゖ]+")
#: After a one-kanji given name written alone (孝は, 孝の長男, 孝へ): a particle; not に (誠に), not the second
#: letter of a word (実は is 実 + は but 実は… is an adverb: 実 is left out below).
_GIVEN1_AFTER = frozenset("はのへとがもや")
_GIVEN1_NOT_AFTER = frozenset("ずじ")
#: 陸：陸です。 (a speaker's label, then the speaker naming himself): です or an honorific after the name (a colon:
#: tested apart).
_GIVEN1_CALLED = frozenset(("です", "でし", "さん", "くん", "ちゃ"))
#: One kanji + a kana that read as an adverb, never a one-kanji given name and its particle (誠に申し訳ない, 実は).
GIVEN1_ADVERBS = frozenset("誠に 実に 真に 正に 殊に 特に 既に 更に 共に 直に 遂に 終に 故に 常に 単に 急に 主に 順に 別に 仮に 次に "
                           "先に 現に 徐に 俄に 頓に 偏に 稀に 実は".split())
#: One-kanji given names that are also common words before a particle (実は, 正に, 誠の, 愛の, 光が, 和の).
_GIVEN1_WORDS = frozenset("実 正 誠 愛 光 和 恵 幸 栄 勇 仁 忠 義 信 優 純 望 希 夢 空 海 陸 翼 翔 輝 晴 雪 桜 花 茂 進 学 清 明 剛 豊 隆 勝 新 元".split())


def _after_particle(text: str, a: int, v: str, table: Mapping[str, Span]) -> bool:
    """An organisation's kana form of 5+ letters right after a one-letter case particle that follows no
    other kana (10月28日に|しまんなかクリーニング) or after a kana function word (または|…), or a person's
    hiragana given name of 3+ letters after a particle that follows no other kana (七時から|みどりが): the word
    before ends there, the name starts here."""
    if table[v].label == "PERSON" and len(v) >= 3 and _HIRA_NAME.fullmatch(v):
        p = next((p for p in ("から", "まで", "より", "と", "に", "は", "が", "も", "の", "で", "を", "へ") if text.endswith(p, 0, a)), None)
        return p is not None and a - len(p) > 0 and script_of(text[a - len(p) - 1]) != "hira"
    if table[v].label == "ORGANIZATION" and 3 <= len(v) < 5 and _HIRA_NAME.fullmatch(v) and text.startswith("さん", a + len(v)):
        # お祝いを|かわせみさんでした: a shop found here by its kana name, called with さん after a case particle (stop 35,
        # a-dev-631)
        return text[a - 1] in _CASE_PARTICLES  # (お祝いを|: the さん after it vouches for the word's start)
    if len(v) < 5 or table[v].label != "ORGANIZATION":
        return False
    if text[a - 1] in _CASE_PARTICLES and (a < 2 or script_of(text[a - 2]) != script_of(text[a - 1])):
        return True
    # いつも|ほしの整骨院, または|しまんなかクリーニング: a kana function word that starts after a delimiter
    w = next((w for w in _FUNCTION_WORDS if text.endswith(w, 0, a)), None)
    return w is not None and (a == len(w) or script_of(text[a - len(w) - 1]) != "hira")


#: Kana function words a name may follow directly (conjunctions, adverbs, a particle pair).
_FUNCTION_WORDS = ("または", "および", "ならびに", "いつも", "また", "まず", "さらに", "そして", "なお", "では", "には", "とは",
                   "でも", "にも", "からは", "までは")


def supersede(spans: Iterable[Span], new: list[Span]) -> list[Span]:
    """``spans`` without those inside a span of ``new`` (non-overlapping, from :func:`find_mentions`),
    plus ``new``, by offset. 例: ユウコ inside a new ナカヤマ ユウコ is dropped."""
    if not new:
        return list(spans)
    new = sorted(new, key=lambda n: n.start)
    nstarts = [n.start for n in new]
    kept = []
    for s in spans:
        j = bisect_right(nstarts, s.start) - 1
        if not (j >= 0 and s.end <= new[j].end):
            kept.append(s)
    return sorted(kept + new, key=lambda s: (s.start, s.end, s.label))
