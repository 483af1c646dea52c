"""Quoted nicknames with their honorific inside the quotes (「ゲンさん」で通っています) are people, not
shops said with さん; invented names (issue #11, hand-written names dev phrasing)."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer


def _spans(text: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in default_analyzer().analyze(text) if s.label in ("PERSON", "ORGANIZATION")}


@pytest.mark.parametrize("text, want", [
    ("工房では「リクくん」で通っています。", ("PERSON", "リク")),
    ("商店街では「カズさん」で通っている。", ("PERSON", "カズ")),
    ("近所の子どもたちには「りょうちゃん」と呼ばれています。", ("PERSON", "りょう")),
    ("「辰さん」の愛称で親しまれる大工さんだ。", ("PERSON", "辰")),
    ("現場では「ケンッちゃん」で通っている。", ("PERSON", "ケンッちゃん")),
])
def test_a_quoted_nickname_with_its_honorific_is_a_person(text, want):
    got = _spans(text)
    assert any(label == "PERSON" and want[1] in t and len(t) <= len(want[1]) + 3 for label, t in got), got
    assert not any(label == "ORGANIZATION" and want[1] in t for label, t in got)


@pytest.mark.parametrize("text, wrong", [
    ("「八百屋さん」で通っている店だ。", "八百屋"),
    ("「親方さん」と呼ばれている。", "親方"),
])
def test_a_trade_or_role_in_quotes_is_no_nickname(text, wrong):
    assert not any(wrong in t for _, t in _spans(text))


def test_a_shop_said_with_san_outside_the_quotes_stays_a_shop():
    assert ("ORGANIZATION", "小池工務店") in _spans("屋根の修理は「小池工務店」さんにお願いしています。")


@pytest.mark.parametrize("text, name", [
    ("愛媛の「松葉垣工房」は、代表の戸井さんが一人で営む。", "松葉垣工房"),
    ("部品は「かしわぎ製作所」に頼んでいる。", "かしわぎ製作所"),
])
def test_a_quoted_common_word_with_a_business_suffix_is_an_organisation(text, name):
    """business._quoted_suffix: the quotes make 「竹屋敷工房」 a name (unquoted 竹細工工房 is a kind of workshop)."""
    assert ("ORGANIZATION", name) in _spans(text)


@pytest.mark.parametrize("text", ["「町の工房」という番組がある。", "「お寺」に行った。", "竹細工工房は小さな店だ。"])
def test_a_generic_workshop_word_is_no_organisation(text):
    assert not any(label == "ORGANIZATION" for label, _ in _spans(text))
