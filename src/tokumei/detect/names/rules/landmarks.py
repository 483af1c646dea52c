"""Places named by a distance: the noun compound before 「から車で10分」「から歩いて5分」 is a place.

Case studies locate a business by a landmark and a travel time (「白壁土蔵群から歩いて5分」,
「谷瀬の吊り橋から車で10分」, 「おがみ山公園の下」 is left to other rules). The landmark's name is
often made of common nouns (白壁 土蔵 群) or is unknown to SudachiPy, and the place-suffix rules of
:mod:`tokumei.detect.recognizers.jp.location` need a suffix they know. The distance context is the
evidence here: what stands right before it is where one starts from. Generic starting points (自宅,
本社, 最寄り駅, 駅前, 市街地 …) are no name; a single common noun is none either (会社から車で10分);
a proper noun, a word SudachiPy does not know, or a compound of two or more nouns of four characters
or more is. 「X の Y」 joins when Y is a landmark's kind (谷瀬の吊り橋, 甚六桜の並木 → 甚六桜).

Score 0.6 with kind ``landmark``: above a bare surname guess (谷瀬 as a person, 0.55), below a name
with an honorific (谷瀬さんから車で: the honorific breaks the run, nothing is found).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "白壁土蔵群から歩いて5分の酒蔵"
    >>> [s.text for s in distance_places(t, tokenize(t))]
    ['白壁土蔵群']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import CORE_HONORIFICS
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: から + a means of travel + a time or distance, or から + a distance + a place after it (digits may be read as 5/５ here).
_NUM = r"\s*(?:約|およそ|ほぼ|わずか)?\s*[0-9０-９一二三四五六七八九十]+\s*"
_DISTANCE = re.compile(r"(?:から(?:でも|は|なら)?|まで(?:の|は)?)\s*(?:"  # (まで: 空港まで車で20分; stop 42)
                       # a time needs a means of travel (営業開始時刻から10分遅れた is no place)
                       r"(?:車|徒歩|歩いて|歩き|バス|電車|自転車|タクシー|船|フェリー|高速|JR)\s*(?:で)?" + _NUM
                       + r"(?:分|キロ|km|ｋｍ|メートル|m(?![a-zA-Z])|ｍ)"
                       # a distance alone needs a place after it (駅から300メートルの, 港から2キロ先)
                       r"|" + _NUM + r"(?:キロ|km|ｋｍ|メートル|m(?![a-zA-Z])|ｍ)(?:ほど|くらい|ぐらい)?(?:の|に|先|離れ)"
                       # 噴泉池までの約800メートル: a distance to a place says where it is (stop 42, read anonymize dev)
                       r"|(?<=までの)" + _NUM + r"(?:キロ|km|ｋｍ|メートル|m(?![a-zA-Z])|ｍ))")
#: Starting points that name no place.
GENERIC = frozenset(
    "自宅 実家 本社 本店 支店 会社 職場 事務所 工場 店 お店 店舗 当店 当社 弊社 うち ここ そこ あそこ こちら 現地 学校 "
    "駅 最寄り駅 最寄駅 最寄りの駅 駅前 駅前広場 空港 港 インター IC 高速 市内 市街 市街地 中心部 中心街 都心 町 町中 "
    "市役所 役場 役所 県庁 病院 家 家族 自分 私 僕 国道 県道 バス停 停留所 ターミナル 中心 東京 大阪 都市部 "
    "インターチェンジ スマートインター 高速道路 入口 出口 登山口 駐車場 ホテル 宿 会場 現場 自社 本部 施設 "
    # where one goes to (駅から直売所までは徒歩15分, スキー場まで車で10分: まで since stop 42)
    "直売所 スキー場 キャンプ場 ゴルフ場 海水浴場 畑 田んぼ 海 山 山頂 頂上 観光地 売店 売り場 市場 漁港 体育館 公民館 "
    "集会所 保育園 幼稚園 小学校 中学校 高校 大学 スーパー コンビニ 道の駅 田舎 都会 隣町 現地".split())
#: Generic starting points written after a qualifier (JR最寄り駅, 町の中心部).
_GENERIC_HEADS = ("最寄り駅", "最寄駅", "駅前", "中心部", "市街地", "中心街")
#: 「X の Y」: Y a kind of landmark, so X の Y is one place (谷瀬の吊り橋); X alone otherwise.
_KIND_AFTER_NO = frozenset("吊り橋 吊橋 橋 鳥居 並木 滝 大木 一本杉 大杉 灯台 展望台 大仏 観音 石碑 記念碑 渡し 棚田 湧水 "
                           "桜並木 大銀杏 大楠 海岸 浜 岬 峠 城跡 古墳 遺跡 池 沼 湖 川 港 駅 寺 神社 "
                           # 立佞武多の館, ふれあいの里, 鎮守の森: a hall, a village or a wood named with の
                           "館 里 森 郷 広場 丘 "
                           # 白壁の町並み, モネの庭, 滝の湯 (stop 27)
                           "町並み 街並み 庭 湯 "
                           # 青の洞門, 塩俵の断崖, 万治の石仏 (stop 42, read anonymize dev)
                           "洞門 洞窟 断崖 石仏 岩屋 干潟 小径".split())
_CONTENT = ("名詞", "接頭辞", "接尾辞")
#: the plain honorifics and the titles a person is called by before から (椎野先生から車で)
_HONORIFICS = CORE_HONORIFICS | {"先生", "社長", "会長"}


def _noun(t: Token) -> bool:
    return t.pos[0] in _CONTENT and t.pos[1] not in ("数詞", "代名詞") and not re.fullmatch(r"[0-9０-９]+", t.surface)


def _run_before(toks: list[Token], j: int) -> int:
    """Index of the first token of the glued noun run ending just before token ``j``."""
    i = j
    while i > 0 and _noun(toks[i - 1]) and (i == j or toks[i].start == toks[i - 1].end):
        i -= 1
    while i < j and toks[i].pos[0] == "接尾辞":
        i += 1  # a run does not start with a suffix
    return i


#: Landmark kinds the place recogniser names with their kind (:mod:`tokumei.detect.recognizers.jp.location`), which
#: anonymize generalises keeping the kind word: a near-context span must not take them over.
_KIND_KNOWN = ("橋", "神社", "公園", "鳥居", "寺", "院", "宮", "城", "駅", "港", "茶屋街", "商店街", "通り", "温泉", "大社", "神宮")
_LANDMARK_LAST = frozenset("坂 岩 林 館 橋 滝 跡 森 池 沼 岬 峠 塚 碑 門 蔵 堂 杉 松 桜".split())


def _named(run: list[Token]) -> bool:
    """A proper noun, an unknown word, or a compound of 2+ nouns and 4+ characters (白壁土蔵群)."""
    if any(t.pos[1] == "固有名詞" or t.oov for t in run):
        return True
    # two nouns that are no generic starting point (本社工場 is none: 本社, 工場)
    if sum(t.pos[0] == "名詞" and t.surface not in GENERIC for t in run) >= 2 and sum(len(t.surface) for t in run) >= 4:
        return True
    # 土管坂, 美人林, がんぼう岩, どんでん館: a word of two or more characters and a landmark's last kanji
    word = "".join(t.surface for t in run)
    return len(word) >= 3 and word[-1] in _LANDMARK_LAST and len(run) >= 2 and run[0].surface not in GENERIC


#: Where a thing stands next to a landmark (有壁宿本陣の向かい, がんぼう岩を見上げる, 錦帯橋側へ): the same evidence
#: as a distance, for the same kind of name (a proper noun, an unknown word, a long compound). Not の上/の下 (〜の下で
#:学ぶ: under a person) nor の前に (実績報告の前に: before a time).
_NEAR = re.compile(r"の(?:すぐ|少し|ちょっと)?(?:近く|向かい|手前|裏|裏手|入口|入り口|脇|隣|そば|ふもと|麓|たもと)(?:に|で|の|です|、|。|\s)"
                   r"|の(?:目の)?前(?:です|で|の[店家宿]|、|。)"
                   # (stop 42) 拍子水の少し手前, 独鈷の湯から橋を渡って
                   r"|を(?:見上げ|見下ろ|過ぎ|抜け|渡っ|渡り|望む|眺め)|側へ|から一本|から川沿い|から坂|から海沿い|から橋を渡")
_NEAR_GATE = re.compile("の(?:すぐ|少し|ちょっと)?(?:前|目の前|近く|向かい|手前|裏|入|脇|隣|そば|ふもと|麓|たもと)|を(?:見|過|抜|渡|望|眺)|側へ|から|まで")


def distance_places(text: str, toks: list[Token]) -> Iterator[Span]:
    """LOCATION spans (kind ``landmark``) for the place right before a distance (…から車で10分) or a word of where
    something stands beside it (…の向かい, …を見上げる)."""
    if _NEAR_GATE.search(text) is None:
        return
    starts = {t.start: k for k, t in enumerate(toks)}
    found = [*((m, False) for m in (_DISTANCE.finditer(text) if "から" in text else ())), *((m, True) for m in _NEAR.finditer(text))]
    for m, near in found:
        j = starts.get(m.start())
        if j is None or j == 0 or toks[j - 1].end != m.start():
            continue
        i = _run_before(toks, j)
        if i == j:
            continue
        run = toks[i:j]
        if any(t.surface in _HONORIFICS for t in run):
            continue  # 椎野さんから車で: a person's place, named by the person
        a = run[0].start
        word = text[a : m.start()]
        # 「X の Y」 with Y a landmark's kind: the whole is the place (谷瀬の吊り橋)
        if word in _KIND_AFTER_NO and i >= 2 and toks[i - 1].surface == "の" and toks[i - 1].start == toks[i - 2].end:
            k = _run_before(toks, i - 1)
            x = text[toks[k].start : toks[i - 1].start] if k < i - 1 else ""
            if len(x) >= 2 and x not in GENERIC and text[toks[k].start - 1 : toks[k].start] not in ("之", "ノ", "ヶ"):
                a, run, word = toks[k].start, toks[k:j], text[toks[k].start : m.start()]
        if word in GENERIC or word.endswith(_GENERIC_HEADS):
            continue
        if near and word.endswith(_KIND_KNOWN):
            continue  # かもめ橋のたもと, 白鷺神社の鳥居の前: the place rules know the kind and keep it (地元の橋)
        if not _named(run):
            continue
        yield Span("LOCATION", a, m.start(), word, 0.6, SOURCE, "場所の名前（〜の向かい・〜を見上げる）" if near
                   else "場所の名前（〜から車で・歩いて何分）", data={"kind": "landmark", "tier": 1, **({"near": True} if near else {})})
