"""Person rules of tier 1 for names as bylines, profiles and forms write them: a full name with a
space and no honorific (森永 健吾), katakana names with spaces (グエン ヴァン ナム), Latin-script names
in either width (Kenji Harada, Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａ, SAITO KENJI & YUKO), and a reading in
parentheses or ruby right after a name (杉浦 正明さん(すぎうら・まさあき)) as ONE span of that person.

* Spaced kanji names: surname-like word, one space (half- or full-width), given-name-like word; each
  must be listed as such in SudachiDict (``person_readings``: 森永 is also a company, 健吾 a given name).
* Katakana: two to four katakana words separated by single spaces, at least one a person-name word;
  ``＆``/``&`` joins a second given name (ケンジ＆ユウコ, a couple written as one name).
* Latin: in :mod:`.latin` (split from here at stop 27).
* Readings: kana only (spaces, ・ allowed) in （）/()/《》 right after a person (and its honorific):
  one PERSON span with ``data={"reading": True, "canonical": the name}`` so coreference gives it the
  name's ``entity_id`` and anonymize writes the letter alone (A（A）さん).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [s.text for s in spaced_people(tokenize("森永 健吾(41) 起業家"))]
    ['森永 健吾']
"""
from __future__ import annotations

import re
from typing import Iterator

import jaconv  # well-kept kana/romaji converter, already used for name variants

from tokumei.detect.names.lexicon import NOT_NAMES, TITLES
from tokumei.detect.names.rules.base import SOURCE, _KANJI, _KATA, _KATA_COMMON, _is_pn, _title_at, jm_types
from tokumei.detect.names.rules.lists import _KIN
from tokumei.detect.names.rules.latin import _same_initial
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.detect.textview import TextView
from tokumei.span import Span

_SPACE = frozenset((" ", "\u3000"))
_AMP = frozenset(("&", "＆"))
_HIRA_OR_KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶぁ-ゖ]{1,4}")
_KATA_GIVEN = re.compile(r"[ァ-ヺ]{2,3}")

#: One-kanji kinship words written before a relative's given name (母 花子, 兄 健太): no surname.
_KIN_ONE = frozenset("母 父 兄 姉 弟 妹 妻 夫 娘 孫 子 祖 叔 伯 姪 甥 嫁 婿".split())


def _given_surface(b: Token) -> str:
    """The given name's letters of token ``b``: SudachiDict joins some names to their reading (結衣（ゆい）)."""
    m = _GLUED_READING.match(b.surface)
    return m.group(1) if m else b.surface


#: Words of a byline's credit (取材・文, 写真・文, 構成／絵) written right before the name with a space.
_CREDIT_WORDS = frozenset("文 絵 写真 撮影 構成 編集 取材 作 画 訳 監修".split())


#: What may follow a given name that only JMnedict lists (高久 権助が, 鐙 さやか）, 佐藤 一徹（船頭）): a particle or a
#: delimiter, an opening bracket too (a-dev-427).
_AFTER_JM_GIVEN = frozenset("が は の と も に を から より や 、 。 ） ) （ ( ， ， 」 』 ・ 　 ／ / さん 様 氏 先生".split()) | {" ", "\u3000", "\n"}


def _jm_given(toks: list[Token], k: int, given: str) -> bool:
    """A word SudachiDict does not list as a given name but JMnedict does (権助, a common noun for SudachiDict;
    さやか, an adjective), after a surname and a space, with a particle or a delimiter after it (the end of the
    name). Only a second chance for a spaced pair: JMnedict alone lists many ordinary words."""
    nxt = toks[k + 1].surface if k + 1 < len(toks) else "\n"
    # 日高 颯（はやて）が: SudachiDict glued the reading to the one kanji (an adverb for it); the reading makes it a name
    # whatever its part of speech (stop 44, read anonymize dev wave 16)
    glued = toks[k].surface != given
    return ((2 <= len(given) <= 4 or (len(given) == 1 and (glued or nxt in ("）", ")", "\n", "／", "/"))))
            and nxt in _AFTER_JM_GIVEN and (glued or toks[k].pos[0] in ("名詞", "形状詞")) and "g" in jm_types(given))


#: Kin words before の and a relative's full name (父の稲穂 勝利, 祖母の稲穂 トメ).
_KIN_WORDS = _KIN | frozenset("叔父 叔母 伯父 伯母 先代 初代 二代目 三代目 四代目 曾祖父 曾祖母 亡父 亡母".split())


def _spaced_kanji(toks: list[Token], i: int) -> bool:
    a, b = toks[i], toks[i + 2]
    if not (_KANJI.fullmatch(a.surface) and 1 <= len(a.surface) <= 4
            and (_HIRA_OR_KANJI.fullmatch(_given_surface(b)) or _KATA_GIVEN.fullmatch(b.surface) and set(jm_types(b.surface)) & set("gfm"))):
        return False  # (a katakana given name JMnedict lists: 稲穂 トメ, 佐藤 ハツ)
    strong_giv = _is_pn(b) and b.pos[3] == "名"
    # 奥 悠太 after a delimiter: a one-kanji surname (奥 is also 奥さん's word) before a given name SudachiDict lists
    lone = (len(a.surface) == 1 and strong_giv and len(b.surface) >= 2 and a.surface not in _KIN_ONE
            and "姓" in person_readings(a.surface) and (i == 0 or toks[i - 1].pos[0] in ("補助記号", "空白")))
    given = _given_surface(b)
    if (a.surface in NOT_NAMES and not lone) or given in NOT_NAMES or a.surface in TITLES or given in TITLES:
        return False
    if a.surface in _CREDIT_WORDS and i > 0 and toks[i - 1].surface in ("・", "／", "/", "：", ":"):
        return False  # 取材・文　鐙 さやか: the credit's word, not a surname
    sur = (_is_pn(a) and a.pos[3] == "姓") or "姓" in person_readings(a.surface)
    giv = strong_giv or "名" in person_readings(given)
    if not (sur and giv) and not (a.pos[1] == "固有名詞" and strong_giv) and not lone:  # 山陽 太一: a place word as surname
        # second chance from JMnedict: a surname by its POS (高久 権助が; not 花屋 ひなげし), or a byline's name
        # (取材・文　鐙 さやか); never a speaker's label at a line's start (恵　季節の花を…, 坂本　長男の…)
        byline = i >= 2 and toks[i - 1].surface in _SPACE and toks[i - 2].surface in _CREDIT_WORDS
        label = (i == 0 or "\n" in toks[i - 1].surface) and toks[i + 1].surface == "\u3000"
        honored = i + 3 < len(toks) and toks[i + 3].surface in ("さん", "様", "氏", "先生")
        # 父の稲穂 勝利は, 祖母の稲穂 トメが: after a kin word and の, a word JMnedict lists as a surname (a-dev-431)
        kin = i >= 2 and toks[i - 1].surface == "の" and toks[i - 2].surface in _KIN_WORDS and "s" in jm_types(a.surface)
        if not (((_is_pn(a) and (a.pos[3] == "姓" or byline)) or (sur and honored) or kin) and not label
                and _jm_given(toks, i + 2, given)):
            return False  # (千葉 さわさん: a place word SudachiDict also lists as a surname, a given name and さん)
    if (i > 0 and toks[i - 1].end == a.start and _KANJI.fullmatch(toks[i - 1].surface[-1:])
            and not (toks[i - 1].surface == "長" and toks[i - 1].pos[0] == "接尾辞" and i > 1 and toks[i - 2].end == toks[i - 1].start)):
        return False  # 営業部|長谷 …: the surname would be the end of a longer word (but 薬局|長|増田 和人: a head's title, stop 44)
    nxt = toks[i + 3] if i + 3 < len(toks) else None
    if nxt is not None and nxt.start == b.end and _KANJI.fullmatch(nxt.surface[:1]) and not _title_at(toks, i + 3):
        return False  # 健吾|会計: the given name runs into another word
    return True


#: Words before a space and a given name that are no surname: kin, roles and staff words (長女 恵子, 女将 恵子さん).
_NOT_SURNAME = frozenset("長女 次女 三女 長男 次男 三男 娘 息子 妻 夫 母 父 祖母 祖父 義母 義父 孫 兄 姉 弟 妹 嫁 婿 叔母 伯母 "
                         "女将 大将 若女将 若旦那 旦那 奥様 家内 主人 社員 職員 事務 記録 司会 書記 会計 受付 講師 先生 担当者 "
                         "私 僕 俺 自分 皆 氏名 名前 お名前 本名 旧姓 通称 愛称 宛名 署名 投稿者 筆者 著者 作者 文 絵 写真 "
                         "法名 戒名 僧名 俳号 雅号 号 芸名 屋号 幼名 洗礼名 源氏名 四股名 筆名".split())


#: After ``surname given``: honorifics (titles are :func:`_title_at`), and the particles a name takes — these only when a
#: role is glued before the surname (代表舘 健一の妻; 会場 健太が is a place and a boy).
_HONORIFIC_WORDS = frozenset("さん 様 氏 先生".split())
_PARTICLE_AFTER = frozenset("の が は と に も を".split())
#: Roles written glued before a name (代表舘 健一, 店主早月 恵子).
_ROLE_BEFORE = frozenset("代表 店主 社長 会長 専務 常務 部長 課長 係長 主任 院長 園長 校長 館長 所長 店長 理事長 組合長 担当".split())


def _role_before_if_particle(toks: list[Token], j: int, k: int) -> bool:
    """A particle at ``j`` after 「surname given」 (surname from ``k``) wants a role glued before the surname (代表舘 健一の
    妻); 会場 健太が is where a boy came, no one's full name."""
    return j >= len(toks) or toks[j].surface not in _PARTICLE_AFTER or k > 0 and toks[k - 1].surface in _ROLE_BEFORE


def _unknown_surname(toks: list[Token], i: int) -> int | None:
    """Start index of a surname SudachiDict does not list (早月, 幅, 能作|谷), one to three kanji in one or two tokens
    ending at ``i``, before a space and a given name it does list (早月 恵子さん, 事業支援部　能作谷 麻衣): the word
    stands after a delimiter or の and is no kin, role or title word."""
    for k in (i, i - 1):
        if k < 0:
            break
        word = "".join(t.surface for t in toks[k:i + 1])
        if not (_KANJI.fullmatch(word) and len(word) <= 3) or any(t.pos[0] not in ("名詞", "接尾辞") for t in toks[k:i + 1]):
            return None
        if k > 0 and toks[k - 1].surface != "の" and toks[k - 1].pos[0] not in ("補助記号", "空白") and not (
                k == i and toks[k - 1].surface in _ROLE_BEFORE):  # (代表舘 健一: a one-word role glued before the name)
            continue  # glued to the word before: try one token further back (能作|谷)
        if (word in _NOT_SURNAME or word in TITLES or word in NOT_NAMES or toks[i].pos[1] == "数詞"
                or any(t.surface in _NOT_SURNAME or t.surface in TITLES for t in toks[k:i + 1])):  # (長男|峰 颯太)
            return None
        return k
    return None


def _speaker_labels(toks: list[Token]) -> set[str]:
    """Words that open two lines or more before a space: a transcript's speaker (益子 担当の範囲は… / 益子 秋に…)."""
    seen: dict[str, int] = {}
    for k in range(len(toks) - 1):
        if (k == 0 or "\n" in toks[k - 1].surface) and toks[k + 1].surface in _SPACE:
            seen[toks[k].surface] = seen.get(toks[k].surface, 0) + 1
    return {w for w, c in seen.items() if c >= 2}


def _speaks(toks: list[Token], i: int, labels: set[str]) -> bool:
    """A speaker's label opening a line and the first word of what they say (益子 秋に竜神大吊橋の…, 益子 タイからお嫁に…):
    the word after the space is no given name SudachiDict lists and a particle follows it — the sentence goes on
    (stop 45, read names dev wave 17; a list of one family, 益子 清⏎益子 ちよ, has no particle after the name)."""
    if toks[i].surface not in labels or not (i == 0 or "\n" in toks[i - 1].surface) or i + 3 >= len(toks):
        return False
    b, nxt = toks[i + 2], toks[i + 3]
    return not (_is_pn(b) and b.pos[3] == "名") and nxt.pos[0] == "助詞" and nxt.start == b.end


def spaced_people(toks: list[Token]) -> Iterator[Span]:
    """Full names written with spaces: 森永 健吾, グエン ヴァン ナム, サイトウ ケンジ＆ユウコ."""
    n = len(toks)
    labels: set[str] | None = None  # (read on the first spaced name at a line's start only)
    i = 0
    while i + 2 < n:
        t = toks[i]
        if toks[i + 1].surface in _SPACE and _spaced_kanji(toks, i) and not (
                (i == 0 or "\n" in toks[i - 1].surface)
                and _speaks(toks, i, labels if labels is not None else (labels := _speaker_labels(toks)))):
            j = i + 3
            parts = [(t.surface, "姓"), (_given_surface(toks[i + 2]), "名")]
            yield _span(toks, i, j, 0.85, "姓名（空白区切り）", parts)  # (上野 結衣（ゆい）: split_glued_readings cuts it)
            i = j
            continue
        b = toks[i + 2]
        if (toks[i + 1].surface in _SPACE and _is_pn(b) and b.pos[3] == "名" and len(b.surface) >= 2 and _KANJI.fullmatch(b.surface)
                and t.pos[1] != "固有名詞" and _KANJI.fullmatch(t.surface)
                and (i + 3 >= n or toks[i + 3].pos[0] in ("補助記号", "空白") or toks[i + 3].surface in _HONORIFIC_WORDS
                     or _title_at(toks, i + 3) or toks[i + 3].surface in _PARTICLE_AFTER)  # (高見 彩乃准教授, 舘 健一の妻)
                and (k := _unknown_surname(toks, i)) is not None
                and _role_before_if_particle(toks, i + 3, k)):
            yield _span(toks, k, i + 3, 0.7, "姓（辞書にない）＋名（空白区切り）", [(_given_surface(b), "名")])
            i += 3
            continue
        if (_KATA.fullmatch(t.surface) and len(t.surface) >= 2 and t.surface not in _KATA_COMMON
                and (_is_pn(t) or t.oov or t.pos[1] == "固有名詞")):  # not フリガナ ヤマダ ケンイチ
            j = i + 1
            while (j + 1 < n and j - i < 7 and toks[j].surface in _SPACE and _KATA.fullmatch(toks[j + 1].surface)
                   and len(toks[j + 1].surface) >= 2 and toks[j + 1].surface not in _KATA_COMMON):
                j += 2
            if j > i + 1 and j + 1 < n and toks[j].surface in _AMP and _is_pn(toks[j + 1]) and _KATA.fullmatch(toks[j + 1].surface):
                j += 2  # サイトウ ケンジ＆ユウコ
            if j == i + 1 and j + 1 < n and toks[j].surface in _AMP and _KATA.fullmatch(toks[j + 1].surface):
                # ユウキ＆ハルナ: two people written as one pair, one span each
                u = toks[j + 1]
                if ((_is_pn(t) or _is_pn(u)) and 2 <= len(u.surface) <= 5 and len(t.surface) <= 5
                        and u.surface not in _KATA_COMMON):  # given names are short (not アテナ&ロビケロッツ)
                    yield _span(toks, i, i + 1, 0.7, "カタカナの名前（＆で並ぶ）", [(t.surface, t.pos[3])])
                    yield _span(toks, j + 1, j + 2, 0.7, "カタカナの名前（＆で並ぶ）", [(u.surface, u.pos[3])])
                    i = j + 2
                    continue
            words = [x for x in toks[i:j] if x.surface not in _SPACE and x.surface not in _AMP]
            if len(words) >= 2 and any(_is_pn(x) for x in words):
                parts = [(x.surface, x.pos[3]) for x in words if _is_pn(x)]
                yield _span(toks, i, j, 0.8, "カタカナの姓名（空白区切り）", parts)
                i = j
                continue
        i += 1


def _span(toks: list[Token], i: int, j: int, score: float, why: str, parts: list) -> Span:
    a, b = toks[i].start, toks[j - 1].end
    text = "".join(t.surface for t in toks[i:j])
    data: dict = {"tier": 1, "parts": parts}
    title = _title_at(toks, j)
    if title:
        data["title"] = title
    return Span("PERSON", a, b, text, score, SOURCE, why, data=data)


_HONORIFIC_AFTER = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|代表|会長|専務|店主|院長)?[ 　]?")
_READING = re.compile(r"[（(《]([ 　]*[ぁ-ゖァ-ヺー・＝ 　&＆]{2,40}?[ 　]*)(?:[）)》]|[、，,／/](?=[^）)\n]{1,30}[）)]))")  # （ジョマール・デラクルス、社員番号…）


def readings(text: str, spans: list[Span]) -> list[Span]:
    """Kana readings in brackets right after a PERSON span (and its honorific or title): one span each,
    tied to the name by ``data["canonical"]``. 例: 杉浦 正明さん(すぎうら・まさあき) → 「すぎうら・まさあき」"""
    out: list[Span] = []
    if "（" not in text and "(" not in text and "《" not in text:
        return out  # _READING opens with one of them: no reading without one
    seen: set[int] = set()
    # 王麗華（おう れいか）: a kanji word no rule took, then a two-part kana reading, is a full name
    whole = {(s.start, s.end) for s in spans if s.label == "PERSON"}
    named = []
    for m in _KANJI_READ.finditer(text) if "（" in text or "(" in text else ():
        r = _READING.match(text, m.end())
        if (m.span(1) not in whole and r and _spaced_reading(r.group(1).strip(" 　")) and _surname_given(m.group(1))
                and _plausible_reading(m.group(1), r.group(1).strip(" 　"))):
            named.append(Span("PERSON", m.start(1), m.end(1), m.group(1), 0.8, SOURCE, "漢字の姓名＋読みの括弧",
                              data={"tier": 1, "parts": []}))
    out.extend(named)
    for sp in sorted((s for s in [*spans, *named] if s.label == "PERSON" and not (s.data or {}).get("reading")),
                     key=lambda s: (s.start, -s.end)):
        h = _HONORIFIC_AFTER.match(text, sp.end)
        m = _READING.match(text, h.end() if h else sp.end)
        given = None
        if not m and (h is None or h.end() - sp.end <= 1) and (g := _SPACE_GIVEN.match(text, sp.end)) is not None:
            # 石原 慈光（いしはら じこう）: a surname, a space and a given name no rule knew, then the reading
            m, given = _READING.match(text, g.end()), g
        if not m or m.start(1) in seen:
            continue
        inner = m.group(1)
        lead = len(inner) - len(inner.lstrip(" 　"))
        core = inner.strip(" 　")
        if not re.search(r"[ぁ-ゖァ-ヺ]", core) or len(core.replace(" ", "").replace("\u3000", "")) < 2:
            continue
        a = m.start(1) + lead
        b = a + len(core)
        if given is not None:
            whole = Span("PERSON", sp.start, given.end(), text[sp.start : given.end()], 0.85, SOURCE, "姓＋空白＋名（読みの括弧が続く）",
                         data={"tier": 1, "parts": [*(sp.data or {}).get("parts", ()), (given.group(1), "名")]})
            if not (_plausible_reading(whole.text, core) and _spaced_reading(core)):
                continue
            out.append(whole)
            sp = whole
        elif not _plausible_reading(sp.text, core):
            whole = _with_surname_before(text, spans, sp)
            if whole is None or not _plausible_reading(whole.text, core):
                # 十河 美沙（そごう・みさ）: a spaced full name and a two-part reading line up part for part, even where
                # the surname's reading is one SudachiDict does not give
                if not (re.fullmatch(r"\S+[ 　]\S+", sp.text) and sp.score >= 0.85 and _spaced_reading(core)
                        and re.fullmatch(r"[ぁ-ゖァ-ヺー]+[・･ 　][ぁ-ゖァ-ヺー]+", core) and _kana_given_read(sp.text, core)):
                    continue  # 田中さん（おばあちゃん）: a word in brackets, not the name's reading
                whole = None
            if whole is not None:
                out.append(whole)  # 藤原 慈海（ふじわら じかい）: the reading makes the two words one full name
                sp = whole
        seen.add(m.start(1))
        # the reading's own surname/given split, from the spans SudachiPy's name words gave inside it
        parts = [pt for s in spans if s.label == "PERSON" and a <= s.start and s.end <= b
                 for pt in (s.data or {}).get("parts", ())]
        out.append(Span("PERSON", a, b, core, max(sp.score, 0.86), SOURCE, "名前の読み（直後の括弧）",
                        data={"tier": 1, "reading": True, "canonical": sp.text, "parts": parts}))
    return out


#: Two to four kanji right before a bracket, not inside a longer kanji word (王麗華（おう れいか）).
_KANJI_READ = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,4})(?=[（(])")
#: After a surname: one space and one to three kanji right before a bracket (石原 慈光（…）).
_SPACE_GIVEN = re.compile(r"[ 　]([\u4e00-\u9fff々]{1,3})(?=[（(])")


def _surname_given(name: str) -> bool:
    """``name`` splits into a surname and a given name SudachiDict lists as such (王|麗華, 山田|太郎), not 本社|工場."""
    from tokumei.detect.names.tokens import person_readings

    return any("姓" in person_readings(name[:k]) and "名" in person_readings(name[k:]) for k in (1, 2, 3) if k < len(name))


def _kana_given_read(name: str, kana: str) -> bool:
    """A given name written in kana is read as written: 杉山 ルシア（すぎやま・るしあ）, not 杉山 ルシア（カフェ・ソル） (a shop)."""
    given = re.split(r"[ 　]", name)[-1]
    if re.search(r"[\u4e00-\u9fff々]", given):
        return True
    said = re.split(r"[・･ 　]", kana)[-1]
    return jaconv.hira2kata(said) == jaconv.hira2kata(given)


def _spaced_reading(kana: str) -> bool:
    """A reading of a full name, written in two parts (いしはら じこう, いしはら・じこう)."""
    return bool(re.fullmatch(r"[ぁ-ゖァ-ヺー]+[ 　・][ぁ-ゖァ-ヺー]+", kana))


def _with_surname_before(text: str, spans: list[Span], sp: Span) -> Span | None:
    """The PERSON ``sp`` (慈海) joined to a PERSON surname right before it across one space (藤原 慈海), or None."""
    for p in spans:
        if p.label == "PERSON" and p.end == sp.start - 1 and text[p.end] in " 　" and "\n" not in text[p.start : sp.end]:
            data = {"tier": 1, "parts": [*(p.data or {}).get("parts", ()), (sp.text, "名")]}
            return Span("PERSON", p.start, sp.end, text[p.start : sp.end], 0.85, SOURCE, "姓＋空白＋名（読みの括弧が続く）", data=data)
    return None


def _plausible_reading(name: str, kana: str) -> bool:
    """``kana`` can be the reading of ``name``: a name without kanji (Kenji Harada, グエン) takes any, a
    name in kanji must share its first two kana with SudachiPy's reading (野々村 孝之 → ノノムラ…).
    例: ``_plausible_reading("田中", "おばあちゃん") is False``"""
    if not re.search(r"[\u4e00-\u9fff々]", name):
        from tokumei.detect.names.tokens import tokenize

        words = [t for t in tokenize(kana) if t.pos[0] == "名詞"]
        place = bool(words) and all(t.pos[2] == "地名" for t in words)
        if re.fullmatch(r"[ぁ-ゖァ-ヺー・ 　]+", name):
            # a name in kana is read as written: あおい（アオイ） is its reading, あおい（ガイド） a role — and not a country
            # that opens with the same sounds (スリヤ・プラディープ（スリランカ）; stop 43, read names dev wave 15)
            return not place and (jaconv.hira2kata(re.sub(r"[ 　・]", "", name))[:2]
                                  == jaconv.hira2kata(re.sub(r"[ 　・＝]", "", kana))[:2])
        # Kenji Harada, ＬＵＣＡＳ: any kana may read them — but not a country or a role (Nguyen Thi Hoa（ベトナム）)
        # (a common noun may still be a reading: SudachiDict tags マリセル so)
        if place or words and re.sub(r"[ 　・]", "", kana) in _KATA_COMMON:
            return False
        # Naomi Kubota（フリーライター）: common nouns in the dictionary whose first sound opens none of the words
        if words and all(t.pos[1] == "普通名詞" and not t.oov for t in words) and not _same_initial(name, kana):
            return False
        return True
    from tokumei.detect.names.tokens import tokenize

    reading = "".join(t.reading for t in tokenize(name, readings=True) if not t.surface.isspace())
    k = jaconv.hira2kata(re.sub(r"[ 　・＝]", "", kana))
    return bool(reading) and k[:2] == reading[:2]


_GLUED_READING = re.compile(r"^(.+?)[（(]([ぁ-ゖァ-ヺー・ 　]{2,30})[）)]$")


def split_glued_readings(spans: list[Span]) -> list[Span]:
    """SudachiDict has some names with their reading as one word (鈴木（すずき）): the name and the
    reading become two spans of the same person, the brackets in neither."""
    out: list[Span] = []
    for s in spans:
        m = _GLUED_READING.match(s.text) if s.label == "PERSON" else None
        if m is None:
            out.append(s)
            continue
        name, kana = m.group(1), m.group(2)
        data = dict(s.data or {})
        data["parts"] = [(p, k) for p, k in data.get("parts", ()) if p != s.text] or [(name, "姓")]
        out.append(s.with_(end=s.start + len(name), text=name, data=data))
        a = s.start + m.start(2)
        out.append(Span("PERSON", a, a + len(kana), kana, max(s.score, 0.86), SOURCE, "名前の読み（直後の括弧）",
                        data={"tier": 1, "reading": True, "canonical": name, "parts": []}))
    return out


#: A line opening with a word (a speaker's label) and a space (益子 …, 高野　…).
_LINE_LABEL = re.compile(r"^([^\s：:（(「」、。]{1,6})[ \u3000]", re.M)
_PARTICLE_NEXT = re.compile(r"[はがをにでともへのや]")


def cut_speaker_words(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step: a PERSON span of a transcript's speaker label, the space and the first word of what they say (高野　そろばん|は
    中国から…; any finder, the model's too) is the label alone — the same label opens two lines or more and a particle
    follows the span (stop 45, read anonymize dev: 「高野　そろばん」 was a full name and そろばん a given name everywhere).
    例: 「高野　最初は…⏎高野　そろばんは…」 → 高野"""
    text = view.original
    if "\n" not in text or not any(s.label == "PERSON" and (" " in s.text or "\u3000" in s.text) for s in spans):
        return spans
    counts: dict[str, int] = {}
    for m in _LINE_LABEL.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    out = []
    for s in spans:
        if s.label == "PERSON" and (s.start == 0 or text[s.start - 1] == "\n"):
            m = _LINE_LABEL.match(text, s.start)
            if (m is not None and counts.get(m.group(1), 0) >= 2 and m.end() < s.end and _PARTICLE_NEXT.match(text, s.end)
                    and _common_word(text[m.end():s.end])):
                a, b = m.span(1)
                s = s.with_(end=b, text=text[a:b], reason="話者の名前（行頭の姓・空白の後は発言）",
                            data={**(s.data or {}), "parts": [(text[a:b], "姓")]})
        out.append(s)
    return out


def _common_word(word: str) -> bool:
    """``word`` is a common noun to SudachiDict and no given name it lists (そろばん; not 秋, ちよ, 清: those stay a full name
    here, and :func:`_speaks` reads them in context)."""
    return _dictionary_common(word) and "名" not in person_readings(word)


def _dictionary_common(word: str) -> bool:
    """SudachiDict lists ``word`` as a common noun (そろばん, 秋)."""
    return any(e[1] == "普通名詞" for e in dictionary_entries(word))

