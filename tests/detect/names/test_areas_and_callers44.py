"""Names read in stop 44 from names and anonymize dev wave 16 (invented names and sentences): a small district SudachiDict
lists as a surname said where things are (〜の辺り, 〜あたりの, 〜の路地, one of 〜・〜の両集落, the district of a landmark);
a two-letter hashtag of a town the text writes in kanji; a one-kanji given name with its reading glued on; a shop's
sign in quotes after 炉端, 〜の駅, キッチンカー or 移動販売車, with a licence's grade in it; a care body's kind glued to
its name; a business's kana name people call it by (「〜さん」で通じる, 「〜のおばちゃん」), written in the other kana or as
the reading of its kanji; a short katakana nickname a person is known by; バス停 whole. What is no name: 蔵元 before
の and a relative, a kanji numeral and a counter before 目, a crop's garden (りんご園), a nursery's class in kana
(もも組), a quoted sweet. Anonymize: the honorific and particle of the person before a hiragana business stay outside
it (「森さんは|あおぞら保育園」), an area word after a place ends the place's compound (関東|一円, 浜口|あたり), a Latin
name holding a business's word is no product, a country in a compound stays with it (ブラジル国籍), a quoted sentence
keeps its words when its place goes, a place before 行き/経由/向け goes alone, a country's or a region's name in a compound is listed for review (wide_place)
and not cut out, the world's regions (ヨーロッパ, 東アジア, 北米) stay like prefectures, an era before its year is no place (天保年間). Identifiers: a local number after ☎, ℡, TEL.,
a fax line or whose line it is, in brackets before まで. The positive rows fail on a9c69eaa
(checked with PYTHONPATH on a snapshot) except five marked as guards; the negative rows guard what the change must not
do. The last group: phrasings
of wave 16 left failing at the end of the stop, as strict xfail rows, so a fix is noticed."""
from __future__ import annotations

import pytest

from support import places, spans
from tokumei.anonymize import anonymize
from tokumei.detect import analyze


@pytest.mark.parametrize("text, place", [
    ("駐車場は狭いので、浜口の辺りは夕方混みます。", "浜口"),
    ("朝は四時から仕込み。宮脇の路地に湯気がこもる。", "宮脇"),
    ("対象：岩下・竹原あたりの小学生", "竹原"),
    ("対象：岩下・竹原あたりの小学生", "岩下"),                                               # listed with the place
    ("萩の豆腐屋です。\n#はぎ #豆腐", "はぎ"),                                                 # the town in kanji too
    ("迎えの車が本郷中央バス停のほうまで並んだ。", "本郷中央バス停"),
])
def test_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, not_place", [
    ("#はぎ #花 #秋の庭", "はぎ"),                                                             # no 萩 written: the flower
    ("佐藤あたりに聞いてみる。", "佐藤"),                                                       # あたりに: whom to ask
    ("共同使用駅で、JR東日本の管轄駅である。", "JR東日本"),                                   # a body's station
    ("車の名前は社内公募で「とうじょうまわり号」に決まりました。", "とう"),                    # no 唐 in hiragana
])
def test_not_place(text, not_place):
    assert not_place not in places(text)


@pytest.mark.parametrize("text, person", [
    ("工房長は代表の長男、日高 颯（はやて）が務めます。", "日高 颯"),
    ("倉庫では「ジェイ」で通ってます。", "ジェイ"),
])
def test_person(text, person):
    assert person in spans(text, "PERSON")


@pytest.mark.parametrize("text, not_person", [
    ("仕込みの責任者は蔵元の妹の梶 早苗。", "蔵元"),
    ("川沿いの栗園で拾った栗を煮ます。", "栗園"),
    ("土日は吉村の中央公園下の広場に出店します。", "吉村"),
    ("杉の香りの中で仕込むのは、ぐじょうならではの楽しみです。", "ぐ"),                     # no one-kana name
])
def test_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")


@pytest.mark.parametrize("text, person", [
    ("渋谷の居酒屋で、根本の代理を務めた。", "根本"),                                          # a surname the dictionary also
    ("筒井の娘で中学生。", "筒井"),                                                             # lists as a common noun
])
def test_still_person(text, person):
    assert person in spans(text, "PERSON")


@pytest.mark.parametrize("text, org", [
    ("駅裏の「炉端 いさ吉」は、店主の宇野さんが一人で回す。", "炉端 いさ吉"),
    ("試食会は港の「浜の駅 しおさい」にて。", "浜の駅 しおさい"),
    ("広場には「キッチンカー うめのすけ」の焼きそばが並んだ。", "キッチンカー うめのすけ"),
    ("当日は移動販売車「こまどり号」の焼き芋も並びます。", "こまどり号"),
    ("設計は「一級建築士事務所 北浦アトリエ」の田島 翼さん。", "一級建築士事務所 北浦アトリエ"),
    ("相談支援専門員：松尾（相談支援センターすずかけ）", "相談支援センターすずかけ"),
    ("駅前の「菓子処つむぎ屋」。近所では「つむぎさん」で通じるそうです。", "つむぎ"),
    ("「地魚酒場 うみどり」は、常連が「うみどりのおばちゃん」と呼ぶ母の店。", "うみどり"),
    ("正式には司法書士 石原総合事務所。地元では当事務所を「いしはらさん」と呼んでいただいています。", "いしはら"),
    ("「丸栄味噌醸造場」は三代目の蔵。地元では「まるえいさん」で通じる。", "まるえい"),      # the reading of 丸栄
    ("「丸栄味噌醸造場」は三代目の蔵。地元では「マルエイさん」で通じる。", "マルエイ"),      # (guard: met before)
    ("お客さんはあみの歯科さんやはまなす接骨院さん。", "はまなす接骨院"),                   # (stop 38's xfail row, met now)
    ("赤いのれんの『中華 ふくりゅう』がある。", "中華 ふくりゅう"),
    ("店は「ミチクサ」で通っている。", "ミチクサ"),                                             # (guard) a shop's: the aliases rule
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, not_org", [
    ("4月から、もも組に新しい先生が来ました。", "もも組"),
    ("4月から、ふじ組に新しい先生が来ました。", "ふじ組"),
    ("祖父が戦後にりんご園を始めた。", "りんご園"),
    ("名物の「なみまくらまんじゅう」の由来は。", "なみまくらまんじゅう"),
    ("倉庫では「ジェイ」で通ってます。", "ジェイ"),
])
def test_not_organisation(text, not_org):
    assert not_org not in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, published", [
    ("森さんはあおぞら保育園で五年間、主に二歳児を担当。", "さんはA保育園"),
    ("店は浜口あたりの角です。", "（地名）あたり"),
    ("住所は群馬県沼田市東原新町1-2-3。沼田周辺の店です。", "市周辺の店"),                # (guard: met before)
    ("大型免許保持者優遇。主に関東一円の定期便です。", "主に関東一円"),                    # (not 「主に一円の」)
    ("英国出身で、子ども向けの「Birch English Room」をやっています。", "「A社」をやって"),
    ("4月から、ふじ組に新しい先生が来ました。", "ふじ組に"),                                  # ふじ: a place word too
    ("Q　ブラジル国籍の社員が、兄の家に住んでいます。", "ブラジル国籍の社員"),               # not 「国籍の社員」
    ("名物はトルコライスですね。", "トルコライス"),
    ("冬は両津港行きのカーフェリーが欠航する。", "（地名）行き"),                              # not 「冬は行きの」
    ("コメント：「函館で生まれた技術を、全国に届けたい」", "市で生まれた技術を"),              # not 「で生まれた…」
    ("次回は「米山を望む事業承継相談会」を12月に開きます。", "「（地名）を望む"),              # not 「を望む…」
    ("パートさんは百二十人ほどです。", "百二十人"),                                            # 十人 is no place
    ("当店は天保年間、岩村の城下で薬種商を始めました。", "当店は天保年間"),                    # an era, no place
    ("天保元年（1830年）創業の蔵。", "天保元年"),
    ("緊急連絡先：宮良 キヨ（祖母・石垣在住）", "市在住）"),                                    # not 「（祖母在住）」, 「（祖母・在住）」
    ("担当：秋田県よろず支援拠点 コーディネーター", "担当：よろず支援拠点"),                  # (guard: よろず opens the name)
    ("ヨーロッパと東アジアと北米に輸出しています。", "ヨーロッパと東アジアと北米"),            # the world's regions stay
    ("3．見学会：2月の「維和島 冬のえび池あるき」にぜひ。", "「冬のえび池あるき」"),          # (guard) a kana verb is no sentence
])
def test_anonymized(text, published):
    assert published in anonymize(text).text


@pytest.mark.parametrize("text, not_published", [
    ("コメント：「函館で生まれた技術を、全国に届けたい」", "函館"),
    ("次回は「米山を望む事業承継相談会」を12月に開きます。", "米山"),
    ("昨年は「近江ものづくり大賞」の奨励賞を受けた。", "近江"),                                # (guard: the name drops its place)
])
def test_not_published(text, not_published):
    assert not_published not in anonymize(text).text


@pytest.mark.parametrize("text, flagged", [
    ("Q　ブラジル国籍の社員が、兄の家に住んでいます。", "ブラジル国籍"),
    ("去年、「東北民謡コンクール」少年の部で優勝した。", "東北民謡コンクール"),
])
def test_wide_place_listed_not_applied(text, flagged):
    r = anonymize(text)
    assert [(f.text, f.applied) for f in r.risks if f.kind == "wide_place"] == [(flagged, False)]
    assert flagged in r.text


@pytest.mark.parametrize("text, label, value", [
    ("所在地：尾道市土堂一丁目2-3　☎ 24-7781（水曜休み）", "PHONE", "24-7781"),
    # written before tuning (not from a read document): a local number after ℡, TEL., a fax line or whose line it is,
    # in brackets after お問い合わせは…
    ("お問い合わせは当店（22-1183）まで。", "PHONE", "22-1183"),
    ("℡22-1183", "PHONE", "22-1183"),
    ("TEL.22-1183", "PHONE", "22-1183"),
    ("FAX兼用 22-1183", "PHONE", "22-1183"),
    ("自宅22-1183", "PHONE", "22-1183"),
    ("連絡先は自宅（22-1183）です。", "PHONE", "22-1183"),                                   # not 「（22-1183」
])
def test_identifier(text, label, value):
    assert value in [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, label, value", [
    ("☎予約 12月分の受付", "PHONE", "12"),
    ("自宅：群馬県沼田市東原新町1-2-3", "PHONE", "1-2-3"),
    ("店舗 2-3階の改装", "PHONE", "2-3"),
])
def test_not_identifier(text, label, value):
    assert value not in [s.text for s in analyze(text) if s.label == label]


_STILL = pytest.mark.xfail(strict=True, reason="seen failing at the end of stop 44 (closing note, 'Not fixed from wave 16')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    ("ORGANIZATION", "ひもの処 うおとみ", "港に近い路地に、ひもの処 うおとみはある。"),           # a kana lead ending in の
    ("ORGANIZATION", "かねいち醤油", "さて、このたびかねいち醤油は、四代目が継ぐことになりました。"),  # after a kana adverb
    ("ORGANIZATION", "藤沢支店", "前任の藤沢支店では梨の選果を担当しておりました。"),           # a branch of the speaker's body
    ("LOCATION", "ほうふ", "防府駅から歩いて5分。ほうふらしい土産を探すならここ。"),             # an echo before らしい
])
def test_still_failing(label, want, text):
    assert want in spans(text, label)


@_STILL
@pytest.mark.parametrize("text, not_person", [
    ("★★★★☆ 源氏巻を買い比べて、この店に決めた。", "源氏巻"),                                  # a sweet read as a name
])
def test_still_failing_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")
