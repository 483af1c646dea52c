"""Community radio stations (tier 1): エフエムしまだ, FMくるめ, エフエム いわいベイ, 天降川コミュニティFM かわせみ.

A shop interview is often a local radio programme, and its transcript opens with the station: the prefix
エフエム/FM and the station's name, often the town in hiragana (しまだ, くるめ). SudachiPy reads the name alone as a
person or a place (「エフエムしまだ」 → 「エフエムA氏」, a-dev-327) and the organisation rules see no kind word after
it. The station's name runs from the prefix to a quote, a bracket, a space, a particle or the line end; a kind
word right after the prefix (FM番組, FM局, FM放送, エフエムラジオ) is no name.

例::

    >>> [s.text for s in radio_stations("エフエムしまだ「おおいがわ商い日和」")]
    ['エフエムしまだ']
    >>> [s.text for s in radio_stations("コミュニティFMほくと「北の町から」")]
    ['コミュニティFMほくと']
    >>> [s.text for s in radio_stations("FM番組で紹介された")]
    []
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

_GATE = re.compile("FM|ＦＭ|エフエム|コミュニティ放送")
_RE = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚァ-ヴー])((?:[\u4e00-\u9fff々ぁ-ゖァ-ヴー]{1,8})?コミュニティ(?:FM|ＦＭ|エフエム|放送)|エフエム|FM|ＦＭ)"
                 r"([ \u3000]?)(?![のでにはがをとやもへ])([\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z・☆]{2,12}?)"
                 r"(?=[「『（(\n\u3000 、。）)]|[のでにはがをと](?![ぁ-ゖァ-ヴーA-Za-z])|$)")
#: A particle's letter that ends a kana name right before a quote or the line's end (コミュニティFMほくと「…」).
_PARTICLE_END = frozenset("のでにはがをと")
_AFTER_NAME = re.compile(r"[「『\n]|$")
#: Kind words right after the prefix: a programme, the station as a thing, radio itself (FM番組, FM局).
_STOP = ("番組", "局", "放送", "ラジオ", "電波", "波", "帯", "ラジオ", "チューナー", "受信", "周波数", "聴取")


def radio_stations(text: str) -> Iterator[Span]:
    """ORGANIZATION spans for community radio stations (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    for m in _RE.finditer(text):
        name = m.group(3)
        if name.startswith(_STOP) or re.fullmatch(r"[A-Za-z]+", name) and not m.group(2):
            continue  # FM番組 / FMradio: no station's own name
        end = m.end()
        if text[end:end + 1] in _PARTICLE_END and _AFTER_NAME.match(text, end + 1):
            end += 1  # コミュニティFMほくと「…」, エフエムみなと\n: a particle right before a quote or the line's end is the name's
        yield Span("ORGANIZATION", m.start(), end, text[m.start():end], 0.8, SOURCE, "放送局の名前（エフエム〜・〜コミュニティFM）",
                   data={"tier": 1})
