"""When a lone surname is the thing or the place its sentence names (湧き出る清水は, 清水が湧き, 金沢のひがし茶屋街):
the words around it, read by the person rules (:mod:`.people`) and by the vetoes of the learned tier (:mod:`.vetoes`).
Split out of :mod:`.people` at stop 36 (no output change).

例::

    >>> surname_is_a_thing("清水のように", 0, 2)
    True
"""
from __future__ import annotations

import re

#: After a lone surname these make it the thing the word names (清水が湧き, 小川が流れ).
_NATURE_AFTER = tuple(p + v for p in "がをはも" for v in
                      "湧 流れ 溢れ 噴 澄 濁 凍 溜ま 降 咲 茂 生え 枯れ 沸 染み 汲".split()) + ("が飲め",)  # 清水が飲める水場

#: Before a lone surname these make it the thing (湧き出る清水は).
_NATURE_BEFORE = frozenset("湧き出る 湧く 湧き出す 冷たい 澄んだ 澄む 清らかな きれいな 湧き水の 湧水の 名水の".split())
#: After a lone surname: の + a sight (清水の滝, 大石の岬) — the word is that place's name: a LOCATION for review
#: (0.5), never dropped (a surname-like place the model does not know must still be replaced).
_SIGHT_OF = re.compile(r"の(?:滝|渓谷|峡|浜|岬|棚田|湧水)")
#: After a lone surname: の + a place or a sight (金沢のひがし茶屋街, 鳥海の雪解け, 角島の海) — the place, not a person.
_PLACE_OF = re.compile(r"の[^\s、。]{0,6}?(?:茶屋街|街並み|街|駅|港|温泉|海|山|川|湖|島|空|夜景|景色|雪解け|名物|観光|城下町|朝市)")
#: の + the head or people of a temple, shrine or hall (菩提寺の住職, 本宮の宮司, 菩提寺の檀家).
_HEAD_OF = re.compile(r"の(?:住職|和尚|副住職|宮司|神主|禰宜|院長|館長|園長|檀家|氏子|境内|本堂|僧侶|職員)")
def surname_is_a_thing(text: str, a: int, b: int) -> bool:
    """The lone surname ``text[a:b]`` names the thing or place in its sentence (湧き出る清水は, 清水のように,
    清水が湧き, 金沢のひがし茶屋街). 例: ``surname_is_a_thing("清水のように", 0, 2) is True``"""
    after = text[b : b + 12]
    return (after.startswith(_NATURE_AFTER) or after.startswith(("のよう", "の湧")) or bool(_PLACE_OF.match(after))
            or text[max(0, a - 5) : a].endswith(tuple(_NATURE_BEFORE)))
