"""Short given names and nicknames of tier 1 (h/fix-person2).

* **nicknames of one or two kana + っ** (ヨッちゃん, かっちゃん, ぐっさん, 「のぶっちゃん」): the stem cannot stand alone,
  so the nickname is the whole word, honorific included (as :func:`.lists.nicknames` does after 通称);
* **one-kanji given names after a family word** (息子の孝が, 妻の恵は): SudachiPy reads the kanji as a
  common noun; a 名 reading in SudachiDict and a particle after it make it the relative's name;
* **given names read in pieces after a family word** (長男の鋭郎と, 弟の颯郎が: :func:`kin_compound_names`);
* **later mentions of a one-kanji given name** found so (孝さん / 息子の孝 … いまは孝が): a whole token
  followed by a particle, never inside a longer word (孝行, 恵み);
* **labelled readings** (フリガナ：カドクラ ヒナコ) and **a role's surname with its reading** (社長の藤枝（ふじえだ）は:
  a city's name too, but a role before it and a reading after it write a person).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "常連のまっちゃんと、息子の孝が来た。"
    >>> [s.text for s in short_names(t, tokenize(t), [])]
    ['まっちゃん', '孝']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES, ROLE_CALL, TITLES
from tokumei.detect.names.abbrev import _WORD_CHAR  # (the same word characters a short name must not be glued to)
from tokumei.detect.names.rules.base import SOURCE, _KANJI, _SURFACE, jm_types
from tokumei.detect.names.rules.people import KIN_BEFORE
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.detect.names.variants import GIVEN1_ADVERBS
from tokumei.span import Span

#: One kana (two after a bracket or a stop: 「のぶっちゃん」), then っ/ッ, then an honorific; before it no kana, or
#: a particle (常連の|かっちゃん, それに|のっちゃん).
_SMALL_TSU = re.compile(r"(?:(?<=[「『（(\s、。・])|^)([ぁ-ゖァ-ヺ]{1,2}[っッ])(ちゃん|さん|くん)(?!こ)"
                        r"|(?:(?<=[^ぁ-ゖァ-ヺー])|(?<=[のはがともにやを])|^)([ぁ-ゖァ-ヺ][っッ])(ちゃん|さん|くん)(?!こ)", re.M)
#: Stems that are words for kin or strangers, not nicknames (おっさん, じっちゃん, ばっちゃん).
_NOT_NICK = frozenset("おっ オッ じっ ジッ ばっ バッ".split())
#: Every match of :data:`_SMALL_TSU` holds っ/ッ right before ちゃん/さん/くん: searched first (no look-behind, so ``re``
#: skips ahead), since _SMALL_TSU's leading look-behinds are tried at every position of the many texts with a っ.
_TSU_CALL = re.compile("[っッ](?:ちゃん|さん|くん)")
#: A character glued before a one-kanji name makes it the end of a longer word or name (メエ|吉, 孝|行 …).
_GLUED_BEFORE = re.compile(r"[ァ-ヺー\u4e00-\u9fff々]")
#: After a one-kanji given name: a particle or a stop (孝が, 恵は, 孝と, 孝、).
_AFTER_NAME = frozenset("が は も を と の へ や から より 、 。 （ ( 」".split())  # (not に: 誠に, 実に)


#: 「フリガナ：カドクラ ヒナコ」: the katakana after a reading label on a form is a person's name.
_FURIGANA = re.compile(r"(?:フリガナ|ふりがな|よみがな|ヨミガナ|氏名（カナ）|氏名\(カナ\)|カナ氏名)[ 　]*[：:][ 　]*([ァ-ヺー]{1,10}(?:[ 　][ァ-ヺー]{1,10})?)")
#: 「投稿者：けんたろう」「ニックネーム：みぃ」: what a poster or form calls a person, the whole value up to the line's end
#: or a bracket (not the けん SudachiPy finds inside it).
_HANDLE = re.compile(r"(?:投稿者|ニックネーム|ハンドルネーム|ペンネーム|ラジオネーム|記入者|回答者|書き手)[ 　]*[：:][ 　]*"
                     r"([^\s：:（(、。,，]{2,16})(?=[ 　]*(?:[（(\n]|$))", re.M)
#: A role or family word, の, a kanji word and its hiragana reading (社長の藤枝（ふじえだ）は, 妻の早苗（さなえ）).
_ROLE_READING = re.compile(r"(?:社長|代表|店主|店長|女将|院長|園長|住職|会長|理事長|職人|担当|" + "|".join(sorted(KIN_BEFORE, key=len, reverse=True))
                           + r")の([\u4e00-\u9fff々]{1,4})(?=[（(][ぁ-ゖー・ 　]{2,12}[）)])")


#: The household's kin words a form or a list writes before a name (妻 北爪 彩、長女 ひなた).
_HOUSEHOLD = "妻|夫|長男|長女|次男|次女|三男|三女|息子|娘"
#: 「同行者：Emily Walsh（同僚）」「同行者：ジョン・スミス」: a form's person field holding a Latin or katakana name (n-dev-548,
#: measured first; a kanji value may be a shop or a role + name — 相談者：炭火焼 とりまさ, 同行者：上司 岡林 — and is left to the
#: other rules); a kin word may open the value (妻 / 長女).
_PERSON_FIELD = re.compile(r"(?:同行者|同伴者|申込者|申請者|代表者|保護者|参加者|連絡者|緊急連絡先|依頼者|相談者|発表者|講師|進行|"
                           r"同居人|家族|世帯主)[ 　]*[：:][ 　]*(?:(?:" + _HOUSEHOLD + r"|父|母)[ 　]+)?"
                           r"(?!(?:" + _HOUSEHOLD + r"|父|母)[ 　])"
                           r"([A-Z][a-z]+(?:[ 　][A-Z][a-z]+){1,2}|[ァ-ヺー]{2,8}(?:[・ 　][ァ-ヺー]{2,8})?)"
                           r"(?=[ 　]*(?:[（(、，,\n／/]|$))", re.M)
#: A kin word and a space before a kana or kanji given name in a list of a household (、長女 ひなた).
_KIN_SPACE_NAME = re.compile(r"(?:(?<=[、，,：:\n　 ])|^)(?:" + _HOUSEHOLD + r")[ 　]+([ぁ-ゖ]{2,5}|[\u4e00-\u9fff々]{1,2}[ぁ-ゖ]{0,2})"
                             r"(?=[ 　]*(?:[（(、，,\n]|$))", re.M)


#: A shop's or a salon's staff field with a hiragana given name (受付：ゆかり　施術：大西; stop 38, wave 10 read, n-dev-1433):
#: the value must be a given name SudachiDict reads as one (ゆかり, みさき; not なし, あり).
_STAFF_KANA = re.compile(r"(?:受付|施術|担当|スタッフ|カット|カラー|ネイル|講師|撮影|調理|接客|案内)[ 　]*[：:][ 　]*([ぁ-ゖ]{2,4})"
                         r"(?=[ 　、，,／/）)]|$)", re.M)


def labelled_people(text: str, found: list[Span]) -> Iterator[Span]:
    """A reading label's katakana (フリガナ：カドクラ ヒナコ) and a role's surname before its reading (社長の藤枝（ふじえだ）)."""
    if "（" not in text and "(" not in text and "：" not in text and ":" not in text:
        return
    taken = [(s.start, s.end) for s in found if s.label == "PERSON"]
    for rx, why, score in ((_FURIGANA, "フリガナの欄", 0.8), (_ROLE_READING, "役割の語の後の名前＋読み", 0.85),
                           (_HANDLE, "投稿者・ニックネームの欄", 0.75), (_PERSON_FIELD, "同行者・申込者などの欄の名前", 0.75),
                           (_KIN_SPACE_NAME, "家族の語＋空白＋名", 0.7), (_STAFF_KANA, "受付・施術などの欄のかなの名", 0.7)):
        for m in rx.finditer(text):
            a, b = m.span(1)
            name = m.group(1)
            if name in NOT_NAMES or any(x <= a and b <= y for x, y in taken if not (rx is _HANDLE and (x, y) != (a, b))):
                continue
            if rx is _ROLE_READING and not person_readings(name) and m.group(0).split("の")[0] not in KIN_BEFORE:
                continue  # a kanji word SudachiDict has as no name (社長の方針（ほうしん）); after a kin word
                # (娘の未来（みく）) the reading makes it a given name
            if rx is _STAFF_KANA and "名" not in person_readings(name):
                continue  # 受付：なし, 担当：あり: a word, not a given name
            yield Span("PERSON", a, b, name, score, SOURCE, why, data={"tier": 1, "parts": []})


#: 「チア」と呼びます, 「蜂じい」と呼んでいて: a short quoted word that people call someone is a nickname.
_CALLED = re.compile(r"[「『]([^「」『』\s、。]{1,6})[」』](?:と|って)お?(?:呼|よ[ばびぶべん])")  # (『ジュリ』って呼ばれてる; 「つばさ」とお呼びください: stop 42)


#: Words for people near 「X」と呼ぶ (私を, みんな, 常連さんから): someone is the one called so.
_PERSON_WORD = re.compile(r"私|僕|俺|自分|彼|彼女|みんな|皆|周り|仲間|常連|子ども|子供|孫|父|母|夫|妻|息子|娘|兄|姉|弟|妹|"
                          r"店主|社長|職人|先輩|後輩|同僚|スタッフ|お客|客|地元の人|近所")
#: After the verb: 呼ばれる店主, 呼ばれている男性.
_PERSON_AFTER_CALL = re.compile(r"[^。\n]{0,8}?(?:店主|男性|女性|人|方|職人|社長|おじさん|おばさん|先輩|名物)")


#: 芸名を「浜乃 照鶴」という, ラジオネーム「尺玉じいちゃん」さん: a name introduced as such, in quotes, is a person's —
#: the whole quoted name, spaces and a kin word's ending included.
_NAMED_AS = re.compile(r"(?<![一-龥])(?:芸名|雅号|俳号|源氏名|リングネーム|四股名|通称|愛称|あだ名|ラジオネーム|ペンネーム|ハンドルネーム)"
                       r"(?:は|が|を|も|、)?[ \u3000]?[「『]([^「」『』\n]{1,12})[」』]")


_END_HONORIFIC = re.compile(r"(?:さん|ちゃん|くん|君|様|さま|氏)$")
#: 地元では「ゲンさん」で通っています, 「トマくん」の愛称で親しまれ: a short name with a person's honorific inside the
#: quotes, before a phrase that says people call someone so — a nickname, not a shop said with さん
#: (shops take さん outside the quotes: 「遠藤工務店」さん). Also used by business.business_names to leave such quotes.
KNOWN_AS = re.compile(r"[「『]([ァ-ヺー]{1,6}|[ぁ-ゖ][ぁ-ゖー]{0,4}|[一-龥々]{1,3})(さん|くん|ちゃん|君)[」』]"
                      # (と呼ぶ, 「ちーさん」: stop 40, anonymize dev wave 12 and before — 「しらみずさん」と呼ぶ was published)
                      r"(?=(?:で|と|って)(?:通っ|通る|親しま|呼[ばびぶべん]|よば)|の(?:愛称|呼び名|あだ名))")


_CALL_VERB = re.compile(r"(?:と|って)呼[びぶべ]")


def _nickname_end(text: str, a: int, b: int) -> int:
    """Where the quoted nickname ``text[a:b]`` ends: before its honorific (通称「セツさん」 → セツ, as lists.nicknames
    does), except after っ/ッ, where the nickname cannot stand without it (「ヨッちゃん」 whole)."""
    h = _END_HONORIFIC.search(text, a, b)
    if h and h.start() > a and not text[a:h.start()].endswith(("っ", "ッ")):
        return h.start()
    return b


#: 略称「旅協」, and 通称「すずらん」 in the bracket right after an organisation (社会福祉法人すずらん会（理事長 …、通称「すずらん」）):
#: the organisation's short name (stop 43, read names dev wave 15).
_SHORT_NAME = re.compile(r"(?:略称|略して)(?:は|が|を|も|、)?[ \u3000]?[「『]([^「」『』\n]{1,12})[」』]")


def _org_of_bracket(text: str, at: int, orgs: list[Span]) -> Span | None:
    """The organisation right before the bracket ``at`` is inside (X会（…、通称「…」）), or None."""
    lo = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    if lo < 0 or ")" in text[lo:at] or "）" in text[lo:at] or "\n" in text[lo:at]:
        return None
    return next((o for o in orgs if o.end == lo), None)


_ALIAS_AFTER = re.compile(r"(?:では|は|が|の|で|に|も|と|へ|を|から|さん|事務局|事務所|本部|会員|」)")


def _again(text: str, sp: Span) -> Iterator[Span]:
    """Other mentions of an organisation's short name (旅協事務局, 旅協の会員): not inside a longer word."""
    for m in re.finditer(re.escape(sp.text), text):
        a, b = m.span()
        if a == sp.start or a and _WORD_CHAR.match(text[a - 1]) or not _ALIAS_AFTER.match(text, b):
            continue
        yield sp.with_(start=a, end=b, score=0.7)


def named_as(text: str, orgs: list[Span] = ()) -> Iterator[Span]:
    """Quoted names after 芸名・雅号・ラジオネーム … (see :data:`_NAMED_AS`); short names of ``orgs`` (:data:`_SHORT_NAME`)."""
    for m in _NAMED_AS.finditer(text):
        a, b = m.start(1), _nickname_end(text, *m.span(1))
        if text[a:b].strip() and text[a:b] not in NOT_NAMES:
            if (o := _org_of_bracket(text, m.start(), orgs)) is not None:
                sp = Span("ORGANIZATION", a, b, text[a:b], 0.8, SOURCE, "組織の通称・略称（「」の中）",
                          data={"tier": 1, "canonical": o.text, "abbreviation": True})
                yield sp
                yield from _again(text, sp)
                continue
            yield Span("PERSON", a, b, text[a:b], 0.85, SOURCE, "芸名・通称（「」の中）", data={"tier": 1, "parts": [], "nickname": True})
    for m in _SHORT_NAME.finditer(text) if "略" in text else ():
        a, b = m.span(1)
        if text[a:b].strip() and text[a:b] not in NOT_NAMES:
            o = _org_of_bracket(text, m.start(), orgs)
            sp = Span("ORGANIZATION", a, b, text[a:b], 0.9, SOURCE, "組織の通称・略称（「」の中）",
                      data={"tier": 1, "abbreviation": True, **({"canonical": o.text} if o else {})})  # (略称 names a body)
            yield sp
            yield from _again(text, sp)
    for m in KNOWN_AS.finditer(text):
        a, b = m.start(1), _nickname_end(text, m.start(1), m.end(2))
        if not (ROLE_CALL.fullmatch(m.group(1)) or m.group(1) in NOT_NAMES or m.group(1)[-1] in "屋店"):  # 「魚屋さん」
            # 「わんきゅうさん」と呼ぶ: below a business's alias (rules.aliases, 0.8) where the text speaks of a business
            score = 0.75 if _CALL_VERB.match(text, m.end()) else 0.85
            yield Span("PERSON", a, b, text[a:b], score, SOURCE, "「」の愛称（〜で通っている）",
                       data={"tier": 1, "parts": [], "nickname": True})


#: A short katakana name in quotes, without an honorific, that someone is known by (市場では「ジェイ」で通ってます): a
#: person's nickname unless an organisation of the text holds it (stop 44, read names dev wave 16).
KNOWN_AS_BARE = re.compile(r"[「『]([ァ-ヺー]{2,5})[」』](?=で通)")  # (で通っている, で通る, で通じる)


def known_as_bare(text: str, orgs: list[Span]) -> Iterator[Span]:
    """PERSON spans for :data:`KNOWN_AS_BARE` (a word of :data:`NOT_NAMES` or one an organisation of the text holds
    excepted)."""
    for m in KNOWN_AS_BARE.finditer(text) if "で通" in text else ():
        a, b = m.span(1)
        if m.group(1) in NOT_NAMES or any(m.group(1) in o.text for o in orgs):
            continue
        yield Span("PERSON", a, b, m.group(1), 0.6, SOURCE, "「」の愛称（〜で通っている）", data={"tier": 1, "parts": [], "nickname": True})


def called_names(text: str, found: list[Span]) -> Iterator[Span]:
    """Nicknames in quotes before と呼ぶ (みんなは私を「チア」と呼びます): PERSON spans, kept for review by the
    anonymizer's sense check when the word is an ordinary one."""
    if "呼" not in text and "よば" not in text and "よん" not in text:
        return
    taken = [(s.start, s.end) for s in found if s.label == "PERSON"]
    for m in _CALLED.finditer(text):
        a, b = m.span(1)
        if ROLE_CALL.fullmatch(m.group(1)) or m.group(1) in NOT_NAMES or any(x <= a and b <= y for x, y in taken):
            continue
        if m.group(1) in TITLES or m.group(1) in ("大将", "女将", "若旦那", "旦那", "師匠", "先生", "先輩", "おやっさん"):
            continue  # 社内報では「工場長」と呼びます: a title one is called by names no one (n-dev-549)
        before = re.split(r"[。\n]", text[max(0, a - 16) : a - 1])[-1]
        if not (_PERSON_WORD.search(before) or _PERSON_WORD.match(text, m.end(), m.end() + 14)
                or _PERSON_AFTER_CALL.match(text, m.end())):
            continue  # この料理は「まかない丼」と呼ばれている: no one is called so
        yield Span("PERSON", a, b, m.group(1), 0.6, SOURCE, "「」と呼ばれる愛称", data={"tier": 1, "parts": [], "nickname": True})


#: One-kanji abstract nouns SudachiDict also reads as given names, which a mother's or father's の is mostly about (母の愛が,
#: 父の夢は; stop 39: 「母の愛が支え」 was published as 「母のA氏が支え」). After a child (娘の愛が) they are the child's name.
ABSTRACT_ONE = frozenset("愛 夢 心 縁 道 絆 情 想 恩".split())
#: The relatives of the generation before, whose の is so read (not 娘, 息子, 孫: a-dev-638's daughter is 愛).
ELDERS = frozenset("父 母 祖父 祖母 義父 義母 両親 親".split())


def short_names(text: str, toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """Nicknames of one kana + っ and one-kanji given names (see the module docstring)."""
    taken = [(s.start, s.end) for s in found if s.label == "PERSON"]
    if ("っ" in text or "ッ" in text) and _TSU_CALL.search(text):
        for m in _SMALL_TSU.finditer(text):
            g = 1 if m.group(1) else 3
            a, b = m.start(g), m.end(g + 1)
            if m.group(g)[-2:] in _NOT_NICK or any(x <= a and b <= y for x, y in taken):
                continue
            yield Span("PERSON", a, b, text[a:b], 0.7, SOURCE, "愛称（一字＋っ＋敬称）",
                       data={"tier": 1, "parts": [], "nickname": True})
    n = len(toks)
    names: set[str] = set()
    # (a kinship word among the surfaces first: most texts have none, and the loop needs one)
    for i in range(2, n - 1) if not KIN_BEFORE.isdisjoint(map(_SURFACE, toks)) else ():
        t = toks[i]
        if (toks[i - 1].surface == "の" and toks[i - 2].surface in KIN_BEFORE and len(t.surface) == 1
                and _KANJI.fullmatch(t.surface) and t.pos[0] == "名詞" and t.surface not in NOT_NAMES
                and not (t.pos[1] == "普通名詞" and t.surface in ABSTRACT_ONE and toks[i - 2].surface in ELDERS)
                and "名" in person_readings(t.surface) and toks[i + 1].surface in _AFTER_NAME
                and toks[i + 1].start == t.end):
            names.add(t.surface)
    names.update(s.text for s in found if s.label == "PERSON" and len(s.text) == 1 and _KANJI.fullmatch(s.text)
                 and (s.data or {}).get("title") and person_readings(s.text) == {"名"}  # 健さん … 健が (林: a surname, rules.people)
                 and not _GLUED_BEFORE.match(text[s.start - 1 : s.start]))  # (not メエ|吉くん: a longer name)
    if not names:
        return
    for i, t in enumerate(toks):
        if (t.surface in names and i + 1 < n and toks[i + 1].surface in _AFTER_NAME and toks[i + 1].start == t.end
                # (実はこちらだけ: an adverb, not 実 the given name and は; stop 45, read anonymize dev — the one list with
                # coreference's, variants.GIVEN1_ADVERBS)
                and t.surface + toks[i + 1].surface not in GIVEN1_ADVERBS
                and not (i > 0 and toks[i - 1].end == t.start and toks[i - 1].pos[0] not in ("助詞", "補助記号", "空白"))
                and not any(x <= t.start and t.end <= y for x, y in taken)):
            yield Span("PERSON", t.start, t.end, t.surface, 0.55, SOURCE, "一字の名（親族の語の後・既出）",
                       data={"tier": 1, "parts": [(t.surface, "名")]})


#: A hiragana given name of three to five letters that opens a sentence or a clause before an honorific (ちかげさん、約束ですよ:
#: SudachiPy reads ちか|げ, an adjective, and no rule saw a name; stop 45, read anonymize dev wave 17).
_KANA_CALLED = re.compile(r"(?:(?<=[。、！？!?\n「『（(・ 　])|^)([ぁ-ゖ]{3,5})(?=さん|ちゃん|くん)", re.M)


def kana_called_given(text: str, found: list[Span]) -> Iterator[Span]:
    """PERSON spans for a hiragana word JMnedict lists as a given name (g/f/m) and SudachiDict lists as no word at all, at
    a sentence's or a clause's start before an honorific. 例: 「ちかげさん、約束ですよ」 → ちかげ"""
    for m in _KANA_CALLED.finditer(text):
        a, b = m.span(1)
        if any(s.start < b and a < s.end for s in found) or not set(jm_types(m.group(1))) & set("gfm") \
                or dictionary_entries(m.group(1)):
            continue
        yield Span("PERSON", a, b, m.group(1), 0.6, SOURCE, "ひらがなの名（文頭・敬称の前、JMnedict）",
                   data={"tier": 1, "parts": [(m.group(1), "名")]})


#: The last kanji of many given names (鋭郎, 颯太, 沙穂): a kanji compound SudachiPy splits that ends in one
#: after a family word is the relative's name.
_GIVEN_END = frozenset("郎 介 助 輔 太 汰 雄 夫 彦 也 哉 吉 蔵 衛 治 司 樹 斗 翔 馬 子 美 江 恵 香 奈 菜 乃 絵 穂 華 里")


def kin_compound_names(text: str, toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """A given name SudachiPy reads in pieces after a family word and の (長男の鋭|郎と, 弟の颯|郎が): two or
    three kanji in two or more glued tokens, ending in a given name's kanji, then a particle. One dictionary
    word (弟子, 草花, 上司) is no name here.

    例::

        >>> from tokumei.detect.names.tokens import tokenize
        >>> t = "長男の鋭郎と暮らす。"
        >>> [s.text for s in kin_compound_names(t, tokenize(t), [])]
        ['鋭郎']
    """
    if KIN_BEFORE.isdisjoint(map(_SURFACE, toks)):
        return  # every name here follows a kinship word (most texts have none: no loop over the tokens)
    taken = [(s.start, s.end) for s in found if s.label == "PERSON"]
    n = len(toks)
    for i in range(2, n - 2):
        if not (toks[i - 1].surface == "の" and toks[i - 2].surface in KIN_BEFORE):
            continue
        j = i
        while j < n and j - i < 3 and _KANJI.fullmatch(toks[j].surface) and toks[j].end - toks[i].start <= 3 \
                and (j == i or toks[j].start == toks[j - 1].end):
            j += 1
        a, b = toks[i].start, toks[j - 1].end
        if (j - i >= 2 and b - a >= 2 and text[b - 1] in _GIVEN_END and j < n and toks[j].start == b
                and toks[j].surface in _AFTER_NAME and text[a:b] not in NOT_NAMES
                and not any(x < b and a < y for x, y in taken)):
            yield Span("PERSON", a, b, text[a:b], 0.55, SOURCE, "名（親族の語の後、分けて解析）",
                       data={"tier": 1, "parts": [(text[a:b], "名")]})


_HIRA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")
#: Hiragana nouns that follow a name as words (田中とき → 田中の時, 山田ほか), though names read so too.
_NOT_KANA_GIVEN = frozenset("とき ころ ところ ほか ため まま など うち もの こと".split())


def _kata(hira: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hira)


#: After a glued hiragana given name: a particle, a bracket (an age, a reading) or a stop.
_AFTER_KANA_GIVEN = re.compile(r"[がはもをとのへや、。（(「」）)\s]|さん|ちゃん|くん|です|でした|と申し|といいます|でございます|$")  # (大賀ももです: a self-introduction; お相手は三浦あかりでした: a sign-off)


def surname_kana_given(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """A surname span with a hiragana given name glued after it (丸谷|あかり（31）, 森下|ひかりが) takes the given
    name in: a noun SudachiDict reads as a given name, then a particle, a bracket or a stop.

    例::

        >>> from tokumei.detect.names.tokens import tokenize
        >>> t = "担当する丸谷あかり（31）が"
        >>> s = Span("PERSON", 4, 6, "丸谷", .55, SOURCE, "x", data={"parts": [("丸谷", "姓")]})
        >>> [x.text for x in surname_kana_given(t, tokenize(t), [s])]
        ['丸谷あかり']
    """
    by_start: dict[int, Token] | None = None  # built for the first surname span only (most texts have none)
    out = []
    for sp in spans:
        if sp.label != "PERSON" or [k for _, k in (sp.data or {}).get("parts") or []] != ["姓"]:
            out.append(sp)
            continue
        parts = (sp.data or {}).get("parts") or []
        if by_start is None:
            by_start = {t.start: t for t in toks}
        nxt = by_start.get(sp.end)
        if (nxt is not None and nxt.pos[0] == "名詞"
                and _HIRA_GIVEN.fullmatch(nxt.surface) and nxt.surface not in _NOT_KANA_GIVEN
                and "名" in person_readings(nxt.surface) | person_readings(_kata(nxt.surface))  # あかり: アカリ
                and nxt.surface not in NOT_NAMES and _AFTER_KANA_GIVEN.match(text, nxt.end)):
            sp = sp.with_(end=nxt.end, text=text[sp.start:nxt.end], entity_id=None,
                          data={**(sp.data or {}), "parts": [*parts, (nxt.surface, "名")]})
        out.append(sp)
    return out


def drop_kin_calls(text: str, spans: list[Span]) -> list[Span]:
    """Without おっ/じっ/ばっ + ちゃん・さん read as names (近所のおっちゃん, じっちゃんの畑: words for kin or strangers)."""
    return [s for s in spans if not (s.label == "PERSON" and s.text in _NOT_NICK
                                     and text.startswith(("ちゃん", "さん"), s.end))]


#: A kanji ending of an older woman's or man's given name after katakana (ヨシ子, ミツ江, ハル代, タケ乃, 与ン郎 …).
_KATA_GIVEN_TAIL = re.compile(r"[子江代枝恵美乃]")
_KATA_ONLY = re.compile(r"[ァ-ヺー]{1,3}")


def kata_given_tails(text: str, spans: list[Span]) -> list[Span]:
    """A katakana PERSON span of up to three letters followed by 子/江/代/枝 … (and no more kanji) takes it in:
    母・ヨシ子 is ヨシ子, not ヨシ. 例: 「母・ヨシ子と二人で」 → ヨシ子"""
    out = []
    for s in spans:
        if (s.label == "PERSON" and _KATA_ONLY.fullmatch(s.text) and _KATA_GIVEN_TAIL.fullmatch(text[s.end : s.end + 1])
                and not re.match(r"[\u4e00-\u9fff々]", text[s.end + 1 : s.end + 2])):
            s = s.with_(end=s.end + 1, text=text[s.start : s.end + 1])
        out.append(s)
    return out


#: A surname, a space and a given name of kana + one kanji (清水 とし江, 中田 ふさ枝, 谷 ちよ子): SudachiPy cuts the
#: given name into particles and a suffix (と|し|江), and the spaced rule saw the surname and 江 apart.
_KANA_KANJI_GIVEN = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{1,3})[ \u3000]([ぁ-ゖ]{1,3}[子江枝恵代美乃世香])"
                               r"(?=さん|様|さま|氏|先生|[、。）)（(・／/\s]|$)")


def kana_kanji_given(text: str) -> Iterator[Span]:
    """PERSON spans for a surname (SudachiDict 姓) + space + kana-and-one-kanji given name (see above).

    例: ``[s.text for s in kana_kanji_given("清水 とし江様には")] == ["清水 とし江"]``"""
    if " " not in text and "\u3000" not in text:
        return
    for m in _KANA_KANJI_GIVEN.finditer(text):
        if "姓" in person_readings(m.group(1)):
            yield Span("PERSON", m.start(), m.end(), m.group(), 0.8, SOURCE, "姓＋空白＋かなと漢字一字の名（とし江）",
                       data={"tier": 1, "parts": [(m.group(1), "姓"), (m.group(2), "名")]})


#: A kanji surname and a hiragana given name written together, then their reading whose second half is that given
#: name (眞鍋ことね（まなべ・ことね）): the reading says where the name ends.
_GLUED_KANA_GIVEN = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{1,3})([ぁ-ゖ]{2,4})[（(][ぁ-ゖァ-ヺー]{1,8}[・ 　]\2[）)]")


def read_glued_given(text: str) -> Iterator[Span]:
    """PERSON spans for 〈kanji surname〉〈hiragana given name〉 confirmed by the reading after it.

    例: ``[s.text for s in read_glued_given("眞鍋ことね（まなべ・ことね）／翻訳者")] == ["眞鍋ことね"]``"""
    if "・" not in text and " " not in text and "\u3000" not in text:
        return
    for m in _GLUED_KANA_GIVEN.finditer(text):
        yield Span("PERSON", m.start(1), m.end(2), m.group(1) + m.group(2), 0.85, SOURCE, "漢字の姓＋かなの名（読みで確かめた）",
                   data={"tier": 1, "parts": [(m.group(1), "姓"), (m.group(2), "名")]})
