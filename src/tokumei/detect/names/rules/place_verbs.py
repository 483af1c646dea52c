"""A bare name where only a place fits is a place: 「安慶名で開いた医院」「日立に住む」「#角館」「佐良浜」.

SudachiPy reads many small places as surnames (安慶名, 喜屋武), and the rules read a few cities as
the companies named after them (日立). What follows decides: people are not where one is born,
lives, or opens a shop (〜で生まれ, 〜で育ち, 〜で開いた, 〜で創業, 〜に住む, 〜に移住). Only spans the rules
are unsure of change (no honorific or title, score below 0.8): 「田中さんで始めた」 stays a person.
Verbs that also take a person (〜に店を任せ, 〜に嫁いだ, 〜に戻った) are not used.

例::

    >>> [s.label for s in places_by_verb("祖父が喜屋武で始めた店", [Span("PERSON", 3, 6, "喜屋武", 0.55, "x", "姓")])]
    ['LOCATION']
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.orgs import KNOWN_REASON
from tokumei.span import Span

_AFTER = re.compile(r"(?:で|では|でも)(?:開い|開業|開店|開院|創業|始め|営ん|営む|営業|生まれ|育っ|育ち|暮らし|暮らす|暮らして)"
                    r"|に(?:住む|住ん|住み|移り住|移住|引っ越|越して)"
                    # 秋の唐津くんち, 眉山の噴火: a town's festival, a mountain's eruption
                    r"|くんち|の噴火|の火口"
                    # 新白の辺りは夕方混みます, 黒崎・斎田あたりの中学生, 浜崎の路地に: where things are, not whose (stop 44,
                    # read dev wave 16: four small districts SudachiDict lists as surnames)
                    r"|の?(?:辺り|界隈|周辺|近辺|一帯)|あたり(?=[のでま]|から)|の(?:路地|集落|町並み|街並み|浜辺|沖合?)(?![一-龥々])"
                    # 奥住・気良の両集落: one of a pair of settlements
                    r"|・[一-龥々]{1,4}の?両(?:集落|地区)")
#: 中村の為松公園下の広場: the district a landmark stands in — after a person guess only (JR東日本の管轄駅で is the railway's).
_LANDMARK_AFTER = re.compile(r"の[一-龥々ァ-ヺー]{1,6}(?:公園|駅|漁港|神社|城跡|温泉|海岸|商店街|灯台)(?:下|前|裏|横|の|で|に|から|まで|へ)")
#: Organisations the rules name from a word list (よく知られた組織名: 日立) that are also places.
_KNOWN = KNOWN_REASON


#: A place word glued after a bare surname guess makes the whole a place (佐良|浜, 泉山|磁石場), unless a
#: person's honorific follows.
_SITE_AFTER = re.compile(r"(?:浜|港|漁港|岬|浦|崎|島|峠|湾|沢|谷|池|沼|滝|磁石場|採石場|窯跡|古墳|遺跡|城跡|海岸|海水浴場"
                         # 館鼻|岸壁, 城山|展望台, 臥龍|山荘, 春国|岱 (n-dev-233…252, measured first)
                         r"|岸壁|展望台|山荘|岱|湿原|渓谷|峡|城址|灯台|棚田|朝市|千枚田|大橋|河原)"
                         r"(?![一-龥々]|[ 　]?(?:さん|様|氏|君|くん|ちゃん|先生))")


#: The end of a name that only a place has (仁田峠, 厳原港: SudachiDict lists some as surnames).
_PLACE_END = ("峠", "港", "岬", "湾", "湖", "滝", "温泉", "電停", "集落", "海岸", "高原")
#: A mountain's, river's or island's end, a place when what follows is a place's context (球磨川の元船頭).
_LAND_END = ("山", "川", "島", "岳")


def _as_place(s: Span) -> dict:
    """The span's data with a place's kind; a person's parts and title go (they described a person)."""
    return {**{k: v for k, v in (s.data or {}).items() if k not in ("parts", "title")}, "kind": "place", "tier": 1}


#: What only a mountain, a river or an island is said to have (球磨川の元船頭, 法恩寺山が見える, 寒風山の峠): not the
#: location rule's broad contexts (〜の近く, 〜出身, 〜は…の), which a person's surname takes as well (長谷川の出身は).
_LAND_CONTEXT = re.compile(r"の(?:元)?船頭|の川下り|の渡し|の(?:アユ|鮎|ヤマメ|イワナ)|で(?:アユ|鮎)|で釣り|の釣り場|の峠|の草原|の山頂|の頂上|の雪解け|の噴火|の火口|の河口|の上流|の下流|の河原|"
                           r"の川岸|の河川敷|の堤防|の麓|のふもと|の中腹|の尾根|の登山|の水位|沿い|が見え|を越え|を越し|に登|を望|を眺め|を渡")


def places_by_verb(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with unsure PERSON spans (and well-known company names) made LOCATION (kind ``place``,
    score 0.6) where only a place fits: before a verb of place (安慶名で開いた), as a hashtag (#角館: a
    post tags places and topics, never a person without an honorific), and glued to a place word
    (佐良浜, 泉山磁石場: the span grows to take it in)."""
    out = []
    for s in spans:
        unsure = (s.label == "PERSON" and s.score < 0.8 and not (s.data or {}).get("title")
                  or s.label == "ORGANIZATION" and s.reason.startswith(_KNOWN))
        if unsure:
            site = _SITE_AFTER.match(text, s.end) if s.label == "PERSON" else None
            if s.label == "PERSON" and len(s.text) >= 3 and (s.text.endswith(_PLACE_END) or (
                    s.text.endswith(_LAND_END) and _LAND_CONTEXT.match(text, s.end))):
                s = s.with_(label="LOCATION", score=0.6, reason="地名（峠・港・〜川の文脈）", entity_id=None, data=_as_place(s))
            elif _AFTER.match(text, s.end) or (s.label == "PERSON" and (s.start and text[s.start - 1] in "#＃"
                                                                       or _LANDMARK_AFTER.match(text, s.end))):
                s = s.with_(label="LOCATION", score=0.6, reason="地名（〜で開いた・〜に住む・#タグ）", entity_id=None,
                            data=_as_place(s))
            elif site:
                s = s.with_(label="LOCATION", end=site.end(), text=text[s.start:site.end()], score=0.6, entity_id=None,
                            reason="地名（名前＋浜・港・岬 …）", data=_as_place(s))
        out.append(s)
    return _list_partners(text, spans, out)


def _list_partners(text: str, before: list[Span], after: list[Span]) -> list[Span]:
    """An unsure person guess written with ・ right before a name this pass made a place (黒崎・斎田あたり): the pair are
    both places."""
    made = {s.start for s, t in zip(before, after) if s.label == "PERSON" and t.label == "LOCATION"}
    if not made:
        return after
    return [t.with_(label="LOCATION", score=0.6, reason="地名（地名と並列）", entity_id=None, data=_as_place(t))
            if (t.label == "PERSON" and t.score < 0.8 and not (t.data or {}).get("title") and text[t.end:t.end + 1] == "・"
                and t.end + 1 in made) else t for t in after]
