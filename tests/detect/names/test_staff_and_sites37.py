"""A nursery's staff by a kana given name (園長のゆかり先生), children glued to their family word (長女ひなたちゃん),
foreign staff after a country and から来た, members named like a prefecture (宮城委員), form fields (受付者：大畑),
firms named by a surname or katakana and their trade (後藤重機, ヤスモト左官, 森岳工業), schools SudachiPy cuts across
(有終西小学校), care and shop kinds before a space and a name, temples and mountains by what stands at them
(覚城院の石段, 三徳山の三佛寺), kana roads and markets (ゆげ街道, ひろめ市場), quoted names after a venue's kind
(お好み焼き「ぽんた」) — stop 37, names and anonymize dev wave 9 read; invented names
and sentences. The positive rows failed on 46d04155; the negative rows guard against what the first draft of the
change did."""
from __future__ import annotations

import pytest

from support import spans
from tokumei import analyze


@pytest.mark.parametrize("text, name", [
    ("今年度から園長のかすみ先生と担任のなお先生が担当です。", "かすみ"),
    ("今年度から園長のかすみ先生と担任のなお先生が担当です。", "なお"),
    ("長女ことねちゃん（小2）は学童、次女ひよりちゃんは保育園です。", "ことね"),
    ("長女ことねちゃん（小2）は学童、次女ひよりちゃんは保育園です。", "ひより"),
    ("一緒に走ったはるきは途中でバテた。", "はるき"),
    ("ベトナムから来たタンがよう働いてくれます。", "タン"),                  # タン: a common noun to SudachiDict
    ("要望があった（秋田委員）。", "秋田"),                               # a surname named like a prefecture
    ("出席者：会長 田村、長野委員、福井委員", "長野"),                      # the member's title outside the name
    ("出席者：会長 田村、長野委員、福井委員", "福井"),
    ("受付者：大畑\n備考：当日受付", "大畑"),                               # a form's person field
    ("「こぐま保育園」園長 牧原／副園長 水野", "牧原"),                      # a role, a space, a surname, a slash
])
def test_person(text, name):
    assert name in spans(text, "PERSON")


def test_one_kanji_speaker():
    """王：… 王：…: a Chinese surname SudachiDict reads as a common noun speaks twice in a transcript."""
    text = "司会：自己紹介をお願いします。\n王：部品屋の王です。大連の出身です。\n司会：なぜ日本に？\n王：叔父がいたので。"
    assert [s.start for s in analyze(text) if s.label == "PERSON" and s.text == "王"][:2] == [text.index("王："),
                                                                                              text.index("王：", 20)]


@pytest.mark.parametrize("text, org", [
    ("町道の除雪は後藤重機に委託した。", "後藤重機"),                       # a firm, not 後藤 重機 (a given name)
    ("左官は協力会社のヤスモト左官が受け持った。", "ヤスモト左官"),            # an unknown katakana name + a trade
    ("石垣の補修には左官の森岳工業が加わった。", "森岳工業"),                 # not the mountain 〜岳
    ("対象は有終西小学校の1〜3年生です。", "有終西小学校"),                  # SudachiPy: 有終|西小|学校
    ("現在の預け先：小規模保育 ぴよぴよ（砺波市）", "小規模保育 ぴよぴよ"),
    ("見学希望：こども園 たんぽぽ（南砺市）", "こども園 たんぽぽ"),
    ("お好み焼き「鉄板 よっちゃん」。大将のヨッちゃんが焼く。", "鉄板 よっちゃん"),  # not a nickname alone
    ("「サイクル河野」は祖父の代から続く自転車屋だ。", "サイクル河野"),
    ("母が通う「ほっこりデイ」の夏祭りに行った。 #デイサービス", "ほっこりデイ"),  # ほっこり: an adverb, in quotes
    ("海が見える看護小規模多機能「ひだまりの縁」を併設します。", "ひだまりの縁"),
    ("老人クラブ「ひまわり会」のみなさんが竹とんぼを教えた。", "ひまわり会"),
    ("帰りは駅近くの銭湯 あけぼの湯に寄った。", "銭湯 あけぼの湯"),
    ("漆はうるし工房 あさぎさんにお願いしてます。", "うるし工房 あさぎ"),    # a kana lead after は
    ("竹原小学校とかえで保育園の子どもたちが描いた。", "かえで保育園"),       # not とかえで: と joins two names
    ("駅近くのお好み焼き「ぽんた」で反省会。", "ぽんた"),                    # a venue's kind right before the quote
    ("丘の上にベーカリー「小麦のうた」がある。", "小麦のうた"),
    ("案内役は屋台「とら八」二代目の末次さん。", "とら八"),
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, place", [
    ("瑠璃光寺五重塔まで車で10分ほど。", "瑠璃光寺"),                       # not the surname 光寺
    ("1. 奥津渓の紅葉まつり：出店者", "奥津渓"),                           # not 奥津 渓 (a full name)
    ("店は覚城院の石段を下りてすぐです。", "覚城院"),
    ("拓さんが描いたのは、安楽寺の八角三重塔。", "安楽寺"),
    ("参拝客は三徳山の三佛寺へ向かう。", "三徳山"),
    ("温泉街のゆげ街道に面した土産物店。", "ゆげ街道"),
    ("石鎚山や皿ヶ嶺に登る人が多いです。", "皿ヶ嶺"),
    ("豪雨のあと渡地区から移って再開した。", "渡地区"),                      # one kanji before 地区
    ("昼はひろめ市場で鰹のたたきを食べた。", "ひろめ市場"),                  # ひろめ: a verb to SudachiPy
])
def test_place(text, place):
    assert place in spans(text, "LOCATION")


@pytest.mark.parametrize("text, label, not_span", [
    ("いや、そんなちゃんと握れないよ。", "PERSON", "そんな"),                 # ちゃんと: an adverb
    ("「探偵神宮寺三郎シリーズ」を読んだ。", "LOCATION", "探偵神宮寺"),       # a surname after a word, not a temple
    ("その売却益が国技館建設の資金となった。", "ORGANIZATION", "国技館建設"),
    ("会場：しおまち保育園 遊戯室", "ORGANIZATION", "保育園 遊戯室"),         # the room of a nursery, no name
    ("出席：ひかりのもりこども園 中川、原水", "ORGANIZATION", "ひかりのもりこども園 中川"),
    ("今日はおいしいパン工房 むぎの店に行った。", "ORGANIZATION", "おいしいパン工房 むぎ"),
    ("旅館 せせらぎ亭、ゆの宿 みずならなど旅館9軒。", "ORGANIZATION", "みずならなど旅館"),
    ("出席：委員、幹事", "PERSON", "委員"),
    ("久住町 自治会長会 議事要旨（2月20日）", "PERSON", "長会"),              # 自治会|長会: no given name
    ("久住町 自治会長会 議事要旨（2月20日）", "PERSON", "自治会長会"),
    ("千葉市議の提案。", "PERSON", "千葉"),                                 # a councillor of 千葉市
    ("フランスから来たワインは渋い。", "PERSON", "ワイン"),
    ("沢山の寺を巡った。この街道は古い。", "LOCATION", "沢山"),
    ("市立小学校と各中学校の先生", "ORGANIZATION", "市立小学校と各中学校"),
    ("和菓子「栗きんとん」を買って帰る。", "ORGANIZATION", "栗きんとん"),     # a sweet, not a venue
    ("谷にかかるつり橋を渡った。", "LOCATION", "かかるつり橋"),
    ("ここではしを使う。みんなでは橋を渡る。", "LOCATION", "みんなでは橋"),
    ("旧地区と両地区の境", "LOCATION", "旧地区"),
])
def test_not(text, label, not_span):
    assert not_span not in spans(text, label)


@pytest.mark.parametrize("text, kept", [
    ("自転車は宮浦レンタサイクル ぐるりさんで借りた。", "宮浦"),           # a place before the trade word: replaced too
    ("現在は魚島ゲストハウス 汐見を営む。", "魚島"),
    ("を認定こども園 西城さくら園に開設します。", "さくら園"),               # the nursery's name is replaced, not doubted
    ("が参加。そば処 はちかい亭のAさんは、孫と来た。", "はちかい"),
])
def test_anonymized_text_keeps_no_name(text, kept):
    from tokumei.anonymize import anonymize

    assert kept not in anonymize(text, "publication").text
