"""Ordinary words and public bodies are no companies; local co-operative banks are (issue #12, anon-dev2 item 2).

Invented names. 米軍 / EU stay (public bodies), 「町屋通り」 and 「しまの自転車屋さん」 stay (ordinary words), a credit
union or JA with a local name goes (it names the town), and a name in running text ends at its copula.
"""
from __future__ import annotations

import re

import pytest

from tokumei.anonymize import anonymize

_LETTER = re.compile(r"[A-Z](?:社|屋|氏|信用金庫|信用組合)")


@pytest.mark.parametrize("text, kept", [
    ("五郎　舞鶴の米軍基地の近くの店で、見習いをしとったんです。", "米軍基地"),
    ("EUとNATOの会合に、WHOの職員も出た。", "EUとNATOの会合に、WHOの"),
    ("駅から歩いて10分の町屋通りに、黒い板塀の蔵が並ぶ。", "町屋通り"),
    ("しまの自転車屋さん｜サイクルショップ ミヤケ\n", "しまの自転車屋さん"),
    ("地元の信用金庫に相談した。", "地元の信用金庫"),
])
def test_kept_and_no_letter(text, kept):
    out = anonymize(text).text
    assert kept in out, out


@pytest.mark.parametrize("text, gone", [
    ("・引落口座：杜の都信用金庫 本町支店　普通 5521068", "杜の都"),
    ("振込先：湖北みらい信用組合 普通 1048825", "湖北みらい"),
    ("JAみどり台の直売所に出荷している。", "みどり台"),
])
def test_local_coops_go(text, gone):
    assert gone not in anonymize(text).text


@pytest.mark.parametrize("text, name, tail", [
    ("こんばんは、峰岸まどかです。名前は峰岸ですが、山には登ったことがありません。", "峰岸", "ですが、山には"),
    ("はじめまして。名前は栗林と申します。", "栗林", "と申します"),
])
def test_name_ends_at_copula(text, name, tail):
    out = anonymize(text).text
    assert name not in out and tail in out, out


@pytest.mark.parametrize("text, gone", [
    ("大和百貨店 友の会事務局　TEL 03-5555-0100（直通 5555-0111）", "5555-0111"),
    ("谷口 勉 様\n檀家番号：第0457号\n拝啓", "0457"),
    ("診察券番号の変更はありません。診察券（番号例：00-8812）をお持ちください。", "8812"),
])
def test_labelled_numbers(text, gone):
    assert gone not in anonymize(text).text


@pytest.mark.parametrize("text, kept", [
    ("部屋番号：305にお越しください。", "305"),
    ("番号\t品名\n101\tりんご\n", "101"),
])
def test_bare_number_words_need_a_holder(text, kept):
    assert kept in anonymize(text).text


@pytest.mark.parametrize("text, gone, kept", [
    ("港の入口にあるサイクルハウス ミヤケは、店主の三宅 猛さんが営む。", "ミヤケ", "サイクルハウス "),
    ("駅前のフラワーショップ はなみずきで買った。", "はなみずき", "フラワーショップ "),
])
def test_katakana_kind_word_before_a_shop_name(text, gone, kept):
    out = anonymize(text).text
    assert gone not in out and kept in out, out


def test_katakana_kind_word_before_an_ordinary_word():
    assert "報道官" in anonymize("ホワイトハウス 報道官が述べた。").text


@pytest.mark.parametrize("text, gone, kept", [
    ("MC：宇田川 望　ゲスト：小野寺 文（文具の小野寺 店主）、ほか", "小野寺", "（文具のA 店主）"),
    ("ゲスト：岩佐 勉（米の岩佐 店主）", "岩佐", "米の"),
])
def test_trade_and_family_shop(text, gone, kept):
    out = anonymize(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text, kept", [("父の大森 社長が来た。", "父の"), ("地元の山田 社長が来た。", "地元の")])
def test_relation_is_no_trade(text, kept):
    out = anonymize(text).text
    assert kept in out and "社 社長" not in out, out


@pytest.mark.parametrize("text, gone", [
    # kana + の + a business word followed by the head's title is a signature's business name, not a description
    ("敬具\nほしの整骨院　院長 星川 翔太\n", "ほしの整骨院"),
])
def test_kana_no_business_before_head_title(text, gone):
    assert gone not in anonymize(text).text
