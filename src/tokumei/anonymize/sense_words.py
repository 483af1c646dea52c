"""Dictionary lookups the ordinary-word test of :mod:`tokumei.anonymize.sense` stands on (moved from sense.py, stop 33,
when it passed 450 lines): every SudachiDict entry of a word, whether it has a name reading, whether it is one ordinary
noun, whether a token is a plain common noun, whether a reading in brackets is the word's own (stop 34).

例: ``is_ordinary_word("社長")`` is True; ``has_name_reading("清水")`` is True (姓 シミズ)
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.span import Span

_ORDINARY_POS = ("普通名詞", "数詞", "助動詞語幹", "形状詞")


def _entries(word: str) -> tuple[tuple[str, ...], ...]:
    """Part-of-speech of every SudachiDict entry written ``word`` (all readings): the names tier's lookup
    (:func:`tokumei.detect.names.tokens.dictionary_entries`, cached there)."""
    from tokumei.detect.names.tokens import dictionary_entries

    return dictionary_entries(word)


def _dictionary_surname(word: str) -> bool:
    """SudachiDict lists ``word`` itself as a surname (山田), so a common noun SudachiPy glued to its
    edge (お|山|田うえ, read as 田植え) is a cut of the tokenizer, not the name's: recall wins."""
    return len(word) >= 2 and any(p[1] == "固有名詞" and p[2] == "人名" and p[3] == "姓" for p in _entries(word))  # not 銭|湯


def has_name_reading(word: str) -> bool:
    """True when SudachiDict has ``word`` as a surname, given name or organisation name.

    例: ``has_name_reading("清水")`` is True (姓 シミズ); ``has_name_reading("社長")`` is False"""
    for pos in _entries(word):
        if pos[:2] == ("名詞", "固有名詞") and (pos[2] == "組織名" or pos[2] == "人名" and pos[3] in ("姓", "名")):
            return True
        if pos[:3] == ("名詞", "固有名詞", "人名") and not any(p[1] == "普通名詞" for p in _entries(word)):
            return True  # katakana given names (ロレンス) with no ordinary reading
    return False


def is_ordinary_word(word: str) -> bool:
    """One SudachiDict ordinary noun without a name reading. 例: 家, 社長, システム → True; 清水 → False"""
    ents = _entries(word)
    return bool(ents) and any(p[0] == "名詞" and p[1] == "普通名詞" for p in ents) and not has_name_reading(word)


def _surname(word: str) -> bool:
    return any(p[:4] == ("名詞", "固有名詞", "人名", "姓") for p in _entries(word))


def _plain(t, readings: bool = True) -> bool:
    """An in-vocabulary ordinary noun (or a suffix/prefix) that is no name in any reading
    (``readings=False``: whatever its other readings)."""
    if t.oov:
        return False
    if t.pos[0] in ("接尾辞", "接頭辞"):
        return True
    return t.pos[0] == "名詞" and t.pos[1] in _ORDINARY_POS and not (readings and has_name_reading(t.surface))


#: A kana reading in brackets right after a span (未来（みく）, 大地（だいち）).
_READING_AFTER = re.compile(r"[（(]([ぁ-ゖァ-ヺー]{1,12})[）)]")


def _read_otherwise(text: str, s: Span, word: str) -> bool:
    """A PERSON span followed by a kana reading in brackets that is not the reading SudachiDict gives the word as a
    common noun (未来（みく）, not 未来（みらい）): the writer spelled out how a name is read (stop 34, a-dev-388)."""
    m = _READING_AFTER.match(text, s.end) if s.label == "PERSON" else None
    if m is None:
        return False
    from tokumei.detect.names.tokens import tokenize

    kana = unicodedata.normalize("NFKC", m.group(1))
    kata = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)
    toks = tokenize(word, readings=True)
    return "".join(t.reading for t in toks) != kata
