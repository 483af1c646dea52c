"""Edges and filters of the learned tier's spans (:mod:`tokumei.detect.names.model`), applied before
rule and model spans combine: the rules' edges (form labels, honorifics, counts after a place), the
rules' filters (products, katakana words cut in two), events, public systems, a municipality before a
product. Each is a pure function of the text (and tokens); the numbers behind them are in docs/names.md.

例::

    >>> _trim("フリガナ：ナカヤマ", "PERSON", 0, 9)
    (5, 9)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from tokumei.detect.names.rules.vetoes import not_a_name as rule_veto
from tokumei.detect.names.lexicon import CORE_HONORIFICS, INTERJECTIONS, is_cultivar, is_product
from tokumei.detect.names.rules.org_words import _PLACE_END  # words that end a place, not a body: 神社, 駅, 城
from tokumei.detect.names.rules.base import MUNICIPALITY_DOT, jm_types
from tokumei.detect.names.rules.lists import _KIN
from tokumei.detect.names.rules.places import ROADSIDE_KINDS
from tokumei.detect.geo import PREFECTURES
from tokumei.detect.names.tokens import Token


#: Model LOCATION and PERSON spans made only of common nouns need a probability ≥ 0.99 (都道府県 or
#: 名 in a table header is not a place or a person; on GSD dev this changes no hit, docs/names.md).
NEED_PROPER = True
PROPER_LABELS = frozenset({"LOCATION", "PERSON"})


def _name_like(t: Token) -> bool:
    return t.pos[1] == "固有名詞" or t.oov or bool(_KATA_LATIN.fullmatch(t.surface))


_KATA_LATIN = re.compile(r"[ァ-ヴー・A-Za-zＡ-Ｚａ-ｚ]+")

#: SudachiDict parts of speech no name is made of alone: particles, auxiliaries, verbs, adjectives,
#: adverbs, interjections, conjunctions, adnominals, symbols. Trained on hand-written text, where kana
#: shop names stand before 」 and at line ends, the model sometimes tags the kana word there
#: (「…思っとった」 → た, 「…食えるのか」 → のか, ありがとう」): a span of only such tokens is no name.
_GRAMMAR_POS = frozenset({"助詞", "助動詞", "動詞", "形容詞", "副詞", "感動詞", "接続詞", "連体詞", "補助記号", "空白",
                          "接尾辞"})


#: Grammar a name never starts with (a particle or an auxiliary the CRF took in before it: の|暮らし, た|餅加工グループ);
#: not か, と, も, に, は, で or が, which SudachiPy also cuts off the head of a kana name (か|いけ交通).
_LEAD_GRAMMAR = frozenset({"助詞", "助動詞", "連体詞"})
_LEAD_SURFACES = frozenset({"の", "へ", "を", "た", "だ", "この", "その", "あの", "どの"})  # この|まち: a demonstrative
#: Grammar a name never ends with: particles (not や or の: かどや and 〜の are kana names' endings), auxiliaries,
#: verbs, punctuation (電話|か, 記録|しましょう, キリ|。).
_TAIL_GRAMMAR = frozenset({"助詞", "助動詞", "動詞", "補助記号"})
_TAIL_KEEP = frozenset({"や", "の", "ノ", "ヤ"})


def grammar_edges(toks: Sequence[Token], starts: list[int], a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without whole grammar tokens at either edge (see :data:`_LEAD_GRAMMAR`, :data:`_TAIL_GRAMMAR`); a
    token the span cuts is left alone. 例: tokens の|暮らし|へ → 暮らし; 電話|か → 電話"""
    i = bisect_left(starts, a)
    while i < len(toks) and toks[i].start == a and toks[i].end < b and toks[i].pos[0] in _LEAD_GRAMMAR \
            and toks[i].surface in _LEAD_SURFACES:
        a = toks[i].end
        i += 1
    j = bisect_left(starts, b) - 1
    while j >= 0 and toks[j].end == b and toks[j].start > a and toks[j].pos[0] in _TAIL_GRAMMAR and not toks[j].oov \
            and toks[j].surface not in _TAIL_KEEP:
        b = toks[j].start
        j -= 1
    return a, b


_HIRA_AT = re.compile(r"[ぁ-ゖ]")
#: Rooms of a hall or a centre, numbered or by their use (第2研修室, 多目的室, 会議室B): what the CRF reads as a body.
_ROOM = re.compile(r"(?:第?[0-9０-９一二三四五六七八九十]+)?(?:研修|多目的|会議|講習|視聴覚|調理|相談|和|洋|応接|談話|学習|集会|休憩|"
                   r"控え|更衣|医務|創作|工作|音楽|図書|娯楽|機能訓練|訓練|大会議|小会議|中会議)室[A-ZＡ-Ｚ0-9０-９]?")


def after_topic(toks: Sequence[Token], starts: list[int], a: int, b: int) -> int:
    """Where an organisation the CRF read over a topic particle starts (文具屋|も|末広文具店 → 末広文具店; stop 45, read
    anonymize dev): a は or も token (係助詞) inside the span with two letters or more after it ends the sentence's
    words before the name. 例: tokens 文具|屋|も|末広|文具|店 → the start of 末広"""
    i = bisect_left(starts, a)
    while i < len(toks) and toks[i].end < b:
        t = toks[i]
        if (t.start > a and t.pos[1] == "係助詞" and t.surface in ("は", "も") and b - t.end >= 2
                and not _HIRA_AT.match(toks[i - 1].surface[-1:]) and not _HIRA_AT.match(toks[i + 1].surface[:1])):
            a = t.end  # (between two words of kanji or katakana only: やまも|と歯科医院, 株式会社|は|ちろう潟アグリ and
            # 遠州|は|まな信用金庫 are kana names SudachiPy cut)
        i += 1
    return a


def grammar_only(toks: Sequence[Token]) -> bool:
    """Every token is a function or inflecting word (no noun, no unknown word): not a name.

    例: 「思っとった」の た, 「ありがとう」 → True; 「すえひろ」 (名詞) → False
    """
    return bool(toks) and all(t.pos[0] in _GRAMMAR_POS and not t.oov for t in toks)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces and brackets the token run may have taken in at its edges."""
    while a < b and (text[a].isspace() or text[a] in "「『（(・|｜"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "」』）)・|｜"):
        b -= 1
    return a, b


#: Quote brackets: no name runs across one (the CRF, trained on 「shop」 names, sometimes does).
_QUOTE_INSIDE = re.compile(r"[「」『』【】〈〉《》]")
#: A space and then a prefecture: an address written after the name on the same line (店名　島根県…).
_SPACE_THEN_PREFECTURE = re.compile("[ \u3000]+(?=" + "|".join(sorted(PREFECTURES, key=len, reverse=True)) + ")")
#: A form label before a colon (フリガナ：, 氏名：) is never part of a name: a name has no colon.
_LABEL_COLON = re.compile(r"[：:]\s*")
#: A place followed by a count of prefectures or countries (北陸3県, 関東1都6県, 東南アジア5か国) is the
#: place alone: the count is no part of its name (the rules' places.py says 北陸, a region).
_PLACE_COUNT = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+(?:都|道|府|県|州|[かヶカケ]国))+$")
_CORE_HONORIFIC = re.compile("(?:" + "|".join(sorted(CORE_HONORIFICS, key=len, reverse=True)) + ")$")
_KATA = re.compile(r"[ァ-ヺー]")


#: A school then 卒/卒業 (高校卒, 大学卒業): the graduation is no part of the school's name.
_SCHOOL_GRADUATE = re.compile(r"((?:学校|高校|大学|学院|学園|高専|短大|中学|小学))卒(?:業)?$")


#: An event's head word at the end of a model LOCATION (鷹ノ巣山まつり, 浜名湖マラソン): cut off, the place stays.
_EVENT_AFTER_PLACE = re.compile(r"(?:の[^、。「」]{0,6}?)?(?:まつり|祭り|祭|マラソン|駅伝|大会|花火大会|フェス|フェスタ|フェスティバル|"
                                r"マルシェ|朝市|夜市|ウォーク|ラリー|トレイル|レース|音楽祭|映画祭|芸術祭|市民祭)")


def _trim(text: str, lab: str, a: int, b: int) -> tuple[int, int]:
    """Edges the CRF takes in that the rules never do: a form label (「フリガナ：」ナカヤマ ユウコ), a
    trailing honorific on a person (たけ「ちゃん」, as the rules' nickname rule), a count after a place
    (北陸「3県」), 卒 after a school (県立〇〇高校「卒」: SudachiPy makes 高校卒 one token, the rules cut it).
    例: ``_trim("フリガナ：ナカヤマ", "PERSON", 0, 9) == (5, 9)``"""
    colon = None
    for m in _LABEL_COLON.finditer(text, a, b):
        colon = m
    if colon is not None and colon.end() < b:
        a = colon.end()
    m = _SPACE_THEN_PREFECTURE.search(text, a + 1, b)
    if m:
        b = m.start()  # 銀細工 ほしあかり「　島根県大田市…」: a name ends before an address written after a space
    q = _QUOTE_INSIDE.search(text, a + 1, b)
    if q:
        b = q.start()  # ヤマイチ」こと森田燃料店: a name ends at a quote bracket, never runs across it
    for op, cl in (("（", "）"), ("(", ")")):
        k = text.find(op, a, b)
        if k > a and text.find(cl, k, b) < 0:
            b = k  # 藤枝（ふじえだ: a name runs up to its reading's bracket, never into half of it
    if lab == "PERSON":
        m = _CORE_HONORIFIC.search(text, a, b)
        if m and m.start() > a:
            b = m.start()
    elif lab == "ORGANIZATION":
        m = _SCHOOL_GRADUATE.search(text, a, b)
        if m and m.start() > a:
            b = m.end(1)
    elif lab == "LOCATION":
        if text.startswith("停", b) and text.endswith("バス", a, b):
            b += 1  # 風連中央バス|停: SudachiPy cuts バス停 in two (stop 44, read anonymize dev wave 16)
        m = _PLACE_COUNT.search(text, a, b)
        if m and m.start() > a:
            b = m.start()
        m = _EVENT_AFTER_PLACE.search(text, a, b)
        if m and m.start() - a >= 2 and m.end() == b:
            b = m.start()  # 鷹ノ巣山「まつり」, 浜名「の海中道路マラソン」: the event named after the place is not the place
        m = MUNICIPALITY_DOT.match(text, a, b)
        if m and m.end() < b:
            b = m.end() - 1  # 【支援事例】遠野市「・写真館」: a heading's municipality, then the trade (stop 41)
    return a, b


#: A name ending in one of these is an event, not an organisation (移住相談会, 夏祭り, 全国大会: GSD
#: train labels every such span EVENT, none ORG; 会議 stays, GSD calls 〜会議 bodies ORG). マルシェ since stop 30: no
#: organisation of the hand-written dev ends in it, and 「鞆の浦みなとマルシェ」を開きます is an event held.
_EVENT_END = re.compile(r"(?:相談会|説明会|勉強会|交流会|懇親会|発表会|講演会|展示会|大会|祭り?|フェア|セミナー|"
                        r"フェスティバル|フェス|イベント|キャンペーン|マルシェ)$")


#: Ends of ordinary nouns that still belong to a place's name (沼田|駅, 岩国|温泉, 宮津|湾).
_PLACE_WORD = re.compile(r"(?:" + "|".join(_PLACE_END) + r"|市|区|町|村|郡|湾|湖|峡|谷|温泉|空港|港|岬|半島|海岸|高原|平野|"
                         r"盆地|館|場|園|所|ホテル|病院|センター|ホール|通り|街|道|台|坂|浜|沢|池|森|宮|社|院)$")


def _place_then_product(toks: Sequence[Token], starts: list[int], places, a: int, b: int) -> int:
    """End of a model LOCATION that is a municipality (SudachiDict 地名 and KEN_ALL) followed only by
    ordinary nouns that are no part of a place (沼田|こんにゃく, 宮津|ブレンド): the product after the
    place is not the place. 例: 名物の沼田こんにゃく焼き → LOCATION「沼田」"""
    i = bisect_left(starts, a)
    if i >= len(toks) or toks[i].start != a:
        return b
    head = toks[i]
    if not (head.pos[1] == "固有名詞" and head.pos[2] == "地名" and ({"c", "s"} & set(places(head.surface)))):
        return b
    rest = [t for t in toks[i + 1:] if t.start < b]
    if rest and all(t.pos[1] == "普通名詞" and not _PLACE_WORD.search(t.surface) for t in rest):
        return head.end
    return b


#: Names of public systems and identifiers in 社労士/総務 texts (SudachiDict has マイナンバー as a
#: proper noun) and era names: they name no one (the rules' orgs._NOT_ORG holds the era names too).
_PUBLIC_SYSTEMS = frozenset("マイナンバー マイナンバーカード マイナポータル マイナ保険証 e-Tax eLTAX e-Gov ねんきんネット "
                            "ジョブカード 明治 大正 昭和 平成 令和".split())


#: A count of companies, shops or people (約120社 — the model read it as an organisation, p 0.53).
_COUNT_ONLY = re.compile(r"(?:約|およそ|計|全|延べ|のべ)?[0-9０-９,，一二三四五六七八九十百千万]+(?:社|店|店舗|人|名|件|軒|校|団体)")
#: Characters that count or number what the digits before them give (号線, 丁目, 番地, 階, 代目).
_COUNTERS = frozenset("号線丁番階代年月日時分条区期回部棟室")


_DIGIT = re.compile(r"[0-9０-９]")
_CITY_SPACE = re.compile(r"([\u4e00-\u9fff々ヶ]{1,5}[市町村])[ \u3000]")


def _city_then_words(text: str, m: re.Match, b: int) -> bool:
    """A KEN_ALL municipality, a space, then only common nouns up to ``b``."""
    from tokumei.detect.geo import gazetteer

    from tokumei.detect.names.tokens import tokenize

    if not gazetteer().candidates(m.group(1)):
        return False
    rest = tokenize(text[m.end() : b])
    return bool(rest) and all(t.pos[1] == "普通名詞" for t in rest)


def _not_a_name(text: str, lab: str, a: int, b: int) -> bool:
    """The rules' filters applied to a model span: a product used as a tool (LINE, kintone — the
    rules' :data:`~tokumei.detect.names.lexicon.PRODUCTS`), an organisation cut out of a longer
    katakana word (ソフトバンクモバイル|オフィス, a service: the rules' business.py does not read a
    katakana brand + オフィス as an office either), an event read as an organisation (:data:`_EVENT_END`)."""
    if is_product(text[a:b]) or is_cultivar(text, a, b):
        return True
    if lab == "ORGANIZATION" and _ROOM.fullmatch(text[a:b]):
        return True  # 第2研修室, 多目的室: a room of a venue, no body (stop 45, read anonymize dev)
    if a > 0 and text[a - 1].isdigit() and text[a] in _COUNTERS:
        return True  # 国道9|号線, 3|丁目: a counter after a number starts no name
    if _COUNT_ONLY.fullmatch(text, a, b):
        return True  # 約120社, 30店: how many, not which
    if lab == "ORGANIZATION" and _EVENT_END.search(text, a, b):
        return True
    if text[a:b] in _PUBLIC_SYSTEMS or text[a:b] in INTERJECTIONS:
        return True  # (さあ、今日のスタジオには: the model's organisation 0.52)
    if rule_veto(text, lab, a, b):
        return True  # ordinary words and places the rules know (rules/vetoes.py: 日時, 部署, 仙台市青葉区)
    if lab == "PERSON" and _DIGIT.search(text, a, b):
        return True  # 梶原トミさん（満100歳）: an age, no name (stop 43, read names dev wave 15)
    if lab == "ORGANIZATION" and (m := _CITY_SPACE.match(text, a, b)) and _city_then_words(text, m, b):
        return True  # 都留市 地域づくり|推進課: a city and its section's ordinary words, the place rules' (stop 43)
    return (lab == "ORGANIZATION" and b < len(text) and bool(_KATA.match(text, b))
            and bool(_KATA.match(text, b - 1)))


#: Kinds of place written alone (近くの道の駅で休憩): no place's name.
_KIND_OF_PLACE = ROADSIDE_KINDS | frozenset("駅前 駅ビル 駅舎 商店街 公民館 市役所 役場".split())


_FOUNDER_BEFORE = re.compile(r"(?<![一-龥々])(?:組合立|[国県府都道市区町村私公]立)$")


#: A member's or head's title, or a count of companies, the model took in at an organisation's end.
_TITLE_END = re.compile(r"(?:議員|審判員|知事|市長|町長|村長|区長|(?<=[室部課局所店団])長|社長|会長|理事長|委員長|"
                        r"次官|長官|大臣|総裁|理事|監督|選手|[0-9０-９]+社)$")


#: Ends of a temple's or shrine's name (not 寺, 宮 or 堂: 小野寺, 二宮, 藤堂 are surnames).
_TEMPLE_ENDS = ("院", "神社")


def _after_kin(text: str, a: int, b: int) -> int:
    """Start of a person the model found, moved past a relation word before the surname (社長の父|宮内 清):
    only when the rest up to the space is a surname in JMnedict and the whole is not (妹尾, 母袋 stay whole).
    例: ``_after_kin("父宮内 清", 0, 6) == 1``"""
    first = re.match(r"[^\s　]+", text[a:b])
    for k in (2, 1):
        if first and text[a:a + k] in _KIN and len(first.group(0)) - k >= 2:
            rest, whole = first.group(0)[k:], first.group(0)
            if "s" in jm_types(rest) and "s" not in jm_types(whole):
                return a + k
    return a


def _body_end(text: str, a: int, b: int) -> int:
    """End of an organisation the model found without a member's title or a count glued after it
    (広島県議会議員 → 広島県議会; 対策室長 → 対策室). 例: ``_body_end("北浜県議会議員", 0, 7) == 5``"""
    m = _TITLE_END.search(text, a, b)
    if m is None and text.endswith("校区", a, b) and b - a >= 4:
        return b - 1  # 若草台小学校|区: the school's district is no part of the school (stop 43)
    return m.start() if m and m.start() - a >= 2 and not text[a:m.start()].endswith(("の", "・")) else b


def _founder_start(text: str, a: int) -> int:
    """Start of an organisation the model found, moved back over a founder's word glued before it
    (国立|青少年教育振興機構 → 国立青少年教育振興機構). 例: ``_founder_start("県立ひばり高校", 2) == 0``"""
    m = _FOUNDER_BEFORE.search(text, max(0, a - 4), a)
    return m.start() if m else a
