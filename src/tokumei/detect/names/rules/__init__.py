"""Tier 1: PERSON and ORGANIZATION from rules on SudachiPy tokens (``jp.names.rules.v1``).

Rules (word lists in :mod:`.lexicon`):

* PERSON — runs of 名詞-固有名詞-人名 tokens (姓/名/一般, katakana names joined by ・ or ＝);
  any name-like token(s) directly before an honorific (さん 様 氏 君 殿 …); a proper noun before a
  title (社長 部長 …). The span is the bare name; the honorific/title is ``data["title"]``.
* ORGANIZATION — a legal form (株式会社 ㈱ (株) 医療法人 NPO法人 …) with the name next to it;
  a proper-noun-like name before a business suffix (〜商店 〜事務所 〜クリニック 〜大学 …), or a
  hiragana name before it (さとう社労士事務所, やまだ陶苑; not 当事務所/ひとり事務所); units written on
  join the body (九州大学大学院法学研究院); 〜屋/〜堂 after a proper noun (山田屋, not 部屋);
  a place + 支店/支社/営業所/工場/店 (島田支店, ``data["kind"] = "branch"``; never a person);
  organisation contexts (〜へ移籍, 〜に入社, 〜と契約, 〜所属, 〜を設立, 「X」という会社, 所属事務所は X,
  〜旅団長, 〜県議会議員); public bodies and well-known names written bare (国会, 警視庁, 楽天, NHK;
  巨人/広島 only in a sports context); a municipality acting (大阪市が).
* PERSON extras — a katakana word SudachiPy stores as a common noun after a kinship word
  (の子 X) or before a person-only title (X王, X選手); a surname + short given name between listed
  people. Not people: a katakana name word modifying a noun (ダイムラー偵察車), a piece of a longer
  katakana word, a name before 語/人/派, a lone upper-case word (JUDY).
* Family and repeated surnames — 山田家の長男 (a surname + 家 + a family word) is PERSON 山田 with
  ``data["title"] = "家"`` (anonymize: A家の長男); without such context 〜家 stays a house/clan
  organisation (島津家が). A one-kanji surname already found as a person (林さん) is found again in a
  person's slot (担当の林です, 林宛, 林と申します, 林が言った), never inside 林業.
* Shops — a name + trade word (岡田酒店, 鈴木生花店, 田中|米|店, 中村屋); not 本屋/酒屋さん/近所の酒店.
* Places — dictionary place names (渋谷, 白馬, 吉野|川) are LOCATION (:mod:`.places`), never people.
* Tables — cells under name headers (姓 名 セイ メイ 氏名 フリガナ …) are people, one per row
  (:mod:`.tables`).

例::

    >>> from tokumei.detect.textview import TextView
    >>> [(s.label, s.text, (s.data or {}).get("title")) for s in find_names(TextView("田中先生と山田社長"))]
    [('PERSON', '田中', '先生'), ('PERSON', '山田', '社長')]
"""
from __future__ import annotations

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.orgs import framed_orgs, orgs
from tokumei.detect.names.rules.people import context_people, people, repeat_people
from tokumei.detect.names.rules.places import places
from tokumei.detect.names.tables import find_table_people
from tokumei.detect.names.tokens import tokenize
from tokumei.detect.textview import TextView
from tokumei.span import Span

__all__ = ["SOURCE", "find_names"]


def find_names(view: TextView) -> list[Span]:
    """Tier-1 PERSON/ORGANIZATION spans of ``view.original`` (offsets into the original).

    例: ``find_names(TextView("株式会社ミライ商事の鈴木部長"))`` → ORGANIZATION「株式会社ミライ商事」, PERSON「鈴木」
    """
    text = view.original
    toks = tokenize(text)
    out = list(people(toks))
    out.extend(context_people(toks, out))
    out.extend(repeat_people(toks, out))
    for sp in orgs(view, toks):
        out.append(sp.with_(text=text[sp.start : sp.end]))
    for sp in framed_orgs(toks):
        out.append(sp.with_(text=text[sp.start : sp.end]))
    out.extend(places(toks))
    cells = find_table_people(text)
    if cells:
        # a name column's header outweighs SudachiPy's guess for a lone cell (スズキ the company)
        out = [sp for sp in out if not any(c.start < sp.end and sp.start < c.end for c in cells)] + cells
    return out
