"""Rivers, rocks and marshes named by words SudachiDict does not know as one name (the landform rule,
``rules.landforms``, with 川・岩・沢 added in stop 32): 早出|川, 月光|川, 鍋|釣|岩 were left in the published text
(a-dev-343, 349, 361). Guards: a surname (one 姓 token), a common noun of one token, a generic head."""
from __future__ import annotations

import pytest

from support import places


@pytest.mark.parametrize("text, place", [
    ("工場は早出川を渡ったところにある。", "早出川"),
    ("二十二年間、月光川の桜を窓から眺めた。", "月光川"),
    ("「鍋釣岩より、ばあちゃんの手料理」と書かれた。", "鍋釣岩"),
])
def test_unknown_river_or_rock_is_a_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, word", [
    ("中川さんが川で釣りをした。", "中川"),        # a surname
    ("小川で子どもが遊んでいる。", "小川"),        # one dictionary token
    ("河川の清掃に参加した。", "河川"),            # a common noun
    ("両島の住民が集まった。", "両島"),            # a determiner (the context rule of jp.location took it on 6a4c7bdc)
    ("一級河川の清掃に参加した。", "一級河川"),    # 河川 (the same)
])
def test_not_a_new_place(text, word):
    assert word not in places(text)
