"""Names read in stop 45 from names and anonymize dev wave 17 (invented names and sentences, real places): a hill or a
suspension bridge named by a common word and 山 / 大吊橋 (織姫山, 竜神大吊橋; not 毎年山); a roadside station's or a
site's own name in quotes after 道の駅, キャンプ場, 温泉施設; a place written again in hiragana by a reading SudachiDict
lists for the place word inside a longer place (篠山城跡 … ささやま), or at a quote's head glued to a hiragana word
(湖東 … 「ことうものづくり見学バス」); a transcript's speaker label before the first word of what they say (益子 秋に…:
no full name 「益子 秋」); a Chinese or Korean one-kanji surname glued to its given name (王麗華さん); a hiragana given
name JMnedict lists before an honorific (ちかげさん); a minutes' speaker label of a surname and an officer's role
(中馬書記：); a katakana name before サイクル; a care body's kind glued to its name (居宅介護支援センターあかね); a quote
alone in the brackets after a person (阿部寅雄（「八百寅」）). Anonymize: a country the policy keeps is no place taken out,
so a language named after it stays (タイ … タイ語の通訳); a prefecture and the town after it, found as two places,
written once (島根県浜田市三隅町 → 島根県, not 島根県島根県内の地域), the town of the merged place still taken out of a body's
name (雲南商工会); ordinary words after a relation (姉の方が, 兄弟の仲) and an adverb of one kanji (実は) are no given
name; cultivars (佐藤錦, 山田錦, 新高) are no people; hiragana before a kind word that is words of the sentence (それで文具屋,
いまでは当園) is no shop's name; a quoted sign of a kind word and a name whose first letter is a
particle's (「旅館 とみや」); 棚田 keeps its word. Identifiers: a certificate's number after its word and a colon
(受給者証番号：), a phone number after 〜宅 or 事務局, a note in brackets between a label and its colon (氏名（在留カード
表記）：), a name in Latin letters of three words. The positive rows fail on 10a949f7 (checked with PYTHONPATH on a
snapshot) except those marked as guards; the negative rows guard what the change must not do. The last group: phrasings
of wave 17 left failing at the end of the stop, as strict xfail rows, so a fix is noticed."""
from __future__ import annotations

import pytest

from support import places, spans
from tokumei.anonymize import anonymize
from tokumei.detect import analyze


@pytest.mark.parametrize("text, place", [
    ("休日は織姫山を歩くのが楽しみだという。", "織姫山"),
    ("趣味は杓子山への山歩きだそうです。", "杓子山"),                                          # (stop 35's xfail row, met now)
    ("秋に竜神大吊橋の紅葉を見に行くこと。", "竜神大吊橋"),
    ("それで篠山城跡の近くの空き家を借りた。\nささやまの冬は底冷えする。", "ささやま"),
    ("湖東の町工場をめぐる「ことうものづくり見学バス」を初運行。", "ことう"),
])
def test_place(text, place):
    assert place in places(text)


@pytest.mark.parametrize("text, not_place", [
    ("今も毎年山を焼いて、ソバとヒエを作る。", "毎年山"),
    ("蔵に出せん小さか芋が毎年山になる。", "毎年山"),
    ("ことうものがたりの本を読んだ。", "こと"),                                                 # no 湖東 in the text
])
def test_not_place(text, not_place):
    assert not any(not_place in p for p in places(text))


@pytest.mark.parametrize("text, person", [
    ("サークルの王麗華さんが、中国語の歌を教えてくれた。", "王麗華"),
    ("来年から当番に入ります。ちかげさん、約束ですよ。", "ちかげ"),
    ("中馬書記：海上保安部から連絡があった。\n会長：では回覧に。\n中馬書記：回覧に入れます。", "中馬"),
    ("氏名（在留カード表記）：ＡＹＥ　ＡＹＥ　ＭＯＥ", "ＡＹＥ\u3000ＡＹＥ\u3000ＭＯＥ"),
    ("出席：会長 阿部寅雄（「ゲンさん」）、佐藤美穂。", "阿部寅雄"),                          # (guard)
])
def test_person(text, person):
    assert person in spans(text, "PERSON")


@pytest.mark.parametrize("text, not_person", [
    ("――最近の変化は。\n益子 タイからお嫁に来た人が悩んでいてね。\n――楽しみは。\n益子 秋に紅葉を見に行くこと。", "益子 秋"),
    ("――最近の変化は。\n益子 タイからお嫁に来た人が悩んでいてね。\n――楽しみは。\n益子 秋に紅葉を見に行くこと。", "益子 タイ"),
    ("呉服屋さんに行った。", "呉服屋"),
    ("曾祖母さんの話を聞いた。", "曾祖母"),
    ("おばあちゃんが来た。", "おばあ"),
])
def test_not_person(text, not_person):
    assert not_person not in spans(text, "PERSON")


@pytest.mark.parametrize("text, person", [
    ("担当：益子 ちよ\n益子 清（夫）", "益子 清"),                                              # (guard) a family list
])
def test_still_person(text, person):
    assert person in spans(text, "PERSON")


@pytest.mark.parametrize("text, org", [
    ("道の駅「ほたるの郷」は、地元の川で獲れた鮎を売る。", "ほたるの郷"),
    ("キャンプ場「森のひろば」を予約した。", "森のひろば"),
    ("自転車店三代「マツオサイクル」（長崎県島原市）。", "マツオサイクル"),
    ("マツオサイクルで修理した。", "マツオサイクル"),
    ("ケアマネジャーの今井さん（居宅介護支援センターあかね）の呼びかけで。", "居宅介護支援センターあかね"),
    ("出席：会長 阿部寅雄（「八百寅」）、佐藤美穂。", "八百寅"),
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, not_org", [
    ("駅前でレンタサイクルを借りた。", "レンタサイクル"),
    ("ロードサイクルの大会に出た。", "ロードサイクル"),
    ("地域包括支援センターに相談した。", "地域包括支援センター"),
])
def test_not_organisation(text, not_org):
    assert not_org not in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, published", [
    ("タイからお嫁に来た人がいる。タイ語の通訳を探した。", "タイ語の通訳"),
    ("ベトナムから来た実習生のために、ベトナム語の手順書を作った。", "ベトナム語の手順書"),
    ("住所は佐賀県唐津市。七山棚田の景色が好きです。", "佐賀県内の棚田"),
    ("島根県浜田市三隅町に残る紙漉き場を訪ねた。", "島根県に残る"),
    ("数字と営業は姉の方が向いている」と譲った。", "姉の方が"),
    ("宇佐美さんのところは、兄弟の仲がいいのが何よりだ。", "兄弟の仲"),
    ("社内では「誠社長」「実専務」と呼ばれる。兄の丸谷 実さんに研ぎの工程を教わった。断られることを恐れていたのは、"
     "実はこちらだけだった。", "実はこちら"),
    ("出荷できない「佐藤錦」「紅秀峰」をジャムにする。", "「佐藤錦」「紅秀峰」"),
    ("「かいがけ営農組合」が育てた山田錦を全量使用。", "山田錦を全量"),
    ("最近は新高や秋麗も増やしとります。", "新高や秋麗"),
    ("数字を隠したがる親御さんは多いんです。", "親御さん"),
    ("浜でおんちゃんらが昔は塩を炊いた。", "おんちゃん"),
    ("氏名：ＬＩＭ　ＳＨＵ　ＹＩＮＧ（マレーシア国籍）", "マレーシア国籍"),
    ("ゃ「すえさん」で通っちょった。それで文具屋も末広文具店。", "それで文具屋も"),
    ("生産者は五十年以上作り続けている家で、いまでは当園を含め三軒になりました。", "いまでは当園"),
])
def test_anonymized(text, published):
    assert published in anonymize(text).text


@pytest.mark.parametrize("text, not_published", [
    ("長湯温泉で「旅館 とみや」を営む。", "とみや"),
    ("サークルの王麗華さんが歌を教えてくれた。", "王"),
    ("住所は佐賀県唐津市。七山棚田の景色が好きです。", "通り"),
    ("島根県浜田市三隅町に残る紙漉き場を訪ねた。", "島根県島根県"),
    ("会社データ：株式会社さくら／島根県雲南市木次町／社員22名\n支援機関：雲南商工会", "雲南"),
    ("佐藤錦さんが来た。", "佐藤錦"),                                                          # (a person: the honorific)
])
def test_not_published(text, not_published):
    assert not_published not in anonymize(text).text


@pytest.mark.parametrize("text, label, value", [
    ("受給者証番号：4300218876", "MEMBER_ID", "4300218876"),
    ("被保険者番号：11-2233-4455", "MEMBER_ID", "11-2233-4455"),
    ("連絡は会長宅 62-5830、または副会長まで。", "PHONE", "62-5830"),
    ("お問い合わせは事務局 22-1183 まで。", "PHONE", "22-1183"),
    ("電話（自宅）：22-1183", "PHONE", "22-1183"),
    ("社員番号（2024年度入社分）：AB-1234", "MEMBER_ID", "AB-1234"),
    # short and roster numbers with 番, ids and card numbers (invented before tuning)
    ("会員番号は27番で登録しました。", "MEMBER_ID", "27番"),
    ("利用者番号でいうと31番の方は足が悪い。", "MEMBER_ID", "31番"),
    ("会員番号：27番", "MEMBER_ID", "27番"),
    ("未納は112番と047番のお宅です。", "MEMBER_ID", "112番"),
    ("未納は112番と047番のお宅です。", "MEMBER_ID", "047番"),
    ("23番の家は空き家になった。", "MEMBER_ID", "23番"),
    ("LINE ID：sato_farm", "MEMBER_ID", "sato_farm"),
    ("ID: tanaka0123", "MEMBER_ID", "tanaka0123"),
    ("診察券No. 0021", "MEMBER_ID", "0021"),
    ("介護保険被保険者番号 0001234567", "MEMBER_ID", "0001234567"),
    ("学生証番号 S2024-0012", "MEMBER_ID", "S2024-0012"),
])
def test_identifier(text, label, value):
    assert value in [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, label, value", [
    ("背番号：10番", "MEMBER_ID", "10"),
    ("住宅 2024年に建てた。", "PHONE", "2024"),
    ("社員番号（2024年度入社分）の一覧", "MEMBER_ID", "2024"),
])
def test_not_identifier(text, label, value):
    assert not any(value in s.text for s in analyze(text) if s.label == label)


@pytest.mark.parametrize("text", ["番号は27番線から出ます。", "背番号は10番です。", "1番の方どうぞ。", "国道1号線の12番の信号を右へ。",
                                  "3番線から出ます。", "Apple IDでログインする。", "ID：未定", "ID 2024年の更新"])
def test_no_member_id(text):
    assert not [s for s in analyze(text) if s.label == "MEMBER_ID"]


_STILL = pytest.mark.xfail(strict=True, reason="seen failing at the end of stop 45 (closing note, 'Not fixed from wave 17')")


@_STILL
@pytest.mark.parametrize("label, want, text", [
    ("LOCATION", "鎧の袖", "香住港を出て、鎧の袖の断崖や余部橋梁を見る。"),                  # a landmark of common words and の
    ("LOCATION", "一目千本桜", "今年は白石川の堤防、一目千本桜の下で舞わせてもらう。"),
    ("LOCATION", "迦葉山", "仕上げには迦葉山が見える位置にベンチを据えた。"),                 # the model reads a person
    ("LOCATION", "天下野", "益子 天下野（けがの）の集落を中心に回る。"),                      # a district and its reading
    ("LOCATION", "城沼", "夏祭りは城沼の花火大会の日とは重ならないようにする。"),             # one kanji and 沼
    ("LOCATION", "さわらびの湯バス停", "名栗方面へ走る途中、さわらびの湯バス停の手前でパンク。"),
    ("ORGANIZATION", "湯の端カフェ", "菊池川沿いの「湯の端カフェ」にも置かれている。"),
    ("PERSON", "東", "担当：企画課 東、植松"),                                                # a one-kanji surname in a list
    ("LOCATION", "たがらす", "体験農園（田烏ふるさと農園）\nたがらすの浜で娘が見つけた貝殻。"),  # the kanji only inside a name
])
def test_still_failing(label, want, text):
    got = [s.text for s in analyze(text) if s.label == label]
    assert any(want in g for g in got), got


@pytest.mark.parametrize("text, not_org", [
    ("場所：浦河町総合文化会館 第2研修室\n出席：中井 武", "2研修室"),
    ("会場：夢千代館 多目的室　2026年2月21日", "多目的室"),
    ("いまは町でただ一軒の「まちの電器屋」だ。", "まちの電器屋"),
    ("昭和二十七年、京都の紐屋で覚えた技を持ち帰った。", "紐屋"),
])
def test_no_organisation_rooms_and_kinds(text, not_org):
    assert not any(not_org in s for s in spans(text, "ORGANIZATION"))


def test_line_id_is_no_name():
    assert "LINE ID" not in spans("LINE ID：sato_farm", "PERSON")
