"""Edges of the business names the rules found (:func:`tokumei.detect.names.rules.business.business_names` and
the organisation rules): grow a name to the end of its quote (「みつばち屋 そまびと」), over a の + word tail
(民宿 谷瀬の家), over a kana tail (とじま経営研究室 → …) and back over a kana lead. Split from business.py (it had
grown past 600 lines); the code is unchanged.

例::

    >>> from tokumei.span import Span
    >>> t = "「民宿 谷瀬の家」に泊まる"
    >>> [s.text for s in extend_to_quote(t, [Span("ORGANIZATION", 1, 6, t[1:6], 0.6, "x", "")])]
    ['民宿 谷瀬の家']
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import HONORIFICS, NOT_NAMES, TITLES
from tokumei.detect.names.rules.business import _delim_before
from tokumei.detect.names.rules.shop_words import HIRA as _HIRA
from tokumei.detect.names.tokens import person_readings
from tokumei.span import Span


#: After an organisation that opens a quote, what is left of the quote when it is more of the name: a space
#: or ・ and a word, or の and a word (「みつばち屋 そまびと」, 「民宿 谷瀬の家」).
_QUOTE_REST = re.compile(r"(?:[ 　・][ぁ-ゖァ-ヴー\u4e00-\u9fff々]{1,8}|[ァ-ヴー\u4e00-\u9fff々][ぁ-ゖァ-ヴー\u4e00-\u9fff々]{0,7}"
                         r"|の[\u4e00-\u9fff々]{1,2})」")


def extend_to_quote(text: str, spans: list[Span]) -> list[Span]:
    """An organisation that opens a 「」 takes in the rest of the quote when that is a short word written on
    (「みつばち屋 そまびと」: the found みつばち屋 → the whole name), so no half of the name is left."""
    if "「" not in text:
        return spans
    out = []
    for sp in spans:
        if (sp.label == "ORGANIZATION" and sp.start > 0 and text[sp.start - 1] == "「"
                and (m := _QUOTE_REST.match(text, sp.end))
):
            sp = sp.with_(end=m.end() - 1, text=text[sp.start : m.end() - 1])
        if (sp.label == "ORGANIZATION" and text[sp.end : sp.end + 1] == "」" and (q := text.rfind("「", 0, sp.start)) >= 0
                and (_KIND_LEAD.fullmatch(text, q + 1, sp.start) or _name_lead(text, q + 1, sp.start))):
            # 「就労継続支援B型事業所 こもれび作業所」: the kind too; 「北浦いも畑 しらはた農園」: the words of the name before it
            sp = sp.with_(start=q + 1, text=text[q + 1 : sp.end])
        out.append(sp)
    return out

#: Words of a name before its last part, each followed by a space (北浦いも畑 , 手打ちそば 釜の淵 ): letters only, at most
#: two words of up to ten letters, no sentence in them (a particle between two kanji words, a verb's ending).
_NAME_LEAD = re.compile(r"(?:[\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z0-9・]{1,10}[ 　]){1,2}")
_LEAD_GRAMMAR = re.compile(r"[\u4e00-\u9fff々ァ-ヴー][はがをでにへともや][\u4e00-\u9fff々ァ-ヴー]|[はがをにでともへ][ 　]|です|ます|した|から|まで|より")


def _name_lead(text: str, a: int, b: int) -> bool:
    return b > a and _NAME_LEAD.fullmatch(text, a, b) is not None and _LEAD_GRAMMAR.search(text, a, b) is None


#: A kind written before the name inside the same quote, then a space (「就労継続支援B型事業所 こもれび作業所」).
_KIND_LEAD = re.compile(r"[^「」\n、。]{1,16}(?:事業所|施設|ホーム|センター|店|教室|工房|法人|組合|協会|ステーション)[ 　]")

_KANA_TAIL = re.compile(r"[ぁ-ゖー]{1,6}(?=[\s、。，．（(」）)・！!？?]|$)")
_PARTICLE_END = ("は", "が", "を", "に", "で", "と", "も", "へ", "や", "の", "から", "まで", "より", "です", "でした", "ます")


#: After a legal-form name: の and a short word up to a space, a bracket or the line's end (合同会社 浜|の灯　TEL,
#: 合同会社ひまか|の風（本社…）: the name goes on (not 株式会社ミライの担当、: a comma or a title ends it).
_NO_TAIL = re.compile(r"[ぁ-ゖ]{0,2}の([\u4e00-\u9fff々ァ-ヴー][\u4e00-\u9fff々ぁ-ゖァ-ヴー]{0,7})(?=[ 　（(」』\n]|$)")


def extend_no_tail(text: str, spans: list[Span]) -> list[Span]:
    """An organisation with a legal form takes in の + a short word written on before a space or a bracket."""
    out = []
    for sp in spans:
        if (sp.label == "ORGANIZATION" and (sp.data or {}).get("legal_form") and (m := _NO_TAIL.match(text, sp.end))
                and m.group(1) not in NOT_NAMES and m.group(1) not in HONORIFICS and m.group(1) not in TITLES
                and m.group(1) not in _NOT_NO_TAIL and not _TAIL_GRAMMAR.search(m.group(1))
                and not m.group(1).endswith(_TITLE_ENDS)  # 〜の鈴木部長: a person and a title
                and not m.group(1).startswith(_TITLE_STARTS)  # 〜の代表村瀬 大樹さん: a title and a person
                and (m.group(1) in _NAME_LAST_WORDS or not person_readings(m.group(1)))):
            # 株式会社ひすい煙火の|猪又 亘さん: the company's person — but 株式会社あさくら果樹の|里 (a given name to
            # SudachiDict, and a company's last word far more often)
            sp = sp.with_(end=m.end(), text=text[sp.start : m.end()])
        out.append(sp)
    return out


#: One-kanji words that end a company's name after の (〜果樹の里, 〜の杜, 〜の郷) though SudachiDict lists them as names.
_NAME_LAST_WORDS = frozenset("里 杜 森 郷 丘 蔵 庄 泉 家 宿 湯 浜 庭 園 舎".split())
_TITLE_ENDS = tuple(TITLES | HONORIFICS)
_TITLE_STARTS = tuple(sorted(TITLES | {"代表", "社長", "会長", "店主", "担当"}, key=len, reverse=True))


#: Kana inside a longer tail that make it a phrase, not a name (株式会社ミライの社長から話を, …の方に).
_TAIL_GRAMMAR = re.compile(r"[にをがはでともへやか]|[ぁ-ゖ]{3,}|です|ます|した|^[新旧各全本同]"
                           r"|(?:工場|店|社|所|部|課|室|倉庫|拠点|施設|製品|商品|計画|事業|取り組み|者|員)$")


#: Words after 〜の that are about the company, not part of its name (株式会社ミライの社長　山田).
_NOT_NO_TAIL = frozenset("社長 代表 会長 専務 常務 社員 担当 皆 皆様 方 件 者 人 本社 支店 工場 店 商品 事業 製品 現場 技術 "
                         "一員 仲間 前 後 時 頃 中 隣 横 近く 件名 係 部 課 室 会員 職員 利用者 顧客 お客 取引先 理事 役員 株主 スタッフ "
                         "従業員 本店 支社 営業所 事務所 サイト 皆さん 活動 取組 取り組み 主催 協力 提供 紹介 運営 所属 代表者".split())


#: After a legal-form name cut inside its kana (有限会社わた|や玉井, 株式会社あらか|ね粉屋): a little kana, then a
#: kanji word that ends in a shop's word or is a surname, then a delimiter.
_KANA_KANJI_TAIL = re.compile(r"([ぁ-ゖー]{1,3})([\u4e00-\u9fff々]{1,4})(?=[\s、。（(」）)・]|$)")
#: Kana that, before a kanji word, begin a phrase and no name (株式会社さくらが運営, …と共同).
_CASE_PARTICLES = frozenset("は が を に で と も へ の から まで より では には とは との への".split())
_SHOP_LAST = tuple("屋店堂庵舎園亭館房処")
#: What closes a name for sure — a closing quote, a full-width space, a line's end, a bracket (not 、 or 。, after
#: which a sentence may go on); also read by :mod:`tokumei.anonymize.shops`.
NAME_CLOSERS = "」』\u3000\n（("
#: After a legal-form name: up to four kana before a closer (the name's rest).
_LEGAL_NAME_CLOSE = re.compile(rf"[ぁ-ゖー]{{1,4}}(?=[{NAME_CLOSERS}]|$)")
#: Kana that end a phrase, never a name, when they are all that stands before the close.
_CLOSING_GRAMMAR = frozenset("は が を に で と も へ や ね よ か な まで より から では には ほか など".split())
#: One or two kana before a closer: 「中華そば こう|の」.
_NAME_CLOSE = re.compile(rf"[ぁ-ゖ]{{1,2}}(?=[{NAME_CLOSERS}]|$)")


def extend_kana_tail(text: str, spans: list[Span]) -> list[Span]:
    """An organisation with a legal form whose hiragana name SudachiPy cut (一般社団法人まち|の|ね) takes in
    the kana up to a delimiter, unless that kana ends in a particle (株式会社やまだでは); also a kana then a
    shop's word or a surname (有限会社わた|や玉井, 株式会社あらか|ね粉屋). Any organisation that ends in hiragana
    takes in one or two more before a closing quote, a full-width space, a bracket or the line's end
    (「中華そば こう|の」: SudachiPy read の as the particle)."""
    out = []
    for sp in spans:
        if sp.label == "ORGANIZATION" and _HIRA.fullmatch(text[sp.end - 1 : sp.end] or "x"):
            if (sp.data or {}).get("legal_form"):
                if (m := _KANA_TAIL.match(text, sp.end)) and not m.group().endswith(_PARTICLE_END):
                    sp = sp.with_(end=m.end(), text=text[sp.start : m.end()])
                elif (m := _LEGAL_NAME_CLOSE.match(text, sp.end)) and m.group() not in _CLOSING_GRAMMAR:
                    sp = sp.with_(end=m.end(), text=text[sp.start : m.end()])  # 社会保険労務士法人 こと|のは　担当, 税理士法人 ひ|のもと
                elif ((m := _KANA_KANJI_TAIL.match(text, sp.end)) and m.group(1) not in _CASE_PARTICLES
                      and (m.group(2).endswith(_SHOP_LAST) or "姓" in person_readings(m.group(2)))):
                    sp = sp.with_(end=m.end(), text=text[sp.start : m.end()])
            elif (m := _NAME_CLOSE.match(text, sp.end)) and sp.end - sp.start >= 3 and m.group() not in _CLOSING_GRAMMAR:
                sp = sp.with_(end=m.end(), text=text[sp.start : m.end()])
        out.append(sp)
    return out


def _kana_start(text: str, at: int, most: int) -> int:
    """Where the run of hiragana that ends at ``at`` starts, looking back ``most`` letters at most."""
    a = at
    while a > 0 and at - a < most and _HIRA.fullmatch(text[a - 1]):
        a -= 1
    return a


def extend_kana_lead(text: str, spans: list[Span]) -> list[Span]:
    """An organisation that starts with hiragana takes in the kana before it up to a delimiter
    (の|のむら労務パートナーズ → ののむら労務パートナーズ); never across a kanji (地元の|さとう事務所). So does a person called
    with an honorific after a speaker's colon or a line's start (堀口：ち|なつさん → ちなつ, a-dev-439)."""
    out = []
    for sp in spans:
        if (sp.label == "PERSON" and _HIRA.fullmatch(sp.text) and _HONORIFIC_AT.match(text, sp.end)
                and 0 < sp.start and _HIRA.fullmatch(text[sp.start - 1])):
            a = _kana_start(text, sp.start, 3)
            if a < sp.start and (a == 0 or text[a - 1] in _PERSON_OPENS) and sp.end - a <= 5:
                sp = sp.with_(start=a, text=text[a:sp.end])
        if sp.label == "ORGANIZATION" and _HIRA.fullmatch(text[sp.start:sp.start + 1] or "x"):
            a = _kana_start(text, sp.start, 4)
            if a < sp.start and _delim_before(text, a):
                sp = sp.with_(start=a, text=text[a:sp.end])
            elif (sp.start - a >= 2 and a > 0 and text[a] in _PARTICLES_OR_NO and _AFTER_WORD.fullmatch(text[a - 1])
                  and not _HIRA.fullmatch(text[a - 1])):
                # 3月は|とび|しま果汁工房: after a word and its particle the rest of the kana is the name's (n-dev-612); so
                # after の (嘱託医の|よう|てい内科クリニック; stop 39, a-dev-610 — not 地元の|さとう事務所: one kana only)
                v = _VERB_LEAD.match(text, a + 1)
                # 取引先である|はまなす信用金庫, 取引のある|はやちね信用金庫: a verb after the particle ends the clause before
                # the name, which starts after it (stop 41, read dev wave 13)
                b = min(v.end(), sp.start) if v else a + 1
                sp = sp.with_(start=b, text=text[b:sp.end])
        out.append(sp)
    return out


def extend_place_kana_lead(text: str, spans: list[Span]) -> list[Span]:
    """A place that starts with hiragana glued to hiragana takes that kana in when a delimiter opens it (、どん|でん館の前 →
    どんでん館; stop 39, a-dev-250) — two letters at most, not after a particle (東京では|むつ市) and none of が・は・を
    (。これが|ふくい…: the kana before is the sentence's). Run after the place rules, which come after :func:`extend_kana_lead`."""
    out = []
    for sp in spans:
        if sp.label == "LOCATION" and sp.start > 0 and _HIRA.fullmatch(text[sp.start - 1]) \
                and _HIRA.fullmatch(text[sp.start:sp.start + 1] or "x"):
            a = _kana_start(text, sp.start, 3)
            # (two letters at most, and none of が・は・を: 。これが|ふくい… is a sentence before a place)
            if _delim_before(text, a) and sp.start - a <= 2 and not any(c in "がはを" for c in text[a:sp.start]):
                sp = sp.with_(start=a, text=text[a:sp.end])
        if (sp.label == "LOCATION" and sp.start >= 3 and text[sp.start - 1] in "がヶケ" and text[sp.start:sp.start + 1] in _GA_HEADS
                and _HIRA.fullmatch(text[sp.start - 2])):
            # つつじが|岡公園, ひばりが|丘団地: a kana name, が and a hill's or a field's kanji are one place name (three
            # kana at most before が; stop 41, read dev wave 13: 「つつじが地元の公園」 was published)
            a = _kana_start(text, sp.start - 1, 3)
            head = text[a:sp.start - 1]
            if sp.start - 1 - a >= 2 and not head.endswith(("ん", "ど")) and not any(head.endswith(w) for w in _GA_SUBJECTS):
                sp = sp.with_(start=a, text=text[a:sp.end])
        out.append(sp)
    return out


_PARTICLES = frozenset("はがをにでともへや")
_PARTICLES_OR_NO = _PARTICLES | {"の"}
#: The kanji after が in a place name (つつじが岡, ひばりが丘, あざみが原, みどりが台).
_GA_HEADS = frozenset("丘岡原台")
#: Kana before が that is the sentence's subject, no place name's head (これが, ほとんどが, 〜さんが).
_GA_SUBJECTS = frozenset("これ それ あれ どれ ここ そこ あそこ どこ ほとんど みんな みな だれ 誰 わたし あたし ぼく おれ うち "
                         "たち ども など まで だけ".split())
#: A verb that closes a relative clause before a kana name (取引のある|, 取引先である|).
_VERB_LEAD = re.compile(r"(?:ある|あった|いる|いた|する|した|なる|なった|できた|できる)")
_HONORIFIC_AT = re.compile(r"さん|ちゃん|くん|様|さま")
#: Where a name called with an honorific may begin: a speaker's colon, a line's start, a bracket or a comma.
_PERSON_OPENS = frozenset("：:\n「『（(、 　")
_AFTER_WORD = re.compile(r"[\u4e00-\u9fff々ァ-ヴー0-9０-９]")
