"""Later mentions of a one-kanji surname already found as a person, in a person's slot (担当の林です, 林宛, 林と申します;
tier 1, split from :mod:`.people`, which had grown past 560 lines; the code is unchanged).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> from tokumei.span import Span
    >>> t = tokenize("林さんに聞いた。担当の林です。")
    >>> [s.text for s in repeat_people(t, [Span("PERSON", 0, 1, "林", 0.9, "x", "")])]
    ['林']
"""
from __future__ import annotations

from typing import Iterator

from tokumei.detect.names.rules.base import _KANJI, _text_after
from tokumei.detect.names.rules.people import _person
from tokumei.detect.names.tokens import Token
from tokumei.span import Span


#: 担当の林です, 窓口：林 — a role word, then (の/は/：) the person's name.
_ROLE_BEFORE = frozenset("担当 担当者 窓口 受付 係 責任者 作成者 記入者 報告者 文責 差出人 連絡先 問い合わせ先 "
                         "問合せ先 営業 代表 署名".split())


_ROLE_LINK = frozenset("の は ： : 　".split()) | {" "}


#: After が/は these verbs usually have a thing as subject (林が広がる), not a person.
_THING_VERBS = frozenset("ある あり あっ 広がる 広がり 広がっ 茂る 茂り 茂っ 続く 続き 続い 生える 生え "
                         "できる でき なる なり なっ 残る 残り 残っ 多い 少ない 枯れ 燃え".split())


def _person_slot(toks: list[Token], i: int) -> str | None:
    """Why token ``i`` stands where a person's name does (担当の林です, 林宛, 林と申します, 林が言った)."""
    n = len(toks)
    prev = toks[i - 1].surface if i > 0 else ""
    if prev in _ROLE_BEFORE and toks[i - 1].end == toks[i].start:
        return f"役割の語「{prev}」の後"  # 担当林
    if prev in _ROLE_LINK and i > 1 and toks[i - 2].surface in _ROLE_BEFORE:
        return f"「{toks[i - 2].surface}{prev}」の後"
    nxt = toks[i + 1].surface if i + 1 < n else ""
    after = _text_after(toks, i + 1, 3)
    if nxt in ("宛", "宛て", "あて") or after.startswith(("と申し", "でございます")):
        return f"「{nxt}」の前"
    if nxt == "より" and (i + 2 >= n or toks[i + 2].pos[0] in ("補助記号", "空白")):
        return "署名（〜より）"
    if nxt == "です" and (i == 0 or prev in ("、", "。", "私", "わたくし", "\n") or toks[i - 1].pos[0] in ("補助記号", "空白")):
        return "「〜です」（名乗り）"
    if nxt in ("から", "より") and i + 2 < n and toks[i + 2].surface in ("「", "、"):
        return f"「{nxt}」＋発言"  # 森から「雨天時の代替を…」
    if nxt in ("が", "は", "も") and i + 2 < n:
        v = toks[i + 2]
        if v.pos[0] == "動詞" and v.surface not in _THING_VERBS:
            return f"「{nxt}」＋動詞"
        if (v.pos[0] in ("名詞", "連体詞", "補助記号") and v.surface not in _THING_VERBS
                and (i == 0 or toks[i - 1].pos[0] in ("補助記号", "空白"))):
            # 林が竹林の伐採を…, 関はこの講座で: a known surname starting a clause is the person
            return f"「{nxt}」（文頭）"
        if (v.pos[2] == "サ変可能" and i + 3 < n and toks[i + 3].pos[0] == "動詞"
                and toks[i + 3].surface[:1] in ("し", "す", "さ")):
            return f"「{nxt}」＋動詞"  # 林が担当します
    return None


def repeat_people(toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """Later mentions of a one-kanji surname already found as a person (林さん … 担当の林です).

    Coreference repeats names of two or more characters anywhere; a one-kanji one (林, 原, 森) is
    an ordinary word too, so here it counts only as a whole token in a person's slot
    (:func:`_person_slot`) — never inside 林業 or 松林 (other tokens)."""
    names = {sp.text for sp in found if sp.label == "PERSON" and len(sp.text) == 1 and _KANJI.fullmatch(sp.text)}
    names.update(p for sp in found if sp.label == "PERSON" for p, k in (sp.data or {}).get("parts", ())
                 if k == "姓" and len(p) == 1 and _KANJI.fullmatch(p))  # 林博之さん … 担当の林です
    if not names:
        return
    covered = {sp.start for sp in found}
    for i, t in enumerate(toks):
        if t.surface in names and t.start not in covered and (why := _person_slot(toks, i)):
            sp = _person(toks, i, i + 1, 0.6, f"既出の一字姓・{why}", None)
            data = dict(sp.data or {})
            data["parts"] = [(t.surface, "姓")]
            yield sp.with_(data=data)
