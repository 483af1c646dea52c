"""A quarter named by its market day is a place, not a count, and a festival's musicians keep their kind word after
the letter (A囃子連) — stop 38, names dev wave 10. The first draft of the stop's group rule found 八日町囃子連 as an
organisation, and anonymize then kept it in the published text as a doubtful 「数を含む語」 (八|日); on 1588d77a the first
row passed (八日町 was dropped as a place) and the second gave 「（地名）連」. Invented sentences; 八日町・十日町 are public
place names."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, name", [
    ("出席：高尾（部会長）、ヨシさん（八日町囃子連）、金子", "八日町"),
    ("笛は十日町囃子連の仲間に教わった。", "十日町"),
])
def test_market_day_group_is_replaced_with_its_kind(text, name):
    r = anonymize(text, "publication")
    assert name not in r.text
    assert "囃子連" in r.text  # the kind stays after the letter
    assert not [x for x in r.review if x.kind == "doubtful_span" and name in x.text]


def test_a_count_is_still_doubted():
    """The numeral check stays for what is counted (十七世, 三代目 …): only a market-day town is taken out of it."""
    r = anonymize("当主は十七世の山田宗一さん。", "publication")
    assert "十七世" in r.text


def test_a_town_sudachidict_tags_as_an_ancient_state_is_generalised():
    """燕 (燕市) is tagged as a country (the Chinese state) by SudachiDict and was kept as one: 「燕の和菓子店」 was
    published as written (stop 38, anonymize dev a-dev-50 and 101). A present-day country is still kept."""
    r = anonymize("支援事例：燕の和菓子店、職人の高齢化。取引先は韓国の商社。", "publication")
    assert "燕" not in r.text and "和菓子店" in r.text
    assert "韓国" in r.text
