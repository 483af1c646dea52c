"""PERSON spans that name something else: an animal, a song, or the body a title belongs to.

* **Animals** — 「看板猫のタマ」「ヤギのメエ吉くん」「古株の牛ハナコ」: shop interviews and SNS posts
  name the shop's cat and the farm's cows; a name right after an animal word (with の, or glued as
  牛ハナコ is written) names the animal. The hand-written sets list pet names among the hard
  negatives (bench/data/handwritten/README.md). A people-only honorific (さん 様 氏 先生) keeps a person.
* **Songs and dances** — 「斎太郎節」「〇〇音頭」: 民謡 are named by their first word, which SudachiPy reads
  as a given name; a span glued to 節/音頭/甚句/小唄/追分/唄/踊り/囃子 names the song.
* **Varieties** — 「藤稔（ふじみのり）という大粒の品種」: a name introduced with という as a variety, brand or kind
  (品種・銘柄・種類) names the grape or the rice, and its reading goes with it.
* **Shops said with さん** — 「フォーラムミカサさんを利用しました」「美容室ポルテさん」「ルミナさんで購入」: customers
  speak of a shop or venue with さん. A kana or Latin name that starts with a venue word (フォーラム, サロン,
  美容室 …; a kanji trade word is left out of the span) or whose さん/様 is used (を利用・で購入・で予約) is an
  ORGANIZATION; a person's name (ミカさん, 田中さんを利用) stays.
* **Bodies before a title** — 「6人の自民党議員」「元富士重工業副社長」「石田と民主党が」: the word before a
  title or in a list of people ends in an organisation's word (工業, 銀行 …: ``ORG_SUFFIXES`` of two or
  more characters): it is the body the person belongs to, an ORGANIZATION (元/前/旧 left out); a party
  (〜党) is a public body and is no name at all (GSD marks parties NORP).

例::

    >>> [s.text for s in not_things("看板猫のタマも見送ってくれた", [Span("PERSON", 4, 6, "タマ", .6, "x", "y")])]
    []
    >>> [(s.label, s.text) for s in not_things("美容室ポルテさん", [Span("PERSON", 0, 6, "美容室ポルテ", .9, "x", "y")])]
    [('ORGANIZATION', 'ポルテ')]
    >>> [(s.label, s.text) for s in not_things("元富士重工業副社長", [Span("PERSON", 0, 6, "元富士重工業", .75, "x", "y")])]
    [('ORGANIZATION', '富士重工業')]
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.span import Span

_ANIMAL = (r"(?:猫|ねこ|ネコ|犬|いぬ|イヌ|ヤギ|やぎ|山羊|牛|うし|ウシ|馬|うま|ウマ|ポニー|うさぎ|ウサギ|兎|インコ|オウム|文鳥|"
           r"金魚|メダカ|亀|カメ|豚|ブタ|鶏|ニワトリ|羊|ヒツジ|ロバ|アルパカ|ハムスター|フェレット|柴犬|秋田犬|トイプードル|"
           r"ダックス|チワワ|子猫|子犬|愛犬|愛猫|看板猫|看板犬|看板ヤギ|番犬|保護猫|保護犬|乳牛|和牛|母牛|子牛)")
#: The animal word just before the span: 猫の|猫|看板犬の, and a katakana head of the name (ヤギのメエ|吉くん).
_ANIMAL_BEFORE = re.compile(r"(?<![一-龥々])" + _ANIMAL + r"(?:の|　| )?(?P<head>[ァ-ヴー]{0,6})$")
#: Pets are named in kana (タマ, メエ吉, きぬ): a name without kana after 和牛の or 群馬の is a person's.
_KANA = re.compile(r"[ぁ-ゖァ-ヴ]")
_PEOPLE_ONLY = re.compile(r"[ 　]?(?:さん|様|さま|氏|先生|社長|店長|会長)")
_SONG_AFTER = re.compile(r"(?:節|音頭|甚句|小唄|追分|盆唄|唄|踊り|囃子|くずし)(?![一-龥々])")
_SONG_NEAR = re.compile(r"民謡|唄|歌|踊|囃子|盆|音頭")
_BODY_END = tuple(sorted((x for x in ORG_SUFFIXES if len(x) >= 2), key=len, reverse=True))
_FORMER = re.compile(r"^(?:元|前|旧)")
#: 藤稔（ふじみのり）という大粒の品種: a name introduced as a variety or a brand, not a person.
_KIND_AFTER = re.compile(r"(?:[（(][ぁ-ゖァ-ヴー]{1,12}[）)])?という[^。、「」]{0,8}?(?:品種|銘柄|種類|ブランド米|花火)")
#: A venue or trade word a shop's name starts with: katakana ones belong to the name, kanji ones are cut off.
_SHOP_KATA = ("(?:フォーラム|サロン|ヘアサロン|ヘアー|カフェ|ホテル|ショップ|スタジオ|ギャラリー|ブティック|ペンション|ゲストハウス|"
              "レストラン|ベーカリー|パティスリー)")
_SHOP_KANJI = "(?:美容室|美容院|理容室|整体院|鍼灸院|整骨院|接骨院|喫茶|居酒屋|旅館|民宿|工務店|写真館|花屋|酒屋|書店)"
_SHOP_LEAD = re.compile(f"(?:(?P<kata>{_SHOP_KATA})|(?P<kanji>{_SHOP_KANJI}))[・ 　]?(?=[ァ-ヴーA-Za-z])")
_SHOP_BEFORE = re.compile(f"(?<![ァ-ヴー]){_SHOP_KATA}$")
_SHOP_NAME = re.compile(r"[ァ-ヴー・A-Za-z0-9 　&＆'’]{2,}")
_SHOP_SAN = re.compile(r"(?:さん|様)")
#: (not で予約・でカット: 〜さんで予約 books a stylist)
_SHOP_USE = re.compile(r"(?:さん|様)(?:を利用|で(?:購入|買|注文))")


def _shop(text: str, s: Span) -> int | None:
    """Where a shop's name said with さん starts (after a kanji trade word inside ``s``, or at a katakana venue
    word glued before it), or None."""
    if not _SHOP_SAN.match(text, s.end):
        return None
    lead = _SHOP_LEAD.match(s.text)
    rest = s.text[lead.end():] if lead else s.text
    if not _SHOP_NAME.fullmatch(rest):
        return None
    before = None if lead else _SHOP_BEFORE.search(text, max(0, s.start - 8), s.start)
    if before:
        return before.start()  # フォーラム|ヒカリさん read apart: the venue word glued before is the name's
    known = {kind for _, kind in (s.data or {}).get("parts") or []} & {"姓", "名"}  # ミカさんで購入: a person's name
    if lead or (_SHOP_USE.match(text, s.end) and not known):
        return s.start + (lead.end() if lead and lead.group("kanji") else 0)
    return None


def _animal(text: str, s: Span) -> bool:
    if _PEOPLE_ONLY.match(text, s.end):
        return False
    lead = re.match(_ANIMAL, s.text)  # 牛ハナコ read as surname 牛 + given name
    if lead and lead.end() < len(s.text) and re.fullmatch(r"[ァ-ヴー]{2,6}", s.text[lead.end():]):
        return True
    m = _ANIMAL_BEFORE.search(text, max(0, s.start - 8), s.start)
    return bool(m and (_KANA.search(s.text) or m.group("head")))  # ヤギのメエ|吉: the kana head is the name's


_ANIMAL_ANY = re.compile(r"(?<![一-龥々])" + _ANIMAL)


def _pet_names(text: str, spans: list[Span]) -> frozenset[str]:
    """Kana names the text writes somewhere right after an animal word (犬のチョコ): every mention of them is the
    animal's (チョコちゃん、知ってます), unless the mention itself is a person's (チョコさんの店)."""
    out: set[str] = set()
    if _ANIMAL_ANY.search(text) is None:
        return frozenset()  # no animal word: no pet (one scan, not a pattern compiled per kana name)
    for s in spans:
        if s.label == "PERSON" and re.fullmatch(r"[ぁ-ゖァ-ヴー]{1,8}", s.text) and s.text not in out:
            if re.search(r"(?<![一-龥々])" + _ANIMAL + r"(?:の|　| )?" + re.escape(s.text) + r"(?![ァ-ヴー])", text):
                out.add(s.text)
    return frozenset(out)


#: After 清水: water that wells up, runs or is drawn (清水がこんこん湧いて), not 清水 the surname.
_WATER_AFTER = re.compile(r"(?:が|を|の|は)?(?:こんこん|湧|わ[いきく]|流れ|汲|くみ|澄|冷た|出る|出て|あふれ)")
#: A number in kanji (三百, 八十一).
_NUMERALS = re.compile(r"[〇一二三四五六七八九十百千万]{2,}")
#: A count of generations written like a surname (三代, 四代目 is a title elsewhere).
_GENERATIONS = re.compile(r"[一二三四五六七八九十]{1,2}代")
#: A person's honorific right after a number-like word keeps it a name (三代さん, 一二三さん).
_NAME_CALLED = ("さん", "様", "氏", "君", "先生")


def not_things(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the PERSON spans naming an animal, a song, a variety or a party, and with a body
    before a title made an ORGANIZATION (see the module docstring)."""
    out = []
    kinds = {s.text for s in spans if s.label == "PERSON" and _KIND_AFTER.match(text, s.end)}
    if kinds:  # the variety's name and its reading, with any place read inside them (ふじ|みのり)
        gone = [(s.start, s.end) for s in spans if s.label == "PERSON"
                and (s.text in kinds or (s.data or {}).get("canonical") in kinds)]
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in gone)]
    pets = _pet_names(text, spans)
    for s in spans:
        if s.label == "PERSON":
            if _animal(text, s) or s.text in pets:
                continue
            shop = _shop(text, s)
            if shop is not None:
                data = {k: v for k, v in (s.data or {}).items() if k not in ("parts", "title")}
                out.append(s.with_(label="ORGANIZATION", start=shop, text=text[shop:s.end], entity_id=None,
                                   reason="さんで呼ぶ店（〜さんを利用）", data={**data, "tier": 1}))
                continue
            unsure = s.score < 0.8
            song = _SONG_AFTER.match(text, s.end) if unsure else None
            if song and (song.group() != "節" or len(s.text) >= 3 or _SONG_NEAR.search(text, max(0, s.start - 20), s.end + 20)):
                continue  # 斎太郎節や草刈り唄 (not 佐藤節: a person's style)
            if unsure and len(s.text) >= 2 and s.text.endswith("党"):
                continue  # 自民党議員: a party
            if s.text == "清水" and _WATER_AFTER.match(text, s.end):
                continue  # 水路に清水がこんこん湧いて: spring water, not 清水 the surname
            if _NUMERALS.fullmatch(s.text) and not text.startswith((*_NAME_CALLED, "ちゃん"), s.end):
                continue  # 椀が三百ほど, 中田さんは八十一で: a number in kanji, not a name
            if unsure and _GENERATIONS.fullmatch(s.text) and not text.startswith(_NAME_CALLED, s.end):
                continue  # 三代の付き合い, 二代にわたり: a count of generations, not 三代 the surname
            if unsure and s.text.endswith(_BODY_END) and len(s.text) > 2:
                cut = _FORMER.match(s.text)
                a = s.start + (cut.end() if cut else 0)
                data = {k: v for k, v in (s.data or {}).items() if k not in ("parts", "title")}
                s = s.with_(label="ORGANIZATION", start=a, text=text[a:s.end], entity_id=None,
                            reason="役職・並列の前の組織名（〜工業・〜銀行）", data={**data, "tier": 1})
        out.append(s)
    return out
