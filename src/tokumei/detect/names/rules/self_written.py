"""Names a person writes or is called by in a group (tier 1, stop 43, read wave 15): a Latin name the person signs or
writes themselves (書類には自分でAung Min Thuと署名する, 「ADI PURNOMO」と署名, 名前を…「Song Minju」と看板に書いて), and a
quoted nickname a group uses (仲間内では「ホアイ」, 社内で「マーク」), and a name written in a script the text names
(本人がカタカナでコアと書く).

Foreign staff sign in Latin letters beside the katakana the text calls them by; :mod:`.latin` reads a Latin name by its
kana reading, which romanisations such as Thu (トゥ) or PURNOMO (プルノモ) do not give. The verb of signing, or writing
with 自分で or 名前 before it, says the Latin words are the person's name. A nickname in quotes after the group that
uses it (社内・仲間内・職場・現場・家族 で/では/からは) is the person's when a person is named in the same sentence
before it; :func:`.given.called_names` reads the ones before と呼ぶ.

例::

    >>> [s.text for s in self_written("ミンさんは書類に自分でAung Min Thuと署名する。", [])]
    ['Aung Min Thu']
    >>> [s.text for s in self_written("ホアさん（仲間内では「ホアイ」）", [])]
    ['ホアイ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import NOT_NAMES, TITLES
from tokumei.detect.names.rules.given import _nickname_end
from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

#: One to three Latin words (capitalised or upper case, accents allowed), in quotes or bare, then と and a verb of
#: signing or writing.
_LATIN = r"[A-ZÀ-ÞＡ-Ｚ][A-Za-zÀ-ÿＡ-Ｚａ-ｚ'’.\-]*(?:[ 　][A-ZÀ-ÞＡ-Ｚ][A-Za-zÀ-ÿＡ-Ｚａ-ｚ'’.\-]*){0,2}"
_SIGNED = re.compile(r"(?<![A-Za-zÀ-ÿＡ-Ｚａ-ｚ])「?(" + _LATIN + r")」?と(?:[\u4e00-\u9fff]{1,4}に)?(?P<verb>署名|サイン|名乗|書|記入|記)")
#: What before the Latin words makes writing (書く, 記入) the person's own name.
_OWN = re.compile(r"自分で|自ら|本人が|名前|氏名|署名|サイン")
#: A name the person writes in a script (本人がカタカナでコアと書く, ひらがなで「まりあ」と名乗る).
_IN_SCRIPT = re.compile(r"(?:カタカナ|カナ|ひらがな|ローマ字|漢字)で「?([ァ-ヴー]{2,8}|[ぁ-ゖー]{2,6}|[A-Za-z][A-Za-z .'-]{1,20}?)」?"
                        r"と(?:書|名乗|署名|サイン)")
#: A group that uses a nickname, then the nickname in quotes.
#: (also read by :func:`tokumei.anonymize.family.nicknames`, which links the nickname to its person)
GROUP_CALLERS = r"(?:社内|仲間内|職場|現場|店内|家族|みんな|皆|常連さん)(?:で|では|からは|には|の間では)(?:は)?"
_GROUP_CALL = re.compile(GROUP_CALLERS + r"「([^「」\s]{2,8})」")
_TITLE_ENDS = tuple(TITLES)


def title_call(name: str) -> bool:
    """A quoted call that ends in a title and is no katakana name (現場では「大きい社長」): said of someone, no name; also read
    by :func:`tokumei.anonymize.family.nicknames`."""
    return name.endswith(_TITLE_ENDS) and not re.match(r"[ァ-ヴー]+", name)


def self_written(text: str, found: list[Span]) -> Iterator[Span]:
    """PERSON spans for Latin names a person signs and nicknames a group uses (see the module docstring)."""
    if "と" in text and re.search(r"[A-ZÀ-ÞＡ-Ｚ]", text):
        for m in _SIGNED.finditer(text):
            a, b = m.span(1)
            before = re.split(r"[。\n]", text[max(0, a - 20) : a])[-1]
            if m.group("verb") in ("書", "記入", "記") and not _OWN.search(before):
                continue  # ヘルメットに「SAFETY」と書く: a word written, no name
            if len(m.group(1)) < 2:
                continue
            yield Span("PERSON", a, b, m.group(1), 0.85, SOURCE, "本人が書く・署名するローマ字の名前",
                       data={"tier": 1, "parts": [], "signed": True})
    for m in _IN_SCRIPT.finditer(text) if "で" in text else ():
        a, b = m.span(1)
        if m.group(1) not in NOT_NAMES and any(s.label == "PERSON" and m.start() - 80 <= s.start and s.end <= m.start()
                                               for s in found):  # (a person named a little before: Tran Dang Khoaさん。…)
            yield Span("PERSON", a, b, m.group(1), 0.85, SOURCE, "本人が書く名前（カタカナで〜と書く）", data={"tier": 1, "parts": []})
    if "「" in text:
        for m in _GROUP_CALL.finditer(text):
            a, b = m.span(1)
            b = _nickname_end(text, a, b)  # 社内では「リナさん」: the honorific is no part of the name
            if title_call(m.group(1)):
                continue  # 現場では「大きい社長」: a title said of someone, no name
            sentence_start = max(text.rfind("。", 0, a), text.rfind("\n", 0, a)) + 1
            if m.group(1) in NOT_NAMES or not any(s.label == "PERSON" and sentence_start <= s.start and s.end <= m.start()
                                                  for s in found):
                continue  # (no person named before it in the sentence: 社内では「DX」)
            yield Span("PERSON", a, b, text[a:b], 0.65, SOURCE, "仲間内・社内での呼び名（「」）",
                       data={"tier": 1, "parts": [], "nickname": True})
