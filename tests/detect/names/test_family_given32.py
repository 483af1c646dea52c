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


@pytest.mark.parametrize("text, name", [
    ("旧姓は黄（ホアン）、台湾の出身だ。", "黄"),                       # 旧姓は + a one-kanji surname
    ("浩二さんは旧姓を松下といい、豊橋から来た。", "松下"),              # 旧姓を … といい
    ("駅前で写真館をしております堀です。", "堀"),                       # …しております + surname + です
    ("食堂をやっております東です。七十四になりました。", "東"),
])
def test_maiden_names_and_speakers_naming_themselves(text, name):
    assert name in people(text)


def test_no_name_in_a_work_sentence():
    assert people("仕事をしております大変です。") == []
