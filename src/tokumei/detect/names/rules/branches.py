"""A branch is named after its town: the town is a place, the branch word stays (issue #12; a post step of the
names tier since stop 25, so that detect, scan and anonymize agree and 藤岡支店 is no organisation of its own).

「館林信用金庫 本町支店」「武州中央信用金庫 連雀町支店」「渋谷営業所」: the detector reports the branch as an
organisation, and the pseudonym operator wrote 「C支店」 — a company's letter on what is a town's name
(the branch's name says where it stands as well as an address would). Here the name in front of the
branch word becomes a LOCATION of no known prefecture, so ``generalize_location`` writes 「（地名）支店」
(「（市町村名）営業所」 for a municipality); a parent organisation glued in front of it
(館林信用金庫本町支店) stays an organisation of its own.

Left as they are: a branch named after no place (本店, 中央支店, 駅前支店, 第一営業所: :data:`NOT_A_PLACE`)
and a branch named after a prefecture (東京支店, 大阪支社: the grain ``publication`` keeps).

例::

    >>> from tokumei.span import Span
    >>> t = "振込先：館林信用金庫 本町支店 普通 0184426"
    >>> sp = [Span("ORGANIZATION", 11, 15, "本町支店", .6, "jp.names.rules.v1", "支店・事業所「支店」", data={"kind": "branch"})]
    >>> [(s.label, s.text) for s in branch_places(t, sp)]
    [('LOCATION', '本町')]
"""
from __future__ import annotations

import re

from tokumei.span import Span

__all__ = ["BRANCH_WORDS", "NOT_A_PLACE", "branch_places"]

SOURCE = "jp.names.branches.v1"

#: Words for a branch or a site of a business that follows the name of its town.
BRANCH_WORDS = ("支店", "支社", "営業所", "出張所", "支所", "事業所", "本社", "本店", "工場")
_BRANCH_END = re.compile("(?:" + "|".join(BRANCH_WORDS) + ")$")
#: Parent organisations written glued to the branch (館林信用金庫|本町支店).
_PARENT = re.compile(r"^(?P<p>.+?(?:信用金庫|信用組合|労働金庫|銀行|信金|信組|農協|漁協|生協|株式会社|(?<!株式)会社))"
                     r"[ \u3000]?(?=.)")
#: Branch names that name no place.
NOT_A_PLACE = frozenset("本 本店 本社 中央 駅前 駅南 駅北 駅東 駅西 東口 西口 南口 北口 第一 第二 第三 第1 第2 第3 "
                        "東 西 南 北 新 本部 営業部 市役所 県庁 空港 地元 各 同 当 新規 本町通".split())
_PREF_ABBR = re.compile(r"^(?:北海道|東京|大阪|京都|.{2,3}?[都府県])$")


def _is_place(word: str, data: dict) -> bool:
    """True when ``word`` reads as a place: the rules tier's branch (a place or family-name token
    before the branch word), SudachiDict's 地名, a town word at its end, or a municipality."""
    from tokumei.detect.geo import gazetteer
    from tokumei.detect.names.tokens import dictionary_entries

    if data.get("kind") == "branch":
        return True
    if any(p[:3] == ("名詞", "固有名詞", "地名") for p in dictionary_entries(word)):
        return True
    if re.fullmatch(r"[一-龥々ヶ]{1,5}[町村]", word) or re.fullmatch(r"[一-龥々ヶ]{1,4}[市区]", word):
        return bool(gazetteer().candidates(word)) or word[-1] in "町村"
    return False


def _prefecture(word: str) -> bool:
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    return bool(_PREF_ABBR.match(word)) and any(gaz.is_prefecture(word + x) or gaz.is_prefecture(word) for x in ("都", "府", "県", ""))


def branch_places(text: str, spans: list[Span], *, keep_prefecture: bool = False) -> list[Span]:
    """``spans`` with every branch organisation named after a town split into its parent (if glued
    in front) and the town as a LOCATION (see the module docstring); the branch word stays as written."""
    out: list[Span] = []
    for s in spans:
        m = _BRANCH_END.search(s.text) if s.label == "ORGANIZATION" else None
        d = s.data or {}
        if m is None or d.get("kind_prefix") or d.get("core") or text[s.start : s.end] != s.text:
            out.append(s)
            continue
        a, b = s.start, s.start + m.start()
        parent = _PARENT.match(s.text, 0, m.start())
        if parent:
            a = s.start + parent.end()
        word = text[a:b].strip()
        if not word or len(word) > 8 or word in NOT_A_PLACE or not re.fullmatch(r"[一-龥々ヶぁ-んァ-ヺー]+", word) \
                or not _is_place(word, d if not parent else {}):
            out.append(s)
            continue
        if parent:
            p = parent.group("p")
            out.append(s.with_(end=s.start + len(p), text=p, data={k: v for k, v in d.items() if k != "kind"},
                               reason=s.reason + "・支店の前の組織名"))
        if _prefecture(word):
            if keep_prefecture and not parent:
                out.append(s)  # (detection: 大阪支社 is still the business's branch; anonymize keeps the words)
            continue  # 東京支店, 大阪支社: the prefecture's grain stays
        out.append(Span("LOCATION", a, b, word, max(s.score, 0.6), SOURCE, "支店・事業所の名前の地名（地名として置換）",
                        data={"kind": "place", "pref_unknown": True, "branch": m.group()}))
    return out


#: A public employment office is named after its town, written after it (ハローワーク柳井: the town was read as a person and
#: written 「ハローワークB氏」; stop 42, read anonymize dev).
_OFFICE_TOWN = re.compile(r"ハローワーク[ \u3000]?([一-龥々ヶ]{2,4})(?![一-龥々ヶ])")


def _town(word: str) -> bool:
    """A place SudachiDict knows, or a municipality without its 市/町/村 (伊達, 菊池)."""
    from tokumei.detect.geo import gazetteer

    return _is_place(word, {}) or any(gazetteer().candidates(word + x) for x in ("市", "町", "村"))


def office_towns(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the town after ハローワーク a LOCATION (a PERSON span on it gives way)."""
    for m in _OFFICE_TOWN.finditer(text) if "ハローワーク" in text else ():
        a, b = m.span(1)
        if m.group(1) in NOT_A_PLACE or any(x.start < b and a < x.end and x.label != "PERSON" for x in spans) \
                or not _town(m.group(1)):
            continue  # (ハローワーク経由, ハローワーク提出用: no town)
        spans = [x for x in spans if not (x.start < b and a < x.end)] + [
            Span("LOCATION", a, b, m.group(1), 0.6, SOURCE, "ハローワーク＋地名（公共職業安定所の名前の地名）",
                 data={"kind": "place", "pref_unknown": True, "branch": "ハローワーク"})]
    return spans


def add_branch_places(view, spans: list[Span]) -> list[Span]:
    """Post step: :func:`branch_places` on the resolved spans (only when one ends in a branch word), and
    :func:`office_towns`."""
    spans = office_towns(view.original, spans)
    if not any(s.label == "ORGANIZATION" and s.text.endswith(BRANCH_WORDS) for s in spans):
        return sorted(spans, key=lambda s: (s.start, s.end))
    return sorted(branch_places(view.original, spans, keep_prefecture=True), key=lambda s: (s.start, s.end))
