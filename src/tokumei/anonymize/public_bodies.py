"""Foreign militaries, governments and international bodies stay as written (issue #12).

「佐世保の米軍基地の近くの店で」: the detector rightly finds 米軍 as an organisation (the names benches
count it), but it is a public body, not a business or a person to protect, and 「B社基地」 makes the
sentence false. As the allow-list keeps Japan's own public bodies (国連, *省, *税務署), the anonymizer
keeps these: :data:`PUBLIC_BODIES` (written as they are, NFKC, spaces ignored). Where such a body
stands (the base's town) is still a place, replaced by the place steps.

例::

    >>> from tokumei.span import Span
    >>> [s.text for s in keep_public_bodies([Span("ORGANIZATION", 0, 2, "米軍", .6, "t", ""),
    ...                                      Span("ORGANIZATION", 3, 7, "丸岡酒店", .7, "t", "")])]
    ['丸岡酒店']
"""
from __future__ import annotations

import unicodedata

from tokumei.span import Span

__all__ = ["PUBLIC_BODIES", "keep_public_bodies"]

#: Foreign militaries and governments, and international bodies.
PUBLIC_BODIES = frozenset(
    "米軍 在日米軍 駐留米軍 在韓米軍 米海軍 米空軍 米陸軍 米海兵隊 国連軍 多国籍軍 NATO軍 "
    "米政府 米国政府 米議会 米国議会 連邦議会 中国政府 韓国政府 英国政府 英政府 台湾当局 ホワイトハウス 国務省 米国務省 国防総省 "
    "国連 国際連合 国連安保理 安全保障理事会 欧州連合 EU 欧州委員会 北大西洋条約機構 NATO 世界保健機関 WHO "
    "国際通貨基金 IMF 世界銀行 経済協力開発機構 OECD 国際労働機関 ILO 世界貿易機関 WTO ユネスコ UNESCO ユニセフ UNICEF "
    "東南アジア諸国連合 ASEAN 国際オリンピック委員会 IOC".split())


def keep_public_bodies(spans: list[Span]) -> list[Span]:
    """``spans`` without the organisations that are foreign or international public bodies."""
    return [s for s in spans if not (s.label == "ORGANIZATION"
                                     and unicodedata.normalize("NFKC", s.text).replace(" ", "") in PUBLIC_BODIES)]
