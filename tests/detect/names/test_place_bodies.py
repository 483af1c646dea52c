"""Bodies named after their place (rules/place_bodies.py): the place, what the body does, its kind word — one
ORGANIZATION. Rows are phrasings of the stop-25 dev documents, written again with invented names; each positive
row failed on b8ee55e."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize
from tokumei.detect import analyze


def _of(text: str, label: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == label]


@pytest.mark.parametrize("text, org", [
    ("境港かに祭り実行委員会 第4回会議録", "境港かに祭り実行委員会"),
    ("オブザーバー：加賀市観光交流課 中出", "加賀市観光交流課"),
    ("受付者サイン：大山町観光案内所 ヘンリー", "大山町観光案内所"),
    ("ハン・ジウ（美保湾マリンサービス、社長の代理）", "美保湾マリンサービス"),
    ("支援したさかい刃物産業振興会の辻本指導員は", "さかい刃物産業振興会"),     # さかい read as a particle
    ("ボランティア 登録票（かさまやきもの支援ネット）", "かさまやきもの支援ネット"),
    ("相談を受けたしりべし事業承継ネットの西田さんが", "しりべし事業承継ネット"),  # a region of Hokkaido
    ("期間中、しがらき窯元散策路の会と連携したスタンプラリー", "しがらき窯元散策路の会"),
    ("連携先：とば海の体験ガイド協会", "とば海の体験ガイド協会"),
    ("担当：みよし労務相談室　特定社会保険労務士", "みよし労務相談室"),
    ("佐藤 翼（いちのせきまちなか振興会）", "いちのせきまちなか振興会"),
    ("紹介者：NPO法人 しんじょう川くらし舎 岡", "しんじょう川くらし舎"),
    ("記録・文責：八幡浜まちの縁側プロジェクト 宇都宮 香織", "八幡浜まちの縁側プロジェクト"),
    ("連載を菊鹿文化通信社の季刊誌で執筆中。", "菊鹿文化通信社"),
    ("宮野が沢井第二自治会に声かけ。", "沢井第二自治会"),                          # 沢井 is no person here
    ("中尾山窯元会 会報　春号", "中尾山窯元会"),
])
def test_a_body_named_after_its_place_is_one_organisation(text, org):
    assert org in _of(text, "ORGANIZATION")


@pytest.mark.parametrize("text, not_org", [
    ("「信州こだわり豆腐品評会2025」で最優秀賞を取った。", "信州こだわり豆腐品評会"),  # an event
    ("今年から「つばめ住まいの相談会」を毎月開いています。", "つばめ住まいの相談会"),
    ("〈導入事例〉日田下駄の工房、受注をLINEで", "日田下駄の工房"),                   # a description
    ("出発は人吉駅前の観光案内所です。", "人吉駅前の観光案内所"),
    ("松江にあるWEBサービスの会社で働いている。", "松江にあるWEBサービス"),          # a clause
    ("秋田杉の端材は能代木材加工協同組合さんから分けてもらっている。", "秋田杉の端材は能代木材加工協同組合"),
    ("成果は、3月に函館市内で開く報告会で公開する。", "函館市内で開く報告会"),
])
def test_what_only_looks_like_a_place_body(text, not_org):
    assert not_org not in _of(text, "ORGANIZATION")


def test_a_longer_name_found_already_stays_whole():
    text = "勤務先：房総みなみ信用組合 那古支店"
    assert "房総みなみ信用組合" in _of(text, "ORGANIZATION") and "那古" in _of(text, "LOCATION")


def test_an_allowed_public_body_keeps_its_place_as_a_place():
    text = "承継計画は、瀬戸商工会議所の専門家派遣で進めた。"
    assert "瀬戸" in _of(text, "LOCATION")
    assert "瀬戸" not in anonymize(text, "publication").text


def test_anonymize_replaces_the_whole_body():
    out = anonymize("佐藤 翼（いちのせきまちなか振興会）に相談した。", "publication").text
    assert "いちの" not in out and "まちなか" not in out
