"""URL — http(s):// and www. addresses, Japanese IDN hosts and paths included.

A URL stops at whitespace, at hiragana (particles: …/aをご覧ください), at Japanese punctuation
and brackets (、。「」『』【】〈〉《》) and at
full-width parentheses （）— those are folded to ASCII in the normalised view, so the end is
cut where the ORIGINAL text has a full-width character. ASCII parentheses stay inside only
when balanced (…/wiki/Foo_(bar)); trailing . , ; : ! ? ' are not part of the URL.
Syntax: RFC 3986 (generic URI), RFC 3492/5891 (IDN).

例: 「詳細はhttps://日本語.jp/案内（PDF）をご覧ください」 → URL「https://日本語.jp/案内」
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, RefiningRecognizer, register
from tokumei.detect.textview import TextView
from tokumei.span import Span

_STOP = "\\s<>\"'`、。，．「」『』【】〈〉《》〔〕［］｛｝・…\u3041-\u309f"  # … and hiragana
_CH = rf"[^{_STOP}()]"
_REGEX = (
    rf"[hw](?<![A-Za-z0-9@.][hw])(?:ttps?://|ww\.)(?:{_CH}|\({_CH}*\))+"
    r"(?<![.,;:!?'\-])"
)

_INNER = PatternRecognizer(
    name="generic.url.v1",
    label="URL",
    patterns=(Pattern(_REGEX, 0.9, "URLの形式"),),
    context=Context(words=(), penalty=0.0),
)
_FULL_WIDTH_CUT = set("（）｛｝［］＜＞＂＇，")
_CUT_AT = re.compile("[" + re.escape("".join(sorted(_FULL_WIDTH_CUT))) + "]")  # the first one ends the URL


class UrlRecognizer(RefiningRecognizer):
    """URL pattern, then cut at the first full-width bracket of the original text."""

    inner = _INNER

    def refine(self, view: TextView, spans: Iterable[Span]) -> Iterator[Span]:
        for span in spans:
            text = span.text
            m = _CUT_AT.search(text)
            cut = m.start() if m else len(text)
            text = text[:cut].rstrip(".,;:!?'-．，")
            if len(text) <= len("www."):
                continue
            if text != span.text:
                span = span.with_(end=span.start + len(text), text=text)
            yield span


RECOGNIZER = register(UrlRecognizer())
