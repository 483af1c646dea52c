"""Person-side classes (h/fix-person2): a surname before the title of a trade's, a kitchen's, a temple's
or a union's head is the person, the title stays after it (not 「吉岡組合」, not the place 柏木).
Invented names only."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer

_AN = default_analyzer()

# (invented text, the PERSON span, its title)
TITLED = [
    ("漁協の吉岡組合長は反対した。", "吉岡", "組合長"),
    ("醸造所では柏木杜氏が仕込みを指揮する。", "柏木", "杜氏"),
    ("寺の住職、堀江住職が法話をした。", "堀江", "住職"),
    ("神社では榊原宮司に話を聞いた。", "榊原", "宮司"),
    ("工務店の大槻棟梁は七十歳。", "大槻", "棟梁"),
    ("滝沢親方のもとで修業した。", "滝沢", "親方"),
    ("野々村料理長のまかないが評判だ。", "野々村", "料理長"),
    ("桑田事務長が経理を見る。", "桑田", "事務長"),
]


@pytest.mark.parametrize("text,name,title", TITLED)
def test_surname_before_head_title(text: str, name: str, title: str) -> None:
    people = [s for s in _AN.analyze(text) if s.label == "PERSON"]
    assert [(s.text, (s.data or {}).get("title")) for s in people] == [(name, title)]
    assert not [s for s in _AN.analyze(text) if s.label == "ORGANIZATION" and name in s.text]


# the body's own head stays an organisation's title (not a person)
NOT_PEOPLE = [
    "台湾守備混成第2旅団長に任じられた。",
    "寺の住職は早起きだ。",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_plain_head_title_no_person(text: str) -> None:
    assert not [s for s in _AN.analyze(text) if s.label == "PERSON"]
