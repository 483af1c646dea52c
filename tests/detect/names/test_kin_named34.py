"""A child's or a spouse's given name after a family word, marked by an age or brackets (stop 34, names dev less waves
7–8 read; invented names). The name rows failed on 089e9dd6; the word rows guard what must stay."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize


def people(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("長男ゆいと（5）と次男れん（2）を連れて浜へ。", "ゆいと"),   # 長男 is no surname glued to ゆい
    ("長男ゆいと（5）と次男れん（2）を連れて浜へ。", "れん"),
    ("帰りは夫（けんじ）と交代で抱っこした。", "けんじ"),
    ("孫のそうま（3歳）が来た。", "そうま"),
])
def test_name_after_a_family_word(text, name):
    assert name in people(text)
    assert name not in anonymize(text).text


@pytest.mark.parametrize("text", [
    "息子夫婦と娘婿が来た。",
    "長男（5）と次女（3）が来た。母（78）も元気。",
    "娘さん（20）も手伝う。",
])
def test_family_words_alone_are_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize("text, span, not_span", [
    ("次男の健太氏（33）が戻った。", "健太", "健太氏"),      # the honorific stays out of the name
    ("・公夫代表（67）は語る。", "公夫", "代表"),            # 公夫's 夫 is no husband, 代表 no name
])
def test_honorifics_and_titles_before_an_age(text, span, not_span):
    assert span in people(text) and not_span not in people(text)
