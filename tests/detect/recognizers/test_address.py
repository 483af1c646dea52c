"""ADDRESS recognizer (jp.address.v1) and the KEN_ALL gazetteer (tokumei.detect.geo)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect import Analyzer
from tokumei.detect.geo import Municipality, gazetteer, trie_regex
from tokumei.detect.recognizers.jp.address import RECOGNIZER
from tokumei.detect.textview import TextView

PIPELINE = Analyzer(finders=[])


def addresses(text: str):
    out = [s for s in PIPELINE.analyze(text) if s.label == "ADDRESS"]
    for s in out:
        assert text[s.start:s.end] == s.text
    return out


@pytest.mark.parametrize(
    "text, span, pref, muni",
    [
        ("〒100-8914 東京都千代田区永田町1-6-1", "東京都千代田区永田町1-6-1", "東京都", "千代田区"),
        ("本店は静岡県島田市本通二丁目3番4号に店舗を構える", "静岡県島田市本通二丁目3番4号", "静岡県", "島田市"),
        ("島田市本通二丁目3番4号", "島田市本通二丁目3番4号", "静岡県", "島田市"),
        ("東京都千代田区永田町４－２－８", "東京都千代田区永田町４－２－８", "東京都", "千代田区"),
        ("東京都千代田区永田町四丁目2番8号。", "東京都千代田区永田町四丁目2番8号", "東京都", "千代田区"),
        ("愛知県名古屋市中村区名駅4丁目7番1号", "愛知県名古屋市中村区名駅4丁目7番1号", "愛知県", "名古屋市中村区"),
        ("東京都府中市宮西町1丁目2-3", "東京都府中市宮西町1丁目2-3", "東京都", "府中市"),
        ("広島県府中市府川町315番地", "広島県府中市府川町315番地", "広島県", "府中市"),
        ("北海道虻田郡倶知安町字山田１２３番地の４", "北海道虻田郡倶知安町字山田１２３番地の４", "北海道", "虻田郡倶知安町"),
        ("北海道倶知安町北1条東2丁目", "北海道倶知安町北1条東2丁目", "北海道", "虻田郡倶知安町"),
        ("北海道札幌市中央区北一条西2丁目1番地", "北海道札幌市中央区北一条西2丁目1番地", "北海道", "札幌市中央区"),
        ("神奈川県横浜市港北区新横浜2-3-4 新横浜ビル3F、", "神奈川県横浜市港北区新横浜2-3-4 新横浜ビル3F", "神奈川県", "横浜市港北区"),
        ("横浜市港北区新横浜２－３－４　新横浜ビル３Ｆで", "横浜市港北区新横浜２－３－４　新横浜ビル３Ｆ", "神奈川県", "横浜市港北区"),
        ("福岡県福岡市中央区天神1-2-3 さくらマンション201号室、", "福岡県福岡市中央区天神1-2-3 さくらマンション201号室", "福岡県", "福岡市中央区"),
        ("東京都港区六本木6丁目10番1号 六本木ヒルズ森タワー3階で", "東京都港区六本木6丁目10番1号 六本木ヒルズ森タワー3階", "東京都", "港区"),
        ("東京都渋谷区神南1-2-3-101", "東京都渋谷区神南1-2-3-101", "東京都", "渋谷区"),
        ("東京都渋谷区神南1-2-3 101号", "東京都渋谷区神南1-2-3 101号", "東京都", "渋谷区"),
        ("京都府京都市中京区烏丸通御池上る二条殿町540番地", "京都府京都市中京区烏丸通御池上る二条殿町540番地", "京都府", "京都市中京区"),
        ("千葉県鎌ヶ谷市新鎌ケ谷1-2-3", "千葉県鎌ヶ谷市新鎌ケ谷1-2-3", "千葉県", "鎌ケ谷市"),
        ("東京都 新宿区西新宿2-8-1", "東京都 新宿区西新宿2-8-1", "東京都", "新宿区"),
        ("東京都渋谷区神南1-2-3 サンハイツ5号棟 301号室", "東京都渋谷区神南1-2-3 サンハイツ5号棟 301号室", "東京都", "渋谷区"),
        ("大阪市中央区本町1-2-3", "大阪市中央区本町1-2-3", "大阪府", "大阪市中央区"),
        ("横浜市新横浜2-3-4", "横浜市新横浜2-3-4", "神奈川県", "横浜市"),
        ("港北区新横浜2-3-4", "港北区新横浜2-3-4", "神奈川県", "横浜市港北区"),
        ("東京都千代田区丸の内1-1-1", "東京都千代田区丸の内1-1-1", "東京都", "千代田区"),
        ("東京都千代田区一番町5番地", "東京都千代田区一番町5番地", "東京都", "千代田区"),
        ("東京都千代田区永田町一丁目七番一号", "東京都千代田区永田町一丁目七番一号", "東京都", "千代田区"),
        ("東京都千代田区永田町1ー6ー1", "東京都千代田区永田町1ー6ー1", "東京都", "千代田区"),
        ("東京都西東京市ひばりが丘1-2-3", "東京都西東京市ひばりが丘1-2-3", "東京都", "西東京市"),
        ("山形県東村山郡山辺町大字山辺1234", "山形県東村山郡山辺町大字山辺1234", "山形県", "東村山郡山辺町"),
        # a note in brackets after the bare lot number (a temple's letter: 「…1458（須坂駅から徒歩12分）」)
        ("長野県須坂市大字須坂1458（須坂駅から徒歩12分）", "長野県須坂市大字須坂1458", "長野県", "須坂市"),
        ("長野県須坂市大字須坂1458(自宅)", "長野県須坂市大字須坂1458", "長野県", "須坂市"),
        ("長野県北佐久郡軽井沢町大字軽井沢1323番地281", "長野県北佐久郡軽井沢町大字軽井沢1323番地281", "長野県", "北佐久郡軽井沢町"),
        ("鹿児島県大島郡瀬戸内町古仁屋1283番地14", "鹿児島県大島郡瀬戸内町古仁屋1283番地14", "鹿児島県", "大島郡瀬戸内町"),
        ("住所：〒460-0008 愛知県名古屋市中区栄三丁目15番33号 栄ガスビル8階", "愛知県名古屋市中区栄三丁目15番33号 栄ガスビル8階", "愛知県", "名古屋市中区"),
        ("北海道札幌市北区北7条西2丁目20番地", "北海道札幌市北区北7条西2丁目20番地", "北海道", "札幌市北区"),
        ("福岡県福岡市中央区天神1丁目2番3号 201号室", "福岡県福岡市中央区天神1丁目2番3号 201号室", "福岡県", "福岡市中央区"),
        ("福岡県福岡市中央区天神1-2-3-201号室", "福岡県福岡市中央区天神1-2-3-201号室", "福岡県", "福岡市中央区"),
        ("東京都千代田区永田町1-6-1.", "東京都千代田区永田町1-6-1", "東京都", "千代田区"),
        ("東京都千代田区永田町1-6-1, Japan", "東京都千代田区永田町1-6-1", "東京都", "千代田区"),
        ("静岡県島田市さくら通り二丁目3番地", "静岡県島田市さくら通り二丁目3番地", "静岡県", "島田市"),
    ],
)
def test_block_level_addresses(text, span, pref, muni):
    (s,) = addresses(text)
    assert (s.text, s.data["prefecture"], s.data["municipality"], s.data["level"]) == (span, pref, muni, "block")


@pytest.mark.parametrize(
    "text, span",
    [
        ("東京都千代田区永田町1-6-1に店舗を構える", "東京都千代田区永田町1-6-1"),
        ("大阪府大阪市北区梅田１－２－３の株式会社ミライ", "大阪府大阪市北区梅田１－２－３"),
        ("大阪府大阪市北区梅田1-2-3の株式会社ミライビル", "大阪府大阪市北区梅田1-2-3"),
        ("東京都新宿区西新宿2-8-1で開催", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 株式会社東京", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1株式会社東京", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1(株)ミライ", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 ミライハウス株式会社", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 ミライハウス㈱", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 ミライハウス工業の", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 山田太郎が館長", "東京都新宿区西新宿2-8-1"),
        ("東京都新宿区西新宿2-8-1 ミライ商事株式会社 本社ビル", "東京都新宿区西新宿2-8-1"),
        ("東京都千代田区永田町1-6-1 03-3581-1234", "東京都千代田区永田町1-6-1"),
        ("東京都千代田区永田町1-6-1、電話は", "東京都千代田区永田町1-6-1"),
        ("東京都千代田区永田町1-6-1。山田ビルは", "東京都千代田区永田町1-6-1"),
        ("東京都千代田区永田町1丁目 2024年4月1日", "東京都千代田区永田町1丁目"),
        ("東京都千代田区永田町1-6-1 10:00開始", "東京都千代田区永田町1-6-1"),
        ("東京都千代田区永田町1丁目 1,200万円", "東京都千代田区永田町1丁目"),
        ("東京都千代田区永田町1丁目 15%", "東京都千代田区永田町1丁目"),
    ],
)
def test_span_stops_before_following_text(text, span):
    assert [s.text for s in addresses(text)] == [span]


@pytest.mark.parametrize(
    "text, span, level, score_max",
    [
        ("静岡県島田市", "静岡県島田市", "municipality", 0.7),
        ("本社は静岡県島田市にあります", "静岡県島田市", "municipality", 0.7),
        ("東京都千代田区永田町にある", "東京都千代田区永田町", "town", 0.8),
        ("東京都千代田区永田町3社の", "東京都千代田区永田町", "town", 0.8),
        ("宮城県仙台市の支店", "宮城県仙台市", "municipality", 0.7),
    ],
)
def test_coarse_addresses_score_lower(text, span, level, score_max):
    (s,) = addresses(text)
    assert (s.text, s.data["level"]) == (span, level)
    assert 0.4 <= s.score <= score_max


def test_municipality_outside_the_written_prefecture_is_not_attached_to_it():
    (s,) = addresses("宮城県府中市1-2-3")
    assert s.text == "府中市1-2-3" and s.data["prefecture"] is None


def test_ambiguous_municipality_keeps_prefecture_unknown():
    (s,) = addresses("府中市1-2-3")
    assert s.data["prefecture"] is None and s.data["municipality"] == "府中市"
    assert "複数" in s.data["note"]
    (s,) = addresses("伊達市1丁目2番")
    assert s.data["prefecture"] is None
    (s,) = addresses("北区1-2-3")  # 東京都北区・札幌市北区・大阪市北区…
    assert s.text == "北区1-2-3" and s.data["prefecture"] is None and "複数" in s.data["note"]


@pytest.mark.parametrize(
    "text, pref, muni",
    [
        ("北区梅田1-2-3", "大阪府", "大阪市北区"),  # 梅田 is a town of 大阪市北区 only
        ("大阪府北区梅田1-2-3", "大阪府", "大阪市北区"),
        ("北区赤羽1-2-3", "東京都", "北区"),
        ("府中市宮西町2-24", "東京都", "府中市"),  # 宮西町 exists in 東京都府中市 only
    ],
)
def test_town_name_resolves_duplicate_municipalities(text, pref, muni):
    (s,) = addresses(text)
    assert (s.data["prefecture"], s.data["municipality"]) == (pref, muni)


@pytest.mark.parametrize(
    "text",
    [
        "静岡県の", "東京都", "北海道では", "1-2-3", "第1-2-3項", "version 1.2.3", "市場調査の結果、区分は町村別",
        "島田市", "島田市の人口", "府中市役所", "島田市で3年", "1,200万円", "15%",
        "京都の通り", "東京都内で", "千代田区役所", "府中市、調布市、三鷹市の3市", "北区1位", "港区の3社", "千代田区役所1-2-3", "島田市内に3-2-1の",
    ],
)
def test_negatives(text):
    assert addresses(text) == []


def test_gazetteer_handles_duplicates_wards_and_gun():
    g = gazetteer()
    assert g is gazetteer()  # loaded once per process
    assert len(g.prefectures) == 47
    assert {m.prefecture for m in g.candidates("府中市")} == {"東京都", "広島県"}
    assert {m.prefecture for m in g.candidates("伊達市")} == {"北海道", "福島県"}
    assert g.candidates("伊達市", "福島県") == (Municipality("福島県", "伊達市"),)
    assert g.candidates("倶知安町") == (Municipality("北海道", "虻田郡倶知安町"),)
    assert g.candidates("横浜市港北区") == (Municipality("神奈川県", "横浜市港北区"),)
    assert g.candidates("横浜市") == (Municipality("神奈川県", "横浜市"),)
    assert g.candidates("港北区") == (Municipality("神奈川県", "横浜市港北区"),)
    assert Municipality("東京都", "北区") in g.candidates("北区") and len(g.candidates("北区")) > 3
    assert g.candidates("千代田区") == (Municipality("東京都", "千代田区"),)
    assert g.candidates("郡山市")[0].prefecture == "福島県"  # 郡 at the start is not a 郡
    assert g.town_length("東京都", "千代田区", "永田町1-6-1", 0) == 3
    assert g.town_length("神奈川県", "横浜市", "新横浜2", 0) == 3  # 政令市だけ: 全区の町域
    assert g.head_starts("住所は静岡県島田市") == [3, 6]


@pytest.mark.parametrize("words", [["ab", "abc"], ["東京都", "東京", "京都府"], ["a"], ["x", "y", "xyz", "xz"]])
def test_trie_regex_matches_longest_word(words):
    import re

    rx = re.compile(trie_regex(words))
    for w in words:
        assert rx.fullmatch(w)
        assert rx.match(w + "#").group() == max((v for v in words if w.startswith(v)), key=len)


def test_offsets_survive_length_changing_normalisation():
    text = "①㈱ミライ ｶﾌﾞｼｷ 東京都千代田区永田町１－６－１ ㈲"
    (s,) = list(RECOGNIZER.find(TextView(text)))
    assert s.text == "東京都千代田区永田町１－６－１" == text[s.start:s.end]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["東京都千代田区永田町1-6-1", "静岡県島田市本通二丁目3番4号", "島田市本通2-3-4 山田ビル5F"]),
    st.text(alphabet="あいう、。 漢字ABC0123-丁目番号ビル", max_size=12),
    st.text(alphabet="あ、。 漢0-", max_size=6),
)
def test_offsets_and_start_are_stable(addr, after, before):
    text = before + "、" + addr + after
    spans = list(RECOGNIZER.find(TextView(text)))
    assert spans and spans[0].start == len(before) + 1
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.text.startswith(addr[:6])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="東京都千代田区永田町静岡県島田市本通1-２丁目番地号のビル3F 、", max_size=40))
def test_offsets_point_into_the_original(text):
    for s in RECOGNIZER.find(TextView(text)):
        assert text[s.start:s.end] == s.text
        assert "、" not in s.text and "。" not in s.text  # never runs past punctuation
        assert s.data["level"] in ("block", "town", "municipality")


@pytest.mark.parametrize(
    "text, span, level",
    [
        # 宛名ラベル・表のセルのように改行で分かれた住所も、番地まで一つの span（番地が漏れない）
        ("〒427-0022 静岡県島田市\n本通2-3-4 グリーンハイツ201号室に", "静岡県島田市\n本通2-3-4 グリーンハイツ201号室", "block"),
        ("静岡県静岡市葵区\n鷹匠1-2-3\nハイツ鷹匠101号室\n山田 太郎 様", "静岡県静岡市葵区\n鷹匠1-2-3\nハイツ鷹匠101号室", "block"),
        ("静岡県\n島田市本通二丁目3番4号", "静岡県\n島田市本通二丁目3番4号", "block"),
        ("東京都千代田区\r\n永田町1-6-1", "東京都千代田区\r\n永田町1-6-1", "block"),
        # 市区町村から始まり番地のない住所: 一覧の町域まであれば報告する（島田市本通）
        ("本社は島田市本通に移転しました", "島田市本通", "town"),
        ("新宿区西新宿で開催", "新宿区西新宿", "town"),
        # 名前が後ろに来る建物（ハイツ鷹匠・メゾン神南）は部屋番号が続くときだけ
        ("東京都渋谷区神南1-2-3 メゾン神南201号室", "東京都渋谷区神南1-2-3 メゾン神南201号室", "block"),
    ],
)
def test_split_and_municipality_start_addresses(text, span, level):
    (s,) = addresses(text)
    assert (s.text, s.data["level"]) == (span, level)


@pytest.mark.parametrize(
    "text, span",
    [
        # 次の行は部屋番号のある建物だけつなぐ。会社名・本文・町域だけの行はつながない。
        ("静岡県島田市\n本社の移転について", "静岡県島田市"),
        ("静岡県島田市本通2-3-4\n山田ビルは古い", "静岡県島田市本通2-3-4"),
        ("静岡県島田市\n本通の商店街", "静岡県島田市"),
        ("静岡県島田市\n1-2-3 の手順で進めます", "静岡県島田市"),
        # 建物の語のあとにカタカナが続くのは会社名（コーポレーション・ハウス食品）
        ("東京都渋谷区神南1-2-3 ABCコーポレーション", "東京都渋谷区神南1-2-3"),
        ("東京都渋谷区神南1-2-3 ハウスメーカー", "東京都渋谷区神南1-2-3"),
    ],
)
def test_line_breaks_and_company_words_do_not_extend_the_span(text, span):
    assert [s.text for s in addresses(text)] == [span]


@pytest.mark.parametrize("text", ["渋谷区役所に行った", "島田市役所の窓口", "港区の3社"])
def test_municipality_start_without_town_is_not_reported(text):
    assert addresses(text) == []


@pytest.mark.parametrize(
    "text, span",
    [
        # 単位のない部屋番号も建物名に続けば住所のうち（「東京都101」のように部屋番号だけ残さない）
        ("東京都千代田区千代田9-9-9 架空マンション101", "東京都千代田区千代田9-9-9 架空マンション101"),
        ("東京都千代田区千代田9-9-9 さくらハイツ 2-301\n山田 太郎 様", "東京都千代田区千代田9-9-9 さくらハイツ 2-301"),
        ("東京都千代田区千代田9-9-9 山田ビル2024年に移転", "東京都千代田区千代田9-9-9 山田ビル"),
        ("東京都千代田区千代田9-9-9 山田ビル 10名で", "東京都千代田区千代田9-9-9 山田ビル"),
        ("東京都千代田区千代田9-9-9 山田ビル 1,200円", "東京都千代田区千代田9-9-9 山田ビル"),
        ("静岡県島田市\n本通2-3-4 ハイツ101号室", "静岡県島田市\n本通2-3-4 ハイツ101号室"),  # 建物の語だけ＋部屋
        ("静岡県島田市本通2-3-4 コーポ 2F", "静岡県島田市本通2-3-4 コーポ 2F"),
        ("東京都渋谷区神南1-2-3 コーポ山田202に住む", "東京都渋谷区神南1-2-3 コーポ山田202"),
        ("東京都渋谷区神南1丁目2番地3 サンビル5階A号室", "東京都渋谷区神南1丁目2番地3 サンビル5階A号室"),
        ("東京都渋谷区神南1-2-3 ハイツ2024年", "東京都渋谷区神南1-2-3"),
        ("東京都渋谷区神南1-2-3 メゾン 10名", "東京都渋谷区神南1-2-3"),
    ],
)
def test_bare_room_number_after_a_building(text, span):
    assert [s.text for s in addresses(text)] == [span]


@pytest.mark.parametrize(
    "text, span",
    [
        # 表の列に分かれた住所（anonymize は表を TSV として読む）
        ("山田\t静岡県\t島田市\t本通2-3-4", "静岡県\t島田市\t本通2-3-4"),
        ("山田\t静岡県\t島田市\t1位", "静岡県\t島田市"),
    ],
)
def test_address_over_table_columns(text, span):
    assert [s.text for s in addresses(text)] == [span]
