"""Bare surnames that a sentence makes people without any honorific (issue #11, fresh phrasing):

* **a group counted after a list** — 「左から松尾、宮地、古賀の3人」「写真は大塚・本田・森ら」: every item the
  dictionary reads as a surname is a person, even one that is also a town (古賀) or that no other rule takes
  (宮地, a surname SudachiPy also reads as a common word);
* **a self-introduction** — 「担当は私、堀です」「わたくし、西尾と申します」: the name after 私 is the writer's.

Score 0.6: above a bare surname guess (0.55) and a bare town name (0.5), below a name with an honorific.

例::

    >>> [s.text for s in surname_lists("左から松尾、宮地、古賀の3人。")]
    ['松尾', '宮地', '古賀']
    >>> [s.text for s in surname_lists("担当は私、堀です。")]
    ['堀']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import person_readings
from tokumei.span import Span

_ITEM = r"[\u4e00-\u9fff々ヶ]{1,4}"
#: Two or more kanji items joined by 、 or ・, then the count or plural that makes them a group of people.
_GROUP = re.compile(rf"(?<![\u4e00-\u9fff々ヶ])({_ITEM}(?:[、・]{_ITEM}){{1,7}})"
                    r"(?=の?[0-9０-９一二三四五六七八九十]+(?:人|名)|ら(?![ぁ-ゖ])|の各氏|各氏|の皆さん|さんたち)")
#: 私、堀です / わたくし、西尾と申します: the writer's own surname (and given name after a space).
_SELF = re.compile(rf"(?:私|わたし|わたくし|僕|ぼく)[、,][ 　]?({_ITEM}(?:[ 　]{_ITEM})?)(?=です|でした|と申します|が担当)")
_SPLIT = re.compile("[、・]")
#: 実習生2名（エイ・エイ・ミン、ティダ・ウィン）: a count of people, then their names in brackets.
_COUNTED_NAMES = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*(?:名|人)[（(]([^（）()\n]{2,60})[）)]")
_BRACKET_ITEM = re.compile(r"[ァ-ヺー]{2,}(?:[・＝ 　][ァ-ヺー]{1,})*|[\u4e00-\u9fff々]{2,4}(?:[ 　][\u4e00-\u9fff々]{1,3})?")


def surname_lists(text: str) -> Iterator[Span]:
    """PERSON spans for the surnames of a counted group and of a self-introduction (see the module)."""
    if "、" in text or "・" in text:
        for m in _GROUP.finditer(text):
            items, pos = _SPLIT.split(m.group(1)), m.start(1)
            named = [(w, pos + off) for w, off in _offsets(items) if "姓" in person_readings(w)]
            if len(named) == len(items) and not (pos and text[pos - 1].isdigit()):
                # every item a surname: a group of people (not 客室22室、従業員41名: a count and a headcount)
                for w, a in named:
                    yield Span("PERSON", a, a + len(w), w, 0.6, SOURCE, "人数で数えられた名前の並び", data={"tier": 1, "parts": [(w, "姓")]})
    for m in _COUNTED_NAMES.finditer(text) if ("名（" in text or "人（" in text or "名(" in text or "人(" in text) else ():
        pos = m.start(1)
        items = re.split("[、，,]", m.group(1))
        spans = []
        for w, off in _offsets(items):
            core = w.strip(" 　")
            lead = len(w) - len(w.lstrip(" 　"))
            if not _BRACKET_ITEM.fullmatch(core) or not _name_item(core):
                spans = []
                break  # 2名（正社員、パート）: not all names
            spans.append(Span("PERSON", pos + off + lead, pos + off + lead + len(core), core, 0.7, SOURCE,
                              "人数の後の括弧の名前", data={"tier": 1, "parts": []}))
        yield from spans
    for m in _SELF.finditer(text):
        w = m.group(1)
        yield Span("PERSON", m.start(1), m.end(1), w, 0.7, SOURCE, "自己紹介（私、〜です）", data={"tier": 1, "parts": []})


def _name_item(item: str) -> bool:
    """A bracketed item that can be a person: a kanji word starting with a surname (田中, 鈴木 一郎), or katakana
    that is no role or common word (ティダ・ウィン, not パート)."""
    from tokumei.detect.names.rules.base import _KATA_COMMON
    from tokumei.detect.names.rules.person_words import _KATA_HON_STOP

    head = item.split()[0]
    if head[0] >= "\u4e00":
        return any("姓" in person_readings(head[:k]) for k in (1, 2, 3) if k <= len(head)) and item not in _NOT_ITEMS
    parts = re.split("[・＝ 　]", item)
    return not any(p in _KATA_COMMON or p in _KATA_HON_STOP for p in parts)


#: Kanji words that start with a surname's character but name a kind of worker (正社員: 正 is also a surname).
_NOT_ITEMS = frozenset("正社員 社員 職員 常勤 非常勤 契約社員 派遣社員 男性 女性 大人 子ども 子供 学生 生徒 児童".split())


def _offsets(items: list[str]) -> Iterator[tuple[str, int]]:
    off = 0
    for w in items:
        yield w, off
        off += len(w) + 1
