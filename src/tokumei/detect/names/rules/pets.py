"""Animals' names are no people: 「看板猫のタマ」「ヤギのメエ吉くん」「古株の牛ハナコ」.

Shop interviews and SNS posts name the shop's cat, the farm's cows and goats; the rules read the
katakana name (and a name before くん/ちゃん) as a person. A name right after an animal word (with の
or glued, as 牛ハナコ is written) names the animal. The hand-written sets list pet names among the
hard negatives (bench/data/handwritten/README.md). A span that starts earlier than the animal word,
or a name with an honorific of people only (さん 様 氏 先生), stays.

例::

    >>> not_pets("看板猫のタマも見送ってくれた", [Span("PERSON", 4, 6, "タマ", 0.6, "x", "y")])
    []
"""
from __future__ import annotations

import re

from tokumei.span import Span

_ANIMAL = (r"(?:猫|ねこ|ネコ|犬|いぬ|イヌ|ヤギ|やぎ|山羊|牛|うし|ウシ|馬|うま|ウマ|ポニー|うさぎ|ウサギ|兎|インコ|オウム|文鳥|"
           r"金魚|メダカ|亀|カメ|豚|ブタ|鶏|ニワトリ|羊|ヒツジ|ロバ|アルパカ|ハムスター|フェレット|柴犬|秋田犬|トイプードル|"
           r"ダックス|チワワ|子猫|子犬|愛犬|愛猫|看板猫|看板犬|看板ヤギ|番犬|保護猫|保護犬|乳牛|和牛|母牛|子牛)")
#: The animal word just before the span: 猫の|猫|看板犬の (a few characters at most between).
_BEFORE = re.compile(_ANIMAL + r"(?:の|　| )?[ァ-ヴー]{0,6}$")  # ヤギのメエ|吉くん: the name's katakana head too
_PEOPLE_ONLY = re.compile(r"[ 　]?(?:さん|様|さま|氏|先生|社長|店長|会長)")


def not_pets(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the PERSON spans that name an animal (猫のタマ, 牛ハナコ, ヤギのメエ吉くん).

    A PERSON span may also begin with the animal word itself (牛ハナコ read as surname 牛 + given name):
    then the span is checked from the animal word's end."""
    out = []
    for s in spans:
        if s.label == "PERSON" and not _PEOPLE_ONLY.match(text, s.end):
            lead = re.match(_ANIMAL, s.text)
            if _BEFORE.search(text, max(0, s.start - 8), s.start) or (lead and lead.end() < len(s.text)
                                                                    and re.fullmatch(r"[ァ-ヴー]{2,6}", s.text[lead.end():])):
                continue
        out.append(s)
    return out
