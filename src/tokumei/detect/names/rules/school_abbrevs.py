"""Schools written short (tier 1): a place or a name and 高・小・中 — 可児高の子, 上田東高の後輩, 槇島小PTA, 松が丘小に
通う, 可児中の生徒; and a school's full name whose kind word SudachiPy cut across (有終|西小|学校; stop 37).

Local writers name schools by the town and one character far more often than in full (高校 → 高, 小学校 → 小,
中学校 → 中). SudachiPy cuts the character off as a suffix (可児|高, 槇島|小), so the place rules read 可児 as a place and
the person rules read 槇島 as a surname: the school was missed or given a person's letter (n-dev-985, 1054, 1057,
1062, 1075; a-dev wave 5, measured first). The school is the place (地名) or surname (人名) SudachiDict knows, an
optional direction word (上田|東|高 is one word, 旭川|東|高 two) and the suffix; 中 also means "throughout"
(東京中の店) and "during" (会議中), so it is a school only before a school's word (生徒, PTA, 卒, 〜部, 1年).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "可児高の子や槇島小PTA、東京中の店"
    >>> [t[s.start:s.end] for s in school_abbreviations(t, tokenize(t))]
    ['可児高', '槇島小']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.geo import PREFECTURE_STEMS, PREFECTURES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.org_words import _FOUNDERS
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

_DIRECTIONS = frozenset("東 西 南 北 中央 第一 第二 第三".split())
#: After 高 or 小: a particle, punctuation, a school's word; not a count or a noun that makes another word (高|原).
_AFTER_ANY = re.compile(r"(?:から|まで|より|って|[のにでへとはがもを、。，．・）」』\s]|PTA|ＰＴＡ|OB|OG|卒|出身|時代|生|校長|教頭|[一-龥]{1,3}部|$)")
#: After 中 (also "throughout", "during"): only a school's word.
_AFTER_MIDDLE = re.compile(r"(?:の)?(?:PTA|ＰＴＡ|生徒|卒|出身|時代|校長|教頭|先生|同級生|先輩|後輩|[1-3１-３一二三]年|"
                           r"野球部|サッカー部|吹奏楽部|陸上部|バスケ部|テニス部|美術部|OB|OG)")


#: Any two to four kanji + 高/中/小/大/高専/短大 before words only a school takes (北陵高に通う, 明星中の3年生, 東陵大を
#:卒業): the name need not be a word SudachiDict knows (moved from anonymize.shops, stop 33).
_SHORT_SCHOOL = re.compile(
    r"(?<![一-龥々])(?P<name>[一-龥々]{2,4}?)(?P<kind>高専|短大|高|中|小|大)"
    r"(?=に(?:通|進学|入学|合格|在学|転校|進ん)|を(?:卒業|受験|中退|出)|の(?:[0-9０-９一二三四五六]年|生徒|学生|先生|教師|校長|"
    r"野球部|サッカー部|吹奏楽部|部活|同級生|卒業生|OB|OG|出身)|出身|卒|在学|時代の)")
#: Words before 高/中/大 that name a kind of school, not one (女子高, 公立中, 私立大).
_NOT_SCHOOL_NAME = frozenset("女子 男子 公立 私立 県立 市立 国立 都立 府立 道立 区立 町立 村立 地元 名門 進学 強豪 中高 附属 付属 "
                             "近く 近所 夜間 通信 定時制 全日制 工業 商業 農業 水産 総合 普通 単位制 中堅 難関 有名 一流 二流 三流".split())


#: A school's full name whose kind word SudachiPy cut across (有終|西小|学校; stop 37, n-dev-1306): one to six kanji and
#: 小学校/中学校/高等学校 …, not a kind of school (市立小学校, 各中学校) or a word before it (地元|小学校).
#: (stop 43, read anonymize dev wave 15: 、みなみ野小学校区 — a hiragana lead after a delimiter is the name's too)
_FULL_SCHOOL = re.compile(r"(?<![一-龥々])(?P<name>(?:(?:(?<=[、。「『（(\s・：:])|^)[ぁ-ゖ]{2,5})?[一-龥々]{1,6}?)"
                          r"(?P<kind>小学校|中学校|高等学校|義務教育学校|特別支援学校)", re.M)
_NOT_FULL_HEAD = frozenset("各 全 同 本 当 某 他 両 新 旧 元 前 現 母 小 中 高 市内 町内 村内 区内 県内 近隣 周辺 統合 新設 既存 "
                           "出身 卒業 同じ 地域 近く 近所".split())


#: A town's school written short with what SudachiPy leaves outside the suffix rule (stop 38, wave 10 read): a number
#: (村上|一|中, 青梅|七|中), a direction glued to the kind (小千谷|西高), or the kinds of vocational and girls' high
#: schools (新発田|商業, 桐生|商, 加茂|農林, 沼田|女子高). The town is a place SudachiDict knows.
_TOWN_SCHOOL = re.compile(r"(?P<mid>東|西|南|北|中央|第?[一二三四五六七八九十])?"
                          r"(?P<kind>女子高|商業|工業|農林|高専|商|工|農|高|中|小)")
#: After such a school: only what a school has (its pupils, PTA, clubs, years, 卒, 通う) — 商業 and 中 are common words.
_AFTER_SCHOOL = re.compile(
    r"(?:の)?(?:PTA|ＰＴＡ|生徒|学生|卒|出身|時代|頃|子[らたど]|校長|教頭|先生|同級|同窓|先輩|後輩|[ 　]?[1-3１-３一二三]年|"
    r"総合学習|吹奏楽|合唱|運動会|文化祭|体育祭|[一-龥]{1,4}科(?![目学])|(?![東西南北中上下内外全一本幹心])[一-龥ァ-ヶー]{2,6}部(?![品分門屋長材位署局])|OB|OG|"
    r"に(?:通|進学|入学|在学|合格)|を(?:卒業|経|受験)|卒業)")
#: Words before 中 that make "throughout" (東京中の店, 日本中の生徒), not a school.
_THROUGHOUT = frozenset(PREFECTURES) | frozenset(PREFECTURE_STEMS) | frozenset("日本 世界 全国 国内 県内 市内 町内 村内".split())


def _town_schools(text: str, toks: Sequence[Token], found: set[int]) -> Iterator[Span]:
    """村上一中のPTA, 小千谷西高の機械科, 新発田商業の頃, 沼田女子高書道部: a place word, then a school kind."""
    for name in toks:
        if name.pos[1] != "固有名詞" or name.pos[2] not in ("地名", "人名") or len(name.surface) < 2:
            continue
        m = _TOWN_SCHOOL.match(text, name.end)
        if m is None or m.end() in found or name.surface in _THROUGHOUT:
            continue
        mid, kind = m.group("mid") or "", m.group("kind")
        if name.pos[2] == "人名" and not mid and len(kind) == 1:
            continue  # 佐藤商, 森中: a surname and one character is a person or a shop far more often (高田|女子高 is a school)
        if kind in ("高", "小") and not mid:
            continue  # 可児|高: the suffix rule below reads it
        if kind == "中" and name.surface[-1] in "市町村区県都府道":
            continue  # 呉市|中心部: a town's school is 呉中, not 呉市中
        strong = bool(_AFTER_SCHOOL.match(text, m.end()))
        if not any(t.start == m.end() for t in toks) and (kind == "中" or not strong):
            continue  # 中|心部, 中|東部: the kind starts another word (名張|西|高美|術部 is SudachiPy's cut across a club)
        numbered = bool(mid) and mid not in "東西南北中央"
        if not strong and not (numbered and _AFTER_ANY.match(text, m.end())):
            continue
        found.add(m.end())
        yield _school(name.start, m.end(), kind, text[name.start : m.start("kind")], f"学校の略称（〜{mid}{kind}）")


def _school(a: int, b: int, kind: str, core: str, reason: str) -> Span:
    # kind_suffix and core: anonymize keeps the short kind word after the letter (北陵高 → A高, operators.pseudonym)
    return Span("ORGANIZATION", a, b, "", 0.7, SOURCE, reason, data={"tier": 1, "kind_suffix": kind, "core": core})


def school_abbreviations(text: str, toks: Sequence[Token]) -> Iterator[Span]:
    """ORGANIZATION spans of schools written as a name and 高・小・中 (score 0.7, after the rules' bare places
    and surnames at 0.5–0.55)."""
    found = set()
    if "高" in text or "中" in text or "小" in text or "大" in text:
        for m in _SHORT_SCHOOL.finditer(text):
            name = m.group("name")
            if name in _NOT_SCHOOL_NAME or name[-2:] in _NOT_SCHOOL_NAME:
                continue
            if m.group("kind") == "中" and name in _THROUGHOUT:
                continue  # 東京中の生徒: "throughout Tokyo" (stop 38)
            k = m.start("kind")
            if any(t.start < k < t.end or t.start < m.start() < t.end for t in toks):
                continue  # 世界|最高に通用, 中|東大: the kind word or the name is part of another word
            found.add(m.end())
            yield _school(m.start(), m.end(), m.group("kind"), name, "学校の略称（〜高・〜中）")
    if "学校" in text:
        for m in _FULL_SCHOOL.finditer(text):
            name, k = m.group("name"), m.start("kind")
            if name in _NOT_FULL_HEAD or name in _NOT_SCHOOL_NAME or name[-2:] in _NOT_SCHOOL_NAME or name[-1] in "内立":
                continue
            if not any(t.start < k < t.end for t in toks) and not text.startswith("区", m.end()):
                continue  # the kind word is a word of its own: the suffix rules read the school (but not in 小学|校区, a
                # school's district: 旭森小学校区, 大貫小学校区; stop 43, read names dev wave 15)
            yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, f"学校名（〜{m.group('kind')}）",
                       data={"tier": 1})
    if "中" in text or "高" in text or "商" in text or "工" in text or "農" in text or "小" in text:
        yield from _town_schools(text, toks, found)
    for i, t in enumerate(toks):
        if t.surface not in ("高", "小", "中") or t.pos[0] != "接尾辞" or i == 0:
            continue
        j = i - 1
        if toks[j].surface in _DIRECTIONS and toks[j].end == t.start and j > 0:
            j -= 1
        name = toks[j]
        if name.pos[1] != "固有名詞" or name.pos[2] not in ("地名", "人名") or toks[i - 1].end != t.start:
            continue
        if any(toks[k].end != toks[k + 1].start for k in range(j, i)):
            continue
        after = "".join(x.surface for x in toks[i + 1 : i + 4]) if i + 1 < len(toks) else ""
        if t.surface == "中":
            if not _AFTER_MIDDLE.match(after) or name.surface in _THROUGHOUT:
                continue  # (東京中の生徒: "throughout Tokyo")
        elif not _AFTER_ANY.match(after) or (i + 1 < len(toks) and toks[i + 1].pos[1] == "数詞"):
            continue
        if t.end in found:
            continue
        start = name.start
        if j > 0 and toks[j - 1].surface in _FOUNDERS and toks[j - 1].end == name.start:
            start = toks[j - 1].start  # 県立|可児|高
        yield _school(start, t.end, t.surface, text[name.start:t.start], f"学校の略称（〜{t.surface}）")
