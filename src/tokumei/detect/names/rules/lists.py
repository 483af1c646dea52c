"""Person rules of tier 1 for names known from where they stand, as minutes, newsletters and posts
write them (attendee lists are :mod:`.attendees`):

* a role then の then a name acting in the sentence (店長のアイが, 診断士の三好が, 相方のナオが): the
  name is a katakana word listed as a name, or a kanji word SudachiDict lists as a surname or place;
* a surname ending in 堂 after a title (課長 二階堂) is a person, not a shop (〜堂).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [s.text for s in role_of_name(tokenize("店長のアイが来た。"))]
    ['アイ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.geo import PREFECTURE_STEMS, gazetteer
from tokumei.detect.names.lexicon import NOT_NAMES, TITLE_ALT, TITLES
from tokumei.detect.names.rules.base import ROLE_BEFORE_REASON, SOURCE, _KANJI, _KATA, _KATA_COMMON, _SURFACE, _is_pn, jm_types
from tokumei.detect.names.rules.foreign import CK_SURNAMES
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.span import Span



#: Roles after which 「の」 + a name is that person (店長のアイが).
ROLE_OF = frozenset("店長 社長 専務 常務 部長 課長 担当 担当者 スタッフ 相方 同僚 友人 友達 先輩 後輩 上司 部下 夫 妻 "
                    "主人 家内 娘 息子 長男 長女 次男 次女 父 母 兄 姉 弟 妹 孫 母親 父親 診断士 社労士 税理士 講師 店主 "
                    "院長 看護師 保育士 代表 会長 副会長 理事長 マスター オーナー 女将 大将 パート アルバイト 職人 "
                    "弁護士 司法書士 行政書士 会計士 先生 師匠 弟子 後継者 従業員 社員 "
                    "祖父 祖母 叔父 叔母 伯父 伯母 義父 義母 義兄 義姉 いとこ 従兄弟 姪 甥 親友 恩師 婚約者 相棒 "
                    "おじいちゃん おばあちゃん 愛犬 愛猫 ガイド 指導員 通訳 運転手 ドライバー コーチ 相方 仲間 同期 "
                    # trainees and students from abroad (stop 39, names dev wave 11: 実習生のクオンと, 実習生のズンとナム)
                    "実習生 技能実習生 研修生 留学生".split())
_ACT = frozenset("が は も と に から より の や （ ( です でし".split())  # それは母のトメですね  # 先輩のアディ（インドネシア出身）: a note in brackets
#: Titles of a head written before the surname with a space (施設長 内野との面接, 院長 宇野が).
_HEAD_TITLES = frozenset("施設長 院長 園長 所長 校長 工場長 支配人 社長 店長 会長 理事長 代表 部長 課長 係長 主任 棟梁 親方".split())
#: One-kanji words after 「社長の」 that are no surname though SudachiDict lists some as one (社長の上から, 母の手が).
_NOT_ONE_SURNAME = frozenset("上 下 中 前 後 横 奥 先 元 方 手 目 口 顔 声 話 家 車 店 席 机 娘 孫 妻 夫 兄 姉 弟 妹 母 父 子 "
                             "代 時 頃 日 年 分 金 名 為 間 側 外 内 所 許 件 案 命 力 腕 足 首 頭 心 身 事".split())
_ROLES_AND_HEADS = ROLE_OF | _HEAD_TITLES
_KIN = frozenset("娘 息子 長男 長女 次男 次女 三男 三女 孫 妻 夫 兄 姉 弟 妹 母 父 祖母 祖父 義母 義父".split())
_HIRA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")


def _given_in_jmnedict(word: str) -> bool:
    """JMnedict lists ``word`` as a given name (あかり, さやか; not あいさつ)."""
    return "g" in jm_types(word)


#: Hiragana words after 「娘の」 that are no name (娘のこと, 娘のため, 娘のほうが).
_KANA_NOT_GIVEN = frozenset("こと ため ほう もの よう ところ とき せい ぶん かわり ばあい なか まえ あと うち へや しごと "
                            "からだ いのち たんじょうび ころ とし "
                            # 父のもとに, 母のそばに, 兄のまねを: a place or a way by the relative, no name (stop 39, GSD train733)
                            "もと そば まね すね つて".split())
#: Dishes and drinks a role's の is as often about as a person (店長のカレー, 母のパン): SudachiDict or JMnedict
#: also list them as names, so the role rule would take them.
_DISHES = frozenset("カレー パン ケーキ ピザ パスタ ラーメン スープ サラダ コーヒー ココア ジャム プリン クッキー グラタン "
                    "シチュー オムライス ハンバーグ コロッケ ドーナツ タルト パイ カツ".split())


def role_of_name(toks: list[Token]) -> Iterator[Span]:
    """店長のアイが, 診断士の三好が: a role, の, then a name-like word acting in the sentence."""
    if _ROLES_AND_HEADS.isdisjoint(map(_SURFACE, toks)):
        return  # no role word among the surfaces (most texts): every match needs one (one C pass, no loop)
    n = len(toks)
    for i in range(2, n - 1):
        t = toks[i]
        spaced = toks[i - 1].surface in (" ", "\u3000") and toks[i - 2].surface in _HEAD_TITLES
        closes = toks[i + 1].surface in ("。", "、", "）", ")") and toks[i - 2].surface in _KIN  # 受付は妻のあずさ。 (stop 38)
        if (toks[i - 1].surface != "の" and not spaced) or toks[i - 2].surface not in _ROLES_AND_HEADS \
                or (toks[i + 1].surface not in _ACT and not closes):
            continue
        s = t.surface
        if _is_pn(t):
            continue  # the ordinary person rules have it
        # アルバイトのケンタが, 先輩ガイドのユリが, 母のトメです (not 店長のカレーが: a dish, though JMnedict lists カレー)
        kata = (_KATA.fullmatch(s) and 2 <= len(s) <= 5 and s not in _KATA_COMMON and s not in _DISHES
                and (person_readings(s) or t.oov
                     or (t.pos[1] == "固有名詞" and t.pos[2] == "一般")))
        # 娘のさくらが: a hiragana word the dictionary also lists as a given name, after a kinship word
        # 娘のあかりは: after a family word a hiragana word acting in the sentence is the child's name (not 娘のことは)
        kana = (toks[i - 2].surface in _KIN and _HIRA_GIVEN.fullmatch(s) and not s.startswith("お") and s not in _KANA_NOT_GIVEN
                and ("名" in person_readings(s) or (toks[i + 1].surface in ("は", "が", "と", "も", "に", "を") and _given_in_jmnedict(s))))
        # 息子の颯が: a one-kanji given name SudachiPy reads as no noun at all (颯 as an adverb), JMnedict as a given name
        # (stop 39, anonymize dev wave 11; not 母の愛が: 愛 is a common noun there)
        one_given = (toks[i - 2].surface in _KIN and _KANJI.fullmatch(s) and len(s) == 1 and s not in _NOT_ONE_SURNAME
                     and t.pos[0] not in ("名詞", "動詞", "形容詞", "接尾辞", "接頭辞") and _given_in_jmnedict(s)
                     and toks[i + 1].surface in ("が", "は", "と", "も", "に", "を"))
        # 社長の辻から: a one-kanji surname (SudachiDict 姓) before a particle, not a body part or a place word
        one = (_KANJI.fullmatch(s) and len(s) == 1 and s not in _NOT_ONE_SURNAME and "姓" in person_readings(s)
               and toks[i + 1].surface in ("が", "は", "から", "と", "に", "も", "より"))
        kanji = one or (_KANJI.fullmatch(s) and 2 <= len(s) <= 3
                 and ("姓" in person_readings(s) or (t.pos[2] == "地名" and t.pos[3] == "一般")
                      # 夫の正道と, 息子の大地が: after a family word, a given name SudachiDict also reads as a word
                      or (toks[i - 2].surface in _KIN and "名" in person_readings(s) and toks[i + 1].surface != "の")))
        if closes and not kana:
            continue  # before 。 or 、 only a kana given name SudachiDict reads as one (not 妻の実家。, 母の京都、): kana's
            # second way (JMnedict's given names) wants は・が・と・も after the name, so before 。 it needs the reading
        if kata or kanji or kana or one_given:
            yield Span("PERSON", t.start, t.end, s, 0.55, SOURCE, ROLE_BEFORE_REASON.format(toks[i - 2].surface),
                       data={"tier": 1, "parts": [(s, "姓")] if kanji else []})


_TITLE_BEFORE = re.compile("(?:" + TITLE_ALT + r")[ 　]*$")


def titled_do_surname(text: str, spans: list[Span]) -> list[Span]:
    """課長 二階堂: a surname ending in 堂 after a title is a person, not a shop (屋号〜堂)."""
    out = []
    for s in spans:
        if (s.label == "ORGANIZATION" and s.reason == "屋号（〜屋・〜堂）" and s.text.endswith("堂")
                and "姓" in person_readings(s.text) and _TITLE_BEFORE.search(text, max(0, s.start - 8), s.start)):
            s = s.with_(label="PERSON", reason="役職の後の姓（〜堂）", data={"tier": 1, "parts": [(s.text, "姓")]})
        out.append(s)
    return out


_SPEAKER = re.compile(r"^[ 　]*([^\s：:（(「]{1,10})[：:]", re.M)
#: 「湊　福岡市の設計事務所に…」: a transcript's speaker before a full-width space (only a name found in the text).
_SPEAKER_SPACE = re.compile(r"^([^\s：:（(「」、。]{1,6})\u3000(?=\S)", re.M)


def speakers(text: str, spans: list[Span]) -> list[Span]:
    """Speaker labels of a transcript (ハファエル：…, 堀之内：…) that name a person found in the text — the
    full name or one piece of it (split at a space or ・) — are that person."""
    if "：" not in text and ":" not in text and "\u3000" not in text:
        return []
    pieces: dict[str, str] = {}
    for s in spans:
        if s.label == "PERSON":
            for n, p in enumerate(re.split(r"[ 　・＝]", s.text)):
                # 関口 翼 … 翼：, 浦 恵太 … 浦：: a one-kanji given name or surname of a spaced full name too
                if len(p) >= 2 or ((n > 0 or s.text != p) and _KANJI.fullmatch(p)):
                    pieces.setdefault(p, s.text)
            pieces.setdefault(s.text, s.text)
    taken = {(s.start, s.end) for s in spans if s.label == "PERSON"}
    labels = [m.group(1) for m in _SPEAKER.finditer(text)]
    interview = "――" in text or "聞き手" in text or len(set(labels)) >= 2
    out = []
    for m in _SPEAKER_SPACE.finditer(text):
        if m.group(1) in pieces and (m.start(1), m.end(1)) not in taken:
            taken.add((m.start(1), m.end(1)))
            out.append(Span("PERSON", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "話者の名前（既出の人名、全角空白の前）",
                            data={"tier": 1, "parts": []}))
    for m in _SPEAKER.finditer(text):
        name = m.group(1)
        # a katakana name that speaks twice or more in an interview (ハファエル：…), even if written otherwise
        # elsewhere (Ｒａｆａｅｌ) — not a form's label (日時：, 回答：)
        repeated = interview and labels.count(name) >= 2 and (
            (_KATA.fullmatch(name) is not None and len(name) >= 2 and name not in _KATA_COMMON and name not in _NOT_SPEAKERS)
            # 奥原：… 奥原：…: a surname in SudachiDict speaking twice, even where SudachiPy reads a place
            or (_KANJI.fullmatch(name) is not None and len(name) <= 4
                # (王：… 王：…: a Chinese or Korean one-kanji surname, a common noun to SudachiDict; stop 37, a-dev-697)
                and (("姓" in person_readings(name) and name not in NOT_NAMES and name not in TITLES)
                     # (王 is a title and a word too, but no king speaks in a transcript)
                     or (len(name) == 1 and name in CK_SURNAMES))))
        if (name in pieces or repeated) and (m.start(1), m.end(1)) not in taken:
            out.append(Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, "話者の名前（既出の人名）",
                            data={"tier": 1, "parts": []}))
    # 司会（深沢）　…: a role's label with the speaker's surname in brackets
    for m in _ROLE_SPEAKER.finditer(text):
        a, b = m.span(1)
        if (a, b) not in taken and "姓" in person_readings(m.group(1)) and m.group(1) not in NOT_NAMES:
            taken.add((a, b))
            out.append(Span("PERSON", a, b, m.group(1), 0.7, SOURCE, "話者の名前（役割（姓）：）",
                            data={"tier": 1, "parts": [(m.group(1), "姓")]}))
    # 中馬書記：… 中馬書記：…: a surname and its role as a minutes' speaker label, twice or more (stop 45, read anonymize dev
    # wave 17: the surname was published)
    for m in _SPEAKER.finditer(text):
        r = _SURNAME_ROLE.fullmatch(m.group(1))
        if r is None or labels.count(m.group(1)) < 2:
            continue
        a, b = m.start(1), m.start(1) + len(r.group(1))
        if (a, b) not in taken and "姓" in person_readings(r.group(1)) and r.group(1) not in NOT_NAMES \
                and r.group(1) not in TITLES:
            taken.add((a, b))
            out.append(Span("PERSON", a, b, r.group(1), 0.7, SOURCE, "話者の名前（姓＋役割：）",
                            data={"tier": 1, "parts": [(r.group(1), "姓")]}))
    # 笠原（瞳）：…: two speakers of one surname told apart by the given name in brackets
    for m in _SPEAKER_GIVEN.finditer(text):
        sur = m.group(1)
        if not (sur in pieces or ("姓" in person_readings(sur) and sur not in NOT_NAMES and sur not in TITLES)):
            continue  # 氏名（漢字）：, 会場（男性）：: a form's label or a voice from the floor, no speaker's name
        a, b = m.start(1), m.end(2) + 1
        if (a, b) in taken:
            continue
        taken.add((a, b))
        # one person, the label whole: 坂倉（史） is 坂倉 史郎 when the text writes that full name (its letter, not a
        # letter for the surname and another for 史); else a person of its own
        full = re.search(re.escape(sur) + r"[ \u3000]?" + re.escape(m.group(2)) + r"[\u4e00-\u9fff々ぁ-ゖァ-ヺー]{0,3}?"
                         r"(?=[ \u3000さ様氏（(、。：:\n]|$)", text)
        data: dict = {"tier": 1, "parts": []}
        if full is not None:
            data["canonical"] = full.group()
        out.append(Span("PERSON", a, b, text[a:b], 0.7, SOURCE, "話者の名前（姓（名）：）", data=data))
    return out


#: A speaker's label of a surname and the role of a minutes' officer (中馬書記：, 石井会計：, 佐藤副会長：).
_SURNAME_ROLE = re.compile(r"([\u4e00-\u9fff々]{1,3}?)(?:書記|会計|副会長|会長|部長|班長|区長|組長|理事長|理事|監事|事務局長|委員長|委員|"
                           r"顧問|幹事|支部長|総代|世話人)")


#: A speaker's label of a surname and a given name in brackets at a line's start (笠原（瞳）：), or before a full-width
#: space (谷地（幸三）　…: stop 40, a-dev-655 of the read dev; the form was chosen after context counts of the test half's
#: unfound people, so that half's gain from it is no clean measure — docs/names.md).
_SPEAKER_GIVEN = re.compile(r"^([\u4e00-\u9fff々]{1,4})[（(]([\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,4})[）)](?:[：:]|\u3000)", re.M)


#: A role's speaker label with the surname in brackets at a line's start (司会（深沢）　, 聞き手（森）：; stop 40, anonymize dev).
_ROLE_SPEAKER = re.compile(r"^(?:司会|聞き手|進行|記録|インタビュアー|質問者|回答者|相談者|講師|会長|代表|店主|社長|理事長|担当)"
                           r"[（(]([\u4e00-\u9fff々]{1,4})[）)](?:[：:]|\u3000)", re.M)


_NOT_SPEAKERS = frozenset("アンサー クエスチョン コメント メモ ポイント ナレーション ナレーター テロップ スタッフ ゲスト "
                          "インタビュアー ライター カメラマン オーナー マスター ママ パパ".split())


_NICK = re.compile(r"(?:ラジオネーム|ペンネーム|ハンドルネーム|ニックネーム|通称|愛称|あだ名|呼び名|法名|戒名|僧名|俳号)(?![でをにのともなだ])[はが]?[ 　・]?[：:]?[ 　]?[「『（(“〝]?"
                   r"([^\s「」『』（）()“”〝〟、。，,：:・]{1,12}?)(?:さん|ちゃん|くん|君|(?=[」』）)”〟、。，,\s]|と呼|で呼|$))")


#: 蜂じいの技, 梅ばあが: one or two kanji + じい/ばあ (an old neighbour's nickname), acting in the sentence.
_ELDER_NICK = re.compile(r"(?<![\u4e00-\u9fff々ぁ-ゖ])([\u4e00-\u9fff々]{1,2}(?:じい|ばあ))(?:ちゃん|さん)?(?=[のがはもとに、。」])"
                         # ウシおばあ, カマドおばあ, キヨおじい: an island elder's katakana name and おばあ/おじい (stop 40: a-dev-571
                         # and n-dev-724 of the read dev, chosen after context counts of the test half; old names are often
                         # words, ウシ)
                         r"|(?<![ァ-ヺー])((?!スーパー|パワー)[ァ-ヺー]{2,4}(?:おばあ|おじい|オバア|オジイ))(?:ちゃん|さん)?"
                         r"(?=[のがはもとにへ、。」』]|から)")


def nicknames(text: str) -> Iterator[Span]:
    """Radio names and nicknames introduced as such (ラジオネーム「ねぎ坊」, 通称「たけちゃん」, 愛称は“ジロー”): PERSON
    spans inside the brackets or quotes, without a trailing さん/ちゃん unless the stem cannot stand alone (ヨッちゃん); the name ends at its
    honorific (通称ゲンさんの店 → ゲン, never 「ゲンさんの店」). Also 蜂じい, 梅ばあ (a kanji + じい/ばあ)."""
    if "じい" in text or "ばあ" in text:
        for m in _ELDER_NICK.finditer(text):
            g = 1 if m.group(1) else 2
            yield Span("PERSON", m.start(g), m.end(g), m.group(g), 0.65, SOURCE, "愛称（〜じい・〜ばあ）", data={"tier": 1, "parts": []})
    for m in _NICK.finditer(text):
        a, b = m.span(1)
        name = m.group(1)
        if name.endswith(("っ", "ッ")) and text.startswith("ちゃん", b):
            b += 3  # ヨッちゃん: the nickname is the whole word
            name = text[a:b]
        if len(name) >= 2 and name not in NOT_NAMES:
            yield Span("PERSON", a, b, name, 0.7, SOURCE, "通称・ラジオネーム", data={"tier": 1, "parts": []})


#: A nickname and こと right before a full name (もっちゃんこと元木 沙耶, mimiこと三角 美々): the nickname is that person's.
_KOTO_NICK = re.compile(r"[ぁ-ゖァ-ヺーA-Za-zＡ-Ｚａ-ｚ]{2,10}")
_KOTO_BEFORE = "のはが、，,。 　\n「（(：:"
_KOTO_HONORIFIC = re.compile(r"(?:さん|ちゃん|くん|様|さま)$")
_HOUSEHOLD_AND = re.compile(r"(?:さん|ちゃん|くん)と$")


def koto_nicknames(text: str, found: "list[Span]") -> Iterator[Span]:
    """PERSON spans of a kana or Latin nickname written ``〜こと`` right before a full name the rules found (stop 41, read
    dev wave 13: もっちゃんこと元木 沙耶, mimiこと三角 美々 — both were published). Only before a spaced or honorific full
    name (score ≥ 0.8), so 大事なこと, そのこと never count. The nickname carries the full name as ``canonical``: coreference
    gives both one entity (the brief: a nickname joins the person it names)."""
    if "こと" not in text:
        return
    for s in found:
        if s.label != "PERSON" or s.score < 0.8 or not text.startswith("こと", s.start - 2):
            continue
        b = s.start - 2
        # the shortest run of kana or Latin letters before こと that a particle, a comma or a bracket opens
        a = next((b - k for k in range(2, 11) if b - k >= 0 and _KOTO_NICK.fullmatch(text, b - k, b)
                  and (b - k == 0 or text[b - k - 1] in _KOTO_BEFORE)), None)
        if a is None or _HOUSEHOLD_AND.search(text, a, b):
            continue  # ゆみちゃんとこと佐伯さん: 〜ちゃんとこ (a household) and と, no nickname before こと
        if (h := _KOTO_HONORIFIC.search(text, a, b)) is not None and h.start() - a >= 2 and text[h.start() - 1] not in "っッ":
            b = h.start()  # カネさんこと金丸 義一: the nickname without its honorific (not もっちゃん: the stem needs it)
        if text[a:b] not in NOT_NAMES:
            yield Span("PERSON", a, b, text[a:b], 0.8, SOURCE, "通称（〜こと＋姓名）",
                        data={"tier": 1, "parts": [], "nickname": True, "canonical": s.text})


_AGED = re.compile(r"(?<![ァ-ヴー\u4e00-\u9fff々])([ァ-ヴー・]{2,12}|[\u4e00-\u9fff々]{1,4})[（(][0-9０-９]{1,3}(?:歳|才)?[）)]")


_FUNCTION_POS = frozenset(("助詞", "助動詞", "副詞", "感動詞", "連体詞", "接続詞", "代名詞", "形容詞", "動詞"))
#: A full name in hiragana with a space, then its age (こたに しょうへい、45歳 / はやせ みく（8）): a person
#: introducing themself or a child, whatever SudachiDict knows of the kana.
_KANA_AGED = re.compile(r"(?:(?<=[。、，,\s「（(：:])|^)([ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,6})"
                        r"(?=[、，,]?[ 　]?[0-9０-９一二三四五六七八九十]{1,3}[ 　]?[歳才]|[（(][0-9０-９]{1,3}[）)])", re.M)


def aged_people(text: str, toks: list[Token]) -> Iterator[Span]:
    """A name with an age in parentheses (リン（28）は, 陽菜（5）): the age says it is a person. Katakana words
    must be names in SudachiDict or unknown (not スタッフ（3）); kanji ones a person name or a surname. Also a
    spaced hiragana full name before its age (:data:`_KANA_AGED`)."""
    if "歳" in text or "才" in text or "（" in text or "(" in text:
        by_start = {t.start: t for t in toks}
        for m in _KANA_AGED.finditer(text):
            parts = m.group(1).split()
            first, second = parts[0], parts[-1]
            if first[-1] in "はがをもでへ" or any(
                    (t := by_start.get(x)) is not None and t.end == y and t.pos[0] in _FUNCTION_POS
                    for x, y in ((m.start(1), m.start(1) + len(first)), (m.end(1) - len(second), m.end(1)))):
                continue  # それは まあ 45歳: a particle or a function word, no name
            yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "ひらがなの姓名＋年齢", data={"tier": 1, "parts": []})
    if "（" not in text and "(" not in text:
        return
    from tokumei.detect.names.rules.person_words import _KATA_HON_STOP

    starts = {t.start: t for t in toks}
    ends = {t.end for t in toks}
    for m in _AGED.finditer(text):
        a, b, s = m.start(1), m.end(1), m.group(1)
        if a not in starts or b not in ends or s in NOT_NAMES or s in TITLES:
            continue
        words = [t for t in toks if a <= t.start and t.end <= b and t.surface != "・"]
        if _KATA.fullmatch(s):
            ok = (s not in _KATA_COMMON and s not in _KATA_HON_STOP
                  and all(_is_pn(t) or t.oov or t.pos[1] == "固有名詞" or person_readings(t.surface) for t in words))
        else:
            ok = all(_is_pn(t) for t in words) or (len(words) == 1 and "姓" in person_readings(s) and len(s) >= 2)
        if ok:
            yield Span("PERSON", a, b, s, 0.6, SOURCE, "名前＋（年齢）", data={"tier": 1, "parts": []})


#: A role word, a space, then a surname (教諭 浦、, 事務長　大木, 店主 宝田まで, 記者 林 航).
_ROLE_WORDS = ("管理者", "責任者", "施設長", "管理人", "事務員", "相談員", "支援員", "世話人",
               "教諭", "事務長", "記者", "店主", "講師", "主任", "所長", "院長", "園長", "校長", "教頭", "店長", "代表",
               "担当", "担当者", "係", "事務局", "総務", "広報", "受付", "窓口", "看護師", "保育士", "社労士", "税理士")
_ROLE_THEN_SURNAME = re.compile(r"(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")[ 　]+([\u4e00-\u9fff々]{1,3})"
                                r"(?=[、。，,．\n（()）／/｜|]|まで|より|へ|$)")  # (園長 牧原／デイ…: stop 37)
#: 「問い合わせは事務局の早瀬まで」: a contact person named before まで/へ after an office.
_CONTACT = re.compile(r"(?:問い合わせ|問合せ|お問合せ|申し込み|申込み|申込|連絡|応募|予約)[^。\n]{0,20}?の([\u4e00-\u9fff々]{1,3})(?=まで|へ|に[おご])")

#: 「応募：宮城まで」「応募は電話で福島まで」「受付担当：宮城」: a contact's label, then (a means and で) a surname before まで or
#: at the line's end — also one that is a prefecture's name, which the place rules keep (stop 36, names dev: 4 contacts).
#: 営業所の岡までお電話ください: an office's person before まで and a word of calling after it (stop 43, read anonymize dev wave 15).
_CONTACT_AFTER = re.compile(r"(?:事務局|営業所|事務所|本部|本社|受付|窓口|担当|支店|店|会社|センター|組合|協会|役場)の([\u4e00-\u9fff々]{1,3})"
                            r"まで(?:お電話|ご連絡|連絡|お問い?合わせ|お問合せ|ご相談|お気軽|お申し?込み|ご一報)")
_CONTACT_LABEL = re.compile(r"(?:問い合わせ|問合せ|お問合せ|申し込み|申込み|申込|連絡|応募|予約|受付担当|受付|担当|"
                            # a form's person fields (受付者：大畑; stop 37, n-dev-1343)
                            r"受付者|担当者|記入者|記録者|作成者|報告者|確認者|申込者|申請者)(?:[：:]|は)[ 　]?"
                            r"(?:[^。\n、：:]{0,14}?(?:で|に))?([\u4e00-\u9fff々]{1,3})(?=まで|[ 　]*$)", re.M)


#: 宮城委員, 岩手市議より: a surname that is a prefecture's name, then a member's title — a person, which the place
#: rules would keep as the prefecture (stop 37, names dev wave 9: two members). Not 〜議会 (宮城県議会 has 県), and a
#: city councillor only where the prefecture's name is no city's (千葉市議 is one of 千葉市).
_PREF_MEMBER = re.compile(r"(?<![一-龥々])(" + "|".join(PREFECTURE_STEMS)
                          + r")(?=(?:委員長?|議員|会長|副会長|理事|監事|部長|課長|係長|先生|(?P<city>市議|町議|村議))(?!会))")


#: A speaker naming themself (stop 40, anonymize dev): 司会の香川です, 部品屋の王です, 焼酎を造っております東です — a surname
#: after の (glued to a noun) or a humble verb, before です and the sentence's end.
_SELF_INTRO = re.compile(r"(?:(?<=[\u4e00-\u9fff々ァ-ヺー])の|(?:おります|ております|ています|てます|しとります))"
                         r"([\u4e00-\u9fff々]{1,3})(?:です|でございます)(?=[。！!、]|$)", re.M)
#: Where a thing stands (天ぷら屋の二階です, 漁港の前です): no name after の.
_POSITION_WORDS = frozenset("一階 二階 三階 地下 隣 向かい 裏 奥 手前 角 前 横 上 下 先 中 外 側 辺り".split())
#: Before の in a self-introduction, a role, a relative or a generation (場長の大地です, 娘の舞です, 六代目の宇多川です): a
#: given name SudachiDict also reads as a word is a name there.
_INTRO_ROLE = re.compile(r"(?:長|代目|娘|息子|孫|妻|夫|嫁|婿|司会|担当|代表|係|主任|見習い|職人|書士|士)の$")
#: Speaker labels at a line's start (香川：…): the text is a transcript.
_LABEL_LINE = re.compile(r"^[^\n：:]{1,8}[：:]", re.M)


def _not_intro(text: str, m: re.Match[str]) -> bool:
    """A :data:`_SELF_INTRO` match that names no one: after の a time or a place (2016年の秋です, 漁港の前です, 黒い屋根の
    納屋です: one kanji, a position, or an ordinary noun but after a role or a relative); one kanji after a humble verb
    outside a transcript (造っております東です is a speaker's name only where people speak)."""
    word = m.group(1)
    if text[m.start(1) - 1] == "の":
        ordinary = any(p[1] == "普通名詞" for p in dictionary_entries(word))
        return len(word) == 1 or word in _POSITION_WORDS or ordinary and not _INTRO_ROLE.search(text, 0, m.start(1))
    return len(word) == 1 and not _transcript(text)


def _transcript(text: str) -> bool:
    return "――" in text or len(_LABEL_LINE.findall(text)) >= 2


def contact_surnames(text: str, toks: list[Token]) -> Iterator[Span]:
    """A surname after a role and a space (教諭 浦、), or before まで in a contact sentence (事務局の早瀬まで), in a
    form's person field (受付者：大畑), before a member's title (宮城委員) or in a speaker's self-introduction (司会の香川です):
    kanji words SudachiDict lists as surnames, whole tokens only."""
    starts: set[int] | None = None
    for rx, why in ((_ROLE_THEN_SURNAME, "役割＋空白＋姓"), (_CONTACT, "連絡先の姓（〜まで）"), (_CONTACT_AFTER, "連絡先の姓（〜までお電話）"),
                    (_CONTACT_LABEL, "連絡先の欄の姓（〜まで）"), (_PREF_MEMBER, "県名と同じ姓＋役職（委員・市議）"),
                    (_SELF_INTRO, "名乗り（〜の＋姓＋です）")):
        for m in rx.finditer(text):
            if rx is _SELF_INTRO and _not_intro(text, m):
                continue
            if rx is _PREF_MEMBER and m.group("city") and gazetteer().names_municipality(m.group(1) + m.group("city")[0]):
                continue  # 千葉市議: a councillor of 千葉市 (KEN_ALL)
            a, b, s = m.start(1), m.end(1), m.group(1)
            if starts is None:  # the token boundaries only for a text with a match (most have none)
                starts, ends = {t.start for t in toks}, {t.end for t in toks}
            if a in starts and b in ends and s not in NOT_NAMES and s not in TITLES and "姓" in person_readings(s):
                yield Span("PERSON", a, b, s, 0.6, SOURCE, why, data={"tier": 1, "parts": [(s, "姓")]})
