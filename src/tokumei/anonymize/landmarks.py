"""Named landmarks near a business are generalised under ``publication`` (issue #12), as local bodies are.

A landmark written with its own name (a bridge, a castle, a clock tower, a shrine, a shopping street)
says where the business stands as well as its town would: 「かもめ橋のたもとにある」 is a street
address to anyone who knows the town. The ``landmark`` risk only *flagged* such passages; under a
policy that applies ``place_name`` risks (``publication``) :func:`landmarks` makes the named landmark
a place of kind ``landmark``, replaced by 「地元の橋」「地元の神社」「地元の名所」 (the kind stays, the
name goes: the pattern of :func:`~tokumei.anonymize.leaks_places.local_bodies`).

A landmark is one to eight characters of nouns glued to a landmark word, with no particle between
them (かもめ|橋, 本丸|大時計, ひがし|茶屋街). Left as written:

* a kind of landmark rather than a named one (石橋, 鉄橋, 歩道橋, 山寺: :data:`GENERIC`), and a stem
  that names no place (近くの橋, 駅前商店街, 地元の神社: :data:`_NOT_A_NAME`);
* a place the detector found already (its own place word is kept), an allow-listed public body, and
  a landmark inside 「…」 (a product or an event: a ``brand`` risk);
* a surname (高橋, 大橋: SudachiDict's 姓) and a word before an honorific (高橋さん).

例::

    >>> [(s.text, s.data["body"]) for s in landmarks("店はかもめ橋のたもとにある。", [])]
    [('かもめ橋', '橋')]
    >>> landmarks("近くの石橋を渡る。", [])
    []
"""
from __future__ import annotations

import re
from typing import Any, Callable

from tokumei.anonymize.places import MARKS_ONLY
from tokumei.span import Span

__all__ = ["GENERIC", "LANDMARK_WORDS", "landmarks"]

SOURCE = "anonymize.landmarks.v1"

#: Landmark word → the word written after 「地元の」 in its place.
LANDMARK_WORDS: dict[str, str] = {
    **dict.fromkeys(("橋", "大橋"), "橋"), **dict.fromkeys(("城", "天守閣", "天守", "城跡", "城址"), "城"),
    **dict.fromkeys(("神社", "神宮", "大社", "天満宮", "八幡宮", "稲荷"), "神社"), "寺": "寺",
    **dict.fromkeys(("商店街", "銀座通り", "アーケード"), "商店街"), **dict.fromkeys(("公園", "庭園"), "公園"),
    **dict.fromkeys(("茶屋街", "横丁", "大時計", "時計台", "時計塔", "タワー", "灯台", "古墳", "大仏", "鳥居", "五重塔"), "名所"),
    # halls and venues (米子コンベンションセンター, 釧路市観光国際交流センター): the venue's kind stays
    **dict.fromkeys(("コンベンションセンター", "国際会議場", "会議場"), "会議場"),
    **dict.fromkeys(("会館", "文化会館", "市民会館", "公会堂"), "会館"), **dict.fromkeys(("ホール", "文化ホール", "市民ホール"), "ホール"),
    **{w: w for w in ("交流センター", "文化センター", "市民センター", "コミュニティセンター", "公民館", "体育館", "アリーナ",
                      "スタジアム", "競技場", "野球場", "球場", "展示場", "美術館", "博物館", "記念館", "資料館", "図書館",
                      "植物園", "動物園", "水族館", "科学館")},
}
_WORD_RX = re.compile("|".join(map(re.escape, sorted(LANDMARK_WORDS, key=len, reverse=True))))

#: Kinds of landmark, not names (石橋 as a stone bridge; 山寺 as a mountain temple).
GENERIC = frozenset("石橋 鉄橋 歩道橋 陸橋 吊り橋 吊橋 つり橋 跳ね橋 木橋 土橋 丸木橋 桟橋 浮橋 高架橋 連絡橋 架け橋 掛け橋 "
                    "太鼓橋 石垣 古城 名城 山城 平城 居城 築城 出城 根城 牙城 城跡 山寺 古寺 尼寺 末寺 本寺 菩提寺 檀那寺 お寺 "
                    "氏神 鎮守 古墳 公園 児童公園 国立公園 県立公園 市立公園 都市公園 庭園 日本庭園 電波塔 鉄塔 給水塔".split())
#: Stems that name no place (近く|の橋 never reaches here; 駅前|商店街 and 地元|神社 do).
_NOT_A_NAME = frozenset("近く 近所 地元 地域 駅前 駅 中心 中央 市内 町内 県内 村内 区内 周辺 付近 近隣 界隈 最寄り 裏 表 横 前 "
                        "大 小 新 旧 古 大型 小型 大きな 小さな 古い 新しい 有名 人気 観光 各 同 当 この その あの 石 鉄 木 "
                        "老舗 昔 昔ながら 下町 商店 町 街 村 市 海 山 川 丘 港 島 うち 家 お".split())
_GLUE = ("名詞", "接頭辞", "接尾辞")
_HONORIFIC = re.compile(r"[ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|会長|専務|常務|店主|店長|家)")


#: A venue's own katakana name after its formal name and a space (所沢市民文化センター ミューズ).
_NICKNAME = re.compile(r"[ \u3000][ァ-ヺー]{2,10}(?=[ \u3000、。（(）)」\n]|[のでにへはがを]|$)")


#: After a landmark's name, words no person takes (宮橋のたもと, 大城の石垣): the surname-like name is the landmark.
_ONLY_A_PLACE = re.compile(r"(?:の(?:たもと|袂|欄干|石垣|天守|境内|参道|鳥居|山門|ほとり)|を渡)")


def _district(word: str) -> bool:
    """SudachiDict has ``word`` as a place name (新橋, 京橋: a district named after its bridge)."""
    from tokumei.anonymize.sense import _entries

    return any(p[:3] == ("名詞", "固有名詞", "地名") for p in _entries(word))


def _surname(word: str) -> bool:
    """SudachiDict has ``word`` as a surname (高橋, 大橋, 石城)."""
    from tokumei.anonymize.sense import _entries

    return any(p[:4] == ("名詞", "固有名詞", "人名", "姓") for p in _entries(word))


def _stem_start(tokens: tuple, at: int) -> int | None:
    """Start of the noun run (one to eight characters) that ends at ``at`` (かもめ|橋 → かもめ)."""
    run = [t for t in tokens if t.end <= at]
    start = at
    for t in reversed(run):
        # みはらし|公園: a kana name SudachiPy reads as a verb's stem counts when it starts the run
        kana_verb = t.pos[0] == "動詞" and start == at and re.fullmatch(r"[\u3041-\u3096ー]{3,6}", t.surface)
        if t.end != start or (t.pos[0] not in _GLUE and not kana_verb) or t.pos[1] in ("数詞", "代名詞") \
                or not t.surface.strip() or at - t.start > 8 or MARKS_ONLY.fullmatch(t.surface):
            # (：☑ is one unknown noun to SudachiPy: a form's marks, no part of a name; stop 35, n-dev-718)
            break
        start = t.start
        if kana_verb:
            break
    return start if start < at else None


def _quoted(text: str, a: int, b: int) -> bool:
    """True when text[a:b] stands inside 「…」 or 『…』 on its line (a product's or an event's name)."""
    lo = max(text.rfind("「", 0, a), text.rfind("『", 0, a))
    return lo >= 0 and max(text.rfind("」", lo, a), text.rfind("』", lo, a), text.rfind("\n", lo, a)) < 0 \
        and bool(re.match(r"[^\n」』]*[」』]", text[b:]))


def landmarks(text: str, spans: list[Span], allowed: Callable[[str], bool] | Any = None) -> list[Span]:
    """``spans`` with each named landmark (see the module docstring) as a LOCATION of kind ``landmark``
    (``data["body"]``: the word written after 「地元の」); name and place spans inside it give way."""
    from tokumei.anonymize.places import tokens_of

    tokens = tokens_of(text)
    out = list(spans)
    for m in _WORD_RX.finditer(text):
        word = m.group()
        if re.match(r"[一-龥々ァ-ヺー]", text[m.end() : m.end() + 1]) and word not in ("商店街", "茶屋街"):
            continue  # 橋本, 城下町, 寺院, 公園墓地: the word goes on into another
        # 眼鏡橋 is one dictionary word: the stem is the word's head, and the nouns before it
        whole = next((t for t in tokens if t.start < m.start() < t.end == m.end()), None)
        a = _stem_start(tokens, whole.start) or whole.start if whole is not None else _stem_start(tokens, m.start())
        if a is None:
            continue
        b = m.end()
        stem, name = text[a : m.start()], text[a:b]
        if (nick := _NICKNAME.match(text, b)) and not _HONORIFIC.match(text, b):
            b = nick.end()  # 市民文化センター ミューズ: the hall's own name after a space belongs to it
        if stem in _NOT_A_NAME or name in GENERIC or stem.endswith(("立", "前", "内")) or re.fullmatch(r"[0-9０-９]+", stem):
            continue
        if _quoted(text, a, b) or allowed is not None and callable(allowed) and allowed(name):
            continue
        if _HONORIFIC.match(text, b) or (_surname(name) or _district(name)) and not _ONLY_A_PLACE.match(text, b):
            continue  # 高橋さん, 石橋, 大城: a surname (not 宮橋のたもと); 新橋, 京橋: a district (a place, not a bridge)
        if a and re.match(r"[一-龥々ァ-ヺー乃ノヶ]", text[a - 1]):
            continue  # 元乃|隅神社: the name goes on before the words SudachiPy read, unsure where it starts
        inside = [s for s in out if s.start < b and a < s.end]
        if any(s.start < a or s.end > b or s.label not in ("LOCATION", "ORGANIZATION", "PERSON") for s in inside):
            continue
        if any(s.label == "LOCATION" and (s.start, s.end) == (a, b) and (s.data or {}).get("kind") not in (None, "landmark")
               for s in inside):
            continue  # the detector's place of a known kind (鶴舞城 → 〇〇県内の城) keeps its own place word; a landmark, or a
            # place found with no kind (the learned tier's 浜松市民会館), gets its body here (地元の会館)
        out = [s for s in out if s not in inside]
        # 金沢のひがし茶屋街 → 「（地名）の名所」: after a place, the landmark is in it, not 「地元の」
        after_place = a > 0 and text[a - 1] == "の" and any(
            s.label in ("LOCATION", "ADDRESS") and s.end == a - 1 for s in out)
        out.append(Span("LOCATION", a, b, text[a:b], 0.7, SOURCE, "名前の付いた地元の名所（名前を一般化）",
                        data={"kind": "landmark", "body": LANDMARK_WORDS[word], "after_place": after_place}))
    return out
