"""Names read in stop 39 from names and anonymize dev wave 11 (invented names and sentences): a legal form before a kana
name whose first letter SudachiPy cuts off with の (一般社団法人あ|の|つき…), home-help offices and care homes named after
their kind (ヘルパーステーションすずかぜ, 特別養護老人ホームかしわの郷), small firms ending in a trade word (大河原住設, 樫原機工,
アサノ建装 — the model's person no longer relabels them), trainees and foreign staff named after a role or an origin (実習生の
ロン, ネパール出身のSunitaが, フィリピンのMarisolちゃん), a relative's name SudachiPy does not read as a noun (長男の颯は,
孫のひなたに), the last part of a ・ name written alone (ドゥック of レ・ヴァン・ドゥック: one person) and a call quoted in 『』
(『ドゥックくん』: no work's title), and a name that SudachiPy begins inside a kana word (の|よう|てい歯科クリニック,
、どん|でん館). The positive rows fail on 7a1a6577 (but ケアステーションひまわり, read there as another kind of name, and 娘の愛が); the
negative rows guard what the change must not do, and 開業医の父のもとに (a person もと) and 娘の愛が (left as an abstract noun)
are what its first drafts did."""
from __future__ import annotations

import pytest

from support import spans
from tokumei import analyze


@pytest.mark.parametrize("text, org", [
    ("主催は一般社団法人ひのたに里山舎です。", "一般社団法人ひのたに里山舎"),          # ひ|の|たに: no name is one kana
    ("主催は一般社団法人みのかわ里山会議です。", "一般社団法人みのかわ里山会議"),
    ("訪問はヘルパーステーションすずかぜの担当です。", "ヘルパーステーションすずかぜ"),
    ("株式会社ミドリケア ヘルパーステーション朝霧\n勤務地：市内", "ヘルパーステーション朝霧"),
    ("所属：特別養護老人ホームかしわの郷\n住所", "特別養護老人ホームかしわの郷"),   # 老人ホーム glued to 養護
    ("送迎はケアステーションひまわりが担う。", "ケアステーションひまわり"),
    ("取引先の大河原住設と打ち合わせた。", "大河原住設"),
    ("協力会社の樫原機工に図面を送った。", "樫原機工"),
    ("外壁は「アサノ建装」さんに頼んだ。", "アサノ建装"),                              # the model reads a person
    ("外壁はアサノ建装に頼んだ。", "アサノ建装"),
    ("吊り込みは北条クレーンの応援。", "北条クレーン"),
    ("荷役は宮浦港運に任せている。", "宮浦港運"),
    ("校医のようてい歯科クリニックに頼んだ。", "ようてい歯科クリニック"),  # の|よう|てい…: the kana after の is the name's
])
def test_organisation(text, org):
    assert org in spans(text, "ORGANIZATION")


@pytest.mark.parametrize("text, name", [
    ("現場には実習生のロンも来た。", "ロン"),                                        # a role and の
    ("実習生のフンと作業した。", "フン"),
    ("ネパール出身のSunitaが勤務しています。", "Sunita"),                           # an origin, a particle
    ("フィリピンのMarisolちゃんが来てくれた。", "Marisol"),                          # a country, an honorific
    ("職人のレ・ミン・トゥアンは4年目。みんな『トゥアンくん』言うけど。", "トゥアン"),    # a call in 『』, no title
    ("浜田「みんな『ヨッちゃん』と。」", "ヨッちゃん"),
    ("長男の颯は東京で働いている。", "颯"),                                         # 颯: an adverb to SudachiPy
    ("店は孫のひなたに任せています。", "ひなた"),                                    # JMnedict's given name before に
    ("うちは娘の愛が継ぎます。", "愛"),
])
def test_person(text, name):
    assert name in spans(text, "PERSON")


def test_place_takes_in_the_kana_glued_before_it():
    """、どん|でん館: a place that starts with kana glued to kana after a delimiter is the whole word (どんでん館, 犬山)."""
    assert "どんでん館" in spans("山車の話は、どんでん館の前で聞いた。", "LOCATION")


@pytest.mark.parametrize("text, place", [
    ("。これがふくい名産の品評会です。", "ふくい"),        # the first draft took これが in
    ("東京ではむつ市の話をした。", "むつ市"),              # after a particle the kana is the sentence's
])
def test_place_keeps_its_own_start(text, place):
    assert place in spans(text, "LOCATION")


@pytest.mark.parametrize("text, part", [
    ("職人のレ・ヴァン・ドゥックは5年目。ドゥックは明るい。", "ドゥック"),   # レ: a one-letter surname before the first ・
    ("職人のレ・ティ・ズンは4年目。ズンは明るい。", "ズン"),                  # a two-letter given name
    ("職人のレ・ヴァン・ホアンは4年目。みんな『ホアンくん』言うけど。", "ホアン"),
])
def test_part_of_a_dotted_name_is_that_person(text, part):
    people = [s for s in analyze(text) if s.label == "PERSON"]
    whole = next(s for s in people if "・" in s.text)
    alone = next(s for s in people if s.text == part)
    assert alone.entity_id == whole.entity_id


@pytest.mark.parametrize("text, label, word", [
    ("母の愛が支えだった。", "PERSON", "愛"),                  # a mother's love (an elder's の), no name
    ("父の夢は店を継ぐことだった。", "PERSON", "夢"),
    ("開業医の父のもとに生まれた。", "PERSON", "もと"),           # the first draft's もと
    ("大型クレーンで吊り上げた。", "ORGANIZATION", "大型クレーン"),
    ("移動式クレーンの講習を受けた。", "ORGANIZATION", "移動式クレーン"),
    ("実習生のサポートを続ける。", "PERSON", "サポート"),
    ("株式会社の社員として働く。", "ORGANIZATION", "株式会社"),
    ("夏目漱石の『坊っちゃん』を読んだ。", "PERSON", "坊っ"),
])
def test_not(text, label, word):
    assert not any(word in s for s in spans(text, label))


@pytest.mark.xfail(strict=True, reason="still missed after stop 39 (names dev wave 11)")
@pytest.mark.parametrize("text, label, word", [
    ("いまは実習生のズンとナムも戦力です。", "PERSON", "ナム"),           # the second name after と (ナム: a common noun too)
    ("うちの事業所ヘルパーステーションみなせにも来た。", "ORGANIZATION", "ヘルパーステーションみなせ"),  # glued after 事業所
    ("インドネシアの子で、EkaとYuni。", "PERSON", "Eka"),               # Latin given names with no role or honorific
    ("送迎は地元の岩戸交通が担う。", "ORGANIZATION", "岩戸交通"),          # a head SudachiDict has as a common noun
    ("職人のレ・ヴァン・クエンは4年目。クエンは明るい。", "PERSON", "クエン"),  # a part no rule found alone
])
def test_still_failing(text, label, word):
    assert word in spans(text, label)
