"""A surname where only a person fits: 「筒井の娘」「赤塚の存命中」「秋葉たちによって」「吉岡・神山の両横綱」.

SudachiDict lists many surnames as places (赤塚, 秋葉, 岡本, 岩瀬) or as common nouns (筒井, 根本), and the
rules then report a place or nothing. What follows decides: a place has no daughter, no lifetime and
no 〜たち; an item of a ・-list of people is a person. A hiragana word with a given name's reading in the
same frames, or joined by ・ or と to a person, is a person too (まゆたちの担任, えみ・菊子とトリオ, すみれと彩). A dictionary place (not a prefecture, country
or region; no place word written on) or a surname-readable kanji word before such a frame becomes
PERSON. Site heads (佐賀工場長, 西川院長) are left alone: a place before 工場長/院長 may be the site.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "筒井の娘で中学生。"
    >>> [(s.label, s.text) for s in person_frames(t, tokenize(t), [])]
    [('PERSON', '筒井')]
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

#: After a name only a person takes.
_FRAME = re.compile(r"(?:たち|の(?:娘|息子|妻|夫|父|母|兄|弟|姉|妹|長男|次男|三男|長女|次女|孫|代理|弟子|師匠|存命中|死去|"
                    r"死後|生前|遺族|遺作|自伝|著書|没後|晩年|葬儀|妻子|両親|実家|旧姓))")
_KANJI_NAME = re.compile(r"[一-龥々]{2,3}")
#: Words of a house, a trade's head or a circle before a frame (蔵元の弟, 仲間たち): no surname there, though SudachiDict lists
#: some as one (stop 44, read names dev wave 16).
_HOUSE_WORDS = frozenset("蔵元 家元 網元 窯元 地元 親元 本家 分家 宗家 先代 親方 師匠 住職 仲間 同僚 同期 先輩 後輩".split())
_PLACE_KINDS = ("place", "municipality")


_HIRA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")
#: Between a hiragana given name and a listed person (えみ・菊子, すみれと彩)
_KANA_LIST = ("・", "と")
#: すみれたちが咲く: a flower's word, not a girl's name
_PLANT = re.compile(r"咲|花|芽|実|葉|枯|蕾")


def _surname_word(t: Token) -> bool:
    return bool(_KANJI_NAME.fullmatch(t.surface)) and "姓" in person_readings(t.surface)


def _kana_given(t: Token) -> bool:
    """A hiragana word with a given name's reading (まゆ, えみ, あかね; not the pronoun きみ)."""
    return t.pos[0] == "名詞" and bool(_HIRA_GIVEN.fullmatch(t.surface)) and "名" in person_readings(t.surface)


def person_frames(text: str, toks: list[Token], spans: list[Span]) -> list[Span]:
    """``spans`` with dictionary places before a person's frame made PERSON, new PERSON spans for
    surname words no span covers before one, and places listed with ・ between people made PERSON."""
    out = sorted(spans, key=lambda s: (s.start, s.end))
    if not _FRAME.search(text) and "・" not in text and "と" not in text:
        return out
    for i, s in enumerate(out):
        if (s.label == "LOCATION" and s.score <= 0.6 and (s.data or {}).get("kind") in _PLACE_KINDS
                and not (s.data or {}).get("coarse") and _KANJI_NAME.fullmatch(s.text)):
            before = out[i - 1] if i and out[i - 1].end == s.start - 1 else None
            after = out[i + 1] if i + 1 < len(out) and out[i + 1].start == s.end + 1 else None
            listed = any(x is not None and x.label == "PERSON" and text[min(x.end, s.end):max(x.start, s.start)] == "・"
                         for x in (before, after))
            if _FRAME.match(text, s.end) or listed:
                out[i] = s.with_(label="PERSON", score=0.6, reason="人名（〜の娘・〜たち・人名の並び）",
                                 data={"tier": 1, "parts": [(s.text, "姓")]})
    covered = bytearray(len(text) + 1)  # characters inside a span (a linear scan per token was O(tokens × spans))
    for s in out:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    people = {(s.start, s.end) for s in out if s.label == "PERSON"}
    for t in toks:
        if t.pos[0] != "名詞":
            continue
        frame = _FRAME.match(text, t.end)
        if frame is None and not "ぁ" <= t.surface[:1] <= "ゖ":
            continue  # (neither branch can act: a surname needs the frame after it, a kana name starts in hiragana)
        if any(covered[t.start:t.end]):
            continue
        if frame and _surname_word(t) and t.surface not in _HOUSE_WORDS:
            out.append(Span("PERSON", t.start, t.end, t.surface, 0.55, SOURCE, "人名（〜の娘・〜の代理）",
                            data={"tier": 1, "parts": [(t.surface, "姓")]}))
        elif _kana_given(t) and not _PLANT.search(text, t.end, t.end + 8) and (frame or any(  # まゆたちの担任, えみ・菊子とトリオ
                (text[t.end:t.end + 1] in _KANA_LIST and a == t.end + 1) or (text[t.start - 1:t.start] in _KANA_LIST and b == t.start - 1)
                for a, b in people)):
            out.append(Span("PERSON", t.start, t.end, t.surface, 0.5, SOURCE, "かなの名（〜たち・人名の並び）",
                            data={"tier": 1, "parts": [(t.surface, "名")]}))
    return out


#: A maiden or former surname after its label (石毛 亮（旧姓 大木）, 旧姓：大木, 旧姓は黄（ホアン）, 旧姓を松下といい,
#: 旧姓は真壁で、 — stop 41, read dev wave 13).
_MAIDEN = re.compile(r"(?:旧姓|旧姓は|旧姓を|旧名)[ 　：:・]?(?P<n>[\u4e00-\u9fff々]{1,4}|[ァ-ヺー]{2,6})"
                     r"(?=[）)、。，,\s（(]|といい|と言い|でした|だった|です|で[、，,]|$)")


def maiden_names(text: str) -> list[Span]:
    """PERSON spans of surnames written after 旧姓 (a person who changed surname keeps one id: coreference
    joins it to the name around it). 例: ``[s.text for s in maiden_names("石毛 亮（旧姓 大木）")]`` → ``['大木']``"""
    if "旧" not in text:
        return []
    return [Span("PERSON", m.start("n"), m.end("n"), m.group("n"), 0.8, SOURCE, "旧姓",
                 data={"tier": 1, "parts": [(m.group("n"), "姓")]}) for m in _MAIDEN.finditer(text)]


#: A speaker naming himself after what he does: 写真館をしております堀です, 食堂をやっております東です.
_SELF_INTRO = re.compile(r"(?:しております|やっております|営んでおります|勤めております|やってます|しています|やっています)"
                         r"(?P<n>[\u4e00-\u9fff々]{1,3})(?=です|でございます)")


def work_introductions(text: str) -> list[Span]:
    """PERSON spans of a surname a speaker gives right after saying what he does (…をしております堀です: a-dev-333, 367 on
    6a4c7bdc), when SudachiDict lists it as a surname. 例: ``[s.text for s in work_introductions("食堂をやっております東です。")]``
    → ``['東']``"""
    if "です" not in text:
        return []
    return [Span("PERSON", m.start("n"), m.end("n"), m.group("n"), 0.8, SOURCE, "自己紹介の姓（…しております〇〇です）",
                 data={"tier": 1, "parts": [(m.group("n"), "姓")]})
            for m in _SELF_INTRO.finditer(text) if "姓" in person_readings(m.group("n"))]
