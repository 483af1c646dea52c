"""Place rules of tier 1: words SudachiPy's dictionary tags as Japanese place names (名詞-固有名詞-地名-一般:
渋谷, 仙台, 白馬, 慶良間) are LOCATION, with a place word written on (吉野|川, 波野|村, 品川|埠頭).

The regex finder :mod:`tokumei.detect.recognizers.jp.location` sees municipalities (KEN_ALL) and
names with a place suffix in context; this rule adds the bare place names only the dictionary knows.
Prefectures (愛知県, 東京), countries (地名-国: ベトナム) and regions wider than a prefecture (北陸, 九州) are
LOCATION too, with ``data["coarse"] = True`` and kind ``prefecture``/``country``/``region``: the grain
``publication`` keeps (:mod:`tokumei.anonymize.places` leaves them as written), while ``redact`` and
``internal`` can still hide a foreign worker's country. Not reported: a country inside a compound
(日本語, 日本酒 are single tokens), a katakana place glued to another katakana word. Katakana cities abroad (ハノイ, サンパウロ) are places
like Japanese ones: a foreign worker's home town can single them out. A bare place name is
a place, not a person; the score (0.5) is below a name with an honorific, so 渋谷さん stays a person.

``data["prefecture"]`` is set when the name + 市/区/町/村 is one municipality in KEN_ALL
(仙台 → 仙台市 → 宮城県), and then ``kind`` is ``municipality``.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [(s.text, s.data["kind"]) for s in places(tokenize("吉野川の上流、白馬に移住した"))]
    [('吉野川', 'river'), ('白馬', 'municipality')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from tokumei.detect.geo import PREFECTURE_STEMS, PREFECTURES
from tokumei.detect.names.rules.base import COUNTED, SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: A place word SudachiPy keeps as a separate common noun after the name → kind.
PLACE_WORDS: dict[str, str] = {
    "川": "river", "山": "mountain", "岳": "mountain", "島": "island", "湾": "bay", "港": "port", "湖": "lake",
    "岬": "cape", "峠": "pass", "村": "town", "町": "town", "埠頭": "port", "温泉": "onsen", "公園": "park",
    "城": "castle", "駅": "station", "高原": "highland", "海岸": "beach", "半島": "peninsula",
}

_JP = re.compile(r"[\u4e00-\u9fff々ヶぁ-ゖ]+(?:[ノケ][\u4e00-\u9fff々]+)*")  # 西ノ島, 関ケ原
_KATA_PLACE = re.compile(r"[ァ-ヴー]{3,}")
_HIRA_WORD = re.compile(r"[ぁ-ゖー]+")

#: After the place name these make it part of something else: a prefecture (東京|都), a people (京都|人)…
_NOT_AFTER = frozenset("都 府 県 道 人 語 弁 風 系 産 流 派 家 氏 さん 様".split())

#: Nouns glued on that make a name of another kind (仙台藩, 江戸時代, 宝塚歌劇, 九州大会, 足立教会); a
#: katakana word glued on too (くまもとアートポリス). Other nouns keep the place inside a longer name
#: (両国|国技館): better replaced than left, and an organisation rule's longer span wins anyway.
_GLUED_NOT = frozenset("藩 時代 期 大会 歌劇 教会 幕府 朝 王朝 弁 料理 焼 焼き 選手権 杯 賞 線 方式 型 版".split())

#: Words tagged as places that are more often something else here (王子 the title).
_NOT_PLACE = frozenset("王子 大和 日本 本土 内地 清水 三代 二代 四代 五代 初代 "  # 山の清水, 三代目
                       "若葉 青葉 若草 平和 桜 緑 栄 旭 希望".split())  # 若葉学級, 平和公園: ward names that are ordinary words alone


#: Prefecture names with and without 都/府/県 (the set the places rules test a word against).
_PREFS = frozenset(PREFECTURE_STEMS) | frozenset(PREFECTURES)


def _prefectures() -> frozenset[str]:
    """Prefecture names with and without 都/府/県 (geo's constants: the gazetteer's 47 are the same names)."""
    return _PREFS


#: Regions wider than one prefecture: kept like prefectures (not finer places such as 湘南 or 三河).
COARSE_REGIONS = frozenset("北海道 東北 関東 北関東 南関東 首都圏 甲信越 信越 北陸 中部 東海 近畿 関西 京阪神 中国地方 "
                           "四国 九州 北九州地方 南九州 沖縄 山陰 山陽 東日本 西日本 日本海側 太平洋側 "
                           # and the world's (stop 44: 「ヨーロッパと東アジアと北米に輸出」 became 「（地名）と（地名）と（地名）」)
                           "アジア 東アジア 東南アジア 南アジア 中央アジア 中東 ヨーロッパ 欧州 北欧 東欧 西欧 南欧 北米 南米 中南米 "
                           "アフリカ 北アフリカ オセアニア".split())

#: Glued after a country these make a compound, not the place (ベトナム人, ブラジル料理).
_COUNTRY_GLUED = frozenset("人 語 系 風 料理 製 産 式 流 茶 酒 食 車 籍 一".split())


def _town_not_state(t: Token) -> bool:
    """One kanji SudachiDict tags as a country (an ancient Chinese state) that names a town of Japan: 燕 (燕市; stop 38,
    a-dev-50 and 101: 「燕の和菓子店」 was kept as a country in the published text)."""
    from tokumei.detect.geo import gazetteer

    return len(t.surface) == 1 and t.pos[3] == "国" and gazetteer().names_municipality(t.surface + "市")


_HIRA_WORD = re.compile(r"[ぁ-ゖー]+")


def _coarse(toks: list[Token], i: int, prefs: frozenset[str]) -> Span | None:
    """A prefecture, country or wide region at token ``i`` (kept by ``publication``), else None."""
    t = toks[i]
    n = len(toks)
    glued = toks[i + 1] if i + 1 < n and toks[i + 1].start == t.end else None
    if _town_not_state(t):
        return None
    if t.pos[2] == "地名" and t.pos[3] == "国":
        if glued is not None and glued.surface in _COUNTRY_GLUED:
            return None
        if _HIRA_WORD.fullmatch(t.surface) and t.surface not in ("にほん", "にっぽん"):
            return None  # 「とうじょうまわり号」: とう in hiragana is no 唐, the town 東城's reading opens there (stop 44)
        if len(t.surface) == 1 and glued is not None and glued.pos[1] == "数詞":
            return None  # 泰|三会長, 英|二さん: a one-kanji country before a numeral starts a given name
        kind, end, text = "country", t.end, t.surface
    elif t.surface in prefs or t.surface in COARSE_REGIONS:
        kind = "prefecture" if t.surface in prefs else "region"
        end, text = t.end, t.surface
        if glued is not None and glued.surface in ("県", "府", "都") and t.surface + glued.surface in prefs:
            end, text = glued.end, t.surface + glued.surface  # 静岡|県
        elif glued is not None and glued.surface in _NOT_AFTER | _GLUED_NOT:
            return None
    else:
        return None
    return Span("LOCATION", t.start, end, text, 0.5, SOURCE, "都道府県・国・広域の地名（公開用では残す）",
                data={"kind": kind, "coarse": True, "tier": 1})


def places(toks: list[Token]) -> Iterator[Span]:
    """LOCATION spans of dictionary place names in ``toks`` (offsets into the tokenized text)."""
    from tokumei.detect.geo import gazetteer

    prefs: frozenset[str] | None = None
    n = len(toks)
    for i, t in enumerate(toks):
        if t.pos[1] != "固有名詞" or t.pos[2] != "地名":
            continue
        if prefs is None:
            prefs = _prefectures()
        if (c := _coarse(toks, i, prefs)) is not None:
            yield c
            continue
        if t.pos[3] != "一般" and not _town_not_state(t):
            continue
        if _KATA_PLACE.fullmatch(t.surface):
            # ハノイ, サンパウロ: a city abroad (a foreign worker's home town can single them out)
            nxt = toks[i + 1] if i + 1 < n and toks[i + 1].start == t.end else None
            if not ((i > 0 and toks[i - 1].end == t.start and _KATA_PLACE.fullmatch(toks[i - 1].surface))
                    or (nxt is not None and (_KATA_PLACE.fullmatch(nxt.surface) or nxt.surface in _NOT_AFTER
                                             or nxt.surface in _GLUED_NOT or nxt.surface in ("・", "＝")))):
                yield Span("LOCATION", t.start, t.end, t.surface, 0.5, SOURCE, "地名（辞書・カタカナ）",
                           data={"kind": "place", "tier": 1})
            continue
        if not _JP.fullmatch(t.surface):
            continue
        if t.surface[-1] in "市区町村郡":
            continue  # a municipality: the KEN_ALL finder (jp.location.v1) reports it, and yields to 大阪市が (自治体)
        if t.surface in prefs or t.surface in _NOT_PLACE or (i + 1 < n and toks[i + 1].surface in _NOT_AFTER):
            continue
        if COUNTED.fullmatch(t.surface) and i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].pos[0] == "名詞":
            continue  # 五本|盛り, 三本|木 read as a count: a number and its counter before a noun, no place
        if (i + 1 < n and toks[i + 1].start == t.end
                and (toks[i + 1].surface in _GLUED_NOT or re.fullmatch(r"[ァ-ヴー・]+", toks[i + 1].surface))):
            continue  # 仙台|藩, 宝塚|歌劇, 江戸|時代: part of a name of another kind
        if i > 0 and toks[i - 1].end == t.start and _JP.fullmatch(toks[i - 1].surface) and toks[i - 1].pos[0] == "名詞":
            continue  # inside a longer noun (the regex finder or an organisation rule sees the whole)
        if (_HIRA_WORD.fullmatch(t.surface) and i + 1 < n and toks[i + 1].start == t.end
                and _HIRA_WORD.match(toks[i + 1].surface) and toks[i + 1].pos[0] not in ("助詞", "名詞")):
            continue  # かわば|た (かわばた): a kana place word cut from a longer kana word (a name, a verb)
        end, kind, data = t.end, "place", {}
        if i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].surface in PLACE_WORDS:
            end, kind = toks[i + 1].end, PLACE_WORDS[toks[i + 1].surface]
        if kind == "place":
            for suf in "市区町村":
                found = gazetteer().candidates(t.surface + suf)
                if len({c.prefecture for c in found}) == 1:
                    kind, data = "municipality", {"prefecture": found[0].prefecture, "suffix": suf}
                    break
        data["kind"] = kind
        data["tier"] = 1
        text = t.surface if end == t.end else t.surface + toks[i + 1].surface
        yield Span("LOCATION", t.start, end, text, 0.5, SOURCE, "地名（辞書）", data=data)


#: After a katakana name, words that only a place takes (ボッテンドルフを通って, フランケンベルクに至る,
#: ブリュマトとは19.5km, クリーサップの街).
_PLACE_AFTER = re.compile(
    r"(?:に至る|に至り|に至った|を通って|を通り|を経て|を経由|に入り|に入る|に入った|に上陸|に侵攻|を占領|に駐屯|に到着|"
    r"を出発|に移住|に位置|に遷都|を首都|の近郊|の郊外|の対岸|の街(?![一-龥])|の町(?![一-龥])|の村(?![一-龥])|の港(?![一-龥])|の首都|の市内|近郊|郊外|対岸|"
    r"とは[0-9０-９]|まで[0-9０-９]|から[0-9０-９]+(?:\.[0-9]+)?(?:km|キロ)|出身|在住|で生まれ|に生まれ)")
#: ジンジャへ after 「カンパラから」: from one place to another.
_FROM_BEFORE = re.compile(r"(?:から|より)$")
_TO_AFTER = re.compile(r"(?:へ|まで|に至)")
_HONORIFIC_AFTER = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|殿|先生|選手|監督|教授)")
_KATA_RUN = re.compile(r"[ァ-ヴー]+(?:[・＝=][ァ-ヴー]+)*")


def katakana_places(text: str, toks: list[Token]) -> Iterator[Span]:
    """LOCATION spans for katakana names no dictionary knows as places, in a context only a place takes
    (ボッテンドルフを通って, カンパラからジンジャへ): above the bare katakana person guesses (a person is not
    passed through). Not before an honorific (the context words never follow one).

    例: ``[s.text for s in katakana_places(t, tokenize(t))]`` with t = 「マールブルクからフランケンベルクに至る」 → ['フランケンベルク']
    """
    if _PLACE_AFTER.search(text) is None and not (("から" in text or "より" in text) and _TO_AFTER.search(text)):
        # a name is reported only when some run of it is in a place's context (``found``): a match of
        # _PLACE_AFTER after it, or から/より before and _TO_AFTER after; with neither anywhere in the
        # text there is none (most sentences: the token loop below cost ≈ 7 µs per GSD sentence)
        return
    n = len(toks)
    i = 0
    runs: list[tuple[int, int, str]] = []
    found: set[str] = set()
    while i < n:
        t = toks[i]
        if not _KATA_RUN.fullmatch(t.surface):
            i += 1
            continue
        j = i + 1  # katakana tokens glued, joined by ・ ＝ (ヴィサン|ブール, プラン=レ=ズゥアト)
        while j < n and toks[j].start == toks[j - 1].end and re.fullmatch(r"[ァ-ヴー・＝=]+", toks[j].surface):
            j += 1
        a, b = t.start, toks[j - 1].end
        run = toks[i:j]
        i = j
        word = text[a:b]
        if not _KATA_RUN.fullmatch(word) or len(word) < 3 or (a and re.match(r"[ァ-ヴー・＝=]", text[a - 1])):
            continue
        if any(x.pos[2] == "地名" for x in run) or all(x.pos[1] == "普通名詞" and not x.oov for x in run):
            continue  # a dictionary place (places() reports it) or an ordinary katakana word (ホテル, センター)
        runs.append((a, b, word))
        if _PLACE_AFTER.match(text, b) or (_FROM_BEFORE.search(text, max(0, a - 2), a) and _TO_AFTER.match(text, b)):
            found.add(word)
    for a, b, word in runs:
        # every mention of a name once written as a place (ジンジャがあり … カンパラからジンジャへ)
        if word in found and not _HONORIFIC_AFTER.match(text, b):
            yield Span("LOCATION", a, b, word, 0.86, SOURCE, "カタカナの地名（場所の文脈: 〜を通って・〜に至る …）",
                       data={"kind": "place", "tier": 1})


#: Kinds of roadside station written alone (近くの道の駅で休憩): no station's name. Shared by the
#: model tier and anonymize's dictionary places.
ROADSIDE_KINDS = frozenset("道の駅 海の駅 川の駅 みなとの駅".split())


@lru_cache(maxsize=4096)
def coarse_kind(word: str) -> str | None:
    """``"prefecture"``, ``"country"`` or ``"region"`` when ``word`` alone is one (the grain ``publication``
    keeps), else None. 例: ``coarse_kind("韓国") == "country"``, ``coarse_kind("釜山") is None``"""
    # (_tokenize, not tokenize: the thread's one-text cache holds the document the tiers share)
    from tokumei.detect.names.tokens import _tokenize

    if word in _prefectures():
        return "prefecture"
    if word in COARSE_REGIONS:
        return "region"
    if len(word) > 12:
        return None
    toks = _tokenize(word, False)
    if len(toks) == 1 and toks[0].pos[1:4] == ("固有名詞", "地名", "国") and not _town_not_state(toks[0]):
        return "country"
    return None


def country_compound(word: str) -> bool:
    """True for a country with a word glued on that makes a style, a people or a dish (韓国風, ベトナム人,
    タイ料理): no place. 例: ``country_compound("韓国風") is True``, ``country_compound("韓国") is False``"""
    for g in _COUNTRY_GLUED:
        if len(word) > len(g) and word.endswith(g) and coarse_kind(word[: -len(g)]) == "country":
            return True
    return False


#: Around a dictionary place that is also a surname, what marks a person: their kin after の (隼人の祖父), or a
#: desk or a staff before の and a request after (編集部の大須賀まで).
_KIN_AFTER = re.compile(r"の(?:祖父|祖母|父|母|息子|娘|妻|夫|兄|姉|弟|妹|孫|長男|長女|次男|次女|家族|おじいちゃん|おばあちゃん|お父さん|お母さん)")
_DESK_BEFORE = re.compile(r"(?:部|課|係|局|室|店|会|事務所|担当)の$")
_REQUEST_AFTER = re.compile(r"(?:まで|に|へ|から|が)")
#: (stop 41, read dev wave 13: 大浜先生, 宮原宅にて, 団長の平良より — the island surnames SudachiDict knows as places)
#: a teacher's title or a home after the word, or a role and の before a sign-off's より.
_PERSON_AFTER = re.compile(r"(?:先生|宅(?:にて|で|へ|に|を|から|まで|[、。）)\n]|$))")
_ROLE_OF_BEFORE = re.compile(r"(?:団長|会長|代表|部長|委員長|班長|隊長|事務局長|監督|主将|座長|塾長|園長|店主|店長|係|担当)の$")
_SIGN_OFF = re.compile(r"より[。\s]|より$|まで[。\s]")


def dictionary_places_as_people(text: str, spans: list[Span]) -> list[Span]:
    """A dictionary place (地名（辞書）) that SudachiDict also lists as a surname or a given name, said the way a person
    is (隼人の祖父, 編集部の大須賀までお寄せください, 大浜先生, 宮原宅にて, 団長の平良より): the person.
    例: 「編集部の大須賀まで」 → PERSON 大須賀"""
    from tokumei.detect.names.tokens import person_readings

    out = []
    for s in spans:
        if (s.label == "LOCATION" and s.reason == "地名（辞書）" and person_readings(s.text)
                and (_KIN_AFTER.match(text, s.end)
                     or (_DESK_BEFORE.search(text, max(0, s.start - 5), s.start) and _REQUEST_AFTER.match(text, s.end))
                     or _PERSON_AFTER.match(text, s.end)
                     or (_ROLE_OF_BEFORE.search(text, max(0, s.start - 5), s.start) and _SIGN_OFF.match(text, s.end)))):
            s = Span("PERSON", s.start, s.end, s.text, 0.6, SOURCE, "人名（地名と同じ字、人の文脈）", data={"tier": 1, "parts": []})
        out.append(s)
    return out
