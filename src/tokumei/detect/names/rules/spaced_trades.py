"""Businesses written as a trade word, a space and their own name (tier 1): 旅館 いさりび, 窯元 とうせん, ミルク工房 ゆきんこ,
菓子処 みつや, 魚問屋 かねと|さん, いんば食堂 ユーカリが丘店 (moved from :mod:`.business`, stop 33, when that module passed 470
lines).

The name runs after the space to a delimiter, or in kana to a particle; it ends before a particle inside it, before a
role word (店主, 担当) and before the shop's person (すし処 まつ勘|の|松本 勘太郎, 写真館 ひかり|の|森田さん), and it is no name
when it is a numeral, an addressee's word (御中) or a single common noun. The kind word stays in the anonymised text
(``kind_prefix``) unless it opens with a hiragana name (いんば|食堂), a proper noun that is no prefecture or country
(宮浦|レンタサイクル, 魚島|ゲストハウス: a place kept so was published; stop 37) or holds a legal form. A hiragana lead may
follow a particle (漆は|うるし工房 あさぎ), not an adjective or a verb there (は|おいしい|パン工房). Care kinds
(:data:`.shop_words.BARE_KINDS_ONLY`: こども園 じょうはな) are read only where no name stands before them.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "駅前の菓子処 みつやで買った。"
    >>> [s.text for s in spaced_trade_names(t, tokenize(t))]
    ['菓子処 みつや']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import LEGAL_MARK
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.places import coarse_kind
from tokumei.detect.names.rules.shop_words import (
    BARE_KINDS_ONLY, CARE_SPACED_KINDS, CASE as _CASE, GLUED_ONLY_KINDS, EVENT_NAME_END, HIRA as _HIRA, SHOP_WORD_ON as _SHOP_WORD_ON, SHOP_WORDS as _SHOP_WORDS, SPACED_KINDS as _SPACED_KINDS,
    STOP_NAME as _STOP_NAME,
    VENUE_PARTS as _VENUE_PARTS, one_common_noun as _one_common_noun,
)
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

#: A trade word (possibly ending a longer katakana one at the start of an item: ダイビングショップ), a space, then
#: the business's own name in any script up to a delimiter (鯛めし まつ乃」, 窯元 とうせん」, 宿 はまゆう（,
#: 豆腐工房 しろやまとして: a kanji compound at the start of an item too),
#: ダイビングショップ 石垣ブルーコーラル) or, in kana, up to a particle (旅館 いさりびに一泊).
_TRADE_WORDS = sorted((set(_SHOP_WORDS) - GLUED_ONLY_KINDS) | _SPACED_KINDS | BARE_KINDS_ONLY | CARE_SPACED_KINDS, key=len, reverse=True)
#: A particle (and what follows it) that ends a name after the kind word (旅館 いさりび|に一泊, 果物店 金橘行|にも).
_PARTICLE_AFTER = r"(?=として|から|まで|より|では|には|にて|など|にも|とも|でも|へも|[にでのをはがへと][^ぁ-ゖ])"
_SPACED_TRADE = re.compile(
    # (a hiragana lead after a particle too: 漆は|うるし工房 あさぎさん; stop 37, a-dev-676)
    r"(?:(?:(?<=[\s「『（(、。：:／/・|｜【】■◆●★☆のはがをにでともへ])|^)(?:[ぁ-ゖ]{2,5}(?<![のがをにでとはもへやな]))?[ァ-ヴー\u4e00-\u9fff]{0,8}?(?:[A-ZＡ-Ｚ][型]?[ァ-ヴー\u4e00-\u9fff]{0,4}?)?"
    r"|(?<![ァ-ヴー\u4e00-\u9fff]))"
    r"(?P<trade>" + "|".join(map(re.escape, _TRADE_WORDS)) + r")[ 　]"
    r"(?P<name>(?:[ぁ-ゖァ-ヴー\u4e00-\u9fff々]{2,12}?(?=さん|様|[（(、。，,\s」』！!？?)）】]|$))|(?:[ぁ-ゖー]{2,8}" + _PARTICLE_AFTER + r")"
    # (stop 34) a name with kanji or katakana before a particle (果物店 金橘行|にも, ギフトショップ 名瀬ゆらい|と)
    r"|(?:[ぁ-ゖァ-ヴー\u4e00-\u9fff々]*?[ァ-ヴー\u4e00-\u9fff々][ぁ-ゖァ-ヴー\u4e00-\u9fff々]*?" + _PARTICLE_AFTER + r"))",
    re.M)


#: A trade word and a space, as every match of :data:`_SPACED_TRADE` holds: searched first, since _SPACED_TRADE opens
#: with look-behinds ``re`` tries at every position of a text with a space.
_TRADE_THEN_SPACE = re.compile("(?:" + "|".join(map(re.escape, _TRADE_WORDS)) + ")[ 　]")
_NAME_TAILS = ("ほか", "など", "さん")
#: Titles of a person after a surname (stop 34: 五島ブルー海上タクシー 山下|船長): cut off, and a surname before one is
#: no shop's name.
_PERSON_TITLES = ("船長", "院長", "園長", "会長", "部長", "課長", "主任", "先生", "支配人", "運転手")
_ROLE_TAILS = ("店主", "店長", "代表", "社長", "女将", "オーナー", "内") + _PERSON_TITLES
#: A generation (三代目, 初代): in the kind part it makes a person's title (六代目蔵元 早坂俊介).
_GENERATION_RX = r"(?:初|[一二三四五六七八九十0-9０-９]+)代"
_GENERATION = re.compile(_GENERATION_RX + "目?")
#: Names that are no business's own (stop 34): an address or a station after the kind word (丸伊商店　安房鴨川駅|から,
#: …ファーム　北海道沙流郡…), a generation (和菓子屋 三代目の嫁).
_NOT_OWN_NAME = re.compile(r"^(?:北海道|東京都|京都府|大阪府|.{2,3}県)|(?:駅|港|空港|バス停|インター)$|^" + _GENERATION_RX + "目")
_GIVEN_AFTER = re.compile(r"[ 　]([一-龥々]{1,3}?)(?:氏|様|君|殿)?(?![一-龥々])")  # (中村 公子|氏)
_ROLE_WORDS = ("担当", "事務局", "広報", "総務", "受付", "窓口", "代表", "店主", "店長")
#: Katakana after の: a dish or a thing (しおさい|の|タコ飯), not the rest of a name (杜の器, 谷瀬の家).
_KATA_IN = re.compile(r"[ァ-ヴ]")
_CUT_WORDS = frozenset("です でした でし だ ます から まで より として にて".split())


#: Words written after a business's name in a letter's address, not a name (御中, 様, 各位).
_ADDRESSEE_WORDS = frozenset("御中 様 殿 宛 宛て 各位 さま 行 係".split())
#: A legal form inside the kind part: the whole is one company's name, the pseudonym does not keep a part of it.


def _named_lead(kind: str, start: int, toks: list[Token]) -> bool:
    """The kind part opens with a hiragana name (いんば|食堂), not a hiragana trade SudachiDict knows (すし|処, そば|処)."""
    lead = _HIRA.match(kind)
    if lead is None:
        return False
    end = start + lead.end()
    return not any(t.start == start and t.end == end and t.pos[1] == "普通名詞" for t in toks)


def _proper_lead(text: str, start: int, trade: int, toks: list[Token]) -> bool:
    """The kind part ``text[start:trade]`` before the trade word opens with a proper noun (宮浦|レンタサイクル,
    魚島|ゲストハウス, 吉良川|食堂): a place or a name that must not stay in the text as the kind word (stop 37: a place
    kept so was published)."""
    if trade <= start or coarse_kind(text[start:trade]) is not None:
        return False  # 徳島ラーメン, 台湾ラーメン: a prefecture or a country names a style, and publication keeps it
    return any(t.pos[1] == "固有名詞" or t.oov for t in toks if start <= t.start < trade)


def spaced_trade_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """Names written after a trade word and a space (see :data:`_SPACED_TRADE`): not one dictionary common
    noun (工房 見学), not particles (カフェ など)."""
    if _TRADE_THEN_SPACE.search(text) is None:
        return
    for m in _SPACED_TRADE.finditer(text):
        a, b = m.span("name")
        inside = [t for t in toks if a <= t.start and t.end <= b]
        # 杜|の|器: の + a short word to the end stays in the name
        # (an all-hiragana name keeps its の: ちゃのま, ゆきのした — the regex already ended it before a particle)
        hira_name = _HIRA.fullmatch(text[a:b]) is not None
        # 魚問屋 かねと|さん: a hiragana name the honorific ends is whole, whatever particles SudachiPy reads in it (か|ね|と)
        called = hira_name and text.startswith(("さん", "様"), b)
        cut = None if called else next((t.start for t in inside[1:] if (t.surface in _CASE and not (t.surface == "の" and hira_name)
                                                  and not (t.surface == "の" and 0 < b - t.end <= 3
                                                                                  and not _HIRA.search(text[t.end:b])
                                                                                  and not _KATA_IN.search(text[t.end:b])))
                    or t.surface in _CUT_WORDS), None)
        if cut is None and (text.startswith(("さん", "様"), b)
                            or ((g := _GIVEN_AFTER.match(text, b)) is not None and "名" in person_readings(g.group(1)))):
            # 写真館 ひかり|の|森田さん, すし処 まつ勘|の|松本 勘太郎: の and a surname before an honorific or a given name
            # are the shop's person, not its name
            cut = next((u.start for k, u in enumerate(inside[1:-1], 1) if u.surface == "の"
                        and inside[k + 1].pos[:4] == ("名詞", "固有名詞", "人名", "姓") and inside[-1].end == b), None)
        if cut is None and b - a >= 3 and text[b:b + 1] in "、，,。" and (
                hira_name and b - a >= 4 and text[b - 1] in "はがをも" or not hira_name and text[b - 1] in "はがをもや"
                and not _HIRA.match(text, b - 2)):
            # 塩工房 なみのおと|は、: SudachiPy read おとは as one word; 酒屋 小玉屋|や、: a particle before a comma ends
            # no name (a hiragana name keeps its や: はとのや、)
            cut = b - 1
        if cut is not None:  # 旅館 いさりび|に一泊, 工房 見学|は予約制です: the name ends at the particle
            b = cut
            inside = [t for t in inside if t.end <= b]
        if text[a:b].endswith(_NAME_TAILS) and b - a >= 4:
            b -= 2  # ブックス とんぼ|ほか, 食堂 かもめ|さん: the list's or the honorific's word is not the name
        elif (w := next((w for w in _ROLE_TAILS if text.endswith(w, a, b) and b - a > len(w) + 1), None)) is not None:
            b -= len(w)  # （カレー食堂 ベンガル|店主）, 機屋 なかじま|内: the person's role or "inside" is not the name
            if w in _PERSON_TITLES and "姓" in person_readings(text[a:b]):
                continue  # 海上タクシー 山下|船長: a surname and the person's title, no shop's name
        name = text[a:b]
        if m.group("trade") in CARE_SPACED_KINDS and (not re.match(r"[ぁ-ゖァ-ヴ]", name) or re.match(r"[ぁ-ゖ・]", text[m.start() - 1 : m.start()]) or (
                re.match(r"[ァ-ヴ]", name) and _one_common_noun(toks, a, b))):
            continue  # (a care body's name in kana only: 市民活動センター 担当, 事業所 前, 支援センター　コーディネーター are no names;
            # and its kind word opens it: 事業承継・引継ぎ|支援センター オホーツクサテライト is a longer body's branch)
        if (not inside or len(name) < 2 or all(t.pos[1] == "数詞" or t.pos[2] == "助数詞" for t in inside) or name in _STOP_NAME or name in _SHOP_WORD_ON or name in _SHOP_WORDS
                or name in _VENUE_PARTS or (_one_common_noun(toks, a, b) and inside[0].pos[2] != "一般")
                or (all(t.pos[0] in ("助詞", "助動詞") for t in inside) and not called)
                or any(t.pos[0] == "動詞" and not _HIRA.fullmatch(name) for t in inside)):
            continue
        if len(name) > 12 or _NOT_OWN_NAME.search(name) or EVENT_NAME_END.search(name) or _GENERATION.search(text, m.start(), a):
            continue  # (六代目蔵元 早坂俊介: a generation in the kind part makes it the person's title; 吉岡宿 蔵まつり: an event)
        if len(inside) == 2 and inside[0].pos[3:4] == ("姓",) and inside[1].pos[3:4] == ("名",):
            continue  # 蔵元 早坂俊介: a surname and a given name, a person
        if name in _ADDRESSEE_WORDS or name.endswith(_ROLE_WORDS):
            continue  # 株式会社グリーンファーム 御中, …ファーム 営業担当: the addressee's or a role's word, no name
        given = _GIVEN_AFTER.match(text, b)
        if (given is not None and (inside[0].pos[3:4] == ("姓",) or "姓" in person_readings(name))
                and "名" in person_readings(given.group(1))):
            continue  # しらはた農園　白旗 克也: the signature's person (surname, space, given name) after the business
        start = m.start()
        lead = _HIRA.match(text, start, a)
        if lead is not None and start and text[start - 1] in "はがをにでともへ":  # a kana lead after a particle
            if not any(t.end == start and t.pos[0] == "助詞" for t in toks):
                continue  # 日和佐に|ほんご教室: the "particle" is the first letter of a kana word, no lead opens there
            if any(t.pos[0] in ("形容詞", "動詞", "助動詞", "副詞", "連体詞") or (t.pos[0] == "助詞" and t.start == start)
                   for t in toks if start <= t.start < lead.end()):
                start = lead.end()  # は|おいしい|パン工房 むぎ: after a particle, an adjective is no name before the kind word
        trade = m.start("trade")
        if m.group("trade") in BARE_KINDS_ONLY and start < trade:
            continue  # ひかりのもり|こども園 中川: the nursery's own name ends at the kind word, the person follows
        kind = text[start:a]
        # (a hiragana lead is the business's own name, no kind: いんば食堂 ユーカリが丘店 is replaced whole)
        data = {"tier": 1} if LEGAL_MARK.search(kind) or _named_lead(kind, start, toks) or _proper_lead(text, start, trade, toks) else {
            "tier": 1, "kind_prefix": kind, "core": name}
        # 染織工房 あおい|さん: the honorific is said to the shop — above the person rule's name + さん (0.9)
        score = 0.92 if text.startswith(("さん", "様"), b) else 0.6
        yield Span("ORGANIZATION", start, b, text[start:b], score, SOURCE, "業種の語＋空白＋名前", data=data)
