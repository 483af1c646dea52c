"""The names tiers read digits as a class, not as values: 第41師団 and 第55師団 are the same kind of name; and they
read a CJK compatibility ideograph as its unified form (竹﨑 as 竹崎).

The rule tier and the model (:func:`digit_blind` wraps the finder) see a copy of the text in which
every ASCII digit is ``5`` and every full-width digit ``５``. The copy is character for character
(offsets unchanged), the spans are given the original text back, and nothing else in the pipeline
changes: identifier recognizers (phone, card, My Number check digits …) still read the real digits.

Why:

* No person, organisation or place name turns on a digit's value. Measured before the change
  (GSD dev 507 sentences, the hand-written names dev set, 2,333 GSD train/dev and hand-written
  texts holding digits): GSD dev exact F1 unchanged (PERSON 0.8622, ORGANIZATION 0.6977), the
  hand-written names dev set's spans unchanged in every document; on 32 of the 2,333 texts the
  raw tier output moved, e.g. 「郵便番号431-3126」 no longer a LOCATION and 「10年ぐらい前」 no
  longer a PERSON (both wrong before), 「76ers」 now 「ers」. ``5`` was chosen over ``0``
  (which cost GSD dev ORG F1 0.005: a run of zeros is not a number SudachiPy sees often) and
  ``1``/``2`` (same F1, more of the 32 changes for the worse).
* Texts that differ only in their digits then get one answer from the tier, so a short text's
  result can be kept and reused (an LRU cache keyed by the digit-blind text). A database column
  of notes such as 「折り返し連絡先 090-…」 with thousands of distinct numbers runs the tier once
  per wording instead of once per number (:mod:`tokumei.scan` caches per distinct cell already).
  Only texts of up to :data:`CACHE_CHARS` characters are kept: documents rarely repeat.

例: ``digit_blind(find_names)(TextView("第41師団長"))`` は ``find_names(TextView("第55師団長"))`` と
同じ位置・ラベルの Span を返し、その text は元の「第41師団…」。
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from collections import OrderedDict
from typing import Callable, Iterable

from tokumei.detect.textview import TextView
from tokumei.span import Span

__all__ = ["blind", "digit_blind", "clear_caches", "CACHE_CHARS", "CACHE_SIZE"]

#: Texts up to this many characters have their tier result kept (keyed by the digit-blind text).
CACHE_CHARS = 200
#: Results kept per wrapped finder (least recently used dropped first).
CACHE_SIZE = 4096

#: What :func:`blind` changes: digits, and the compatibility ideographs of :data:`_COMPAT`.
_BLINDED = re.compile(r"[0-9０-９\uf900-\ufaff\U00020bb7]")
#: CJK compatibility ideographs and the one unified ideograph NFKC gives each (塚 U+FA10 → 塚, 﨑 U+FA11 → 崎): names are
#: written with them (竹﨑 清, a-dev-386, measured first: every mention left in the text), SudachiPy and the rules' kanji
#: ranges know only the unified form. Character for character, like the digits.
_COMPAT = {c: n for c in range(0xF900, 0xFB00) if len(n := unicodedata.normalize("NFKC", chr(c))) == 1 and n != chr(c)}
#: Variants of names' kanji that NFKC keeps as they are (﨑 is one of the twelve unified ideographs of the compatibility
#: block; 𠮷 lies outside the basic plane): the form SudachiDict lists.
_COMPAT.update({0xFA11: "崎", 0x20BB7: "吉"})
_TABLE = {**{c: "5" for c in range(ord("0"), ord("9") + 1)}, **{c: "５" for c in range(ord("０"), ord("９") + 1)},
          **_COMPAT}


class _Cache(OrderedDict):
    """One finder's kept results (a subclass so that :data:`_ALL` can hold it weakly)."""


#: Every wrapped finder's cache in this process, for :func:`clear_caches`.
_ALL: "weakref.WeakValueDictionary[int, _Cache]" = weakref.WeakValueDictionary()


def clear_caches() -> None:
    """Forget every kept result in this process (benches compare engines without a head start)."""
    for c in list(_ALL.values()):
        c.clear()


def blind(text: str) -> str:
    """``text`` with every digit 5 (full-width ５) and every CJK compatibility ideograph unified (﨑 → 崎), character
    for character.

    例: ``blind("TEL ０９０-1234")`` → ``"TEL ５５５-5555"``
    """
    return text.translate(_TABLE)


def _restore(spans: Iterable[Span], original: str, seen: str) -> list[Span]:
    """The tier's spans on ``seen`` (the blind text) with the original characters back in ``text``
    and in the string values of ``data`` that repeated the span's text (a reading's ``canonical``)."""
    out = []
    for s in spans:
        was = s.text
        now = original[s.start:s.end]
        if was == now:
            out.append(s)
            continue
        data = s.data
        if data and any(v == was for v in data.values()):
            data = {k: (now if v == was else v) for k, v in data.items()}
        out.append(s.with_(text=now, data=data))
    return out


def digit_blind(finder: Callable[[TextView], Iterable[Span]]) -> Callable[[TextView], list[Span]]:
    """``finder`` run on the digit-blind text, its results on short texts kept (see the module doc).

    The finder must be a pure function of the text (the names tiers are: their tables and model
    load once per process and do not change between calls).
    """
    cache = _Cache()  # blind text -> the finder's spans on it
    _ALL[id(cache)] = cache

    def find(view: TextView) -> list[Span]:
        text = view.original
        if _BLINDED.search(text) is None:
            return list(finder(view))
        seen = blind(text)
        hit = cache.get(seen) if len(text) <= CACHE_CHARS else None
        if hit is None:
            hit = tuple(finder(TextView(seen)))
            if len(text) <= CACHE_CHARS:
                cache[seen] = hit
                if len(cache) > CACHE_SIZE:
                    cache.popitem(last=False)
        else:
            cache.move_to_end(seen)
        return _restore(hit, text, seen)

    find.__wrapped__ = finder  # type: ignore[attr-defined]
    find.__name__ = getattr(finder, "__name__", "finder")
    return find
