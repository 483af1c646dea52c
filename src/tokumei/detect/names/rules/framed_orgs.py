"""Organisations named by their frame (tier 1, split from :mod:`.orgs`; the code is unchanged): 「X」という会社,
X という団体, 所属事務所は X.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [s.reason for s in framed_orgs(tokenize("「ひまわり」という会社に勤める"))]
    ['「〜という会社」']
"""
from __future__ import annotations

from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE, _HIRA, _KATA, _cover, _namey, _nounish, _org_run, _text_after
from tokumei.detect.names.rules.legal_forms import _CLOSE, _OPEN
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: 「X」という会社 / Xという団体: X names an organisation.
_KIND_WORDS = frozenset("会社 企業 団体 組織 法人 グループ バンド ユニット チーム 球団 クラブ 劇団 事務所 店 お店 "
                        "レーベル 出版社 新聞社 学校 病院 協会 組合".split())


#: 所属事務所は X / 所属チーム：X — X is an organisation.
_AFFILIATION = ("所属事務所", "所属チーム", "所属球団", "所属クラブ", "所属団体", "所属レーベル", "所属先")


def _quoted_or_run(toks: list[Token], j: int) -> int:
    """Start of the name that ends just before token ``j`` (「X」 or a noun run), or ``j`` if none."""
    if j >= 2 and toks[j - 1].surface in _CLOSE:
        k = j - 2
        while k >= 0 and toks[k].surface not in _OPEN and j - k < 12:
            k -= 1
        return k + 1 if k >= 0 and toks[k].surface in _OPEN and k + 1 < j - 1 else j
    k = _org_run(toks, j - 1, -1, 4) + 1
    while k > 0 and toks[k - 1].pos[0] == "形状詞" and _KATA.fullmatch(toks[k - 1].surface):
        k -= 1  # クラシカル|ホメオパシー京都
    return k


def framed_orgs(toks: list[Token]) -> Iterator[Span]:
    """Organisations named by their frame: 「X」という会社, X という団体, 所属事務所は X."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.surface == "いう" and i >= 2 and toks[i - 1].surface == "と" and i + 1 < n and toks[i + 1].surface in _KIND_WORDS:
            quoted = toks[i - 2].surface in _CLOSE
            k = _quoted_or_run(toks, i - 1)
            end = i - 2 if quoted else i - 1
            if k < end and (quoted or any(_namey(x) or _HIRA.fullmatch(x.surface) or x.pos[1] != "普通名詞"
                                          for x in toks[k:end])):
                yield Span("ORGANIZATION", toks[k].start, toks[end - 1].end, "", 0.55, SOURCE,
                           f"「〜という{toks[i + 1].surface}」", data={"tier": 1})
        elif t.surface.startswith("所属") and (aff := next((x for x in _AFFILIATION if _text_after(toks, i, 3).startswith(x)), None)):
            j = _cover(toks, i, len(aff))
            if j is None:
                continue
            if j < n and toks[j].surface in ("は", "：", ":", "、") and j + 1 < n:
                k = j + 1
                e = k
                while e < n and e - k < 4 and (_nounish(toks[e]) or toks[e].pos[0] == "形状詞") and not toks[e].surface.isspace():
                    e += 1
                if e > k and (e >= n or toks[e].pos[0] in ("補助記号", "助動詞", "助詞")):
                    yield Span("ORGANIZATION", toks[k].start, toks[e - 1].end, "", 0.55, SOURCE, "所属先",
                               data={"tier": 1})
