"""Friends named in posts and reviews by a kana given name or nickname (tier 1, stop 36): 一緒に行ったゆうきは58杯でギブ,
案内してくれたこはる、ありがと, 同僚のもりりんおすすめの店; a nursery's staff, 園長のゆかり先生 (stop 37).

SNS posts and reviews name the people one went with by a kana given name or a nickname and nothing else: no honorific,
no surname. SudachiPy reads these as common words, verbs or unknown kana (こはる, もりりん), and the person rules want an
honorific or a known given name, so they stayed in the published text (names dev less waves 9–10: 9 such friends
missed). A kana word right after a phrase of going together (一緒に行った, 案内してくれた) or after a friend's role and の
(同僚の, 友達の, 相方の), then a particle, a bracket or おすすめ, is that person — not a pronoun or a dictionary common
noun that JMnedict does not list as a given name (友達のみんな, 友達のおすすめ).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "一緒に行ったゆうきは58杯でギブ。友達のおすすめの店。"
    >>> [s.text for s in companions(t, tokenize(t))]
    ['ゆうき']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE, jm_types
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

_COMPANION = re.compile(r"(?:一緒に(?:行った|来た|回った|歩いた|登った|泊まった|走った|参加した|出た)|案内してくれた|"
                        r"連れて(?:行って|って)くれた|誘ってくれた|"
                        r"(?:同僚|友達|友人|相方|先輩|後輩|同期|親友|幼なじみ|幼馴染)の)"
                        r"(?P<name>[ぁ-ゖー]{2,5}?|[ァ-ヺー]{2,6})(?=は|が|と(?![ぁ-ゖ])|も|、|（|\(|おすすめ|オススメ|ちゃん|くん|さん)"
                        # 園長のゆかり先生, 担任のなお先生: a nursery's or a school's staff by a kana given name and 先生 (stop 37,
                        # names dev wave 9: two teachers missed; SudachiPy reads ゆかり as a common noun, なお as a conjunction)
                        r"|(?:園長|副園長|担任|副担任|主任|保育士|担当|顧問|コーチ|監督|講師)の(?P<staff>[ぁ-ゖ]{2,4}|[ァ-ヺー]{2,6})"
                        r"(?=先生|せんせい|さん|ちゃん|くん|コーチ)")
#: Kana words after those phrases that name no one.
_NOT_NAMES = frozenset("みんな みなさん みな ひと ひとたち かれ かのじよ かのじょ こども おすすめ オススメ ため こと もの ほう "
                       "ところ ぶん ほか メンバー グループ チーム スタッフ ママ パパ".split())


def companions(text: str, toks: list[Token]) -> Iterator[Span]:
    """PERSON spans for friends named by a kana word (see the module docstring)."""
    if "一緒に" not in text and "くれた" not in text and "の" not in text:
        return
    for m in _COMPANION.finditer(text):
        g = "name" if m.group("name") is not None else "staff"
        name, (a, b) = m.group(g), m.span(g)
        if name in _NOT_NAMES or (g == "staff" and "g" not in jm_types(name) and not any(
                t.oov or t.pos[1] == "固有名詞" for t in toks if a <= t.start < b)):
            continue  # 担任のみな先生 is read, 担任のほか: JMnedict or SudachiPy must know the staff's name
        if name in _NOT_NAMES:
            continue
        inside = [t for t in toks if a <= t.start and t.end <= b]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b) and not inside[0].oov \
                and inside[0].pos[1] in ("普通名詞", "代名詞") and "g" not in jm_types(name):
            continue  # 友達のおすすめ, 同僚のみんな: a word of the sentence, no friend's name
        if any(t.start < b < t.end for t in toks):
            continue  # the kana run ends inside a longer word (行っ|たり|こ: its start may cross the phrase's end)
        yield Span("PERSON", a, b, name, 0.8, SOURCE, "一緒に行った人・友人の名前（かな）" if g == "name" else "園長・担任の名前（かな）",
                   data={"tier": 1, "parts": [(name, "名")], "exact": True})
