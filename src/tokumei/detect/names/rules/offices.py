"""Professional offices named after their founder's surname and their field (tier 1): 望月労務オフィス,
佐野経営サポート室, 高橋会計ラボ; and shops named by their trade and the family's name in kana: 精肉のとごう,
お菓子のさかい, メガネのヨシダ.

The organisation rules know 〜事務所 after a surname and a profession (土居税理士事務所) and a kana name before
オフィス (おおわだ労務オフィス); a kanji surname, a field of work and a katakana or 室 ending was left as the person
alone (「望月労務オフィス」 → 「A氏労務オフィス」 on a fresh hand-written document, a-dev-264). The surname must be one
SudachiDict lists as 姓 (``tokens.person_readings``) and the field one of :data:`FIELDS`, so that ordinary compounds
(本社オフィス, 駅前オフィス) are not names.

A shop called 〈trade〉の〈name in kana〉 is how the town names it (都甲 大地（精肉のとごう）, a-dev-273). The kana
word must be a name to SudachiDict (人名) or no common noun (とごう, うさみ): お菓子のまち, パンのみみ are words.

Stop 27 added the family businesses of the fresh dev batches, each a pattern with a check:

* a surname + a food or trade + 店/商店/舗, a family's yard, a surname + crop + 園, a surname + katakana + 堂, a surname
  + 丸 (:func:`surname_trade_shops`: 高橋もち店, 浜崎造船所, 黒木マンゴー園, 赤木ベンガラ堂, 山本丸) — the surname SudachiDict's
  姓 whose first entry is no common noun (not 老舗, 大手), and a yard not named after a town (江南造船所);
* 〈trade〉の〈kanji surname〉園 (茶の坂元園), and a kind phrase + space + the shop's name, quoted or opening a line
  (「柿の家 たちばな」, でんがく処 松月: :func:`quoted_kind_names`);
* a hiragana name right before a trade (:func:`kana_trade_names`: さわだ青果, 「ひがしの果樹園」, くすのき建築設計).

例::

    >>> [s.text for s in surname_trade_shops("・高橋もち店（小出）")]
    ['高橋もち店']
    >>> [s.text for s in kana_trade_names("設計は松江市のしらかし建築設計（担当 森山）")]
    ['しらかし建築設計']
    >>> [s.text for s in field_offices("社労士 望月 哲也（望月労務オフィス・富士宮市）")]
    ['望月労務オフィス']
    >>> [s.text for s in trade_kana_shops("都甲 大地（精肉のとごう）")]
    ['精肉のとごう']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.town_echoes import names_municipality
from tokumei.detect.names.tokens import dictionary_entries, person_readings
from tokumei.span import Span

#: Fields of an adviser's or maker's office (a 士業 or consultant's trade).
FIELDS = ("労務", "人事労務", "人事", "経営", "会計", "税務", "法務", "財務", "労働", "社労士", "税理士", "行政書士", "司法書士",
          "診断士", "設計", "建築", "保険", "不動産", "測量", "特許", "総合", "FP", "ＦＰ", "キャリア", "事業承継", "相続", "登記")
#: Endings of such an office that are not among the organisation suffixes (事務所 is, and is handled there).
ENDINGS = ("オフィス", "サポート室", "研究室", "ラボ", "パートナーズ", "コンサルティング", "コンサルタンツ", "サポート",
           "相談室", "センター")
_RE = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{1,3}?)(" + "|".join(sorted(FIELDS, key=len, reverse=True))
                 + r")(" + "|".join(sorted(ENDINGS, key=len, reverse=True)) + ")")


#: A field then an ending, as literals: searched first (no look-behind), since most texts have none.
_GATE = re.compile("(?:" + "|".join(sorted(FIELDS, key=len, reverse=True)) + ")(?:"
                   + "|".join(sorted(ENDINGS, key=len, reverse=True)) + ")")


def field_offices(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for a surname + a field + an office's ending (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    for m in _RE.finditer(text):
        if "姓" in person_readings(m.group(1)):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.75, SOURCE,
                       f"姓＋分野＋「{m.group(3)}」", data={"tier": 1})


#: Trades a small shop is called by before の and its family's name (精肉のとごう, メガネのヨシダ).
TRADES = ("精肉", "お肉", "鮮魚", "お魚", "青果", "果物", "くだもの", "お菓子", "菓子", "和菓子", "洋菓子", "パン", "手芸", "メガネ",
          "めがね", "眼鏡", "時計", "お茶", "茶", "お米", "米", "ふとん", "布団", "呉服", "きもの", "着物", "印章", "はんこ", "文具",
          "靴", "くつ", "電器", "でんき", "洋品", "毛糸", "豆腐", "とうふ", "味噌", "みそ", "漬物", "金物", "くすり", "写真", "家具",
          "畳", "たたみ", "花", "お花", "酒", "お酒", "陶器", "器", "干物", "かまぼこ", "そば", "うどん", "お茶と海苔", "海苔")
_TRADE_RE = re.compile(r"(?:(?<=[\s、。「『（(・：:／/])|^)(?:" + "|".join(sorted(map(re.escape, TRADES), key=len, reverse=True))
                       + r")の([ぁ-ゖー]{2,5}?|[ァ-ヴー]{2,6})(?=[\s、。」』）)（(・]|の|です|さん|で|$)", re.M)


def _kana_name(word: str) -> bool:
    entries = [p[:4] for p in dictionary_entries(word)]
    if any(p[2] == "人名" for p in entries):
        return True
    return not any(p[:2] == ("名詞", "普通名詞") for p in entries)  # (うさみ: a proper noun of another kind, still a name)


_TRADE_GATE = re.compile("(?:" + "|".join(sorted(map(re.escape, (*TRADES, "肉")), key=len, reverse=True)) + ")の[ぁ-ゖァ-ヴ\u4e00-\u9fff]")


#: 〈trade〉の〈kanji surname〉園 (茶の坂元園): the same shape in kanji, for a farm's name. (Without 園 — 文具の小野寺
#: 店主 — the trade word stays and the surname is the person's, as before; 和菓子の亀甲堂 is 亀甲堂.)
_TRADE_SURNAME_RE = re.compile(r"(?:(?<=[\s、。「『（(・：:／/旧])|^)(?:" + "|".join(sorted(map(re.escape, (*TRADES, "肉")), key=len, reverse=True))
                               + r")の([\u4e00-\u9fff々ヶ]{2,3}?)(園|本舗)(?=[\s、。」』）)（(・]|の|です|さん|で|は|が|に|$)", re.M)


def trade_kana_shops(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for 〈trade〉の〈kana name〉 (see the module docstring)."""
    if _TRADE_GATE.search(text) is None:
        return  # (a literal scan first: most texts have no trade word before の and kana)
    for m in _TRADE_RE.finditer(text):
        if _kana_name(m.group(1)):
            yield Span("ORGANIZATION", m.start(), m.end(1), text[m.start():m.end(1)], 0.7, SOURCE,
                       "業種＋の＋かなの名前（屋号）", data={"tier": 1})
    for m in _TRADE_SURNAME_RE.finditer(text):
        if _surname_first(m.group(1)):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, "業種＋の＋姓（屋号）", data={"tier": 1})


#: Shop kinds written in katakana at the head of a quoted name (「バーバー潮風」, 「ベーカリー麦笛」, 「スナック花」).
_KATA_KINDS = ("バーバー", "ベーカリー", "カフェ", "キッチン", "ビストロ", "スナック", "ゲストハウス", "ペンション", "ブティック",
               "ヘアサロン", "サロン", "パティスリー", "ブーランジェリー", "トラットリア", "ダイナー", "ファーム")
_KIND_ALT = "|".join(sorted(_KATA_KINDS, key=len, reverse=True))
_QUOTED_KIND_HEAD = re.compile(rf"「((?:{_KIND_ALT})[・ ]?([\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z]{{1,10}}))」")


#: A kind phrase that ends in a shop's word, a space, then the shop's own name, quoted or opening a line
#: (「柿の家 たちばな」, 「精肉と惣菜 やまむろ」, 産直ふれあい館 つばき): the words before the space say what it is.
_KIND_END = ("(?:の家|館|処|屋|店|庵|亭|惣菜|料理|食堂|工房|茶屋|本舗|商店|直売所|市場|そば|うどん|菓子|の宿|呉服|焼き|焼|鮮魚|精肉|"
             "青果|酒|餅|もち|パン|寿司|鮨|すし|おでん|やきとり|焼鳥|ラーメン|ホルモン|喫茶|珈琲|コーヒー|豆富|豆腐|とうふ)")
_QUOTED_SPACED = re.compile(r"(?:「|^[・･\-－■●◆]?[ \u3000]?)([^「」\s、。：:・／/【】（）()]{0,8}" + _KIND_END + r"[ \u3000]([ぁ-ゖー]{2,6}|[ァ-ヴー]{2,8}|[\u4e00-\u9fff々]{1,4}|[ぁ-ゖ]{1,4}[\u4e00-\u9fff々]{1,2}))"
                            r"(?=」|（|\(|\u3000|\n|$)", re.M)


def quoted_kind_names(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for a quoted name that opens with a shop's kind in katakana (「バーバー潮風」 is the barber's
    shop, a-dev-300): the kind word says what the quote names."""
    if "「" not in text and " " not in text and "\u3000" not in text:
        return
    for m in _QUOTED_SPACED.finditer(text):
        rest = m.group(2)
        kanji_rest = re.fullmatch(r"[\u4e00-\u9fff々]+", rest) is not None
        if rest in ("さん", "さま", "様") or (kanji_rest and rest[0] in "一二三四五六七八九十百千万両") or (
                (text[m.start()] != "「" or kanji_rest) and any(p[:2] == ("名詞", "普通名詞") for p in dictionary_entries(rest)[:1])):
            continue  # 手作りの店 おみやげ opening a line: a common word names no one (quoted, it is the shop's name)
        yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.65, SOURCE, "業種の語＋空白＋名前（屋号）",
                   data={"tier": 1})
    for m in _QUOTED_KIND_HEAD.finditer(text):
        rest = m.group(2)
        if len(rest) < 2 or (re.fullmatch(r"[ァ-ヴー]+", rest) and any(p[:2] == ("名詞", "普通名詞") for p in dictionary_entries(rest))):
            continue  # 「キッチンカー」, 「カフェタイム」: a kind and a common word, no shop's name
        yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.65, SOURCE, "「」の中の業種の語＋名前",
                   data={"tier": 1})


#: Foods a family shop is named by after the family's surname (高橋もち店, 佐藤豆腐店), besides :data:`TRADES`; a
#: family's yard is named the same way (浜崎造船所) — not after a navy or a city (海軍造船所: GSD's places).
_FOODS = ("もち", "餅", "だんご", "団子", "せんべい", "煎餅", "まんじゅう", "饅頭", "とうふ", "こんにゃく", "蒲鉾", "佃煮", "鮮魚",
          "すし", "寿司", "鮨", "天ぷら", "焼き鳥", "やきとり", "精米", "牛乳", "新聞", "燃料", "酒類")
_SHOP_TRADE = "|".join(sorted(map(re.escape, (*TRADES, *_FOODS)), key=len, reverse=True))
_SURNAME_SHOP = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{2,3}?)(?:(?:" + _SHOP_TRADE + r")(?:店|商店|舗)|造船所|造船場|鉄工場)"
                           r"(?![主長員頭内先舗])")
#: A surname, a crop in kana and a farm's word (黒木マンゴー園, 佐藤いちご園): the family's farm.
_SURNAME_FARM = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{2,3})([ァ-ヴー]{2,6}|[ぁ-ゖ]{2,4})(?:果樹園|農園|園|ファーム|牧場|堂|舎|工房|本舗)")
#: A family's boat or the shop named after it (山本丸の山本です, 金目鯛の山本丸): a surname and 丸 before a particle.
_SURNAME_MARU = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{2,3})丸(?=[のはがをにでとも、。）)」』\s]|$)")
#: Words SudachiDict may list as surnames that say the size or place of a business (大手造船所, 地元牧場).
_NOT_FAMILY = frozenset("大手 中小 地元 老舗 県内 市内 町内 村内 近所 民間 国内 海外 全国 各地 大型 小型 新規 既存 個人".split())
#: Literal gates, one per pattern, searched before the patterns (which open with look-behinds ``re`` tries everywhere).
_SURNAME_SHOP_GATE = re.compile("(?:" + _SHOP_TRADE + r")(?:店|商店|舗)|造船所|造船場|鉄工場")
_SURNAME_FARM_GATE = re.compile(r"[ァ-ヴーぁ-ゖ](?:果樹園|農園|園|ファーム|牧場|堂|舎|工房|本舗)")
_SURNAME_MARU_GATE = re.compile(r"[\u4e00-\u9fff々ヶ]丸")


def surname_trade_shops(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for a surname, a food or trade and 店/商店/舗, or a yard (高橋もち店 on a list of the town's shops,
    a-dev-328: SudachiPy reads もち as a suffix, and the name was left as the person 高橋 alone). The surname must be
    one SudachiDict lists as 姓, as in :func:`field_offices`.

    例: ``[s.text for s in surname_trade_shops("・高橋もち店（小出）")] == ["高橋もち店"]``"""
    for m in _SURNAME_FARM.finditer(text) if _SURNAME_FARM_GATE.search(text) else ():
        w, crop = m.group(1), m.group(2)
        if re.fullmatch(r"[ぁ-ゖ]+", crop):
            entries = dictionary_entries(crop)
            if not entries or entries[0][0] != "名詞":
                continue  # 堀越|のさとう|果樹園, 40年見|てきた|牧場: no crop between, a phrase
        if _surname_first(w):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, "姓＋作物＋園（農園の名前）", data={"tier": 1})
    for m in _SURNAME_MARU.finditer(text) if _SURNAME_MARU_GATE.search(text) else ():
        if _surname_first(m.group(1)):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.65, SOURCE, "姓＋丸（船・屋号）", data={"tier": 1})
    for m in _SURNAME_SHOP.finditer(text) if _SURNAME_SHOP_GATE.search(text) else ():
        w = m.group(1)
        if m.group().endswith(("造船所", "造船場", "鉄工場")) and names_municipality(w, ("市", "町", "村", "区")):
            continue  # 江南造船所: a yard named after its town is a place (GSD's FAC), not a family's business
        if _surname_first(w):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, "姓＋品目＋店（屋号）", data={"tier": 1})


def _surname_first(word: str) -> bool:
    """A surname to SudachiDict whose first entry is no common noun (黒木 yes; 老舗 — a surname somewhere, a common
    word first — no; nor 大手 or 地元)."""
    entries = dictionary_entries(word)
    return word not in _NOT_FAMILY and "姓" in person_readings(word) and not (entries and entries[0][:2] == ("名詞", "普通名詞"))


#: Trades a family's name in hiragana comes right before (さわだ青果, ひがしの果樹園, くすのき建築設計).
_KANA_TRADES = ("青果", "果樹園", "農園", "商店", "精肉店", "鮮魚店", "酒店", "工務店", "製麺所", "豆腐店", "菓子店", "米店", "茶園",
                "養蜂園", "醸造", "酒造", "製菓", "水産", "鉄工所", "建設", "印刷", "写真館", "畳店", "生花店", "花店", "時計店",
                "眼鏡店", "文具店", "家具店", "建具店", "建築設計", "設計室", "設計事務所", "経営相談室", "相談室", "相談所")
_KANA_TRADE = re.compile(r"(「)?(?:(?<=[\u4e00-\u9fff々]の)|(?<![ぁ-ゖァ-ヴー\u4e00-\u9fff々]))([ぁ-ゖ]{2,5})(" + "|".join(sorted(_KANA_TRADES, key=len, reverse=True))
                         + r")(?![\u4e00-\u9fff々])")
_KANA_TRADE_GATE = re.compile("[ぁ-ゖ](?:" + "|".join(sorted(_KANA_TRADES, key=len, reverse=True)) + ")")


def kana_trade_names(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for a hiragana name right before a trade (さわだ青果の澤田さん, a-dev-332: SudachiPy cut
    さわ|だ, and no rule saw a name). In quotes anything goes (「ひがしの果樹園」: 東野's orchard); outside them the
    kana must not end in a particle, nor be an adjective or a verb (おいしい青果)."""
    if _KANA_TRADE_GATE.search(text) is None:
        return
    for m in _KANA_TRADE.finditer(text):
        kana = m.group(2)
        quoted = m.group(1) is not None and text.startswith("」", m.end())
        if not quoted:
            entries = dictionary_entries(kana)
            if kana[-1] in "のがをにではともへや" or (entries and entries[0][0] in ("形容詞", "動詞", "助動詞", "副詞", "連体詞")):
                continue
        yield Span("ORGANIZATION", m.start(2), m.end(), text[m.start(2):m.end()], 0.65, SOURCE, "かなの名前＋業種（屋号）",
                   data={"tier": 1})
