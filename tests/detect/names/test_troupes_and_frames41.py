"""Names read in stop 41 from names and anonymize dev wave 13 (invented names and sentences): troupes, choirs and
workshops named after their kind word with a mixed name (劇団ひとつ灯 and 女声合唱団あおさ were published), a nickname
before こと and a full name, a maiden name before で、, a dictionary place that is a person by what follows (宮原宅にて,
団長の平良より), short business words (しんきん, 土地建物, FM), lower-case Latin kind words before a salon's name, two goods joined by と before a shop's name, a verb that
ends a clause before a kana bank name, and place names with が or a century's number. The positive rows fail on
fcfcc8c9 (one the model found before is marked); the negative rows guard what the change must not do (those of
劇団員, 工房見学, 同工房, 損保, 大事な and 森とみずうみ already passed there; the other eight failed)."""
from __future__ import annotations

import pytest

from support import places, spans
from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, org", [
    ("1990年旗揚げの劇団あさぎ灯は、団員12人の小さな劇団だ。", "劇団あさぎ灯"),   # kana + kanji after the kind
    ("女声合唱団ゆうなは、1998年に結成された。", "女声合唱団ゆうな"),      # (the model found this one before)
    ("劇団オホーツク座 11月定例会", "劇団オホーツク座"),                        # before: 「オホーツク座」 a place
    ("混声合唱団くまのコール 定期演奏会", "混声合唱団くまのコール"),            # の between kana and katakana
    ("写真は「フォト工房カナイ」の比嘉さんにお願いしています。", "フォト工房カナイ"),
    ("所属：花工房すずらん 上田駅前店（パート）", "花工房すずらん"),            # すずらん: a common noun too
    ("湊氏は「紀中しんきんさんがおらんかったら畳んでた」と話す。", "紀中しんきん"),
    ("島で五十年続いた「生月土地建物」は、山下さんに継がれた。", "生月土地建物"),
    ("流氷FMの出演枠は座長が対応。", "流氷FM"),
    ("駅から5分の「メガネと時計のヤマムロ」。", "メガネと時計のヤマムロ"),    # two goods and と
    ("取引先であるはまなす信用金庫北見中央支店だ。", "はまなす信用金庫"),     # not 「あるはまなす信用金庫」
    ("【パート募集】\n「nail room まめはな」（丹波篠山市）", "nail room まめはな"),  # lower-case Latin kind words
    ("nail atelier mimi 🌺\n福江島に来て三年。", "nail atelier mimi"),
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, name", [
    ("旧姓は佐久間で、長野の印刷会社にいた。", "佐久間"),
    ("オーナーのもっちゃんこと元木 沙耶は、冬に向けて準備中。", "もっちゃん"),
    ("ネイルはオーナーのmimiこと三角 美々が担当します。", "mimi"),
    ("次回は9月12日、宮原宅にて。", "宮原"),                                     # 宮原: a place to SudachiDict
    ("今年もよろしく。団長の平良より。", "平良"),
])
def test_person(text, name):
    assert name in spans(text, "PERSON")


@pytest.mark.parametrize("text, place", [
    ("本部はつつじが岡公園から車で5分。", "つつじが岡公園"),
    ("歓迎会は21世紀の森公園の近くの食堂で。", "21世紀の森公園"),
])
def test_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, gone", [
    ("1987年旗揚げの劇団ひとつ灯は、団員16人。", "ひとつ灯"),
    ("高知県の女声合唱団あおさは、結成30年。", "あおさ"),
    ("オーナーのもっちゃんこと元木 沙耶は、冬に向けて準備中。", "もっちゃん"),   # もっ|ちゃんこ|と: no cut word
    # bank transfer names with the longer legal-form abbreviations, and 名義 alone before a katakana holder
    ("振込先：あおば信用組合 本店　名義 ゴウシ）ハヤサカシュゾウテン\n敬具", "ハヤサカシュゾウテン"),
    ("口座名義　シャフク）クボカワヤマビコカイ\n1月分から新しい口座です。", "クボカワヤマビコカイ"),
    ("振込先：あおば信用組合 本店 普通 0627154　名義 ケムリヤ\n寒さ厳しき折", "ケムリヤ"),
    ("福田　親父の正三が松戸の『大連飯店』で修業した。", "大連飯店"),        # a town and の before 『』: a shop
    # (a guard: 大将 and 親方 are terms of address, but おかあ is one woman's nickname — the review's mend tried the
    # lexicon's ROLE_CALL, which holds おかあ, and published it)
    ("港の前の食堂だ。店主の村上 哲夫さん（70）は常連から「テツさん」、妻の村上 陽子さんは「ヨーコさん」ではなく、"
     "なぜか「おかあ」と呼ばれている。", "おかあ"),
])
def test_anonymize_removes(text, gone):
    assert gone not in anonymize(text).text


@pytest.mark.parametrize("text, label, word", [
    ("劇団員として10年、工房見学もした。", "ORGANIZATION", "劇団員"),
    ("劇団員として10年、工房見学もした。", "ORGANIZATION", "工房見学"),
    ("合唱団に入り、同工房で作る。", "ORGANIZATION", "同工房で作る"),
    ("【事業承継事例】花巻市・自転車店\n石鳥谷地区の店。", "ORGANIZATION", "花巻市・自転車店"),
    ("在留カード確認：済（確認者：坂巻）", "PERSON", "済"),
    ("小山市から通う宇津木 花さん（アルト）と、", "PERSON", "アルト"),
    ("出席：服部 梢（委員長）、西出 佳代子、事務局（伊賀市商工会 辻）", "PERSON", "事務局"),
    ("駅前の理髪店は創業40年。常連さんは親父さんを「大将」と呼んでいて、待ち時間も会話が弾む。", "ORGANIZATION", "大将"),
    ("全国の損保、生保と比べて", "ORGANIZATION", "損保"),
    ("大事なことは田中 一郎さんに聞く。", "PERSON", "大事な"),
    ("「森とみずうみのまつり」に出る。", "ORGANIZATION", "森とみずうみのまつり"),
    ("今もアイロン場に立つ。取次店は錦町にもある。", "ORGANIZATION", "取次店"),          # a kind of shop
    ("読み聞かせの会と一緒に、月に一度おはなし会をしています。", "ORGANIZATION", "一度おはなし会"),
    ("聞き手：堀井 菜摘（ミニコミ誌『てくてく通信』）", "ORGANIZATION", "ミニコミ誌"),  # the magazine's kind
])
def test_not_a_name(text, label, word):
    assert word not in spans(text, label)


@pytest.mark.parametrize("text, label, span", [
    # the first drafts of this stop's rules, read in the span diff of the read dev sets and GSD train
    ("倉敷の工房ミカゲさんと組んで、石の小物も作る。", "ORGANIZATION", "工房ミカゲ"),    # not 「工房ミカゲさん」
    ("建具は八頭町の建具工房もくやに頼みました。", "ORGANIZATION", "建具工房もくや"),    # a 屋号's や, not 「もく」
    ("劇団☆新感線所属。", "ORGANIZATION", "劇団☆新感線"),                               # not 「…所属」
    ("宿のカネさんこと金丸 義一さんが車で迎えに来る。", "PERSON", "カネ"),              # the nickname without さん
])
def test_where_a_name_ends(text, label, span):
    assert span in spans(text, label)


@pytest.mark.parametrize("text, label, span", [
    ("週末は江刈のぱん工房ひなたのパンも置いてあります。", "ORGANIZATION", "工房ひなたのパン"),
    ("送迎当番はゆみちゃんとこと佐伯さんです。", "PERSON", "ゆみちゃんと"),             # 〜ちゃんとこ and と
    ("湯けむりの工房めぐり vol.18", "ORGANIZATION", "工房めぐり"),
    ("地元のコミュニティFMの番組に出た。", "ORGANIZATION", "コミュニティFM"),              # the kind of station
    ("（すみ・しげお）さんが浜松の工場を辞めて始めた。", "LOCATION", "さんが浜松"),       # が after さん: a subject
    ("スポンサーはほとんどが関西の企業だ。", "LOCATION", "とんどが関西"),
    ("そのコロッケ、有名ですよね。「うなぎのタレコロッケ」。", "ORGANIZATION", "うなぎのタレコロッケ"),
])
def test_no_such_span(text, label, span):
    assert span not in spans(text, label)


@pytest.mark.parametrize("text, label, name", [
    pytest.param("指揮はいつもどおり大浜先生、ピアノは宮良さん。", "PERSON", "大浜",
                 marks=pytest.mark.xfail(strict=True, reason="the model's place outweighs 先生 after an island surname")),
    pytest.param("社内では「東西損保さん」と略して呼んでいる。", "ORGANIZATION", "東西損保",
                 marks=pytest.mark.xfail(strict=True, reason="東西 is a common noun: no name before 損保")),
    pytest.param("スタイリストのゆきが産休に入ります。", "PERSON", "ゆき",
                 marks=pytest.mark.xfail(strict=True, reason="a hiragana given name alone after a job title")),
    pytest.param("相談先は取引のあるはやちね信用金庫 石鳥谷支店。", "ORGANIZATION", "はやちね信用金庫",
                 marks=pytest.mark.xfail(strict=True, reason="the model's span starts after は, read as a particle")),
])
def test_still_failing(text, label, name):
    assert name in spans(text, label)


def test_a_nickname_before_koto_is_the_same_person():
    """もっちゃんこと元木 沙耶: the nickname and the full name get one entity (one pseudonym letter)."""
    from tokumei import analyze

    people = {s.text: s.entity_id for s in analyze("オーナーのもっちゃんこと元木 沙耶は準備中。") if s.label == "PERSON"}
    assert people["もっちゃん"] == people["元木 沙耶"]


def test_a_maiden_name_stays_a_person_beside_a_town_of_the_same_name():
    """旧姓は小松で、秋田市の…: 小松 is also a town; after 旧姓 it is a surname, never 「石川県内の市」."""
    assert "小松" in spans("大沢 亮介さん（45）。旧姓は小松で、秋田市の北東北物流に勤めた。", "PERSON")


def test_a_headings_municipality_before_a_trade_is_the_place_only():
    assert "遠野市・写真館" not in places("【支援事例】遠野市・写真館のスタジオ改装\n遠野の中心部で三代続く店。")


@pytest.mark.parametrize("text", ["必要書類：ア）申請書 イ）ハローワークの紹介状 ウ）印鑑", "名義は父のままです。",
                                  "名義変更の手続きをした。"])
def test_no_holder_without_a_holders_field(text):
    assert anonymize(text).text == text


@pytest.mark.parametrize("text, kana, latin", [
    # the katakana spelling of a Latin name's word in the same text (foreign staff written both ways)
    ("氷詰めはAgus Santosoがやってくれています。アグスは去年、技能コンクールで入賞した。", "アグス", "Agus Santoso"),
    ("チーズ工房はThomas Kellerさんの店だ。スイス出身のケラーが1998年に始めた。", "ケラー", "Thomas Keller"),
])
def test_the_katakana_spelling_of_a_latin_name_is_that_person(text, kana, latin):
    from tokumei import analyze

    people = {s.text: s.entity_id for s in analyze(text) if s.label == "PERSON"}
    assert kana in people and people[kana] == people[latin]
    assert kana not in anonymize(text).text


@pytest.mark.parametrize("text, word", [
    ("ガス代はAgus Santosoさん持ち。", "ガス"),                                     # a dictionary word
    ("実習生のMaricel Dela Cruzさん。シードル「やまびこドライ」が賞を取った。", "ドライ"),  # glued to a word; Dela
    ("Nike Stadiumはロンドン、ニューヨーク、パリでも展開された。", "ニューヨーク"),      # a place
])
def test_no_katakana_echo(text, word):
    assert word not in spans(text, "PERSON")

