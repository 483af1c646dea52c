"""A shop's own name written before its branch with a space (post step, stop 34): ゆめマート 南町店, フレッシュ・ヤマキ
新庄北店, 青果のまるいち 大街道店.

The branch rules find 「南町店」 and the branch's town becomes a place (:mod:`.branches`), but the chain's own name
before it stayed in the text: a small chain of two or three shops is named by it as surely as by the branch. The
name is the run of letters after a delimiter or の, a space, then the branch; it joins the branch as one
organisation. Left alone: a run that is a kind word (スーパー 南町店, 本店 — the kind names no one), a run another
finder read as an organisation or a place (ローソン 南町店: a well-known chain, the allow-list decides; 宮浦 本店:
a place), and a run of more than 12 characters (a sentence, not a name).

例::

    >>> from tokumei import analyze
    >>> [s.text for s in analyze("柳井のゆめマート 南町店に置いてもらっています。") if s.label == "ORGANIZATION"]
    ['ゆめマート 南町店']
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.orgs import KNOWN_REASON
from tokumei.detect.names.rules.shop_words import SHOP_WORDS, SPACED_KINDS
from tokumei.detect.textview import TextView
from tokumei.span import Span

SOURCE = "jp.names.rules.v1"
#: The chain's name, a space, and where the branch span starts (``\Z`` anchors the search to it).
_RUN_BEFORE = re.compile(r"(?:(?<=[\s、。，,「『（(・:：／/【]|の)|^)([ぁ-ゖァ-ヺー・A-Za-zＡ-Ｚａ-ｚ一-龥々]{2,12})[ 　]\Z", re.M)
_PARTICLE_AFTER_WORD = re.compile(r"(?<=[^ぁ-ゖ])[はがをにでともへの]")
#: Reasons of the branch spans this step extends (rules.orgs: 支店・事業所「店」, 屋号（〜北店）).
_BRANCH_REASON = re.compile(r"^(?:支店・事業所「(?:店|支店)」|屋号（〜.{0,3}店）)")
#: Runs that are no shop's name: kind words and words for "the shop" (本店 中央店 of the same business).
_NOT_NAMES = frozenset(SHOP_WORDS) | SPACED_KINDS | frozenset("スーパー コンビニ ドラッグストア 百貨店 デパート 本店 支店 各店 同店 当店 弊店".split())


def _own_name(x: Span, a: int, b: int) -> bool:
    """``x`` is the run itself read as an organisation by its ending (しおさいフーズ 坂出駅前店, stop 36: フーズ), not a
    well-known chain (ローソン 南町店 stays two names)."""
    return x.label == "ORGANIZATION" and (x.start, x.end) == (a, b) and x.source == SOURCE \
        and not (x.reason or "").startswith(KNOWN_REASON)


def add_chain_branches(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step: a branch ORGANIZATION span takes in the shop's name written before it with a space."""
    text = view.original
    out = list(spans)
    for s in spans:
        if s.label != "ORGANIZATION" or not s.text.endswith("店") or not _BRANCH_REASON.match(s.reason or ""):
            continue
        m = _RUN_BEFORE.search(text[max(0, s.start - 14) : s.start])
        if m is None:
            continue
        name = m.group(1)
        # 青果の|まるいち, 棚は|フレッシュ・ヤマキ: the name starts after a particle written after a kanji or katakana word
        # (青果ふきのとう stays whole: its の follows kana)
        cut = [c.end() for c in _PARTICLE_AFTER_WORD.finditer(name)]
        if cut and len(name) - cut[-1] >= 2:
            name = name[cut[-1]:]
        a = s.start - 1 - len(name)
        if len(name) < 2:
            continue
        if name in _NOT_NAMES or name.strip("・") != name:
            continue
        inside = [x for x in out if x.start < s.start and a < x.end and x is not s]
        if any((x.label != "PERSON" and not _own_name(x, a, s.start - 1)) or x.start < a for x in inside):
            continue  # a known chain, a place or a longer span before the branch: left to them
        out = [x for x in out if x not in inside and x is not s]
        out.append(s.with_(start=a, text=text[a : s.end], reason=s.reason + "・前の店名（空白）とあわせて",
                           data={**(s.data or {}), "chain": name}))
    return sorted(out, key=lambda x: (x.start, x.end, x.label))
