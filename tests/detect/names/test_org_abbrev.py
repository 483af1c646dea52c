"""Short names of organisations found earlier in the same document (マルタカ水産株式会社 … マルタカでは), with
invented names: the organisation rows fail on the code before detect/names/abbrev.py."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


@pytest.mark.parametrize("text, short, label", [
    # the company's name without its trade word, mentioned later, is the company
    ("マルタカ水産株式会社は創業50年。マルタカでは干物を作る。", "マルタカ", "ORGANIZATION"),
    ("株式会社ヤマキチ精機の工場。ヤマキチの製品は強い。", "ヤマキチ", "ORGANIZATION"),
    # a surname as the short name stays the family's (杉崎豆腐店 … 杉崎のおばあちゃん)
    ("ご近所の杉崎豆腐店が閉店。杉崎のおばあちゃん、お疲れさまでした。", "杉崎", "PERSON"),
    # a person carrying that name with an honorific keeps the bare name a person
    ("丸浜水産株式会社は創業50年。丸浜では干物を作る。社長の丸浜さんは話す。", "丸浜", "PERSON"),
])
def test_short_org_names(analyzer, text, short, label):
    got = [(s.label, s.text) for s in analyzer.analyze(text) if s.text == short]
    assert got and all(lab == label for lab, _ in got), got


def test_short_org_name_shares_the_entity(analyzer):
    spans = analyzer.analyze("マルタカ水産株式会社は創業50年。マルタカでは干物を作る。")
    ids = {s.text: s.entity_id for s in spans}
    assert ids["マルタカ"] == ids["マルタカ水産株式会社"]


@pytest.mark.parametrize("text, later", [
    # the name after the kind word and a space, written alone later
    ("出演：雨宮 哲也（「観光ぶどう園 ひなた棚」園主）\n「去年ひなた棚に行きました。」", "ひなた棚"),
    # a long kana name right after a particle is found again (the particle ends the word before)
    ("いつも「しまだいクリーニング」をご利用いただき、ありがとうございます。\n10月28日にしまだいクリーニング 西里店で預かりました。",
     "しまだいクリーニング"),
])
def test_written_again(analyzer, text, later):
    got = [s for s in analyzer.analyze(text) if s.label == "ORGANIZATION" and s.text == later]
    assert any(s.start > text.index("\n") for s in got), got


def test_branch_tail_is_no_form(analyzer):
    # 丸越百貨店 静岡店: 静岡店 alone is no written form of the store
    spans = analyzer.analyze("丸越百貨店 静岡店で働いた。静岡店の前で会った。")
    assert not any(s.text == "静岡店" and (s.data or {}).get("same_as") for s in spans)


@pytest.mark.parametrize("text, later", [
    # after a kana function word that starts after a delimiter (いつも, または)
    ("敬具\nほしの整骨院　院長 星川 翔太\n拝啓、いつもほしの整骨院をご利用いただき", "ほしの整骨院"),
    ("「しまだいクリーニング」をご利用ください。\n西里店またはしまだいクリーニング 伊良部店で", "しまだいクリーニング"),
])
def test_written_again_after_function_word(analyzer, text, later):
    got = [s for s in analyzer.analyze(text) if s.label == "ORGANIZATION" and s.text.startswith(later)]
    assert len(got) == 2, got


def test_no_short_name_from_a_doubtful_organisation(analyzer):
    # stop 31: カヌー教室 is a doubtful organisation (a katakana common noun before 教室, score 0.45); its short form
    # カヌー made every カヌー of the document an organisation at 0.6 (a-dev-390's phrasing, invented names)
    text = "木津川の河原で、冬の焚き火とカヌーを楽しむ。カヌー教室も開く。カヌーは三艇。"
    assert not [s for s in analyzer.analyze(text) if s.text == "カヌー"]
