"""A place found without the kanji glued to its edge (post step, tier 1): 椿|泊, 大間|崎, 答|志島, 黒之|瀬戸.

SudachiDict lists 椿, 大間 and 志島 as 地名, and the model follows the dictionary's word, so the place is found
one kanji short: 「椿泊の集落」 came out as 「（地名）泊の集落」, 「答志島の旅館」 as 「答（地名）の旅館」. A place
name does not stop in the middle of a run of kanji:

* after: one kanji that ends landforms, seas and harbours (崎 岬 泊 浦 浜 坑 郷 島 岳 峠 湊 潟 沢 瀬 鼻 磯 谷 灘; 群 of 古墳群), then
  a particle, punctuation or the end — not 泊まる, not 島民;
* before: one kanji at the start of a run (after punctuation, a space, kana or the line start), or one kanji
  and 之/ノ/ヶ (黒之瀬戸), before an island, cape or mountain — not a prefix (旧 元 新 同 当 本 各 全 両 県 市 …).

The grown span keeps its label and kind; it is never grown over another span. Checked on the hand-written dev
documents (the cut places of a-dev-2xx) and on GSD train+dev by span diff before and after.

例::

    >>> from tokumei.span import Span
    >>> [s.text for s in grow_place_edges("椿泊の集落", [Span("LOCATION", 0, 1, "椿", .6, "x", "")])]
    ['椿泊']
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.place_bodies import CALLED
from tokumei.detect.recognizers.jp.location import GA_LANDFORMS
from tokumei.span import Span

_TAIL = re.compile(r"[崎岬泊浦浜坑郷島岳峠湊潟沢瀬鼻磯谷群灘](?=の|から|まで|で|や|、|。|を|に|は|が|へ|と|も|」|）|\)|・|\s|$)")
_KANJI = re.compile(r"[\u4e00-\u9fff々ヶ0-9０-９]")
_PLACE_TEXT = re.compile(r"[\u4e00-\u9fff々ヶ][\u4e00-\u9fff々ヶノの]{0,7}")
_NOT_HEAD = frozenset("旧元新前同当本各全両約在県市町村区都府道郡国島北南東西上下小大第")
_LANDFORM_END = ("島", "崎", "岬", "山", "岳", "瀬戸", "浜", "浦")


def grow_place_edges(text: str, spans: list[Span]) -> list[Span]:
    """The LOCATION spans with the kanji glued to their edges taken in (see the module docstring)."""
    taken = sorted((s.start, s.end) for s in spans)
    out: list[Span] = []
    for s in spans:
        if s.label == "PERSON":
            s = _person_read_in_a_place(text, s, taken)
        if s.label == "LOCATION" and s.text[:1] >= "\u4e00" and (s.data or {}).get("kind") in _NAMED_KINDS \
                and (h := _kana_lead(text, s.start)) is not None \
                and not _covered(taken, h, s.start, s):
            # がいせん|桜通り: a kana word from the line's start or a bracket is the street's or the park's name (a-dev-413)
            s = s.with_(start=h, text=text[h:s.end])
        if s.label != "LOCATION" or not _PLACE_TEXT.fullmatch(s.text):
            out.append(s)
            continue
        a, b = s.start, s.end
        if (m := _TAIL.match(text, b)) and not _covered(taken, b, m.end(), s):
            b = m.end()
        if s.text.endswith(_LANDFORM_END) and len(s.text) >= 2 and (h := _head(text, a)) is not None \
                and not _covered(taken, h, a, s):
            a = h
        if (a, b) != (s.start, s.end):
            s = s.with_(start=a, end=b, text=text[a:b])
        out.append(s)
    return out


#: What follows a place's name directly: a particle, a delimiter or the end (the look-ahead of _PERSON_TAIL, left open
#: so that some kinds add words of where: 関之尾滝|方面).
#: (stop 42, read names dev wave 14: 美和|ダム近くの土場, 佐田|沈下橋じゃなくて, 高館|山側から回って — words of where end it too)
_PLACE_END = r"(?=の|から|まで|で|や|、|。|を|に|は|が|へ|と|も|」|）|\)|\s|$|近く|側|沿い|付近|周辺|じゃ"
#: After a person's name no landform kanji is glued (馬仙|峡, 折爪|岳, 素波|里峡): a name read there is the place's.
_PERSON_TAIL = re.compile(r"(?:[ヶケノ]?[峡岳岬崎浦坑湖沼滝]|[ヶケ][窪淵原丘池]|[\u4e00-\u9fff][峡滝])" + _PLACE_END + r"|方面|周辺|付近|一帯)"
                          # (stop 35, names dev wave 7) 岡城|跡の桜, 佐田|沈下橋のライトアップ, 八海|山麓の旅館: a castle's
                          # remains, a bridge, a mountain's foot
                          r"|(?:城跡|城址|(?<=[城寺])跡|沈下橋|大橋|橋)" + _PLACE_END + r"|方面|周辺|付近)"
                          r"|山" + _PLACE_END + "|麓|頂|系)"
                          # 天河|大辨財天社, 高鴨|神社: a name glued to a shrine is the shrine's place
                          r"|大?[\u4e00-\u9fff]{0,3}?(?:神社|大社|天社|神宮|八幡宮|天満宮)(?![\u4e00-\u9fff])"
                          # 寺下|観音, 滝野|不動: a name glued to a temple's or a shrine's figure is that temple
                          r"|(?:観音|不動|地蔵|薬師|権現|稲荷)" + _PLACE_END + ")"
                          # 丸山|ダムと旅足川: a name glued to a dam or its lake
                          r"|ダム湖?" + _PLACE_END + ")"
                          # (stop 34) 入野|松原のクリーン作戦, 奥川|地区, 有川|港: a name glued to a shore, a district or a harbour
                          r"|(?:松原|海岸|漁港|海水浴場|集落|地区|公民館|高原|渓谷|港)" + _PLACE_END + ")"
                          # (stop 36, names dev less waves 9–10: 115 places read as people) 池山|水源, 広橋|梅林, 渡嘉志久|ビーチ,
                          # 北斎|館, 西田幾多郎|記念哲学館: a spring, a grove, terraced fields, a beach, a museum or a hall
                          r"|(?:水源|湧水|梅林|棚田|ビーチ|勤番所|番所|交流館|記念館|資料館|美術館|博物館|記念哲学館|古墳|貝塚|遺跡|の吊橋|吊橋)"
                          + _PLACE_END + ")")
#: Landform kanji after ヶ (駒ヶ岳, 龍ヶ窪, 由比ヶ浜).
_GA_LAND = frozenset(GA_LANDFORMS)
#: One kanji that may open a river's or hill's name glued before a surname read there (常|浪川); not a prefix or a
#: kin word (故中川, 父中川).
_NOT_RIVER_HEAD = frozenset("故亡父母兄姉弟妹妻夫祖叔伯義甥姪孫")


def _person_read_in_a_place(text: str, s: Span, taken: list[tuple[int, int]]) -> Span:
    """A PERSON span that is a place's name: a landform kanji glued after it (馬仙|峡の遊歩道), a 〜岳 of three kanji
    or more (折爪岳の写真: mountains, not people), or one kanji and 之/ノ/ツ glued before a river or a hill (万之|瀬川,
    一ツ|瀬川) — never with an honorific after it or a reading."""
    d = s.data or {}
    a = s.start
    if a >= 2 and text[a - 1] in "ヶケ" and s.text[:1] in _GA_LAND and _KANJI.match(text[a - 2]):
        h = a - 2
        while h > 0 and a - 1 - h < 3 and "\u4e00" <= text[h - 1] <= "\u9fff":
            h -= 1  # 龍ヶ|窪ゆきほり体験: the person read after ヶ is the landform's; the place is 龍ヶ窪
        return Span("LOCATION", h, a + 1, text[h:a + 1], 0.6, s.source, "地名（〜ヶ＋地形の語）", data={"tier": 1, "kind": "landmark"})
    if d.get("reading") or d.get("title") or not re.fullmatch(r"[\u4e00-\u9fff々ヶ]{2,4}", s.text) or CALLED.match(text, s.end):
        return s
    m = _PERSON_TAIL.match(text, s.end)
    parts = d.get("parts", ())
    given_glued = a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff" and not any(k == "姓" for _, k in parts)
    if any(k == "名" and len(p) >= 2 for p, k in parts) and not given_glued \
            and not (m and m.group().endswith(("社", "宮", "観音", "不動", "地蔵", "薬師", "権現", "稲荷"))):
        return s  # (後藤光岳: a surname and a given name, the sculptor; 折爪|岳 is no 姓+名; 天河|大辨財天社 is a shrine;
        # (stop 35) a given name alone with a kanji glued before it is no name: 展|海峰)
    a, b = s.start, s.end
    if m is not None and not _covered(taken, b, m.end(), s):
        b = m.end()
    elif not (len(s.text) >= 3 and s.text.endswith("岳")):
        if s.text.endswith(("川", "山", "島", "岳")) and a >= 2 and text[a - 1] in "之ノツ" \
                and "\u4e00" <= text[a - 2] <= "\u9fff" and not _covered(taken, a - 2, a, s):
            a -= 2
        elif s.text.endswith(("川", "浦", "浜", "崎", "沢", "沼", "池", "滝", "島", "寺", "峰", "原")) \
                and (h := _head(text, a) if not s.text.endswith("島") else _head(text, a) or _head2(text, a)) is not None \
                and text[h] not in _NOT_RIVER_HEAD and not _covered(taken, h, a, s):
            # 常|浪川と阿賀野川, 羽|伏浦でのサーフィン: one kanji opening the run, then a surname ending in a landform;
            # (stop 34) 中|通島, 日間|賀島 (one or two kanji before an island), 乙|宝寺 (a temple); (stop 35) 展|海峰, 金|作原
            a = h
        else:
            return s
    return Span("LOCATION", a, b, text[a:b], 0.6, s.source, "地名（人名と読まれた山・川・峡の名）",
                data={"tier": 1, "kind": "island" if text[a:b].endswith("島") else "landmark"})


#: Places named by a word of their own before a kind (streets, parks, facilities, landmarks), not towns or countries.
_NAMED_KINDS = frozenset({"street", "facility", "landmark", "park", "terraces", "avenue"})
_KANA_LEAD_OPENS = frozenset("\n「『（(【、。 　：:・")
_NOT_KANA_NAME = frozenset(("接続詞", "副詞", "代名詞", "連体詞", "感動詞", "助動詞", "動詞", "形容詞", "形状詞"))


def _kana_lead(text: str, a: int) -> int | None:
    """Where a hiragana word of two to six letters glued before ``a`` starts, if it opens a line, a bracket or a
    clause and SudachiPy reads no function word, adverb or verb in it (そして, いつもの, きれいな are no names)."""
    h = a
    while h > 0 and a - h < 6 and "ぁ" <= text[h - 1] <= "ゖ":
        h -= 1
    if a - h < 2 or (h > 0 and text[h - 1] not in _KANA_LEAD_OPENS):  # (a longer kana run is no opening: ぁ-ゖ is in no opening)
        return None
    from tokumei.detect.names.tokens import tokenize

    toks = tokenize(text[h:a])
    if not toks or any(t.pos[0] in _NOT_KANA_NAME or "副詞可能" in t.pos for t in toks) or toks[-1].pos[0] == "助詞":
        return None
    return h


def _head2(text: str, a: int) -> int | None:
    """Where two kanji glued before ``a`` start, if they open their kanji run and the first is no prefix (日間|賀島)."""
    h = a - 2
    if h < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[h:a]) or text[h] in _NOT_HEAD:
        return None
    return h if h == 0 or not _KANJI.match(text[h - 1]) else None


def _head(text: str, a: int) -> int | None:
    """Where one kanji (and 之/ノ/ヶ) glued before ``a`` starts, if it opens its kanji run and is no prefix."""
    h = a - 1
    if h >= 1 and text[h] in "之ノヶ":
        h -= 1
    if h < 0 or not ("\u4e00" <= text[h] <= "\u9fff") or text[h] in _NOT_HEAD:
        return None
    return h if h == 0 or not _KANJI.match(text[h - 1]) else None


def _covered(taken: list[tuple[int, int]], a: int, b: int, own: Span) -> bool:
    return any(x < b and a < y and (x, y) != (own.start, own.end) for x, y in taken)


def add_place_edges(view, spans: list[Span]) -> list[Span]:
    """Post step: :func:`grow_place_edges` on the resolved spans."""
    return grow_place_edges(view.original, spans)
