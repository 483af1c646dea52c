"""Risk wordings the independent annotators marked and the old code missed (anonymize/risk_details.py).
Invented sentences; every positive row failed on the old code."""
from __future__ import annotations

import pytest

from tokumei.anonymize import find_risks


@pytest.mark.parametrize("text, kind, flagged", [
    ("価格は税込27,500円で、来月から受注する。", "revenue", "27,500円"),
    ("値段は6万5千円。いまは注文して1年待ちです。", "revenue", "6万5千円"),
    ("過去2年分を試算すると、未払いは約84万円だった。", "revenue", "84万円"),
    ("いま職人は家族を含めて6人。", "headcount", "職人は家族を含めて6人"),
    ("蔵人は4人。冬だけ集まる。", "headcount", "蔵人は4人"),
    ("事務の妻と私の5人で回している。", "headcount", "5人"),
    ("――職人さんは何人ですか？\n大岩：11人です。", "headcount", "11人"),
    ("市内に残る最後の染物店です。", "superlative", "市内に残る最後の"),
    ("村に残る鍛冶屋は、もうここ一軒になった。", "superlative", "もうここ一軒になった"),
    ("島でいまも塩を炊くのは、今では浜中製塩だけだという。", "superlative", "島でいまも塩を炊くのは、今では浜中製塩だけ"),
    ("工房は道の駅 みなせから車で6分。", "landmark", "道の駅 みなせから車で6分"),
    ("白岩神社の鳥居から西へ120メートル。", "landmark", "白岩神社の鳥居から西へ120メートル"),
    ("大工も続けとります。いま74です。", "age", "74"),
    ("母の寺内 ふみは83ですが、毎朝畑に出る。", "age", "83"),
    ("牛舎には搾乳牛86頭がいる。", "revenue", "搾乳牛86頭"),
    ("在庫は約2万冊で、半分は郷土の本だ。", "revenue", "在庫は約2万冊"),
    ("年に8千人ほどのお客さんが来る。", "revenue", "年に8千人"),
    ("贈答用に「潮騒しぐれ」を通販で売り始めた。", "brand", "「潮騒しぐれ」"),
    ("子ども教室の月謝は3,500円です。", "revenue", "3,500円"),          # the business's own price, however small
    ("そば打ち体験は大人1,800円です。", "revenue", "1,800円"),
    ("包丁研ぎは1回700円でお受けします。", "revenue", "700円"),
    ("限定の塩そば（1杯980円）を出す。", "revenue", "980円"),
    ("限定麺を750円で提供します。", "revenue", "750円"),
    ("一泊二食8,500円です。", "revenue", "8,500円"),
    ("尾道の工務店は、昭和三十年に山下 勇が創業した。", "founding", "昭和三十年に山下 勇が創業"),
    ("当店は昭和四十五年、祖母が始めた。", "founding", "当店は昭和四十五年、祖母が始め"),
    ("当店は昭和四十五年、駅前に店を構えた。", "founding", "当店は昭和四十五年、"),
    ("県建設業協会の優良工事表彰を受けた。", "award", "県建設業協会の優良工事表彰を受け"),
    ("——スタッフは。\n今は6人です。", "headcount", "今は6人です"),
    ("オリジナルのハンドクリーム「しまつばき」です。", "brand", "「しまつばき」"),
    ("当社は2011年（平成23年）、代表の父が始めた。", "founding", "当社は2011年（平成23年）、"),
    ("昭和三十年に杉本 茂が漁網の修理から始めた。", "founding", "昭和三十年に杉本 茂が漁網の修理から始め"),
    ("大西：八十二ですが、毎日畑に出ます。", "age", "八十二"),
    ("妻と二人だけの小さな店です。", "headcount", "妻と二人"),
    ("2017年に大阪から移り住んだ。", "founding", "2017年"),
])
def test_detail_is_flagged(text, kind, flagged):
    assert (kind, flagged) in [(f.kind, f.text) for f in find_risks(text, year=2026)]


@pytest.mark.parametrize("text", [
    "一キロ数百円で流していた。",        # a vague amount (stop 26: every exact yen amount is flagged)
    "注文は関西一円から届く。",          # 一円: throughout, no amount
    "100円ショップで材料を買った。",
    "お客さんは何人でも歓迎です。",
    "いまは週に3日だけ店を開ける。",
])
def test_ordinary_details_are_not_flagged(text):
    kinds = {f.kind for f in find_risks(text, year=2026)}
    assert not kinds & {"revenue", "headcount", "superlative", "landmark", "age"}, kinds


@pytest.mark.parametrize("text, gone, kept", [
    # a one-kanji town's reading (KEN_ALL: 燕市 ツバメシ; SudachiPy reads 燕 alone エン)
    ("工房は新潟県燕市にある。専務は「つばめ住まいの勉強会」を開く。", "つばめ", "勉強会"),
    # a station named after its town: the town's reading inside a programme's name
    ("糸魚川駅から車で10分。コミュニティFM「いといがわまちの語り部」に出た。", "いといがわ", "まちの語り部"),
])
def test_the_town_in_kana_inside_a_name_goes_with_the_address(text, gone, kept):
    from tokumei.anonymize import anonymize

    out = anonymize(text).text
    assert gone not in out and kept in out


def test_a_town_reading_that_is_a_word_stays_a_word():
    """燕市 reads つばめ, and so does the bird: alone it stays (the town is removed only inside a name)."""
    from tokumei.anonymize import anonymize

    out = anonymize("工房は新潟県燕市にある。つばめが巣を作った。専務は「つばめ住まいの勉強会」を開く。").text
    assert "つばめが巣を作った" in out and "「つばめ" not in out
