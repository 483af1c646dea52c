"""Names read in stop 43 from names and anonymize dev wave 15 (invented names and sentences): a town named in kanji inside
a station, a bay or an address and written again in hiragana after a verb's ending, a hashtag that is a town's reading;
a school's district (〜小学校区); a care body's kind word, a space and its kana name; a Latin name a person signs or
writes themselves, a nickname a group uses, a name written in a script the text names; a shop called 〜さんとこ that a
business of the text holds or that fills a quote; an organisation's short name given with 略称/通称 in its brackets;
a full name before 組合長; a contact's surname before までお電話; a title 班長. Identifiers: a local number after a
booking word or after whose line it is, a card number after a card word and a bracket, twelve digits of a longer
grouped number. The positive rows fail on de0f857a except three the base already met (ささぶね, ミック, 馬渕: kept as
guards); the negative rows guard what the change must not do. The last group: six phrasings of wave 15 left failing at
the end of the stop, as strict xfail rows, so a fix is noticed."""
from __future__ import annotations

import pytest

from support import places, spans
from tokumei.anonymize import anonymize
from tokumei.detect import analyze


@pytest.mark.parametrize("text, place", [
    ("西武秩父駅に集合。冬のツアー「荒川の霧とちちぶ銘仙の工房めぐり」を始めます。", "ちちぶ"),  # 秩父 inside a station
    ("舞鶴市大浦地区に住む。祖父が暮らしたまいづるで釣り宿を始めた。", "まいづる"),           # after 暮らした
    ("人吉駅から送迎します。朝市を歩くひとよし散歩も組みたい。", "ひとよし"),                 # after 歩く
    ("城崎温泉の外湯めぐり。冬にまたきのさきへ来ます。", "きのさき"),                          # 温泉 dropped
    ("町の印刷屋です。\n#のべおか #活版印刷", "のべおか"),                                     # no kanji in the text
    ("代表が焼いた伊賀焼の土鍋を一つ買った。", "伊賀"),
    ("町の「森のくらし研究会」と、一の橋地区のゲストハウスが組む。", "一の橋地区"),              # 一の opens the name
])
def test_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, not_place", [
    ("根っからのおひとよしで、人吉駅の近くに住む。", "ひとよし"),                             # お + word
    ("うちのおやつは #おにぎり #朝ごはん", "おにぎり"),                                       # a hashtag of a common word
])
def test_not_place(text, not_place):
    assert not_place not in places(text)


@pytest.mark.parametrize("text, published", [
    ("練習は毎週土曜の朝、若草台小学校区のグラウンドで。", "A小学校区"),                      # not left whole for review
    ("炊き出しは「こだま商店」さんの豚汁でした。こだまさん、いつもありがとう。", "A社さん"),  # one letter for the shop
    ("調理は島内の「うみねこ弁当」に委託し、配達は地区で行う。", "「A社」に委託"),             # no product kept
    ("パクさんは自分の名前をハングルと並べて「Park Jiwon」と看板に書いている。", "「B氏」と看板"),  # no brand kept
])
def test_anonymized(text, published):
    assert published in anonymize(text).text


@pytest.mark.parametrize("text, org", [
    ("練習は毎週土曜の朝、若草台小学校区のグラウンドで。", "若草台小学校"),
    ("見守り：西貫小学校区の登校見守りに二名。", "西貫小学校"),
    ("その家は、ひがし野小学校区の境目にある。", "ひがし野小学校"),
    ("社会福祉法人たつみ会　配食サービスセンター くるみ\n※当センターは市の委託です。", "配食サービスセンター くるみ"),
    ("相談支援専門員：有村 健（相談支援センター こだま）", "相談支援センター こだま"),
    ("聞き手：南郷福祉ネット編集部\n話し手：今田 奈美さん", "南郷福祉ネット編集部"),
    ("社会福祉法人すみれ会（理事長 上原秀人、通称「すみれ」）は、配食を始めます。", "すみれ"),
    ("八代旅館協同組合（会長：園田昌平、略称「八旅協」）は、体験を始めます。\nお問い合わせ：八旅協事務局", "八旅協"),
    ("部品が三割。社名より「ミヤカドさんとこ」のほうが通じるんです。", "ミヤカド"),
    ("近所では今も「坂丸さんとこ」で通じる。", "坂丸"),
    ("有限会社ささぶね豆腐店の二代目。母はいまも「ささぶねさんとこの豆腐が一番」と言う。", "ささぶね"),
    ("炊き出しは「こだま商店」さんの豚汁でした。こだまさん、いつもありがとうございます。", "こだま"),
    ("搾油は「濱中製油」さんにお願いしている。", "濱中製油"),
    ("差し入れは「名草やまなみ商店」さんの豚汁でした。やまなみさん、いつもありがとう。", "やまなみ"),  # after a district's kanji
    ("調理は高田の「配食センターこもれび」で行い、国道沿いを回る。", "配食センターこもれび"),
    ("（略称「もりけん」）と、町の宿が組む。", "もりけん"),                                   # 略称: a body, whatever it reads
    ("調理は島内の「うみねこ弁当」に委託し、配達は地区で行う。", "うみねこ弁当"),
    ("特定非営利活動法人 たがやすと手しごと（法人番号 5300000000000）", "特定非営利活動法人 たがやすと手しごと"),
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, person", [
    ("ミン・ソーさんです。書類には自分でAung Min Soeと署名する。", "Aung Min Soe"),
    ("アディ・スリヤさんは、日報に自分で「ADI SURYA」と署名します。", "ADI SURYA"),
    ("パクさんは自分の名前をハングルと並べて「Park Jiwon」と看板に書いている。", "Park Jiwon"),
    ("ホアさんはヘルメットに自分で「HOA」と書いてますよ。", "HOA"),
    ("グエン・ティ・ランさん（仲間内では「ランラン」）。", "ランラン"),
    ("Villaverdeさんは社内で「ミック」。", "ミック"),
    ("Tran Van Khoaさん。本人がカタカナでコアと書くので、みんなコアと呼ぶ。", "コア"),
    ("◆組合長より\n渡部修一組合長「参拝帰りの人に寄ってほしい」", "渡部修一"),
    ("ご不明な点があれば、営業所の岡までお電話ください。", "岡"),
    ("自主防災班と、消防団の馬渕班長に相談する。", "馬渕"),
    ("試作を重ねたのは利用者のひろくんで、「甘すぎ」と言う。", "ひろ"),                      # ひろく|ん: an adjective
])
def test_person(text, person):
    assert person in spans(text, "PERSON")


@pytest.mark.parametrize("text, not_person", [
    ("令和7年1月15日\n都留市 地域づくり推進課", "都留市"),                                   # 都|留市: surname and given
    ("特定技能のスリヤ・プラディープ（スリランカ）が入社した。", "スリランカ"),               # a country, no reading
    ("入居者の梶田トミさん（満100歳）に市からお祝い状が届いた。", "満100歳"),
    ("年末夜警：12月28日から三夜。詰所から駅前まで回る。", "三夜"),
    ("ヘルメットに「SAFETY」と書いてある。", "SAFETY"),                                       # a word written, no name
    ("ご不明な点は担当の方までお電話ください。", "方"),                                         # whoever answers
])
def test_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")


@pytest.mark.parametrize("text, not_org", [
    ("市民活動センター 担当：山田", "市民活動センター 担当"),
    ("横野の「濵中農園」の濵中さんとこのゆずは、うちの自慢。", "濵中"),                     # a kanji surname: the family
    ("手続きは、北海道事業承継・引継ぎ支援センター オホーツクサテライトで。", "支援センター オホーツクサテライト"),
    ("ふるさと創業支援センター　コーディネーター 比嘉 のぞみ", "ふるさと創業支援センター　コーディネーター"),
    ("韓国語のPOPを作ってくれたのはバイトのソ・ジウさん。", "POP"),
    ("令和7年1月15日\n都留市 地域づくり推進課", "都留市 地域づくり"),
    ("お問い合わせは法人本部（駅から車で5分）、担当の山際まで。", "法人本部"),
])
def test_not_organisation(text, not_org):
    assert not_org not in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, label, value", [
    ("体験予約　57-3390（10時～16時）", "PHONE", "57-3390"),
    ("電話：自宅 38-2275／携帯 090-1234-5678", "PHONE", "38-2275"),
    ("ガソリンカード（給油・食材購入用）4980 0213 7745 1208", "CREDIT_CARD", "4980 0213 7745 1208"),
])
def test_identifier(text, label, value):
    assert value in [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, label, value", [
    ("ガソリンカード（給油・食材購入用）4980 0213 7745 1208", "MY_NUMBER", "4980 0213 7745"),   # twelve of sixteen
    ("ご予約は12月1日から。お問い合わせ：山田", "PHONE", "12"),
    ("予約 12-15 は満席です。", "PHONE", "12-15"),
])
def test_not_identifier(text, label, value):
    assert value not in [s.text for s in analyze(text) if s.label == label]


_STILL = pytest.mark.xfail(strict=True, reason="seen failing at the end of stop 43 (closing note, 'Not fixed from wave 15')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    ("ORGANIZATION", "ギャラリー朧月", "川沿いのギャラリー朧月で毎秋の個展を続ける。"),       # a kind word glued to a kanji name
    ("ORGANIZATION", "いとや", "道すがら竹細工の「いとや」や昔の湯治場の話を聞いた。"),   # や after a kana shop name ending in や
    ("PERSON", "Inés", "協力隊の同期のミナとInésも参加してくれた。"),                     # one Latin given name
    ("LOCATION", "ひた", "日田市で暮らす。好物はひたの焼きそばと甘酒。"),                 # a two-letter echo outside a quote
    ("LOCATION", "腰浜", "見学先：丸山木材株式会社 腰浜製材工場"),                       # a branch's town read as a surname
])
def test_still_failing(label, want, text):
    assert want in spans(text, label)


@_STILL
@pytest.mark.parametrize("text, not_person", [
    ("帰りに商店でサーターアンダギーを買い込んだ。", "サーターアンダギー"),             # a long katakana food
])
def test_still_failing_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")
