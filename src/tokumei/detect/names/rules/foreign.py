"""Foreign people of tier 1 (h/fix-person2): the shapes a case study writes them in.

* **a Latin name with its katakana reading** (Camille Rouxさん（カミーユ・ルー）, Luis Quispe（ルイス・キスペ、…）):
  the reading in brackets says the Latin words are a person's name, whatever SudachiDict knows of them;
* **a Latin name where a person stands** (インド出身のArjun Mehta（社員番号…）, 実習生代表 Agus Setiawan,
  ソムチャイ・ウォンサワット（Somchai Wongsawat）さん): SudachiDict knows few Thai, Indian or Indonesian names, so
  two to four capitalised words are a person by where they stand — after 出身の/実習生/芳名, before an honorific
  or a bracket about a person (出身, 歳, 社員番号), or inside the bracket of a katakana full name — and a second
  Latin name joined to one by と/、 (Agus SetiawanとDedi Kurnia) too;
* **a Chinese or Korean full name with a space** (王 麗娜（ワン・リーナ）, 朴 智勲（パク）): one of the commonest
  one-kanji surnames of China, Taiwan and Korea, a space, one or two kanji, then a bracket, an honorific or
  punctuation — SudachiDict splits 麗娜 into 麗|娜, so the token rule for 森永 健吾 sees only 麗;
* **a katakana name after 〜出身の** (タイ出身のナッタヤーが, ネパール出身のタパさん) or a country and から来た
  (ベトナムから来たタンが): where a person comes from, then the person (not スタッフ, not a word SudachiDict lists as a
  place).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "ペルー出身のLuis Quispe（ルイス・キスペ）と、タイ出身のナッタヤーが加わった。"
    >>> [s.text for s in foreign_people(t, tokenize(t))]
    ['Luis Quispe', 'ナッタヤー']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import CAME_FROM_REASON, FROM_REASON, SOURCE, _KATA_COMMON, latin_venue
from tokumei.detect.names.rules.places import coarse_kind
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.span import Span

_UP = r"[A-ZÀ-ÞĀ-ʯḀ-ỹ][a-zß-ÿĀ-ʯḀ-ỹ'’]+"  # (Latin-1 and Extended: Trần, Łukasz, Şahin)
#: Two to four capitalised Latin words (de, van, dos … between them), an optional honorific, then a bracket
#: that opens with katakana (the reading).
_LATIN_READ = re.compile(rf"(?<![A-Za-zß-ÿĀ-ʯḀ-ỹ])({_UP}(?:[ \u3000](?:(?:de|da|van|von|der|del|la|le|dos|das|di|du|bin|al)[ \u3000])?{_UP}){{1,3}})"
                         r"(?:さん|様|氏)?[（(][ァ-ヺー・＝]{2,}")
#: 〜出身の + a katakana word (with ・ parts) + what follows a name.
#: (stop 37, names dev wave 9) also a country, から来た and the person: インドネシアから来たデウィ、ベトナムから来たタンが
#: (the word before から must be a country to :func:`.places.coarse_kind`, or 台湾・香港).
_FROM = re.compile(r"(?:出身の|(?P<country>(?<![ァ-ヺー])[ァ-ヺー]{2,12}|中国|韓国|台湾|香港)から(?:来た|来て(?:いる|る|くれた)|来とる|来ちょる))"
                   r"([ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]+){0,3})(?=さん|様|氏|くん|ちゃん|が|は|も|と|を|に|の|、|。|（|\()")
#: Goods and visitors that come from a country too (フランスから来たワインは): no person.
_NOT_FROM = frozenset("ワイン ビール コーヒー チーズ バナナ フルーツ ツアー ゲスト グループ チーム メンバー スタッフ ボランティア "
                      "ファミリー カップル ニュース メール".split())


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


#: A Latin name word: capitalised, with a hyphened part (Yu-Ting, Bat-Erdene), or an initial (Ma. Luisa Santos).
_LW = r"(?:[A-ZÀ-ÞĀ-ʯḀ-ỹ][a-zß-ÿĀ-ʯḀ-ỹ'’]+(?:-[A-Za-z][a-zß-ÿĀ-ʯḀ-ỹ'’]+)?|[A-Z][a-z]?\.)"
_LATIN_FULL = re.compile(rf"(?<![A-Za-zß-ÿĀ-ʯḀ-ỹ.])({_LW}(?:[ \u3000](?:(?:de|da|van|von|der|del|la|le|dos|das|di|du|bin|binti|al)[ \u3000])?{_LW}){{1,3}})"
                         r"(?![A-Za-zß-ÿĀ-ʯḀ-ỹ])")
#: What stands right before a person's name: where they come from, their role, a form's name label.
_LATIN_BEFORE = re.compile(r"(?:出身の|国籍の|から来た|来日した|実習生|研修生|留学生|スタッフ|社員|従業員|パートの|アルバイトの|講師|通訳|"
                           r"担当|職人|リーダー|代表|芳名|氏名|名前|[夫妻]の|[夫妻]は|"
                           # (stop 35, n-dev-1226) インド出身のエンジニアArjun Nair: a job in katakana glued before the name
                           r"エンジニア|デザイナー|プログラマー|シェフ|コック|トレーナー|インストラクター|マネージャー|インターン|"
                           r"ガイド|ドライバー|ヘルパー|ケアワーカー)[はの：:]?[ \u3000]?$")
#: What follows a person's name: an honorific, or a bracket that tells about a person.
_LATIN_AFTER = re.compile(r"[ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|先生)|[（(][^（）()\n]{0,30}?(?:出身|[歳才]|国籍|実習|研修|社員|番号|代表|担当|リーダー|スタッフ)")
_FULL_WIDTH = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B) if chr(c - 0xFEE0).isalpha()})
_LATIN_ONE = re.compile(r"(?<![A-Za-z.\-])([A-Z][a-z]{2,12})(?:(?=[ \u3000]?(?:さん|ちゃん|くん|先生|氏|様))"
                        # (stop 39, names dev wave 11) フィリピン出身のLorraineが勤務中: after a role or an origin, a particle
                        r"|(?P<particle>(?=(?:が|は|と|も|を|に)(?![A-Za-z]))))")
#: A country and の right before a given name with an honorific (インドネシアのWulanちゃん; stop 39, names dev wave 11).
_COUNTRY_OF = re.compile(r"(?<![ァ-ヺー])([ァ-ヺー]{2,12}|中国|韓国|台湾)(?:出身)?の$")
_KATA_BRACKET = re.compile(r"[ァ-ヺー]{2,}(?:[・＝][ァ-ヺー]{2,})+[（(]$")


def _line_before(text: str, a: int) -> str:
    """Up to 14 characters before ``a`` on its line: where a role or an origin stands before a name."""
    return text[max(0, a - 14):a].rsplit("\n", 1)[-1]


def latin_in_place(text: str) -> list[Span]:
    """Latin full names that stand where a person does (see the module docstring).
    例: ``[s.text for s in latin_in_place("インド出身のArjun Mehta（社員番号 SS-0031）")]`` → ``['Arjun Mehta']``"""
    from tokumei.detect.names.rules.latin import LATIN_NOT_PERSON

    original, text = text, text.translate(_FULL_WIDTH)  # Ｔｏｍ Ｂａｋｅｒ氏: one letter for one, offsets kept
    found: list[tuple[int, int, bool]] = []
    for m in _LATIN_FULL.finditer(text):
        a, b = m.span(1)
        words = re.findall(r"[A-Za-z]+", m.group(1))
        if any(w.lower() in LATIN_NOT_PERSON for w in words) or latin_venue(text, a, b):
            continue
        before = _line_before(text, a)
        placed = bool(_LATIN_BEFORE.search(before) or _LATIN_AFTER.match(text, b)
                      or (_KATA_BRACKET.search(before) and text[b:b + 1] in "）)"))
        found.append((a, b, placed))
    out: list[Span] = []
    for m in _LATIN_ONE.finditer(text):
        # スタッフEmilyさん: one given name, between a role and an honorific
        a, b = m.span(1)
        before = _line_before(text, a)
        country = m.group("particle") is None and (c := _COUNTRY_OF.search(before)) is not None \
            and coarse_kind(c.group(1)) == "country"
        if (_LATIN_BEFORE.search(before) or country) and m.group(1).lower() not in LATIN_NOT_PERSON:
            out.append(Span("PERSON", a, b, original[a:b], 0.7, SOURCE, "ローマ字の名前（役割の後・敬称の前）", data={"tier": 1, "parts": []}))
    for k, (a, b, placed) in enumerate(found):
        # Agus SetiawanとDedi Kurnia: a name joined to a placed one by と/、/・ is one too
        joined = any(f[2] and re.fullmatch(r"[ \u3000]?(?:と|、|，|,|・|and)[ \u3000]?", text[min(b, f[1]):max(a, f[0])])
                     for f in found[max(0, k - 1):k + 2] if f[:2] != (a, b))
        if placed or joined:
            out.append(Span("PERSON", a, b, original[a:b], 0.75, SOURCE, "ローマ字の姓名（人を指す位置）", data={"tier": 1, "parts": []}))
    return out


#: Common one-kanji surnames of China, Taiwan and Korea (Wikipedia 中国の姓の一覧, 韓国の姓の一覧) that are not
#: also everyday words (not 金 石 田 白 方 高 安 南 全 文 明 元 …, each a noun a space may follow).
CK_SURNAMES = "王張李劉陳楊黄趙周呉徐孫朱胡郭何梁鄭羅宋謝唐韓曹許鄧蕭馮曾程蔡彭潘袁董蘇葉呂魏蒋杜沈姜范傅鐘盧汪戴崔廖姚邱譚韋賈鄒熊孟秦閻薛侯郝孔邵顧頼賀尹銭施洪龔朴裵曺禹辛閔兪卞廉慎芮"
_CK_SPACED = re.compile(rf"(?<![\u4e00-\u9fff々])([{CK_SURNAMES}][ \u3000][\u4e00-\u9fff]{{1,2}})"
                        r"(?=[（(、。，,）)\s]|さん|様|氏|先生|社長|代表|$)")
#: 林 金 田 白 方 高 安 … are everyday words too: with them, only a reading in brackets right after says a name
#: (台湾出身の林 佳穎（リン・ジャーイン）).
_CK_SPACED_READ = re.compile(r"(?<![\u4e00-\u9fff々])([林金石田白方高安南文明元][ \u3000][\u4e00-\u9fff]{1,2})(?=[（(][ァ-ヺー・ぁ-ゖ]{2,})")


#: A one-kanji surname of :data:`CK_SURNAMES` glued to a given name of two kanji before an honorific (サークルの王麗華さん:
#: the given name alone was found and 「王Aさん」 published; stop 45, read anonymize dev wave 17).
_CK_GLUED = re.compile(rf"(?<![\u4e00-\u9fff々])([{CK_SURNAMES}])([\u4e00-\u9fff]{{2}})(?=さん|様|氏|先生)")


def _ck_glued(text: str) -> Iterator[Span]:
    """王麗華さん: the surname and a given name SudachiDict lists (not 呉服屋さん, 曾祖母さん: no given name, or one word)."""
    for m in _CK_GLUED.finditer(text):
        if "名" in person_readings(m.group(2)) and not dictionary_entries(m.group(1) + m.group(2)):
            yield Span("PERSON", m.start(), m.end(), m.group(), 0.75, SOURCE, "中国・韓国の一字姓＋名（続け書き）＋敬称",
                       data={"tier": 1, "parts": []})


def foreign_people(text: str, toks: list[Token]) -> Iterator[Span]:
    """Latin names with a katakana reading and katakana names after 〜出身の (see the module docstring)."""
    if "・" in text or "＝" in text:
        from tokumei.detect.names.rules.person_words import _KATA_HON_STOP

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
    if " " in text or "\u3000" in text:
        for m in [*_CK_SPACED.finditer(text), *_CK_SPACED_READ.finditer(text)]:
            yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.75, SOURCE, "中国・韓国の一字姓＋空白＋名",
                       data={"tier": 1, "parts": []})
    yield from _ck_glued(text)
    placed = latin_in_place(text) if not text.isascii() and re.search("[A-ZＡ-Ｚ]", text) else []
    yield from placed
    if "（" in text or "(" in text:
        for m in _LATIN_READ.finditer(text):
            a, b = m.span(1)
            if latin_venue(text, a, b) or any((s.start, s.end) == (a, b) for s in placed):
                continue  # Cafe Lumière（カフェ・ルミエール）, 店名は Blue Harbor（…）: a shop's name and its reading
            yield Span("PERSON", a, b, m.group(1), 0.8, SOURCE, "ローマ字の姓名＋カタカナの読み", data={"tier": 1, "parts": []})
    if "出身の" not in text and "から来" not in text:
        return
    from tokumei.detect.names.rules.person_words import _KATA_HON_STOP

    by_start = {t.start: t for t in toks}
    for m in _FROM.finditer(text):
        if m.group("country") and m.group("country") not in ("台湾", "香港") and coarse_kind(m.group("country")) != "country":
            continue  # 東京から来た…, ホテルから来た…: no country before から来た
        a, b = m.span(2)
        name = m.group(2)
        t = by_start.get(a)
        words = [u for u in toks if a <= u.start and u.end <= b and u.surface not in ("・", "＝")]
        if (t is None or name in _KATA_COMMON or name in _KATA_HON_STOP or name in _NOT_FROM or (t.end == b and t.pos[2] == "地名")
                or (len(words) > 1 and not ("・" in name or "＝" in name) and not all(u.oov or u.pos[1] == "固有名詞" for u in words))
                or any(u.surface in _KATA_COMMON for u in words)):  # (ペレラ・ディルシャン: parts joined by ・ are a name's)
            continue  # 出身のスタッフ, 出身のハノイ, 出身のヤング|ライダー: a role, a place or common words, no name
        yield Span("PERSON", a, b, name, 0.7, SOURCE, CAME_FROM_REASON if m.group("country") else FROM_REASON, data={"tier": 1, "parts": []})
