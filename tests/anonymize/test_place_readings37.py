"""A place's kana reading in brackets goes with the place (stop 37, names dev wave 9: 倉真（くらみ） was published as
（地名）（くらみ）, the reading naming the district the generalisation hid). Invented sentences; real district names
are public places, not people."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.anonymize import anonymize
from tokumei.anonymize.restore import restore_text


@pytest.mark.parametrize("text, reading", [
    ("住まいの地区：倉真（くらみ）\n勤務先：株式会社山田", "くらみ"),
    ("工場は掛川市倉真（くらみ）にあります。", "くらみ"),
])
def test_reading_is_a_place_and_is_not_published(text, reading):
    spans = [s for s in analyze(text) if s.text == reading]
    assert spans and spans[0].label == "LOCATION" and spans[0].data.get("reading")
    r = anonymize(text, "publication")
    assert reading not in r.text and "（）" not in r.text and "（地名）（地名）" not in r.text
    assert restore_text(r.text, r.restore_record()) == text  # the brackets come back with the reading


@pytest.mark.parametrize("text", [
    "宮城（みやぎ）の海はきれいだ。",        # a prefecture is kept, and so is its reading
    "集合は本町（ほんまち）の角で。",          # no place found before the brackets: nothing to read
])
def test_no_reading_span(text):
    assert not [s for s in analyze(text) if (s.data or {}).get("reading")]
