"""A quoted name with an honorific after it (tier 1): 「こもれび」さん, 『海辺の宿 なぎさ』さん, 「丸京」様.

Quotes close around a product, an event or a slogan as often as around a name, so a quoted word alone is no
name; but a honorific right after the closing quote is said only to someone: a shop or a company called by its
name (孫が『こもれび』さんにお世話に, 「みなと」さんに上げりゃあ), or a listener's radio name (ラジオネーム
「茶畑のカエル」さん). In the hand-written dev sets every one of the 57 such quotes was a gold name (45 a business,
12 a radio name), and six businesses among them had no kind word the other rules know.

The label: PERSON after a listener cue (ラジオネーム, リスナー, ペンネーム, 投稿, おたより …) within the line before
it, else ORGANIZATION (a bare quoted name called さん is most often a shop). Only quotes no other rule has
already read a person or an organisation in are added; what sits inside them stays the other rules' business.

例::

    >>> [(s.label, s.text) for s in quoted_callers("孫が『こもれび』さんにお世話になっています。", [])]
    [('ORGANIZATION', 'こもれび')]
    >>> [(s.label, s.text) for s in quoted_callers("ラジオネーム「茶畑のカエル」さん、ありがとう。", [])]
    [('PERSON', '茶畑のカエル')]
    >>> [s.text for s in quoted_callers("「ありがとう」さえ言えなかった。", [])]
    []

A quoted name before こと and the business it stands for is that business's 屋号 (「カネジュウ」こと羽賀燃料店,
a-dev-393): :func:`so_called` adds it, and takes こと out of a business read across it (こと|佐藤商店).

    >>> [s.text for s in so_called("「マルサ」こと佐藤商店の三代目", [Span("ORGANIZATION", 5, 11, "こと佐藤商店", .7, "x", "")])]
    ['佐藤商店', 'マルサ']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

_GATE = re.compile(r"[」』](?:さん|様|さま|殿)")
# the quoted name: no sentence punctuation inside, at most 20 characters, no digit-only or one-character word
_RE = re.compile(r"([「『])([^「」『』\n。、，,！!？?]{2,20})[」』](?:さん|様|さま|殿)(?!付け|づけ)")
_LISTENER = re.compile(r"ラジオネーム|ペンネーム|リスナー|投稿者|おたより|お便り|メッセージ|メール|お電話|ハガキ|はがき")
#: Quoted words that are said with さん without being a name (「お疲れ」さん, 「ご苦労」さん).
_NOT_NAMES = frozenset("お疲れ ご苦労 おつかれ お世話 お客 お隣 ご近所 お得意 お母 お父 おばあ おじい".split())


def quoted_callers(text: str, found: Sequence[Span]) -> Iterator[Span]:
    """PERSON or ORGANIZATION spans for quoted names with an honorific after them (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    for m in _RE.finditer(text):
        a, b = m.span(2)
        name = m.group(2).strip()
        if name != m.group(2) or name in _NOT_NAMES or name.isdigit():
            continue
        if any(s.label in ("PERSON", "ORGANIZATION") and s.start < b and a < s.end for s in found):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LISTENER.search(text, max(line_start, m.start() - 30), m.start()):
            yield Span("PERSON", a, b, name, 0.75, SOURCE, "かぎかっこの名前＋さん（ラジオネームなど）", data={"tier": 1})
        else:
            yield Span("ORGANIZATION", a, b, name, 0.75, SOURCE, "かぎかっこの名前＋さん（店・会社の呼び名）", data={"tier": 1})


_SO_CALLED = re.compile(r"[「『]([^「」『』\n。、]{2,12})[」』]\s*こと")


def so_called(text: str, found: list[Span]) -> list[Span]:
    """``found`` with 「X」こと + a business: X is the business's name too, and こと is no part of the business."""
    if "こと" not in text:
        return found
    out = list(found)
    for m in _SO_CALLED.finditer(text):
        b = m.end()
        business = False
        for i, s in enumerate(out):
            if s.label != "ORGANIZATION" or not (s.start == b or (s.start == b - 2 and s.text.startswith("こと"))):
                continue
            business = True
            if s.start == b - 2:
                out[i] = s.with_(start=b, text=text[b:s.end])
        a, e = m.span(1)
        if business and not any(x.start < e and a < x.end for x in out):
            out.append(Span("ORGANIZATION", a, e, m.group(1), 0.75, SOURCE, "屋号（「」こと＋事業者）", data={"tier": 1}))
    return out
