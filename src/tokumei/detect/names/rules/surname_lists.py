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
    for m in _SELF.finditer(text):
        w = m.group(1)
        yield Span("PERSON", m.start(1), m.end(1), w, 0.7, SOURCE, "自己紹介（私、〜です）", data={"tier": 1, "parts": []})


def _offsets(items: list[str]) -> Iterator[tuple[str, int]]:
    off = 0
    for w in items:
        yield w, off
        off += len(w) + 1
