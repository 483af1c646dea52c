"""Organisation and place classes left by h/fix-org2 (h/fix-org3), with invented names: one row per way of
writing, each failing on the code before the fix."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


def _got(analyzer, text):
    return [(s.label, s.text) for s in analyzer.analyze(text)]


@pytest.mark.parametrize("text, span", [
    # a kana name SudachiPy broke up, then 〜研究室 (a consultant's office)
    ("中小企業診断士 浜辺 遼（とじま経営研究室・秋田市）", "とじま経営研究室"),
    ("（さくら経営研究室）の代表。", "さくら経営研究室"),
    # a place, a kana word and の before a school's word
    ("秋田ことばの専門学校を出てこの店に来た。", "秋田ことばの専門学校"),
    ("湊みらいの学園に通う。", "湊みらいの学園"),
    # a shop word SudachiPy glues to the bracketed kind in a list of shops
    ("梅屋（和菓子）、松葉庵（そば）、福亭（洋食）が並ぶ。", "松葉庵"),
    ("竹林庵（うどん）と楓堂（甘味）に寄った。", "竹林庵"),
    # a dish that starts a stall's name with ・, in brackets after its owner
    ("理事 星野（喫茶 ミルキーウェイ）、アナ・ゴメス（タコス・ソル）", "タコス・ソル"),
    # a trade word, then a shop's mark and a kanji (屋号の印)
    ("口コミ：★4 とんかつ丸勝、ランチは行列必至。", "とんかつ丸勝"),
    ("うどん丸吉に行った。", "うどん丸吉"),
])
def test_org_found(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("仙台あたりの専門学校に", "仙台あたりの専門学校"),  # あたり: somewhere near, no school's name
    ("タコス・サラダを食べた。", "タコス・サラダ"),  # a dish, a plain word after ・
    ("とんかつ丸ごと一枚。", "とんかつ丸ごと"),
    ("大学の研究室に入る。", "大学の研究室"),
    ("草庵（くさのいおり）", "草庵"),
])
def test_not_orgs(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, place", [
    # a bank's branch after の: the place is the branch's name, without the particle
    ("真庭中央信用金庫の難波支店長の紹介で", "難波"),
    ("北川銀行のいずみ野支店で", "いずみ野"),
])
def test_branch_place_without_particle(analyzer, text, place):
    got = _got(analyzer, text)
    assert ("LOCATION", place) in got and ("LOCATION", "の" + place) not in got, got


def test_no_branch_place_from_a_demonstrative(analyzer):
    assert "あの" not in [t for _, t in _got(analyzer, "みなと銀行のあの支店で")]
