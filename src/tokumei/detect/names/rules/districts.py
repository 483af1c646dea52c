"""Districts and small islands written plainly (tier 1): 五勝手地区の漁港, あらぎ島の棚田, かもめ島周辺の散策.

A case study or a form names the district a business stands in with 地区 (五勝手地区, 村松地区) and islands in kana
(あらぎ島, かもめ島); SudachiDict knows few of them, and the place rules need a name they know. The word before 地区
must be one to four kanji and no general word (当地区, 同地区, 住宅地区, 山間地区 …); before a district's body (遊子|地区青少年
育成会, 堀越|地区公民館) the name alone is the place (stop 33); a kana island needs what is said
of a place after it (の, 周辺, に渡る, まで …). Score 0.6, kind ``town`` or ``island``.

例::

    >>> [s.text for s in districts_and_islands("五勝手地区の漁港で、あらぎ島の棚田を見た")]
    ['五勝手地区', 'あらぎ島']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

_DISTRICT = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{1,4})地区(?:(?![\u4e00-\u9fff])|(?P<body>(?=[\u4e00-\u9fff]{0,8}?"
                       r"(?:会|館|センター|協議会|委員会|組合|団|部)(?![\u4e00-\u9fff]))))")
#: Words before 地区 that name a kind of area, not one place.
_GENERAL = frozenset("当 同 各 全 本 他 一部 周辺 中心 市街 住宅 商業 工業 農業 農村 漁村 山間 沿岸 被災 対象 指定 重点 特定 "
                     "モデル 該当 近隣 隣接 校区 学区 地元 管内 域内 市内 町内 村内 県内 都市 郊外 山村 中山間 旧市街 新興 "
                     "文教 歓楽 繁華 保存 伝統 重要 伝建 景観 防災 避難 浸水 豪雪 過疎 北部 南部 東部 西部 中部 "
                     "所在 住所 所属 居住 東西 南北 中心業務 業務 担当 受け持ち".split())
#: One kanji before 地区 that is no district's name (一地区, 旧地区, 両地区); 甲地区, 渡地区, 富地区 are (stop 37, names dev: 3).
_NOT_ONE = frozenset("一二三四五六七八九十両該旧新別某前後次各東西南北中上下内外")
_KANA_ISLAND = re.compile(r"(?<![ぁ-ゖァ-ヴー])([ぁ-ゖ]{2,5}島)(?=の|周辺|に渡|へ渡|まで|から|へ|を望|が見え)")


def districts_and_islands(text: str) -> Iterator[Span]:
    """LOCATION spans for 〈name〉地区 and 〈kana〉島 (see the module docstring)."""
    if "地区" in text:
        for m in _DISTRICT.finditer(text):
            w = m.group(1)
            if w in _GENERAL or w[:1] in "当同各全本他" or w.endswith(("市", "町", "村", "県", "区")) \
                    or (len(w) == 1 and (w in _NOT_ONE or re.match(r"[ァ-ヺー]", text[m.start() - 1:m.start()]))) \
                    or text[m.end():m.end() + 1] in ("：", ":") or w[:2] in _GENERAL:
                continue  # (屋久島町地区: the municipality says it; 当地区, 各地区: no one place; 所在地区：a label)
            a = m.start() + _lead(w)  # 長年|黒木地区: an adverb or a common noun before the name is no part of it
            if a == m.start() and re.match(r"[一二三四五六七八九十]の", text[a - 2 : a]) and not re.match(
                    r"[\u4e00-\u9fff々]", text[a - 3 : a - 2]):
                a -= 2  # 一の橋地区, 二の宮地区: a numeral and の open the name (stop 43, read anonymize dev wave 15)
            # 遊子|地区青少年育成会: before a district's body the name alone (the body, 地区… included, is an organisation)
            b = m.end(1) if m.group("body") is not None else m.end()
            yield Span("LOCATION", a, b, text[a:b], 0.6, SOURCE, "地区の名前（〜地区）", data={"tier": 1, "kind": "town"})
    if "島" in text:
        for m in _KANA_ISLAND.finditer(text):
            if _phrase(m.group(1)[:-1]):
                continue  # もとは|島の外, 見舞われた|島: a phrase before 島, no island's name
            yield Span("LOCATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "かなの島の名前（〜島の・〜島に渡る）",
                       data={"tier": 1, "kind": "island"})


def _phrase(kana: str) -> bool:
    """The kana holds a particle, a verb or an auxiliary (もとは, われた, さんより): words, not a name."""
    from tokumei.detect.names.tokens import tokenize

    return any(t.pos[0] in ("助詞", "助動詞", "動詞", "副詞") or t.surface in ("さん", "さま") for t in tokenize(kana))


def _lead(word: str) -> int:
    """Characters of ``word`` before its name: leading adverbs and common nouns, while two or more characters remain."""
    from tokumei.detect.names.tokens import tokenize

    cut = 0
    for t in tokenize(word)[:-1]:
        if (t.pos[0] == "副詞" or t.pos[1] == "普通名詞") and len(word) - t.end >= 2:
            cut = t.end
        else:
            break
    return cut


#: ゆげ街道, はたご横丁, ひろめ市場, きさいや広場, かずら橋: a kana name and a road's, an alley's, a market's, a square's or a
#: bridge's word (stop 37, a-dev-676; names dev less waves 10–11: 9 such places missed).
_SITE_WORD = re.compile(r"街道|横丁|小路|市場|広場|大橋|橋")
#: Kana words before those that name no place (この街道, つり橋, いし橋).
_NOT_SITE_NAMES = frozenset("この その あの どの ここ そこ あそこ つり かけ いし まるき ながれ はね ちいさな おおきな".split())


def _opens_after(text: str, before: Token) -> bool:
    """A name may open right after the token ``before``: a particle that follows a word (not one that itself opens the
    text or follows a space or an opening bracket: ど|ようび), punctuation, a space or a proper noun."""
    if before.pos[0] == "助詞":
        return bool(text[:before.start].strip()) and text[before.start - 1] not in " 　「『（(、"
    return before.pos[0] in ("補助記号", "空白") or before.pos[1] == "固有名詞"


def kana_sites(text: str, toks: "list[Token]") -> Iterator[Span]:
    """LOCATION spans for a kana name glued to 街道・横丁・小路・市場・広場・橋 (ひろめ市場, ゆげ街道): two to five kana that start
    a word right after a particle, a delimiter or the line's start, hold no particle, and open with no verb or adjective
    that qualifies a word after it (かかる|つり|橋, みんな|で|は|橋); the first such start in the kana run wins."""
    starts = None
    for m in _SITE_WORD.finditer(text):
        b = m.start()
        if re.match(r"[ァ-ヺ一-龥々]", text[m.end():m.end() + 1]):
            continue  # 「かもめ橋スペシャル」, ゆげ街道灯り市: the site's word opens a longer name (a product, an event)
        a0 = b
        while a0 > 0 and b - a0 < 8 and "ぁ" <= text[a0 - 1] <= "ゖ":
            a0 -= 1
        if b - a0 < 2:
            continue
        if starts is None:
            starts = {t.start: k for k, t in enumerate(toks)}
        for a in range(a0, b - 1):
            k = starts.get(a)
            if k is None or b - a > 5 or text[a:b] in _NOT_SITE_NAMES:
                continue
            inside = [t for t in toks[k:] if t.start < b]
            if inside[-1].end != b:
                break  # the kana run ends inside a word (かずら橋 is one)
            before = toks[k - 1] if k else None
            if before is not None and before.end == a and not _opens_after(text, before):
                continue  # かかる|つり橋: a verb's or a noun's kana before; 「ひだまり ど|ようび広場」: a "particle" opening a word
            if any(t.pos[0] in ("助詞", "助動詞") for t in inside) or (
                    len(inside) > 1 and inside[0].pos[0] in ("動詞", "形容詞", "連体詞")) or (
                    inside[-1].pos[0] in ("動詞", "形容詞") and text[b - 1] in "うくすつぬぶむるいただ"):
                continue  # みんな|で|は|橋, かかる|橋: a phrase or a verb's form that qualifies the word, no name
            yield Span("LOCATION", a, m.end(), text[a:m.end()], 0.6, SOURCE, f"かなの名前＋「{m.group()}」",
                       data={"tier": 1, "kind": "landmark"})
            break
