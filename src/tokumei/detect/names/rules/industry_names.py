"""A family's, a place's or a mark's name glued to the word of its trade (tier 1, stop 34): ヤマサ農機, きくち自動車,
氏家金物, ますや運送, 大同紙工, 丸八金属, モトキ整備, 東和部品, 磯浜看板店.

Small firms are named so, and the name and the trade are all the text gives: no legal form, no honorific. The
suffix rules of :mod:`.orgs` want a name they recognise before their business words, and most of these trades are
not business words there (農機, 金物, 整備, 部品 are goods), so the names dev sets less waves 7–8 left 14 such firms
unread and anonymize published them. The head here is a name when SudachiDict does not hold it as an ordinary word:

* kanji of 2–4 read as a proper noun (a place or a surname: 氏家, 東和, 磯浜) or a surname reading, or opening with
  a shop's mark (丸八, ヤマ…);
* katakana of 2–8 that is no dictionary common noun (ヤマサ, モトキ; not トラック運送, ガラス部品);
* hiragana of 2–5 after a delimiter or a particle that is no dictionary word (きくち, ますや; not ちいさな金物);
* anything but a kind of goods when the writer quoted the whole sign (「モトキ整備」).

The trade word ends the word (no kanji or katakana after it: 自動車部品 is no firm), and a head that is itself a
trade or a kind (中古, 軽, 輸入, 自動車) is none.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "除雪機はヤマサ農機が貸してくれた。中古自動車を買った。"
    >>> [s.text for s in industry_names(t, tokenize(t))]
    ['ヤマサ農機']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.shop_words import one_common_noun
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.span import Span

#: Trades a small firm's name ends in (most are not business words of :data:`.org_words.ORG_SUFFIXES`).
INDUSTRY_WORDS = tuple(("金属 農機 自動車 金物 整備 紙工 部品 看板店 輪業 急配 代行 観光船 汽船 観光バス 税務会計 オート モータース "
                        "板金 塗装 電設 設備 硝子 石油 燃料 米穀 肥料 種苗 造園 材木 木材 畳店 梱包 鋼材 精機 工機 電器 住建 "
                        "自工 車体 輪店 表具 仏壇 印房 印章 石材 瓦店 鉄筋 重機 運輸店 配送 急便 "
                        # business words of ORG_SUFFIXES whose heads the suffix rules do not read (ますや|運送)
                        "運送 紙工 "
                        # (stop 35, names dev wave 7) 星野金属|研磨所, 瀬川|彫刻所, 山内|製紙所, しまんと|交通, ひだまり観光|タクシー
                        "研磨所 彫刻所 製紙所 木工所 交通 タクシー 観光タクシー 介護タクシー "
                        # (stop 37, names dev wave 9) ヤスモト左官
                        "左官 左官店 "
                        # (stop 39, names dev wave 11) 桑野川機工, 三日月住設, 坂出港運, ウラタ建装, ヤマモト塗研, 丹原クレーン
                        "機工 住設 港運 建装 塗研 クレーン "
                        # (stop 40, names dev wave 12) 一戸|自動車整備, 西根|建工, あんべ|精肉店, つるや|菓子舗, ブライトン|英会話
                        "自動車整備 建工 精肉店 鮮魚店 菓子舗 英会話 "
                        # (stop 43, names dev wave 15) 「濱口製油」さん, 青蓮窯 (a kiln's workshop), 鈴木鉄工, 三浦縫製
                        "製油 窯 鉄工 縫製 板金 電工 "
                        # (stop 45, anonymize dev wave 17) 自転車店「マツオサイクル」
                        "サイクル").split())
_RX = re.compile(r"(?P<head>[一-龥々]{2,4}|[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,5})(?P<kind>"
                 + "|".join(sorted(map(re.escape, INDUSTRY_WORDS), key=len, reverse=True))
                 # a generation may follow (瀬川彫刻所三代目; stop 35)
                 + r")(?!(?![一二三四五六七八九十初]{1,3}代目)[一-龥々ァ-ヺー])")
#: An event named after the trade of a town (三木金物まつり, 川辺仏壇まつり): no firm.
_EVENT_AFTER = re.compile(r"(?:まつり|祭|フェア|フェス|まち|市(?!場)|展|大会|の日|週間)")
_GATE = re.compile("|".join(sorted(map(re.escape, INDUSTRY_WORDS), key=len, reverse=True)))
#: Heads that say what kind of goods or trade, not whose (中古自動車, 軽自動車, 輸入自動車).
_NOT_HEADS = frozenset("中古 軽 新車 輸入 国産 外車 小型 大型 普通 特殊 業務 産業 農業 建設 工業 住宅 電気 家庭 事務 "
                       "地元 近所 町 市 村 県 大手 老舗 専門 総合 金属 鉄 非鉄 自動車 部品 金物".split())
_OPENERS = frozenset("、。，,・「『（(【\n 　：:／/|｜")


def _head_is_name(head: str, a: int, text: str, toks: list[Token]) -> bool:
    """Whether ``head`` at ``a`` is a name (see the module docstring)."""
    if head in _NOT_HEADS:
        return False
    inside = [t for t in toks if a <= t.start and t.end <= a + len(head)]
    if not inside or inside[0].start != a or inside[-1].end != a + len(head):
        return False  # the head starts or ends inside a word (自動|車, a verb's tail)
    one_common = one_common_noun(toks, a, a + len(head))
    if re.fullmatch(r"[一-龥々]+", head):
        return (any(t.pos[1] == "固有名詞" or t.oov for t in inside) or "姓" in person_readings(head) and not one_common
                or head.startswith(("丸", "山", "ヤマ")) and len(head) <= 3)  # (森林|整備: a surname reading, a word)
    if inside[-1].pos[0] in ("助詞", "助動詞") and inside[-1].surface != "や" or any(t.surface == "の" for t in inside):
        return False  # ひらがなの|看板, こむぎを|看板, うちの|部品: a phrase before the trade word (ます|や is a shop's name)
    # (ヤスモト|左官: SudachiPy tags an unknown katakana word a common noun without marking it unknown; the dictionary
    # has no entry for it — stop 37, n-dev-1355)
    common = all(t.pos[1] == "普通名詞" and not t.oov and dictionary_entries(t.surface) for t in inside)
    if re.fullmatch(r"[ァ-ヺー]+", head):
        return not common
    # hiragana: a word of its own after a delimiter or a particle
    before = text[a - 1 : a]
    return (not before or before in _OPENERS or inside[0].pos[0] == "名詞" and _particle_before(toks, a)) \
        and not (len(inside) == 1 and inside[0].pos[0] != "名詞") and not one_common


def _particle_before(toks: list[Token], a: int) -> bool:
    """The token ending at ``a`` is a particle (今日は|ますや運送)."""
    prev = next((t for t in toks if t.end == a), None)
    return prev is not None and prev.pos[0] == "助詞"


def industry_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for a name + a trade word (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    for m in _RX.finditer(text):
        head = m.group("head")
        a = m.start()
        if _EVENT_AFTER.match(text, m.end()):
            continue
        quoted = text[a - 1 : a] in ("「", "『") and text[m.end() : m.end() + 1] in ("」", "』")
        if quoted and head not in _NOT_HEADS:
            # 「モトキ整備」: the writer quoted the sign, whatever SudachiDict reads in the name (モトキ a common noun)
            yield Span("ORGANIZATION", a, m.end(), m.group(), 0.7, SOURCE, f"「名前＋業種の語「{m.group('kind')}」」", data={"tier": 1})
            continue
        # the head regex is greedy over its script: try the shorter heads a word boundary gives (の|ますや)
        for cut in range(0, len(head) - 1):
            if _head_is_name(head[cut:], a + cut, text, toks):
                yield Span("ORGANIZATION", a + cut, m.end(), text[a + cut : m.end()], 0.7, SOURCE,
                           f"名前＋業種の語「{m.group('kind')}」", data={"tier": 1})
                break
