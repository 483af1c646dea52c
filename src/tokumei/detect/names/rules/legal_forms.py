"""Legal forms of tier 1 (split from :mod:`.orgs`, which had grown past 580 lines; the code is unchanged): 株式会社
ミライ商事, ミライ商事株式会社, 社会福祉法人「ひまわり会」, 有限会社さこ餅店 — the form and the name written before or
after it, and the token helpers the other organisation rules share (:func:`_hira_lead`, :func:`_delim`).

例::

    >>> from tokumei.detect.textview import TextView
    >>> from tokumei.detect.names.tokens import tokenize
    >>> v = TextView("株式会社ミライ商事に勤める")
    >>> toks = tokenize(v.original)
    >>> [(s.start, s.end, s.data["legal_form"]) for s in legal_form_orgs(v, toks, _legal_forms(v, toks))]
    [(0, 9, '株式会社')]
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from tokumei.detect.names.lexicon import LEGAL_FORMS, ORG_SUFFIXES, SHOP_SUFFIXES
from tokumei.detect.names.rules.base import SOURCE, _HIRA, _namey, _nounish, _org_run, _strong_end
from tokumei.detect.names.tokens import Token
from tokumei.detect.textview import TextView
from tokumei.span import Span

_LEGAL_RE = re.compile("|".join(re.escape(unicodedata.normalize("NFKC", x)) for x in sorted(LEGAL_FORMS, key=len, reverse=True)))


_OPEN = frozenset("「『“\"〈《【")


_CLOSE = frozenset("」』”\"〉》】")


_PARTICLE = frozenset(("助詞", "助動詞"))


#: After a legal form, a space and a name cut at と (はたけ|と手しごと): the rest of the name up to an opening bracket or the line's end.
_SPACED_TAIL = re.compile(r"(?:と[\u4e00-\u9fff々ぁ-ゖァ-ヴー]{1,8}|[ぁ-ゖ]{1,4})(?=[（(]|[ \u3000]*(?:\n|$))")


def _hira_lead(toks: list[Token], i: int, step: int) -> int:
    """Skip a hiragana name that SudachiPy broke into function words (やまだ → や|まだ).

    Returns the index past the hiragana tokens, or ``i`` when they are only particles
    (株式会社の社員, 株式会社では) or longer than 8 characters.
    """
    if not (0 <= i < len(toks)) or _nounish(toks[i]):
        return i  # a real noun (ふくし, ひかり): the ordinary noun run handles it
    k, size, content = i, 0, False
    while 0 <= k < len(toks) and _HIRA.fullmatch(toks[k].surface) and size + len(toks[k].surface) <= 8:
        size += len(toks[k].surface)
        content = content or toks[k].pos[0] not in _PARTICLE
        k += step
    if step == 1 and toks[i].pos[0] == "助詞" and any(t.pos[0] in ("動詞", "助動詞") for t in toks[i:k]):
        return i  # 合同会社に|して, 有限会社と|して: a particle and a verb after the form, no name (a-dev-401)
    return k if content and (abs(k - i) >= 2 or size >= 3) else i  # ことり (one content word) as well as や|まだ


def _delim(toks: list[Token], k: int) -> bool:
    return not (0 <= k < len(toks)) or toks[k].pos[0] in ("補助記号", "空白")


def _legal_forms(view: TextView, toks: list[Token]) -> dict[int, tuple[int, str]]:
    """Legal forms found on the normalised text, aligned to tokens: {first: (last+1, form)}.

    Regex rather than token lookup because SudachiPy splits some forms (社会|福祉|法人).
    """
    out: dict[int, tuple[int, str]] = {}
    first: dict[int, int] | None = None
    for m in _LEGAL_RE.finditer(view.norm):
        if first is None:  # token maps only for a text with a legal form (most have none)
            first = {t.start: k for k, t in enumerate(toks)}
            last = {t.end: k for k, t in enumerate(toks)}
        a, b = view.span(*m.span())
        if a in first and b in last:
            out[first[a]] = (last[b] + 1, m.group(0))
    return out


def legal_form_orgs(view: TextView, toks: list[Token], legal: dict[int, tuple[int, str]]) -> Iterator[Span]:
    """ORGANIZATION spans for each legal form of ``legal`` (:func:`_legal_forms`) and the name around it."""
    n = len(toks)
    for i0, (i1, form) in legal.items():
        t0, t1 = toks[i0], toks[i1 - 1]
        k = _org_run(toks, i0 - 1, -1) if i0 > 0 else i0 - 1
        if k < i0 - 1 and not (i1 < n and _nounish(toks[i1]) and _namey(toks[i1])):
            h = _hira_lead(toks, k, -1)
            if h != k and _delim(toks, h):
                k = h  # やまだ陶苑株式会社
            a, b = toks[k + 1].start, t1.end  # ミライ商事株式会社
            if form in ("(学)", "(福)", "(宗)") and i0 == k + 2 and toks[k + 1].pos[2:4] == ("人名", "姓") \
                    and view.original[toks[k + 1].end:t0.start] == "":
                continue  # 桑原（学）より: one surname and a given name in brackets (a family firm's two 桑原), no 学校法人
            if form in ("(同)", "(名)", "(資)", "(合)") and (
                    "・" in view.original[a:t0.start] or any(t.pos[2] == "人名" and t.pos[3] == "名" for t in toks[k + 1:i0])
                    or (k >= 0 and toks[k].surface in (" ", "\u3000") and k >= 1 and toks[k - 1].pos[2] == "人名")):
                # ソン・ミンジュ（同）, 平井 俊介（同）: 「同上」 after a person in a list of attendees, not 合同会社 (n-dev-677)
                continue
        elif i1 + 1 < n and toks[i1].surface in _OPEN:
            # 社会福祉法人「ひまわり会」: the quoted name (the legal form is in data)
            e = _org_run(toks, i1 + 1, 1, 10)
            if e == i1 + 1 or e >= n or toks[e].surface not in _CLOSE:
                continue
            a, b = toks[i1 + 1].start, toks[e - 1].end
        else:
            spaced = False
            if i1 + 1 < n and toks[i1].surface in (" ", "\u3000") and (_nounish(toks[i1 + 1]) or _HIRA.fullmatch(toks[i1 + 1].surface)):
                i1 += 1  # 医療法人社団 健康会, 農業法人 ごとう|つばき農園 (a kana name read as an adverb)
                spaced = True
            h = _hira_lead(toks, i1, 1)
            if (h == i1 and i1 < n and toks[i1].start == t1.end and _HIRA.fullmatch(toks[i1].surface)
                    and len(toks[i1].surface) >= 2 and toks[i1].pos[0] not in _PARTICLE):
                h = i1 + 1  # 有限会社さこ|餅店, 有限会社さこ（…）: a two-letter kana name SudachiPy reads as a verb (a-dev-413)
            e = _org_run(toks, h, 1)
            if h > i1 and e == h and not _delim(toks, h):
                e = h = i1  # hiragana followed by more text: not a name
            if e == i1:
                e = _org_run(toks, i1, 1)
            if e == i1:
                continue
            if (e == h + 1 and len(toks[h].surface) == 1 and _HIRA.fullmatch(toks[h].surface) and e + 1 < n
                    and toks[e].surface == "の" and toks[e].start == toks[h].end and toks[e + 1].start == toks[e].end
                    and _nounish(toks[e + 1])):
                e = _org_run(toks, e + 1, 1)  # 一般社団法人ひ|の|かげ里山ツーリズム: no name is one kana (stop 39, wave 11)
            j = e
            while (j < n and j - e < 3 and toks[j].start == toks[j - 1].end and _HIRA.fullmatch(toks[j].surface)
                   and toks[j].pos[0] != "助詞"):  # (株式会社さくら|と|工務店: two names)
                j += 1
            if (j > e and j < n and toks[j].start == toks[j - 1].end
                    and (toks[j].surface in ORG_SUFFIXES or toks[j].surface in SHOP_SUFFIXES or _strong_end(toks[j].surface))):
                e = _org_run(toks, j, 1)  # 株式会社たか|だ|工務店: a kana name SudachiPy read as a word and だ
            a, b = t0.start, toks[e - 1].end  # 株式会社ミライ商事, 株式会社やまだ陶苑
            if spaced and (tail := _SPACED_TAIL.match(view.original, b)) is not None:
                b = tail.end()  # 特定非営利活動法人 はたけ|と手しごと（法人番号…）: a signature's name runs to its bracket (stop 43)
        yield Span("ORGANIZATION", a, b, "", 0.9, SOURCE, f"法人格「{form}」", data={"tier": 1, "legal_form": form})
