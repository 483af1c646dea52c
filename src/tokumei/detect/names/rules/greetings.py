"""Names people give themselves after a greeting (tier 1): 「こんにちは、かおりです。」「はい、サラです。」.

Radio and event transcripts open with the host saying their own given name, often in kana and without a surname:
nothing else marks it as a person (a-dev-266, a-dev-273 on fresh hand-written transcripts). After a greeting or
a speaker's opening word and before です or と申します, a short word that SudachiDict reads as a person's name
(人名), or a katakana word that is no common noun, is that person.

例::

    >>> [s.text for s in self_introductions("有村：こんにちは、かおりです。今日は")]
    ['かおり']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import dictionary_entries
from tokumei.span import Span

_GREETING = r"(?:こんにちは|こんばんは|おはようございます|はじめまして|初めまして|どうも|はい|皆さん|みなさん)"
_INTRO = re.compile(_GREETING + r"[、，,！!　 ]*(?:パーソナリティの|司会の|MCの|ナビゲーターの|進行役の)?"
                    r"([ぁ-ゖー]{2,4}|[ァ-ヴー]{2,6}|[\u4e00-\u9fff々]{1,4})(?:です|と申します|でーす)(?=[。！!、\s]|$)", re.M)


#: Words said after はい、 before です that are no one: grammar, pronouns, a programme's words.
_NOT_SELF = frozenset("そう こう どう ああ ここ そこ あそこ これ それ あれ わたし あたし ぼく おれ 私 僕 俺 自分 本人 以上 "
                      "ラジオ テレビ スタジオ マイク ゲスト スタッフ チーム ニュース メール 番組 放送 本番 大丈夫 元気".split())


def _is_name(word: str) -> bool:
    if word in NOT_NAMES or word in _NOT_SELF:
        return False
    entries = [p[:4] for p in dictionary_entries(word)]
    if any(p[2] == "人名" and p[3] in ("名", "姓") for p in entries):
        return True
    # a katakana word SudachiDict knows as a name, or not at all (サラ, ユミ: foreign or nickname forms)
    # (not a place: 「出身は？」「はい、ソウルです」 answers with a city)
    return (bool(re.fullmatch(r"[ァ-ヴー]{2,6}", word)) and (not entries or any(p[2] == "人名" for p in entries))
            and not any(p[2] == "地名" for p in entries))


def self_introductions(text: str) -> Iterator[Span]:
    """PERSON spans for a name said after a greeting and before です (see the module docstring)."""
    if "です" not in text and "申します" not in text:
        return
    for m in _INTRO.finditer(text):
        if _is_name(m.group(1)):
            yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "挨拶のあとの名乗り（〜です）",
                       data={"tier": 1})
