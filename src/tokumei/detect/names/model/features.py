"""Features of the learned names tier: one feature list per SudachiPy token (mode C).

Pure functions over :class:`~tokumei.detect.names.tokens.Token` lists, used by the training script
(``scripts/train_names.py``) and by the tagger (:mod:`.tagger`) alike, so training and tagging can
never drift apart. Everything a token contributes by itself (surface, POS levels, script shape,
affixes, SudachiDict core's 人名/地名/組織 readings, JMnedict name types, honorific/title/legal-form
membership) is computed once per distinct (surface, POS) and cached as a tuple of strings, together
with the prefixed copies its neighbours use (``-1w=…``, ``+1p=…``); a sentence's features are then
mostly tuple concatenation, which keeps the tier fast (see ``bench/names_gsd.py``).

Context that depends on position — inside 「」/『』 or （）, the rule tier's BIO tag on this token
and its neighbours — is added per position.

Feature groups (names recorded in the model's metadata, ``FEATURE_SET``):

* ``w`` surface; ``p2``/``p3`` POS levels; ``shp`` script shape (K kanji, H hiragana,
  T katakana, L Latin, D digit, ・ etc.) with the POS level 1; ``f1``/``l1``/``l2`` first/last
  characters; ``oov``;
* ``sd`` SudachiDict core readings of the surface in any context (人名-姓/名/一般, 地名, 組織);
* ``jm`` JMnedict name types of the surface and of surface+next surface (evidence, not a verdict);
* ``ctx`` honorific / title / legal form / business suffix membership (lexicon of the rule tier);
* ``win`` the same short representation of the tokens at −2…+2 and POS bigrams;
* ``br`` bracket state; ``rt`` the rule tier's BIO tag at −1, 0, +1;
* optional groups (``Lexicons.opts``, listed in the model's metadata): ``clusters`` the word-vector
  cluster of the surface (``cl=``, chiVe vectors via ja_ginza, k-means 256; katakana foreign names and
  one-word names SudachiPy calls common nouns share clusters with names), ``cl-win`` the same in the
  ±2 window, ``gazetteer`` KEN_ALL place kinds (``gz=``: prefecture, municipality, municipality stem,
  town), ``char`` first 2 / last 3 characters and length of unknown, katakana and Latin words.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> feats = sentence_features(tokenize("山田さん"), None, None)
    >>> "w=山田" in feats[0] and "+1w=さん" in feats[0]
    True
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from tokumei.detect.names.lexicon import HONORIFICS, LEGAL_FORMS, ORG_SUFFIXES, TITLES
from tokumei.detect.names.tokens import Token

if TYPE_CHECKING:
    from tokumei.detect.names.model.lexicon import SortedMap

FEATURE_SET = ("w", "pos", "shape|pos", "affix", "sudachi-lex", "jmnedict", "ctx", "win±2 (w, pos, ctx)", "pos-bigrams",
               "brackets", "rules±1")

#: Tag names of the model (BIO over three labels).
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
SHORT = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
LONG = {v: k for k, v in SHORT.items()}

_OPEN_Q = frozenset("「『“〈《【")
_CELL_BREAK = re.compile(r"[\n\t|｜]")
_NAMEY = re.compile(r"[ァ-ヴー・＝A-Za-zＡ-Ｚａ-ｚ]+|[ｦ-ﾟ]+")
_CLOSE_Q = frozenset("」』”〉》】")
_OPEN_P = frozenset("（(")
_CLOSE_P = frozenset("）)")


def _cls(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆ヶ":
        return "K"
    if "\u3040" <= ch <= "\u309f":
        return "H"
    if "\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f":
        return "・" if ch == "・" else "T"
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "U" if ch.isupper() else "L"
    if ch.isspace():
        return "S"
    return "O"


def shape(s: str) -> str:
    """Script classes of ``s`` with repeats collapsed. 例: ``shape("山田") == "K"``、``shape("ミライ商事") == "TK"``"""
    out = []
    for ch in s:
        c = _cls(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:4])


class Lexicons:
    """Word evidence looked up per distinct surface: SudachiDict core and (optionally) JMnedict.

    ``sudachi(surface)`` → set of tags among 姓/名/人/地/組; ``jmnedict`` maps a written form to a
    short type string (s surname, g given, p person, o company/organization, u unclass).
    """

    def __init__(self, sudachi: Callable[[str], frozenset[str]] | None, jmnedict: dict[str, str] | None,
                 clusters: "dict[str, str] | SortedMap | None" = None, places: Callable[[str], str] | None = None,
                 opts: Iterable[str] = ()) -> None:
        self.sudachi = sudachi
        self.jmnedict = jmnedict or {}
        #: surface → word-vector cluster id (``clusters.py``), or None
        self.clusters = clusters
        #: surface → KEN_ALL place kind letters (``places.py``), or None
        self.places = places
        #: optional feature groups (recorded in the model's metadata ``features``)
        self.opts = frozenset(opts)


def sudachi_tags_factory() -> Callable[[str], frozenset[str]]:
    """Readings of a surface in SudachiDict core in any context (人名-姓/名/一般 → 姓/名/人, 地名 → 地, 組織 → 組)."""
    from tokumei.detect.names.tokens import tokenizer
    from tokumei.detect.names import tokens as _t

    tokenizer()
    dic = _t._dictionary
    cache: dict[str, frozenset[str]] = {}

    def tags(surface: str) -> frozenset[str]:
        got = cache.get(surface)
        if got is None:
            out = set()
            for m in dic.lookup(surface):
                p = m.part_of_speech()
                if p[1] == "固有名詞":
                    if p[2] == "人名":
                        out.add({"姓": "姓", "名": "名"}.get(p[3], "人"))
                    elif p[2] == "地名":
                        out.add("地")
                    elif p[2] == "組織":
                        out.add("組")
            got = cache[surface] = frozenset(out)
        return got

    return tags


def _static(t: Token, lex: Lexicons) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, short representation for neighbours) of one token."""
    s = t.surface
    p = t.pos
    n = unicodedata.normalize("NFKC", s)
    sh = shape(s)
    p2 = f"{p[0]}-{p[1]}-{p[2]}"
    # (p1, sh and len alone, and the neighbours' shapes, were dropped for speed: each feature costs
    # tagging time; dev scores in bench/results/names_model_lean_dev.txt)
    own = [f"w={n}", f"p2={p2}", f"p3={p2}-{p[3]}", f"f1={n[:1]}", f"l1={n[-1:]}", f"l2={n[-2:]}", f"shp={sh}|{p[1]}"]
    if t.oov:
        own.append("oov")
    if lex.sudachi is not None and sh in ("K", "T", "H", "KH", "KT", "TK", "HK"):
        for tag in lex.sudachi(s):
            own.append(f"sd={tag}")
    jm = lex.jmnedict.get(n)
    if jm:
        own.extend(f"jm={c}" for c in jm)
    cl = None
    if lex.clusters is not None:
        cl = lex.clusters.get(n) or (lex.clusters.get(s) if s != n else None)
        own.append(f"cl={cl}" if cl else "cl=-")
    if lex.places is not None and sh in ("K", "KH", "HK", "T", "KT", "TK"):
        for c in lex.places(n):
            own.append(f"gz={c}")
    if "char" in lex.opts and (t.oov or sh in ("T", "T・T", "L", "U", "UL")):
        own.extend((f"f2={n[:2]}", f"l3={n[-3:]}", f"len={min(len(n), 6)}|{sh}"))
    key = "hon" if n in HONORIFICS else "title" if n in TITLES else "legal" if n in LEGAL_FORMS else (
        "osuf" if n in ORG_SUFFIXES else "")
    if key:
        own.append(f"ctx={key}")
    short = (f"w={n}" if len(n) <= 8 else f"sh={sh}", f"p={p2}") + ((f"ctx={key}",) if key else ()) + (
        (f"cl={cl}",) if cl and "cl-win" in lex.opts else ())
    return tuple(own), short


class FeatureCache:
    """Per-(surface, POS) cache of static features and the neighbour copies (−2…+2)."""

    def __init__(self, lex: Lexicons, limit: int = 200_000, keep: frozenset[str] | None = None) -> None:
        self.lex = lex
        self.limit = limit
        self.table: dict[tuple, tuple] = {}
        #: When tagging: the attributes the trained model has weights for. Others cannot change the
        #: result, and each costs a string conversion and a lookup in crfsuite, so they are left out.
        self.keep = keep
        # the per-position features (pairs, brackets, rules) in the form :meth:`attr` gives
        self.pairs: dict[tuple[str, str], tuple] = {}
        at = self.attr
        self.rt = tuple({t: at(x) for t, x in d.items()} for d in (_RT, _RT1, _RT2)) + (at("rt-1=BOS"), at("rt+1=EOS"))
        self.brs = {b: at(x) for b, x in _BR_S.items()}
        #: sentinel rows: what the text's start and end give their neighbours (BOS2/BOS, EOS)
        self.ends = tuple(tuple(part and tuple(at(x) for x in part) for part in r[:5]) + r[5:]
                          for r in (_LEFT, _RIGHT1, _RIGHT2))

    def attr(self, name: str):
        """The attribute ``name`` as the tagger is given it: the name itself here (training); the
        tagger's cache gives the model's short name instead (:mod:`.shortnames`)."""
        return name

    def pair(self, a: str, b: str) -> tuple:
        """The POS-pair features (``pn=a|b``, ``pp=a|b``), built once per pair."""
        got = self.pairs.get((a, b))
        if got is None:
            got = self.pairs[(a, b)] = (self.attr(f"pn={a}|{b}"), self.attr(f"pp={a}|{b}"))
        return got

    def get(self, t: Token) -> tuple:
        key = (t.surface, t.pos, t.oov)
        got = self.table.get(key)
        if got is None:
            own, short = _static(t, self.lex)
            cand = t.pos[1] == "固有名詞" or t.oov or any(x.startswith("ctx=") for x in short) or bool(
                _NAMEY.fullmatch(t.surface))
            got = (own,) + tuple(tuple(f"{o}{x}" for x in short) for o in ("-2", "-1", "+1", "+2")) + (
                f"{t.pos[0]}-{t.pos[1]}", cand)
            if self.keep is not None:
                keep = self.keep
                got = tuple(tuple(x for x in part if x in keep) for part in got[:5]) + got[5:]
            if len(self.table) >= self.limit:
                self.table.clear()
            self.table[key] = got
        return got


def bracket_states(toks: Sequence[Token]) -> list[str]:
    """Per token: "q" inside 「」『』, "p" inside （）, "" outside (unbalanced brackets close at 。)."""
    out = []
    q = p = 0
    for t in toks:
        s = t.surface
        if s in _CLOSE_Q and q:
            q -= 1
        if s in _CLOSE_P and p:
            p -= 1
        out.append(("q" if q else "") + ("p" if p else ""))
        if s in _OPEN_Q:
            q += 1
        if s in _OPEN_P:
            p += 1
        if s in ("。", "\n"):
            q = p = 0
    return out


def rule_tags(toks: Sequence[Token], spans: Iterable[tuple[str, int, int]]) -> list[str]:
    """The rule tier's BIO tag on each token (a token starting inside a span is I, at its start B).

    例: ``rule_tags(tokenize("山田さん"), [("PERSON", 0, 2)]) == ["B-PER", "O"]``
    """
    tags = ["O"] * len(toks)
    spans = sorted((a, b, SHORT.get(lab)) for lab, a, b in spans)
    k = 0
    for a, b, lab in spans:
        if lab is None:
            continue
        while k < len(toks) and toks[k].end <= a:
            k += 1
        j = k
        while j < len(toks) and toks[j].start < b:
            if toks[j].end > a:
                tags[j] = ("B-" if toks[j].start <= a else "I-") + lab
            j += 1
    return tags


def candidates(toks: Sequence[Token], cache: FeatureCache, rules: list[str] | None,
               rows: Sequence[tuple] | None = None) -> list[int]:
    """Indices of tokens that could start or be a name: proper nouns, unknown words, katakana or
    Latin words, honorifics/titles/legal forms/business suffixes, and tokens the rules tagged.
    ``rows``: ``cache.get`` of every token, when the caller already has them."""
    if rows is None:
        rows = [cache.get(t) for t in toks]
    if rules is None:
        return [i for i, r in enumerate(rows) if r[6]]
    return [i for i, r in enumerate(rows) if r[6] or rules[i] != "O"]


def windows(idx: Sequence[int], n: int, width: int = 2) -> list[tuple[int, int]]:
    """Merged ``[i - width, i + width]`` ranges around ``idx`` (half-open, within ``0..n``).
    例: ``windows([3, 5, 20], 30) == [(1, 8), (18, 23)]``"""
    out: list[list[int]] = []
    for i in idx:
        a, b = max(0, i - width), min(n, i + width + 1)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


_LEFT = (None, ("BOS2",), ("BOS",), (), (), "", False)  # row seen from the right of the text's start
_RIGHT1 = (None, (), (), ("EOS",), (), "", False)
_RIGHT2 = (None, (), (), (), (), "", False)
def sentence_features(toks: Sequence[Token], cache: FeatureCache | None, rules: list[str] | None,
                      span: tuple[int, int] | None = None, br: list[str] | None = None,
                      rows: Sequence[tuple] | None = None) -> list[list[str]]:
    """One feature list per token (of ``toks[span[0]:span[1]]`` when given; neighbours are read
    from the whole list). ``rules`` = :func:`rule_tags` output, or None (no rule features);
    ``br`` = :func:`bracket_states` of the whole list, computed here when not given.

    Built from per-token cached tuples (:class:`FeatureCache`) with sentinel rows at both ends,
    so that a position costs one list display and a few appends; the work is proportional to the
    span, not to the whole list (a long document is tagged window by window)."""
    if cache is None:
        cache = FeatureCache(Lexicons(None, None))
    n = len(toks)
    lo, hi = span or (0, n)
    a0, b0 = max(0, lo - 2), min(n, hi + 2)
    get = cache.get
    # rows[j - a0 + 2] is token j; positions before 0 and from n on are sentinels
    # (``rows`` given: ``cache.get`` of every token, computed once per text by the caller)
    left, right1, right2 = cache.ends
    rows = ([left, left] if a0 == 0 else [None, None]) + (  # type: ignore[operator]
        [get(t) for t in toks[a0:b0]] if rows is None else list(rows[a0:b0]))
    if b0 == n:
        rows += [right1, right2]
    if br is None:
        br = bracket_states(toks) if any(t.surface in _OPEN_Q or t.surface in _OPEN_P for t in toks) else [""] * n
    lex = cache.lex.jmnedict
    rt = rules
    # the per-position features in the cache's form (the tagger's: the model's short names)
    pairs, pair, (rt0, rt1, rt2, bos, eos), brs = cache.pairs, cache.pair, cache.rt, cache.brs
    out: list[list[str]] = []
    d = 2 - a0
    for i in range(lo, hi):
        k = i + d
        r = rows[k]
        f = [*r[0], *rows[k - 2][1], *rows[k - 1][2], *rows[k + 1][3], *rows[k + 2][4]]
        # (the pair features from the cache's table directly; cache.pair only builds a missing one)
        if i >= 1:
            f.append((pairs.get((rows[k - 1][5], r[5])) or pair(rows[k - 1][5], r[5]))[1])
        if i + 1 < n:
            f.append((pairs.get((r[5], rows[k + 1][5])) or pair(r[5], rows[k + 1][5]))[0])
            if lex:
                jm = lex.get(toks[i].surface + toks[i + 1].surface)
                if jm:
                    f.extend(cache.attr(f"jm2={c}") for c in jm)
        if br[i]:
            f.append(brs[br[i]])
        if rt is not None:
            f.append(rt0[rt[i]])
            f.append(rt1[rt[i - 1]] if i else bos)
            f.append(rt2[rt[i + 1]] if i + 1 < n else eos)
        out.append(f)
    return out


_RT = {t: f"rt={t}" for t in TAGS}
_RT1 = {t: f"rt-1={t}" for t in TAGS}
_RT2 = {t: f"rt+1={t}" for t in TAGS}
#: bracket-state features ("q", "p", "qp"; bracket_states makes no other)
_BR_S = {b: f"br={b}" for b in ("q", "p", "qp")}


def bio(toks: Sequence[Token], spans: Iterable[tuple[str, int, int]]) -> list[str]:
    """Gold BIO tags of ``toks`` for ``(label, start, end)`` spans (label PERSON/ORGANIZATION/LOCATION)."""
    return rule_tags(toks, spans)


def decode(toks: Sequence[Token], tags: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """``(label, start, end, first_token, last_token+1)`` runs of B-/I- tags (an I- after O starts a span)."""
    out: list[tuple[str, int, int, int, int]] = []
    cur = None
    for i, (t, tag) in enumerate(zip(toks, tags)):
        if tag == "O" or _CELL_BREAK.search(t.surface):  # a name never runs across lines or table cells
            cur = None
            continue
        kind, lab = tag[0], tag[2:]
        if kind == "I" and cur is not None and cur[0] == lab:
            cur[2] = t.end
            cur[4] = i + 1
            continue
        cur = [lab, t.start, t.end, i, i + 1]
        out.append(cur)  # type: ignore[arg-type]
    return [(LONG[lab], a, b, i, j) for lab, a, b, i, j in out]


def char_features(text: str, toks: Sequence[Token], token_feats: list[list[str]]) -> tuple[list[int], list[list[str]]]:
    """Character-level variant (measured against the token level, not shipped): each character gets
    its own character, class and ±2 neighbours, its position in its token (B/I/E/S) and the token's
    features. Returns (character offsets, feature lists)."""
    offs: list[int] = []
    out: list[list[str]] = []
    for t, tf in zip(toks, token_feats):
        n = t.end - t.start
        for k in range(t.start, t.end):
            c = text[k]
            pos = "S" if n == 1 else "B" if k == t.start else "E" if k == t.end - 1 else "I"
            f = [f"c={c}", f"cc={_cls(c)}", f"tp={pos}", f"c-1={text[k - 1] if k else '^'}",
                 f"c+1={text[k + 1] if k + 1 < len(text) else '$'}", f"c-2={text[k - 2] if k > 1 else '^'}",
                 f"c+2={text[k + 2] if k + 2 < len(text) else '$'}",
                 f"b-={text[k - 1] if k else '^'}{c}", f"b+={c}{text[k + 1] if k + 1 < len(text) else '$'}"]
            f.extend(tf)
            offs.append(k)
            out.append(f)
    return offs, out
