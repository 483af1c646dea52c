"""Organisation rules of tier 1 for businesses named without a legal form, as shop interviews and
case studies write them:

* a quoted name in business context: 「ネクストリンク」を起業, 「スタディ・ブリッジ」に勤務, 「あおぞら工房」を設立;
* a katakana or Latin name right before the head's title: (ブルーフィールド社長), サンライズパートナーズ代表
  (a person's katakana name, 人名 in SudachiDict, stays a person: マイケル社長);
* a shop word then its name: 喫茶みどり, カフェ・ハル, スナックゆり (not カフェ巡り: a common noun);
* a name in kana (SudachiPy breaks it into function words: は|なまる|屋, か|ね|いち|酒店, 中|むら|酒店)
  before a shop or business word, between a delimiter and the word;
* an organisation that starts with a hiragana name takes in the kana SudachiPy split off
  (の|のむら労務パートナーズ → ののむら労務パートナーズ), when only kana lies between it and a delimiter.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> text = "2015年に「ネクストリンク」を起業した"
    >>> [s.text for s in business_names(text, tokenize(text))]
    ['ネクストリンク']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES, ORG_SUFFIXES, SHOP_SUFFIXES
from tokumei.detect.names.rules.base import SOURCE, _KATA, _KATA_COMMON, _LATIN, _WEAK_SUFFIX, _is_pn
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: After 「X」: X is a business (起業・設立・勤務 …, or the head of it).
_QUOTED_CONTEXT = re.compile(
    r"」(?:を|に|で|の|は|が|と)?(?:起業|設立|創業|開業|立ち上げ|経営|営|運営|勤務|勤め|入社|転職|就職|独立|代表|社長|店主|"
    r"オーナー|創業者|経営者|オープン|開店|開設|継|事業承継|という(?:会社|店|屋号|事務所|法人|ブランド|お店))"
)
_QUOTED = re.compile(r"「([^「」\n。、]{2,20})")

#: A business's head: the name right before is the business (ブルーフィールド社長).
HEAD_TITLES = ("代表取締役", "代表", "社長", "店主", "オーナー", "CEO", "会長", "専務", "常務", "取締役", "支配人")

#: Katakana words before a title that are roles or kinds, not a business's name (チーム代表).
_KATA_ROLE = frozenset("チーム グループ プロジェクト サークル ユニット クラブ ゼミ クラス バンド ファン "
                       "ブランド ショップ ストア カンパニー ベンチャー メーカー".split())

#: Shop words written before the shop's own name (喫茶みどり).
SHOP_PREFIXES = frozenset("喫茶 カフェ スナック 居酒屋 食堂 レストラン 美容室 ヘアサロン 旅館 民宿 料亭 割烹 "
                          "酒処 すし処 鮨処 焼肉 ラーメン".split())

_HIRA = re.compile(r"[ぁ-ゖー]+")
_ANY_WORD = frozenset(HEAD_TITLES) | SHOP_PREFIXES | SHOP_SUFFIXES | (ORG_SUFFIXES - _WEAK_SUFFIX)
_KANA_OR_KANJI = re.compile(r"[ぁ-ゖァ-ヺー\u4e00-\u9fff々]+")
_CASE = frozenset("の が を に で へ と は も".split())
_DELIM_CHARS = set(" 　\n\t、。，．・「」『』（）()【】[]：:；;！!？?／/")


def _delim_before(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in _DELIM_CHARS


def business_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for businesses named without a legal form (see the module docstring)."""
    for m in _QUOTED.finditer(text):
        if _QUOTED_CONTEXT.match(text, m.end()):
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "「」の名前＋事業の文脈",
                       data={"tier": 1})
    n = len(toks)
    for j, t in enumerate(toks):
        s = t.surface
        # (ブルーフィールド社長), サンライズパートナーズ代表
        if s not in _ANY_WORD:
            continue  # most tokens: nothing to do
        if j > 0 and s in HEAD_TITLES:
            k = j
            while k > 0 and toks[k - 1].end == toks[k].start and (
                    _KATA.fullmatch(toks[k - 1].surface) or _LATIN.fullmatch(toks[k - 1].surface)):
                k -= 1
            run = toks[k:j]
            name = "".join(x.surface for x in run)
            if (run and len(name.replace("・", "")) >= 4 and not any(_is_pn(x) for x in run)
                    and not all(x.surface in _KATA_ROLE or x.surface in _KATA_COMMON for x in run)
                    and run[-1].surface not in _KATA_ROLE and name not in NOT_NAMES):
                yield Span("ORGANIZATION", run[0].start, run[-1].end, name, 0.6, SOURCE, f"事業名＋「{s}」",
                           data={"tier": 1})
        # 喫茶みどり
        if s in SHOP_PREFIXES and j + 1 < n and toks[j + 1].start == t.end:
            u = toks[j + 1]
            name_ok = ((_HIRA.fullmatch(u.surface) and len(u.surface) >= 2 and u.pos[0] == "名詞")
                       or (_KATA.fullmatch(u.surface) and len(u.surface) >= 2 and u.surface not in _KATA_COMMON
                           and u.pos[1] != "普通名詞")
                       or (u.pos[1] == "固有名詞"))
            if name_ok and not (j + 2 < n and toks[j + 2].start == u.end and toks[j + 2].pos[0] == "名詞"):
                yield Span("ORGANIZATION", t.start, u.end, s + u.surface, 0.6, SOURCE, f"業種＋名前（{s}〜）",
                           data={"tier": 1})
        # は|なまる|屋, か|ね|いち|酒店: a kana name SudachiPy broke up (two or more tokens; one whole
        # word is the suffix rule's, which knows ひとり事務所 is not a name) before a shop or business word
        w = s
        if (w in SHOP_SUFFIXES or (w in ORG_SUFFIXES and w not in _WEAK_SUFFIX)) and j > 0 and toks[j - 1].end == t.start:
            k = j
            while k > 0 and toks[k - 1].end == toks[k].start and _KANA_OR_KANJI.fullmatch(toks[k - 1].surface):
                k -= 1
                if toks[k].surface in _CASE and k > 0 and toks[k - 1].pos[0] in ("名詞", "接尾辞") and not _HIRA.fullmatch(toks[k - 1].surface):
                    k += 1  # 近所の|酒店: cut after a case particle that follows a noun
                    break
            chunk = toks[k:j]
            name = "".join(x.surface for x in chunk)
            if (len(chunk) >= 2 and 2 <= len(name) <= 6 and chunk[0].pos[0] != "連体詞" and re.search(r"[ぁ-ゖ]", name) and _delim_before(text, chunk[0].start)
                    and chunk[-1].surface not in _CASE and chunk[-1].pos[0] != "助動詞"
                    and not (chunk[-1].pos[0] == "動詞" and not _HIRA.fullmatch(name))
                    and not any(x.pos[0] == "助詞" for x in chunk[1:-1] if x.surface in ("が", "を", "に", "で"))
                    and name not in NOT_NAMES):
                yield Span("ORGANIZATION", chunk[0].start, t.end, name + w, 0.65, SOURCE, f"かなの屋号＋「{w}」",
                           data={"tier": 1})


def extend_kana_lead(text: str, spans: list[Span]) -> list[Span]:
    """An organisation that starts with hiragana takes in the kana before it up to a delimiter
    (の|のむら労務パートナーズ → ののむら労務パートナーズ); never across a kanji (地元の|さとう事務所)."""
    out = []
    for sp in spans:
        if sp.label == "ORGANIZATION" and _HIRA.fullmatch(text[sp.start:sp.start + 1] or "x"):
            a = sp.start
            while a > 0 and sp.start - a < 4 and _HIRA.fullmatch(text[a - 1]):
                a -= 1
            if a < sp.start and _delim_before(text, a):
                sp = sp.with_(start=a, text=text[a:sp.end])
        out.append(sp)
    return out
