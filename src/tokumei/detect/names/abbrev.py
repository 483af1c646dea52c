"""Short names of organisations found earlier in the same document: the name without its trade word
(マルタカ水産株式会社 … マルタカでは干物を作る → マルタカ is the company). A bare surname guess with no
honorific or title that equals the short name becomes the organisation, and so do other mentions of it
before a particle.

Only a short name in katakana or one SudachiDict reads as a proper noun that is neither a place nor a
person's name (マルタカ, トヨタ; not 日本 of 日本航空, 東京 of 東京商事, nor a surname: 富田豆腐店 … 富田の
おばあちゃん is the family, the hand-written gold says), and only when no person in the text carries that
name with an honorific or a title.

例::

    >>> from tokumei.span import Span
    >>> t = "マルタカ水産株式会社は創業50年。マルタカでは干物を作る。"
    >>> org = Span("ORGANIZATION", 0, 10, "マルタカ水産株式会社", 0.9, "r", "法人格")
    >>> [(s.label, s.text) for s in short_org_names(t, [org])][1:]
    [('ORGANIZATION', 'マルタカ')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.detect.names.tokens import tokenize
from tokumei.detect.names.variants import org_core
from tokumei.span import Span

SOURCE = "jp.names.coref.v1"
REASON = "既出の組織名の略称（業種の語を除いた名前）"
#: Trade words whose removal leaves the company's own name (not 大学/病院/神社: an institution's name
#: without its kind is often a person's or a place's).
_TRADES = sorted((w for w in ORG_SUFFIXES if w not in frozenset(
    "大学 短期大学 高校 高等学校 中学校 小学校 学園 学院 専門学校 幼稚園 保育園 保育所 こども園 病院 医院 クリニック 歯科 "
    "歯科医院 診療所 寺 寺院 神社 大社 神宮 商店街 自治会 町内会 町会 組合 協会 連合会 連盟 財団 機構".split())),
    key=len, reverse=True)
_AFTER = ("では", "は", "が", "の", "で", "に", "も", "と", "へ", "を", "から", "として", "だけ", "より")
_KATA = re.compile(r"[ァ-ヴー]{3,}")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z]")


#: The trade words as one tuple for ``str.endswith`` (one C call tells whether any can be removed at all).
_TRADES_ANY = tuple(_TRADES)


@lru_cache(maxsize=4096)
def _short(name: str) -> str | None:
    """The short name of the organisation ``name``, or None. A pure function of the name (SudachiDict does not
    change in a process), so kept per name: the tokenization it may need costs more than the rest of the step."""
    core = org_core(name)
    if not core.endswith(_TRADES_ANY):
        return None  # no trade word at the end (most names): the search below would find none
    trade = next((w for w in _TRADES if core.endswith(w) and len(core) > len(w)), None)
    if trade is None:
        return None
    short = core[: -len(trade)]
    toks = [t for t in tokenize(short) if t.surface.strip()]
    if (len(short) < 2 or len(toks) != 1 or toks[0].pos[2] in ("地名", "人名")
            or not (toks[0].oov or toks[0].pos[1] == "固有名詞" or _KATA.fullmatch(short))):
        return None
    return short


def short_org_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with bare mentions of an organisation's short name labelled as that organisation."""
    shorts: dict[str, Span] = {}
    for s in spans:
        # (not from a doubtful span: カヌー教室 at 0.45 made every カヌー of a-dev-390 an organisation at 0.6)
        if s.label == "ORGANIZATION" and s.score >= 0.5 and not (s.data or {}).get("reference") and (k := _short(s.text)):
            shorts.setdefault(k, s)
    if not shorts:
        return spans
    titled = {s.text for s in spans if s.label == "PERSON" and (s.score >= 0.8 or (s.data or {}).get("title"))}
    shorts = {k: v for k, v in shorts.items() if k not in titled}
    if not shorts:
        return spans
    out = []
    for s in spans:
        if s.label == "PERSON" and s.text in shorts and s.score < 0.8 and not (s.data or {}).get("title"):
            org = shorts[s.text]
            s = s.with_(label="ORGANIZATION", reason=REASON, data={"canonical": org.text, "abbreviation": True})
        out.append(s)
    taken = [(s.start, s.end) for s in out]
    for k, org in shorts.items():
        for m in re.finditer(re.escape(k), text):
            a, b = m.span()
            if (a > 0 and _WORD_CHAR.match(text[a - 1]) or not text.startswith(_AFTER, b)
                    or any(x < b and a < y for x, y in taken)):
                continue
            out.append(Span("ORGANIZATION", a, b, k, 0.6, SOURCE, REASON, data={"canonical": org.text, "abbreviation": True}))
            taken.append((a, b))
    return sorted(out, key=lambda s: (s.start, s.end, s.label))
