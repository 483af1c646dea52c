"""Organisation rules of tier 1 for businesses named without a legal form, as shop interviews and
case studies write them:

* a quoted name in business context: 「ネクストリンク」を起業, 「スタディ・ブリッジ」に勤務, 「あおぞら工房」を設立;
* a katakana or Latin name right before the head's title: (ブルーフィールド社長), サンライズパートナーズ代表
  (a person's katakana name, 人名 in SudachiDict, stays a person: マイケル社長);
* a shop word then its name: 喫茶みどり, カフェ・ハル, スナックゆり (not カフェ巡り: a common noun);
* a name in kana (SudachiPy breaks it into function words: は|なまる|屋, か|ね|いち|酒店, 中|むら|酒店)
  before a shop or business word, between a delimiter and the word;
* an organisation that starts with a hiragana name takes in the kana SudachiPy split off
  (の|のむら労務パートナーズ → ののむら労務パートナーズ), when only kana lies between it and a delimiter.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> text = "2015年に「ネクストリンク」を起業した"
    >>> [s.text for s in business_names(text, tokenize(text))]
    ['ネクストリンク']
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from tokumei.detect.names.lexicon import HONORIFICS, NOT_NAMES, ORG_SUFFIXES, SHOP_SUFFIXES
from tokumei.detect.names.rules.base import (
    LATIN_ORG_WORDS, SOURCE, _KANJI, _KATA, _KATA_COMMON, _LATIN, _PROFESSIONS, _WEAK_SUFFIX, _SURFACE, _is_pn,
)
from tokumei.detect.names.rules.industry_names import industry_names
from tokumei.detect.names.rules.kind_first import KIND_GATE, kind_first
from tokumei.detect.names.rules.quoted_kind_first import quoted_kind_first
from tokumei.detect.names.rules.troupes import troupes
from tokumei.detect.names.rules.quoted_shops import quoted_shop_names
from tokumei.detect.names.rules.spaced_trades import spaced_trade_names
from tokumei.detect.names.rules.shop_words import (
    CASE as _CASE, GLUED_ONLY_KINDS, HIRA as _HIRA, SHOP_PREFIXES, SHOP_WORD_ON as _SHOP_WORD_ON, SHOP_WORDS as _SHOP_WORDS, STOP_NAME as _STOP_NAME,
    VENUES as _VENUES, VENUE_PARTS as _VENUE_PARTS,
)
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: A town, a port or a house and の before a shop word: a description of the shop (「まちの電器屋」, 町のパン屋), no name.
_DESCRIBED_LEAD = re.compile(r"^(?:町|まち|街|港町|下町|村|島|浜|港|うち|地域|地元)の")


#: いづみやの「…」, はなやで: a kana name + や (屋) after a delimiter, then の/で/は/が/に/へ/さん (not 、: a list).
_YA_AFTER = "(?:の|で|は|が|に|へ|さん)"
_KANA_YA_END = re.compile(r"[ぁ-ゖ]や" + _YA_AFTER)  # (what every match of _KANA_YA holds)
_KANA_YA = re.compile(r"(?:(?<=[、，,「『・（(\s■◆●【])|^)([ぁ-ゖ]{2,5}や)(?=" + _YA_AFTER + ")", re.M)
#: 「鶴の湯」「梅の湯」 in a list or quotes: a bathhouse's name (after a delimiter, before one or a particle).
_NO_YU = re.compile(r"(?:(?<=[、，,「『・（(\s])|^)([\u4e00-\u9fffぁ-ゖァ-ヴー]{1,4})の湯(?![\u4e00-\u9fffぁ-ゖァ-ヴー]*[み呑飲沸])"
                    r"(?=[、，,」』）)。\s]|が|は|で|に|を|と|の(?:向か|前|隣|裏|近く|横|そば|脇|先|手前|女将|主人)|$)", re.M)
#: (stop 34's still-failing table: 、滝の湯の向かい — a bath house before the word of where, by it)
#: Times and kinds before の湯 that make an ordinary phrase (朝の湯, 女性の湯).
_NOT_YU = frozenset("朝 昼 夜 夕 夕方 冬 夏 春 秋 一番 最後 最初 男 女 男性 女性 家 お家 うち 自宅 適温 熱め ぬるめ 源泉 温泉".split())

#: A business's head: the name right before is the business (ブルーフィールド社長).
HEAD_TITLES = ("代表取締役", "代表", "社長", "店主", "オーナー", "CEO", "取締役", "支配人")

#: Katakana words before a title that are roles or kinds, not a business's name (チーム代表).
_KATA_ROLE = frozenset("チーム グループ プロジェクト サークル ユニット クラブ ゼミ クラス バンド ファン "
                       "ブランド ショップ ストア カンパニー ベンチャー メーカー "
                       # (stop 35) ボランティア代表 朴 智勲: volunteers' representative, no business
                       "ボランティア サポーター スタッフ メンバー ユーザー".split())


#: Dishes that also start a stall's name with ・ (タコス・ソル): the name after them must not be a plain word.
_DISH_STALLS = frozenset("タコス ケバブ".split())
#: Shop marks (屋号の印) written before a one- or two-kanji name (丸勝, カネ吉, ヤマ正).
_MARKS = frozenset("丸 マル カネ ヤマ".split())
_KANJI_ONE = re.compile(r"[\u4e00-\u9fff々]{1,2}")
_SHOP_NAME = re.compile(r"(?<![ァ-ヴー\u4e00-\u9fff])(?:" + "|".join(map(re.escape, _SHOP_WORDS)) + r")([ 　・]?)")
#: A generation or a count right after a shop word (精肉店三代目: SudachiPy reads 三代 as a place), no name.
_COUNT_NAME = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:代|号|店|階|軒)")
#: After a business's name: its head or staff (喫茶ポプラの店主, 洋菓子店ルポのオーナー) — then even a common
#: katakana noun glued to the shop word is the shop's name.
_HEAD_AFTER = re.compile(r"(?:さん)?の(?:店主|大将|女将|おかみ|ご主人|主人|店長|オーナー|社長|代表|マスター|ママ|スタッフ|"
                         r"従業員|経営者|創業者|職人|常連)")
_HIRA_TO_DELIM = re.compile(r"[ぁ-ゖー]{2,8}?(?=(?:ほか|など)?(?:[（(、。，\s」！!？?]|$))")  # ブックス とんぼ|ほか

#: Business words that make a business only after a name in kana (おおわだ労務オフィス), not after a
#: katakana brand (ソフトバンクモバイルオフィス is a service).
_KANA_LED_SUFFIXES = frozenset("オフィス ラボ スタジオ アトリエ 研究室 設計室 相談所 相談室 工作室".split())  # とじま経営研究室, しらさぎ設計室
_ANY_WORD = frozenset(HEAD_TITLES) | SHOP_PREFIXES | SHOP_SUFFIXES | (ORG_SUFFIXES - _WEAK_SUFFIX) | _KANA_LED_SUFFIXES
_KANA_OR_KANJI = re.compile(r"[ぁ-ゖァ-ヺー\u4e00-\u9fff々]+")
_DELIM_CHARS = set(" 　\n\t、。，．・「」『』（）()【】[]：:；;！!？?／/")


def _delim_before(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in _DELIM_CHARS


#: Every proper ending of a business suffix (院 of 整骨院): a token that is none of them ends no suffix
#: SudachiPy split in two, so no string is joined for it (most tokens).
_SUFFIX_TAILS = frozenset(x[k:] for x in ORG_SUFFIXES for k in range(1, len(x)))
#: Every surface the token loop of :func:`business_names` acts on (a split suffix's tail, a word of _ANY_WORD): a
#: text with none of them as a token skips the loop (one C pass over the surfaces instead of ≈ 2 µs of Python).
_LOOP_WORDS = _SUFFIX_TAILS | _ANY_WORD


#: Kinds of society before 事務局 that name no one society (実行委員会事務局 is left to the other rules).
_GENERIC_SOCIETIES = frozenset("委員会 実行委員会 協議会 連絡会 保護者会 後援会 同窓会 町内会 自治会 商工会 研究会 総会 大会 学会".split())
#: 印刷会社（現・ミヤビプリント）: a kind of business, then its name today or before in brackets.
_NOW_CALLED = re.compile(r"(?:会社|企業|メーカー|工場|商店|店|銀行|信金|病院|医院|学校|旅館|ホテル|事務所|法人|団体|組合)"
                         r"[（(](?:現|旧)[・･:： 　]?([^（）()、。\s]{2,20})[）)]")


#: 照鶴会事務局（佐久間）: a society's name (kanji + 会) before its office.
_SOCIETY_OFFICE = re.compile(r"(?<![\u4e00-\u9fff々])(([\u4e00-\u9fff々]{2,5}会)事務局)")


_AUX_ENDS = frozenset("た だ です ます ない ぬ ん れる られる せる させる う よう まい たい らしい そう だろ でしょ".split())


def business_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for businesses named without a legal form (see the module docstring)."""
    if "会事務局" in text:
        for m in _SOCIETY_OFFICE.finditer(text):
            if m.group(2) not in _GENERIC_SOCIETIES and not m.group(2).endswith(tuple(_GENERIC_SOCIETIES)):
                yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "〜会（事務局の前）", data={"tier": 1})
    if "現" in text or "旧" in text:
        for m in _NOW_CALLED.finditer(text):
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "業種の語（現・旧＋名前）",
                       data={"tier": 1})
    yield from quoted_shop_names(text, toks)
    yield from quoted_kind_first(text, toks)
    yield from industry_names(text, toks)
    if KIND_GATE.search(text) is not None:
        yield from kind_first(text, toks)
    if "工房" in text or "劇団" in text or "合唱団" in text or "楽団" in text or "太鼓団" in text:  # (troupes.TROUPE_KINDS)
        yield from troupes(text, toks)
    if "の湯" in text:
        for m in _NO_YU.finditer(text):
            if m.group(1) not in _NOT_YU:
                yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.55, SOURCE, "〜の湯（浴場の名前）", data={"tier": 1})
    # (the name ends in や before a particle or さん; the pattern opens with a look-behind and cannot skip ahead)
    for m in _KANA_YA.finditer(text) if "や" in text and _KANA_YA_END.search(text) else ():
        a, b = m.span(1)
        inside = [t for t in toks if a <= t.start and t.end <= b - 1]
        if (not any(t.start == b - 1 and t.surface == "や" for t in toks) or not inside or inside[0].start != a
                or inside[-1].end != b - 1 or any(t.pos[0] not in ("名詞", "接頭辞", "接尾辞") or t.pos[1] == "代名詞" for t in inside)):
            continue  # これは|やはり, みかん|や|りんご (a list) are no shop names
        yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "かなの屋号（〜や）", data={"tier": 1})
    yield from _shop_names(text, toks)
    yield from _latin_orgs(text)
    for m in _CHOME_BODY.finditer(text) if "丁目" in text else ():  # (the pattern needs 丁目)
        yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.65, SOURCE, "町名＋丁目＋町内会", data={"tier": 1})
    if _LOOP_WORDS.isdisjoint(map(_SURFACE, toks)):
        return  # no token the loop below acts on (its two tests are s in _SUFFIX_TAILS, s in _ANY_WORD)
    for j, t in enumerate(toks):
        s = t.surface
        # (ブルーフィールド社長), サンライズパートナーズ代表
        if (j >= 2 and s in _SUFFIX_TAILS and toks[j - 1].end == t.start and toks[j - 1].surface + s in ORG_SUFFIXES
                and toks[j - 2].end == toks[j - 1].start and (_kana_no_name(text, toks, j - 2) or (
                    _HIRA.fullmatch(toks[j - 2].surface)
                    and len(toks[j - 2].surface) >= 2 and toks[j - 2].pos[0] == "名詞" and toks[j - 2].surface not in NOT_NAMES))):
            # えんどう|整骨|院, ほし|の|整骨|院: a hiragana name before a business word SudachiPy split in two
            u = toks[j - 3] if toks[j - 2].surface == "の" else toks[j - 2]
            yield Span("ORGANIZATION", u.start, t.end, text[u.start:t.end], 0.65, SOURCE,
                       f"かなの名前＋「{toks[j - 1].surface + s}」", data={"tier": 1})
        if s not in _ANY_WORD:
            continue  # most tokens: nothing to do
        if j > 0 and s in HEAD_TITLES:
            k = j
            while k > 0 and toks[k - 1].end == toks[k].start and (
                    _KATA.fullmatch(toks[k - 1].surface) or _LATIN.fullmatch(toks[k - 1].surface)):
                k -= 1
            run = toks[k:j]
            name = "".join(x.surface for x in run)
            if (run and len(name.replace("・", "")) >= 4 and not any(_is_pn(x) for x in run)
                    and not all(x.surface in _KATA_ROLE or x.surface in _KATA_COMMON for x in run)
                    and run[-1].surface not in _KATA_ROLE and name not in NOT_NAMES):
                yield Span("ORGANIZATION", run[0].start, run[-1].end, name, 0.65, SOURCE, f"事業名＋「{s}」",
                           data={"tier": 1})
        # は|なまる|屋, か|ね|いち|酒店: a kana name SudachiPy broke up (two or more tokens; one whole
        # word is the suffix rule's, which knows ひとり事務所 is not a name) before a shop or business word
        w = s
        if ((w in SHOP_SUFFIXES or (w in ORG_SUFFIXES and w not in _WEAK_SUFFIX) or w in _KANA_LED_SUFFIXES)
                and j > 0 and toks[j - 1].end == t.start):
            k = j
            while (k > 0 and toks[k - 1].end == toks[k].start and _KANA_OR_KANJI.fullmatch(toks[k - 1].surface)
                   and toks[k - 1].surface not in HONORIFICS):  # 楓 さおりさん|の|楓庵: a person's honorific ends it
                k -= 1
                if toks[k].surface in _CASE and k > 0 and toks[k - 1].pos[0] in ("名詞", "接尾辞") and not _HIRA.fullmatch(toks[k - 1].surface):
                    k += 1  # 近所の|酒店: cut after a case particle that follows a noun
                    break
            chunk = toks[k:j]
            name = "".join(x.surface for x in chunk)
            # 社会インフラ|や|物流: a particle between two words not in kana joins a list, not a name
            core_len = len(name) - sum(len(x.surface) for x in chunk if x.surface in _PROFESSIONS)  # とうじょう社会保険労務士
            if (len(chunk) >= 2 and 2 <= core_len <= 8 and chunk[0].pos[0] not in ("連体詞", "接続詞", "副詞", "代名詞") and re.search(r"[ぁ-ゖ]", name) and _delim_before(text, chunk[0].start)
                    and chunk[-1].surface not in _CASE
                    # しり|べし|信用金庫: a kana name may end like an auxiliary, not like grammar (〜た, 〜です)
                    and (chunk[-1].pos[0] != "助動詞" or (_HIRA.fullmatch(name) and chunk[-1].surface not in _AUX_ENDS))
                    # 「はなれ」|という|シェアオフィス: the quotative という is grammar, no part of a name
                    and not any(x.pos[0] == "動詞" and x.surface in ("いう", "言う", "いった", "言った") for x in chunk)
                    and not (chunk[-1].pos[0] == "動詞" and not _HIRA.fullmatch(name))
                    and not any(x.pos[0] == "助詞" for x in chunk[1:-1] if x.surface in ("が", "を", "に", "で"))
                    # ゆの宿 みずなら|など|旅館9軒: a list's word ends the name before it (stop 37, a-dev-678)
                    and not any(x.surface in ("など", "とか", "なんか", "ほか", "まで", "から", "より") for x in chunk)
                    and len(re.findall(r"[ぁ-ゖ]", name)) >= 2
                    # 「かのう製粉」|との|共同開発: a case particle opening the run after a quote ends no name's start
                    and not (chunk[0].pos[0] == "助詞" and chunk[0].start > 0 and text[chunk[0].start - 1] in "」』）)")
                    # 老舗|茶わん|屋: dictionary common nouns before 屋 name a trade (茶碗屋), not a shop
                    and not all(x.pos[:3] == ("名詞", "普通名詞", "一般") for x in chunk)
                    and not any(x.pos[0] == "助詞" and not _HIRA.fullmatch(w_[:1]) and not _HIRA.fullmatch(v.surface[-1:])
                                for v, x, w_ in zip(chunk, chunk[1:], [y.surface for y in chunk[2:]] + [w]))
                    and name not in NOT_NAMES
                    # 「まちの電器屋」, 町の|パン屋: the town's shop, a description (quoted_shops.DESCRIBED; stop 45, read dev)
                    and not _DESCRIBED_LEAD.match(name)):
                yield Span("ORGANIZATION", chunk[0].start, t.end, name + w, 0.65, SOURCE, f"かなの屋号＋「{w}」",
                           data={"tier": 1})


def _kana_no_name(text: str, toks: list[Token], j: int) -> bool:
    """Token ``j`` is the の of a hiragana name ending in の (ほし|の 整骨院 — ほしの): a hiragana noun before it, at the
    start of an item (not いつも|の, うち|の: an adverb or a pronoun; not 近所|の: kanji)."""
    if toks[j].surface != "の" or j == 0:
        return False
    u = toks[j - 1]
    return (bool(_HIRA.fullmatch(u.surface)) and len(u.surface) >= 2 and u.pos[0] == "名詞" and u.pos[1] != "代名詞"
            and u.pos[2] != "副詞可能" and u.end == toks[j].start and u.surface not in NOT_NAMES and _delim_before(text, u.start))


_CHOME_BODY = re.compile(r"(?<![\u4e00-\u9fff々ヶァ-ヴー])[\u4e00-\u9fff々ヶァ-ヴー]{1,6}[一二三四五六七八九十0-9０-９]{1,2}丁目"
                         r"(?:町内会|自治会|子ども会|子供会|商店会|老人会|婦人会)")


#: A trade phrase ending in a shop or workshop word, a space, then the name in kana (生鮮市場 かねまつ,
#: 織物工房 いとへん, 雑貨と器の店 ひより).
#: The trade word and space every match of :data:`_TRADE_SPACE_NAME` holds (searched first: that pattern opens with a
#: look-behind).
_TRADE_END = "(?:工房|市場|の店|ショップ|商店|食堂|酒場|本舗)"
_TRADE_SPACE_WORD = re.compile(_TRADE_END + "[ 　]")
_TRADE_SPACE_NAME = re.compile(r"(?<![\u4e00-\u9fffぁ-ゖァ-ヴー])[\u4e00-\u9fffぁ-ゖァ-ヴー]{0,6}?" + _TRADE_END +
                               r"[ 　](?:[ぁ-ゖー]{2,8}|[ァ-ヴー]{2,8})(?=[（(、。，\s」！!？?]|$)")


#: The shop words alone, to test whether the text holds any (every match of :data:`_SHOP_NAME` holds one). Without
#: _SHOP_NAME's leading look-behind ``re`` skips ahead to the words' first characters instead of trying every
#: position: 0.7 µs per GSD sentence, where the scan with _SHOP_NAME cost 3 µs and the token map before it 2 µs
#: (the old test, "any of the words' first characters", passed on 91% of sentences: う, お, た, と are common).
_SHOP_WORD_ANY = re.compile("|".join(map(re.escape, _SHOP_WORDS)))


def _shop_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """喫茶みどり, 喫茶 ひまわり, カフェ・トロワ, そば処 長寿庵: a shop word, then the shop's own name."""
    if " " in text or "\u3000" in text:  # (they need a space)
        spaced = list(spaced_trade_names(text, toks))
        # spaced_trades reads where the name ends on the tokens (塩工房 なみのおと|は、): where it found the same
        # business, its span is the one; this pattern adds the trade phrases it does not open (雑貨と器の店 ひより)
        starts = {s.start for s in spaced}
        for m in _TRADE_SPACE_NAME.finditer(text) if _TRADE_SPACE_WORD.search(text) else ():
            if m.start() in starts:
                continue
            kind = re.match(r"\S+[ 　]", m.group()).group()  # (every match holds the trade word and its space)
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.6, SOURCE, "業種の語＋空白＋かなの名前",
                       data={"tier": 1, "kind_prefix": kind, "core": m.group()[len(kind):]})
        yield from spaced
    if _SHOP_WORD_ANY.search(text) is None:  # no shop word in the text: _SHOP_NAME cannot match
        return
    starts = {t.start: k for k, t in enumerate(toks)}
    for m in _SHOP_NAME.finditer(text):
        k = starts.get(m.end())
        if k is None:
            continue
        sep = m.group(1)
        if sep and text[m.start() : m.end() - len(sep)] in GLUED_ONLY_KINDS:
            continue  # 居宅介護支援センター 三宅: an attendee's surname after the care office (stop 45)
        e = k
        while e < len(toks) and toks[e].end - toks[k].start <= 10:
            u = toks[e]
            if (u.surface in _STOP_NAME or u.pos[0] in ("助詞", "助動詞", "補助記号", "空白", "動詞")
                    or u.pos[2] == "副詞可能"):
                break
            e += 1
        if sep.strip() == "" and sep and (h := _HIRA_TO_DELIM.match(text, m.end())):
            # 炭火焼 とりまさ（…）: after a space, a hiragana name up to a delimiter, however SudachiPy split it
            while e < len(toks) and toks[e].end <= h.end():
                e += 1
            if e == k or toks[e - 1].end != h.end():
                continue  # the name does not end on a token boundary
        if sep == "・":
            # カフェ・ド・ソレイユ: katakana words joined by ・ are one name
            while (e + 1 < len(toks) and toks[e].surface == "・" and _KATA.fullmatch(toks[e + 1].surface)
                   and toks[e + 1].end - toks[k].start <= 20):
                e += 2
        if (not sep and _HIRA.match(toks[k].surface) and toks[k].pos[0] not in ("助詞", "助動詞")  # not グループホーム|の|ため
                and (ke := _kana_name_end(toks, k)) and ke > e):
            e = ke  # 酒場ゆうなぎ, 酒場ほたるび: a kana name SudachiPy broke into a verb or counters
        no_name = not sep and _x_no_y(toks, k, e)
        if no_name:
            e += 2  # ベーカリー麦の穂, カフェ森の時間: a short noun, の and a short noun make the name
        if e == k:
            continue
        first, name = toks[k], "".join(x.surface for x in toks[k:e])
        if text[m.end() - 1 : m.end() + 1].endswith(("主", "長")) or first.surface in ("主", "主の", "長", "長の"):
            continue  # 工房主の佐保, 店長の…: the head of the business and a person, not a name after the kind
        if (first.pos[1] == "数詞" or _COUNT_NAME.match(name)
                or (_KANJI.fullmatch(name) and all(x.pos[2] == "サ変可能" and not x.oov for x in toks[k:e]))):
            continue  # 精肉店三代目, 喫茶2号店: a count or generation; 工房 見学, 工房見学: an activity, no name
        if (first.surface in _SHOP_WORD_ON or name in _SHOP_WORD_ON or name in _STOP_NAME or name in _SHOP_WORDS
                or name in _VENUE_PARTS):
            continue  # (カフェ など, 旅館 ホテル: a particle or another shop word, no name)
        word = text[m.start() : m.end()].strip(" 　・")
        if word in _DISH_STALLS and all(x.pos[1] == "普通名詞" and not x.oov for x in toks[k:e] if x.surface != "・"):
            continue  # タコス・サラダ: a dish, not the stall タコス・ソル
        if (not sep and _KATA.fullmatch(word) and _KATA.fullmatch(first.surface)
                and not _HEAD_AFTER.match(text, toks[e - 1].end)):
            continue  # スーパーマリオ, バーカウンター: one katakana word, not a shop word + its name
        if not sep and not no_name and not _HEAD_AFTER.match(text, toks[e - 1].end) and not (
                (_HIRA.fullmatch(first.surface) and len(first.surface) >= 2 and first.pos[0] == "名詞")
                or (_KATA.fullmatch(first.surface) and len(first.surface) >= 2 and first.surface not in _KATA_COMMON
                    and first.pos[1] != "普通名詞")
                or first.pos[1] == "固有名詞" or first.oov or (e - k >= 2 and _HIRA.fullmatch(name))
                or (word in _VENUES and e == k + 1 and _kanji_venue_name(first))
                # とんかつ丸勝, うどんカネ吉: a shop's mark and a kanji after the trade word (屋号の印)
                or (first.surface in _MARKS and e == k + 2 and bool(_KANJI_ONE.fullmatch(toks[k + 1].surface)))):
            continue  # glued to the shop word, the name must look like one (not 喫茶|店, カフェ|巡り)
        a, b = m.start(), toks[e - 1].end
        yield Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, f"業種＋名前（{text[a:m.end()].strip(' 　・')}〜）",
                   data={"tier": 1, "kind_prefix": text[a:m.end()], "core": text[m.end():b]})


def _kanji_venue_name(tok: Token) -> bool:
    """One plain kanji noun after a venue word is the venue's name (ホテル潮騒, 旅館松風), unless it names a
    part of it, a person there or a meal (ホテル客室, 旅館女将, ホテル朝食)."""
    return (bool(_KANJI_WORD.fullmatch(tok.surface)) and len(tok.surface) >= 2 and tok.pos[:3] == ("名詞", "普通名詞", "一般")
            and tok.surface not in _VENUE_PARTS and tok.surface not in NOT_NAMES)


_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]+")


def _short_noun(t: Token) -> bool:
    """One or two kanji or kana of a plain noun that can be half of a shop's X の Y name (麦, 森, ひかり)."""
    return (t.pos[0] == "名詞" and t.pos[1] not in ("数詞", "代名詞") and t.pos[2] not in ("サ変可能", "副詞可能", "助数詞可能")
            and 1 <= len(t.surface) <= 2 and bool(_KANA_OR_KANJI.fullmatch(t.surface)) and not _KATA.fullmatch(t.surface)
            and t.surface not in _VENUE_PARTS and t.surface not in _SHOP_WORD_ON and t.surface not in _STOP_NAME)


def _x_no_y(toks: list[Token], k: int, e: int) -> bool:
    """Tokens ``k:e`` are one short noun glued to the shop word and ``e`` is の between it and another short noun,
    then a particle or a delimiter: the shop's name is X の Y (ベーカリー麦の穂, 珈琲店 森の時間 — not 喫茶室利用の方)."""
    if e != k + 1 or e + 1 >= len(toks) or toks[e].surface != "の":
        return False
    x, no, y = toks[k], toks[e], toks[e + 1]
    if not (x.end == no.start and no.end == y.start and _short_noun(x) and _short_noun(y)):
        return False
    return e + 2 == len(toks) or toks[e + 2].pos[0] in ("助詞", "補助記号", "空白")


def _kana_name_end(toks: list[Token], k: int) -> int | None:
    """Token index past a kana name glued to a shop word that SudachiPy broke up (酒場|ゆう|なぎ, 酒場|ほたる|び):
    hiragana content words (3 to 8 characters, no particle) ending with a noun, then a particle or a
    delimiter (not 喫茶|し|ながら, 食堂|なら|で|は)."""
    e, size = k, 0
    while (e < len(toks) and _HIRA.fullmatch(toks[e].surface) and toks[e].pos[0] not in ("助詞", "助動詞")
           and toks[e].start == toks[e - 1].end and size + len(toks[e].surface) <= 8):
        size += len(toks[e].surface)
        e += 1
    if (e - k < 2 or size < 3 or toks[k].pos[0] not in ("名詞", "動詞", "形容詞", "接頭辞") or toks[e - 1].pos[0] != "名詞"
            or toks[k].surface in ("お", "ご")):  # (スーパー|お|すすめ: the polite prefix makes a word, no name)
        return None
    if e < len(toks) and toks[e].pos[0] not in ("助詞", "助動詞", "補助記号", "空白"):
        return None
    return e


_L = "A-Za-zＡ-Ｚａ-ｚÀ-ÖØ-öø-ÿĀ-ʯḀ-ỹ"  # Latin with diacritics (Cafe Lumière)
_LATIN_RUN = re.compile(rf"(?<![{_L}])(?:[A-ZＡ-ＺÀ-ÖØ-Þ][{_L}&'.]+)(?:[ 　](?:[A-ZＡ-ＺÀ-ÖØ-Þ][{_L}&'.]+)){{1,3}}"
                        r"(?:[ 　][ァ-ヴー]{2,8})?")


_CAPITAL = re.compile("[A-ZＡ-Ｚ]")


#: Lower-case Latin kind words a salon or a shop writes before its own name (nail room まめはな, hair salon hana).
_LOWER_KINDS = LATIN_ORG_WORDS | frozenset("nail hair room beauty esthe eyelash flower florist bake sweets".split())
_LOWER_RUN = re.compile(r"(?:(?<=[「『（(\s【])|^)(?P<kinds>(?:[a-z]{3,10} ){1,2})(?P<name>[ぁ-ゖー]{2,8}|[ァ-ヴー]{2,8}|[a-z]{3,12})"
                        r"(?=[」』）)\s、。！!]|$)", re.M)


def _latin_orgs(text: str) -> Iterator[Span]:
    """Capitalised Latin words with a business word among them: Azulejo Labs, Guesthouse Hinode. Also lower-case kind
    words before a kana or Latin name (「nail room まめはな」, nail atelier mimi; stop 41, read names dev wave 13)."""
    if " " in text:
        for m in _LOWER_RUN.finditer(text):
            if all(w in _LOWER_KINDS for w in m.group("kinds").split()) and m.group("name") not in _LOWER_KINDS:
                yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.65, SOURCE, "英字の事業名（小文字の種類の語＋名前）",
                           data={"tier": 1})
    if _CAPITAL.search(text) is None:
        return  # every run starts with a capital letter
    for m in _LATIN_RUN.finditer(text):
        words = unicodedata.normalize("NFKC", m.group()).split()
        if any(w.lower().strip(".") in LATIN_ORG_WORDS for w in words):
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.65, SOURCE, "英字の事業名", data={"tier": 1})
