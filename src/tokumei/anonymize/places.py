"""Safety net for places finer than a prefecture that detection left (issue #12: places leaked 61%).

SudachiPy tags place names (名詞-固有名詞-地名-一般: 大三島, 深谷市, 上柴町, 舞鶴, 名古屋); stations (深谷駅) and a proper noun
with a place word after it (渡良瀬川, 岩木山, 彦根城, 鑁阿寺) are places too. Those not
covered by any span, not a prefecture (or its stem: 京都, 大阪), a country or a broad region
(関東, 北陸), and not allow-listed become place spans: label ``LOCATION`` when the vocabulary has it
(the names tier's places, generalised by the policy's LOCATION rule: ``generalize_location`` in
``publication``, which finds the kind from the word's end, 大三島 → （島名）, see
:func:`tokumei.anonymize.location.infer_kind`), else ``ADDRESS`` with ``data["place"]`` so that the
address operator writes 「（地名）」. This is only the safety net for places detection missed:
detected LOCATION spans take the same operator. Adjacent place tokens are one
span (深谷市上柴町).

例::

    >>> [s.text for s in dictionary_places("大三島にある酒蔵と、京都の店", [])]
    ['大三島']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from tokumei.detect.geo import PREFECTURE_STEMS
from tokumei.detect.names.rules.base import COUNTED
from tokumei.detect.names.rules.vetoes import KANA_CLASS, era_year
from tokumei.detect.names.rules.places import ROADSIDE_KINDS
from tokumei.span import LABELS, Span

SOURCE = "anonymize.places.v1"


@lru_cache(maxsize=4)
def tokens_of(text: str) -> tuple:
    """SudachiPy tokens of the whole text, shared by the steps of one anonymize call (places,
    siblings, review list) so the text is tokenised once."""
    from tokumei.detect.names.tokens import tokenize

    return tuple(tokenize(text))
#: A token of marks only, no letter or digit (：☑, which SudachiPy reads as one unknown noun in a form): no part of a
#: name — the landmark stems and the place-name compounds stop at it (stop 35, n-dev-718).
MARKS_ONLY = re.compile(r"[^ぁ-ゖァ-ヺ一-龥々A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+")
LABEL = "LOCATION" if "LOCATION" in LABELS else "ADDRESS"

#: The prefectures without 都/府/県 (北海道 as written), in :data:`tokumei.detect.geo.PREFECTURES`' order.
PREFECTURES = list(PREFECTURE_STEMS)
_KEPT = frozenset(PREFECTURES) | {p + s for p in PREFECTURES for s in ("県", "府", "都")} | frozenset(
    "東京都 北海道 日本 東北 関東 北陸 甲信越 信越 東海 中部 近畿 関西 中国 四国 九州 山陰 山陽 首都圏 全国 海外 "
    "本州 道内 道外".split())


#: Words after a proper noun that make it a place (渡良瀬 + 川, 彦根 + 城).
_PLACE_SUFFIX = frozenset("駅 川 山 岳 城 寺 神社 大社 天満宮 神宮 八幡宮 町 村 島 港 温泉 海道 湖 峠 高原 岬 半島 渓谷".split())


def dictionary_places(text: str, spans: Iterable[Span], allowed: Callable[[str], bool] | None = None) -> list[Span]:
    """New place spans for SudachiPy place names outside ``spans`` (see the module docstring)."""
    taken = sorted((s.start, s.end) for s in spans)
    runs: list[list[int]] = []
    tokens = tokens_of(text)
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        place = t.pos[:4] == ("名詞", "固有名詞", "地名", "一般") and t.surface not in _KEPT
        # 深谷駅 / 西大寺駅 (one token), 渡良瀬川, 岩木山, 彦根城, 大山祇神社, 鑁阿寺, 金屋町
        station = t.pos[1] == "固有名詞" and len(t.surface) >= 3 and t.surface.endswith("駅")
        named = t.pos[1] == "固有名詞" and nxt is not None and nxt.start == t.end and nxt.surface in _PLACE_SUFFIX \
            and (place or t.surface not in _KEPT)
        if not (place or station or named):
            continue
        end = nxt.end if named else t.end
        if runs and runs[-1][1] == t.start:
            runs[-1][1] = end
        else:
            runs.append([t.start, end])
    out = []
    for a, b in runs:
        word = text[a:b]
        if len(word) < 2 or any(x < b and a < y for x, y in taken) or COUNTED.fullmatch(word) or text.startswith("目", b):
            continue  # 三代目: a generation, not the place 三代
        if word in ROADSIDE_KINDS:
            continue  # 近くの道の駅: a kind of roadside station, no station's name
        if era_year(text, a, b):
            continue  # 天保年間の創業: an era, no place (stop 44)
        if KANA_CLASS.fullmatch(text, a, b + 1) and text[a - 1:a] not in ("「", "『"):
            continue  # ふじ組に新しい先生: a nursery's class named in kana (stop 44)
        if re.fullmatch(r"[ぁ-ゖー]+", word) and any(t.start == b and re.match(r"[ぁ-ゖ]", t.surface) and t.pos[0] not in ("助詞", "名詞")
                                                   for t in tokens):
            continue  # かわば|た (魚のかわばた): a kana place word cut from a longer kana name
        if allowed is not None:
            from tokumei.anonymize.risk_places import _compound

            if allowed(word) or allowed(text[slice(*_compound(text, a, b))]):
                continue  # 沼田税務署, 沼田商工会議所 stay (the place inside them is a place_name risk)
        # data["place"]: the address operator writes （地名） (also under a LOCATION rule that generalises addresses)
        out.append(Span(LABEL, a, b, word, 0.6, SOURCE, "辞書の地名（都道府県より細かい場所）", data={"place": True}))
    return out
