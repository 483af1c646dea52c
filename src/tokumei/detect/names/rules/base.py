"""Shared pieces of the tier-1 name rules: token predicates, word sets and the suffix tests that
both the person rules (:mod:`.people`) and the organisation rules (:mod:`.orgs`) use.

Token predicates work on :class:`~tokumei.detect.names.tokens.Token` (SudachiPy mode C, POS as
the dictionary gives it: 名詞-固有名詞-人名-姓 …). Word lists that are data live in
:mod:`tokumei.detect.names.lexicon`; the sets here are the rules' own small vocabularies.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [t.surface for t in tokenize("会計事務所") if _strong_end(t.surface)]
    ['会計事務所']
"""
from __future__ import annotations

import re
from operator import itemgetter

from tokumei.detect.names.lexicon import (
    CORE_HONORIFICS, HONORIFICS, HOUSEHOLD_AFTER, LEGAL_FORMS, NOT_NAMES, ORG_REFERENCES, ORG_SUFFIXES,
    PERSON_REFERENCES, RULE_TITLES, SHOP_SUFFIXES, SHOP_TRADES, TITLES,
)
from tokumei.detect.names.tokens import Token

SOURCE = "jp.names.rules.v1"
#: Reasons of person rules that read a person from the words around the name, not from the name itself (母の|トメ,
#: ネパール出身の|タパ, ベトナムから来た|タン): anonymize.sense_doubt trusts these as it trusts a sure model span, so the
#: rules and that check share the strings here (stop 37: a reason changed on one side once and スイス出身のケラー was published).
ROLE_BEFORE_REASON = "役割「{}の」の後"
FROM_REASON = "〜出身の＋カタカナの名前"
CAME_FROM_REASON = "〜から来た＋カタカナの名前"
CONTEXT_PERSON_REASONS = re.compile(re.escape(ROLE_BEFORE_REASON).replace(r"\{\}", "[^」]{1,5}") + "|"
                                    + re.escape(FROM_REASON) + "|" + re.escape(CAME_FROM_REASON))
#: What 『』 hold when they quote how someone is called, a short name and its honorific (『カッちゃん』, 『トゥアンくん』): no
#: work's title — rules.work_titles and anonymize.sense both read it (stop 39, names and anonymize dev wave 11).
#: A municipality and a middle dot at the start of a heading's subject (花巻市・自転車店, 遠野市・写真館 in a case study):
#: rules.orgs reads no shop there, and the model's place stops before the dot (names.model.edges).
MUNICIPALITY_DOT = re.compile(r"[\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,8}[市町村区]・")
CALL_ONLY = re.compile(r"[^『』\s]{1,10}(?:さん|くん|ちゃん|君|様|さま|先生)")


_KATA = re.compile(r"[ァ-ヴー・＝=]+")
#: The characters of :data:`_KATA`: a word whose first one is none of them is no katakana word (one set
#: lookup before the regex call, for loops over every token).
_KATA_CHARS = frozenset(map(chr, range(ord("ァ"), ord("ヴ") + 1))) | frozenset("ー・＝=")
#: A token's surface (Token is a tuple): ``map(_SURFACE, toks)`` reads every surface in C, for the rules'
#: pre-checks "does any token have one of these words" (``frozenset.isdisjoint``), which skip a loop
#: over the tokens that could act on none.
_SURFACE = itemgetter(0)


_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ.&'\-]*")


_KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")


_JOIN = frozenset("・＝=")


_WEAK_SUFFIX = frozenset("社 会 団 部 局 署 家 軍 党 省 庁 組 リーグ クラブ".split())
_SUFFIX_SIZES = tuple(sorted({len(x) for x in ORG_SUFFIXES}, reverse=True))


def org_end(s: str) -> str | None:
    """The longest business suffix (lexicon.ORG_SUFFIXES) ``s`` ends with, or None. 例: ``org_end("竹屋敷工房") == "工房"``"""
    for size in _SUFFIX_SIZES:
        if len(s) >= size and s[-size:] in ORG_SUFFIXES:
            return s[-size:]
    return None


_FOLD = str.maketrans("（）", "()")


_PROFESSIONS = frozenset("税理士 社労士 社会保険労務士 司法書士 行政書士 会計士 公認会計士 弁護士 弁理士 "
                         "中小企業診断士 診断士 土地家屋調査士 設計士 建築士".split())


#: Katakana common nouns that precede such words as roles, not names (チーム監督, プロ選手).
_KATA_COMMON = frozenset("チーム クラブ リーグ ゲスト プロ アマ ユース コーチ ヘッド メジャー マイナー トップ エース "
                         "ベテラン ルーキー サッカー テニス ゴルフ ラグビー バレー バスケット ボクシング スキー "
                         "ピッチャー キャッチャー オーナー スター ロック ポップ ジャズ ダンス レース "
                         # duties in a job advert and writing systems (仕事内容：ホール・洗い場, カタカナが大変)
                         "ホール キッチン レジ フロア カタカナ ひらがな ローマ字 "
                         # roles written before a name (中国出身のスタッフ王 麗, トリマーの…): never the name itself
                         "スタッフ トリマー パート アルバイト バイト マネージャー リーダー メンバー シェフ ドライバー トレーナー "
                         "インストラクター ガイド ヘルパー セラピスト デザイナー エンジニア パティシエ".split())


def _text_after(toks: list[Token], j: int, width: int = 6) -> str:
    return "".join([t.surface for t in toks[j : j + width]])  # (a list joins faster than a generator)


def _cover(toks: list[Token], i: int, size: int) -> int | None:
    """Index just past the tokens from ``i`` that make up exactly ``size`` characters, or None when
    the text ends or a token straddles that point (1|世 for 「1世」, 所属|事務所 for 「所属事務所」)."""
    k, used = i, 0
    while k < len(toks) and used < size:
        used += len(toks[k].surface)
        k += 1
    return k if used == size else None


def _norm(s: str) -> str:
    return s.translate(_FOLD) if "（" in s else s


def _is_pn(t: Token) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名"


def _is_proper(t: Token) -> bool:
    return t.pos[1] == "固有名詞"


def _namey(t: Token) -> bool:
    """Could be (part of) a proper name: proper noun, katakana, Latin or unknown word."""
    s = t.surface
    if s in _JOIN or s == "ー":
        return False  # 営業|・|物流: a separator is no name
    return _is_proper(t) or t.oov or bool(_KATA.fullmatch(s)) or bool(_LATIN.fullmatch(s))


def _nounish(t: Token) -> bool:
    p = t.pos
    s = _norm(t.surface)
    if s in _PROFESSIONS:
        return True  # すずき社労士事務所: part of an office name (the honorific rule checks titles itself)
    if s in TITLES or s in HONORIFICS or s in LEGAL_FORMS or s in ORG_REFERENCES or s in PERSON_REFERENCES:
        return False
    if p[0] == "名詞" and p[1] != "数詞" and p[2] != "副詞可能":
        return True
    if p[0] == "形状詞" and _KATA.fullmatch(s):
        return True  # 株式会社ハートフル|キッチン, セツさん: a katakana adjective word in a name
    if p[0] == "接頭辞" or (p[0] == "接尾辞" and p[1] == "名詞的"):
        return True
    return p[0] == "補助記号" and s in ("・", "&", "＆", "ー")


#: Every word called after a name: honorifics, the titles the model reads too, and the rules' own titles.
_CALL_WORDS = HONORIFICS | TITLES | RULE_TITLES
_TITLE_FIRST = frozenset(x[0] for x in _CALL_WORDS)
#: Every proper beginning of an honorific or title (部 of 部長): :func:`_title_at` stops joining tokens when the
#: joined text is neither a title nor one of these.
_TITLE_STEMS = frozenset(x[:k] for x in _CALL_WORDS for k in range(1, len(x)))


#: Heads of a department after its name (製造|部長, 総務|課長): 関製造部長 is 関 + the title 製造部長.
_DEPT_HEADS = frozenset("部長 課長 係長 室長 次長 部門長 工場長 本部長".split())


def _dept_title(toks: list[Token], j: int) -> str | None:
    """A department's name (a two- to four-kanji common noun) and its head's title from ``j`` (製造|部|長)."""
    t = toks[j]
    if not (t.pos[1] == "普通名詞" and 2 <= len(t.surface) <= 6 and _KANJI.fullmatch(t.surface)):
        return None
    if len(t.surface) >= 4 and t.surface.endswith(tuple(_DEPT_HEADS)):
        return t.surface  # 経理課長 (one word)
    if t.surface[-1] in "部課室" and j + 1 < len(toks) and toks[j + 1].surface == "長":
        return t.surface + "長"  # 営業部|長
    acc = ""
    for m in range(j + 1, min(j + 3, len(toks))):
        acc += toks[m].surface
        if acc in _DEPT_HEADS:
            return t.surface + acc
    return None


def _title_at(toks: list[Token], j: int) -> str | None:
    """The honorific/title made of the tokens from ``j`` (部長, or 部|長 split by SudachiPy; 製造部長)."""
    if j >= len(toks):
        return None
    if toks[j].surface[:1] not in _TITLE_FIRST:
        return _dept_title(toks, j)
    acc, best, after = "", None, j
    for m in range(j, min(j + 3, len(toks))):
        acc += toks[m].surface
        if acc in _CALL_WORDS:
            best, after = acc, m + 1
        elif acc not in _TITLE_STEMS:
            break  # no title starts with these characters: none longer either
    if best and after < len(toks) and toks[after].start == toks[after - 1].end and toks[after].surface in _BODY_AFTER_TITLE:
        return None  # 岩手県|薬剤師|会, 税理士|会: a profession's body, not a person's title
    return best


#: Words that make a profession's word before them a body (薬剤師会, 社労士会, 医師会, 税理士協会).
_BODY_AFTER_TITLE = frozenset("会 協会 連合会 組合 会館 会議所 事務所 法人".split())


#: After a place name these make a branch or site of an organisation (静岡銀行 島田支店): the name
#: before them is a place, never a person; the whole 「島田支店」 is reported as ORGANIZATION
#: (``data["kind"] = "branch"``) so the place does not stay in the text.
BRANCH_SUFFIXES = frozenset("支店 支社 営業所 出張所 事業所 工場 店 本店 本社 支部 分室 分店".split())


#: Hiragana nouns that are ordinary words before 事務所/保育園 etc., not a business name (ひとり事務所).
_HIRA_STOP = frozenset("ひとり ふたり みんな みな こちら そちら あちら どこ ここ そこ あそこ いま まち むら "
                       "うち おうち わたし あなた かれ かのじょ もの こと ところ とき ため "
                       # kinds of community programme (ふれあいサロン, いきいき教室), not a name
                       "ふれあい いきいき".split())


def _biz_after(toks: list[Token], j: int) -> bool:
    """A short kanji noun then a business word follows (やまだ|陶|苑, さとう|社労士|事務所)."""
    if j + 1 >= len(toks):
        return False
    u, v = toks[j], toks[j + 1]
    if not (_KANJI.fullmatch(u.surface) and u.pos[0] == "名詞" and len(u.surface) <= 3) or _title_at(toks, j):
        return False
    w = _norm(v.surface)
    return (w in SHOP_SUFFIXES or (w in ORG_SUFFIXES and w not in _WEAK_SUFFIX) or _strong_end(w) is not None
            or _trade_shop(toks, j))


def _trade_shop(toks: list[Token], j: int) -> bool:
    """Tokens ``j``, ``j+1`` are a trade word and 店 (田中|米|店, 佐藤|青果|店, 中村|時計|店)."""
    if j + 1 >= len(toks) or toks[j + 1].surface != "店":
        return False
    u = toks[j]
    return (u.surface + "店" in SHOP_TRADES or (u.pos[1] == "普通名詞" and bool(_KANJI.fullmatch(u.surface))
                                                and 1 <= len(u.surface) <= 3 and u.end == toks[j + 1].start))


def _household(toks: list[Token], j: int) -> bool:
    """Token ``j`` is 家 after a surname that names a family, not a house/clan organisation:
    山田家の長男, 山田家の相続, 山田家ご一同, 山田家様 (not 島津家が, 伊達家の前身)."""
    if j == 0 or j + 1 >= len(toks):
        return False
    sur = toks[j - 1]
    if not (_is_pn(sur) and sur.pos[3] == "姓" and _KANJI.fullmatch(sur.surface)):
        return False
    if j > 1 and _nounish(toks[j - 2]) and not toks[j - 2].surface.isspace():
        return False  # 越前|島津家, 仙台藩|伊達家: a clan named by its domain
    nxt = toks[j + 1].surface
    if nxt == "の" and j + 2 < len(toks):
        return toks[j + 2].surface in HOUSEHOLD_AFTER or toks[j + 2].surface + _text_after(toks, j + 3, 1) in HOUSEHOLD_AFTER
    return _text_after(toks, j + 1, 2).startswith(("ご一同", "御一同", "一同")) or _title_at(toks, j + 1) in CORE_HONORIFICS


def _hira_name(t: Token) -> bool:
    """A hiragana word that can be a business's name (さとう, ひかり, みどり, のぞみ), not ひとり/みんな."""
    s = t.surface
    return (len(s) >= 2 and bool(_HIRA.fullmatch(s)) and t.pos[0] == "名詞" and t.pos[2] != "副詞可能"
            and s not in _HIRA_STOP and s not in NOT_NAMES)


def _org_run(toks: list[Token], i: int, step: int, limit: int = 6) -> int:
    """Index just past the run of nounish tokens from ``i`` in direction ``step``."""
    k = i
    while 0 <= k < len(toks) and abs(k - i) < limit and _nounish(toks[k]) and not toks[k].surface.isspace():
        k += step
    return k


_HIRA = re.compile(r"[ぁ-ゖー]+")


_STRONG = tuple(ORG_SUFFIXES - _WEAK_SUFFIX)


_STRONG_SET = frozenset(x for x in _STRONG if len(x) >= 2)


_STRONG_SIZES = tuple(sorted({len(x) for x in _STRONG_SET}, reverse=True))


_STRONG_LAST = frozenset(x[-1] for x in _STRONG_SET)


def _strong_end(s: str) -> str | None:
    """The business suffix a compound common noun ends with (会計事務所 → 事務所, 動物病院 → 病院)."""
    if s[-1:] not in _STRONG_LAST:
        return None  # no suffix ends with this character (most words): no lookup per length
    for size in _STRONG_SIZES:  # longest first; a set lookup per length, not an endswith per suffix
        if len(s) > size and s[-size:] in _STRONG_SET:
            return s[-size:]
    return None


#: Words that make a run of capitalised Latin words a business (Azulejo Labs, KAWASE DESIGN OFFICE,
#: Cafe Lumière): the Latin business rule and the Latin person rules both read them.
LATIN_ORG_WORDS = frozenset("labs lab inc ltd llc corp co office design studio studios works shop bakery cafe café caffe "
                            "coffee bar bistro brasserie trattoria boulangerie patisserie guesthouse hostel hotel inn "
                            "lodge house partners consulting company kitchen farm factory salon atelier gallery brewery "
                            "winery roasters store market garden harbor harbour club labo "
                            # 「Maple English Room」: a lesson room, a school (stop 44, read anonymize dev wave 16)
                            "room school academy".split())
_SHOP_BEFORE = re.compile(r"(?:店名|屋号|新店舗|新店|店舗|ブランド|社名)\s*(?:は|が|:|：|「)?\s*$")


def latin_venue(text: str, a: int, b: int) -> bool:
    """text[a:b], Latin words read as a person's full name, is a shop's or a company's name: it holds a
    word of :data:`LATIN_ORG_WORDS` (Cafe Lumière, Blue Harbor) or follows 店名は/新店舗.
    例: ``latin_venue("Cafe Lumière", 0, 12) is True``"""
    return any(w.lower().strip(".") in LATIN_ORG_WORDS for w in text[a:b].split()) \
        or bool(_SHOP_BEFORE.search(text, max(0, a - 8), a))


#: A kanji numeral and a counter (五本, 三枚, 百軒, 三代, 千輪): a place or a surname to SudachiDict somewhere, a count in
#: a shop's text (read by the place and surname rules and by :mod:`tokumei.anonymize.places`).
COUNTED = re.compile(r"[一二三四五六七八九十百千]{1,3}[代世本枚個杯軒台匹頭羽冊粒切串皿輪夜晩泊人名]")  # (三夜: stop 43; 十人: stop 44)


def jm_types(word: str) -> str:
    """JMnedict's name types of ``word`` (``g`` given, ``s`` surname, ``f``/``m`` female/male given, …; "" when it
    lists none). The table is the learned tier's, read once. 例: ``"g" in jm_types("あかり")``"""
    from tokumei.detect.names.model import jmnedict

    return jmnedict().get(word, "")
