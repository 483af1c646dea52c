"""Person-side classes that leaked or read wrongly (h/fix-person2). Invented names only.

- a surname that starts with a prefix kanji (前川・新井・元木) is a person, not 「前＋川」 (sense.ordinary_reason);
- a title whose first kanji looks like a one-kanji given name (森田|支店長, 倉持|本部長) keeps its kanji:
  the surname alone is replaced (leaks_people.one_kanji_given).
"""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize

# (invented text, the name that must go, what must stay in the output)
CASES = [
    ("前川は「もう辞めようと思った」と振り返る。", "前川", "振り返る"),
    ("新井と前田が店を手伝う。", "新井", "店を手伝う"),
    ("元木は毎朝五時に窯に火を入れる。", "元木", "窯に火を入れる"),
    ("森田支店長から電話があった。", "森田", "支店長から"),
    ("倉持本部長と打ち合わせた。", "倉持", "本部長と"),
    ("東浜支所長の杉浦が対応した。", "杉浦", "支所長の"),
    ("中野愛社長が来た。", "中野愛", "社長が"),  # a one-kanji given name before a title still goes
]


@pytest.mark.parametrize("text,name,kept", CASES)
def test_person_replaced_title_kept(text: str, name: str, kept: str) -> None:
    out = anonymize(text, policy="publication").text
    assert name not in out
    assert kept in out


# a surname that is also a city's name, with a title the detector read after it, is the person
TITLED_PLACES = [
    ("滝沢親方のもとで修業した。", "滝沢", "親方"),
    ("柏木宮司が祝詞をあげる。", "柏木", "宮司"),
]


@pytest.mark.parametrize("text,name,title", TITLED_PLACES)
def test_titled_surname_not_a_place(text: str, name: str, title: str) -> None:
    out = anonymize(text, policy="publication").text
    assert name not in out and title in out and "（地名）" not in out and out.index(title) > 0


# (invented) names introduced in quotes, a transcript speaker before a full-width space
NAMED = [
    ("主宰の宇多川 澄子さんは、芸名を「花巻 鶴奴」という。", "花巻 鶴奴"),
    ("ラジオネーム「花火じいさん」、長岡市の方から。", "花火じい"),
    ("弟子の杉森 翼さんが来た。\n――杉森さんは、なぜこの仕事に？\n翼\u3000福岡市の設計事務所にいたんです。", "翼\u3000"),
]


@pytest.mark.parametrize("text,gone", NAMED)
def test_named_people_go(text: str, gone: str) -> None:
    assert gone not in anonymize(text, policy="publication").text
