"""What :func:`tokumei.anonymize.sense.ordinary_reason` reads of businesses, products and schools: a quoted product's
name (「よもぎ大福 はつはる」), a shop described in ordinary words (町屋, しまの自転車屋), a kana name with a kind word
(しいば経営研究所), a coined kana name cut into dictionary pieces (ちゅら|なみ FM), a school's kind word; and the honorific
and title patterns after a span that sense.py and sense_kinds.py share. Split from sense.py when it passed 400 lines;
the rules are unchanged.

例::

    >>> from tokumei.span import Span
    >>> _in_product_name("「よもぎ大福 はつはる」を買った", Span("PERSON", 7, 11, "はつはる", .6, "t", "人名"))
    True
"""
from __future__ import annotations

import re

from tokumei.anonymize.sense_words import _entries, _plain
from tokumei.span import Span

#: An honorific right after a span (sense.py and sense_kinds.py read it too).
_HONORIFIC = re.compile(r"[」』]?[ \u3000]?(?:さん|さま|様|氏|君|くん|ちゃん|殿|先生)")


def _tokens(text: str, s: Span) -> list:
    """The SudachiPy tokens of ``text`` that overlap span ``s`` (sense.py reads them too)."""
    from tokumei.anonymize.places import tokens_of

    return [t for t in tokens_of(text) if t.start < s.end and s.start < t.end]


#: Kind words of a school: two or more words before one, that the model is sure of, name one school.
_SCHOOL_END = re.compile(r"(?:カレッジ|アカデミー|スクール|学院|学園|専門学校|高等専修学校|高等学校|高校|大学|短大|短期大学)$")


#: Head words of product names (a quoted name ending in or holding one is a product, not a person).
PRODUCT_HEAD = (r"(?:大福|もなか|最中|まんじゅう|饅頭|羊羹|ようかん|煎餅|せんべい|団子|だんご|餅|もち|どら焼き|カステラ|"
                r"酒|ビール|ワイン|焼酎|サイダー|ジュース|ジャム|パン|ケーキ|プリン|アイス|弁当|ラーメン|そば|うどん|"
                r"カレー|ブレンド|コーヒー|珈琲|茶|味噌|醤油|昆布|漬け|漬物|ソース|セット|スペシャル|定食|丼|焼き|巻き|"
                r"ロール|めし|飯|寿司|鍋|サブレ|クッキー|タルト|チーズ|ハム|ソーセージ|石鹸|せっけん|タオル)")
_PRODUCT_QUOTE = re.compile(rf"「[^」\n]{{0,24}}{PRODUCT_HEAD}(?:[ \u3000][^」\n]{{1,12}})?」")


def _in_product_name(text: str, s: Span) -> bool:
    """A PERSON span inside a quoted product name (「よもぎ大福 はつはる」): the product's name, no person."""
    if s.label != "PERSON":
        return False
    lo = text.rfind("「", max(0, s.start - 30), s.start + 1)
    if lo < 0:
        return False
    m = _PRODUCT_QUOTE.match(text, lo)
    return bool(m) and m.end() >= s.end and not _HONORIFIC.match(text, m.end())


_HIRA_CHAR = re.compile(r"[ぁ-ゖ]")
#: Reasons of the detector's and the careful step's shop rules: a quoted business, even in 『』.
#: (地名＋の＋「」: 松戸の『大連飯店』で修業して — a town and の before the quote is where a shop is, as rules.work_titles reads
#: it; stop 41)
_SHOP_REASON = re.compile("屋号|業種の語|種類の語|事業の文脈|事業者の呼び名|かぎかっこの名前＋さん|地名＋の＋「」")
#: A shop's kana name after its kind and a space (呉服 いよや: SudachiPy reads いよ|や as a verb and a particle).
_KANA_AFTER_SPACE = re.compile(r"[ \u3000][ぁ-ゖー]{2,6}$")
#: A branch after a business's name and a space (いんば食堂 ユーカリが丘店): ユーカリ|が|丘 holds a particle, not a sentence.
_BRANCH_AFTER_SPACE = re.compile(r"[ \u3000][^ \u3000]{1,10}(?:本店|支店|店|校|教室|営業所|工場)$")
#: A kana name then a kanji kind word of an organisation (or a katakana word), the whole span after a bracket, a colon, a
#: space or a line start: （しいば経営研究所）, 連絡先：しいば経営研究所, （きど経営サポート） (SudachiPy reads し|い|ば, a
#: verb and a particle).
_KANA_NAME_KIND = re.compile(r"[ぁ-ゖー]{2,6}(?:[一-龥々]{2,}(?:研究所|事務所|会|社|組合|協会|所|店|館|堂|園|院|室|舎|場|工房|センター"
                             r"|漁協|農協|金庫|銀行)|[一-龥々]{0,4}[ァ-ヺー]{3,})$")  # (しもきた北浜漁協: stop 42, read dev)


def _kana_coinage(toks: list) -> bool:
    """Two or more hiragana tokens in a row (four characters or more) that SudachiDict has no entry for as one word: a
    coined kana name cut into dictionary pieces (ちゅら|なみ FM, こども|みらい), not a run of ordinary nouns."""
    run: list = []
    for t in toks + [None]:
        if t is not None and re.fullmatch(r"[ぁ-ゖー]+", t.surface) and (not run or run[-1].end == t.start):
            run.append(t)
            continue
        joined = "".join(x.surface for x in run)
        if len(run) >= 2 and len(joined) >= 4 and not _entries(joined):
            return True
        run = [t] if t is not None and re.fullmatch(r"[ぁ-ゖー]+", t.surface) else []
    return False


def _kana_name_and_kind(text: str, s: Span) -> bool:
    """An organisation span written as a kana name and a kind word at a clause's start, not a sentence's tail."""
    return s.label == "ORGANIZATION" and bool(_KANA_NAME_KIND.fullmatch(s.text)) and (
        s.start == 0 or text[s.start - 1] in "\n（(「『【：: 　、")


def _described_shop(text: str, s: Span, word: str) -> str | None:
    """「町屋通り」「しまの自転車屋さん」: an organisation span that is one dictionary noun ending in 屋
    (町屋, 長屋, 問屋: a kind of house, no shop's name), or ordinary nouns joined by の that the
    model does not take for a name either (しま|の|自転車|屋: the island's bicycle shop)."""
    if len(word) >= 2 and word.endswith("屋") and not _HONORIFIC.match(text, s.end) \
            and any(p[:2] == ("名詞", "普通名詞") for p in _entries(word)):
        return "屋で終わる一語の普通名詞（町屋・長屋・問屋）"
    if (s.data or {}).get("review") and "の" in word and not _TITLE_AFTER.match(text, s.end):
        # (ほしの整骨院　院長 星野: a head's title after it makes it the business's name, as in a signature)
        toks = [t for t in _tokens(text, s) if t.surface.strip()]
        joints = [t for t in toks if t.surface == "の" and t.start > s.start]
        if not joints or any(_HIRA_CHAR.fullmatch(text[t.start - 1: t.start]) and _HIRA_CHAR.fullmatch(text[t.end: t.end + 1])
                             for t in joints):
            return None  # くすのき建築設計, くす|の|き…: の inside a kana name (くすのき), no phrase joined by の
        if toks and toks[0].start == s.start and toks[-1].end == s.end \
                and all(_plain(t) or t.pos[0] == "助詞" and t.surface == "の" for t in toks):
            return "普通名詞を「の」でつないだ説明（しまの自転車屋: モデルも組織名と見ていない）"
    return None


_TITLE_AFTER = re.compile(r"[ \u3000]?(?:代表|社長|会長|専務|常務|部長|課長|係長|店長|店主|女将|院長|所長|工場長|先生|"
                          r"理事長|園長|校長|住職|選手|監督|議員|市長|町長|村長|知事)")
