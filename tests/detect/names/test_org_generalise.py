"""Organisation classes that generalised badly to unseen documents (h/fix-org2), with invented names:
one row per way of writing, each failing on the code before the fix."""
from __future__ import annotations

import pytest

from tokumei.detect import default_analyzer
from tokumei.anonymize.engine import anonymize


@pytest.fixture(scope="module")
def analyzer():
    return default_analyzer()


def _got(analyzer, text):
    return [(s.label, s.text) for s in analyzer.analyze(text)]


@pytest.mark.parametrize("text, span", [
    # a venue word, then its own name as a plain kanji word, a broken-up kana word or ・-joined katakana
    ("ホテル潮騒に泊まった。", "ホテル潮騒"),
    ("ホテル白波の支配人に話を聞いた。", "ホテル白波"),
    ("旅館松風で働く。", "旅館松風"),
    ("民宿浜木綿を営む。", "民宿浜木綿"),
    ("酒場ゆうなぎで乾杯した。", "酒場ゆうなぎ"),
    ("酒場ほたるびの大将。", "酒場ほたるび"),
    ("ホテルつばさに泊まる。", "ホテルつばさ"),
    ("カフェ・ド・ソレイユで打ち合わせをした。", "カフェ・ド・ソレイユ"),
    ("カフェ・ラ・メール・ブルーの店長。", "カフェ・ラ・メール・ブルー"),
])
def test_venue_names(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("ホテル客室の清掃を請け負う。", "ホテル客室"),  # a part of a hotel
    ("ホテル従業員の研修を行う。", "ホテル従業員"),
    ("ホテル朝食が人気だ。", "ホテル朝食"),
    ("カフェめぐりが趣味だ。", "カフェめぐり"),
    ("喫茶しながら話す。", "喫茶し"),
    ("食堂ならではの味。", "食堂なら"),
])
def test_venue_words_not_names(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, person, org", [
    # one surname before an organisation kind + 長 is a person and a title, not the body 「佐伯組合」
    ("佐伯組合長は話す。", "佐伯", "佐伯組合"),
    ("挨拶は長浜組合長が務めた。", "長浜", "長浜組合"),
])
def test_surname_and_head_title(analyzer, text, person, org):
    got = _got(analyzer, text)
    assert ("PERSON", person) in got and ("ORGANIZATION", org) not in got, got


@pytest.mark.parametrize("text, org", [
    ("台湾守備混成第2旅団長に就く。", "台湾守備混成第2旅団"),  # a longer name stays the body
])
def test_longer_body_and_head_title(analyzer, text, org):
    assert ("ORGANIZATION", org) in _got(analyzer, text)


@pytest.mark.parametrize("text, span", [
    # a trade word (or a longer word ending in one), a space, then the business's own name in any script
    ("帰りに商店街の「鯛めし まつ乃」へ寄った。", "鯛めし まつ乃"),
    ("山あいの「窯元 とうせん」で豆皿を買った。", "窯元 とうせん"),
    ("【仲居募集】磯の宿 はまゆう（鳥羽市）", "磯の宿 はまゆう"),  # (stop 34: の宿 is a kind word, the annotators mark it)
    ("ダイビングショップ 石垣ブルーコーラル\n勤務地：島内", "ダイビングショップ 石垣ブルーコーラル"),
    ("★★★★★ 旅館 いさりびに一泊。", "旅館 いさりび"),
])
def test_trade_word_space_name(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("工房 見学は予約制です。", "工房 見学"),
    ("カフェ など、いろいろある。", "カフェ など"),
    ("旅館 ホテル 民宿の比較。", "旅館 ホテル"),
])
def test_trade_word_space_no_name(analyzer, text, word):
    assert not any(t.startswith(word) for _, t in _got(analyzer, text))


def test_trade_word_space_name_after_prose(analyzer):
    # the trade word right after prose (建つ旅館 湯乃屋): the name, not the clause before it
    got = _got(analyzer, "川沿いに建つ旅館 松乃屋は、明治創業の宿だ。")
    assert ("ORGANIZATION", "旅館 松乃屋") in got, got


@pytest.mark.parametrize("text, span", [
    # an organisation that opens a quote takes in the rest of the quote (a space + a word, の + a kanji word)
    ("山の工房を訪ねた——「はちみつ屋 こもりび」の夫婦に聞く。", "はちみつ屋 こもりび"),
    ("宿泊は「民宿 鷹ノ巣の家」でした。", "民宿 鷹ノ巣の家"),
    # a hiragana name ending in の before a split business word (ほし|の 整骨|院)
    ("みやの整骨院　院長 宮野 翔太", "みやの整骨院"),
    # an area word glued before the place inside a body's name
    ("（奥三河農泊推進協議会 事務局長）", "奥三河農泊推進協議会"),
    # an association named by its aim, with a place in it
    ("案内してくださった浜名湾の自然を守る会の皆さん", "浜名湾の自然を守る会"),
    # a maker named by its product before さん
    ("味噌は隣町のかねこ味噌さんに仕込んでもらう。", "かねこ味噌"),
    ("豆腐は山岸豆腐さんから仕入れる。", "山岸豆腐"),
])
def test_names_written_on(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("いつもの整骨院に行く。", "いつもの整骨院"),  # an adverb + の
    ("「喫茶みどりのモーニング」を食べた", "喫茶みどりのモーニング"),  # the quote goes on with a product
    ("「はなまる屋さん」に行く", "はなまる屋さん"),
    ("田舎味噌さんの話", "田舎味噌"),  # a kind of miso, no maker's name
    ("会社を守る会議に出た。", "会社を守る会"),
])
def test_not_written_on(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, span", [
    # a kind word, one space and a name filling a quote (the kind word is any: そば, 処, cafe, 湯宿, Trattoria)
    ("会津の「中華そば ささがわ」は、笹川さんが開いた。", "中華そば ささがわ"),
    ("駅前の直売所「干物処 うしお」と、ネットショップで売る。", "干物処 うしお"),
    ("通りを歩いてから「cafe 木洩れ」でサンドを食べた。", "cafe 木洩れ"),
    ("温泉街の「湯宿 しずく葉」に一泊。", "湯宿 しずく葉"),
    ("川沿いの「Osteria かわせ」でランチ。", "Osteria かわせ"),
    # a kind word before the quote outranks a surname + given-name reading of the quoted word
    ("歓迎会は駅前の居酒屋「磯舟」で開いた。", "磯舟"),
    # the head's title right after the quote
    ("浦野 健（「うらの干物店」三代目）：祖母が始めた。", "うらの干物店"),
    # JA/JF/コープ + a name, above a person reading of the name
    ("小麦はJA安曇みのりの契約農家から仕入れる。", "JA安曇みのり"),
    ("JAあおばの直売所に出す。", "JAあおば"),
    ("コープさくらの組合員になった。", "コープさくら"),
])
def test_quoted_and_coop_names(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("「第3回 総会」を開く。", "第3回 総会"),
    ("「2024 春」の特集。", "2024 春"),
    ("JA職員の話を聞いた。", "JA職員"),
])
def test_quoted_and_coop_not_names(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, word", [
    ("「せとやき祭 陶芸コンペ2021」に出品した。", "せとやき祭 陶芸コンペ2021"),  # an event with its year
    ("先輩が買ってきてくれた「湧水 しずく」、美味しい。", "湧水 しずく"),  # a product: the head is a thing
])
def test_quoted_spaced_events_and_products(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, span", [
    # before a bank's or cooperative's kind, all the kanji words are its name (日向 here is a common noun)
    ("送金は本人名義の日向南信用組合の口座から行う。", "日向南信用組合"),
    # 「X」をご利用: a service's name
    ("いつも「しまだいクリーニング」をご利用いただき、ありがとうございます。", "しまだいクリーニング"),
])
def test_bank_and_service_names(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("地元の信用金庫に相談した。", "地元の信用金庫"),
    ("都市銀行と地方銀行の違い。", "都市銀行"),
    ("「CRYSTAL BALLカードミラー」を発売する。", "CRYSTAL BALLカードミラー"),
])
def test_bank_kinds_and_products(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


@pytest.mark.parametrize("text, span", [
    # a legal-form name goes on over の + a short word before a space or a bracket
    ("合同会社 磯の灯　TEL 0226-00-0000", "合同会社 磯の灯"),
    ("合同会社ゆらかの風（本社：南知多町）", "合同会社ゆらかの風"),
    # a kana name that ends like an auxiliary before a bank's kind (しり|べし)
    ("余市町生まれ。しりべし信用金庫で融資を担当した。", "しりべし信用金庫"),
    # 「X」主 right after the quote
    ("久城 巌（「久城紙漉場」主）：五十年になります。", "久城紙漉場"),
])
def test_more_written_on(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, span", [
    ("株式会社ミライの社長　山田", "株式会社ミライ"),  # の + a title is not the name
    ("NPO法人ふくしの会員", "NPO法人ふくし"),
])
def test_no_tail_stops(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, place, whole", [
    # a place inside a quoted event's name is the place, not the event (the anonymizer drops the place,
    # keeps まつり, and flags the event)
    ("地元では「鷹ノ巣山まつり」が毎年開かれる。", "鷹ノ巣山", "鷹ノ巣山まつり"),
    ("「浜名の海中道路マラソン」に出場した。", "浜名", "浜名の海中道路マラソン"),
])
def test_place_inside_event(analyzer, text, place, whole):
    got = _got(analyzer, text)
    assert ("LOCATION", place) in got and ("LOCATION", whole) not in got, got


def test_bank_nickname_with_no(analyzer):
    # a bank's nickname with の at the start of an item (杜の都信用金庫), not 「都信用金庫」
    got = _got(analyzer, "・引落口座：杜の港信用金庫 長町支店")
    assert ("ORGANIZATION", "杜の港信用金庫") in got, got



@pytest.mark.parametrize("text, span", [
    # a kana shop name at the start of an item right before the head's title
    ("まるやま店主の話を聞いた。", "まるやま"),
    ("港の食堂で、こはる女将が出迎える。", "こはる"),
    ("ことのは店主・長尾さんに聞く。", "ことのは"),
])
def test_kana_name_before_head(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("それは店主が決める。", "それは"),
    ("みんな店主に感謝している。", "みんな"),
    ("この店主は無口だ。", "この"),
])
def test_kana_words_before_head_not_names(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


def test_kana_no_before_head_is_a_phrase(analyzer):
    # 【まちの店主に聞く】: the town's shop owner, no shop called まちの
    assert "まちの" not in [t for _, t in _got(analyzer, "【まちの店主に聞く】円山の美容室")]


@pytest.mark.parametrize("text, label, span", [
    # a place + a katakana activity + a club word
    ("薮原スキークラブの子たちが寄ってくれる。", "ORGANIZATION", "薮原スキークラブ"),
    # a kana name after スーパー that SudachiPy cut after a prefix (まる|なか)
    ("駐車場はスーパーまるなかと共用です。", "ORGANIZATION", "スーパーまるなか"),
])
def test_clubs_branches_supermarkets(analyzer, text, label, span):
    assert (label, span) in _got(analyzer, text)


def test_a_branch_place_goes_with_its_business(analyzer):
    # the branch's place is a place (rules/branches.py) or part of the business the learned tier reads whole
    # (since stop 30: 名護オーシャンレンタカー 那覇空港営業所): either way it is replaced
    text = "レンタカー：名護オーシャンレンタカー 那覇空港営業所"
    a = text.index("那覇空港")
    assert any(s.start <= a and a + 4 <= s.end and s.label in ("LOCATION", "ORGANIZATION") for s in analyzer.analyze(text))
    assert "那覇空港" not in anonymize(text, "publication").text


def test_club_of_no_place(analyzer):
    # a club of no name stays in the text; the detector may read it (the model retrained in stop 31 gives サッカークラブ
    # 0.61), anonymize's ordinary-word check keeps it (anonymize.sense: common nouns only, a kind word last)
    text = "地元のサッカークラブに入った。"
    assert "サッカー" not in [t for _, t in _got(analyzer, text)]
    assert anonymize(text, "publication").text == text


@pytest.mark.parametrize("text, label, span", [
    ("創業は昭和48年、豆腐工房 しろやまとして始まった。", "ORGANIZATION", "豆腐工房 しろやま"),
    ("コーヒーはロースタリー 風見鶏から仕入れる。", "ORGANIZATION", "ロースタリー 風見鶏"),
    ("JAしまなみの直売所「さいさい市場」に出荷している。", "ORGANIZATION", "さいさい市場"),
])
def test_more_trade_word_names(analyzer, text, label, span):
    assert (label, span) in _got(analyzer, text)


def test_venue_part_after_space(analyzer):
    assert "ホテル 客室" not in [t for _, t in _got(analyzer, "ホテル 客室の清掃を請け負う。")]


@pytest.mark.parametrize("text, span", [
    ("医療法人 清和会 たなか内科の看護師。", "たなか内科"),  # a name + a medical department is the clinic
    ("山岸眼科で診てもらった。", "山岸眼科"),
])
def test_clinic_by_department(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, span", [
    # from the a-dev-81…90 classes, invented names
    ("安政三年創業の丸千代味噌醸造場。島でいまも仕込む。", "丸千代味噌醸造場"),  # a shop mark + trade + 場
    ("町の「カネヤマ時計店」は、大正十年に初代が開いた。", "カネヤマ時計店"),  # a quoted name ending in 店
    ("延岡のギャラリー 森の器さんに棚をいただきました。", "ギャラリー 森の器"),  # の + a short word, then さん
    ("相談者：合同会社 霞の丘ブルワリー 代表社員 四方", "合同会社 霞の丘ブルワリー"),  # legal form + name with の
    ("振込先は、退職月まで丹波ふくら信用金庫のまま。", "丹波ふくら信用金庫"),  # a bank name in kanji and kana
])
def test_adev81_classes(analyzer, text, span):
    assert ("ORGANIZATION", span) in _got(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("株式会社ミライの新工場　完成", "株式会社ミライの新工場"),
    ("東京から信用金庫に行く。", "東京から信用金庫"),
])
def test_adev81_guards(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]


def test_founded_school_with_kana_name(analyzer):
    got = _got(analyzer, "Megan：浜松市立みさき中学校でALTをしています。")
    assert ("ORGANIZATION", "浜松市立みさき中学校") in got, got
    assert "市立の中学校" not in [t for _, t in _got(analyzer, "市立の中学校に通う。")]


@pytest.mark.parametrize("text, word", [
    # の + a surname after a legal-form name is the company's person, not more of its name
    ("今日は株式会社あかね煙火の猪又 亘さんでした。", "株式会社あかね煙火の猪又"),
    # two dictionary common nouns after the space describe a product
    ("実印「小田原ひのき 手彫り実印」を発売します。", "小田原ひのき 手彫り実印"),
])
def test_tail_person_and_product_guards(analyzer, text, word):
    assert word not in [t for _, t in _got(analyzer, text)]
