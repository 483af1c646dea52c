"""Rivers, hills and facilities a name rule read as a person (tier 1, split from :mod:`.people`; the code is
unchanged): 銀山川にかかる橋, 船通山にも初雪, 屋我|地島の祖母の家, 大山千枚田そばの小屋.

例::

    >>> from tokumei.span import Span
    >>> t = "銀山川にかかる橋"
    >>> [(s.label, s.text) for s in rivers_and_hills(t, [Span("PERSON", 1, 3, "山川", 0.55, "x", "")])]
    [('LOCATION', '銀山川')]
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.base import SOURCE, _KANJI
from tokumei.span import Span

#: The last kanji of a landform's name glued after a name the rules read (屋我|地島, 烏帽子|岳).
_GLUED_LANDFORM = re.compile(r"[\u4e00-\u9fff]?[島山川岳岩湖]")
#: After one name word ending in 川/山/島 …: what is said of a river or a hill (銀山川にかかる橋, 最上川の流れ, 船通山の初雪).
_WATER_OR_HILL_AFTER = re.compile(r"(?:に(?:も)?(?:かかる|初雪|雪|架かる|架け|沿|注|登|のぼ)|沿い|の(?:流れ|水|川|河原|土手|堤防|ほとり|上流|下流|河口|対岸|灯り|"
                                  r"山頂|頂上|麓|ふもと|尾根|中腹|登山|初雪|雪|紅葉|稜線|島民|渡し|沖|浜|鮎|アユ|ヤマメ|イワナ|清流|祖母|祖父|実家)|を(?:渡|越え|登|望)"
                                  r"|で(?:鮎|アユ|釣り|泳|カヌー|川遊び)"
                                  r"|への(?:登山|登頂|ハイキング|遠足|渡し|フェリー)"
                                  r"|の(?:製塩所|集落|港|漁港|海岸|小学校|中学校|分校|灯台|定期船))")


#: Facility words of two or more kanji that end a place's name and no person's (千枚田, 公園, 温泉 …).
_FACILITY_ENDS = ("千枚田", "公園", "温泉", "古墳", "海峡", "渓谷", "高原", "商店街", "記念館", "資料館", "美術館", "博物館", "公民館",
                  "集会所", "水族館", "植物園", "動物園", "霊園", "伝承館", "交流館", "物産館", "段畑", "並木")


def rivers_and_hills(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span ending in 川/山/島 … with no honorific, before what is said of a river or a hill (銀山川にかかる橋,
    船通山にも初雪 — SudachiPy split 銀|山川 and 船|通山 and a rule read a name): the place, with the kanji glued before
    it. 例: 「銀山川にかかる橋」 → LOCATION 銀山川"""
    out = []
    for sp in spans:
        if sp.label != "PERSON":
            out.append(sp)
            continue
        suf = next((f for f in _FACILITY_ENDS if sp.text.endswith(f)), None) if sp.text.endswith(_FACILITY_ENDS) else None
        if suf is not None and len(sp.text) > len(suf) and _KANJI.fullmatch(sp.text):
            from tokumei.detect.recognizers.jp.location import FACILITY_SUFFIXES

            # 大山千枚田そばの小屋: a name read across a facility's last word (千枚田, 公園) is the facility
            out.append(Span("LOCATION", sp.start, sp.end, sp.text, 0.6, SOURCE, f"施設名（〜{suf}）",
                            data={"tier": 1, "kind": FACILITY_SUFFIXES[suf]}))
            continue
        if (_KANJI.fullmatch(sp.text) and (g := _GLUED_LANDFORM.match(text, sp.end)) is not None
                and _WATER_OR_HILL_AFTER.match(text, g.end())):
            sp = sp.with_(end=g.end(), text=text[sp.start:g.end()])  # 屋我|地島の祖母の家: the island's last kanji after the name
        if (sp.text[-1:] in "川山島湖浜岬池沼岩岳" and _KANJI.fullmatch(sp.text)
                and _WATER_OR_HILL_AFTER.match(text, sp.end)):
            a = sp.start
            while a > 0 and sp.start - a < 2 and _KANJI.fullmatch(text[a - 1]):
                a -= 1
            if len(text[a:sp.end]) >= 3:
                sp = Span("LOCATION", a, sp.end, text[a:sp.end], 0.6, SOURCE, "地名（川・山の名）＋その文脈",
                          data={"tier": 1, "kind": "landmark"})
        out.append(sp)
    return out
