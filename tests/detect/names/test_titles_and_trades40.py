"""Names read in stop 40 from names and anonymize dev wave 12 (invented names and sentences): a full name with a space whose
surname SudachiDict holds as a common noun (高見 彩乃准教授: 准教授 is now a title; 代表舘 健一の妻: a role glued before the name
and の after it), a speaker naming themself (司会の香川です; one kanji only in a transcript: 造っております東です), a hiragana
given name glued to a surname before でした (a radio sign-off: 三浦あかりでした, which anonymize
had published as 「あかり」, the surname taken for a place inside a product's name), and small firms ending in a trade word
(二戸自動車整備, 大沢建工, 「もみじ菓子舗」, ブライトン英会話), local teams (神明ファイターズ, 江釣子スターズ) and universities whose field and 大学 SudachiDict holds as one proper noun
(北陵工業大学: 「北陵A大学」 was published). The positive rows fail on 1048f444; the negative rows guard what the
change must not do."""
from __future__ import annotations

import pytest

from support import spans


@pytest.mark.parametrize("text, name", [
    ("経営学部の高見 彩乃准教授のゼミ生が訪れた。", "高見 彩乃"),    # 高見: a common noun to SudachiDict
    ("高見准教授が講評した。", "高見"),                               # 准教授, a title like 教授
    ("専務　舘 麻衣子（代表舘 健一の妻）", "舘 健一"),                # 代表 glued before, の after
    ("お相手は三浦あかりでした。", "三浦あかり"),                     # あかり: a common noun, a sign-off after it
    ("司会：第2部です。司会の香川です。\n香川：よろしく。", "香川"),   # a self-introduction (香川 is a prefecture too)
    ("――自己紹介を。\n東：焼酎を造っております東です。", "東"),      # one kanji: in a transcript
    ("町の人は「しらみずさん」と呼ぶ。", "しらみず"),                 # と呼ぶ, not only と呼ばれ
    ("蔵人たちは千尋さんを「ちーさん」と呼ぶ。", "ちー"),              # a long vowel mark in a kana nickname
    ("集落のカマドおばあから教わった。", "カマドおばあ"),              # an island elder's katakana name (カマド: a word)
    ("島では「キヨおじい」って呼ばれてる。", "キヨおじい"),
])
def test_person(text, name):
    assert name in spans(text, "PERSON")


@pytest.mark.parametrize("text, org", [
    ("点検は例年どおり二戸自動車整備に頼む。", "二戸自動車整備"),
    ("現場は大沢建工の工藤さんが仕切った。", "大沢建工"),             # SudachiPy reads 大沢建 as a full name
    ("駅前の「もみじ菓子舗」で買った。", "もみじ菓子舗"),
    ("体験レッスンはブライトン英会話で。", "ブライトン英会話"),
    ("息子が神明ファイターズに入って半年。", "神明ファイターズ"),         # 神明: a common noun before a team word
    ("決勝で江釣子スターズに勝った。", "江釣子スターズ"),
    ("指導は北陵工業大学の学生が担う。", "北陵工業大学"),               # SudachiDict: 工業大学 one proper noun
    ("店主　福田 昌平／東都学芸大学 地域福祉ゼミ", "東都学芸大学"),
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, word", [
    ("ビジネス英会話を習っている。", "ビジネス英会話"),                # a kind of lesson, no school's name
    ("中古自動車整備の講習を受けた。", "中古自動車整備"),
])
def test_no_organisation(text, word):
    assert not any(word in s or s in word for s in spans(text, "ORGANIZATION"))


def test_a_word_saying_which_team_is_no_part_of_its_name():
    """首位タイガース: 首位 says which team (GSD train); the team is タイガース."""
    orgs = spans("勝率5割で首位タイガースと4ゲーム差。", "ORGANIZATION")
    assert "首位タイガース" not in orgs and "タイガース" in orgs


def test_an_abbreviation_defined_at_the_end_of_a_bracket_is_the_organisation():
    """〜振興組合（理事長：…、以下「北中振」）: a press release's 以下 after other facts in the bracket (anonymize dev wave 12)."""
    text = "北浜中央商店街振興組合（理事長：坂倉 源一郎、以下「北中振」）は、来月から始める。北中振の事業として"
    assert spans(text, "ORGANIZATION").count("北中振") == 2


@pytest.mark.parametrize("text, word", [
    ("個人情報保護方針（制定：2024年、以下「本方針」）は", "本方針"),
    ("株式会社しらほ（代表取締役 岡野 修平、以下「当社」）は、市内で", "当社"),   # the release's word for itself
])
def test_a_document_or_a_reference_word_defined_so_is_no_organisation(text, word):
    assert word not in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, org", [
    ("理事で港北医大教授の田村氏が話した。", "港北医大"),
    ("理事で港北医大准教授の田村氏が話した。", "港北医大"),
])
def test_a_university_before_an_academic_title_is_no_person(text, org):
    """港北医大教授: the short name of a university before 教授 was read as a person's name (GSD train, seen when 准教授
    joined the titles)."""
    assert org not in spans(text, "PERSON")


@pytest.mark.parametrize("text, word", [("ここは鎮守の森です。", "森"), ("うちの看板は日本一の滝です。", "滝")])
def test_a_one_kanji_word_before_desu_outside_a_transcript_is_no_self_introduction(text, word):
    assert word not in spans(text, "PERSON")


@pytest.mark.parametrize("text", ["会場 健太が来た。", "次回 大輔の番だ。"])
def test_a_word_before_a_given_name_and_a_particle_is_no_surname(text):
    """A particle after 「word given」 makes a name only after a role glued before it (代表舘 健一の妻): 会場 健太が is where
    the boy came, not his surname (the first draft of this change read it so)."""
    assert all(" " not in s for s in spans(text, "PERSON"))


def test_speaker_labels_with_a_full_width_space():
    """林（隆）　…: a transcript's label of a surname and a given name in brackets, then a full-width space instead of a
    colon (the test half's leak causes counted ten people missed so: aggregates only); 司会（深沢）　: a role's label with
    the surname in brackets (read dev)."""
    text = "――今日はよろしく。\n林（隆）　はい。\n林（恵）　娘です。\n司会（深沢）　どうぞ。"
    people = spans(text, "PERSON")
    assert "林（隆）" in people and "林（恵）" in people and "深沢" in people
    assert "男性" not in spans("会場（男性）　質問です。\n司会（深沢）　どうぞ。", "PERSON")


@pytest.mark.xfail(strict=True, reason="still missed at stop 40: kana names SudachiPy cuts into a verb and a particle, a dojo "
                   "after its art and a space, a coach's katakana name, a nickname before の呼び名, kana towns")
@pytest.mark.parametrize("text, label, word", [
    ("帰りに遠野であんべ精肉店のジンギスカンを食べた。", "ORGANIZATION", "あんべ精肉店"),   # あん|べ: a verb and a particle
    ("旧街道沿いで三代続くつるや菓子舗では、社長が話す。", "ORGANIZATION", "つるや菓子舗"),  # after a verb
    ("ゲスト 牧野 すみれ（剣道 誠心館師範）", "ORGANIZATION", "剣道 誠心館"),
    ("子どもたちに「ケンコーチ」と慕われた。", "PERSON", "ケン"),
    ("地元では「カクゼン」の呼び名で親しまれる蔵です。", "ORGANIZATION", "カクゼン"),
    ("水戸を辞めて、大みか町の実家の隣で事務所を開いた。", "LOCATION", "大みか町"),
])
def test_still_missed(text, label, word):
    assert word in spans(text, label)
