"""Stop 30 (issue #12): shop names written as a craft or two trades + space + 屋号, and goods + の + a kana 屋号
without brackets; a replaced name replaced where it repeats; a given name joining the model's full name.
Rows written with invented names; each positive row fails on 5127a0f (or is marked guard)."""
from __future__ import annotations

import pytest

from tokumei.anonymize.engine import anonymize


@pytest.mark.parametrize("text, name, kept", [
    ("【店舗データ】\n銀細工 ほしあかり　島根県大田市大森町ハ1", "ほしあかり", "銀細工"),
    ("角を曲がると『喫茶と古本 ゆうやけ』がある。", "ゆうやけ", "喫茶と古本"),
    ("窯を継いだのは、陶房 かまどやの次男だ。", "かまどや", "陶房"),  # guard: found before (〜や)
    ("販売は、寒河江市の酒のかねしち、当社オンラインストアです。", "かねしち", "酒の"),
    ("市内の酒のまるいちで買える。", "まるいち", "酒の"),
])
def test_shop_names_of_crafts_and_goods(text, name, kept):
    out = anonymize(text, "publication").text
    assert name not in out and kept in out, out


@pytest.mark.parametrize("text", [
    "名物の細工 かまぼこを土産にした。",     # guard: a product, not a craft shop (細工 alone is no kind)
    "この町の酒のいろいろを楽しむ。",         # guard: an adverb after goods and の
    "お茶のみどりが目にしみる。",
])
def test_goods_before_ordinary_words_stay(text):
    assert anonymize(text, "publication").text == text


def test_a_replaced_name_is_replaced_where_it_repeats():
    # the second 浜よし stood as a word after the first was replaced (propagate.repeats_of_replaced)
    text = "港の前に「有限会社 浜よし水産」の加工場がある。屋号の「浜よし」は、祖父の名から。\n三男は浜よしに入った。"
    assert "浜よし" not in anonymize(text, "publication").text


def test_a_repeat_inside_a_longer_word_stays():  # guard: only whole words (SudachiPy token boundaries)
    text = "「田中屋」さんに聞いた。田中屋敷の跡は公園になった。"
    out = anonymize(text, "publication").text
    assert "敷の跡" in out


def test_a_given_name_joins_the_model_full_name():
    # the model's 笹森悠人 carries its surname/given split, so 悠人さん is the same person, not a second letter
    out = anonymize("会社で経理をしていた笹森悠人さん（39）が継いだ。悠人さんのこけしは人気だ。", "publication").text
    assert out.count("Aさん") == 2 and "Bさん" not in out, out
