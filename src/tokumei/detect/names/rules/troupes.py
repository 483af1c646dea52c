"""A troupe, a choir or a workshop named right after its kind word (tier 1, stop 41): 劇団ひとつ灯, 女声合唱団あおさ,
混声合唱団くまのコール, フォト工房ニライ, 花工房あおい.

:mod:`.kind_first` reads a kind word and a name of one script (kana, katakana or kanji). Troupes and workshops mix
them (ひとつ灯, はまゆう座, くまのコール), and SudachiPy splits such names into common words (ひとつ|灯), so they stayed
whole in the text (anonymize dev wave 13: 劇団ひとつ灯 twice and 女声合唱団あおさ three times were published; names
dev wave 13: 劇団オホーツク座 read as a place, フォト工房ニライ and 花工房あおい as a person or nothing).

The rule reads the kind (:data:`TROUPE_KINDS`; 工房 with up to four kanji or katakana before it: フォト工房, 花工房),
then the name: the text up to a space, a punctuation mark or a bracket, cut at the first particle SudachiPy reads
(劇団ひとつ灯|は) — but a の between kana and katakana stays (くまの|コール is one name). It is no name when

* the first word after the kind is a particle, an auxiliary or a suffix (劇団に入る, 合唱団らしい, 劇団員), or a verb or an
  adjective alone (あお|さ of 女声合唱団あおさ is a name);
* SudachiPy reads one word across the kind's end (劇団員, 工房長);
* it is one katakana or kanji dictionary common noun, or kanji dictionary common nouns only (工房見学, 合唱団活動,
  劇団公演); one hiragana common noun is a name with a lower score and ``data["ordinary"]`` (花工房すずらん).

The kind word stays in the anonymised text (``kind_prefix``): 劇団A, フォト工房B.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "劇団ひとつ灯は旗揚げ30年。合唱団員も募集し、工房見学もできます。"
    >>> [s.text for s in troupes(t, tokenize(t))]
    ['劇団ひとつ灯']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.kind_first import NOT_AFTER_KIND
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: Kind words a troupe, a choir or a band puts before its own name.
TROUPE_KINDS = ("劇団", "合唱団", "混声合唱団", "女声合唱団", "男声合唱団", "少年少女合唱団", "児童合唱団", "吹奏楽団",
                "楽団", "太鼓団", "人形劇団", "工房")
_RX = re.compile(r"(?P<pre>(?<![一-龥々ァ-ヺー])[一-龥々ァ-ヺー]{1,4}(?=工房))?(?P<kind>"
                 + "|".join(sorted(map(re.escape, TROUPE_KINDS), key=len, reverse=True))
                 + r")[・･]?(?P<name>[^\s、。，,.「」『』（）()【】\[\]：:！!？?・･/／]{2,12})")
_KANA = re.compile(r"[ぁ-ゖー]")
_KATA = re.compile(r"[ァ-ヺ]")
#: A prefix before 工房 that is itself no kind (の工房 is split by the look-behind; 同工房, 自社工房, 個人工房).
_NOT_PREFIX = frozenset("同 本 各 自社 個人 共同 当 新 旧 小さな".split())
_NOT_START = ("助詞", "助動詞", "接尾辞", "代名詞", "副詞", "連体詞", "接続詞")
#: A verb or an adjective opens a name only when more follows it (あお|さ of 女声合唱団あおさ; not 合唱団|つくる).
_WORD_START = ("動詞", "形容詞")


#: Words after a name that are no part of it: an honorific, a role or what one does in a troupe (劇団☆新感線|所属).
_AFTER_NAME = frozenset("さん 様 さま ちゃん くん 所属 出身 主宰 代表 団員 在籍 座長 公演 時代 退団 入団 旗揚げ 結成 創立 "
                        "卒業 作品 制作 製 産 謹製".split())
#: の and a kanji that end a kana name (まめの木, ひだまりの郷), as :mod:`.kind_first` reads them.
_NO_TAIL = frozenset("郷 里 家 森 杜 丘 宿 園 苑 木".split())
_RUN_END = re.compile(r"[ァ-ヺー]+(?=[\s、。，,.「」『』（）()【】！!？?]|$)")


def _cut(text: str, toks: list[Token], a: int, b: int) -> int:
    """The end of the name in ``text[a:b]``: before the first particle or :data:`_AFTER_NAME` word, except a の before
    a katakana word that ends the run (くまの|コール) or before :data:`_NO_TAIL` (まめの木), and a や a particle follows
    (もくや|に: a 屋号's や)."""
    for k, t in enumerate(toks):
        if not (a < t.start < b):
            continue
        if t.surface in _AFTER_NAME:
            return t.start
        if t.pos[0] not in ("助詞", "助動詞"):
            continue
        if t.surface == "の" and _KANA.match(text[t.start - 1]) and t.end < b and (
                _RUN_END.match(text, t.end) or text[t.end] in _NO_TAIL):
            continue  # くまの|コール, まめの|木: a の inside the name (not ひなたの|パンも: a word goes on after it)
        if t.surface == "や" and k + 1 < len(toks) and toks[k + 1].pos[0] == "助詞":
            continue  # 建具工房もく|や|に: the や of a 屋号 before a particle
        return t.start
    return b


def troupes(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for a troupe, choir or workshop kind + a glued name (see the module docstring)."""
    for m in _RX.finditer(text):
        pre = m.group("pre") or ""
        if pre in _NOT_PREFIX:
            continue
        na = m.start("name")
        if any(t.start < na < t.end for t in toks):
            continue  # 劇団員, 工房長: the kind and what follows are one word
        b = _cut(text, toks, na, m.end("name"))
        inside = [t for t in toks if na <= t.start and t.end <= b]
        if text[na:b] in NOT_AFTER_KIND or text[na:b].startswith(("めぐり", "巡り", "だより", "めぐる")):
            continue  # 工房めぐり, 工房だより: a tour or a newsletter of workshops, no name
        if b - na < 2 or not inside or inside[0].pos[0] in _NOT_START or (inside[0].pos[0] in _WORD_START and len(inside) == 1):
            continue  # 劇団に入る, 合唱団らしい: no name after the kind
        one = len(inside) == 1 and inside[0].pos[1] == "普通名詞" and not inside[0].oov
        ordinary = one and re.fullmatch(r"[ぁ-ゖー]+", inside[0].surface) is not None
        if all(t.pos[1] == "普通名詞" and not t.oov and re.fullmatch(r"[一-龥々]+", t.surface) for t in inside) or (
                one and not ordinary):
            continue  # 工房見学, 劇団公演, 合唱団コンクール: ordinary words after the kind
        a = m.start("pre") if pre else m.start("kind")
        # 花工房すずらん, 劇団ひまわり: a hiragana common noun is a name after the kind, but anonymize gives it the
        # neutral 〔要確認〕 (as rules.kind_first does)
        yield Span("ORGANIZATION", a, b, text[a:b], 0.5 if ordinary else 0.6, SOURCE,
                   "種類の語＋名前（辞書の語でもある）" if ordinary else "種類の語＋名前（劇団・合唱団・工房）",
                   data={"tier": 1, "kind_prefix": text[a:na], "core": text[na:b], "kind_first": True,
                         "ordinary": ordinary})
