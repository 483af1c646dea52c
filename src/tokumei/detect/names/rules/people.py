"""Person rules of tier 1: name POS runs, names before honorifics/titles and family names (山田家の長男); names known
from their neighbours (王子カルラス, の子 X, すみれと彩) are in :mod:`.neighbours`, a lone surname that is a thing or a
place (湧き出る清水は) in :mod:`.surname_things`, repeated one-kanji surnames in a person's slot (担当の林です) in
:mod:`.repeat_people`, rivers and hills read as people in :mod:`.rivers`.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [(s.text, (s.data or {}).get("title")) for s in people(tokenize("田中先生に聞いた"))]
    [('田中', '先生')]
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import (
    CORE_HONORIFICS, FORM_ANSWERS, HONORIFICS, NOT_NAMES, ORG_SUFFIXES, SHOP_SUFFIXES, TITLES, TRADES,
)
from tokumei.detect.names.rules.base import (
    BRANCH_SUFFIXES, COUNTED, SOURCE, _JOIN, _KANJI, _KATA, _KATA_CHARS, _KATA_COMMON, _LATIN, _biz_after, _cover, _household, _is_pn,
    _is_proper, _namey, _norm, _nounish, _text_after, _title_at, _TITLE_FIRST,
)
from tokumei.detect.names.rules.industry_names import INDUSTRY_WORDS
from tokumei.detect.names.rules.person_words import (
    PERSON_SITE_HEADS, SITE_HEADS, _ACADEMIC_TITLES, _ANIMAL_CALLS, _DUTY_TITLES, _GENERATION, _HIRA_GIVEN, _HIRA_NAME,
    _HIRA_NOT_GIVEN, _HIRA_WORD, _KANJI_NO, _KATA_BUSINESS, _LOANWORD_ENDS, _NOT_PERSON_AFTER, _NUMERAL_KANJI,
    _THING_CONTEXT, _TITLE_PREFIX, _UNIVERSITY_ENDS, _kata_glued, _kata_name_word,
)
from tokumei.detect.names.rules.surname_things import _HEAD_OF, _NATURE_AFTER, _NATURE_BEFORE, _PLACE_OF, _SIGHT_OF
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

_PLACE_AFTER = frozenset("町 村 市 区 県 郡 駅 線 川 山 島 橋 通り 丁目 港 湾 峠 寺 神社 城 公園 温泉 "
                         "商工会議所 商工会 商工 会議所 青年会議所 大橋 茶屋街 商店街 "
                         # 徳良湖, 横浪半島, 唐戸市場, 大内宿, 鮎川|浜 (浜 read as a given name), 延沢銀山: landforms and sites
                         "湖 半島 市場 宿 浜 岬 峡 渓谷 池 沼 高原 古墳 銀山 宿場 海峡 平野 盆地 "
                         # 田平在住, 鮎川経由, 最上川河口, 大北児童館, 不動岩, 武市半平太旧宅: where one lives or passes, a site
                         "在住 経由 河口 児童館 岩 旧宅 生家 記念館 資料館 "
                         # 奥津渓の紅葉 (渓 read as a given name; stop 37, n-dev-1342)
                         "渓".split())  # 上田商工会議所: a town
#: After a surname-like word these make it a town's name (米沢消防署, 片浜地区センター, 喜多ふ頭; also 高岡商議所, the
#: common short form of 商工会議所, tokenized 商議|所): the word is kept
#: as a LOCATION for review (:func:`_place`), not dropped — an unknown town (田所消防署) must still be replaced.
_TOWN_BODY_AFTER = frozenset("消防署 警察署 地区センター 地区 ふ頭 埠頭 漁港 海岸 集落 団地".split()  # 大浦集落, 落合集落
                             # 伊賀焼, 輪島塗, 結城紬, 館林インター: a craft or an interchange named after its town (stop 43)
                             + "焼 塗 織 紬 インター IC".split())


_CAPITAL = re.compile(r"[A-Z][a-z]+")


_LIST_SEP = frozenset("と 、 ・ や ，".split())


PRE_TITLES = frozenset("王子 王女 王 女王 国王 皇帝 皇后 皇太子 将軍 大統領 首相 議員 選手 監督 博士 教授 司令官 提督 元帥 夫人 神父 牧師 騎士".split())


#: Kinship words: 「Xの子 Y」「Xの妻 Y」 — a katakana word right after is the relative's name.
KIN_BEFORE = frozenset("子 息子 娘 妻 夫 父 母 兄 弟 姉 妹 長男 次男 三男 長女 次女 孫 甥 姪 弟子 養子 後継者".split())


#: Person-only titles after a katakana word SudachiPy stores as a common noun (テーレポス王).
PERSON_AFTER_KATA = frozenset("王 女王 卿 氏 選手 投手 捕手 監督 容疑者 被告 教授 博士 大統領 首相 皇帝 将軍 司令官 神父 牧師 夫人".split())
_PERSON_AFTER_KATA_ANY = re.compile("|".join(sorted(PERSON_AFTER_KATA)))


_REGNAL = re.compile(r"[0-9０-９一二三四五六七八九十]+世")


def _person(toks: list[Token], i: int, j: int, score: float, reason: str, title: str | None) -> Span:
    a, b = toks[i].start, toks[j - 1].end
    parts = [(t.surface, t.pos[3]) for t in toks[i:j] if _is_pn(t)]
    data: dict = {"tier": 1, "parts": parts}
    if title:
        data["title"] = title
    text = "".join(t.surface for t in toks[i:j])
    return Span("PERSON", a, b, text, score, SOURCE, reason, data=data)


def _municipality(word: str) -> bool:
    """``word`` is a municipality of KEN_ALL (都留市)."""
    from tokumei.detect.geo import gazetteer

    return bool(gazetteer().candidates(word))


def _place(toks: list[Token], i: int, j: int, reason: str) -> Span:
    """A surname-like word that is a place here (米沢消防署, 大石の岬): a LOCATION for review (0.5), never dropped."""
    return Span("LOCATION", toks[i].start, toks[j - 1].end, "".join(t.surface for t in toks[i:j]), 0.5, SOURCE, reason,
                data={"tier": 1})


#: Words that introduce a name and are never a surname glued to it (通称|ゲンさん, 愛称|マー).
_NAME_INTRO = frozenset("通称 愛称 俗称 あだ名 呼び名 芸名 雅号 屋号 旧姓 本名 法名 戒名 僧名 俳号".split())


#: Last characters of a body's common word (自治会, 青年団, 総務課): no surname SudachiPy misread ends so.
_BODY_LAST = frozenset("会組団部課所局社党校園館院室店")
#: The first characters of the tokens :func:`people` acts on besides person-name words: a katakana word's, a title's.
_PEOPLE_FIRST = _KATA_CHARS | _TITLE_FIRST


def people(toks: list[Token]) -> Iterator[Span]:
    n = len(toks)
    i = 0
    # Only these tokens start anything below (a person-name word, a katakana word, a title's first token); at any
    # other the loop only moved on by one, so it visits these alone (≈ 0.3 µs less per other token).
    for c in [k for k, t in enumerate(toks) if t.pos[2] == "人名" or t.surface[:1] in _PEOPLE_FIRST]:
        if c < i:
            continue  # inside a name found before
        i = c
        t = toks[i]
        p = t.pos  # (_is_pn written out: this test runs on every token)
        if t.surface[-1] == "寺" and i and toks[i - 1].end == t.start and _KANJI.fullmatch(toks[i - 1].surface) \
                and len(toks[i - 1].surface) <= 3 and len(t.surface) >= 2 and not (i + 1 < n and _is_pn(toks[i + 1])):
            # 瑠璃|光寺五重塔, 乙|宝寺門前: a temple's name cut in two, no surname (stop 37, n-dev-1336)
            yield Span("LOCATION", toks[i - 1].start, t.end, toks[i - 1].surface + t.surface, 0.6, SOURCE, "寺の名前（〜寺）",
                       data={"tier": 1})
            continue
        if (p[1] == "固有名詞" and p[2] == "人名" and t.surface not in NOT_NAMES
                and not (len(t.surface) == 1 and t.surface.isascii())):
            j = i + 1
            while j < n:
                u = toks[j]
                if _is_pn(u) and u.surface not in NOT_NAMES and not (j - i == 1 and u.surface in _PLACE_AFTER):
                    j += 1  # (not 鮎川|浜: SudachiPy lists 浜 as a given name, here it ends a beach's name)
                elif (toks[j - 1].pos[3] == "姓" and j - i == 1 and _KANJI.fullmatch(u.surface) and u.surface not in _PLACE_AFTER
                      and u.surface not in INDUSTRY_WORDS and _norm(u.surface) not in ORG_SUFFIXES  # (後藤重機: a firm)
                      and u.pos[0] in ("名詞", "形状詞") and "名" in person_readings(u.surface)
                      and (j + 1 >= n or toks[j + 1].pos[0] in ("助詞", "補助記号", "空白") or _title_at(toks, j + 1))):
                    j += 1  # 田中未来は: a given name SudachiPy read as a common word here
                elif (u.surface in (" ", "\u3000") and j + 1 < n and toks[j - 1].pos[3] == "姓"
                      and _is_pn(toks[j + 1]) and toks[j + 1].pos[3] == "名"):
                    j += 2  # 佐藤 花子 (space between surname and given name)
                elif (u.surface in (" ", "\u3000") and j - i == 1 and j + 1 < n and toks[j - 1].pos[3] == "姓"
                      and _HIRA_GIVEN.fullmatch(toks[j + 1].surface) and toks[j + 1].pos[0] == "名詞"
                      and toks[j + 1].surface not in _HIRA_NOT_GIVEN
                      and (j + 2 >= n or toks[j + 2].pos[0] in ("助詞", "補助記号", "空白") or _title_at(toks, j + 2))):
                    j += 2  # 中ノ瀬 あかり（…）, 雨宮 きよは: a hiragana given name after a spaced surname
                elif (u.surface == " " and j + 1 < n and _is_pn(toks[j + 1]) and _LATIN.fullmatch(toks[j - 1].surface)
                      and _LATIN.fullmatch(toks[j + 1].surface)):
                    j += 2  # John Smith
                elif (u.surface in _JOIN and j + 1 < n and _KATA.fullmatch(toks[j - 1].surface)
                      and _KATA.fullmatch(toks[j + 1].surface)):
                    j += 2  # ウォルター・ローリー (not 鉄裁・夜一, a list)
                elif _KATA.fullmatch(u.surface) and _KATA.fullmatch(toks[j - 1].surface) and toks[j - 1].surface in _JOIN:
                    j += 1
                else:
                    break
            m = _REGNAL.match(_text_after(toks, j))
            if m and (k := _cover(toks, j, m.end())) is not None:
                j = k  # エリザベス1世, ノンビリキング十三世
            nxt = toks[j].surface if j < n else ""
            if nxt == "家" and j - i == 1 and _household(toks, j):
                # 山田家の長男: a family, so 山田 is a person; 家 stays after the pseudonym (A家の長男)
                yield _person(toks, i, j, 0.75, "姓＋家（家族の文脈）", "家")
                i = j + 1
                continue
            if nxt in _TOWN_BODY_AFTER or (nxt == "商議" and _text_after(toks, j, 2) == "商議所"):  # 高岡|商議|所
                yield _place(toks, i, j, f"地名（姓と同じ字）＋「{nxt}」")
                i = j
                continue
            branch = nxt in BRANCH_SUFFIXES and not (j + 1 < n and toks[j + 1].surface[:1] == "長")  # 島田支店|長: a title
            if (nxt in _PLACE_AFTER or _norm(nxt) in ORG_SUFFIXES or nxt in SHOP_SUFFIXES or branch
                    or (nxt.endswith("卒") and nxt[:-1] in ORG_SUFFIXES)  # 東陵|高校卒
                    or _biz_after(toks, j)):
                i = j
                continue  # a place, a branch (島田支店) or a business named after a person, not the person
            title = _title_at(toks, j)
            run = "".join(x.surface for x in toks[i:j])
            if _KATA_BUSINESS.fullmatch(run):
                # サカモトフーズさん, オオタファームさん: a katakana name and a business word, called like a shop
                yield Span("ORGANIZATION", t.start, toks[j - 1].end, run, 0.75, SOURCE,
                           "カタカナの名前＋業種の語（〜フーズ・〜ファーム）", data={"tier": 1})
                i = j
                continue
            if j - i == 1 and len(t.surface) >= 2 and t.surface[-1] in SHOP_SUFFIXES and t.surface[-1] in "屋堂庵亭":
                # 山田屋さん: SudachiPy lists 山田屋 as a surname, but in business writing it is a shop
                yield Span("ORGANIZATION", t.start, t.end, t.surface, 0.7, SOURCE, "屋号（〜屋・〜堂）", data={"tier": 1})
                i = j
                continue
            kinds = {x.pos[3] for x in toks[i:j] if _is_pn(x)}
            multi = j - i > 1
            if not title and j - i == 1 and _KATA.fullmatch(t.surface) and _kata_glued(toks, i):
                i = j
                continue  # ガーディ|アンズ, クリー|サップ, パ—|マ: a piece of a longer katakana word
            if not title and _norm(nxt) in _NOT_PERSON_AFTER:
                i = j
                continue  # セム語, ユダヤ人, マルクス主義: a language, people or doctrine
            if not title and j - i == 1 and t.surface.isascii() and t.surface.isupper() and len(t.surface) >= 2:
                i = j
                continue  # JUDY AND MARY, DDT: an upper-case word alone is a band, brand or acronym
            if run in TITLES or run in TRADES:
                i = j
                continue  # 衛|生士さん: a trade SudachiPy cut into name pieces (stop 42, n-dev-1682)
            if title:
                score, why = 0.9, f"人名＋敬称・役職「{title}」"
            elif multi or {"姓", "名"} <= kinds:
                if multi and toks[j - 1].surface[-1:] in "市町村" and _municipality(run):
                    i = j
                    continue  # 都|留市 地域づくり推進課: SudachiPy's surname and given name, KEN_ALL's city (stop 43)
                score, why = 0.85, "人名（姓名）"
            elif "一般" in kinds and _KATA.fullmatch(t.surface) and t.surface in _KATA_COMMON and j - i == 1 and not title:
                i = j
                continue  # 仕事内容：ホール・洗い場, カタカナが: a common katakana word SudachiDict also lists as a name
            elif "一般" in kinds and _KATA.fullmatch(t.surface):
                if j - i == 1 and j < n and toks[j].pos[0] in ("名詞", "接尾辞") and not toks[j].surface.isspace():
                    # ダイムラー偵察車, マーベル1602: a katakana name word modifying a noun is a product or
                    # brand, not a person (measured on GSD dev)
                    i = j
                    continue
                score, why = 0.6, "人名（カタカナ）"
                if (j - i == 1 and i >= 2 and toks[i - 1].surface == "の" and toks[i - 2].pos[2] == "地名"
                        and _KATA.fullmatch(toks[i - 2].surface)):
                    # アラビアのロレンス: a place + の + a name is an epithet or a work's title; left for review
                    score, why = 0.3, "作品名・異名の一部（要確認）"
            elif "姓" in kinds:
                if j - i == 1 and not title and COUNTED.fullmatch(t.surface):
                    i = j
                    continue  # 百軒以上, 千輪: a numeral and a counter SudachiDict also lists as a surname
                score, why = 0.55, "人名（姓）"
                if j - i == 1 and not title and _SIGHT_OF.match(_text_after(toks, j, 3)):
                    yield _place(toks, i, j, "地名（姓と同じ字）＋の＋名所")
                    i = j
                    continue
                if j - i == 1 and not title and (
                        _text_after(toks, j, 3).startswith(_NATURE_AFTER)
                        or (i > 0 and toks[i - 1].surface in _NATURE_BEFORE)      # 湧き出る清水は
                        or _text_after(toks, j, 2).startswith(("のよう", "の湧"))  # 清水のように, 清水の湧く井戸
                        # 銭|湯巡り: a one-kanji surname glued to the kanji word after it (堤、 堀より stay)
                        or (len(t.surface) == 1 and j < n and toks[j].start == t.end and _KANJI.fullmatch(toks[j].surface[:1]))
                        # 栗|きんとん: or to a kana common noun (a dish, a thing), not a person's honorific
                        or (len(t.surface) == 1 and j < n and toks[j].start == t.end and toks[j].pos[:2] == ("名詞", "普通名詞")
                            and len(toks[j].surface) >= 2 and _HIRA_WORD.fullmatch(toks[j].surface) is not None)
                        or _PLACE_OF.match(_text_after(toks, j, 4))               # 金沢のひがし茶屋街, 鳥海の雪解け
                        # 菩提寺の住職, 本宮の宮司: a surname ending in a facility's kanji before の + that place's head
                        or (len(t.surface) >= 2 and t.surface[-1] in "寺院宮社堂館園" and _HEAD_OF.match(_text_after(toks, j, 5)))):
                    i = j
                    continue  # the word or the place, not the surname (a person found elsewhere is repeated by coref)
            else:
                score, why = 0.5, "人名（名）"
                if j - i == 1 and not title and t.surface in FORM_ANSWERS:
                    i = j
                    continue  # 在留カード確認：済（確認者：坂巻）: a form's answer, no given name (stop 41, read dev wave 13)
            if (kinds == {"名"} and j - i == 1 and not title and _HIRA_WORD.fullmatch(t.surface) and i > 0
                    and toks[i - 1].end == t.start and _HIRA_WORD.fullmatch(toks[i - 1].surface)
                    and toks[i - 1].pos[0] not in ("助詞", "助動詞")):
                i = j
                continue  # いせ|さき: the tail of a longer word in kana (a place), not a given name
            if kinds == {"名"} and j - i == 1 and t.surface in _PLACE_AFTER and i > 0 and toks[i - 1].end == t.start:
                i = j
                continue  # 鮎川|浜: the place word after a name, not a given name
            if (kinds == {"名"} and j - i == 1 and not title and i > 0 and toks[i - 1].end == t.start
                    and toks[i - 1].pos[1] == "普通名詞" and toks[i - 1].surface[-1] in _BODY_LAST):
                i = j
                continue  # 自治会|長会: a body's word and a piece SudachiDict lists as a given name (stop 37, n-dev-1367)
            if kinds == {"名"} and j - i == 1 and not title and set(t.surface) <= _NUMERAL_KANJI:
                i = j
                continue  # 毎年|千|張り, 今年|八十八: a numeral SudachiDict also lists as a given name (a-dev-249, 288)
            first = i
            glued = None
            if (kinds == {"名"} and j - i == 1 and i > 0 and (u := toks[i - 1]).end == t.start and u.pos[1] == "普通名詞"
                    and _KANJI.fullmatch(u.surface) and 1 <= len(u.surface) <= 3 and u.surface not in TITLES
                    and u.surface not in NOT_NAMES and u.surface not in _NAME_INTRO and u.surface not in KIN_BEFORE
                    and u.surface[-1] not in _BODY_LAST
                    and not (i > 1 and toks[i - 2].end == u.start and toks[i - 2].pos[0] == "名詞")):
                # (長男|ゆい|と: a family word is no surname; stop 34)
                # 東雲|遼一: a surname SudachiPy read as a common word, glued to a given name
                first, glued, score, why = i - 1, u.surface, 0.6, "姓（普通名詞と解析）＋名"
            if (_LATIN.fullmatch(t.surface) and i >= 2 and toks[i - 1].surface == " "
                    and _CAPITAL.fullmatch(toks[i - 2].surface) and toks[i - 2].surface not in NOT_NAMES):
                first = i - 2  # Taro Yamada: SudachiPy knows Yamada as a surname, not Taro
            for _ in range(3):  # デウィ・アユ・ラハユ: up to three more parts, each joined by ・
                if not (first >= 2 and toks[first - 1].surface in _JOIN and toks[first - 1].end == toks[first].start
                        and _KATA.fullmatch(toks[first - 2].surface) and len(toks[first - 2].surface) <= 8
                        and toks[first - 2].pos[2] != "地名" and toks[first - 2].surface not in _KATA_COMMON
                        and toks[first - 2].end == toks[first - 1].start
                        # タイガース・北原, アナウンサー・喜多ゆかり: a team or job before a kanji name is no part of it
                        and _KATA.fullmatch(toks[first].surface)):
                    break
                first -= 2  # ダ・シルバ, ハファエル・シウバ: the first part SudachiPy does not list as a name
            sp = _person(toks, first, j, score, why, title)
            if glued:
                sp = sp.with_(data={**(sp.data or {}), "parts": [(glued, "姓"), *(sp.data or {})["parts"]]})
            yield sp
            i = j
            continue
        s = t.surface
        if t.pos[0] == "名詞" and len(s) >= 2 and s[0] in _KATA_CHARS and _KATA.fullmatch(s) and (_is_proper(t) or t.oov or t.pos[1] == "普通名詞"):
            m = _REGNAL.match(_text_after(toks, i + 1))
            if m and (k := _cover(toks, i + 1, m.end())) is not None:
                # ヘンリー8世 (a monarch: katakana word + regnal number)
                yield _person(toks, i, k, 0.8, "カタカナ＋世", None)
                i = k
                continue
            if (t.oov and len(s) >= 3 and i + 1 < n and toks[i + 1].pos[0] == "助詞" and not s.endswith(_LOANWORD_ENDS)
                    and not _text_after(toks, i + 1, 3).startswith(_THING_CONTEXT)):
                # unknown katakana word acting as a subject/object: usually a foreign name
                yield _person(toks, i, i + 1, 0.45, "辞書にないカタカナ語", None)
        # Name-like words before an honorific: 顕進氏, ジェボムさん, やまちゃん.
        # (_title_at's own first test, made here: most tokens start no title, and need no call)
        title_here = _title_at(toks, i) if i > 0 and t.surface[:1] in _TITLE_FIRST else None
        if title_here:
            s = title_here
            k = i
            while k > 0 and i - k < 3 and _nounish(toks[k - 1]) and not _is_pn(toks[k - 1]):
                k -= 1
            if k < i:
                while k < i and toks[k].pos[0] == "接頭辞":
                    k += 1  # お客様, 御父母様
                name = "".join(x.surface for x in toks[k:i])
                strong = [(_namey(x) and not (x.pos[1] == "普通名詞" or x.pos[2] == "地名")) or _kata_name_word(x)
                          for x in toks[k:i]]
                # after a plain honorific any name-like part will do; after a job word (弁護士, 選手)
                # the word right before it must be name-like (not 全国霊感商法対策弁護士)
                namey = any(strong) if s in CORE_HONORIFICS else bool(strong and strong[-1])
                last = toks[i - 1]
                kanji_ok = (s in CORE_HONORIFICS and _KANJI.fullmatch(name) and len(name) >= 2
                            and not (i - k == 1 and toks[k].pos[1] == "普通名詞")  # not お医者さん
                            and not (last.pos[1] == "普通名詞" and len(last.surface) >= 2
                                     and not person_readings(last.surface)))  # not 受賞|企業様
                prev = toks[i - 1]
                hira_ok = (s in ("くん", "ちゃん", "君") and i - k == 1 and _HIRA_NAME.fullmatch(prev.surface)
                           and prev.surface not in NOT_NAMES and not prev.surface.startswith("お"))  # ひなたくん
                kanji_ok = kanji_ok or hira_ok
                if (not (namey or kanji_ok) and k >= i - 1 and _KANJI_NO.fullmatch(prev.surface) and prev.surface not in _TITLE_PREFIX
                        and (person_readings(prev.surface)
                             or (prev.pos[2] == "地名" and prev.pos[3] == "一般" and len(prev.surface) >= 2 and s != "代表"))
                        and not (prev.pos[2] == "地名" and s in SITE_HEADS
                                 and not (s in PERSON_SITE_HEADS and "姓" in person_readings(prev.surface)))
                        # 二十四|世|住職, 三|代|目: a counter after a number, not a name
                        and not (i >= 2 and toks[i - 2].pos[1] == "数詞" and toks[i - 2].end == prev.start)):
                    k, name, kanji_ok = i - 1, prev.surface, True  # 原部長, 中島部長, 藤ノ木会長: a surname or place-like name
                if k < i and (
                    name not in NOT_NAMES and toks[i - 1].surface not in NOT_NAMES
                    and not (s not in CORE_HONORIFICS and _GENERATION.fullmatch(name))  # 初代市長, 二代目店主
                    and len(name) <= 8 and not (len(name) == 1 and name.isascii())
                    and _norm(toks[i - 1].surface) not in ORG_SUFFIXES and toks[i - 1].surface not in SHOP_SUFFIXES
                    and not _KATA_BUSINESS.fullmatch(name)  # サカモトフーズさん: one katakana word ending in a business word
                    and (namey or kanji_ok)
                    # システム担当, 営業担当, チームリーダー: a duty or team, not a person's name
                    and not (s in _DUTY_TITLES and toks[i - 1].pos[1] == "普通名詞" and toks[i - 1].pos[2] != "人名")
                    # 唐津くんち, 長崎くんち: a festival, not くん after a name
                    and not (s == "くん" and i + 1 < len(toks) and toks[i + 1].surface.startswith("ち"))
                    # わんちゃん, ねこちゃん: an animal called so, no one's name (a-dev-115)
                    and not (s == "ちゃん" and name in _ANIMAL_CALLS)
                    # 東京女子医大教授, 北大准教授: a university's short name before an academic title (GSD train)
                    and not (s in _ACADEMIC_TITLES and len(name) >= 2 and name.endswith(_UNIVERSITY_ENDS))
                ):
                    yield _person(toks, k, i, 0.75 if s in HONORIFICS else 0.6, f"敬称・役職「{s}」の前", s)
        i += 1
