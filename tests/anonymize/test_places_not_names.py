"""A place gets a place word, never a person's or company's letter (issue #12, item 1 of anon-dev2).

Branches named after their town (本町支店), venues (〇〇コンベンションセンター) and quoted products or
events with a town in their name (「盛岡青菜漬」) were replaced as companies (「C支店」「B社」). Invented names.
"""
from __future__ import annotations

import re

import pytest

from tokumei.anonymize import anonymize

_LETTER = re.compile(r"[A-Z]社|[A-Z]支店|[A-Z]支社|[A-Z]営業所|[A-Z]氏")


@pytest.mark.parametrize("text, gone, kept", [
    # a branch named after a town: the town goes, the branch word stays, no letter on the town
    ("口座振替：青葉台信用金庫 柳町支店　普通 0184426", "柳町", "支店"),
    ("お振込先：北辰中央信用金庫 鍛冶町支店　普通 2035817", "鍛冶町", "支店"),
    ("給与振込口座は東和銀行鶴見支店 普通 1234567 です。", "鶴見", "支店"),
    ("来月から渋谷営業所に異動します。", "渋谷", "営業所"),
    # a venue: its kind stays (地元の会議場 / 地元の交流センター), the town and name go
    ("（会場：松江コンベンションセンター　記録：事務局）", "松江", "会議場"),
    ("12月6日・7日、帯広市観光国際交流センターに出店します。", "帯広", "交流センター"),
    ("式は浜松市民会館で行います。", "浜松", "会館"),
    # a quoted product or event with the town in it: never a company's letter
    ("主力の「盛岡青菜漬」は岩手県盛岡市の工場で作る。", "盛岡", "青菜漬"),
    ("毎年夏の「飯山灯籠まつり」は長野県飯山市の境内で続けます。", "飯山", "灯籠まつり"),
])
def test_place_gets_a_place_word(text, gone, kept):
    out = anonymize(text).text
    assert gone not in out and kept in out, out
    assert not _LETTER.search(out), out


@pytest.mark.parametrize("text, kept", [
    ("振込先：みどり銀行 駅前支店 普通 1234567", "駅前支店"),   # a branch that names no place
    ("東京支店と大阪支社に異動者がいる。", "大阪支社"),        # a prefecture's grain stays
    ("いま店の奥には、「潮騒しぼり」という丸岡酒店だけの限定酒が並ぶ。", "「潮騒しぼり」"),  # a product, no company
])
def test_kept_as_written(text, kept):
    assert kept in anonymize(text).text


@pytest.mark.parametrize("text, name", [
    ("駅前の「こもれび」というカフェを営む。", "こもれび"),     # the context names a business: its name goes
    ("「ミチシルベ」を起業した。", "ミチシルベ"),
    ("年に開いた「洋食 あさぎ亭」は、店主の三好 五郎さんが守っている。", "あさぎ亭"),
])
def test_quoted_businesses_still_go(text, name):
    assert name not in anonymize(text).text
