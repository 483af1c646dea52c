"""What the organisation rules (:func:`tokumei.detect.names.rules.orgs.orgs`) read around a kind word: a name written
after it and a space (ミルク工房 ゆきんこに, きのこ農園 ふかさわから), a town and an activity before 会/団/クラブ that name a
group (但馬かばん職人会, とかち山岳会), and the organisation context after a word (へ移籍, に入団, 所属). Split from
orgs.py when it passed 400 lines; the patterns and tests are unchanged.

例::

    >>> text = "ミルク工房 ゆきんこに行った"
    >>> text[:_spaced_name_end(text, 5)]
    'ミルク工房 ゆきんこ'
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.base import _KANJI, _text_after
from tokumei.detect.names.rules.legal_forms import _delim
from tokumei.detect.names.rules.org_words import _ORG_CONTEXT_BY_FIRST, _ORG_CONTEXT_TWO
from tokumei.detect.names.tokens import Token

#: After a kind word: a space and a short name in one script (ミルク工房 ゆきんこに, ボタン工房 ことりの, パン工房 今津店が).
_SPACED_NAME_AFTER = re.compile(r"[ \u3000](?P<name>[ぁ-ゖー]{2,8}|[ァ-ヺー]{2,8}|[一-龥々]{1,6})")
_NAME_STOP = re.compile(r"さん|から|まで|[のにでへとはがもを、。）」\n]|$")


def _spaced_name_end(text: str, end: int) -> int | None:
    """Where a name written after a kind word and a space ends (a hiragana name loses the particle glued to it:
    ゆきんこ|に), when a particle, punctuation or さん follows it; else None."""
    m = _SPACED_NAME_AFTER.match(text, end)
    if m is None:
        return None
    b, name = m.end(), m["name"]
    kana = re.fullmatch(r"[ぁ-ゖー]+", name) is not None
    if kana and name.endswith(("から", "まで")) and len(name) > 4:
        b -= 2  # ふかさわ|から (stop 42; not より: のぞみ保育園 えんだより is a newsletter)
    elif kana and name[-1] in "のにでへとはがもを" and len(name) > 2:
        b -= 1
    for h in ("さん", "さま", "ちゃん"):  # いかめし本舗 あさひ|さんの (the honorific is no part of the name)
        if text.startswith(h, b - len(h)) and b - len(h) - m.start("name") >= 2:
            b -= len(h)
            break
    return b if _NAME_STOP.match(text, b) else None


#: One-character words that end a group's name (職人会, 少年団, 山岳会; 剣道クラブ).
_GROUP_WORDS = frozenset("会 団 クラブ 少年団".split())


def _place_headed_group(toks: list[Token], k: int, i: int) -> bool:
    """The run ``k+1:i`` before 会/団/クラブ is a place name (SudachiDict's 地名, or a KEN_ALL municipality's
    stem: 上市) and one to three plain nouns after it, at the start of a phrase: a group named after its town
    and its activity (但馬かばん職人会, とかち山岳会, 上市スポーツ少年団). Not an event: the word before 会 is no
    サ変 noun (長野|講演|会, 静岡|交流|会)."""
    run = toks[k + 1 : i]
    if not 2 <= len(run) <= 4 or not (k < 0 or _delim(toks, k) or toks[k].pos[0] == "助詞"):
        return False
    if any(a.end != b.start for a, b in zip(run, run[1:] + [toks[i]])):
        return False
    head, rest = run[0], run[1:]
    if not all(x.pos[:2] == ("名詞", "普通名詞") for x in rest) or (toks[i].surface == "会" and rest[-1].pos[2] == "サ変可能"):
        return False
    if head.pos[2] == "地名" and head.pos[3] != "国":
        return True
    if not _KANJI.fullmatch(head.surface) or not 2 <= len(head.surface) <= 3:
        return False
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    return any(gaz.candidates(head.surface + x) for x in ("市", "町", "村"))


def _org_context(toks: list[Token], j: int) -> str | None:
    """The organisation context that starts at token ``j`` (へ移籍, に入団, 所属, の下部組織 …)."""
    s = toks[j].surface
    if len(s) < 2 and j + 1 < len(toks):
        s += toks[j + 1].surface
    if len(s) >= 2 and s[:2] not in _ORG_CONTEXT_TWO:
        return None  # (every context has two characters or more; these two begin none: most particles, の本, に行)
    after = _text_after(toks, j, 3)
    cands = _ORG_CONTEXT_BY_FIRST.get(after[:1], ())
    if not after.startswith(cands):
        return None  # (none of them, the common case: one C call instead of a generator)
    return next(c for c in cands if after.startswith(c))
