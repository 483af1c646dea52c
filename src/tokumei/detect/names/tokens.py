"""SudachiPy adapter: one tokenizer per process, chunked input, exact offsets.

SudachiPy refuses inputs over 49,149 BYTES (UTF-8), so long texts are cut into chunks of at most
:data:`MAX_BYTES` bytes, preferably after a sentence end (。！？ or a newline), else after 、 or a
space, else at a change of script (hiragana → other), else at any character that does not start a
combining sequence (a variation selector or combining mark stays with its base). Token offsets are
shifted back by the chunk start, so ``text[t.start:t.end] == t.surface`` always.

Why SudachiPy: its dictionary (sudachidict-core, shipped as a package) tags person names
(名詞-固有名詞-人名-姓/名) at ≈ 850,000 chars/s, and gives readings for name variants.

例::

    >>> [t.surface for t in tokenize("山田太郎さん")]
    ['山田', '太郎', 'さん']
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache
import unicodedata
from typing import Iterator, NamedTuple

#: SudachiPy's hard limit is 49,149 bytes; stay well below it.
MAX_BYTES = 40_000

_SENT_END = re.compile(r"[。．！？!?\n]")
_SOFT = re.compile(r"[、，,;； \t\u3000]")
_lock = threading.Lock()
_dictionary = None
_MODE_C = None  # sudachipy.SplitMode.C, set when the dictionary loads
_local = threading.local()


class Token(NamedTuple):
    surface: str
    start: int
    end: int
    pos: tuple[str, ...]
    reading: str
    oov: bool


def tokenizer():
    """This thread's SudachiPy tokenizer, from the one process-wide dictionary.

    The dictionary (the heavy part) loads once per process; a SudachiPy tokenizer may not be used
    by two threads at once ("Already borrowed"), so each thread (web server workers) gets its own,
    created once and reused.
    """
    global _dictionary, _MODE_C
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        with _lock:
            if _dictionary is None:
                from sudachipy import Dictionary, SplitMode

                _MODE_C = SplitMode.C
                _dictionary = Dictionary()
        tok = _local.tokenizer = _dictionary.create()
    return tok


def _fits(text: str, start: int, limit: int) -> int:
    """Largest end such that ``text[start:end]`` encodes to at most ``limit`` bytes."""
    piece = text[start : start + limit]
    raw = piece.encode("utf-8")
    if len(raw) <= limit:
        return start + len(piece)
    return start + len(raw[:limit].decode("utf-8", "ignore"))


def script_of(ch: str) -> str:
    """The writing system of one character, for "is this mention glued to a longer word" checks.
    例: ``script_of("山") == "kanji"``、``script_of("ヶ") == "kanji"`` (霞ヶ関), ``script_of("、") == "other"``"""
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆ヶ":
        return "kanji"
    if "\u30a0" <= ch <= "\u30ff":
        return "kata"
    if "\u3040" <= ch <= "\u309f":
        return "hira"
    if ch.isascii() and ch.isalnum():
        return "latin"
    return "other"


def _is_joiner(ch: str) -> bool:
    """Characters that belong to the previous one (never cut before them)."""
    o = ord(ch)
    return (
        0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or o == 0x200D
        or o in (0x3099, 0x309A) or unicodedata.combining(ch) != 0
    )


def _is_hira(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def chunks(text: str, limit: int = MAX_BYTES) -> Iterator[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` ranges of at most ``limit`` UTF-8 bytes.

    例: ``list(chunks("あ。い。", limit=6))`` → ``[(0, 2), (2, 4)]``
    """
    n = len(text)
    start = 0
    floor = limit // 8  # do not make tiny chunks when a boundary is far back
    while start < n:
        end = _fits(text, start, limit)
        if end >= n:
            yield start, n
            return
        cut = -1
        for rx in (_SENT_END, _SOFT):
            last = None
            for m in rx.finditer(text, start + floor, end):
                last = m
            if last is not None:
                cut = last.end()
                break
        if cut < 0:
            for i in range(end - 1, start + floor, -1):
                if _is_hira(text[i - 1]) and not _is_hira(text[i]) and not _is_joiner(text[i]):
                    cut = i
                    break
        if cut < 0:
            cut = end
            while cut > start + 1 and _is_joiner(text[cut]):
                cut -= 1
        yield start, cut
        start = cut


def tokenize(text: str, *, readings: bool = False) -> list[Token]:
    """All tokens of ``text`` (mode C, longest units), offsets into ``text``.

    ``readings=True`` fills ``Token.reading`` (katakana); the rules do not need it, so it is
    skipped by default for speed. The last result of this thread is kept and returned again for
    the same string object (``text is`` the previous text): the rule tier and the model tier of one
    ``analyze`` call share one tokenization. Callers must not modify the returned list.
    例: ``tokenize("株式会社ミライ商事")[0].surface == "株式会社"``
    """
    last = getattr(_local, "last", None)
    if last is not None and last[0] is text and last[1] == readings:
        return last[2]  # the names rules and the model tier tokenize the same text: do it once
    out = _tokenize(text, readings)
    _local.last = (text, readings, out)
    return out


def reading(word: str) -> str:
    """SudachiPy's reading of ``word`` in katakana, its tokens' readings joined. 例: ``reading("牛深") == "ウシブカ"``"""
    return "".join(t.reading for t in tokenize(word, readings=True))


#: Texts longer than this (characters) go to a second tokenizer of the thread (:func:`_long_tokenizer`).
LONG = 512


def _long_tokenizer():
    """This thread's tokenizer for long texts, and its MorphemeList.

    A SudachiPy tokenizer keeps the lattice of the longest input it has seen, and clears all of it
    (``Lattice::reset``) before every input: after one long document (a 40,000-byte chunk) every short
    text cost the clearing of ≈ 13,000 positions (callgrind: 4% of the instructions of a short-cell
    scan; measured, cells 256 → 312 µs and GSD sentences −7% after one document). Long texts therefore
    get their own tokenizer, from the same dictionary, and the short ones keep a small lattice."""
    got = getattr(_local, "long", None)
    if got is None:
        tokenizer()
        assert _dictionary is not None
        tok = _dictionary.create()
        got = _local.long = (tok, tok.tokenize("", _MODE_C))
    return got


#: Variant kanji of names (異体字) SudachiDict does not list, read as the common form: 髙橋 → 高橋 (an OOV
#: common noun otherwise, so 「髙橋 英子 様」 was no full name). One character for one, so every offset and
#: surface stays the original text's; only SudachiPy's input changes.
_VARIANTS = str.maketrans("髙𠮷濵德栁敎黑", "高吉浜徳柳教黒")
_VARIANT_RE = re.compile("[髙𠮷濵德栁敎黑]")


def _tokenize(text: str, readings: bool) -> list[Token]:
    if _VARIANT_RE.search(text) is not None:
        return _tokenize_as(text.translate(_VARIANTS), text, readings)
    return _tokenize_as(text, text, readings)


def _tokenize_as(read: str, text: str, readings: bool) -> list[Token]:
    """Tokens of ``read`` (``text`` with variant kanji replaced, same length) with surfaces from ``text``."""
    if len(text) > LONG:
        tok, out_list = _long_tokenizer()
    else:
        tok = tokenizer()
        out_list = getattr(_local, "morphemes", None)
        if out_list is None:  # one MorphemeList per thread, refilled by every call (no allocation per call)
            out_list = _local.morphemes = tok.tokenize("", _MODE_C)
    if len(text) * 4 <= MAX_BYTES:  # common case: one chunk, no offset shift
        return _tokens(tok, read, 0, text, readings, out_list)
    out: list[Token] = []
    for a, b in chunks(text):
        out.extend(_tokens(tok, read[a:b], a, text, readings, out_list))
    return out


def _tokens(tok, piece: str, shift: int, text: str, readings: bool, out_list) -> list[Token]:
    """Tokens of ``piece`` (which starts at ``shift`` in ``text``). The surface is sliced from
    ``text`` (SudachiPy's surface is the input between begin and end; slicing is cheaper than
    ``surface()``), and the tuple is built without the NamedTuple constructor's keyword handling."""
    new = tuple.__new__
    if readings:
        return [new(Token, (text[shift + m.begin():shift + m.end()], shift + m.begin(), shift + m.end(),
                            m.part_of_speech(), m.reading_form(), m.is_oov()))
                for m in tok.tokenize(piece, _MODE_C, out_list)]
    if shift == 0:  # (begin and end asked once each)
        return [new(Token, (text[(b := m.begin()):(e := m.end())], b, e, m.part_of_speech(), "", m.is_oov()))
                for m in tok.tokenize(piece, _MODE_C, out_list)]
    return [new(Token, (text[shift + m.begin():shift + m.end()], shift + m.begin(), shift + m.end(),
                        m.part_of_speech(), "", m.is_oov()))
            for m in tok.tokenize(piece, _MODE_C, out_list)]


@lru_cache(maxsize=4096)
def dictionary_entries(word: str) -> tuple[tuple[str, ...], ...]:
    """Part-of-speech of every SudachiDict entry written ``word`` (all readings), whatever the context.
    例: ``("名詞", "固有名詞", "地名") in {p[:3] for p in dictionary_entries("浜松")}``"""
    tokenizer()  # make sure the shared dictionary is loaded
    assert _dictionary is not None
    return tuple(tuple(m.part_of_speech()) for m in _dictionary.lookup(word))


@lru_cache(maxsize=4096)
def place_readings(word: str) -> tuple[str, ...]:
    """Katakana readings of every SudachiDict entry written ``word`` as a place (名詞-固有名詞-地名), whatever the context.
    例: ``"ササヤマ" in place_readings("篠山")`` (SudachiPy reads 篠山 シノヤマ in running text)"""
    tokenizer()  # make sure the shared dictionary is loaded
    assert _dictionary is not None
    return tuple(dict.fromkeys(m.reading_form() for m in _dictionary.lookup(word)
                               if tuple(m.part_of_speech()[1:3]) == ("固有名詞", "地名")))


@lru_cache(maxsize=65536)
def person_readings(surface: str) -> frozenset[str]:
    """Which person-name entries (姓/名/一般) the dictionary has for ``surface``, in any context.

    SudachiPy picks one analysis per context; 「原部長」 may come out as the common noun 原, but the
    dictionary also lists 原 as a surname. 例: ``"姓" in person_readings("水田")``
    """
    tokenizer()  # make sure the shared dictionary is loaded
    assert _dictionary is not None
    return frozenset(m.part_of_speech()[3] for m in _dictionary.lookup(surface.translate(_VARIANTS))
                     if m.part_of_speech()[1:3] == ("固有名詞", "人名"))
