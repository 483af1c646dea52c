"""Organisation rules of tier 1 for bodies named by what they do and for makers named by their product,
as newsletters and shop reviews write them:

* an association named by its aim: 〜を守る会, 〜を考える会, 〜を育てる会 (田辺湾の自然を守る会);
* a name and a product word before さん, the way one speaks of a maker: かねこ味噌さん, 山岸豆腐さん;
* a kana name at the start of an item right before the head's title: まるやま店主の話, 「…」、こはる女将が;
* a place or family name, a katakana sport or hobby, then a club word: 比田勝サイクリングクラブ, 薮原スキークラブ;
* a bank or cooperative whose name SudachiPy broke into function words (丹波|た|から|信用金庫);
* a body named by its place and its work, as a heading or a signature writes it: 雲仙ふもと案内人の会,
  宇出津新港区民会, オホーツク食の事業化サポート室 (a place name first, then a body's ending);
* a public school or hospital named after its founder, whatever its name's script (相馬市立みなと中学校).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> text = "案内してくださった北浜の海を守る会の皆さん"
    >>> [s.text for s in associations(text, tokenize(text))]
    ['北浜の海を守る会']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.names.lexicon import NOT_NAMES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

_AIMS = "守る 考える 育てる 支える 語る 楽しむ 応援する 励ます つなぐ 愛する 創る つくる 進める すすめる 残す 伝える 見守る 救う"
#: 〜を守る会: up to two "X の" links before the object, the object, を, a verb of aim, 会 (not 会議/会社/会場).
_AIM_BODY = re.compile(
    r"(?<![\u4e00-\u9fffァ-ヴー々])(?:[\u4e00-\u9fffァ-ヴー々]{1,8}?の){0,2}[\u4e00-\u9fffァ-ヴー々]{1,8}を(?:"
    + "|".join(_AIMS.split()) + r")会(?![議社場員費話計長期])")
#: Products and trades a maker is called by before さん (かねこ味噌さん).
_PRODUCTS = ("味噌", "醤油", "豆腐", "製麺", "麺", "酒造", "醸造", "製茶", "茶園", "海苔", "漬物", "蒲鉾", "かまぼこ", "精肉",
             "鮮魚", "青果", "米穀", "製パン", "製菓", "乳業", "牧場", "農園", "養蜂", "養鶏", "造園", "工務店", "電器")
#: A maker's mark in katakana (カネヨ, ヤマサン, マルキン: the 屋号 marks カネ・ヤマ・マル・カク・イリ・ヒシ) glued to its
#: product: カネヨ醤油, ヤマキ味噌 — a business, with or without さん.
_MAKER_MARKS = ("カネ", "ヤマ", "マル", "カク", "イリ", "ヒシ", "ジュウ", "ヒゲ", "キッコー", "丸", "山", "角")  # 丸ト味噌, 山サ醤油
_MARK_MAKER = re.compile(r"(?<![ァ-ヺー\u4e00-\u9fff々])((?:" + "|".join(_MAKER_MARKS) + r")[ァ-ヺー]{1,4}(?:"
                         + "|".join(_PRODUCTS) + r"|食品|商店|水産|製菓|酒店|青果|物産))")
_MARK_GATE = re.compile("(?:" + "|".join(_MAKER_MARKS) + ")[ァ-ヺー]")  # (one literal scan before the look-behind)
_MAKER_AFTER = re.compile("(?:" + "|".join(_PRODUCTS) + ")(?=さん)")


_HIRA = re.compile(r"[ぁ-ゖー]+")
_HIRA_ANY = re.compile(r"[ぁ-ゖ]")


#: JA/JF/コープ + a name (JA安曇みのり, JFうみなり, コープさくら): a cooperative; SudachiPy may read the name alone as a
#: person (安曇|みのり), so above that guess (0.85).
_COOP = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚァ-ヴー])(?:JA|ＪＡ|JF|ＪＦ|コープ|生協|NPO|ＮＰＯ|FM|ＦＭ)[ 　]?(?=[\u4e00-\u9fffぁ-ゖァ-ヴー々])")
_NAME_POS = ("名詞", "接頭辞", "接尾辞")
#: Words after JA that are not its name (JA職員, JA共済, JAバンク, コープ商品).
_COOP_STOP = frozenset("職員 共済 バンク 商品 組合員 直売所 窓口 支店 本店 全農 全中 グループ 系統 役員 店舗 ローン 年金 宅配 "
                       "カード 事業 さん 様 "
                       # FM番組, FM局, NPO団体, NPO法人の: a kind of thing after the prefix, not a name
                       "番組 局 放送 ラジオ 団体 法人 活動 会員 スタッフ 担当 ボランティア".split())


#: A kana name (2 to 6 letters) at the start of an item, then a shop head's title and a delimiter or particle.
_KANA_HEAD = re.compile(r"(?:(?<=[\s「『（(、。：:／/・|｜【】■◆●★☆])|^)([ぁ-ゖァ-ヴー]{2,6}?)(?:店主|女将|若女将|大将|店長|オーナー|代表|マスター)"
                        r"(?=[ 　・の、。がはもにと（(）)：:]|$)", re.M)
#: The titles of :data:`_KANA_HEAD` alone (若女将 holds 女将): _KANA_HEAD opens with a look-behind, which ``re`` tries
#: at every position, so the text is first searched for a title (most sentences hold none).
_HEAD_ANY = re.compile("店主|女将|大将|店長|オーナー|代表|マスター")
#: Kana words before a head's title that are no shop's name (みんな店主, それは店主).
_NOT_KANA_HEAD = frozenset("みんな みな それ これ あれ どの この その あの うち わが ここ そこ お店 おみせ チーム グループ "
                           "プロジェクト ショップ ストア カフェ サロン クラブ ボランティア サポーター スタッフ メンバー".split())


#: Words that end a club or a team after a place and an activity (薮原スキークラブ, 岩松少年剣道クラブ).
_CLUB_WORDS = frozenset("クラブ 倶楽部 チーム スクール サークル 少年団 愛好会 同好会".split())
#: Any club word in the text (one C scan instead of a generator of ``in`` tests, ≈ 1 µs per sentence).
_CLUB_ANY = re.compile("|".join(sorted(_CLUB_WORDS)))


def _clubs(text: str, toks: list[Token]) -> Iterator[Span]:
    """比田勝|サイクリング|クラブ: a proper noun in kanji glued to 1–3 katakana words and a club word."""
    for j, t in enumerate(toks):
        if t.surface not in _CLUB_WORDS or j < 2:
            continue
        k = j - 1
        while k >= 0 and j - k <= 3 and _KATA_WORD.fullmatch(toks[k].surface) and toks[k].end == toks[k + 1].start:
            k -= 1
        u = toks[k] if k >= 0 else None
        if (k < j - 1 and u is not None and u.pos[1] == "固有名詞" and _KANJI_WORD.fullmatch(u.surface)
                and u.end == toks[k + 1].start and (k == 0 or not toks[k - 1].pos[0] in ("名詞", "接頭辞")
                                                     or toks[k - 1].end != u.start)):
            yield Span("ORGANIZATION", u.start, t.end, text[u.start : t.end], 0.65, SOURCE, f"地名・名前＋活動＋「{t.surface}」",
                       data={"tier": 1})


_KATA_WORD = re.compile(r"[ァ-ヴー]{2,}")
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々ヶ]{2,}")


#: Kinds of bank and cooperative (the name before them is the body's whatever its script).
_BANK_KINDS = frozenset("信用金庫 信用組合 信金 信組 労働金庫 農協 漁協".split())
#: Words before a bank's kind that make a kind of bank, no name (地元の信用金庫 stops at の anyway).
_BANK_ANY = re.compile("|".join(sorted(_BANK_KINDS)))  # (as _CLUB_ANY)
_NOT_BANK = frozenset("地元 地域 近く 近所 最寄り 各 同 当 その この 大手 都市 地方 取引 メイン".split())


def _banks(text: str, toks: list[Token]) -> Iterator[Span]:
    """丹波|た|から|信用金庫: the words back to a delimiter or to a particle that ends the phrase before
    (退職月|まで|丹波たから信用金庫) are the name, when kana are among them."""
    for j, t in enumerate(toks):
        if t.surface not in _BANK_KINDS or j == 0:
            continue
        k = j
        while k > 0 and toks[k - 1].end == toks[k].start and j - k < 6 and toks[k - 1].pos[0] not in ("補助記号", "空白"):
            u = toks[k - 1]
            if u.pos[0] == "助詞" and (k < 2 or not _HIRA.fullmatch(toks[k - 2].surface)):
                break  # 月|まで, 地元|の: the particle ends the phrase before
            k -= 1
        name = text[toks[k].start : t.start] if k < j else ""
        if (2 <= len(name) <= 8 and _HIRA_ANY.search(name) and not _HIRA.fullmatch(name) and toks[k].pos[0] == "名詞"
                and toks[k].surface not in _NOT_BANK):
            yield Span("ORGANIZATION", toks[k].start, t.end, text[toks[k].start : t.end], 0.75, SOURCE,
                       f"名前＋「{t.surface}」", data={"tier": 1})


#: 〇〇市立/県立/町立 + a name in any script + a school's, hospital's or institute's kind (相馬市立みなと中学校,
#: 県立ひばり病院, 国立里山環境保全機構; not a museum: 町立歴史民俗資料館 is a facility, a place).
_FOUNDED = re.compile(r"(?<![\u4e00-\u9fff々ヶ])(?:[\u4e00-\u9fff々ヶ]{1,6}?[都道府県市区町村]立|[都道府県市区町村私国公]立)"
                      r"(?P<name>[ぁ-ゖァ-ヴー\u4e00-\u9fff々ヶ]{1,10}?)"
                      r"(?:小学校|中学校|高等学校|高校|中等教育学校|義務教育学校|特別支援学校|幼稚園|保育園|こども園|病院|図書館|"
                      r"機構|研究所|研究センター)")


#: A place's body: a delimiter, a run of name letters (の allowed), then a body's ending and a delimiter or a particle.
_PLACE_BODY = re.compile(r"(?:(?<=[\s、，,。「『（(／/・■●◆【】：:])|^)([\u4e00-\u9fffァ-ヴー々][\u4e00-\u9fffァ-ヴーぁ-ゖ々]{2,14}?"
                         r"(?:の会|民会|住民会|区会|保存会|育成会|愛好会|振興会|相談所|(?:サポート|支援|推進|相談|対策|振興|連携|準備|事業|経営)室))"
                         r"(?=[\s、，,。」』）)（(／/・]|$|は|が|の|で|に|と|も|を|より|から|だより|便り|通信|会報)", re.M)


def _town_surname(t: Token) -> bool:
    """大野 (a surname to SudachiPy) that is also a city or town in KEN_ALL (大野市): a place at a body's head."""
    if t.pos[2] != "人名" or not re.fullmatch(r"[\u4e00-\u9fff々ヶ]{2,3}", t.surface):
        return False
    from tokumei.detect.names.rules.town_echoes import names_municipality

    return names_municipality(t.surface)


def _and_of_two(text: str, u: Token) -> bool:
    """と between two single kanji (食と農, 海と山) after the place (not 大野と山の会: a person and a club): one word of
    the name, no phrase."""
    return (u.surface == "と" and u.start >= 1 and re.fullmatch(r"[\u4e00-\u9fff]", text[u.start - 1]) is not None
            and re.fullmatch(r"[\u4e00-\u9fff]の?", text[u.end : u.end + 2].rstrip("会")) is not None)


def _place_bodies(text: str, toks: list[Token]) -> Iterator[Span]:
    """雲仙ふもと案内人の会: a body whose name opens with a place SudachiPy lists (see the module docstring)."""
    by_start = {t.start: t for t in toks}
    for m in _PLACE_BODY.finditer(text):
        a, b = m.span(1)
        t = by_start.get(a)
        inner = m.group(1)
        inside = [u for u in toks if a <= u.start and u.end <= b and u.surface != "の"]
        if t is None or not (t.pos[2] == "地名" or _town_surname(t)) or any(
                u.pos[0] in ("助詞", "助動詞", "動詞", "形容詞") and not (u.start > t.end and _and_of_two(text, u)) for u in inside):
            continue  # not a place first, or a phrase (〜をする会) rather than a name
        yield Span("ORGANIZATION", a, b, inner, 0.7, SOURCE, "地名で始まる団体名（〜の会・〜民会・〜室）", data={"tier": 1})


def common_nouns_only(toks: Sequence[Token]) -> bool:
    """The words after a co-op's letters are SudachiDict common nouns only: no co-op's name (JA職員, JA女性部, FM放送).
    A word written in hiragana is a name however SudachiDict reads it (JAくろしお南); anonymize's safety net
    (:mod:`tokumei.anonymize.coops`) asks the same. 例: ``common_nouns_only(tokenize("職員"))`` is True"""
    return all(t.pos[1] == "普通名詞" and not t.oov and not _HIRA.fullmatch(t.surface) for t in toks)


def associations(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for 〜を守る会 and name + product + さん (see the module docstring)."""
    if "会" in text and "を" in text:
        for m in _AIM_BODY.finditer(text):
            a, b = m.span()
            proper = any(a <= t.start and t.end <= b and t.pos[1] == "固有名詞" for t in toks)
            # with a place or name inside, the body points at the place; otherwise it may be a general aim
            # (子どもを守る会): a person decides (review list, not a letter)
            yield Span("ORGANIZATION", a, b, m.group(), 0.6 if proper else 0.45, SOURCE,
                       "目的で名付けた会（〜を守る会）" + ("" if proper else "（要確認）"),
                       data={"tier": 1} if proper else {"tier": 1, "review": True})
    for m in _COOP.finditer(text) if ("J" in text or "Ｊ" in text or "コープ" in text or "生協" in text or "NPO" in text
                                      or "ＮＰＯ" in text or "FM" in text or "ＦＭ" in text) else ():
        e = next((k for k, t in enumerate(toks) if t.start == m.end()), None)
        k = e
        if k is not None and (h := _HIRA.match(text, m.end())) and len(h.group()) >= 2:
            # JAながみね: a co-op's kana name, however SudachiPy splits it (なが|みね: an adjective and a noun)
            while k < len(toks) and toks[k].end <= h.end():
                k += 1
            if k == e or toks[k - 1].end != h.end() or toks[k - 1].pos[0] in ("助詞", "助動詞"):
                k = e  # (a particle ends the run: JAの, JAから — no name)
        while (k is not None and k < len(toks) and toks[k].pos[0] in _NAME_POS and toks[k].end - m.end() <= 10
               and not toks[k].surface.isspace() and toks[k].surface not in _COOP_STOP):
            k += 1
        if e is not None and k > e and not common_nouns_only(toks[e:k]):
            yield Span("ORGANIZATION", m.start(), toks[k - 1].end, text[m.start() : toks[k - 1].end], 0.88, SOURCE,
                       "JA・JF・コープ＋名前", data={"tier": 1})
    if _CLUB_ANY.search(text):
        yield from _clubs(text, toks)
    for m in _MARK_MAKER.finditer(text) if _MARK_GATE.search(text) else ():
        yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.75, SOURCE, "屋号の印（カネ・ヤマ・マル…）＋品物",
                   data={"tier": 1})
    if "会" in text or "室" in text or "相談所" in text:
        yield from _place_bodies(text, toks)
    if "立" in text:
        for m in _FOUNDED.finditer(text):
            if m.group("name") not in ("の", "で", "は", "が", "と", "も", "各", "同", "全") and not re.search(
                    r"学校|高校|病院|[園館所][とやとも、・]", m.group("name")):  # (市立の中学校: no name; 市立小学校と各中学校: two)
                yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, "設置者＋名前＋学校・病院",
                           data={"tier": 1})
    if _BANK_ANY.search(text):
        yield from _banks(text, toks)
    for m in _KANA_HEAD.finditer(text) if _HEAD_ANY.search(text) else ():  # (every match holds a title)
        name = m.group(1)
        first = next((t for t in toks if t.start == m.start(1)), None)
        if (name in _NOT_KANA_HEAD or name in NOT_NAMES or name.endswith("の") or first is None
                or first.pos[0] in ("助詞", "助動詞", "接続詞", "副詞", "連体詞") or "代名詞" in first.pos[:2]
                or (first.end == m.end(1) and first.pos[2] == "人名")):
            continue  # (a particle, a pronoun, まちの|店主: the town's; a given name alone before 代表 is the person's)
        if any(t.end == m.end(1) and t.start > m.start(1) and t.pos[0] == "助詞"
               and (re.search(r"[ァ-ヴー]", text[m.start(1):t.start])
                    or any(u.start == m.start(1) and u.end == t.start and u.pos[1] != "固有名詞" for u in toks))
               for t in toks):
            continue  # ガイド|は|店長の宮平, いま|は|代表の: one word and its particle before the title (stop 35,
            # n-dev-385; not ことの|は店主: a kana name SudachiPy ends with は)
        yield Span("ORGANIZATION", m.start(1), m.end(1), name, 0.6, SOURCE, "かなの屋号＋店主・女将", data={"tier": 1})
    if "さん" in text and _MAKER_AFTER.search(text):  # (a span needs a product word before さん: _MAKER_AFTER)
        for k, t in enumerate(toks):
            # a name token (a hiragana noun, or a proper noun in kanji: 山岸, not 田舎|味噌) after no other noun
            if (t.pos[0] != "名詞" or t.surface in NOT_NAMES or (k > 0 and toks[k - 1].end == t.start and toks[k - 1].pos[0] in ("名詞", "接頭辞"))
                    or not ((_HIRA.fullmatch(t.surface) and len(t.surface) >= 2) or (t.pos[1] == "固有名詞" and len(t.surface) >= 2))):
                continue
            if m := _MAKER_AFTER.match(text, t.end):
                yield Span("ORGANIZATION", t.start, m.end(), text[t.start : m.end()], 0.6, SOURCE,
                           "名前＋商品の語＋さん（作り手）", data={"tier": 1})
