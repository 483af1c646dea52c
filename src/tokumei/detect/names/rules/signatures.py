"""Who wrote a letter or sent a question, as advice columns sign it, and groups with Latin names (tier 1).

* **initials after a place** (（富士宮市・S.M.）, （静岡県・K.T.さん）): the asker of a consultation column, signed
  by town and initials — a person, however short (a-dev-264: read as an organisation 「富士宮市・S」);
* **who wrote a newsletter's item**, signed in brackets at a line's end (（文責：根本）, （広報部　五味）, （文責　広報部
  四方）): a surname after a signing word or an editing section (stop 38, wave 10 read: n-dev-1394, 1419, 1434);
* **a Latin group name in quotes** (「Bay Area Taiko Collective」): Latin words that end in a group's word
  (Collective, Band, Club, Company …) name a body, not the person the Latin-name rule read inside (a-dev-275).

例::

    >>> [(s.label, s.text) for s in signed_initials("（富士宮市・S.M.）")]
    [('PERSON', 'S.M.')]
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

_INITIALS = re.compile(r"[（(][\u4e00-\u9fff々ヶぁ-ゖァ-ヴー]{2,8}[・･/／ 　]"
                       r"((?:[A-ZＡ-Ｚ][.．・]?){1,2}[A-ZＡ-Ｚ][.．]?)(?:さん|様|氏)?(?:[・･ 　]?\d{1,2}(?:代|歳))?[）)]")
#: Words that end a group's Latin name.
_GROUP_WORDS = ("Collective", "Band", "Club", "Company", "Co.", "Inc.", "Ltd.", "LLC", "Group", "Ensemble", "Orchestra",
                "Society", "Association", "Studio", "Studios", "Works", "Lab", "Labs", "Farm", "Farms", "Brewery",
                "Bakery", "Cafe", "Café", "Team", "Project", "Crew", "Family", "Taiko", "Choir", "Academy", "School")
_LATIN_GROUP = re.compile(r"「((?:[A-Z][A-Za-z'&.-]*[ ]){1,5}(?:" + "|".join(map(re.escape, _GROUP_WORDS)) + r"))」")


#: A signing word or an editing section, then a surname or a kana name, closing a line: （文責：根本）, （広報部　五味）.
_SIGNED_NOTE = re.compile(
    r"[（(](?:(?:文責|記録|記|文|取材|編集|作成|報告)(?:[ 　]*[：:／/][ 　]*|[ 　]+))?"
    r"(?:(?:広報|編集|総務|文化|厚生|会計|記録)(?:部|委員|係|担当)?[ 　：:]*)?"
    r"(?P<name>[\u4e00-\u9fff々]{1,3}|[ぁ-ゖ]{2,4})[）)][ 　]*$", re.M)
#: Words after a signing word that name a group or a role, not a person (（文責：事務局）, （記録：広報部）).
_NOT_SIGNER = re.compile(r"(?:部|局|課|係|会|団|室|班|委員|一同|全員|担当|役員|同)$")


def signed_notes(text: str) -> Iterator[Span]:
    """PERSON spans for the writer of a newsletter's item who signs it in brackets (see the module docstring).

    例: ``signed_notes("（文責：根本）")`` → PERSON「根本」; 「（記録：事務局）」 → nothing."""
    if "）" not in text and ")" not in text:
        return
    for m in _SIGNED_NOTE.finditer(text):
        head = m.group()[1 : m.start("name") - m.start()]
        if not head.strip(" 　：:／/"):
            continue  # （富沢）: a bare word in brackets is a place or a name, not a signature
        if _NOT_SIGNER.search(m.group("name")):
            continue
        yield Span("PERSON", m.start("name"), m.end("name"), m.group("name"), 0.7, SOURCE, "文責・広報の署名（括弧の中）",
                   data={"tier": 1})


def signed_initials(text: str) -> Iterator[Span]:
    """PERSON spans for the initials of a column's asker after a place (see the module docstring)."""
    if "・" not in text and "･" not in text and "/" not in text and "／" not in text:
        return
    for m in _INITIALS.finditer(text):
        yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.75, SOURCE, "地名のあとの頭文字（投稿者の署名）",
                   data={"tier": 1, "initials": True})


def latin_groups(text: str, spans: list[Span]) -> list[Span]:
    """A quoted Latin group name replaces the spans inside it (see the module docstring)."""
    if "「" not in text:
        return spans
    found = [Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "ラテン文字の団体名（〜Collective・Band …）",
                  data={"tier": 1}) for m in _LATIN_GROUP.finditer(text)]
    if not found:
        return spans
    keep = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return keep + [f for f in found if not any(k.start < f.end and f.start < k.end for k in keep)]
