"""Organisations named by where they stand (issue #11).

A head before a person (ミツワ社長の吉岡 隆さん, あかね代表の三宅さん): the word before 社長/代表/店主 is the
business, the person after の is its head — see :func:`heads_before_people`.

Credit and form labels: press releases, flyers, job ads and
forms list businesses after 「協力：」「主催：」「提供：」「勤務先：」「店名：」 — there the item is an organisation
even without a legal form or a business word (取材協力：オフィスミナミ, 写真提供：スタジオ・ルーチェ,
勤務先：グリーンリーフ).

An item (split at 、 ／ and the end of the line, a parenthesis cuts it) counts when it has a name-like
word: a proper noun, an unknown word, a katakana or Latin word that is not a generic one (ショップ,
PTA), or a hiragana noun of two or more characters; an item of ordinary words only (地域の皆さま,
市内の農家) is left alone.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> text = "取材協力：オフィスミナミ、市内の農家"
    >>> [s.text for s in credit_orgs(text, tokenize(text))]
    ['オフィスミナミ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES
from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.detect.names.rules.base import SOURCE, _HIRA, _KATA, _KATA_COMMON, _LATIN, _WEAK_SUFFIX, _hira_name
from tokumei.detect.names.rules.org_words import _COMMON_ACRONYMS, _KATA_GENERIC_ORG
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

#: Labels after which the items are organisations (credits of a release or flyer, a form's fields).
CREDIT_LABELS = ("取材協力", "写真提供", "画像提供", "資料提供", "協力", "提供", "主催", "共催", "後援", "協賛", "特別協賛",
                 "運営", "企画・運営", "企画運営", "運営協力", "企画", "制作", "制作協力", "発行", "発行元", "販売元", "製造元",
                 "発売元", "委託先", "施工", "設計", "監修", "勤務先", "前勤務先", "会社名", "事業所名", "事業者名", "法人名",
                 "店名", "店舗名", "屋号", "取引先")  # not 引継ぎ先 / 紹介元 / 出店者: a person as often as a business
_LABEL = re.compile(r"(?:^|(?<=[\n　 【\[（(])|(?<=[^\n]の)(?=屋号|店名|店舗名|会社名|社名|勤務先))(?:"  # 開業予定の屋号： (stop 35)
                    + "|".join(sorted(map(re.escape, CREDIT_LABELS), key=len, reverse=True))
                    + r")[】\]）)]?[ 　]*[：:][ 　]*([^\n]+)")
_ITEM = re.compile(r"[^、，,／/]+")
#: A head's title before a space (自治会長 清水達夫, 代表 山田 花子): what follows is the person who holds it (n-dev-609).
_TITLE_SPACE = re.compile(r"[^ 　]{0,8}(?:長|代表|代表者|担当|担当者|理事|委員|幹事|主任|係)[ 　]+\S")
_CUT = re.compile(r"[（(「『【\[]|ほか|他[0-9０-９]|など|[0-9０-９]+(?:社|店|団体)")


def _name_like(t: Token) -> bool:
    s = t.surface
    if s in NOT_NAMES or s in ("・", "ー"):
        return False
    if t.pos[1] == "固有名詞" or t.oov:
        return not (s.isascii() and s.upper() in _COMMON_ACRONYMS)
    if _KATA.fullmatch(s):
        return len(s) >= 2 and s not in _KATA_GENERIC_ORG and s not in _KATA_COMMON
    if _LATIN.fullmatch(s):
        return s.upper() not in _COMMON_ACRONYMS
    return bool(_HIRA.fullmatch(s)) and _hira_name(t)


def credit_orgs(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for the items after a credit or form label (see the module docstring)."""
    if "：" not in text and ":" not in text:
        return
    for m in _LABEL.finditer(text):
        base = m.start(1)
        for it in _ITEM.finditer(m.group(1)):
            raw = it.group()
            cut = _CUT.search(raw)
            if cut is not None:
                raw = raw[: cut.start()]
            core = raw.strip(" 　")
            if not (2 <= len(core) <= 25) or "。" in core:
                continue
            a = base + it.start() + (len(raw) - len(raw.lstrip(" 　")))
            b = a + len(core)
            inside = [t for t in toks if a <= t.start and t.end <= b]
            if not inside or not (any(_name_like(t) for t in inside) or _shop_word_and_name(core)):
                continue  # (カフェ木もれ日: a shop word, then a name made of common words, is a shop in a credit list)
            if any(t.pos[0] in ("動詞", "助動詞") for t in inside):
                continue  # a phrase (地域の皆さまにご協力いただきました), not a name
            if (title := _TITLE_SPACE.match(core)) and any(t.pos[2] == "人名" for t in inside if t.start >= a + title.end() - 1):
                continue  # 発行：自治会長 清水達夫: a title, a space and a person (the person rules' name), no body
            yield Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, "「協力：」「勤務先：」などの後の名前",
                       data={"tier": 1})


def _shop_word_and_name(item: str) -> bool:
    """A credit item that starts with a shop word and goes on with two or more characters (カフェ木もれ日, ドラッグ大黒)."""
    from tokumei.detect.names.rules.shop_words import SHOP_WORD_RE

    m = SHOP_WORD_RE.match(item)
    return m is not None and len(item) - m.end() >= 2


#: Kinds of body before a head's title that are no name (球団社長, 会社社長, 劇団代表).
_GENERIC_HEADS = frozenset("球団 会社 企業 劇団 楽団 グループ チーム クラブ 協会 組合 法人 店 病院 医院 学校 大学".split())
#: The head's titles that, followed by の and a person, make the word before them the business.
_HEADS = ("代表取締役", "代表", "社長", "店主", "オーナー", "院長", "園長", "理事長")
_HEADS_ANY = re.compile("|".join(_HEADS))
_HEAD_BEFORE_PERSON = re.compile(r"(?:(?<=[\s、。「」（）()：:・【】])|^)([ぁ-ゖァ-ヴー\u4e00-\u9fff々A-Za-zＡ-Ｚａ-ｚ]{2,12}?)"
                                 r"(" + "|".join(_HEADS) + r")の", re.M)


def heads_before_people(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """「ミツワ社長の吉岡 隆さん」「あかね代表の三宅さん」: the word before the head's title is a business when a
    person found by the other rules follows 〜の (a PERSON span there is relabelled, a missing one added).
    Not a kanji surname alone (山田社長の… stays a person: 山田 may be the head himself)."""
    if _HEADS_ANY.search(text) is None:  # (one C scan, not a generator of ``in`` tests)
        return spans
    people = {s.start for s in spans if s.label == "PERSON"}
    out = list(spans)
    for m in _HEAD_BEFORE_PERSON.finditer(text):
        if m.end() not in people:
            continue
        a, b, name = m.start(1), m.end(1), m.group(1)
        if re.fullmatch(r"[\u4e00-\u9fff々]+", name) and "姓" in person_readings(name):
            continue
        if re.search(r"[\u4e00-\u9fff々][ぁ-ゖ]", name):
            continue  # 父である社長の…: a verb or adjective with its kana ending, not a name
        if name in NOT_NAMES or name in _KATA_GENERIC_ORG or name in _KATA_COMMON:
            continue
        inside = [t for t in toks if a <= t.start and t.end <= b]
        if not any(_name_like(t) for t in inside) or any(t.pos[1] == "数詞" for t in inside):
            continue  # 二代目社長の, 新社長の, 女性社長の: ordinary words or a generation, not a business
        if not (_name_like(inside[-1]) or (inside[-1].surface in ORG_SUFFIXES and inside[-1].surface not in _WEAK_SUFFIX
                                            and inside[-1].surface not in _GENERIC_HEADS)):
            continue  # シーズン終了後|球団社長の: the last word is a kind of body, not the name
        out = [s for s in out if not (s.label == "PERSON" and s.start == a and s.end == b)]
        if not any(s.label == "ORGANIZATION" and s.start <= a and b <= s.end for s in out):
            out.append(Span("ORGANIZATION", a, b, name, 0.65, SOURCE, f"「〜{m.group(2)}の」＋人名", data={"tier": 1}))
    return out


#: A byline's credit: (取材・文　氏名／所属) or 構成：氏名（所属）. The affiliation after the writer is a body.
_BYLINE = re.compile(r"(?:^|(?<=[（(【\[\n]))(?:取材|文|写真|聞き手|構成|撮影|編集|記録|インタビュー|執筆|筆者)"
                     r"(?:[・／/](?:取材|文|写真|聞き手|構成|撮影|編集|記録|執筆))*[ 　：:]+$", re.M)
_AFTER_WRITER = re.compile(r"[ 　]*(?:[／/｜|][ 　]*(?P<a>[^（）()／/｜|\n]{2,24}?)[ 　]*[）)]|[（(](?P<c>[^（）()\n]{2,30}?)[）)])")
#: What a writer's affiliation slot holds that is no body (a role, a freelance, the magazine's own desk).
_NO_AFFILIATION = re.compile(r"(?:フリー)?(?:ライター|カメラマン|記者|編集者|写真家|デザイナー|イラストレーター|エディター)|"
                             r"編集部|本誌|本紙|当社|弊社|当会|事務局|[0-9０-９]+歳?|[ぁ-ゖ・ 　]+"
                             # a kind of magazine before its quoted title (ミニコミ誌『てくてく通信』; stop 41): the title is
                             # the risk, the kind word names no body
                             r"|ミニコミ誌|タウン誌|情報誌|広報誌|フリーペーパー|会報|地域紙|業界紙|専門誌|月刊誌|季刊誌")
_NAME_CUT = re.compile(r"[『「【]")
_NEXT_CREDIT = re.compile(r"(?:取材|文|写真|聞き手|構成|撮影|編集|記録|イラスト|絵|協力|デザイン)[・／/]?[^：:]{0,6}[：:]")


def byline_orgs(text: str, spans: list[Span]) -> Iterator[Span]:
    """The affiliation of a byline's writer (（文　氏原 葵／北の家業研究室）, 構成：保坂 みのり（県南タウン社『…』編集部）):
    an ORGANIZATION span, cut before a quoted title (the magazine's name is a risk of its own)."""
    if "／" not in text and "/" not in text and "（" not in text and "(" not in text:
        return
    for p in spans:
        if p.label != "PERSON" or _BYLINE.search(text[max(0, p.start - 16):p.start]) is None:
            continue
        m = _AFTER_WRITER.match(text, p.end)
        if m is None:
            continue
        g = "a" if m.group("a") else "c"
        a, b = m.span(g)
        cut = _NAME_CUT.search(text, a, b)
        if cut is not None:
            b = cut.start()
        core = text[a:b].strip(" 　")
        if len(core) < 2 or _NO_AFFILIATION.fullmatch(core) or _NEXT_CREDIT.match(core):
            continue  # (…／写真：Aoi Nakano: the next credit, not an affiliation)
        a = text.index(core, a)
        yield Span("ORGANIZATION", a, a + len(core), core, 0.65, SOURCE, "署名の所属（取材・文 氏名／所属）",
                   data={"tier": 1})
