"""Local co-operative banks and unions are organisations, whatever their name looks like (issue #12).

A credit union, a 信用組合, a JA or a 生協 is named after its town or region (「杜の都信用金庫」: 杜の都 is
a nickname of one city), so its name says where the business stands. The names tier misses a name
that holds a particle or a nickname (杜の都|信用金庫), so this safety net takes the words written glued
in front of the kind word, from the start of the line or after a label, a space or a bracket, as an
organisation (replaced like the others: A信用金庫). ``JA``/``ＪＡ`` followed by a name (JAみなみ信州)
is one too (the kind word stays in front: JA A).

Not taken: the kind word alone or after a generic word (地元の信用金庫, 最寄りの農協, 県内の信用組合:
:data:`GENERIC`), and a name already detected.

例::

    >>> [(s.text, s.label) for s in coop_names("・引落口座：杜の都信用金庫 長町支店", [])]
    [('杜の都信用金庫', 'ORGANIZATION')]
    >>> coop_names("地元の信用金庫に相談した。", [])
    []
"""
from __future__ import annotations

import re

from tokumei.span import Span

__all__ = ["GENERIC", "coop_names"]

SOURCE = "anonymize.coops.v1"
_KINDS = r"(?:信用金庫|信用組合|労働金庫|信金|信組|農業協同組合|漁業協同組合|生活協同組合|森林組合|農協|漁協|生協)"
_COOP = re.compile(r"(?:^|(?<=[\s：:「『（(、・/／|｜]))(?P<n>[^\s：:「」『』（）()、。・,，/／|｜]{1,10}?)" + _KINDS
                   + r"(?![一-龥])")
_HIRA = re.compile(r"[ぁ-ゖ]")
_JA = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<k>JA|ＪＡ)[ \u3000]?(?P<n>[ぁ-んァ-ヺー一-龥々ヶ]{2,8})")
#: Words in front of the kind word that name no body (地元の信用金庫).
GENERIC = re.compile(r"^(?:地元|近く|近所|最寄り|各|同|当|貴|全国|県内|市内|町内|地域|取引先|取引|メイン|主要|大手|他の|別の|"
                     r"複数の|ほかの|その|この|あの|どの|ある|同じ|近隣|身近な|信用金庫|信用組合)の?$|の$")


def _name_length(word: str) -> int:
    """How much of ``word`` after JA is a name: up to its first particle (JAいわみざわ|の), 0 when that is only
    SudachiDict common nouns (JA職員, JA女性部: a JA of no named place)."""
    from tokumei.detect.names.rules.associations import common_nouns_only
    from tokumei.detect.names.tokens import tokenize

    toks = []
    for t in tokenize(word):
        if t.pos[0] in ("助詞", "助動詞") and toks and not (_HIRA.match(word, t.start - 1) and _HIRA.match(word, t.end)):
            break  # (a particle inside a kana run is a piece of the name: くろ|し|お)
        toks.append(t)
    if not toks or common_nouns_only(toks):
        return 0
    return toks[-1].end


def coop_names(text: str, spans: list[Span]) -> list[Span]:
    """New ORGANIZATION spans for co-operative banks and unions the detector missed (see the module docstring)."""
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for m in _COOP.finditer(text):
        a, b = m.start("n"), m.end()
        name = m.group("n")
        if GENERIC.search(name) or re.fullmatch(r"[0-9０-９]+", name) or any(x < b and a < y for x, y in taken):
            continue
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.7, SOURCE, "名前＋信用金庫・信用組合・協同組合（地元の金融機関・組合）"))
        taken.append((a, b))
    for m in _JA.finditer(text):
        a, b = m.start(), m.start("n") + _name_length(m.group("n"))
        if b <= m.start("n") or any(x < b and a < y for x, y in taken):
            continue  # (JA職員, JA共済, JA女性部: the JA of no named place, and a common noun)
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.7, SOURCE, "JA＋名前（地元の農業協同組合）",
                        data={"kind_prefix": m.group("k") + " ", "core": text[m.start("n"):b]}))
        taken.append((a, b))
    return out
