"""Stop 30 (issues #11, #12): edges of the learned tier retrained on the hand-written dev set. Trained on text where
kana shop names stand before 」 and at line ends, the CRF also tags grammar there, runs across quote brackets, grows
a sure rule span over の, and reads a public office with its town as a company. Rows written with invented names;
each positive row fails with the retrained model and the stop-29 code (or is marked guard)."""
from __future__ import annotations

import pytest

from tokumei.anonymize.engine import anonymize
from tokumei.detect import analyze
from tokumei.detect.names.model.document import _readings_of_bodies
from tokumei.detect.names.model.edges import _after_kin, _trim, grammar_only
from tokumei.detect.names.tokens import tokenize
from tokumei.span import Span


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION", "LOCATION")]


@pytest.mark.parametrize("text, shop", [
    # the CRF tagged た (a-dev-305's phrasing) and のか before 」 as organisations
    ("港の食堂「まるよし」は、祖父が始めた店だ。「まるよしは、わしの代で終わりだと思っとった」。\nそれを孫の健太さんが継いだ。",
     "まるよし"),
    ("直売所「はたけや」の野菜は評判だ。\n■「こんな葉っぱで食えるのか」\n最初は笑われたという。", "はたけや"),
])
def test_grammar_before_a_quote_is_no_name(text, shop):
    got = _names(text)
    assert ("ORGANIZATION", shop) in got
    assert not [t for lab, t in got if lab != "LOCATION" and grammar_only(tokenize(t))], got


@pytest.mark.parametrize("words, only_grammar", [
    ("た", True), ("のか", True), ("ありがとう", True), ("なるまで", True),
    ("すえひろ", False), ("まるよし", False), ("ハルカ", False),  # guard: kana names are nouns or unknown words
])
def test_grammar_only(words, only_grammar):
    assert grammar_only(tokenize(words)) is only_grammar


def test_a_model_span_ends_at_a_quote_bracket():
    text = "「ヤマサン」こと大西燃料店"
    assert _trim(text, "ORGANIZATION", 1, len(text)) == (1, 5)


@pytest.mark.parametrize("text, a, b, start", [
    ("父宮内 清", 0, 5, 1),     # 父宮 is one SudachiPy word; 宮内 is the surname
    ("妹尾 健", 0, 4, 0),      # guard: 妹尾 is a surname, 尾 is none
    ("母袋 良子", 0, 5, 0),     # guard
])
def test_a_relation_word_before_the_surname_is_no_part_of_the_name(text, a, b, start):
    assert _after_kin(text, a, b) == start


def test_a_sure_rule_company_is_not_grown_over_no():
    got = _names("有限会社ハヤシの新倉庫が完成しました。")
    assert ("ORGANIZATION", "有限会社ハヤシ") in got and not any("倉庫" in t for _, t in got), got


def test_a_company_the_rules_cut_short_still_grows():  # guard: only over の
    got = _names("宮城県女川町で水産加工を営む株式会社おながわ潮騒フーズ（代表取締役：阿部 剛志）")
    assert ("ORGANIZATION", "株式会社おながわ潮騒フーズ") in got, got


def test_a_public_office_and_its_town():
    text = "手続きはハローワーク三条で行います。"
    assert ("ORGANIZATION", "ハローワーク三条") not in _names(text)
    out = anonymize(text, "publication").text
    assert "ハローワーク" in out and "三条" not in out


def test_a_reading_after_an_organisation_is_the_organisation():
    text = "店名はGreen Terrace（グリーンテラス）です。"
    org = Span("ORGANIZATION", 3, 16, "Green Terrace", 0.65, "jp.names.rules.v1", "")
    person = Span("PERSON", 17, 24, "グリーンテラス", 0.84, "jp.names.model.v1", "モデル: 人名（確率 0.84）")
    got = _readings_of_bodies(text, [org, person])
    assert [s.label for s in got] == ["ORGANIZATION", "ORGANIZATION"]
    assert _readings_of_bodies("店名は（グリーンテラス）です。", [person.with_(start=4, end=11)])[0].label == "PERSON"  # guard


@pytest.mark.parametrize("text, org", [
    ("これを統括する国立里山環境保全機構の担当者は否定した。", "国立里山環境保全機構"),
    ("県立高山植物研究所の職員が調べた。", "県立高山植物研究所"),  # guard: the model finds this one alone
])
def test_a_founded_institute(text, org):
    assert ("ORGANIZATION", org) in _names(text)


def test_a_municipal_museum_is_a_place_not_a_body():  # guard: a facility (the hand-written set's convention)
    assert not [t for lab, t in _names("壬生町立歴史民俗資料館の受付") if lab == "ORGANIZATION"]


def test_a_domain_of_old_is_no_place_for_review():
    from tokumei.detect.names.model import model_spans

    assert not [s for s in model_spans("仙台藩の記録。") if s.text == "仙台"]


def test_a_place_the_model_is_sure_of_stays_a_place_beside_a_false_full_name():
    # 美山五平 (from 美山五平餅) made every bare 美山 a person's surname; the model is sure 美山 is a place
    got = _names("美山の町並みを歩く。#美山五平餅めぐり でも情報を。美山で初めての催し。")
    # (stop 32: the first is read whole as the landmark 美山の町並み)
    assert [lab for lab, t in got if t in ("美山", "美山の町並み")] == ["LOCATION", "LOCATION"], got


def test_a_surname_of_a_spaced_full_name_stays_a_person():  # guard: 岩国 徹 … 岩国の担当
    got = _names("出席者：岩国 徹、高田 花子\n古本の仕入れは岩国の担当です。")
    assert ("PERSON", "岩国") in got, got


@pytest.mark.parametrize("text, a, b, want", [
    ("島の暮らしへの思い", 1, 6, "暮らし"),        # の|暮らし|へ
    ("相談は電話か、メール", 3, 6, "電話"),          # 電話|か
    ("毎日記録しましょう。", 2, 9, "記録"),          # 記録|し|ましょう
    ("宿からかいけ交通で", 3, 8, "かいけ交通"),      # guard: か may head a kana name (か|いけ)
    ("通りのかどやさん", 3, 6, "かどや"),            # guard: や ends a shop's kana name
])
def test_grammar_at_the_edges_of_a_model_span(text, a, b, want):
    from tokumei.detect.names.model.edges import grammar_edges

    toks = tokenize(text)
    x, y = grammar_edges(toks, [t.start for t in toks], a, b)
    assert text[x:y] == want
