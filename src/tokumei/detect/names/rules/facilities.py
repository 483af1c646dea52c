"""Community facilities are places, not organisations: 「場所：大町コミュニティセンター」「田辺市民総合センター」.

Minutes, newsletters and job ads give where something happens; a town's community centre, public hall
or gym named after the town is a place there (the hand-written sets mark it LOCATION ``facility``,
GSD counts such buildings as FAC). The rules read its suffix (センター, 会館) as an organisation's.
An ORGANIZATION span ending in one of these facility words, without a legal form, becomes a LOCATION
of kind ``landmark`` whose ``body`` is the facility word (anonymize then writes 「地元のふれあいセンター」,
as anonymize/landmarks did for the organisation).

例::

    >>> [s.label for s in facilities_are_places([Span("ORGANIZATION", 0, 12, "大町コミュニティセンター", .75, "x", "y")])]
    ['LOCATION']
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import LEGAL_MARK
from tokumei.span import Span

_FACILITY_END = re.compile(r"(?:コミュニティセンター|ふれあいセンター|交流センター|市民センター|町民センター|村民センター|区民センター|"
                           r"文化センター|総合センター|地区センター|公民館|市民会館|町民会館|村民会館|文化会館|市民ホール|町民ホール|"
                           r"文化ホール|体育館|総合体育館|図書館|集会所|集会場|コミセン|"
                           # stop 26 (a-dev-97…289): a town's welfare, health and activity centres, its fish centres
                           # and visitor centres, 道の駅 — places where things happen, marked facility by the annotators
                           r"福祉センター|保健センター|活動センター|まちづくりセンター|ジオパークセンター|ビジターセンター|"
                           r"観光センター|物産センター|さかなセンター|魚センター|交流館|"
                           # stop 36 (names and anonymize dev less waves 9–10: gold facility 6:1 for プラザ, 11:0 for ホール,
                           # 10:1 for 広場, all for the centres): 佐鳴台協働センター, 久留米シティプラザ, きさいや広場
                           r"協働センター|生涯学習センター|学習センター|観察センター|プラザ|ホール|広場)$|^道の駅")
_LEGAL = re.compile(LEGAL_MARK.pattern + "|組合|協会")  # (and a co-operative or an association: no facility)


def facilities_are_places(spans: list[Span]) -> list[Span]:
    """``spans`` with organisation spans that name a community facility made LOCATION (kind landmark)."""
    out = []
    for s in spans:
        m = _FACILITY_END.search(s.text) if s.label == "ORGANIZATION" else None
        if m and not _LEGAL.search(s.text) and (m.start() > 0 or m.group() == "道の駅") and len(s.text) > len(m.group()):
            s = s.with_(label="LOCATION", entity_id=None, reason="公共の施設名（〜センター・〜会館）",
                        data={**(s.data or {}), "kind": "landmark", "body": m.group()})  # 地元のふれあいセンター
        out.append(s)
    return out
