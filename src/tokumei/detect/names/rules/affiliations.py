"""A person's affiliation in the brackets after the name (tier 1, since stop 31; issues #11, #12).

Minutes, panel listings, bylines and case studies write who someone is with in brackets after the name:
「出席：仲間 一輝（司会・なかま電機）」, 「中小企業診断士 椎葉 康平（しいば経営研究所・佐世保市）」. The business there often has no legal form and no shop word (なかま電機, くさば自転車, きど経営
サポート), so no other rule reads it, and the hand-written dev sets left it in the published text. Each part of
the bracket (cut at ・、／) that is not a reading, an age, a role, a place or ordinary words, and that looks like a
name (a proper noun or unknown word, a kana head before a kind word, a katakana word SudachiDict does not know),
is that person's organisation. Not a part with a particle, a verb, a number or an adverb (（台湾出身だそう）,
（研磨歴52年）, （仙台より）: words about the person), nor an address. A person inside the bracket with an affiliation
after it (会場（山岸さん、高丘地区青年部）) is left: on the cross-validation folds that reading mostly found phrases
(（里奈さんの夫）).

例::

    >>> from tokumei.span import Span
    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "出席：仲間 一輝（司会・なかま電機）"
    >>> p = Span("PERSON", 3, 8, "仲間 一輝", .85, "jp.names.rules.v1", "人名（姓名）")
    >>> [(s.label, s.text) for s in affiliations(t, tokenize(t), [p])]
    [('PERSON', '仲間 一輝'), ('ORGANIZATION', 'なかま電機')]
"""
from __future__ import annotations

import re
from typing import Sequence

from tokumei.detect.geo import PREFECTURES
from tokumei.detect.names.lexicon import TITLES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.vetoes import _inside  # tokens of a span by bisection, the rules' shared lookup
from tokumei.detect.names.tokens import Token, dictionary_entries
from tokumei.span import Span

__all__ = ["affiliations"]

REASON = "人名の後の括弧の中の所属（（なかま電機））"
#: The bracket right after a name (and its honorific), up to 40 characters on one line.
_BRACKET = re.compile(r"(?:さん|様|氏|さま)?[（(](?P<c>[^（()）\n]{2,40})[）)]")
#: One part of the bracket (cut at ・、／).
_PART = re.compile(r"[^・、／/，,]+")
_READING = re.compile(r"[ぁ-ゖァ-ヺー・ 　]+")
_AGE = re.compile(r"[0-9０-９]+(?:歳|才|代)?|[0-9０-９]+年(?:生|生まれ)?")
#: Roles and kinds of people (司会, 元教員, 研修生, 農家): no organisation.
_ROLE_END = re.compile("(?:" + "|".join(sorted(TITLES | {
    "司会", "進行", "記録", "講師", "通訳", "職人", "生産者", "農家", "学生", "研修生", "主婦", "会員", "員", "者", "生", "士", "師",
    "出身", "在住", "生まれ", "育ち", "国籍", "籍", "担当", "係", "役", "長", "手", "家", "人", "屋さん", "さん"}, key=len, reverse=True)) + ")$")
_PREFS = "|".join(PREFECTURES)
_PLACE = re.compile(rf"(?:{_PREFS})|[一-龥々ヶ]{{1,5}}(?:市|町|村|区|郡|県|府|都)")
_NICKNAME = re.compile(r"通称|呼び名|愛称|旧姓|ニックネーム|あだ名|[「」『』：:]|さん|ちゃん|くん|様")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ .・\-]+")
_PREF_START = re.compile(f"(?:{_PREFS}|[一-龥々ヶ]{{1,4}}[市郡])")
_KANA_HEAD = re.compile(r"[ぁ-ゖ]{2,}(?=[一-龥々ァ-ヺ])")
_NOT_HEADS = ("この", "その", "あの", "どの", "もと", "いま", "まえ", "ともに", "とも", "おもに", "すべて", "みな", "ほか")
#: A count or an order (三代目, 勤続十五年, 従業員14名): words about the person.
_COUNTED = re.compile(r"[一二三四五六七八九十百千万0-9０-９]+(?:代目?|年|名|人|歳|才|期|号|回|度)")


#: A quote alone in the bracket (（「八百寅」）), and the ends that make it a shop's name, not a person's nickname.
_QUOTED_ALONE = re.compile(r"[「『]([^「」『』\n]{2,8})[」』]")
_SHOP_END = re.compile(r"(?:屋|堂|店|庵|亭|園|館|舗|商店|食堂|工房|寅|丸|本舗|商会)$")


def _name_like(part: str, toks: Sequence[Token]) -> bool:
    """A proper noun, an unknown word, a kana head before a kind word, or an unknown katakana word."""
    if _KANA_HEAD.match(part) and not part.startswith(_NOT_HEADS):
        return True  # なかま電機, くさば自転車, きど経営サポート: a kana name is written in kana on purpose
    for t in toks:
        if t.oov or t.pos[1] == "固有名詞" and (t.pos[2] != "地名" or len(toks) > 1):
            return True  # (a place and more words is a body named after it: 高丘地区青年部)
        if re.fullmatch(r"[ァ-ヺー]{3,}", t.surface) and not dictionary_entries(t.surface):
            return True
    return False


def _phrase(part: str, toks: Sequence[Token]) -> bool:
    """Words, not a name: a particle, a verb or an auxiliary after any kana head (くさ|ば of くさば自転車 is the head),
    a number, an adverb or a demonstrative."""
    head = _KANA_HEAD.match(part)
    start = toks[0].start + head.end() if head and toks else -1
    for t in toks:
        if t.pos[0] in ("助詞", "助動詞", "動詞", "形容詞") and t.start >= start:
            return True
        if t.pos[1] == "数詞" or t.pos[0] in ("副詞", "連体詞") or any(c.isdigit() for c in t.surface):
            return True
    return False


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    for m in _PART.finditer(text, a, b):
        x, y = m.span()
        while x < y and text[x] in " 　":
            x += 1
        while y > x and text[y - 1] in " 　":
            y -= 1
        if y - x >= 2:
            out.append((x, y))
    return out


def affiliations(text: str, toks: Sequence[Token], spans: list[Span]) -> list[Span]:
    """``spans`` with the affiliations in brackets after a person added as organisations (a weak bare name the rules
    guessed inside one is dropped); see the module docstring."""
    people = [s for s in spans if s.label == "PERSON" and (s.score >= 0.8 or (s.data or {}).get("title"))]
    if not people or not ("（" in text or "(" in text):
        return spans
    # a bare name the rules guessed inside the part (大川 of 大川染工, 0.5) gives way to the affiliation
    weak = {(s.start, s.end) for s in spans if s.label in ("PERSON", "LOCATION") and s.score < 0.8}
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for p in people:
        m = _BRACKET.match(text, p.end)
        if m is None:
            continue
        a, b = m.span("c")
        if _READING.fullmatch(text[a:b]):
            continue  # (ももせ たかひろ), (すぎうら・まさあき): a reading
        for x, y in _parts(text, a, b):
            part = text[x:y]
            if _AGE.fullmatch(part) or _ROLE_END.search(part) or _PLACE.fullmatch(part) or _READING.fullmatch(part) \
                    and not re.search(r"[ァ-ヺ]{3,}", part):
                continue
            q = _QUOTED_ALONE.fullmatch(part)
            if q is not None and not any(u < y and x < v for u, v in taken):
                # 阿部寅雄（「八百寅」）: the person's 屋号 or nickname, quoted alone in the bracket — either way it names
                # them (stop 45, read anonymize dev wave 17: 「八百寅」 was published)
                qa, qb = x + 1, y - 1
                shop = _SHOP_END.search(q.group(1)) is not None or q.group(1).startswith(("八百", "魚", "米", "酒"))
                out.append(Span("ORGANIZATION" if shop else "PERSON", qa, qb, text[qa:qb], 0.6, SOURCE,
                                 "人名の後の括弧の中の「」の屋号・呼び名",
                                 data={"tier": 1, "affiliation": True} if shop else {"tier": 1, "parts": [], "nickname": True}))
                taken.append((qa, qb))
                continue
            if _NICKNAME.search(part) or _LATIN.fullmatch(part):
                continue  # （通称「ヤスさん」）, （呼び名：ホア）, （Yuzu Hama）: the person's other name
            if any(u < y and x < v and not (u == x and v <= y - 2 and (u, v) in weak) for u, v in taken):
                continue  # (a weak bare name at the head of the part gives way: 大野|染工)
            inside = [t for t in _inside(toks, x, y) if x <= t.start and t.end <= y]
            if _phrase(part, inside) or _PREF_START.match(part) or _COUNTED.search(part):
                continue  # 台湾出身だそう, 研磨歴52年, 仙台より, 福岡県うきは市浮羽町: words about the person, an address
            entries = dictionary_entries(part)
            if entries and all(e[1] == "普通名詞" or e[2] == "地名" for e in entries):
                continue  # 元教員 is no word; 農協 (普通名詞), 佐世保 (地名) are no one's own name
            if _name_like(part, inside):
                out.append(Span("ORGANIZATION", x, y, part, 0.6, SOURCE, REASON, data={"tier": 1, "affiliation": True}))
                taken.append((x, y))
    if not out:
        return spans
    return [s for s in spans if not any(o.start <= s.start and s.end <= o.end and (s.start, s.end) in weak for o in out)] + out
