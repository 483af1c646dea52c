"""Friends named in posts and reviews by a kana given name or nickname (tier 1, stop 36): 一緒に行ったゆうきは58杯でギブ,
案内してくれたこはる、ありがと, 同僚のもりりんおすすめの店.

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

_COMPANION = re.compile(r"(?:一緒に(?:行った|来た|回った|歩いた|登った|泊まった)|案内してくれた|連れて(?:行って|って)くれた|誘ってくれた|"
                        r"(?:同僚|友達|友人|相方|先輩|後輩|同期|親友|幼なじみ|幼馴染)の)"
                        r"(?P<name>[ぁ-ゖー]{2,5}?|[ァ-ヺー]{2,6})(?=は|が|と(?![ぁ-ゖ])|も|、|（|\(|おすすめ|オススメ|ちゃん|くん|さん)")
#: Kana words after those phrases that name no one.
_NOT_NAMES = frozenset("みんな みなさん みな ひと ひとたち かれ かのじよ かのじょ こども おすすめ オススメ ため こと もの ほう "
                       "ところ ぶん ほか メンバー グループ チーム スタッフ ママ パパ".split())


def companions(text: str, toks: list[Token]) -> Iterator[Span]:
    """PERSON spans for friends named by a kana word (see the module docstring)."""
    if "一緒に" not in text and "くれた" not in text and "の" not in text:
        return
    for m in _COMPANION.finditer(text):
        name, (a, b) = m.group("name"), m.span("name")
        if name in _NOT_NAMES:
            continue
        inside = [t for t in toks if a <= t.start and t.end <= b]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b) and not inside[0].oov \
                and inside[0].pos[1] in ("普通名詞", "代名詞") and "g" not in jm_types(name):
            continue  # 友達のおすすめ, 同僚のみんな: a word of the sentence, no friend's name
        if any(t.start < b < t.end for t in toks):
            continue  # the kana run ends inside a longer word (行っ|たり|こ: its start may cross the phrase's end)
        yield Span("PERSON", a, b, name, 0.8, SOURCE, "一緒に行った人・友人の名前（かな）",
                   data={"tier": 1, "parts": [(name, "名")], "exact": True})
