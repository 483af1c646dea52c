"""Phrasings that failed on the names dev documents n-dev-213…232 (issue #11), rewritten with invented
names and other places: each row failed on the code before the fix, except the last table (controls: the
same frames with a name, which must stay people)."""
from __future__ import annotations

import pytest

from tokumei.detect import analyze


def _spans(text: str) -> list:
    return [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION", "LOCATION")]


def _has(text: str, label: str, word: str) -> bool:
    return any(s.label == label and s.text == word for s in _spans(text))


@pytest.mark.parametrize("text, body, place", [
    ("新発田商工会議所の経営指導員に相談した。", "新発田商工会議所", "新発田"),
    ("米沢消防署の方を招いて防災訓練をした。", "米沢消防署", "米沢"),
    ("高岡商議所の専門家派遣で工房を訪ねた。", "高岡商議所", "高岡"),  # 商議所: the short form, tokenized 商議|所
])
def test_a_public_body_named_after_its_town_is_an_allowed_organisation_with_the_place_inside(text, body, place):
    spans = _spans(text)
    org = [s for s in spans if s.label == "ORGANIZATION" and s.text == body]
    assert org and org[0].data.get("allowed"), spans          # found, and kept by anonymize as a public body
    assert any(s.label == "LOCATION" and s.text == place for s in spans), spans  # its town is still generalised
    assert not any(s.label == "PERSON" for s in spans), spans


@pytest.mark.parametrize("text, name", [
    ("駅前の「酒と肴 こがね」でマスターに教わった。", "酒と肴 こがね"),
    ("漁港の近くのお食事処 はまゆうで定食を食べた。", "お食事処 はまゆう"),
    ("学生ボランティア団体「ぶどうの房」に協力を頼んだ。", "ぶどうの房"),
    ("地元の劇団「くじら座」が公演する。", "くじら座"),
])
def test_shops_and_groups_named_after_a_kind_word_are_organisations(text, name):
    assert _has(text, "ORGANIZATION", name), _spans(text)


@pytest.mark.parametrize("text, place", [
    ("干潮のときだけ歩いて渡れる雀ヶ島に行った。", "雀ヶ島"),
    ("帰りに駄菓子横丁の店で買った。", "駄菓子横丁"),
    ("勤務地：舞鶴港 東ふ頭", "舞鶴港"),  # a city's name + 港, no context; SudachiDict has no 舞鶴港
])
def test_islands_lanes_and_a_towns_port_or_castle_are_places(text, place):
    assert _has(text, "LOCATION", place), _spans(text)


@pytest.mark.parametrize("text, name", [
    ("息子の翔くんがパンク修理を教えてくれた。", "翔"),
    ("小学生のリクくんとこのみちゃんが来た。", "このみ"),
    ("姪の陽ちゃんが来た。", "陽"),
])
def test_a_childs_given_name_after_a_family_word_or_another_call_is_a_person(text, name):
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text, word", [
    ("店長のカレーが絶品だった。", "カレー"),         # a dish, listed only as a 人名 form
    ("湧き水の清水が飲める水場がある。", "清水"),     # spring water, not the surname
])
def test_ordinary_words_after_a_role_or_spring_are_not_people(text, word):
    assert not any(s.label == "PERSON" and word in s.text for s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, name", [
    ("店長のアイが来た。", "アイ"),
    ("清水が来た。", "清水"),
])
def test_the_same_frames_with_a_name_stay_people(text, name):
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text", ["精肉店三代目の主人が店を継いだ。", "鮮魚店2号店を出した。"])
def test_a_generation_or_count_after_a_new_shop_word_is_no_shop_name(text):
    """The shop words added for 鮮魚店丸勝 must not take 三代目 (read as a place) or 2号店 as a shop's name."""
    assert not any(s.label == "ORGANIZATION" for s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, name", [
    ("ネパール出身のラム・バハドゥール・タパさんが厨房を仕切る。", "ラム・バハドゥール・タパ"),
    ("ラム・バハドゥール・タパさんが来た。", "ラム・バハドゥール・タパ"),
])
def test_a_katakana_full_name_with_dots_before_an_honorific_is_one_person(text, name):
    """However SudachiPy split and tagged its parts (ラム and タパ as common nouns, バハドゥール unknown)."""
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text, names", [
    ("左から松尾、宮地、古賀の3人。", ["松尾", "宮地", "古賀"]),   # 古賀 is also a city; 宮地 no rule took
    ("写真は大塚・本田・森ら。", ["大塚", "本田", "森"]),
    ("担当は私、堀です。", ["堀"]),                                 # a self-introduction
])
def test_surnames_of_a_counted_group_or_a_self_introduction_are_people(text, names):
    for name in names:
        assert _has(text, "PERSON", name), (name, _spans(text))


@pytest.mark.parametrize("text", ["東京、大阪、名古屋の3都市を回る。", "塩、砂糖、酢の3種類を使う。"])
def test_a_counted_list_of_places_or_things_has_no_person(text):
    assert not any(s.label == "PERSON" for s in _spans(text)), _spans(text)


def test_a_count_and_a_headcount_are_no_group_of_people():
    """客室22室、従業員41名: 室 reads as a surname, but the items are a count and a headcount."""
    assert not any(s.label == "PERSON" for s in _spans("客室22室、従業員41名の宿だ。"))


@pytest.mark.parametrize("text, name", [("文責：編集部・平野", "平野"), ("出席者：営業部 宮坂、経理・滝本", "滝本")])
def test_a_department_joined_by_a_dot_is_no_part_of_the_attendees_name(text, name):
    """編集部・平野: the person is 平野 (anonymize keeps 編集部 and replaces the name alone)."""
    assert _has(text, "PERSON", name), _spans(text)
    assert not any(s.label == "PERSON" and "・" in s.text for s in _spans(text))


# --- a-dev-91…96 (anonymize dev, 2026-12-05), rewritten with invented names ---

@pytest.mark.parametrize("text, name", [
    ("髙橋 恵子 様", "髙橋 恵子"),                      # 髙: a variant SudachiDict does not list (read as 高)
    ("𠮷田 健 さんに届けた。", "𠮷田 健"),
    ("住職 石原 慈光（いしはら じこう）", "石原 慈光"),   # the reading joins the two words into one name
    ("給食調理のファム・ティ・ホア（ベトナム出身、29）", "ファム・ティ・ホア"),
    ("麺打ちはネパール出身のラマ・グルン（通称「グルさん」）が担当する。", "ラマ・グルン"),
    ("それは母のトメですね。", "トメ"),                   # a short old name after a parent, before です
    ("Daniel Moore（法名 善信）", "善信"),                # a Buddhist name introduced as such
])
def test_names_written_with_variants_readings_notes_or_religious_names(text, name):
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text, word", [
    ("宿坊の建物は明治二十一年に建てた庫裏です。", "明治二十一年"),   # the model's PERSON: a date is no name
    ("本園は駅から歩いて6分です。", "本園"),                           # the main site of a nursery
    ("母のカレーが好きだ。", "カレー"),
])
def test_dates_sites_and_dishes_are_no_people(text, word):
    assert not any(s.label == "PERSON" and word in s.text for s in _spans(text)), _spans(text)


def test_an_award_named_after_a_trade_is_no_organisation():
    text = "去年は「みやざき物産ブランド賞」の奨励賞もいただいた。"
    assert not any(s.label == "ORGANIZATION" and s.text.endswith("賞") for s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, place", [
    ("道の駅 上天草さんぱーるの向かいです。", "道の駅 上天草さんぱーる"),  # a kanji place, then the station's kana name
    ("本園は立佞武多の館から歩いて6分。", "立佞武多の館"),                # X の館 before a distance
])
def test_roadside_stations_and_halls_are_whole_places(text, place):
    assert _has(text, "LOCATION", place), _spans(text)


# --- a-dev-97…100 (anonymize dev, 2026-12-05), rewritten with invented names ---

@pytest.mark.parametrize("text, name", [
    ("中国・青島出身の陳美玲（ちん めいれい）さんが担当する。", "陳美玲"),     # kanji full name + two-part reading
    ("実習生2名（アウン・ミン、ティダ・ソー）が入職した。", "ティダ・ソー"),    # names in brackets after a count
    ("技能実習のサマン・ペレラとニルミニ・シルバの夫婦がいる。", "サマン・ペレラ"),
    ("技能実習のサマン・ペレラとニルミニ・シルバの夫婦がいる。", "ニルミニ・シルバ"),
])
def test_foreign_full_names_by_reading_count_or_couple(text, name):
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text", ["本社工場（ほんしゃ こうじょう）を案内した。", "職員2名（正社員、パート）を募集する。",
                                  "コスモス・フューチャーモードとジャスティス・クラッシャーモードの光線"])
def test_readings_counts_and_pairs_of_things_are_no_people(text):
    assert not any(s.label == "PERSON" for s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, label, name", [
    ("農業法人 みやまつばき農園 代表の話", "ORGANIZATION", "農業法人 みやまつばき農園"),  # a kana name read as an adverb
    ("裏通りに「川村印刷所」がある。", "ORGANIZATION", "川村印刷所"),
    ("赤レンガスクエアの裏通り", "LOCATION", "赤レンガスクエア"),
])
def test_farms_print_shops_and_squares(text, label, name):
    assert _has(text, label, name), _spans(text)


def test_a_katakana_common_noun_before_an_office_is_a_kind_for_review():
    """デザイン事務所: a kind of office as often as one office — listed for review (0.45), not replaced with a letter."""
    got = [s for s in _spans("京都のデザイン事務所で働いた。") if s.label == "ORGANIZATION"]
    assert got and all(s.score < 0.5 for s in got), got


@pytest.mark.parametrize("text, name", [("先輩ガイドのユリが一から教えます。", "ユリ"), ("理事、町役場産業観光課 吉川", "吉川")])
def test_a_name_after_a_guide_or_a_long_department(text, name):
    assert _has(text, "PERSON", name), _spans(text)


# --- remaining anonymize dev misses (a-dev-67…90), rewritten with invented names ---

@pytest.mark.parametrize("text, label, name", [
    ("研修生の Sanne van Dijk（オランダ出身）が来た。", "PERSON", "Sanne van Dijk"),     # a particle inside a Latin name
    ("Mario Dela Pena（マリオ・デラペーニャ、社員番号 AB-0012）", "PERSON", "マリオ・デラペーニャ"),  # reading, then a note
    ("娘のさやかは、その窯を一番よく見ている。", "PERSON", "さやか"),
    ("お問い合わせ：翠鳳会事務局（中川）", "ORGANIZATION", "翠鳳会事務局"),
    ("2月には、蓮光院（津山市川崎）で法要を行う。", "LOCATION", "蓮光院"),          # a temple with its town in brackets
])
def test_latin_particles_readings_with_notes_kin_kana_societies_and_temples(text, label, name):
    assert _has(text, label, name), _spans(text)


@pytest.mark.parametrize("text", ["娘のことは心配だ。", "実行委員会事務局までご連絡ください。", "先代が餌屋として始めた店です。"])
def test_no_name_in_a_kin_phrase_a_committee_office_or_a_trade(text):
    assert not any(s.label in ("PERSON", "ORGANIZATION") for s in _spans(text)), _spans(text)


@pytest.mark.parametrize("text, word", [
    ("仕事内容：ホール・洗い場（未経験歓迎）", "ホール"),      # a duty in a job advert
    ("最初はカタカナが大変でした。", "カタカナ"),
    ("5月3日に「鞆の浦みなとマルシェ」を開きます。", "鞆の浦みなとマルシェ"),  # an event held, not a business
])
def test_duties_scripts_and_events_held_are_no_names(text, word):
    assert not any(s.label in ("PERSON", "ORGANIZATION") and s.text == word for s in _spans(text)), _spans(text)


def test_a_name_never_starts_with_rating_stars_or_bullets():
    spans = _spans("★★★★☆ 八食センターの中の店。●岩松少年剣道クラブ")
    assert all(s.text[0] not in "★☆●" for s in spans), spans


@pytest.mark.parametrize("text, place", [
    ("昨年は「北陸左官技能競技会」で優勝した。", "北陸"),
    ("毎年11月の「西ノ島蔵びらき」では新酒を出す。", "西ノ島"),     # ノ inside a dictionary place
    ("干し芋は「九州ふるさと食品コンクール2025」で金賞。", "九州"),
])
def test_an_event_named_after_a_place_is_no_organisation_and_its_place_is_found(text, place):
    """The event goes to anonymize as a 催し名 risk; its place is a LOCATION and is generalised (never 「D社」)."""
    spans = _spans(text)
    assert not any(s.label == "ORGANIZATION" for s in spans), spans
    assert _has(text, "LOCATION", place), spans


@pytest.mark.parametrize("text, name", [("圭吾：藤じいの技を残したい。", "藤じい"), ("梅ばあが漬けた梅干し。", "梅ばあ")])
def test_an_elders_nickname_with_jii_or_baa_is_a_person(text, name):
    assert _has(text, "PERSON", name), _spans(text)


@pytest.mark.parametrize("text", ["同店の「鯛白湯」は昨年、賞を受けた。", "当店の「こだわり弁当」をどうぞ。"])
def test_the_same_shops_quoted_product_is_no_other_shop(text):
    assert not any(s.label == "ORGANIZATION" for s in _spans(text)), _spans(text)
