"""People written without their surname, a nickname, or a one-kanji surname alone (issue #12), part of :mod:`.leaks`.

* :func:`kin_given_names` — a given name right after a family relation (「長男の大輔が」「妻の恵子さん」
  「父の昭は」) is a person; when the same given name belongs to a full name found with confidence
  (長男の岡部大輔さん), it is that person (the same letter).
* :func:`kana_nicknames` — a kana stem with 〜ちゃん / 〜やん / 〜っち (「ヨッちゃん」「まさやん」
  「タカっち」) is a person's nickname; kin words and pets (おばあちゃん, ワンちゃん) and the Kansai
  sentence ending (ええやん) are not.
* :func:`one_kanji_surnames` — one kanji that SudachiDict knows as a surname or a place, alone before an
  honorific or a title (「星さん」「萩さん」「林社長」), or a surname after a role (「店主の林は」), is a
  person; 皆さん, 奥さん, 前社長, 林の奥 are not.

All three only add spans where nothing was found; SudachiDict's entries decide what may be a name
(:func:`tokumei.anonymize.sense._entries`).

例::

    >>> [s.text for s in kin_given_names("父の昭は厳しかった。母の味が懐かしい。", [])]
    ['昭']
    >>> [s.text for s in kana_nicknames("常連のまさやんは毎朝来る。おばあちゃんも来る。", [])]
    ['まさやん']
    >>> [s.text for s in one_kanji_surnames("萩さんと皆さん、前社長", [])]
    ['萩']
"""
from __future__ import annotations

import re

from tokumei.anonymize.leaks import SOURCE, is_doubtful
from tokumei.detect.names.rules.given import ABSTRACT_ONE, ELDERS
from tokumei.span import Span

__all__ = ["kana_nicknames", "kin_given_names", "nickname_before_name", "one_kanji_surnames"]

#: Family relations written before a given name (「長男の大輔」).
RELATIONS = ("祖父", "祖母", "叔父", "叔母", "伯父", "伯母", "義父", "義母", "義兄", "義弟", "義姉", "義妹", "長男", "次男",
             "三男", "長女", "次女", "三女", "末っ子", "息子", "娘婿", "娘", "婿", "嫁", "孫", "甥", "姪", "夫", "妻", "父",
             "母", "兄", "弟", "姉", "妹", "主人", "家内", "いとこ", "従兄", "従弟", "従姉", "従妹")
_REL = "|".join(sorted(map(re.escape, RELATIONS), key=len, reverse=True))
#: (the relation not the end of a longer kin word: 兄弟の仲, 姉妹の, 祖父母の — stop 45, read anonymize dev)
_KIN_GIVEN = re.compile(rf"(?<![兄姉弟妹父母祖])(?P<rel>{_REL})(?:の|、|・)[ \u3000]?"
                        r"(?P<g>[一-龥々]{1,3}(?![一-龥々])|[ぁ-ゖ]{2,4}?|[ァ-ヺー]{2,5}(?![ァ-ヺー]))"
                        r"(?=[ \u3000]?(?:さん|ちゃん|くん|君|は|が|も|と|を|に|の|や|へ|、|。|）|\)|\n|$))")


def _given_reading(word: str) -> bool:
    """SudachiDict has ``word`` as a given name (名), or as a person's name with no other reading."""
    from tokumei.anonymize.sense import _entries

    ents = _entries(word)
    return any(p[:4] == ("名詞", "固有名詞", "人名", "名") for p in ents) \
        or bool(re.fullmatch(r"[ァ-ヺー]+", word)) and any(p[:3] == ("名詞", "固有名詞", "人名") for p in ents)


#: Words after a relation that are no given name: counts of people (娘の一人, 息子の二人; SudachiDict lists 一人 as one) and the
#: ordinary words SudachiDict also lists as given names that follow a relation and の (姉の方が, 父の代から, 母の顔, 父、初代の;
#: stop 45, read anonymize dev: 「姉のD氏が向いている」 was published).
_NOT_GIVEN_AFTER = frozenset("一人 二人 三人 四人 ひとり ふたり 1人 2人 3人 "
                      "方 仲 皆 代 分 顔 声 家 手 話 味 件 頃 前 後 横 隣 店 車 体 側 番 字 所 時 頭 腕 口 姿 背 事 物 "
                      "初代 先代 当代 二代 三代 世代".split())


def _free(spans: list[Span], a: int, b: int) -> bool:
    return not any(s.start < b and a < s.end for s in spans)


def kin_given_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for given names after a family relation (see the module docstring)."""
    from tokumei.detect.names.variants import name_parts

    owners: dict[str, Span] = {}
    for s in spans:
        if s.label == "PERSON" and not is_doubtful(s) and (p := name_parts(s)):
            owners.setdefault(re.sub(r"\s+", "", p[1]), s)
    out = list(spans)
    for m in _KIN_GIVEN.finditer(text):
        a, b = m.span("g")
        g = m.group("g")
        inside = [s for s in out if s.start < b and a < s.end]
        # after a relation, a place or a doubtful guess on exactly the name (父の清 read as a place) is the person
        if any((s.start, s.end) != (a, b) or s.label not in ("PERSON", "LOCATION") for s in inside) or not _given_reading(g) \
                or g in _NOT_GIVEN_AFTER or g in ABSTRACT_ONE and m.group("rel") in ELDERS:  # (母の愛が: an abstract noun; stop 39)
            continue  # (娘の一人、…: which one of them, no name; a-dev-305)
        sure = [s for s in inside if s.label == "PERSON" and not is_doubtful(s)]
        if sure:
            # the detector's person (妹の|さくら): the relation says it is a person, never a place (anonymize.sense)
            out = [s.with_(data={**(s.data or {}), "relation": m.group("rel")}) if s in sure else s for s in out]
            continue
        out = [s for s in out if s not in inside]
        who = owners.get(g)
        data = {"parts": [(g, "名")], "relation": m.group("rel")}
        if who is not None:
            data["same_as"] = who.text
        out.append(Span("PERSON", a, b, g, 0.7, SOURCE, "続柄の後の名（姓なし）", who.entity_id if who else None, data))
    return out


#: Kana stems that make a kin word, a pet or a baby with ちゃん (おばあちゃん, ワンちゃん, あかちゃん).
_NOT_NICK = frozenset("ばあ じい かあ とう にい ねえ おば おじ おばあ おじい おかあ おとう おにい おねえ あか おっ ぼっ おん "
                      "ばっ じっ ねこ いぬ わん にゃん うさ みんな こっ あっ そっ どっ おこ おい おや ママ パパ バア ジイ "
                      "カア トウ ニイ ネエ オバ オジ アカ ワン ニャン ネコ イヌ ウサ".split())
_NICK_END = re.compile(r"(?P<n>[ァ-ヺ][ァ-ヺー]{0,4}|[ぁ-ゖ][ぁ-ゖー]{0,4})(?P<h>ちゃん|やん|っち)")


#: A one-kana stem with っち (ゆっち, マッチ is katakana ッ): a nickname before a particle, a bracket or an
#: honorific, never after kana (ひとりぼっち) nor こっち・そっち・あっち・どっち.
_ONE_KANA_NICK = re.compile(r"(?<![\u3041-\u3096\u30a1-\u30faー一-龥々])(?P<n>[\u3041-\u3096](?<![こそあどぼ])っち)"
                            r"(?=[がはもをにへとの、。」）)]|さん|ちゃん)")


def kana_nicknames(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for kana nicknames (ヨッ|ちゃん, まさやん, タカっち): the stem before
    ちゃん (an honorific the letter keeps: 「Aちゃん」), the whole word before やん and っち."""
    from tokumei.anonymize.places import tokens_of

    tokens = tokens_of(text)
    by_end = {t.end: t for t in tokens}
    # のぶちゃん|とひろ: a model span that runs on past an honorific and a particle is the first name only
    spans = [s.with_(end=s.start + m.start(1), text=s.text[: m.start(1)], reason=s.reason + "・敬称で区切る")
             if s.label == "PERSON" and (m := re.search(r"(ちゃん|くん|さん|やん|っち)[とや、・]", s.text)) and m.start(1) >= 2
             else s for s in spans]
    by_start = {t.start: t for t in tokens}
    out = list(spans)
    for m in _NICK_END.finditer(text):
        h = m.group("h")
        # the stem is the one word right before the ending (の|まさ|やん; never お|ばあ|ちゃん's middle)
        t = by_end.get(m.start("h"))
        if t is None or t.start < m.start("n"):
            continue
        a, stem = t.start, t.surface
        if stem[:1] in "とや" and len(stem) >= 3 and re.search(r"(?:ちゃん|くん|さん|やん|っち)$", text[:a]):
            a, stem = a + 1, stem[1:]  # のぶちゃん|と|ひろやん: SudachiPy glued the particle to the next name
        if stem in _NOT_NICK or len(stem) < 2 and h != "ちゃん" or a and re.match(r"[一-龥々]", text[a - 1]):
            continue
        if t.pos[0] not in ("名詞", "接頭辞", "感動詞") and not (t.pos[0] == "補助記号" or t.oov):
            continue  # ええやん, そうやん: an adjective or an adverb before the Kansai ending
        h_tok = by_start.get(m.start("h"))
        if h == "やん" and (t.pos[0] != "名詞" or h_tok is None or h_tok.pos[0] != "接尾辞"):
            continue  # ええ|やん, 言う|やん: no name before the Kansai ending
        b = m.end("n") if h == "ちゃん" else m.end()
        inside = [s for s in out if s.start < b and a < s.end]
        # 「タカっち」 that the model doubted as an organisation (review) is the nickname
        if any((s.label != "PERSON" and not (s.label == "ORGANIZATION" and (s.data or {}).get("review")))
               or s.start < a or s.end > b for s in inside):
            continue
        # the detector's doubtful 「まさ」 of まさやん is the nickname: it takes the ending and is sure
        eid = next((s.entity_id for s in inside if s.label == "PERSON"), None)
        out = [s for s in out if s not in inside]
        out.append(Span("PERSON", a, b, text[a:b], max([0.7, *(s.score for s in inside)]), SOURCE,
                        f"カナの愛称（〜{h}）", eid, {"nickname": True}))
    for m in _ONE_KANA_NICK.finditer(text):
        a, b = m.span("n")
        if any(s.start < b and a < s.end for s in out):
            continue
        out.append(Span("PERSON", a, b, text[a:b], 0.7, SOURCE, "かなの愛称（一字＋っち）", None, {"nickname": True}))
    return out


_ONE_KANJI = re.compile(r"(?<![一-龥々ァ-ヺーおご])(?P<k>[一-龥])(?=[ \u3000]?(?P<h>さん|様|さま|氏|君|くん|社長|会長|専務|常務|"
                        r"店主|店長|先生|部長|課長|院長|所長|理事長|女将|親方|師匠))")
#: One kanji that with an honorific or a title is a word, not a surname (皆さん, 奥さん, 前社長, 神様).
_NOT_SURNAME = frozenset("皆 奥 娘 嫁 婿 客 主 神 仏 王 殿 姫 孫 父 母 兄 姉 弟 妹 子 彼 某 各 両 若 元 前 新 旧 現 故 同 当 副 総 "
                         "次 先 名 老 社 会 店 家 様 方 君 氏 者 人 全 本 貴 御 女 男 父 弊 我 自 他".split())


#: A role written before a one-kanji surname with no honorific (店主の林は, 工場長の関が).
_ROLE_ONE_KANJI = re.compile(r"(?:社長|会長|専務|常務|店主|店長|工場長|職人|担当|代表|女将|院長|所長|部長|課長|係長|主任|番頭|"
                             r"板長|料理長|親方|師匠|先代|当主|杜氏|蔵元|顧問|理事長|事務長|同僚|常連|税理士|弁護士|先生)"
                             r"(?:の|、|・)[ \u3000]?(?P<k>[一-龥])(?=[はがもとにを、。）)]|[ \u3000]|$)")


def one_kanji_surnames(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus PERSON spans for one-kanji surnames alone before an honorific or a title, or
    after a role (店主の林は, 工場長の関が; never 林の奥)."""
    from tokumei.anonymize.sense import _entries

    out = list(spans)
    for m in _ROLE_ONE_KANJI.finditer(text):
        k = m.group("k")
        a, b = m.span("k")
        if k in _NOT_SURNAME or not _free(out, a, b) \
                or not any(p[:4] == ("名詞", "固有名詞", "人名", "姓") for p in _entries(k)):
            continue
        out.append(Span("PERSON", a, b, k, 0.7, SOURCE, "役職の後の一字の姓", data={"parts": [(k, "姓")]}))
    for m in _ONE_KANJI.finditer(text):
        k = m.group("k")
        a, b = m.span("k")
        if k in _NOT_SURNAME or not _free(out, a, b) or any(p[0] == "名詞" for p in _entries(k + m.group("h"))):
            continue  # 杜氏, 奥さん, 神様: the kanji and the honorific are one word
        if len(m.group("h")) >= 2 and text[b:b + 1] != " " and text[b:b + 1] != "\u3000" \
                and any(p[0] == "名詞" for p in _entries(k + m.group("h")[:-1])):
            continue  # 町会|長 (町会長 北浦 義男), 部会|長: a word and 長, no one-kanji surname (stop 35, n-dev-932)
        if not any(p[:4] == ("名詞", "固有名詞", "人名", "姓") or p[:3] == ("名詞", "固有名詞", "地名") for p in _entries(k)):
            continue
        out.append(Span("PERSON", a, b, k, 0.7, SOURCE, "一字の姓＋敬称・役職", data={"parts": [(k, "姓")]}))
    return out


#: A kana nickname written right before a person's full name in brackets (パーソナリティ：タカコ、とっしー（利光 健）):
#: after a line start, a colon, a delimiter or a space.
_NICK_BEFORE_NAME = re.compile(r"(?:(?<=[\n：:、，,・ \u3000])|^)(?P<n>[ぁ-ゖァ-ヺ][ぁ-ゖァ-ヺー]{1,6})[（(]", re.M)


def nickname_before_name(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON span for a kana nickname followed by the full name in brackets (とっしー（利光 健）),
    in the named person's entity, so its other mentions (the speaker's label 「とっしー：」) follow (a-dev-253 left it five
    times on 6a4c7bdc)."""
    out = list(spans)
    for m in _NICK_BEFORE_NAME.finditer(text):
        a, b = m.span("n")
        close = text.find("）" if text[b] == "（" else ")", b)
        if close < 0 or close - b > 16 or any(s.start < b and a < s.end for s in out):
            continue
        full = next((s for s in out if s.label == "PERSON" and s.start == b + 1 and s.end == close
                     and re.search(r"[ \u3000]", s.text) and not is_doubtful(s)), None)
        if full is None:
            continue  # (only a full name written with a space fills the brackets: not （店主）, not （68）)
        out.append(Span("PERSON", a, b, m["n"], min(full.score, 0.8), SOURCE, "括弧の本名の前の愛称", full.entity_id,
                        {"same_as": full.text, "whole_name": True}))
    return out
