"""A surname-like word before a town's body or place word (消防署, 地区センター, ふ頭) or before の + a sight
(の滝) is a place, kept as a LOCATION — never dropped (an unknown town must still be replaced); invented or
common place names (issue #11, fresh hand-written names dev phrasing)."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer


def _spans(text: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in default_analyzer().analyze(text) if s.label in ("PERSON", "ORGANIZATION", "LOCATION")}


@pytest.mark.parametrize("text, word", [
    ("田所消防署の署員が点検に来た。", "田所"),
    ("小野寺地区センターで料理教室がある。", "小野寺"),
    ("大谷ふ頭から渡船が出る。", "大谷"),
    ("清水の滝まで歩いた。", "清水"),
    ("大石の岬まで歩いた。", "大石"),  # never dropped: the model does not know this one
    ("店は港から坂を上った大浦集落にある。", "大浦"),
    ("西祖谷の落合集落は保存地区だ。", "落合"),
])
def test_a_town_before_a_body_or_sight_is_a_place_not_a_person(text, word):
    got = _spans(text)
    assert not any(label == "PERSON" and word in t for label, t in got), got
    assert any(label == "LOCATION" and word in t for label, t in got), got


@pytest.mark.parametrize("text, word", [
    ("清水の話では、売上は伸びている。", "清水"),
    ("大谷課長が説明した。", "大谷"),
])
def test_the_same_word_as_a_person_stays_a_person(text, word):
    assert ("PERSON", word) in _spans(text)


@pytest.mark.parametrize("text, name", [
    ("先輩のスリ（ネパール出身）が仕込みを教えてくれる。", "スリ"),
    ("同僚のブディ(インドネシア出身)と組む。", "ブディ"),
    ("後輩のリコやトモと釣りに行った。", "リコ"),
])
def test_a_name_after_a_role_word_before_a_bracket_or_ya_is_a_person(text, name):
    """lists.role_of_name: 先輩の + a katakana name, then a note in brackets or や (not only が・は・と)."""
    got = _spans(text)
    assert ("PERSON", name) in got, got
    assert not any(label == "ORGANIZATION" and name in t for label, t in got)
