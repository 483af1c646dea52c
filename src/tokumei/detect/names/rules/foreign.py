"""Foreign people of tier 1 (h/fix-person2): the shapes a case study writes them in.

* **a Latin name with its katakana reading** (Camille Rouxさん（カミーユ・ルー）, Luis Quispe（ルイス・キスペ、…）):
  the reading in brackets says the Latin words are a person's name, whatever SudachiDict knows of them;
* **a katakana name after 〜出身の** (タイ出身のナッタヤーが, ネパール出身のタパさん): where a person comes from,
  then the person (not スタッフ, not a word SudachiDict lists as a place).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "ペルー出身のLuis Quispe（ルイス・キスペ）と、タイ出身のナッタヤーが加わった。"
    >>> [s.text for s in foreign_people(t, tokenize(t))]
    ['Luis Quispe', 'ナッタヤー']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE, _KATA_COMMON, latin_venue
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

_UP = r"[A-ZÀ-ÞĀ-ʯḀ-ỹ][a-zß-ÿĀ-ʯḀ-ỹ'’]+"  # (Latin-1 and Extended: Trần, Łukasz, Şahin)
#: Two to four capitalised Latin words (de, van, dos … between them), an optional honorific, then a bracket
#: that opens with katakana (the reading).
_LATIN_READ = re.compile(rf"(?<![A-Za-zß-ÿĀ-ʯḀ-ỹ])({_UP}(?:[ \u3000](?:(?:de|da|van|von|der|del|la|le|dos|das|di|du|bin|al)[ \u3000])?{_UP}){{1,3}})"
                         r"(?:さん|様|氏)?[（(][ァ-ヺー・＝]{2,}")
#: 〜出身の + a katakana word (with ・ parts) + what follows a name.
_FROM = re.compile(r"出身の([ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]+){0,3})(?=さん|様|氏|くん|ちゃん|が|は|も|と|を|に|の|、|。|（|\()")


#: Katakana words joined by ・ or ＝ right before a person's honorific (ラム・バハドゥール・タパさん), each of ≥ 2
#: characters (not カフェ・ド・ミさん, a shop): a foreign full name, however SudachiPy split or tagged its parts.
_KATA_FULL_CALL = re.compile(r"(?<![ァ-ヺー・＝])([ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]{2,}){1,3})(?=さん|様|氏|くん|ちゃん|先生"
                             # ファム・ティ・フォン（ベトナム出身、31）, ラマ・スレス（通称「スレちゃん」）: a note on the person
                             r"|[（(](?:通称|愛称|あだ名|[^（）()\n]{0,12}?(?:出身|[0-9０-９]{2}\s*[歳才]?[）)]))"
                             # カヴィンディ・シルバの夫婦 (and the name before と: ディルシャン・ペレラと…)
                             r"|の夫婦|夫妻|の2人|の二人)")
_KATA_FULL_AND = re.compile(r"(?<![ァ-ヺー・＝])([ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]{2,}){1,3})と$")


#: The commonest Vietnamese surnames in katakana (グエン 阮, チャン 陳, レ 黎, ファム 范, ホアン 黄, フイン 黄, ファン 潘,
#: ヴー/ブー 武, ダン 鄧, ブイ 裴, ドー 杜, ホー 胡, ゴー 呉, ドアン 段, ズオン 楊, リー 李): one of them, ・ and one to three
#: more katakana words is a person's full name even without an honorific (ベトナムから来たファム・ティ・ランが…).
_VIET_MIDDLE = r"(?:ティ|ティー|ヴァン|バン|ミン|タイン|ホン|ゴック|トゥ|トゥー|ハイ|アイン|ドゥック|クアン|ホアイ|タン)"
_VIET_FULL = re.compile(r"(?<![ァ-ヺー・＝])(?:(?:グエン|チャン|ファム|ホアン|フイン|ファン|ドアン|ズオン)(?:[・＝][ァ-ヺー]{1,6}){1,3}"
                        # a short surname (レ・ミゼラブル is a novel) only before a Vietnamese middle or given name
                        rf"|(?:レ|リー|ヴー|ブー|ダン|ブイ|ドー|ホー|ゴー)[・＝]{_VIET_MIDDLE}(?:[・＝][ァ-ヺー]{{1,6}}){{0,2}})(?![ァ-ヺー・＝])")


def foreign_people(text: str, toks: list[Token]) -> Iterator[Span]:
    """Latin names with a katakana reading and katakana names after 〜出身の (see the module docstring)."""
    if "・" in text or "＝" in text:
        from tokumei.detect.names.rules.people import _KATA_HON_STOP

        for m in _KATA_FULL_CALL.finditer(text):
            parts = re.split("[・＝]", m.group(1))
            if not any(p in _KATA_COMMON or p in _KATA_HON_STOP for p in parts):
                yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.8, SOURCE, "カタカナの姓名（・区切り）＋敬称",
                           data={"tier": 1, "parts": []})
                if (f := _KATA_FULL_AND.search(text, max(0, m.start(1) - 30), m.start(1))) is not None:
                    yield Span("PERSON", f.start(1), f.end(1), f.group(1), 0.8, SOURCE, "カタカナの姓名（・区切り）＋と＋同じ書き方の名前",
                               data={"tier": 1, "parts": []})
        for m in _VIET_FULL.finditer(text):
            # ファム・ティ・ランが3年目で: a Vietnamese surname and ・ start a full name, honorific or not
            yield Span("PERSON", m.start(), m.end(), m.group(), 0.75, SOURCE, "ベトナムの姓で始まる・区切りの姓名",
                       data={"tier": 1, "parts": []})
    if "（" in text or "(" in text:
        for m in _LATIN_READ.finditer(text):
            a, b = m.span(1)
            if latin_venue(text, a, b):
                continue  # Cafe Lumière（カフェ・ルミエール）, 店名は Blue Harbor（…）: a shop's name and its reading
            yield Span("PERSON", a, b, m.group(1), 0.8, SOURCE, "ローマ字の姓名＋カタカナの読み", data={"tier": 1, "parts": []})
    if "出身の" not in text:
        return
    from tokumei.detect.names.rules.people import _KATA_HON_STOP

    by_start = {t.start: t for t in toks}
    for m in _FROM.finditer(text):
        a, b = m.span(1)
        name = m.group(1)
        t = by_start.get(a)
        words = [u for u in toks if a <= u.start and u.end <= b and u.surface not in ("・", "＝")]
        if (t is None or name in _KATA_COMMON or name in _KATA_HON_STOP or (t.end == b and t.pos[2] == "地名")
                or (len(words) > 1 and not all(u.oov or u.pos[1] == "固有名詞" for u in words))):
            continue  # 出身のスタッフ, 出身のハノイ, 出身のヤング|ライダー: a role, a place or common words, no name
        yield Span("PERSON", a, b, name, 0.7, SOURCE, "〜出身の＋カタカナの名前", data={"tier": 1, "parts": []})
