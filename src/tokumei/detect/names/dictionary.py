"""Tier 2: the project's declared names with variants (``jp.names.dict.v1``), and the allow-list.

Variants of a declared person 山田太郎 (surname/given split from SudachiPy's 姓/名 tags, or at a
space): 山田太郎, 山田 太郎, 山田, 太郎 (given names of two or more characters), the katakana
reading ヤマダタロウ/ヤマダ/タロウ (SudachiPy ``reading_form``), the hiragana full reading
やまだたろう (jaconv), and Latin spellings from the reading (Taro Yamada, YAMADA Taro, T. Yamada,
Sato/Satou; jaconv ``kana2alphabet``). Honorifics and titles after any variant go to ``data["title"]``
(山田社長 → 「山田」 + 社長). The hiragana surname or given name alone (やまだ, たろう) counts only
before an honorific (やまださん), since さとう or すずき alone are everyday words. Organisations: with and without legal form —
株式会社やまだ陶苑, やまだ陶苑, (株)やまだ陶苑, ㈱やまだ陶苑, やまだ陶苑株式会社 — and the katakana
reading of the core name. Matching runs on the normalised view (full-width, ㈱ folded).

Declared spans are not "validated": a longer overlapping span (an undeclared 山田健二 around a
declared surname 山田) still wins, so half a name is never left behind.

The allow-list (built-in ``data/allow.txt`` of public bodies + the project's ``[allow]``) removes
PERSON/ORGANIZATION spans that are allowed names, end with an allowed suffix (*税務署), or lie inside
an allowed name in the text. Listed companies are deliberately NOT allowed by default: in a small
business case study 「大手Ｘ社の下請け」 can identify the client.

例::

    >>> from tokumei.detect.names.project import Project
    >>> sorted(person_variants("山田太郎"))[:3]
    ['やまだたろう', 'タロウ', 'ヤマダ']
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import Iterable

import jaconv  # well-kept hiragana/katakana converter (no hand-written kana tables)

from tokumei.span import Span
from tokumei.detect.textview import TextView
from tokumei.detect.names.coref import org_key
from tokumei.detect.names.project import Project
from tokumei.detect.names.tokens import tokenize
from tokumei.detect.names.variants import TITLE_RE

SOURCE = "jp.names.dict.v1"


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s).replace("\u3000", " ")


def split_name(name: str) -> tuple[str, str] | None:
    """Surname and given name. 例: ``split_name("山田太郎") == ("山田", "太郎")``"""
    parts = name.split()
    if len(parts) == 2:
        return parts[0], parts[1]
    toks = [t for t in tokenize(name) if not t.surface.isspace()]
    if len(toks) == 2 and toks[0].pos[3] == "姓":
        return toks[0].surface, toks[1].surface
    return None


def _reading(text: str) -> str:
    return "".join(t.reading for t in tokenize(text, readings=True))


def person_variants(name: str) -> set[str]:
    """Written forms of a declared person. 例: ``"ヤマダ" in person_variants("山田太郎")``"""
    out = {name, "".join(name.split())}
    sp = split_name(name)
    if sp:
        sur, giv = sp
        out |= {f"{sur} {giv}", sur}
        if len(giv) >= 2:
            out.add(giv)
        for piece in (sur, giv):
            r = _reading(piece)
            if len(r) >= 2:
                out.add(r)
        full = _reading(sur) + _reading(giv)
        out |= {full, jaconv.kata2hira(full)}
        out |= romaji_variants(sur, giv)
    elif not re.fullmatch(r"[ぁ-ゟァ-ヿ]+", name):
        out.add(_reading(name))
    return {v for v in out if v}


def romaji(kana: str) -> set[str]:
    """Hepburn-style spellings of a kana reading, with and without long vowels.

    例: ``romaji("サトウ") == {"satou", "sato"}`` (jaconv's kana2alphabet, then ou/uu/oo → o/u)
    """
    raw = jaconv.kana2alphabet(jaconv.kata2hira(kana)).replace("ー", "")
    if not raw.isascii():
        return set()
    short = raw.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return {raw, short}


def romaji_variants(surname: str, given: str) -> set[str]:
    """Latin spellings of a declared person (e-mail signatures, name cards).

    例: ``"Taro Yamada" in romaji_variants("山田", "太郎")`` (matching ignores case: YAMADA Taro)
    """
    out: set[str] = set()
    for s in romaji(_reading(surname)):
        for g in romaji(_reading(given)):
            if len(s) >= 2 and len(g) >= 2:
                S, G = s.capitalize(), g.capitalize()
                out |= {f"{G} {S}", f"{S} {G}", f"{S}, {G}", f"{G[0]}. {S}"}
        if len(s) >= 5:
            out.add(s.capitalize())  # Yamada alone (short ones like Ito, Ono are everyday words)
    return out


def org_variants(name: str) -> set[str]:
    """Written forms of a declared organisation. 例: ``"(株)ミライ商事" in org_variants("株式会社ミライ商事")``"""
    core = org_key(name)
    out = {name, core}
    if core and core != _nfkc(name).replace(" ", ""):
        for form in ("株式会社", "有限会社", "合同会社"):
            if form in name:
                short = {"株式会社": "(株)", "有限会社": "(有)", "合同会社": "(同)"}[form]
                out |= {form + core, core + form, short + core, core + short, form + " " + core}
    if core and not re.fullmatch(r"[ァ-ヿ]+", core):
        r = _reading(core)
        if len(r) >= 3:
            out.add(r)
    return {v for v in out if v}


def kana_variants(name: str) -> set[str]:
    """A nickname/product in both kana scripts. 例: ``kana_variants("やまちゃん") == {"やまちゃん", "ヤマチャン"}``"""
    return {name, jaconv.hira2kata(name), jaconv.kata2hira(name)}


class NameDictionary:
    """Finder for a project's declared names (build once per project; it holds one regex)."""

    def __init__(self, project: Project) -> None:
        table: dict[str, tuple[str, str, str, dict]] = {}  # norm variant -> (label, canonical, kind, extra)

        def add(variants: Iterable[str], label: str, canon: str, kind: str, extra: dict | None = None) -> None:
            for v in variants:
                key = _nfkc(v).lower()
                if key and key not in table:
                    table[key] = (label, canon, kind, extra or {})
                elif key and table[key][1] not in (None, canon) and table[key][0] == label:
                    # 山田 is a variant of both 山田太郎 and 山田健一: no canonical name, so that
                    # coreference picks the nearest full name (or keeps it apart)
                    old = table[key]
                    table[key] = (label, None, old[2], {k: v for k, v in old[3].items() if k == "needs_title"})

        for p in project.people:
            sp = split_name(p)
            extra = {"surname": sp[0], "given": sp[1]} if sp else {}
            add([p, "".join(p.split())] + ([f"{sp[0]} {sp[1]}"] if sp else []), "PERSON", p, "person", extra)
            add(person_variants(p), "PERSON", p, "person")
            if sp:  # やまださん, たろうくん: hiragana surname/given name only before an honorific
                add([jaconv.kata2hira(_reading(x)) for x in sp if len(_reading(x)) >= 2],
                    "PERSON", p, "person", {"needs_title": True})
        for o in project.organizations:
            add(org_variants(o), "ORGANIZATION", o, "organization")
        for nick in project.nicknames:
            add(kana_variants(nick), "PERSON", nick, "nickname")
        for prod in project.products:
            add(kana_variants(prod), "ORGANIZATION", prod, "product")
        for place in project.places:
            add([place], "ORGANIZATION", place, "place")
        self.table = table
        alts = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
        self.regex = re.compile(f"(?<![A-Za-z0-9])(?:{alts})(?![A-Za-z0-9])", re.IGNORECASE) if table else None

    def __call__(self, view: TextView) -> list[Span]:
        if self.regex is None:
            return []
        out = []
        norm = view.norm
        for m in self.regex.finditer(norm):
            label, canon, kind, extra = self.table[m.group(0).lower()]
            t = TITLE_RE.match(norm, m.end())
            if extra.get("needs_title") and not t:
                continue  # さとう alone is sugar; さとうさん is a person
            a, b = view.span(*m.span())
            data: dict = {"tier": 2, "kind": kind, **{k: v for k, v in extra.items() if k != "needs_title"}}
            if canon is not None:
                data["canonical"] = canon
            else:
                data["ambiguous"] = True  # shared by several declared names
            if t:
                data["title"] = t.group(0)
            out.append(Span(label, a, b, view.original[a:b], 0.99, SOURCE, "プロジェクト辞書に登録された名前", data=data))
        return out


@lru_cache(maxsize=1)
def builtin_allow() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact names, suffixes) from ``data/allow.txt``. 例: ``"商工会議所" in builtin_allow()[0]``"""
    raw = resources.files("tokumei.detect.names").joinpath("data/allow.txt").read_text(encoding="utf-8")
    exact, suffix = set(), []
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            suffix.append(_nfkc(line[1:]))
        else:
            exact.add(_nfkc(line))
    return frozenset(exact), tuple(suffix)


class AllowList:
    """Post step marking allowed PERSON/ORGANIZATION spans (public bodies, the author …) with
    ``data["allowed"] = True``.

    Detection reports what is there: 厚生労働省 is an organisation, and GSD annotates it as one
    (dropping allowed bodies here cost 0.019 ORG F1 on GSD dev and 0.017 on held-out train).
    Whether it stays is the consumer's policy: anonymize, scan, the Presidio adapter and
    ``--strict`` skip marked spans as they skip 同社 references; coreference ignores them.
    例: ``[s.data["allowed"] for s in analyze("厚生労働省に届けた") if s.label == "ORGANIZATION"] == [True]``"""

    def __init__(self, names: Iterable[str] = (), suffixes: Iterable[str] = (), declared: Iterable[str] = ()) -> None:
        self.names = frozenset(_nfkc(n).replace(" ", "") for n in names)
        self.suffixes = tuple(suffixes)
        self.declared = frozenset(_nfkc(n) for n in declared)
        self._body_first = tuple({x[:1] for x in self.suffixes if x})  # one C-level check before the suffix loop
        user = sorted(self.names, key=len, reverse=True)
        self.regex = re.compile("|".join(re.escape(n) for n in user)) if user else None

    @classmethod
    def builtin(cls) -> "AllowList":
        exact, suffix = builtin_allow()
        return cls(exact, suffix)

    @classmethod
    def for_project(cls, project: Project) -> "AllowList":
        exact, suffix = builtin_allow()
        declared = project.people + project.organizations + project.nicknames + project.products + project.places
        return cls(exact | set(project.allow), suffix, declared)

    def allowed(self, text: str) -> bool:
        """True if a name must stay. 例: ``AllowList.builtin().allowed("広島東税務署")``"""
        k = _nfkc(text).replace(" ", "")
        return k in self.names or k.endswith(self.suffixes) and k not in self.declared

    def bodies_after_places(self, view: TextView, spans: list[Span]) -> list[Span]:
        """A place followed by an allowed body's suffix is that public body, an allowed ORGANIZATION
        (the place inside stays a span: anonymize generalises it). Found where nothing covers it yet.
        例: 「丸亀商工会議所の経営指導員」→ LOCATION「丸亀」のまま ORGANIZATION「丸亀商工会議所」(allowed)"""
        text, out = view.original, []
        for s in spans:
            if s.label != "LOCATION" or not text.startswith(self._body_first, s.end):
                continue
            suf = max((x for x in self.suffixes if text.startswith(x, s.end)), key=len, default="")
            b = s.end + len(suf)
            if suf and not any(o.label in ("PERSON", "ORGANIZATION") and o.start < b and s.start < o.end for o in spans):
                out.append(Span("ORGANIZATION", s.start, b, text[s.start:b], 0.9, SOURCE,
                                f"地名＋公的機関「{suf}」（許可リスト）", data={"allowed": True, "tier": 1}))
        return spans + out if out else spans

    def __call__(self, view: TextView, spans: list[Span]) -> list[Span]:
        spans = self.bodies_after_places(view, spans)
        if not any(s.label == "PERSON" or s.label == "ORGANIZATION" for s in spans):
            return list(spans)  # nothing the allow-list can drop: no scan of the text for allowed names
        inside: list[tuple[int, int]] = []
        if self.regex is not None:
            inside = [view.span(*m.span()) for m in self.regex.finditer(view.norm)]
        inside.sort()
        starts = [a for a, _ in inside]
        out = []
        for s in spans:
            if s.label in ("PERSON", "ORGANIZATION") and _nfkc((s.data or {}).get("canonical") or "") not in self.declared:
                i = bisect_right(starts, s.start)  # the allowed occurrence starting at or before s
                if self.allowed(s.text) or (i > 0 and s.end <= inside[i - 1][1]):
                    s = s.with_(data={**(s.data or {}), "allowed": True}, entity_id=None)
            out.append(s)
        return out


@lru_cache(maxsize=1)
def builtin_allow_list() -> AllowList:
    """The built-in allow-list, built once per process and shared (it is never changed after it is built): the names
    tier's model steps, the place-body rules and anonymize's default check all read this one.
    例: ``builtin_allow_list().allowed("広島東税務署")`` is True"""
    return AllowList.builtin()
