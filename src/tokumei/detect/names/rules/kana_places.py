"""Places written in hiragana (issue #11): 「ちば眺望100景」, 「ぬまた・ものづくりラジオ」, 「ひみ寒ぶり煮干しそば」.

Local brands, events and programmes write their town in hiragana. SudachiDict knows some of these
readings as places (とやま, かごしま: :func:`.places.places` reports them), reads others as a surname
(ちば) or splits them into common words (ぬま|た, ひ|み). This rule reads a hiragana run against the
readings of KEN_ALL (:func:`tokumei.detect.geo.kana_places`: prefectures without 県/府/都, municipalities
without 市/町/村) and reports a place when

* the run starts a word (at a line's start or after a bracket, a delimiter or a mark) and the reading
  ends where the run ends, glued to a kanji/katakana word or before ・ (ちば|眺望, ひみ|寒ぶり, ぬまた|・),
  or — for readings of three letters or more — before a case particle (ぬまたの魅力);
* SudachiPy does not read it as one common word (さくら, みどり, あさひ, いな stay words): one proper
  noun (ちば 姓) or several pieces (ぬま|た);
* no honorific follows (ちばさん is a person).

A prefecture is reported like :func:`.places._coarse` (kind ``prefecture``, ``coarse``: ``publication`` keeps
it); a municipality with kind ``municipality`` (generalised like a written one). A PERSON span the rules
gave the same letters without an honorific (ちば 姓) is dropped.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "「ぬまた・ものづくりラジオ」と「ちば眺望100景」"
    >>> [(s.text, s.data["kind"]) for s in kana_places(t, tokenize(t), [])]
    [('ぬまた', 'municipality'), ('ちば', 'prefecture')]
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: A run of hiragana that starts a word: at the start of a line or after a bracket, a delimiter or a mark — not
#: after a kanji or a digit (一|つの, 確|かに, 今|はまだ, に|因|ん: the run is the end of another word there).
_RUN = re.compile(r"(?:(?<=[「『（(【〈《・･、，。\s#＃/／|｜:：])|^)[ぁ-ゖー]{2,8}", re.M)
_GLUED = re.compile(r"[\u4e00-\u9fff々ァ-ヴー・･]")
_PARTICLE = re.compile(r"(?:の|で|に|は|が|から|へ|と|も|まで)(?![ぁ-ゖ]{2})")
_HONORIFIC = re.compile(r"さん|ちゃん|くん|君|様|さま|氏|先生")
#: POS of one token that makes the letters a word of their own (さくら, あさひ: 普通名詞; 動詞 …).
_WORD_POS = frozenset("普通名詞 代名詞 数詞".split())


#: Pieces that make the letters grammar, not a name split by the dictionary (なん|と, それ|から).
_GRAMMAR_POS = frozenset("代名詞 副詞 接続詞 感動詞 連体詞".split())


def _is_word(toks: list[Token]) -> bool:
    if any(t.pos[0] in _GRAMMAR_POS or t.pos[1] in _GRAMMAR_POS for t in toks) or toks[0].pos[0] in ("助詞", "助動詞"):
        return True
    if len(toks) != 1:
        return False
    t = toks[0]
    return t.pos[0] != "名詞" or t.pos[1] in _WORD_POS


def kana_places(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """LOCATION spans of hiragana place names in ``text`` (see the module docstring)."""
    from tokumei.detect.geo import kana_places as table

    places: dict[str, tuple[str, str, str | None]] | None = None
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    out: list[Span] = []
    known = [(s.start, s.end) for s in spans if s.label == "LOCATION"]
    for m in _RUN.finditer(text):
        run, a = m.group(), m.start()
        for n in range(len(run), 1, -1):
            stem, b = run[:n], a + n
            glued = _GLUED.match(text, b) is not None
            # 「きほく 朝の港だより」: a programme's or a product's title opens with its town and a space (stop 42)
            titled = n == len(run) and not glued and text[a - 1 : a] in ("「", "『") and text[b : b + 1] in (" ", "\u3000")
            if n < len(run):
                if n < 3 or not _PARTICLE.match(text, b):
                    continue  # ぬまた|の: a particle after a reading of three letters or more
            elif not glued and not titled:
                continue  # the whole run ends at a delimiter: a word written in hiragana, not a brand's town
            if a not in starts or b not in ends or _HONORIFIC.match(text, b) or any(x <= a and b <= y for x, y in known):
                continue  # (とやま, かごしま: SudachiDict's places, already reported)
            if places is None:
                places = table()
            hit = places.get(stem)
            pieces = toks[starts[a] : ends[b] + 1]
            if hit is None or (len(pieces) == 1 and _is_word(pieces) if titled else _is_word(pieces)):
                continue  # (at a title's head SudachiPy's pieces may be any grammar: き|ほく; one word stays a word)
            written, kind, pref = hit
            data: dict = {"kind": kind, "tier": 1, "reading_of": written}
            if kind == "prefecture":
                data["coarse"] = True
            else:
                data["municipality"] = written
                if pref:
                    data["prefecture"] = pref
            out.append(Span("LOCATION", a, b, stem, 0.6, SOURCE, f"ひらがなの地名（{written}）", data=data))
            break
    if not out:
        return spans
    taken = {(s.start, s.end) for s in out}
    return [s for s in spans if not (s.label == "PERSON" and (s.start, s.end) in taken and s.score < 0.8)] + out


#: A quote's opening, where a brand, an event or a programme writes its town first (「しろいしひがたれんこん粉」).
_QUOTE_OPEN = re.compile(r"[「『]([ぁ-ゖー]{2,10})")


def _named_prefectures(text: str) -> set[str]:
    """Prefectures the text names: written with 都/道/府/県, or holding a municipality written with 市/町/村."""
    from tokumei.detect.geo import gazetteer

    gaz = gazetteer()
    prefs = {m.group() for m in gaz.pref_re.finditer(text)}
    for m in gaz.city_re.finditer(text):
        if m.group()[-1:] in "市町村":
            prefs.update(c.prefecture for c in gaz.candidates(m.group()))
    return prefs


def quoted_kana_towns(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """``spans`` with LOCATION spans for a municipality written in hiragana at the start of a quoted name, when the
    text names that municipality's prefecture: 「しろいしひがたれんこん粉」 (宮城県白石市), 「きほく 朝の港だより」 (三重県紀北町),
    「わんこ祭り in さの」 … 「さの」 (栃木県佐野市). Stop 29, a-dev-375, 391, 115 (the kana_places rule wants the reading
    glued to a kanji word or before a particle; at a quote's start the prefecture decides instead). Not a single
    dictionary word (「みなとまつり」), not before an honorific (「さの」さん is a shop)."""
    if "「" not in text and "『" not in text:
        return spans
    from tokumei.detect.geo import kana_town_prefectures

    table = kana_town_prefectures()
    prefs: set[str] | None = None
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    known = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for m in _QUOTE_OPEN.finditer(text):
        a, run = m.start(1), m.group(1)
        for n in range(len(run), 1, -1):
            stem, b = run[:n], a + n
            if stem not in table or (n < len(run) and n < 3) or _HONORIFIC.match(text, b + 1 if text[b:b + 1] in "」』" else b):
                continue
            if any(x < b and a < y for x, y in known):
                break
            if prefs is None:
                prefs = _named_prefectures(text)
            if not (table[stem] & prefs):
                continue
            if a in starts and b in ends and ends[b] == starts[a] and _is_word(toks[starts[a] : ends[b] + 1]):
                break  # one dictionary word (みなと, さくら): a word, not the town
            out.append(Span("LOCATION", a, b, stem, 0.6, SOURCE, "ひらがなの地名（かぎかっこの名称の頭、県名あり）",
                            data={"kind": "municipality", "tier": 1, "quote_head": True}))
            break
    return spans + out if out else spans
