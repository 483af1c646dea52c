"""Names read in stop 42 from names and anonymize dev wave 14 (invented names and sentences): a municipality named in kanji
and written again in hiragana in a hashtag, at a quote's head before の, or after a mountain's or a district's name; a
surname-like name glued to a dam, a sinking bridge or a mountain side; a shop called 〜さんとこ or by the kana of its own
name; kana business names SudachiPy cuts into a verb and a particle; a trade cut into name pieces (衛|生士さん); a
child's hiragana name SudachiPy reads as a verb; an attendee's company with its legal form; numbers given as examples or as what a number looks like, a
local number to call, a card number a sentence after its label; a kind word, a space and a name before から. The
positive rows fail on 8a37a458 except four the base already met (かねまる醤油 the model found, 森本コーチ, ハローワーク柳井,
the reading はざま of a person — kept as guards); the negative rows guard what the change must not do. Later rows: landmarks
by a distance, a name before ばあちゃん, the learned tier's organisation opening a clause."""
from __future__ import annotations

import pytest

from support import places, spans
from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, place", [
    ("事例：柑橘の加工（萩市）\n「はぎの甘夏を、まるごと届けたい」と話す。", "はぎ"),    # two letters: quote head, の, a word
    ("今朝の四万十川。\n#四万十 #しまんとごはん #とうふ", "しまんと"),                  # a hashtag glues words
    ("長門市油谷の牧場です。ソフトクリーム再開！\n#ながと #牧場", "ながと"),           # the town inside 長門市油谷
    ("飯山市の鍋倉山のふもとで仕込んだ「なべくら味噌」を出します。", "なべくら"),     # 鍋倉山 without 山; 味噌: a product
    ("兵庫県多可町の酒蔵。新しい「たかの酒粕プリン」が人気だ。", "たか"),             # 多可郡多可町 from the address
    ("木材は美和ダム近くの土場で一年寝かせる。", "美和ダム"),
    ("写真は佐田沈下橋じゃなくて近所の橋です。", "佐田沈下橋"),
    ("迎えの車は高館山側から回ってください。", "高館山"),
])
def test_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, not_person", [
    ("木材は美和ダム近くの土場で一年寝かせる。", "美和"),
    ("迎えの車は高館山側から回ってください。", "高館"),
    ("娘の担当の衛生士さんはとても丁寧です。", "衛生士"),                         # 衛|生士: name pieces to SudachiPy
    ("いや、そんなちゃんとできないよ。", "そんな"),
])
def test_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")


@pytest.mark.parametrize("text, org", [
    ("出席：郡司（放課後等デイサービス こもれびキッズ 管理者）\n郡司：こもれびさんとこと学童で分けます。", "こもれび"),
    ("「ほしぞらさんとこの卵は前から評判がいい」（委員長）", "ほしぞら"),                # no organisation: a kana name after 「
    ("合資会社やまいち醸造（会津若松市）。地元では「やまいちさん」で通っている。", "やまいち"),
    ("日ごろよりさべ動物病院をご利用いただき、ありがとうございます。", "さべ動物病院"),  # さ|べ: a verb and a particle
    ("出席：合同会社ひばり 岡田、市福祉課 森", "合同会社ひばり"),
    ("お隣のかねまる醤油さんとの詰め合わせもご用意しました。", "かねまる醤油"),       # 醤油 + さん: the maker
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, not_org", [
    ("田中さんとこの息子さんが帰ってきた。", "田中"),                               # a family: the person rules' span
    ("ひとりで養鶏を始めて十年になる。", "ひとりで養鶏"),
    ("昔から動物病院に通っている。", "から動物病院"),
])
def test_not_organisation(text, not_org):
    assert not_org not in spans(text, "ORGANIZATION")


def test_attendee_after_company():
    """合同会社ひばり 岡田: the company and the attendee, not one person."""
    people = spans("出席：合同会社ひばり 岡田、市福祉課 森", "PERSON")
    assert "岡田" in people and "合同会社ひばり 岡田" not in people


@pytest.mark.parametrize("text, name", [
    ("母が作る「きよばあちゃんのぶどうジュース」", "きよ"),   # (stop 33's still-failing row: passes since stop 42)
    ("ひろじいちゃんは今年で九十になる。", "ひろ"),
])
def test_name_before_a_grandparents_call(text, name):
    assert name in spans(text, "PERSON")


def test_great_grandparents_are_no_name():
    assert not spans("ひいおじいちゃんの故郷を見たい。", "PERSON")


def test_child_name_read_as_verb():
    """ゆう|とく|ん: SudachiPy reads the name as a verb; the called name is the whole ゆうと, at the bare mention too."""
    text = "保護者：うちのゆうとが水曜に行きます。\n先生：ゆうとくんなら大丈夫です。"
    assert spans(text, "PERSON").count("ゆうと") == 2
    assert "ゆう" not in spans(text, "PERSON")
    assert "と" not in anonymize(text).text.split("うちの")[1][:4]


@pytest.mark.parametrize("text, label, value", [
    ("顧客のクレジットカード番号が控えに残っていた。番号は「4539 7702 1186 3525」だった。", "CREDIT_CARD", "4539 7702 1186 3525"),
    ("ご不明な点は当院 63-2281（午前中）までお問い合わせください。", "PHONE", "63-2281"),
])
def test_number_near_its_label(text, label, value):
    assert value in spans(text, label)


@pytest.mark.parametrize("text", ["受付は10-1200まで。", "整理番号 1234 5678 9012 3456 を控える。"])
def test_number_without_a_call(text):
    assert not spans(text, "PHONE") and not spans(text, "CREDIT_CARD")


# (second pass, read from the less set's leaks)
@pytest.mark.parametrize("text, label, value", [
    ("事務所控え　顧問先番号：KT-2281　担当 森", "MEMBER_ID", "KT-2281"),
    ("お客様番号をお持ちの方は、ご注文の際にお書き添えください（例：MB-30417）", "MEMBER_ID", "MB-30417"),
    ("旧診察券（例：No.0825の方）は、窓口でお取り替えします。", "MEMBER_ID", "0825"),
    ("会員証（番号 HT-51206 のように「HT-」で始まるもの）をご持参ください。", "MEMBER_ID", "HT-51206"),
    ("旧カードの「R-0318」のような短い番号を、7桁（例：3304127）にそろえた。", "MEMBER_ID", "R-0318"),
    ("旧カードの「R-0318」のような短い番号を、7桁（例：3304127）にそろえた。", "MEMBER_ID", "3304127"),
    ("写真は社員ごとにM-12のような社員番号でログインして上げる。", "MEMBER_ID", "M-12"),
])
def test_example_numbers(text, label, value):
    assert value in spans(text, label)


@pytest.mark.parametrize("text", ["番号の書き方（例：2024年版）を見る。", "JR-15のような路線図を描く。"])
def test_no_example_number(text):
    assert not spans(text, "MEMBER_ID")


def test_quoted_call_with_o():
    """「つばさ」とお呼びください: a name the person asks to be called by (つばさ is a common noun too)."""
    text = "代表の上原です。お電話では「社長」「つばさ」とお呼びください。"
    assert "つばさ" in spans(text, "PERSON")
    assert "「つばさ」" not in anonymize(text).text


@pytest.mark.parametrize("text, person", [("オカダコーチは日本語と英語で教える。", "オカダ"), ("森本コーチが来た。", "森本")])
def test_coach(text, person):
    assert person in spans(text, "PERSON")


def test_coach_kinds_are_no_names():
    assert not spans("ヘッドコーチとランニングコーチ、ライフコーチを招く。", "PERSON")


def test_kind_space_name_before_kara():
    """きのこ農園 ふかさわから: the farm's own name after the common noun and its kind word (「きのこ農園」 alone was replaced)."""
    assert "きのこ農園 ふかさわ" in spans("えのきは西条のきのこ農園 ふかさわから毎朝届く。", "ORGANIZATION")


def test_published_name_part():
    """し|も|きた北浜漁協: a verb and a particle to SudachiPy, but the rule's kana name before a kind word (was kept)."""
    assert "しもきた" not in anonymize("大輔さんは以前、しもきた北浜漁協の職員だった。").text


def test_shop_name_ends_before_the_particle():
    """塩工房 うみのお|と|は: the detector's name (うみのおと, は after it) wins over the cut before とは."""
    r = anonymize("加計呂麻島の西阿室集落で塩を炊く塩工房 うみのおとは、島の外にも出す。")
    assert any(x.original.endswith("うみのおと") for x in r.replacements)


def test_title_town_in_hiragana():
    """「よいち 朝の港だより」: a programme's title opens with its town in hiragana and a space."""
    assert "よいち" in places("エフエムうみ「よいち 朝の港だより」第12回")
    assert not places("「あさひ まつり」に行く。")


def test_town_after_public_employment_office():
    assert "柳井" in places("申請は会社がハローワーク柳井に行います。")


@pytest.mark.parametrize("text, place", [
    ("寺の石段から湧泉池までの約600メートルを歩く。", "湧泉池"),       # a distance to a place
    ("鬼子母の湯から橋を渡ってすぐの宿です。", "鬼子母の湯"),         # から橋を渡って: where the shop stands
])
def test_landmark_by_its_distance(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text", ["空港まで車で20分かかる。", "会社までの約2キロを歩く。", "駅から直売所までは徒歩15分です。",
                                  "冬は谷川岳のスキー場まで車で10分。"])
def test_no_landmark(text):
    assert not [p for p in places(text) if p not in ("谷川岳", "駅")]


@pytest.mark.parametrize("text, not_org", [
    ("町で山林の手入れを請け負う林業グループ。代表は元消防士。", "請け負う林業グループ"),   # the model's span opened with a verb
    ("院長は若いころ山岳会でトレイルを走っていた。", "ころ山岳会"),                      # a word of when before ordinary words
])
def test_model_span_opening_a_clause(text, not_org):
    assert not_org not in spans(text, "ORGANIZATION")


def test_reading_of_a_person_whose_office_holds_it():
    """「はざま」って読めない: the reading of 硲, whose office is はざま労務事務所 — no shop's word near it, a person."""
    text = "出演：硲 一郎（社会保険労務士、はざま労務事務所）\n硲：「はざま」って読めない方が多いので、最初に言っておきます。"
    assert "はざま" not in spans(text, "ORGANIZATION")


_STILL = pytest.mark.xfail(strict=True, reason="seen failing at the end of stop 42 (closing note, 'Found … and left')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    ("ORGANIZATION", "まきの果樹園", "一宮町のまきの果樹園から申込みがあった。"),     # a kana name ending in の before the kind
    ("ORGANIZATION", "ひなた養鶏", "小坂井町のひなた養鶏から申込みがあった。"),       # a common noun before the kind
    ("PERSON", "ケン", "子どもたちに「ケンコーチ」と慕われています。"),               # SudachiPy reads ケンコー
    ("LOCATION", "湧泉池", "宿は湧泉池まで車で20分です。"),                         # まで behind the から gate
])
def test_still_failing(label, want, text):
    assert want in spans(text, label)
