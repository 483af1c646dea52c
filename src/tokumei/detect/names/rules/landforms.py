"""A place named by a landform word glued to words SudachiPy does not know as one name (tier 1): 梶取|崎, 燈明|崎,
寸|又|峡, 女木|島, 通|潤|橋, 潮|温泉, 太東|海岸.

SudachiDict holds the big places (阿賀野川, 丹沢) as 地名; a small cape, gorge, spa or island is cut into common
words and the landform word after them (梶取 + 崎, 寸 + 又 + 峡), so neither the dictionary nor the place rules,
which want a context word (〜から車で, 〜の麓), name it: 「梶取崎の洞窟めぐり」 and 「寸又峡の夢の吊橋」 stayed in the
published text (n-dev-547, 552, measured before tuning). A run of kanji that opens after a delimiter, ends in a
landform token of its own and is more than that token is a place's name, unless

* SudachiPy reads the run as one word (砂浜, 離島, 鉄橋: the dictionary's common nouns are single tokens), or a
  person's name is in it (山崎 is one 姓 token; the person rules decide those);
* what comes before the landform is a generic head (無人島, 各島, 近隣の温泉 → 近隣 is no name; 日帰り温泉);
* a honorific follows (a shop or a person named after the place: 女木島さん).

The place's kind is ``landmark`` (``island`` for 〜島). Checked by span diff on the hand-written dev documents and
GSD train+dev before and after.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "梶取崎の洞窟めぐりと、無人島の探検。"
    >>> [s.text for s in landform_compounds(t, tokenize(t), [])]
    ['梶取崎']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

#: Landform and structure words that end a place's name when they stand as a token of their own. Landforms of two
#: kanji or more may follow a one-kanji name (潮|温泉); one-kanji landforms need two (女木|島).
_LANDFORMS = frozenset("崎 岬 峡 島 橋 滝 浦 湾 岳 峠 淵 灘 湖 沼 川 岩 沢 温泉 海岸 渓谷 半島 鍾乳洞 "
                        "湿原 高原 ダム "  # (湿原, 高原, ダム: stop 38, wave 10 read — 駒止湿原)
                        "山 吊橋 大吊橋".split())  # (織姫|山, 竜神|大吊橋: stop 45, read dev wave 17)
_GATE = re.compile("|".join(sorted(_LANDFORMS, key=len, reverse=True)))
_KANJI = re.compile(r"[\u4e00-\u9fff々ヶ]")
#: Heads that describe rather than name (無人島, 近隣の温泉 is handled by the の; 日帰り温泉, 露天温泉).
_GENERIC = frozenset(
    "自然 人造 ダム 無人 離 各 全 本 同 当 旧 新 元 前 後 奥 裏 表 隣 近隣 周辺 付近 地元 近郊 県内 市内 町内 村内 島内 国内 海外 日本 世界 "
    "小 大 中 上 下 東 西 南 北 南北 東西 歩道 鉄 石 木 土 砂 岩 秘 名 源泉 天然 露天 日帰り 人工 火山 活火山 "
    "鉄道 陸 跨線 吊り 吊 眼鏡 太鼓 丸木 一本 有人 孤 絶海 宝 桃源 夢 楽園 秘境 観光 貸切 家族 混浴 共同 公衆 町営 村営 市営 県営 国営 民営".split())
_HONORIFIC_AFTER = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生)")


def landform_compounds(text: str, toks: Sequence, found: Sequence[Span]) -> Iterator[Span]:
    """LOCATION spans for kanji runs that end in a landform token (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    for i, t in enumerate(toks):
        if t.surface not in _LANDFORMS or i == 0:
            continue
        j = i
        while j > 0 and toks[j - 1].end == toks[j].start and toks[j - 1].surface \
                and all(_KANJI.fullmatch(c) for c in toks[j - 1].surface):
            j -= 1
        if j == i:
            continue
        a, b = toks[j].start, t.end
        head = text[a:t.start]
        if head in _GENERIC or head[-1:] in "のノ" or (len(t.surface) == 1 and len(head) < 2):
            continue
        if a > 0 and (_KANJI.fullmatch(text[a - 1]) or "ァ" <= text[a - 1] <= "ヺ" or text[a - 1] == "ー"):
            continue  # (the run goes on before the tokens: not the whole name; マット|式重力|ダム, stop 38)
        if b < len(text) and _KANJI.fullmatch(text[b]) or _HONORIFIC_AFTER.match(text, b):
            continue
        if t.surface == "山" and any(tok.pos[2] == "副詞可能" or tok.pos[1] == "数詞" for tok in toks[j:i]):
            continue  # 今も毎年|山を焼いて, 芋が毎年|山になる: a time word before 山 names no hill (stop 45)
        if any(tok.pos[1] == "固有名詞" and tok.pos[2] == "人名" for tok in toks[j:i]):
            continue  # (a person's name in the run: the person and place rules decide)
        if any(s.start < b and a < s.end for s in found):
            continue
        kind = "island" if t.surface == "島" else "landmark"
        yield Span("LOCATION", a, b, text[a:b], 0.6, SOURCE, f"地名（〜{t.surface}：辞書にない名前＋地形の語）",
                   data={"tier": 1, "kind": kind})
