"""Small businesses named the way old shops, inns, workshops and care services name themselves (issue #11):
a shop's mark and a numeral (丸七運輸), a plain kanji word before a house trade (鶴亀本舗), 〜荘, a workshop or
care word before a kana name, a quoted group that holds events. Each row failed before; names are invented."""
from __future__ import annotations

import pytest

from tokumei.detect import analyze


def _orgs(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "ORGANIZATION"]


@pytest.mark.parametrize("text, name", [
    ("取引先の丸七運輸から連絡があった。", "丸七運輸"),       # 丸|七: a mark and a numeral, no noun
    ("取引先の丸高物産から連絡があった。", "丸高物産"),
    ("創業百年の鶴亀本舗が新商品を出した。", "鶴亀本舗"),
    ("老舗の白鷺酒造を訪ねた。", "白鷺酒造"),
    ("かもめ荘の女将に話を聞いた。", "かもめ荘"),
    ("松風荘に泊まった。", "松風荘"),
    ("陶房こまちで湯呑みを買った。", "陶房こまち"),
    ("グループホームかざぐるまで働いている。", "グループホームかざぐるま"),
    ("デイサービスひなたぼっこを利用している。", "デイサービスひなたぼっこ"),
    ("訪問看護ステーションあおいの看護師が来た。", "訪問看護ステーションあおい"),
    ("特養「やすらぎの郷」の施設長に聞いた。", "やすらぎの郷"),
    ("青年部の「若竹会」が主催した。", "若竹会"),
])
def test_house_and_service_names_are_organisations(text, name):
    assert name in _orgs(text), _orgs(text)


@pytest.mark.parametrize("text", [
    "町の雑貨商店で買った。",     # a kind of shop (商店 is not a house trade here)
    "近所の酒屋商店で買った。",
    "山荘に泊まった。",
    "工房見学をした。",
    "グループホームで働いている。",
    "「夏祭り」に参加した。",
])
def test_kinds_of_business_stay_ordinary_words(text):
    assert _orgs(text) == []


@pytest.mark.parametrize("text, name", [
    ("屋号は「やまいち」。", "やまいち"),                             # a name word, は, then the quote
    ("卸先は「ハレの日マルシェ」と道の駅の2カ所。", "ハレの日マルシェ"),  # where goods go is a business
    ("「あおぞら会」という親の会を立ち上げた。", "あおぞら会"),
    ("同じ町内の「ふじや」さんとは昔からの付き合いだ。", "ふじや"),     # a kana name + や called with さん
    ("当時勤めていた印刷会社（現・ミヤビプリント）を辞めた。", "ミヤビプリント"),
    ("前は信金（旧 あさひ信金）にいた。", "あさひ信金"),
])
def test_names_framed_by_a_label_a_kind_or_a_former_name_are_organisations(text, name):
    assert name in _orgs(text), _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("協力：まるやま農園、カフェ木もれ日、はるか堂", "カフェ木もれ日"),   # a shop word + a name of common words
    ("協力：ドラッグ大黒、スーパーまるはち", "ドラッグ大黒"),
])
def test_a_shop_word_item_in_a_credit_list_is_an_organisation(text, name):
    assert name in _orgs(text), _orgs(text)


def test_a_bare_kind_in_a_credit_list_is_no_organisation():
    assert _orgs("取材協力：地域の皆さま、カフェ") == []
