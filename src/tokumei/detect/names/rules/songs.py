"""Folk songs and dances named after someone are no people: 「斎太郎節」「〇〇音頭」「〇〇甚句」.

Interviews with 民謡 teachers and festival organisers name songs by their first word (斎太郎|節, 相馬|盆唄);
SudachiPy reads that word as a given name or a surname. A PERSON span glued to a song or dance word
(節 音頭 甚句 小唄 追分 盆唄 唄 踊り 囃子 くずし) names the song. A person with an honorific never is one.

例::

    >>> not_songs("斎太郎節や草刈り唄を歌った", [Span("PERSON", 0, 3, "斎太郎", .6, "x", "y")])
    []
"""
from __future__ import annotations

import re

from tokumei.span import Span

_SONG_AFTER = re.compile(r"(?:節|音頭|甚句|小唄|追分|盆唄|唄|踊り|囃子|くずし)(?![一-龥々])")


def not_songs(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the PERSON spans glued to a song or dance word (斎太郎節, 〇〇音頭)."""
    return [s for s in spans if not (s.label == "PERSON" and s.score < 0.8 and _SONG_AFTER.match(text, s.end))]
