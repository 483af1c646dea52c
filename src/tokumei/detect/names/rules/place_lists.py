"""Places named beside other places (tier 1): a foreign city after its country (ポルトガルのポルト, オーストラリアの
バイロンベイ), a municipality in a list with another (津や四日市, 出水や薩摩川内), and a municipality where a shop is
opened or one lives (出水で店を出して).

The dev residue of stop 28 (a-dev-2xx/3xx) left these in the published text: SudachiPy knows neither the small foreign
city nor the one-kanji city 津 as a place without a suffix, and the place rules want 市/町/村 or a context word. What
stands beside them decides:

* a country the rules found, の, then a katakana name SudachiDict does not hold as a common word (not ワイン, カフェ)
  and a particle or punctuation after it — or any katakana word one comes from (ポルトの出身);
* a word that, with 市/町/村, is a municipality in KEN_ALL (津 → 津市, 出水 → 出水市), joined by や/と/、/・ to a
  municipality the rules found, before or after it;
* such a word before で/に + 店を出す/店を構える/開業/暮らす/生まれる.

The word must stand alone (no kanji glued before or after it) and outside every span already found.

例::

    >>> from tokumei.span import Span
    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "問い合わせは津や四日市からも来る。"
    >>> [s.text for s in place_lists(t, tokenize(t), [Span("LOCATION", 8, 11, "四日市", .6, "x", "", data={"kind": "municipality"})])]
    ['津']
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.shop_words import one_common_noun
from tokumei.span import Span

_COUNTRY_CITY = re.compile(r"の([ァ-ヴー]{2,10}(?:・[ァ-ヴー]{2,8})?)(?=の|で|から|まで|に|へ|出身|生まれ|育ち|在住|、|。|）|\)|\s)")
_KANJI = r"[\u4e00-\u9fff々ヶ]"
_JOIN = "や|と|、|・"
_BEFORE_LOC = re.compile(rf"(?<!{_KANJI})({_KANJI}{{1,4}})(?:{_JOIN})$")
_AFTER_LOC = re.compile(rf"(?:{_JOIN})({_KANJI}{{1,4}})(?!{_KANJI})")
_SHOP_VERB = re.compile(rf"(?<!{_KANJI})({_KANJI}{{2,4}})(?=(?:で|に)(?:店を出|店を構え|店を開|開業|暮ら|生まれ|育っ|育ち))")
#: What only a home town takes (ポルトの出身: SudachiDict has ポルト as a common word, the wine).
_HOME = re.compile(r"の?(?:出身|生まれ|育ち|在住)|から来|に住")


def _municipality(word: str) -> bool:
    from tokumei.detect.names.rules.town_echoes import names_municipality

    return names_municipality(word, ("市", "町", "村", ""))  # 津 (津市) or 四日市 itself


def place_lists(text: str, toks: list, found: Sequence[Span]) -> Iterator[Span]:
    """LOCATION spans for places named beside other places (see the module docstring)."""
    taken = [(s.start, s.end) for s in found]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    for s in found:
        if s.label != "LOCATION":
            continue
        kind = (s.data or {}).get("kind") or ""
        if kind == "country":
            m = _COUNTRY_CITY.match(text, s.end)
            if m and free(*m.span(1)) and (_HOME.match(text, m.end()) or not one_common_noun(toks, *m.span(1))):
                taken.append(m.span(1))
                yield Span("LOCATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "国名＋の＋カタカナの地名",
                           data={"tier": 1, "kind": "city"})
            continue
        if not (kind in ("municipality", "city") or s.text.endswith(("市", "町", "村"))):
            continue
        if (m := _BEFORE_LOC.search(text, max(0, s.start - 6), s.start)) and free(*m.span(1)) and _municipality(m.group(1)):
            taken.append(m.span(1))
            yield Span("LOCATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "市町村の並び（〜や〜）", data={"tier": 1, "kind": "city"})
        if (m := _AFTER_LOC.match(text, s.end)) and free(*m.span(1)) and _municipality(m.group(1)):
            taken.append(m.span(1))
            yield Span("LOCATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "市町村の並び（〜や〜）", data={"tier": 1, "kind": "city"})
    for m in _SHOP_VERB.finditer(text) if ("店を" in text or "開業" in text or "暮ら" in text or "生まれ" in text or "育" in text) else ():
        if free(*m.span(1)) and _municipality(m.group(1)):
            yield Span("LOCATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "市町村＋で店を出す・暮らす",
                       data={"tier": 1, "kind": "city"})
