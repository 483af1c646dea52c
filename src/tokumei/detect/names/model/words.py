"""Whole words at the edges of organisation spans (after rule and model spans combine).

A replacement that leaves the head or the tail of a name beside it publishes that part and damages
the text: 「かじか⟪A⟫の会」, 「天⟪A⟫信用組合」, 「⟪B社⟫や」, 「⟪A屋⟫ かねまた」. Kana shop names are where
both tiers cut most often (SudachiPy splits an unknown kana word into dictionary pieces, かじか|ざわ,
かね|ひら). So an ORGANIZATION span is widened, never narrowed, to:

- the hiragana run it starts inside (at most :data:`RUN` characters, from a token start), less
  the particles SudachiPy tags at its head (砺波の|と|なみ野建設 → 「となみ野建設」);
- one lone kanji before it that SudachiPy cut off (。天|北信用組合 → 「天北信用組合」), unless it
  is a prefix word (同組合, 各信用組合, 当社);
- the municipality the name opens with when SudachiPy cut it before its 市/町/村/区 (十日|町税理士事務所 →
  「十日町税理士事務所」: KEN_ALL has 十日町市);
- a trailing や before a bracket or punctuation (株式会社たじま|や） → 「株式会社たじまや」);
- a 屋号 after a space (有限会社 ひらど蒲鉾 松屋), not a dictionary word (本屋);
- a kana name after a space and a kind word, up to a bracket or punctuation
  (（こうじ屋 かねまた） → 「こうじ屋 かねまた」);
- the whole of a quoted name it fills but for one or two kana (「魚のかわば|た」 → 「魚のかわばた」).

A widening that would overlap another span is not made. Measured on the held-out hand-written dev
waves (docs/names.md, 第 31 回).

例::

    >>> from tokumei.span import Span
    >>> t = "。かじかざわ河岸の会"
    >>> [s.text for s in whole_words(t, [Span("ORGANIZATION", 4, 10, t[4:10], 0.9, "x", "")])]
    ['かじかざわ河岸の会']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from tokumei.detect.names.tokens import Token, _is_hira, dictionary_entries, script_of, tokenize
from tokumei.span import Span

#: The longest hiragana head a span is widened over (かじか|ざわ: 3). A longer run is a phrase
#: (とてもおいしい|やまびこ食堂), not the head of a name.
RUN = 3
#: Particles SudachiPy tags at the head of a widened run: dropped again (砺波の|と|なみ → と|なみ);
#: not と or や, which begin kana names (となみ, やまもと).
_LEAD_PARTICLES = frozenset({"の", "は", "が", "を", "に", "で", "へ", "も", "には", "では", "から", "まで", "より"})
#: Inflecting words (verbs, their auxiliaries, adjectives): a run of them before a span ends a clause (支援した|さかい…).
_INFLECTING = frozenset({"動詞", "助動詞", "形容詞", "形状詞", "副詞"})
#: One kanji before a name that is a prefix word or a numeral, not a part of it (同組合, 各信用組合, 当社, 第|二工房).
_PREFIX_KANJI = frozenset("各同当本全両新旧元前現故我弊貴御他某計約第一二三四五六七八九十百千万")
#: Where a name may end: brackets, punctuation, spaces, the end of a line.
_HARD_END = re.compile(r"$|[\s、。，．,.・）)」』】〕〉》／/｜|：:！!？?]")
#: A kana name after a kind word and a space, then a hard end: （こうじ屋 かねまた）.
_SPACED_KANA = re.compile(r"[ 　]([ぁ-ゖァ-ヺー]{2,8})(?=$|[\s、。，．,）)」』】〕〉》／/｜|])")
#: A 屋号 after a name and a space, then a hard end: 有限会社 ひらど蒲鉾 松屋（…）.
_SPACED_SHOP = re.compile(r"[ 　]([一-龥々ぁ-ゖァ-ヺー]{1,5}[屋堂亭庵舗])(?=$|[\s、。，．,）)」』】〕〉》／/｜|（(])")
#: Kana after a name that are no part of it: honorifics, plurals, particles (but や, a 屋号's ending), and words after a
#: kind word and a space (…商店 ほか).
_NOT_NAMES = frozenset({"さん", "さま", "ちゃん", "くん", "たち", "ら", "ども", "ん", "の", "へ", "で", "に", "を", "が", "は", "と",
                        "も", "ほか", "など", "なし", "あり", "です", "まで", "より", "から"})


_OPEN = {"「": "」", "『": "』"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_KANA_TO_CLOSE = re.compile(r"[ぁ-ゖァ-ヺー]{1,2}(?=[」』])")
_KANA_FROM_OPEN = re.compile(r"(?<=[「『])[ぁ-ゖァ-ヺー]{1,2}")


def _token_at(toks: Sequence[Token], starts: list[int], pos: int) -> Token | None:
    i = bisect_left(starts, pos)
    return toks[i] if i < len(toks) and toks[i].start == pos else None


def _head(text: str, toks: Sequence[Token], starts: list[int], a: int) -> int:
    """The new start of a span starting at ``a`` (``a`` if nothing to widen)."""
    if a == 0:
        return a
    if _is_hira(text[a]) and _is_hira(text[a - 1]):
        p = a
        while p > 0 and _is_hira(text[p - 1]):
            p -= 1
        if a - p > RUN or _token_at(toks, starts, p) is None:
            return a
        while p < a:
            t = _token_at(toks, starts, p)
            glued = p > 0 and script_of(text[p - 1]) in ("kanji", "katakana") and t is not None and t.surface in ("と", "や")
            if t is None or t.end > a or (t.surface not in _LEAD_PARTICLES and not glued) or t.pos[0] not in ("助詞", "助動詞"):
                break
            p = t.end  # (小学校|と|かえで保育園: と or や right after a kanji word joins two names; stop 37, a-dev-678)
        rest = [t for t in toks[bisect_left(starts, p):bisect_left(starts, a)]]
        if any(t.pos[0] in _INFLECTING and not t.oov for t in rest):
            return a  # 支援し|た|さかい…: a verb's ending, not a name's head
        if rest and rest[0].pos[0] == "接尾辞" and rest[0].surface in ("さん", "さま", "ちゃん", "くん"):
            return a  # 高橋|さん|は|ひかり保育園: the honorific of the person before (stop 44, read anonymize dev wave 16)
        return p
    if text[a] in "市町村区" and script_of(text[a - 1]) == "kanji":
        p = a
        while p > 0 and a - p < 4 and script_of(text[p - 1]) == "kanji":
            p -= 1
        from tokumei.detect.geo import gazetteer

        if (p == 0 or script_of(text[p - 1]) != "kanji") and p < a and gazetteer().names_municipality(text[p : a + 1]):
            return p  # 十日|町税理士事務所: the town the name opens with (十日町, KEN_ALL), cut off by SudachiPy as a date
    if script_of(text[a]) == "kanji" and script_of(text[a - 1]) == "kanji" and (a == 1 or script_of(text[a - 2]) != "kanji"):
        t = _token_at(toks, starts, a - 1)
        if t is not None and t.end == a and text[a - 1] not in _PREFIX_KANJI:
            return a - 1
    return a


def _quoted(text: str, a: int, b: int) -> tuple[int, int]:
    """A span that fills a bracket but for one or two kana at one end is the bracket's whole name
    (「魚のかわば|た」 → 「魚のかわばた」)."""
    if a > 0 and text[a - 1] in _OPEN:
        m = _KANA_TO_CLOSE.match(text, b)
        if m and text[m.end()] == _OPEN[text[a - 1]] and m.group(0) not in _NOT_NAMES:  # 「はなまる屋|さん」
            return a, m.end()
    if b < len(text) and text[b] in _CLOSE:
        m = _KANA_FROM_OPEN.search(text, max(0, a - 3), a)
        if m and m.end() == a and text[m.start() - 1] == _CLOSE[text[b]]:
            return m.start(), b
    return a, b


def _tail(text: str, toks: Sequence[Token], starts: list[int], b: int) -> int:
    """The new end of a span ending at ``b``."""
    if b < len(text) and b > 0 and _is_hira(text[b - 1]) and text[b] == "や" and _HARD_END.match(text, b + 1):
        return b + 1
    m = _SPACED_SHOP.match(text, b)
    if m and b > 0 and script_of(text[b - 1]) in ("kanji", "hira", "kata") \
            and not any(p[:2] == ("名詞", "普通名詞") for p in dictionary_entries(m.group(1))):
        return m.end()  # 有限会社 ひらど蒲鉾 松屋: the 屋号 after the company's name and a space (not 本屋, a dictionary word)
    m = _SPACED_KANA.match(text, b)
    if m and b > 0 and script_of(text[b - 1]) in ("kanji", "hira", "kata") and m.group(1) not in _NOT_NAMES \
            and not _katakana_noun(m.group(1)):
        return m.end()
    return b


def _katakana_noun(word: str) -> bool:
    """A katakana common noun of SudachiDict (センター　コーディネーター, 〜店　スタッフ): a role, not a shop's name."""
    return script_of(word[0]) == "kata" and any(p[:2] == ("名詞", "普通名詞") for p in dictionary_entries(word))


def whole_words(text: str, spans: Sequence[Span]) -> list[Span]:
    """ORGANIZATION spans widened to whole words (see the module docstring); other spans as they are."""
    if not any(s.label == "ORGANIZATION" for s in spans):
        return list(spans)
    toks = tokenize(text)
    starts = [t.start for t in toks]
    out = []
    for s in spans:
        if s.label != "ORGANIZATION":
            out.append(s)
            continue
        a, b = _quoted(text, s.start, s.end)
        if (a, b) == (s.start, s.end):
            a, b = _head(text, toks, starts, s.start), _tail(text, toks, starts, s.end)
        if (a, b) != (s.start, s.end) and not any(o is not s and o.start < b and a < o.end and not (s.start < o.end and o.start < s.end)
                                                  for o in spans):
            s = s.with_(start=a, end=b, text=text[a:b])
        out.append(s)
    return out
