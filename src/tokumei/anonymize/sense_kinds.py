"""Verdicts of :func:`tokumei.anonymize.sense.triage` about what a span names besides a person or a company: a place
(「僕は金沢の割烹で」 → （地名））, a programme's title (「ふかや・あきんどラジオ」 → （番組名））, a thing (「清水が湧き出る」) or a
description of a trade (メガネフレーム工房). Split from sense.py when it passed 400 lines; the rules are unchanged.

例::

    >>> from tokumei.span import Span
    >>> thing_not_person("裏の井戸の清水がなかったら", Span("PERSON", 5, 7, "清水", .55, "t", "人名（姓）"))
    True
"""
from __future__ import annotations

import re

# (imported by sense.py once its helpers are defined; import sense, not this module, first)
from tokumei.anonymize.sense import _entries, _plain, has_name_reading
from tokumei.anonymize.sense_shops import _HONORIFIC, _TITLE_AFTER
from tokumei.detect.names.lexicon import LEGAL_MARK
from tokumei.detect.names.rules.town_echoes import district_of_named
from tokumei.span import Span


_STOP_AFTER = re.compile(r"(?:停留場|停留所|電停|バス停|交差点|通り|街道|インター|IC|ランプ|SA|PA)")
_EVENT_QUOTE = re.compile(r"「[^」\n]{0,30}(?:まつり|祭り|祭|フェス|フェスタ|マルシェ|フェア|デー|めぐり|ウォーク|ラリー|市|"
                          r"ラジオ|チャンネル|通信|ナビ|マップ|だより)」")
_NOT_PLACE_AFTER = re.compile(r"[ \u3000]?(?:家|一家|家族|夫妻|兄弟|姉妹|親子|[：:]|と申)")


_MEDIA_END = re.compile(r"(?:ラジオ|チャンネル|ちゃんねる|TV|ＴＶ|テレビ|通信|放送|ポッドキャスト|番組|ch)$")
_MEDIA_NEXT = re.compile(r"(?:ラジオ|チャンネル|ちゃんねる|TV|ＴＶ|通信|ポッドキャスト)")


def _programme_title(text: str, s: Span) -> bool:
    """「ふかや・あきんどラジオ」 taken for an organisation: a programme's title (it ends in, or runs on
    into, a media word and has no legal form) gets （番組名）, never 「A社」 (the programme risk lists it)."""
    if s.label != "ORGANIZATION" or LEGAL_MARK.search(s.text) or (s.data or {}).get("kind_prefix"):
        return False
    return bool(_MEDIA_END.search(s.text) or _MEDIA_NEXT.match(text, s.end))


#: Before a word that is said as a surname (旧姓は宮永, 名字は…): never a place there.
_SURNAME_BEFORE = re.compile(r"(?:旧姓|名字|苗字|姓|旧名)(?:は|が|：|:)?[ \u3000]?$")


def _place_not_person(text: str, s: Span, spans: list[Span]) -> bool:
    """「僕は金沢の割烹で」: a bare PERSON span that SudachiDict knows as a place and that names a city
    (the gazetteer has 金沢市), never written as a person in the document (no honorific or title after
    it, no full name around it, no 家 or speaker colon after it), is a place —
    a person's letter there (「D氏の割烹」) would be wrong; the place word (（地名）) is not."""
    d = s.data or {}
    if s.label != "PERSON" or d.get("reading") or d.get("ambiguous") or d.get("place") or d.get("relation") or " " in s.text \
            or "\u3000" in s.text or len(s.text) < 2 or d.get("title"):
        return False  # (a title the detector read after it — 滝沢親方, 柏木杜氏 — writes it as a person)
    if _STOP_AFTER.match(text, s.end):
        return True  # 市電の西町停留場から: a stop, a crossing or a street is named after a place
    lo = text.rfind("「", max(0, s.start - 20), s.start + 1)
    if lo >= 0 and (m := _EVENT_QUOTE.match(text, lo)) and m.end() >= s.end and not _HONORIFIC.match(text, s.end):
        return True  # 「いわた医療のしごと体験デー」: the name in front of an event or a programme is its town
    if _NOT_PLACE_AFTER.match(text, s.end) or _SURNAME_BEFORE.search(text, max(0, s.start - 5), s.start):
        return False
    if not any(p[2] == "地名" for p in _entries(s.text)):
        if not district_of_named(s.text, spans):
            return False  # (柘植, 吉良川: a district of the town the text names, SudachiDict's 地名 or not)
    else:
        from tokumei.detect.geo import gazetteer

        if not gazetteer().candidates(s.text + "市", None) and not district_of_named(s.text, spans):
            return False  # most surnames are place names somewhere (山田); a city of that name is rarer (金沢市)
    for o in spans:
        if o.label == "PERSON" and (o.data or {}).get("canonical") == s.text:
            return False  # 藤枝（ふじえだ）: the detector read a name's reading after it
        if o.label != "PERSON" or s.text not in o.text:
            continue
        if o.text != s.text or _HONORIFIC.match(text, o.end) or _TITLE_AFTER.match(text, o.end) or (o.data or {}).get("title"):
            return False  # the document writes it as a person somewhere
    return True


#: What is said of a thing and never of a person right after a bare word (清水が|湧き出る, 星が|見える).
_THING_AFTER = re.compile(r"(?:が|は|も|を)?[ \u3000]?(?:湧|沸き|流れ|見え|見渡|光っ|光る|輝|瞬|茂|咲|降|澄|枯れ|溢れ|あふれ|"
                          r"広が|生い茂|きらめ|そび|揺れ|散っ|散る|実る|色づ|芽吹|冷た|きれい|綺麗|美し|湧い|出る|流る)"
                          r"|の(?:中|奥|上|下|向こう|木|木々|葉|水|空|間|外れ|入り口|入口|小道|すき間|隙間|音|光|香り|恵み)(?![一-龥])")
#: More of what is said of water, after が/さえ (清水がたまった, 清水さえ凍る, 清水がなかったら).
_THING_AFTER_MORE = re.compile(r"(?:が|さえ|も)[ \u3000]?(?:たま|溜ま|凍|涸れ|枯れ|なかっ|なければ|出て|わい|湧い|冷た)")
_PERSON_BEFORE = re.compile(r"(?:さん|氏|社長|会長|代表|専務|店主|夫|妻|父|母|兄|弟|姉|妹|息子|娘|長男|次男|長女|次女|先代|当主|"
                            r"担当|女将|職人|常連|友人)(?:の|、)?[ \u3000]?$")


#: Before a bare word: a thing's place or likeness (井戸の清水, 湧き水のような清水, 裏山の清水).
_THING_BEFORE = re.compile(r"(?:井戸|湧き水|泉|沢|谷|山|岩|裏山|池|滝)の$|のような$|ような$")


def thing_not_person(text: str, s: Span) -> bool:
    """「清水が湧き出る」「星が見える」「林の中」: a bare one- or two-kanji PERSON span that SudachiDict
    also has as an ordinary noun, with no honorific, title or relation beside it, before a predicate
    of nature or a place noun — the thing, even in a text where 清水さん is a person."""
    d = s.data or {}
    word = s.text
    if s.label != "PERSON" or not re.fullmatch(r"[一-龥]{1,2}", word) or d.get("nickname") or d.get("relation") \
            or d.get("given") or any(k == "名" for _, k in (d.get("parts") or ())):
        return False
    if _HONORIFIC.match(text, s.end) or _TITLE_AFTER.match(text, s.end) or _PERSON_BEFORE.search(text, max(0, s.start - 6), s.start):
        return False
    if re.match(r"[一-龥々]", text[s.start - 1 : s.start]) or re.match(r"[一-龥々]", text[s.end : s.end + 1]):
        return False
    if not any(p[:2] == ("名詞", "普通名詞") for p in _entries(word)):
        return False
    return bool(_THING_AFTER.match(text, s.end) or _THING_BEFORE.search(text, max(0, s.start - 6), s.start)
                or _THING_AFTER_MORE.match(text, s.end))


#: Kind words that end a business's description (メガネフレーム|工房).
_BUSINESS_KIND = re.compile(r"(?:工房|工場|製作所|教室|農園|スタジオ|ショップ|アトリエ|サロン)$")


def generic_business(text: str, s: Span) -> bool:
    """メガネフレーム工房, 革小物工房: an ORGANIZATION span with no legal form, not quoted, that is two or
    more ordinary nouns (no name reading, in the dictionary) before a kind word — the trade, no name."""
    d = s.data or {}
    if s.label != "ORGANIZATION" or LEGAL_MARK.search(s.text) or d.get("kind_prefix") or d.get("core"):
        return False
    if text[s.start - 1 : s.start] in ("「", "『") or text[s.end : s.end + 1] in ("」", "』"):
        return False
    word = s.text.strip()
    m = _BUSINESS_KIND.search(word)
    if not m or m.start() == 0:
        return False
    from tokumei.detect.names.tokens import tokenize

    head = [t for t in tokenize(word[: m.start()]) if t.surface.strip()]
    if len(head) == 1 and not head[0].oov and head[0].pos[:3] == ("名詞", "固有名詞", "一般") \
            and re.fullmatch(r"[\u30a1-\u30faー]{5,}", head[0].surface) and not has_name_reading(head[0].surface):
        return True  # レザークラフト|工房, ステンドグラス|工房: a craft SudachiDict lists, no shop's name
    kana = re.match(r"[\u3041-\u3096ー]+", word)
    if kana and sum(1 for t in head if t.end <= kana.end()) >= 2:
        return False  # とび|しま|果汁工房: a kana name cut into pieces by the dictionary, not a trade (n-dev-612)
    return len(head) >= 2 and all(_plain(t) and t.pos[0] == "名詞" for t in head) \
        and not re.fullmatch(r"[\u3041-\u3096ー]+", word[: m.start()])
