"""Local groups named by their place or a name and a group's ending (post step of tier 1): 水海若衆会, 大井沢婦人部,
茂師浜わかめ部会, 舟川べり桜守の会, 尾向焼畑継承会, やなせ軌道クラブ, 「そよう有機の会」.

Small towns' texts name the district's groups — the young men's association that carries the shrine's float,
the women's section of the co-op, a crop's growers — by the hamlet and the group: 「いまは水海若衆会で、子ども6人に
笛を教えています」. SudachiPy reads the hamlet as a surname (水海, 舟川, 尾向) or cuts it into common words, and
the organisation rules (:mod:`.associations`) want a place the dictionary lists first, so these came out as a
person inside a group (「A若衆会」, 「A氏べり桜守の会」) or not at all (n-dev-533…562, a-dev-351…374, measured first).

The group's name runs left from the ending over kanji, katakana and hiragana words up to a delimiter, a space,
a bracket or a particle that closes the phrase before (いまは|, 地区の|); it is a name, not a kind of group, when it
holds a proper noun (SudachiPy's 固有名詞: a surname, a place), a place already found, or a kana word of three
letters or more that SudachiPy does not know as one common word (そよう, やなせ). 地区の婦人部, JA青年部,
りんご部会, 生産者の会 and ゆず出荷組合 name no one. A person read inside the name gives way to the group.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "いまは水海若衆会で、地区の婦人部とりんご部会にも顔を出す。"
    >>> [s.text for s in group_bodies(t, tokenize(t), []) if s.label == "ORGANIZATION"]
    ['水海若衆会']
"""
from __future__ import annotations

import re
from typing import Sequence

from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

_ENDS = ("生産部会 加工部会 出荷部会 部会 婦人部 婦人会 女性部 女性会 青年部 青年団 壮年部 若衆会 若連 若者会 保存会 継承会 振興会 "
         "研究会 同好会 愛好会 生産組合 出荷組合 商店会 漁友会 の会 クラブ 倶楽部 実行委員会 "
         # stop 36, wave 8: a festival's young men (中町若中, 豊満若連中), a dance troupe (丹鶴おどり連), a watch (富筋まちなみ
         # 見守り隊) and a village's confraternity (稲渕男綱講; not 講師・講座, a kanji after it)
         "若中 若連中 おどり連 踊り連 見守り隊 講 "
         # boat owners' groups (佐賀かつお船主会, 田後かに船主会: 佐賀|かつお was read as a full name and spread)
         "船主会 船団 "
         # stop 38, wave 10 read: a quarter's festival musicians (久保町囃子連, 八日町囃子連)
         "囃子連 囃子会 囃子方 囃子保存会").split()
_END_RE = re.compile("(?:" + "|".join(sorted(_ENDS, key=len, reverse=True)) + r")(?!(?!長)[\u4e00-\u9fff々ァ-ヴー])")
#: A festival's groups, named by the town's quarter that carries the float (上町若中).
_QUARTER_ENDS = frozenset("若中 若連中 若連 若衆会 青年団 おどり連 踊り連 囃子連 囃子会 囃子方 囃子保存会".split())
_QUARTER = re.compile(r"[\u4e00-\u9fff々]{1,3}町")
_GATE = re.compile("|".join(sorted(set(e[-2:] for e in _ENDS))))
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff々ヶァ-ヴーぁ-ゖ]")
_HIRA = re.compile(r"[ぁ-ゖー]+")
#: Hiragana that end a phrase before the name (いまは|, 地区の|, 町で|): one of these closing a hiragana run stops it.
_PARTICLE_END = "はがをにでともへやの"
#: Parts of speech of a phrase, not of a name (a particle, a verb, an auxiliary, an adjective).
_PHRASE_POS = frozenset("助詞 助動詞 動詞 形容詞 連体詞 代名詞".split())
#: Generic words right before which a name opens (住民グループ|, 仲間|).
_STOP_BEFORE = re.compile("(?:グループ|仲間|有志|住民|団体|組織|皆さん|一同)$")
_GENERIC = frozenset("地区 地域 地元 町内 市内 村内 県内 全国 女性 若手 農家 生産者 本部 支部 青年 婦人 商工会 農協 漁協 町 村 市 県 区 "
                     "有志 仲間 住民 保護者 親子 子ども 大人 学生".split())


def _name_start(text: str, end: int, toks: Sequence) -> int:
    """Where the group's name before ``end`` opens (see the module docstring)."""
    a = end
    while a > 0 and _NAME_CHAR.match(text[a - 1]) and end - a < 14:
        if _HIRA.match(text[a - 1]):
            h = a
            while h > 0 and _HIRA.match(text[h - 1]):
                h -= 1
            run = text[h:a]
            pos = {t.pos[0] for t in toks if t.start < a and h < t.end}
            last = [t for t in toks if t.start < a <= t.end]
            particle = run[-1] in _PARTICLE_END and (not last or last[0].pos[0] in ("助詞", "助動詞"))  # (すもも|部会 is a noun)
            lead = (h == 0 or not _NAME_CHAR.match(text[h - 1])) and len(run) >= 3 and "助詞" not in pos \
                and "代名詞" not in pos  # 「ひなせ|鉄道クラブ: a kana name SudachiPy reads as a noun and a verb
            if particle or (pos & _PHRASE_POS and not lead):
                break  # いまは|, 地区の|, でつくる|, ご一緒してきた|: a phrase before the name, not the name
            a = h
            continue
        if _STOP_BEFORE.search(text, max(0, a - 4), a):
            break  # 住民グループ|奥会津…の会: a generic word before the name
        a -= 1
    return a


def group_bodies(text: str, toks: Sequence, spans: list[Span]) -> list[Span]:
    """``spans`` with local groups added as ORGANIZATION and the persons read inside them removed."""
    if _GATE.search(text) is None:
        return spans
    new: list[Span] = []
    for m in _END_RE.finditer(text):
        if m.group() == "の会" and text.startswith(("長", "員", "議", "場", "費", "社"), m.end()):
            continue  # 近永商店会の会長: the head of the body, not a body named 〜の会
        a = _name_start(text, m.start(), toks)
        name = text[a:m.start()]
        if len(name) < 2 or name in _GENERIC or name.endswith("の"):
            continue
        inner = [t for t in toks if a <= t.start and t.end <= m.start()]
        if text.startswith("長", m.end()) and any(t.pos[2] == "人名" for t in inner) and not m.group().startswith("の"):
            continue  # 綿引部会長, 岡林副部会長: the head of the section, named by the person's surname
        proper = any(t.pos[1] == "固有名詞" for t in inner) or (
            # 上町若中, 中町若連中: a town's quarter SudachiDict keeps as a common word (not 下町, a kind of quarter)
            # 八日町囃子連 (八|日|町, stop 38): any one to three kanji and 町 before a festival group's word
            m.group() in _QUARTER_ENDS and (_QUARTER.fullmatch(name) is not None) and name not in ("下町", "町"))
        placed = any(s.label == "LOCATION" and a <= s.start and s.end <= m.start() for s in spans)
        lead = _HIRA.match(name)  # そよう|有機の会, やなせ|軌道クラブ: a kana name SudachiPy does not know as one word
        kana = lead is not None and len(lead.group()) >= 3 and not any(
            t.start == a and t.end == a + len(lead.group()) and t.pos[1] == "普通名詞" for t in inner)
        if not (proper or placed or kana):
            continue
        if any(s.label == "ORGANIZATION" and s.start <= a and m.end() <= s.end for s in spans):
            continue  # (a longer body the other rules named holds it)
        new.append(Span("ORGANIZATION", a, m.end(), text[a:m.end()], 0.7, SOURCE, f"地区・名前＋団体の語（〜{m.group()}）",
                        data={"tier": 1}))
    if not new:
        return spans
    keep = [s for s in spans if not (s.label in ("PERSON", "ORGANIZATION") and any(
        n.start <= s.start and s.end <= n.end and (s.start, s.end) != (n.start, n.end) for n in new))]
    return keep + new
