"""Column classification: column name (JA/EN) + value patterns + share matched →
category, confidence and evidence. Raw values never leave this module except masked.

The per-value facts come from the tokumei recognizers (``analyze`` on the cell, so every
recognizer that lands improves the scan), from :mod:`tokumei.scan.protection` (hash schemes,
tokens, ciphertext) and from two small value vocabularies (性別, 年齢). A value *is* a label
when one span covers at least 75 % of it; otherwise a span inside it makes the column
*contain* the label (free text such as 備考).

:class:`ColumnStats` holds only counts (and, with ``--show-examples``, masked examples), so
partial results from many workers merge by addition, and the local and Dask engines give the
same answer.

例::

    >>> st = ColumnStats()
    >>> for v in ["yamada@example.jp", "sato@example.co.jp", ""]:
    ...     observe(st, v)
    >>> decide("メール", st)["category"]
    'EMAIL'
"""
from __future__ import annotations

import base64
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable

from tokumei.scan.evidence import jan_ok
from tokumei.scan.groups import prefecture_of
from tokumei.scan.lanes import clear as clear_lanes, lane_facts
from tokumei.scan.mask import mask_value
from tokumei.scan.protection import secret_state
from tokumei.scan.route import may_have_digit
from tokumei.scan.sensitive import sensitive_kinds

#: Cells longer than this are analysed on their first MAX_CELL characters only (and reported).
MAX_CELL = 4096
#: Share of a value a span must cover for the value to count as that label.
FULL_COVER = 0.75
EXAMPLES = 3

_GENDER = frozenset({"男", "女", "男性", "女性", "m", "f", "male", "female", "man", "woman"})
_SMALL_INT = re.compile(r"\d{1,3}(?:歳|才)?")
#: An identifier token: ASCII letters and digits mixed, no space (a salt, key, order id, login id).
#: A name written in rōmaji has no digit; an e-mail address has an @.
IDENT = re.compile(r"(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9_.+/=-]+")



@dataclass
class ColumnStats:
    """Mergeable counts for one column (no raw values)."""

    rows: int = 0
    non_empty: int = 0
    full: Counter = field(default_factory=Counter)
    contains: Counter = field(default_factory=Counter)
    sources: Counter = field(default_factory=Counter)
    protect: Counter = field(default_factory=Counter)
    gender: int = 0
    small_int: int = 0
    huge: int = 0
    sensitive: Counter = field(default_factory=Counter)  # 要配慮 kind → values mentioning it
    pref: int = 0  # values that are a prefecture code (1–47) or name
    jan: int = 0  # 13-digit values passing the JAN check digit
    ident: int = 0  # identifier tokens (IDENT): letters and digits mixed, no space
    examples: dict = field(default_factory=dict)

    def merge(self, other: "ColumnStats") -> "ColumnStats":
        """Add ``other`` into self (examples: first come, up to EXAMPLES per label)."""
        self.rows += other.rows
        self.non_empty += other.non_empty
        self.full.update(other.full)
        self.contains.update(other.contains)
        self.sources.update(other.sources)
        self.protect.update(other.protect)
        self.gender += other.gender
        self.small_int += other.small_int
        self.huge += other.huge
        self.sensitive.update(other.sensitive)
        self.pref += other.pref
        self.jan += other.jan
        self.ident += other.ident
        for label, xs in other.examples.items():
            mine = self.examples.setdefault(label, [])
            for x in xs:
                if len(mine) < EXAMPLES and x not in mine:
                    mine.append(x)
        return self


#: False: every cell goes through all recognizers (the reference the routed path is tested against).
ROUTE = True
_CACHE: dict[tuple[str, str], tuple] = {}
_CACHE_MAX = 200_000
#: Per column: [values looked up, found in the cache]. A column whose values do not repeat
#: (phone numbers, e-mail addresses, keys) stops adding to the cache after ADMIT_AFTER
#: look-ups with fewer than ADMIT_MIN_HITS of them found, so it cannot push out the values
#: that do repeat (names, dates); it is still looked up. Speed only: facts are the same.
_SEEN: dict[str, list[int]] = {}
ADMIT_AFTER, ADMIT_MIN_HITS = 4000, 0.02


def clear_cache() -> None:
    """Forget the cached facts, the lanes' facts per key, the per-column look-up counts and the names
    tier's kept results (:mod:`tokumei.detect.names.digits`) of this process."""
    from tokumei.detect.names.digits import clear_caches

    _CACHE.clear()
    _SEEN.clear()
    clear_lanes()
    clear_caches()
_BARE: list = []  # (analyzer, recognizers-only twin) for this process
_LETTER = re.compile(r"[A-Za-z\u3040-\u30ff\u3400-\u9fff\uff21-\uff5a\uff66-\uff9f]")


def _analyzers(analyzer):
    """Four cell pipelines built from the given one: with all finders or none (names need
    letters: a value without any letter, such as 090-1234-5678, skips the SudachiPy names
    tier), each with all recognizers or without those that need a digit (a cell such as
    山田 太郎 skips phone, card, My Number …; :mod:`tokumei.scan.route` proves they could not
    match). All drop the coreference post step, which links mentions across a document — a
    cell has none to link and it only sets entity ids, which a column count does not use."""
    from tokumei.detect import Analyzer, default_analyzer

    an = analyzer or default_analyzer()
    if not _BARE or _BARE[0][0] is not an:
        from tokumei.detect.names.coref import link_entities

        from tokumei.scan.route import needs_digit

        post = [p for p in an.post if p is not link_entities]
        no_digit = [r for r in an.recognizers if not needs_digit(r)]
        _BARE[:] = [(an, Analyzer(an.recognizers, finders=an.finders, post=post, threshold=an.threshold),
                     Analyzer(an.recognizers, finders=(), post=post, threshold=an.threshold),
                     Analyzer(no_digit, finders=an.finders, post=post, threshold=an.threshold),
                     Analyzer(no_digit, finders=(), post=post, threshold=an.threshold))]
    return _BARE[0][1:]


def _from_header(s, value: str, off: int) -> bool:
    """True for a labelled value (jp.labelled_value.v1) whose label word is the column's name, not
    written in the cell: 「電話番号：1234567」 says no more than the name, which :func:`decide` reads
    already (#15: a name alone is to review for labels whose values have a shape to check)."""
    word = (s.data or {}).get("labelled") if s.source == "jp.labelled_value.v1" else None
    return bool(word) and word not in unicodedata.normalize("NFKC", value[: s.start - off])


def cell_facts(value: str, column: str = "", analyzer=None) -> tuple:
    """Facts about one (stripped, non-empty) value: (full labels, contained labels, sources,
    protection key, is_gender, is_small_int, sensitive kinds, is_prefecture, is_jan). Cached per
    process.

    The cell is analysed as ``"<column>：<value>"`` — in a table the header is the context a
    recognizer would find next to the value in prose (〒, 電話, マイナンバー); only spans inside
    the value count.
    """
    key = (column, value)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    facts = lane_facts(column, value, lambda v, c: _facts(v, c, analyzer)) if ROUTE else None
    if facts is None:
        facts = _facts(value, column, analyzer)
        _store(key, facts)
    return facts


def _store(key: tuple[str, str], facts: tuple) -> None:
    """Keep ``facts`` in the per-process cache; when it is full the oldest quarter goes (not all
    of it: the repeated values of a column — names, dates — stay)."""
    if len(_CACHE) >= _CACHE_MAX:
        for old in list(islice(_CACHE, _CACHE_MAX // 4)):
            del _CACHE[old]
    _CACHE[key] = facts


def _facts(value: str, column: str, analyzer) -> tuple:
    """:func:`cell_facts` without the cache."""
    full: set[str] = set()
    contains: set[str] = set()
    sources: set[str] = set()
    state = secret_state(value)
    if state is None or state[0] == "plaintext":
        prefix = f"{column}：" if column else ""
        text = prefix + value
        # route.py: without a digit in the cell, the recognizers that need one cannot match
        pipes = _analyzers(analyzer)[(0 if not ROUTE or may_have_digit(text) else 2)
                                     + (0 if _LETTER.search(value) else 1)]
        try:
            spans = pipes.analyze(text)
        except Exception:  # a recognizer failing on odd input must not stop a scan
            spans = []
        n, off = len(value), len(prefix)
        for s in spans:
            if s.start < off or _from_header(s, value, off) or (s.data or {}).get("allowed"):
                continue  # the column name; a public body the allow-list keeps (厚生労働省)
            sources.add(s.source)
            if (s.end - s.start) >= FULL_COVER * n:
                full.add(s.label)
            else:
                contains.add(s.label)
    if state and state[0] == "hashed":
        full.add("PASSWORD_HASH")
    low = value.lower()
    facts = (frozenset(full), frozenset(contains - full), frozenset(sources),
             f"{state[0]}:{state[1]}" if state else None,
             low in _GENDER, bool(_SMALL_INT.fullmatch(value)) and int(re.sub(r"\D", "", value)) <= 120,
             sensitive_kinds(value), prefecture_of(value) is not None, jan_ok(value))
    return facts


def _text(value: object) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode()  # binary: judged as ciphertext or not
    return (value if isinstance(value, str) else str(value)).strip()


def _add(st: ColumnStats, facts: tuple, k: int) -> None:
    """Count ``k`` cells with these facts into ``st``."""
    full, contains, sources, prot, is_gender, is_int, kinds, is_pref, is_jan = facts
    if k == 1:
        st.sensitive.update(kinds)
        st.full.update(full)
        st.contains.update(contains)
        st.sources.update(sources)
    else:
        st.sensitive.update(dict.fromkeys(kinds, k))
        st.full.update(dict.fromkeys(full, k))
        st.contains.update(dict.fromkeys(contains, k))
        st.sources.update(dict.fromkeys(sources, k))
    if kinds - {"HEALTH_INFO"}:
        st.sensitive["ANY"] += k  # values with any 要配慮 kind (the share the report gives)
    st.pref += is_pref * k
    st.jan += is_jan * k
    if prot:
        st.protect[prot] += k
    st.gender += is_gender * k
    st.small_int += is_int * k


def observe(st: ColumnStats, value: object, *, column: str = "", examples: bool = False,
            analyzer=None) -> bool:
    """Count one cell into ``st``; returns True when the cell was huge (truncated)."""
    st.rows += 1
    if value is None:
        return False
    text = _text(value)
    if not text:
        return False
    huge = len(text) > MAX_CELL
    if huge:
        st.huge += 1
        text = text[:MAX_CELL]
    st.non_empty += 1
    facts = cell_facts(text, column, analyzer)
    _add(st, facts, 1)
    st.ident += bool(IDENT.fullmatch(text))
    if examples:
        full, is_gender = facts[0], facts[4]
        label = next(iter(sorted(full)), None) or ("GENDER" if is_gender else None)
        key = label or "_"
        xs = st.examples.setdefault(key, [])
        if len(xs) < EXAMPLES:
            m = mask_value(text, label)
            if m not in xs:
                xs.append(m)
    return huge


def tally(st: ColumnStats, values: Iterable[object], *, column: str = "", analyzer=None) -> list[int]:
    """Count many cells of one column, exactly as :func:`observe` on each in turn (without
    examples), with no per-cell counter updates: cells with equal facts are grouped and each
    group is added once. Returns the positions of the huge cells.

    例: ``tally(st, ["090-1234-5678", "", None], column="電話")`` → ``[]``; ``st.non_empty == 2 - 1``
    """
    groups: dict[tuple, int] = {}  # facts → cells (dicts keep first-seen order, so counters do too)
    huge_at: list[int] = []
    non_empty = misses = laned = 0
    seen = _SEEN.setdefault(column, [0, 0])
    admit = seen[0] < ADMIT_AFTER or seen[1] >= ADMIT_MIN_HITS * seen[0]

    def compute(v: str, c: str) -> tuple:
        return _facts(v, c, analyzer)

    values = values if isinstance(values, (list, tuple)) else list(values)
    rows = len(values)
    types = set(map(type, values)) - {type(None)}
    if len(types) <= 1 and memoryview not in types:  # each distinct value once, counted in C (first-seen
        pairs = Counter(values).items()  # order); one type, so 1, 1.0 and True are never merged
    else:  # mixed types (1 == 1.0 == True, written differently) or an unhashable memoryview
        by_type: dict = {}
        for value in values:
            key = (type(value), bytes(value) if isinstance(value, memoryview) else value)
            by_type[key] = by_type.get(key, 0) + 1
        pairs = [(v, k) for (_, v), k in by_type.items()]
    counts: dict[str, int] = {}  # each distinct text once (first-seen order)
    huge: list[object] = []
    for value, k in pairs:
        if value is None:
            continue
        text = value.strip() if type(value) is str else _text(value)
        if not text:
            continue
        if len(text) > MAX_CELL:
            huge.append(value)
            text = text[:MAX_CELL]
        counts[text] = counts.get(text, 0) + k
    if huge:  # their positions, for the report (rare: cells over MAX_CELL characters)
        hs = set(huge)
        huge_at = [i for i, v in enumerate(values) if (bytes(v) if isinstance(v, memoryview) else v) in hs]
    for text, k in counts.items():
        non_empty += k
        key = (column, text)
        facts = _CACHE.get(key)
        if facts is None and ROUTE:  # lanes.py: a cell whose shape says which detectors it needs
            facts = lane_facts(column, text, compute)
            if facts is not None:  # no lane's shape is an identifier token (IDENT)
                groups[(facts, False)] = groups.get((facts, False), 0) + k
                laned += k
                continue
        if facts is None:
            misses += 1
            facts = _facts(text, column, analyzer)
            if admit:
                _store(key, facts)
        g = (facts, IDENT.fullmatch(text) is not None)
        groups[g] = groups.get(g, 0) + k
    seen[0] += non_empty - laned  # the cache's look-ups: cells a lane decided never reach it
    seen[1] += non_empty - laned - misses
    st.rows += rows
    st.non_empty += non_empty
    st.huge += len(huge_at)
    for (facts, ident), k in groups.items():
        _add(st, facts, k)
        st.ident += ident * k
    return huge_at


# the decision per column lives in decide.py (kept importable from here)
from tokumei.scan.decide import decide  # noqa: E402,F401

__all__ = ["ColumnStats", "cell_facts", "clear_cache", "decide", "observe", "tally"]
