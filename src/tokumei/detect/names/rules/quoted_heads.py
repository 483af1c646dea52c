"""A place at the head of a quoted brand, event or programme name (tier 1): 「槻川のめぐみ便」, 「藤公園 藤まつり」,
「霧ヶ城かすてら」, 「臥牛山」, 「積丹ブルー朝市」.

Local products and events carry the river, hill, castle or park they come from, written first in the quote and
followed by の, a space, kana or the closing bracket. Outside a quote the same word needs a context word
(〜から車で, 〜の麓: :mod:`.landmarks`); at a quote's head it is the name's place. Written by hand before tuning,
these stayed in the published text (a-dev-236, 286, 288, 356; measured on the dev and test halves as counts
only: 16 of 24 and 11 of 14 such heads were gold places). A kanji run that opens a 「」 or 『』 quote is a place
when

* it ends in a landform or structure word (川 山 岳 橋 城 公園 温泉 …) after a name that is no generic head
  (無人島, 小川, 石橋: :data:`tokumei.detect.names.rules.landforms._GENERIC`) and SudachiPy does not read it as
  one common word (里山, 砂浜); or
* (in 「」 only: 『』 holds book titles, 『新青年』) SudachiPy reads it as one place name (積丹, 糸満), or as one
  other proper noun with more of the name after it (「綿向しずく」; not 「魚勝」の or 「神亀」が, a shop and a brand);
  never an era (昭和).

No span is added where another is, or when a honorific follows the quote (「鏡山」さん is a shop). The span is marked
``quote_head``: the learned tier's longer place around it (「鳴沢公園 もみじ」) does not replace it.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "共同ブランド「槻川のめぐみ便」と「里山ごはん」"
    >>> [s.text for s in quoted_place_heads(t, tokenize(t), [])]
    ['槻川']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.landforms import _GENERIC
from tokumei.span import Span

_HEAD = re.compile(r"(?<=[「『])([\u4e00-\u9fff々ヶ]{2,6})(?=の|[ 　]|[ぁ-ゖァ-ヴ]|[」』])")
_LAND_CHARS = frozenset("川山岳峠橋城湖沼池滝峡浦浜岬崎島渓谷")
_LAND_WORDS = ("公園", "温泉", "海岸", "高原", "渓谷", "半島")
_ERAS = frozenset("明治 大正 昭和 平成 令和".split())
#: の and a landform that end the place's own name (袋田の滝, 鳴門の渦): not の and a product (槻川のめぐみ便).
_NO_LANDFORM = re.compile(r"の(?:滝|池|沼|浦|浜|森|岬|崎|湯|峠|渦|松原|鼻)(?=[」』]|[ 　]|[ぁ-ゖ])")
#: Words that end a business's name (モータース, 商店, 工房 …): a proper noun before one names the business.
_BUSINESS_ENDS = tuple(sorted(ORG_SUFFIXES | {"モータース", "オート", "ストア", "マート", "ベーカリー", "ファーム", "ショップ"},
                              key=len, reverse=True))
_HONORIFIC = re.compile(r"[」』][ 　]?(?:さん|様|さま|ちゃん|くん)")


def _landform_head(head: str) -> bool:
    word = next((w for w in _LAND_WORDS if head.endswith(w)), head[-1] if head[-1] in _LAND_CHARS else "")
    name = head[: len(head) - len(word)]
    return bool(word) and bool(name) and name not in _GENERIC


def quoted_place_heads(text: str, toks: Sequence, found: list[Span]) -> list[Span]:
    """``found`` with LOCATION spans (kind ``landmark``) for the places that open a quoted name (see the module
    docstring); a rule's place inside such a head (鳴沢 of 鳴沢公園) gives way to it."""
    if "「" not in text and "『" not in text:
        return found
    inner: set[int] = set()
    heads = list(_heads(text, toks, found, inner))
    return [s for s in found if id(s) not in inner] + heads


def _heads(text: str, toks: Sequence, found: Sequence[Span], inner: set[int]) -> Iterator[Span]:
    for m in _HEAD.finditer(text):
        a, b = m.span()
        inside = [t for t in toks if a <= t.start and t.end <= b]
        if not inside or inside[0].start != a or inside[-1].end != b:
            continue  # (the run ends inside a token: 温泉|街 is no head of its own)
        one = inside[0] if len(inside) == 1 else None
        close = text.find("」" if text[a - 1] == "「" else "』", b)
        if _landform_head(m.group()):
            if one is not None and one.pos[1] == "普通名詞":
                continue
        elif not (one is not None and text[a - 1] == "「" and one.pos[1] == "固有名詞" and m.group() not in _ERAS
                  and (one.pos[2] == "地名" or (one.pos[2] == "一般" and text[b] not in "」』"))
                  and not (close > b and text[b:close].endswith(_BUSINESS_ENDS))):
            continue  # (a proper noun alone in its quote is a shop's or a brand's name: 「魚勝」の, 「神亀」が;
            # a business after it is named after a family or a town: 「大西モータース」)
        if (tail := _NO_LANDFORM.match(text, b)) is not None:
            b = tail.end()  # 「袋田の滝」: の and a landform are the place's name too
        if close >= 0 and _HONORIFIC.match(text, close):
            continue
        over = [s for s in found if s.start < b and a < s.end]
        if any(s.label != "LOCATION" or s.start < a or s.end > b for s in over):
            continue  # (another name there)
        inner.update(id(s) for s in over)  # 鳴沢 of 「鳴沢公園 もみじ祭り」: the whole head is the place
        same = next((s for s in over if (s.start, s.end) == (a, b)), None)
        if same is not None:  # found already (the dictionary's 鳴沢公園): kept, and marked as a title's head
            yield same.with_(data={**(same.data or {}), "quote_head": True})
            continue
        yield Span("LOCATION", a, b, text[a:b], 0.6, SOURCE, "地名（かぎかっこの名称の頭：川・山・城・公園などの名前）",
                   data={"tier": 1, "kind": "landmark", "quote_head": True})
