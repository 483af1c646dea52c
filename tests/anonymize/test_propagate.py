"""Safety net: other occurrences of a detected name (surname, reading, legal-form variant)."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize
from tokumei.anonymize.propagate import merge, person_forms
from tokumei.span import Span


def _span(text: str, sub: str, label: str = "PERSON", eid: str | None = "P1") -> Span:
    i = text.index(sub)
    return Span(label, i, i + len(sub), sub, .9, "t", "", eid)


def test_person_forms_include_readings_and_parts():
    forms = person_forms("中山裕子")
    assert {"中山", "裕子", "ナカヤマ ユウコ", "ナカヤマユウコ", "なかやまゆうこ", "中山 裕子"} <= forms


@pytest.mark.parametrize("text, detected, expected", [
    ("氏名：中山裕子\nフリガナ：ナカヤマ ユウコ", "中山裕子", "氏名：A氏\nフリガナ：A"),
    ("中山裕子は入社した。後日、中山さんから連絡。", "中山裕子", "A氏は入社した。後日、Aさんから連絡。"),
    # not inside a longer word: never 「A道」; 中山道 itself is a place finer than a prefecture (anonymize.places)
    ("中山裕子さん。中山道を歩いた。", "中山裕子", "Aさん。（地名）を歩いた。"),
    ("林博之さんと林業の話。林様より", "林博之", "Aさんと林業の話。A様より"),  # one kanji: only before an honorific
])
def test_propagation_table(text, detected, expected):
    assert anonymize(text, spans=[_span(text, detected)]).text == expected


def test_organisation_legal_form_variants():
    t = "ミライ商事と契約。株式会社ミライ商事の担当者"
    r = anonymize(t, spans=[_span(t, "ミライ商事", "ORGANIZATION", "O1")])
    assert r.text == "A社と契約。A社の担当者"


def test_detected_span_inside_a_longer_form_is_superseded():
    t = "中山裕子\nナカヤマ ユウコ"
    spans = [_span(t, "中山裕子"), Span("PERSON", 10, 13, "ユウコ", .6, "t", "", "P2")]
    merged = merge(t, spans)
    assert sorted((s.start, s.end) for s in merged) == [(0, 4), (5, 13)]


def test_policy_can_turn_propagation_off(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text("extends = \"publication\"\npropagate = false\n", encoding="utf-8")
    t = "中山裕子は入社した。中山さんから連絡。"
    assert anonymize(t, str(f), spans=[_span(t, "中山裕子")]).text == "A氏は入社した。中山さんから連絡。"


def test_detected_spans_are_kept_with_their_own_source():
    t = "山田太郎社長と山田さん"
    spans = [_span(t, "山田太郎")]
    r = anonymize(t, spans=spans)
    assert r.text == "A社長とAさん"
    assert [x.reason.split("（")[1].split(":")[0] for x in r.replacements] == ["t", "anonymize.propagate.v1"]


def test_reference_spans_are_left_untouched():
    t = "ミライ商事は好調。同社の社長は山田氏。"
    spans = [_span(t, "ミライ商事", "ORGANIZATION", "O1"),
             Span("ORGANIZATION", 10, 12, "同社", .9, "t", "", "O1", {"reference": True})]
    assert anonymize(t, spans=spans).text == "A社は好調。同社の社長は山田氏。"


@pytest.mark.parametrize("text, found, expected", [
    ("フリガナ：マスダ トモユキ\n", "マスダ", "フリガナ：A\n"),
    ("フリガナ：マスダ トモユキ\n", "トモユキ", "フリガナ：A\n"),
    ("担当はマスダです。", "マスダ", "担当はA氏です。"),
])
def test_katakana_reading_covers_the_full_name(text, found, expected):
    assert anonymize(text, spans=[_span(text, found)]).text == expected
