"""Organisation classes that generalised badly to unseen documents (h/fix-org2), with invented names:
one row per way of writing, each failing on the code before the fix."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


def _got(analyzer, text):
    return [(s.label, s.text) for s in analyzer.analyze(text)]


@pytest.mark.parametrize("text, span", [
    # a venue word, then its own name as a plain kanji word, a broken-up kana word or ・-joined katakana
    ("ホテル潮騒に泊まった。", "ホテル潮騒"),
    ("ホテル白波の支配人に話を聞いた。", "ホテル白波"),
    ("旅館松風で働く。", "旅館松風"),
    ("民宿浜木綿を営む。", "民宿浜木綿"),
    ("酒場ゆうなぎで乾杯した。", "酒場ゆうなぎ"),
    ("酒場ほたるびの大将。", "酒場ほたるび"),
    ("ホテルつばさに泊まる。", "ホテルつばさ"),
    ("カフェ・ド・ソレイユで打ち合わせをした。", "カフェ・ド・ソレイユ"),
    ("カフェ・ラ・メール・ブルーの店長。", "カフェ・ラ・メール・ブルー"),
])
def test_venue_names(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("ホテル客室の清掃を請け負う。", "ホテル客室"),  # a part of a hotel
    ("ホテル従業員の研修を行う。", "ホテル従業員"),
    ("ホテル朝食が人気だ。", "ホテル朝食"),
    ("カフェめぐりが趣味だ。", "カフェめぐり"),
    ("喫茶しながら話す。", "喫茶し"),
    ("食堂ならではの味。", "食堂なら"),
])
def test_venue_words_not_names(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, person, org", [
    # one surname before an organisation kind + 長 is a person and a title, not the body 「佐伯組合」
    ("佐伯組合長は話す。", "佐伯", "佐伯組合"),
    ("挨拶は長浜組合長が務めた。", "長浜", "長浜組合"),
])
def test_surname_and_head_title(analyzer, text, person, org):
    got = _got(analyzer, text)
    assert ("PERSON", person) in got and ("ORGANIZATION", org) not in got, got


@pytest.mark.parametrize("text, org", [
    ("台湾守備混成第2旅団長に就く。", "台湾守備混成第2旅団"),  # a longer name stays the body
])
def test_longer_body_and_head_title(analyzer, text, org):
    assert ("ORGANIZATION", org) in _got(analyzer, text)


@pytest.mark.parametrize("text, span", [
    # a trade word (or a longer word ending in one), a space, then the business's own name in any script
    ("帰りに商店街の「鯛めし まつ乃」へ寄った。", "鯛めし まつ乃"),
    ("山あいの「窯元 とうせん」で豆皿を買った。", "窯元 とうせん"),
    ("【仲居募集】磯の宿 はまゆう（鳥羽市）", "磯の宿 はまゆう"),
    ("ダイビングショップ 石垣ブルーコーラル\n勤務地：島内", "ダイビングショップ 石垣ブルーコーラル"),
    ("★★★★★ 旅館 いさりびに一泊。", "旅館 いさりび"),
])
def test_trade_word_space_name(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("工房 見学は予約制です。", "工房 見学"),
    ("カフェ など、いろいろある。", "カフェ など"),
    ("旅館 ホテル 民宿の比較。", "旅館 ホテル"),
])
def test_trade_word_space_no_name(analyzer, text, word):
    assert not any(t.startswith(word) for _, t in _got(analyzer, text))


def test_trade_word_space_name_after_prose(analyzer):
    # the trade word right after prose (建つ旅館 湯乃屋): the name, not the clause before it
    got = _got(analyzer, "川沿いに建つ旅館 松乃屋は、明治創業の宿だ。")
    assert ("ORGANIZATION", "旅館 松乃屋") in got, got
