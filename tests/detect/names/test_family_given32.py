"""Children and grandchildren named after a family word (stop 32; each row was left in the published text on
6a4c7bdc: a-dev-309, 379, 471). Guards: family words and ordinary nouns after the family word."""
from __future__ import annotations

import pytest

from tokumei import analyze


def people(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("「孫の陽向が、柿むきを手伝う」と笑う。", "陽向"),          # a kanji name SudachiDict does not know (陽|向)
    ("うちの上の子の陽向が五年生です。", "陽向"),
    ("ラベルの写真は長男の颯さんが撮った。", "颯"),              # 颯 is an adverb in SudachiDict; さん after it
    ("パートの枝さんと娘のあかりさんが写真を撮る。", "あかり"),
])
def test_family_word_then_a_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", ["孫の嫁さんが来た。", "娘の婿さんは大工だ。", "娘の結婚が決まった。", "孫の入学式は四月。"])
def test_family_word_then_no_name(text):
    assert people(text) == []


def test_a_pupil_named_after_the_school_year():
    """孫で高校2年の陽翔くん: a school year + の + a name + くん (a-dev-437 on 6a4c7bdc)."""
    assert "陽翔" in people("孫で高校2年の陽翔くんは、ものづくりが好きだ。")
    assert people("2年のクラスで発表した。") == []
