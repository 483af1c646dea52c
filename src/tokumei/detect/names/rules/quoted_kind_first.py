"""A shop quoted with its kind word first and its own name glued on (tier 1, stop 34): 「食堂やまびこ」, 『割烹たかぎ』,
『パン工房むぎのこ』, 「民宿しわく」, 『やきとり大将』, and a trade, の and a name (『額縁のマツオカ』).

Writers put a shop's whole sign in quotes. :mod:`.quoted_shops` reads a quote when a kind of business stands before
it, when it ends in a shop's word or when a kind word and a space fill it; a kind word glued to the name inside the
quote was read by nothing (names dev less waves 7–8: 13 such quotes missed, 「食堂やまびこ」 left in the published
text). Inside quotes the writer has marked a name, so the kind word of :data:`.shop_words.SPACED_KINDS`,
:data:`.shop_words.SHOP_WORDS` or :data:`.shop_words.KIND_FIRST` and a name after it are the shop, unless the "name"
is a word of the menu or the trade (「そば定食」, 「カフェ巡り」, 「旅館業」): kana of 2–8, katakana of 2–12, Latin, or
kanji of 1–4 not listed in :data:`_NOT_NAMES`. The kind word stays in the anonymised text (``kind_prefix``).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "昼は『食堂やまびこ』の鮎めし、夜は「そば定食」。"
    >>> [s.text for s in quoted_kind_first(t, tokenize(t))]
    ['食堂やまびこ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.shop_words import (
    KIND_FIRST, SHOP_GOODS, SHOP_WORD_ON, SHOP_WORDS, SPACED_KINDS, VENUE_PARTS, common_nouns_after_kind, one_common_noun,
)
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

_KINDS = sorted((set(SHOP_WORDS) | SPACED_KINDS | set(KIND_FIRST)) - {"処", "宿", "めし", "料理", "道具", "小物", "の店", "の宿"},
                key=len, reverse=True)
_QUOTED = re.compile(r"(?<=[「『])(?P<kind>" + "|".join(map(re.escape, _KINDS)) + r")(?P<name>[ぁ-ゖー]{2,8}|[ァ-ヺー・]{2,12}"
                     r"|[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ'&.\-]{1,20}|[一-龥々]{1,4})(?=[」』])")
#: A trade, の and a name in katakana or kana in quotes (『額縁のマツオカ』, 「肉のまつむら」).
#: (stop 41, read dev wave 13: 「メガネと時計のヤマムロ」 — two goods joined by と, goods in katakana or kana — were published)
_TRADE_NO = re.compile(r"(?<=[「『])(?P<kind>(?P<g1>[一-龥々]{1,4}|[ァ-ヺー]{2,5}|[ぁ-ゖ]{2,4})(?:と(?P<g2>[一-龥々]{1,4}|[ァ-ヺー]{2,5}))?の)"
                       r"(?P<name>[ァ-ヺー]{2,8}|[ぁ-ゖ]{3,6}|[一-龥々]{2,3})(?=[」』])")
_KANJI_GOODS = re.compile(r"[一-龥々]+")
_KATA_NAME = re.compile(r"[ァ-ヺー]+")
_CALLED = re.compile(r"(?:さん|様|さま|ちゃん|くん)")
_HIRA_NAME = re.compile(r"[ぁ-ゖ]+")
_KANJI_NAME = re.compile(r"[一-龥々]+")
#: Words after a kind word in quotes that are no shop's name: the menu, the trade, what one does there.
_NOT_NAMES = SHOP_WORD_ON | VENUE_PARTS | frozenset(
    "定食 弁当 セット ランチ 膳 丼 コース 体験 講座 教室 巡り めぐり 特集 情報 案内 日記 通信 新聞 だより 便り マップ 祭 "
    "まつり 大会 フェア 名物 限定 予約 開き 開店 閉店 新装 業 街 通り 組合 協会 連盟 部会 店 屋 さん".split())


def quoted_kind_first(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for a quoted kind word + name (see the module docstring)."""
    if "「" not in text and "『" not in text:
        return
    for m in _QUOTED.finditer(text):
        name = m.group("name")
        if _CALLED.match(text, m.end() + 1):
            continue  # 「たこ焼き番長」さん: a listener's pen name, called — the quoted-caller rule reads it
        if name in _NOT_NAMES or name.startswith("の") or name in _KINDS:  # (やまびこ, はなや, ともしび open with kana particles)
            continue
        if any(t.start < m.start("name") < t.end for t in toks):
            continue  # 「カフェモカ」, 「ホテルマン」: kind and "name" are one word
        if (re.fullmatch(r"[ァ-ヺー・]+", name) or re.fullmatch(r"[一-龥々ァ-ヺー・]+", name) and len(name) > 2) \
                and common_nouns_after_kind(toks, m.start("name"), m.end()):
            continue  # 「カフェメニュー」, 「旅館ロビー」: a common noun after the kind (やきとり|大将 is two letters: a name)
        yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.8, SOURCE, "「業種の語＋名前」",
                   data={"tier": 1, "kind_prefix": m.group("kind"), "core": name})
    for m in _TRADE_NO.finditer(text):
        name = m.group("name")
        goods = [g for g in (m.group("g1"), m.group("g2")) if g]
        # 「メガネと時計のヤマムロ」, 「でんきのマツバ」: SudachiDict lists ヤマムロ and マツバ as common nouns; after goods a
        # shop sells, a katakana one is reported as a name with the neutral 〔要確認〕 (ordinary), not dropped (stop 41)
        ordinary = all(g in SHOP_GOODS for g in goods) and _KATA_NAME.fullmatch(name) is not None \
            and len(name) <= 5 and one_common_noun(toks, m.start("name"), m.end())  # (not うなぎの|タレコロッケ: a dish)
        if (common_nouns_after_kind(toks, m.start("name"), m.end()) and not ordinary) or name in _NOT_NAMES \
                or _CALLED.match(text, m.end() + 1) or name.endswith(("さん", "ちゃん", "くん")):
            continue  # 「森のレストラン」, 「森のくまさん」: a description or a song
        if _HIRA_NAME.fullmatch(name) and m.group("kind")[:-1] not in SHOP_GOODS:
            continue  # a kana name after の only after goods a shop sells (肉のまるよし; not 森の…)
        inner = [t for t in toks if m.start("name") <= t.start and t.end <= m.end()]
        if _KANJI_NAME.fullmatch(name) and (m.group("kind")[:-1] not in SHOP_GOODS or any(t.pos[2] == "地名" for t in inner)
                                            or not ("姓" in person_readings(name)
                                                    or any(t.oov or t.pos[1] == "固有名詞" for t in inner))):
            continue  # (stop 35) 「豆腐の小林」: a kanji name after goods a shop sells only when it is a surname or a proper
            # noun (not 「森の時間」, 「海の幸」, the song 『港の五番町』: a place after a harbour)
        if (len(goods) > 1 or not _KANJI_GOODS.fullmatch(goods[0])) and not all(g in SHOP_GOODS for g in goods):
            continue  # 「森とみずうみのまつり」: kana goods and goods joined by と only when a shop sells them all
        trade = [t for t in toks if m.start() <= t.start and t.end <= m.end("kind") - 1]
        if not trade or any(t.pos[1] != "普通名詞" and not (t.surface == "と" and t.pos[0] == "助詞") for t in trade):
            continue  # 「長野のリンゴ」: a place before の is a product's origin, no trade
        yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.5 if ordinary else 0.75, SOURCE,
                   "「業種の語＋の＋名前」（辞書の語でもある）" if ordinary else "「業種の語＋の＋名前」",
                   data={"tier": 1, "kind_prefix": m.group("kind"), "core": name, **({"ordinary": True} if ordinary else {})})
