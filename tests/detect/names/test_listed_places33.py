"""Landmarks JMnedict lists as places that SudachiDict cuts into common words (stop 33, rules.listed_places): the
places the hand-written dev sets missed were for half JMnedict place names (華厳|の|滝, 懐古|園), read by no rule."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize


def places(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label in ("LOCATION", "ADDRESS")]


@pytest.mark.parametrize("text, place", [
    ("中禅寺湖と華厳の滝、足尾を案内します。", "華厳の滝"),
    ("仕事は縄文杉のガイドです。", "縄文杉"),
    ("冬は殺生石周辺のライトアップを手伝う。", "殺生石"),
    ("懐古園の売店で働いていました。", "懐古園"),
    ("宿は鞆の浦の常夜燈の近くです。", "鞆の浦"),
    ("休みの日は海中道路をドライブする。", "海中道路"),
])
def test_jmnedict_landmark_is_a_place(text, place):
    assert place in places(text)
    assert place not in anonymize(text).text


@pytest.mark.parametrize("text, word", [
    ("近くの工業団地に新しい工場ができた。", "工業団地"),   # a JMdict common word
    ("桜並木を歩いて駅まで行く。", "桜並木"),
    ("山の上から町を見下ろす。", "山の上"),              # a position after の
    ("食品工場で働いています。", "食品工場"),            # a kind word that makes a common compound
    ("二階の事務所に上がってください。", "二階"),        # JMnedict's numeral places
])
def test_common_words_jmnedict_also_lists_stay(text, word):
    assert word not in places(text)



def test_a_span_another_rule_read_is_not_cut():
    from tokumei.detect.names.rules.listed_places import listed_places
    from tokumei.detect.names.tokens import tokenize
    from tokumei.span import Span

    t = "華厳の滝、縄文杉"
    taken = [Span("ORGANIZATION", 0, 4, "華厳の滝", 0.7, "test", "test")]
    assert [s.text for s in listed_places(t, tokenize(t), taken)] == ["縄文杉"]
