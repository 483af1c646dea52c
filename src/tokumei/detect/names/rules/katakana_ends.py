"""A foreign person's name cut inside its last katakana word (post step, tier 1, stop 35): ラム・バハドゥル・タ|パっち.

SudachiPy reads an unknown katakana word before dialect kana in pieces (タ|パっ|ち: a pronoun and an adverb), and the
full-name rule ends the name where the pieces end. A name written with ・ between its words does not stop in the middle
of a katakana word, so a PERSON span holding ・ and ending in katakana takes in the rest of that katakana run (at most
eight letters), unless another span starts there (anonymize wave 7, a-dev-635: 「Aパっち」 was published).

例::

    >>> from tokumei.span import Span
    >>> t = "ラム・バハドゥル・タパっち長い名前"
    >>> [s.text for s in whole_katakana_ends(t, [Span("PERSON", 0, 10, t[:10], .85, "x", "")])]
    ['ラム・バハドゥル・タパ']
"""
from __future__ import annotations

import re

from tokumei.span import Span

_KATA_RUN = re.compile(r"[ァ-ヺー]{1,8}")


def whole_katakana_ends(text: str, spans: list[Span]) -> list[Span]:
    """The spans with each ・-joined katakana PERSON name grown to the end of its last katakana word."""
    starts = {s.start for s in spans}
    out = []
    for s in spans:
        if s.label == "PERSON" and "・" in s.text and "ァ" <= s.text[-1] <= "ヺ" and s.end not in starts \
                and (m := _KATA_RUN.match(text, s.end)) is not None and not (m.end() < len(text) and "ァ" <= text[m.end()] <= "ヺ") \
                and not _dictionary_word(m.group()):
            s = s.with_(end=m.end(), text=text[s.start:m.end()])
        out.append(s)
    return out


def _dictionary_word(run: str) -> bool:
    """The katakana after the name is one dictionary word of its own (スティーヴ・ヴァイ|モデル: the guitar, no name)."""
    from tokumei.detect.names.tokens import tokenize

    toks = tokenize(run)
    return len(toks) == 1 and not toks[0].oov


def add_katakana_ends(view, spans: list[Span]) -> list[Span]:
    """Post step: :func:`whole_katakana_ends` on the resolved spans."""
    return whole_katakana_ends(view.original, spans)
