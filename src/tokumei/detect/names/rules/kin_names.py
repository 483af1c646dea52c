"""Children's and family members' given names known from the family word or the call before or after them (tier 1;
moved from :mod:`.lists` at stop 34, when it passed 420 lines): hiragana names before くん/ちゃん after a delimiter
(ひなたくん、そうまくん), which SudachiPy may split into other words (そう|まくん); a family word + の + a name
(息子の翔くん, 孫の陽向が, 女房の光子が); a name a family word and an age or brackets mark (次男れん（2）, 夫（けんじ）).

例::

    >>> [s.text for s in kin_named("長男ゆいと（5）と次男れん（2）を連れて浜へ。")]
    ['ゆいと', 'れん']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES, TITLES
from tokumei.detect.names.rules.base import SOURCE, _KANJI
from tokumei.detect.names.tokens import person_readings
from tokumei.span import Span

_NOT_KANA_CHILD = frozenset(("みんな", "みなさ", "みな", "あかち", "にい", "ねえ", "じい", "ばあ"))
_KANA_KUN = re.compile(r"(?:(?<=[、，,：:\s・「（(])|^"
                       # 長女ひなたちゃん, 次女こはるちゃん: a child's word glued before the name (stop 37, n-dev-1324)
                       r"|(?<=長女|次女|三女|長男|次男|三男|息子)|(?<=娘|孫)"
                       # (stop 42, a-dev-818) うちのゆうとが / 例えばゆうとくんなら: SudachiPy reads ゆう|とく|ん, no くん
                       r"|(?<=うちの|例えば))([ぁ-ゖ]{2,5})(くん|ちゃん)(?=[、，,。\s」）)!！はがもなのにをでへや（(]|$)", re.M)


#: 息子の翔くん, 孫のゆいちゃん: a child's given name after a family or school word + の, whatever SudachiPy made of
#: it (翔く|ん: a verb); ケンタくんとひなのさん: a hiragana name called like the one before it (ひな|の|さん).
_CALL_END = r"(?=[がはもとをにのやでへ、，,。\s」）)!！]|$)"
_CHILD_KIN = "息子|娘|孫|長男|次男|三男|長女|次女|三女|甥|姪|弟|妹|兄|姉"
_KIN_CALL = re.compile(rf"(?:{_CHILD_KIN}|生徒|園児|児童|小学生|中学生|高校生|お子さん|利用者|利用者さん|入居者|部員|団員|"
                       r"[0-9０-９一二三四五六]年生?|年長|年中|年少)の"
                       r"([ぁ-ゖ]{2,4}|[一-龥々]{1,2}|[ァ-ヺー]{2,5})(くん|ちゃん|君|さん)" + _CALL_END)
#: 孫の陽向が, 上の子の陽向が: a family word + の + a kanji name SudachiDict does not know as a word, acting in the
#: sentence (陽|向 and 陽|翔 are cut into pieces; stop 32, a-dev-309/379).
_KIN_UNKNOWN = re.compile(rf"(?:{_CHILD_KIN}|上の子|下の子|末っ子|孫娘)の"
                          r"([一-龥々]{2,3}?)(?:氏|様|君)?(?=[がはもと](?![一-龥々ぁ-ゖ]{0,1}[るた]))")  # (妹の亜紀|氏は; stop 35)
#: 女房の光子が, 娘の幸子は: a family word + の + a given name SudachiDict reads as a common noun here (光子 a photon) —
#: only names that end like a given name (子 美 郎 …; not 娘の未来が, 妻の希望が, 母の愛が; stop 33, a-dev-374).
_KIN_KNOWN = re.compile(rf"(?:{_CHILD_KIN}|女房|妻|家内|嫁|夫|主人|旦那|母|父|祖母|祖父|義母|義父|姑|舅|かみさん|嫁さん)の"
                        r"([一-龥々]{2,3}?)(?:氏|様|君)?(?=[がはもとを、])")
#: 先代の清の頃, 初代の茂が: a predecessor of the house by his given name (stop 36, a-dev-670: 清 was read as the Qing
#: dynasty, a coarse place, and published). One to three kanji SudachiDict reads as a given name.
_PREDECESSOR = re.compile(r"(?<![一-龥々])(?:先代|先々代|初代|[二三四五六七八九]代目)の([一-龥々]{1,3}?)"
                          r"(?=の(?:頃|ころ|代|時代|時)|[がはもと、](?![一-龥々ぁ-ゖ]{0,1}[るた]))")
_GIVEN_END = frozenset("子美江代枝恵香奈菜乃太郎介助也彦雄夫男吉蔵平次司治輔哉斗翔穂絵佳里織紀")
#: 次男れん（2）, 長男ゆいと（5）, 夫（けんじ）, 息子蒼の: a family word, then a given name written in kana (or one or two
#: kanji glued on) that an age or the brackets mark as a name (stop 34, n-dev-442/512; SudachiPy reads れん, ゆいと as
#: anything but a name, and 長男 was taken for a surname).
_KIN_WORDS = rf"(?<![一-龥々])(?:{_CHILD_KIN}|夫|妻|嫁|主人|旦那|女房|家内|母|父|祖母|祖父)"  # (not 公夫|代表: a name's 夫)
_KIN_AGE = re.compile(_KIN_WORDS + r"の?([ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[一-龥々]{1,3})(?=[（(][0-9０-９]{1,2}(?:歳|才|か月|ヶ月)?[）)])")
_KIN_BRACKET = re.compile(_KIN_WORDS + r"[（(]([ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})[）)]")
_KIN_GLUED = re.compile(r"(?:息子|娘|長男|次男|三男|長女|次女|三女|孫)([一-龥々]{1,2})(?=[のがはとも、（(])")
_AND_CALL = re.compile(r"(?:くん|ちゃん|さん)[とや、]([ぁ-ゖ]{2,4})(さん|くん|ちゃん)" + _CALL_END)


def _common_noun_only(entries) -> bool:
    """SudachiDict has the word, as an ordinary noun and never as a person's name (嫁, 婿; not 颯, an adverb)."""
    return any(p[1] == "普通名詞" for p in entries) and not any(p[:3] == ("名詞", "固有名詞", "人名") for p in entries)


def kana_children(text: str) -> Iterator[Span]:
    """ひなたくん、そうまくん: hiragana given names before くん/ちゃん after a delimiter; 息子の翔くん (a family word + の),
    ケンタくんとひなのさん (called like the name before it)."""
    if "くん" not in text and "ちゃん" not in text and "君" not in text and "さん" not in text and "の" not in text:
        return
    from tokumei.detect.names.tokens import dictionary_entries

    for rx in (_KIN_CALL, _AND_CALL):
        for m in rx.finditer(text):
            name = m.group(1)
            if _KANJI.fullmatch(name) and _common_noun_only(dictionary_entries(name)):
                continue  # 孫の嫁さん, 娘の婿さん: a family word, no name
            if name not in NOT_NAMES and not name.startswith("お") and name not in _NOT_KANA_CHILD:
                yield Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, f"家族・呼び名の後の名前＋「{m.group(2)}」",
                           data={"tier": 1, "parts": [(name, "名")], "title": m.group(2)})
    for m in _KIN_UNKNOWN.finditer(text):
        name = m.group(1)
        if not dictionary_entries(name) and name not in NOT_NAMES:
            yield Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, "家族の語＋の＋辞書にない漢字の名前",
                       data={"tier": 1, "parts": [(name, "名")]})
    for m in _KIN_KNOWN.finditer(text):
        name = m.group(1)
        if name[-1] in _GIVEN_END and name not in NOT_NAMES and dictionary_entries(name) and "名" in person_readings(name):
            yield Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, "家族の語＋の＋名（辞書では普通名詞にも読む）",
                       data={"tier": 1, "parts": [(name, "名")]})
    for m in _PREDECESSOR.finditer(text) if "代" in text else ():
        name = m.group(1)
        if name not in NOT_NAMES and name not in TITLES and "名" in person_readings(name):
            yield Span("PERSON", m.start(1), m.end(1), name, 0.8, SOURCE, "先代・初代＋の＋名",
                       data={"tier": 1, "parts": [(name, "名")]})
    for m in _KANA_KUN.finditer(text):
        name = m.group(1)
        if name in NOT_NAMES or name.startswith("お") or name in _NOT_KANA_CHILD:
            continue
        kin = next((k for k in ("ばあ", "じい", "にい", "ねえ") if name.endswith(k) and len(name) - len(k) >= 2), None)
        if kin:  # 「きよばあちゃんの…」: a grandmother's call, the name is きよ (stop 42)
            name = name[: -len(kin)]
            if name in ("ひいお", "ひぃお", "ひい"):
                continue  # ひいおじいちゃん: a great-grandfather, no name
        yield Span("PERSON", m.start(1), m.start(1) + len(name), name, 0.7, SOURCE, f"ひらがなの名前＋「{m.group(2)}」",
                   data={"tier": 1, "parts": [(name, "名")], "title": (kin or "") + m.group(2)})


def kin_named(text: str) -> Iterator[Span]:
    """次男れん（2）, 夫（けんじ）, 息子蒼の: a given name after a family word, marked by an age or brackets, or one or two
    kanji glued to a child's word that read as a given name (:data:`_KIN_AGE`)."""
    from tokumei.detect.names.tokens import dictionary_entries

    for rx in (_KIN_AGE, _KIN_BRACKET, _KIN_GLUED):
        for m in rx.finditer(text):
            name = m.group(1)
            if name in NOT_NAMES or name.startswith("お") or name in _NOT_KANA_CHILD or name in ("たち", "ども", "さん") \
                    or name in TITLES or name.endswith(("さん", "ちゃん", "くん", "氏", "様", "君", "殿")):
                continue  # (健太氏（33）, りえさん（49）: the honorific's rules read the name; 代表（67）: a title)
            if rx is _KIN_GLUED and ("名" not in person_readings(name) or _common_noun_only(dictionary_entries(name))):
                continue  # 息子夫婦, 娘婿: a word, no name
            yield Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, "家族の語の後の名前（年齢・括弧つき）",
                       data={"tier": 1, "parts": [(name, "名")]})
