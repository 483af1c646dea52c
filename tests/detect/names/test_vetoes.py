"""Ordinary words and places the learned tier (and a few rules) took for names on real writing
(issue #11): form labels and headings (日時：, 部署：, プレスリリース), departments and meetings named by their
task (編集部, ふりかえり会, PTA運営委員会), a newsletter's title, colours in a list, an address, a station, a
surname that is the thing in its sentence (清水が湧き出る), and the tail of a kana place name (いせ|さき).
The vetoes are in ``rules/vetoes.py``; each text also keeps its real names. Names are invented."""
from __future__ import annotations

import pytest

from tokumei import analyze
from tokumei.detect.names.rules.vetoes import not_a_name


def names(text: str) -> list[tuple[str, str]]:
    """The names anonymize would replace: not 同社 references, not public bodies the allow-list keeps."""
    return [(s.label, s.text) for s in analyze(text)
            if s.label in ("PERSON", "ORGANIZATION") and not (s.data or {}).get("reference")
            and not (s.data or {}).get("allowed")]


@pytest.mark.parametrize("text, want", [
    ("聞き手：大隅（編集部）\n――本日はよろしくお願いします。", [("PERSON", "大隅")]),
    ("株式会社ヨツバ設計\n部署：総務課\n参加希望日：10月3日", [("ORGANIZATION", "株式会社ヨツバ設計")]),
    ("宇佐美社長。清水が湧き出る三島市の一角で、工場を営む。", [("PERSON", "宇佐美")]),
    ("就業場所：仙台市青葉区\n選考担当者：工藤", [("PERSON", "工藤")]),
    ("伊勢崎商工会議所は「いせさき・ものづくりフェア」を開催します。", []),
    ("PTA運営委員会 議事録（要旨）\n出席者：会長 田中、副会長 鈴木", [("PERSON", "田中"), ("PERSON", "鈴木")]),
    ("ふれあいサロンは毎月第2火曜に開いています。", []),
    ("プレスリリース\n熊本県立八代農業高校の生徒が開発した商品", [("ORGANIZATION", "熊本県立八代農業高校")]),
    ("ふりかえり会メモ（社内）\n参加：竹内、林", [("PERSON", "竹内"), ("PERSON", "林")]),
    ("PTA広報誌「けやき」第42号\n【先生紹介】", []),
    ("10月の体育祭では、赤・白・青の3団が熱戦を繰り広げました。", []),
    ("★★★★★ 高尾駅から徒歩5分。スタッフの対応が丁寧でした。", []),
])
def test_ordinary_words_and_places_are_not_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, label, word, vetoed", [
    ("日時：10/3", "ORGANIZATION", "日時", True),
    ("（編集部）", "ORGANIZATION", "編集部", True),
    ("実行委員会の報告", "ORGANIZATION", "実行委員会", True),
    ("仙台市青葉区", "ORGANIZATION", "仙台市青葉区", True),
    ("清水が湧き出る", "PERSON", "清水", True),
    # names stay: a katakana word may be a shop, a newspaper named by a verbal noun ends in 日報
    ("ポプラの店主", "ORGANIZATION", "ポプラ", False),
    ("統一日報の取材", "ORGANIZATION", "統一日報", False),
    ("ミナト商事の社長", "ORGANIZATION", "ミナト商事", False),
    ("清水さんが来た", "PERSON", "清水", False),
    ("上院で可決", "ORGANIZATION", "上院", False),
])
def test_not_a_name(text, label, word, vetoed):
    a = text.index(word)
    assert not_a_name(text, label, a, a + len(word)) is vetoed


@pytest.mark.parametrize("text, want", [
    # roles that take さん and are also surnames
    ("大家さんにもお裾分けした。", []),
    ("店主のお孫さんが挨拶してくれた。", []),
    ("≪仲居さん募集≫", []),
    # a lone surname that is the thing or the place of its sentence
    ("蔵の裏で湧き出る清水は、夏でも冷たい。", []),
    ("清水のようにさらっと飲める。", []),
    ("銭湯巡り12軒目。", []),
    ("金沢のひがし茶屋街で見つけた。", []),
    # events, a brewing course, a brand, a list label
    ("山梨県立石和農林高校で職場見学会を開いた。", [("ORGANIZATION", "山梨県立石和農林高校")]),
    ("ドイツ出身。ビール醸造を学んだのち来日した。", []),
    ("代表銘柄「白壁の月」の仕込みにも加わる。", []),
    # the surname stays a person where it acts
    ("清水の説明によると、納期は来月だ。", [("PERSON", "清水")]),
    ("当方：堤、ミン", [("PERSON", "堤"), ("PERSON", "ミン")]),
])
def test_roles_things_and_events_are_not_names(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, place", [
    ("・二本松八幡神社の秋祭りは10月4日。", "二本松八幡神社"),   # a shrine or temple is a landmark (a place)
    ("京町通り商店街にある甘味処。", "京町通り商店街"),
])
def test_landmarks_and_shopping_streets_are_places(text, place):
    assert place in [s.text for s in analyze(text) if s.label == "LOCATION"]
    assert names(text) == []


def test_a_surname_glued_to_kana_is_no_person_elsewhere():
    # 日向 is a person here (会計 日向 静) and 日向より is that person, but 日向ぼっこ is another word
    text = "出席：会長 岩瀬、会計 日向 静\n・子ども神輿の担ぎ手は今年も日向ぼっこのできる午後に集合。\n・日向より報告。"
    people = [(s.text, s.start) for s in analyze(text) if s.label == "PERSON"]
    assert ("日向", text.index("日向ぼっこ")) not in people
    assert ("日向", text.index("日向より")) in people


@pytest.mark.parametrize("text, want", [
    ("きっかけは夏目漱石の『三四郎』だったという。", [("PERSON", "夏目漱石")]),   # a given name as a book's title
    ("『銀河鉄道の夜』と『注文の多い料理店』を読んだ。", []),
    ("著書『山田太郎の経営術』がある。", [("PERSON", "山田太郎")]),          # a full name inside a title stays
])
def test_names_inside_a_work_title(text, want):
    assert names(text) == want
