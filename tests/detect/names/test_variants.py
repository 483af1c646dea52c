"""One matcher for a name's written variants, shared by detection (coref) and anonymize (propagate)."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings, strategies as st

from tokumei import analyze
from tokumei.detect.names import variants
from tokumei.detect.names.variants import find_mentions, org_core, org_forms, person_forms, supersede
from tokumei.span import Span


def _span(text: str, sub: str, label: str = "PERSON", eid: str | None = "P1", data: dict | None = None) -> Span:
    i = text.index(sub)
    return Span(label, i, i + len(sub), sub, .9, "t", "", eid, data)


def test_doctests():
    assert doctest.testmod(variants).failed == 0


def test_person_forms():
    forms = person_forms("中山裕子")
    assert {"中山", "裕子", "ナカヤマ ユウコ", "ナカヤマユウコ", "なかやまゆうこ", "中山 裕子", "中山　裕子"} <= forms


def test_person_forms_keep_only_proper_noun_parts():
    # 熊田コール (a chant, once mis-found as a name): コール alone is no given name
    assert "コール" not in person_forms("熊田コール") and "熊田" in person_forms("熊田コール")


@pytest.mark.parametrize("name, core", [
    ("株式会社ミライ商事", "ミライ商事"), ("ミライ商事株式会社", "ミライ商事"), ("(株)ミライ商事", "ミライ商事"),
    ("（株）ミライ商事", "ミライ商事"), ("㈱ミライ商事", "ミライ商事"), ("ミライ商事", "ミライ商事"),
    ("医療法人社団 さくら会", "さくら会"), ("Incubate株式会社", "Incubate"),  # a legal form only at the edges
])
def test_org_core(name, core):
    assert org_core(name) == core


def test_org_forms():
    assert {"ミライ商事", "株式会社ミライ商事", "ミライ商事株式会社", "(株)ミライ商事", "（株）ミライ商事", "㈱ミライ商事"} <= org_forms(
        "ミライ商事")


# text, detected (substring, label), expected new spans (text, title, reading)
CASES = [
    ("氏名：中山裕子\nフリガナ：ナカヤマ ユウコ", ("中山裕子", "PERSON"), [("ナカヤマ ユウコ", None, True)]),
    ("氏名：中山裕子\nふりがな：なかやま　ゆうこ", ("中山裕子", "PERSON"), [("なかやま　ゆうこ", None, True)]),
    ("林博之さんと林業の話。林様より", ("林博之", "PERSON"), [("林", "様", None)]),
    ("林博之さん。林さんは林業、原林。", ("林博之", "PERSON"), [("林", "さん", None)]),
    ("田中一郎さん。田中町に住む。中田中。田中部長と田中が", ("田中一郎", "PERSON"),
     [("田中", "部長", None), ("田中", None, None)]),
    ("中山裕子さん。中山道を歩いた。", ("中山裕子", "PERSON"), []),
    ("山田太郎社長。太郎は、ヤマダは", ("山田太郎", "PERSON"), [("太郎", None, None), ("ヤマダ", None, True)]),
    ("ミライ商事と契約。株式会社ミライ商事の担当者と(株)ミライ商事、㈱ミライ商事",
     ("ミライ商事", "ORGANIZATION"), [("株式会社ミライ商事", None, None), ("(株)ミライ商事", None, None),
                                     ("㈱ミライ商事", None, None)]),
    ("株式会社ミライ商事。ミライ商事株式会社。ミライ商事の", ("株式会社ミライ商事", "ORGANIZATION"),
     [("ミライ商事株式会社", None, None), ("ミライ商事", None, None)]),
    ("森陽子。モリさん。モリタ。", ("森陽子", "PERSON"), [("モリ", "さん", True)]),  # two kana: only before an honorific
]


@pytest.mark.parametrize("text, detected, expected", CASES)
def test_find_mentions_table(text, detected, expected):
    src = _span(text, detected[0], detected[1], "P1" if detected[1] == "PERSON" else "O1")
    got = find_mentions(text, [src], source="test")
    assert [(s.text, s.data.get("title"), s.data.get("reading")) for s in got] == expected
    for s in got:
        assert text[s.start:s.end] == s.text
        assert s.entity_id == src.entity_id and s.label == src.label and s.data["same_as"] == src.text
        assert not (s.start < src.end and src.start < s.end)


def test_a_longer_form_supersedes_a_found_part_but_not_a_longer_span():
    t = "中山裕子\nナカヤマ ユウコ\n中山裕子様"
    spans = [_span(t, "中山裕子"), Span("PERSON", 10, 13, "ユウコ", .6, "t", "", "P2"),
             Span("PERSON", 15, 21, "中山裕子様", .6, "t", "", "P3")]
    new = find_mentions(t, spans, source="test")
    assert [(s.start, s.end, s.text) for s in new] == [(5, 13, "ナカヤマ ユウコ")]
    assert [(s.text, s.entity_id) for s in supersede(spans, new)] == [
        ("中山裕子", "P1"), ("ナカヤマ ユウコ", "P1"), ("中山裕子様", "P3")]


def test_other_labels_are_never_superseded():
    t = "中山裕子。ナカヤマ ユウコ"
    spans = [_span(t, "中山裕子"), Span("ADDRESS", 10, 12, "ユウ", .6, "t", "", None)]
    assert [s.text for s in find_mentions(t, spans, source="test")] == ["ナカヤマ"]  # not the full reading


def test_reference_spans_are_no_source():
    t = "同社と同社"
    assert find_mentions(t, [_span(t, "同社", "ORGANIZATION", "O1", {"reference": True})], source="t") == []


@pytest.mark.parametrize("text, found", [
    # detection: a reading on the フリガナ line is the kanji name's entity
    ("氏名：中山裕子\nフリガナ：ナカヤマ ユウコ", [("中山裕子", "P1"), ("ナカヤマ ユウコ", "P1")]),
    ("ミライ商事と契約。株式会社ミライ商事の担当者が(株)ミライ商事に戻った。",
     [("ミライ商事", "O1"), ("株式会社ミライ商事", "O1"), ("(株)ミライ商事", "O1")]),
    ("田中一郎さんは田中町に住む。", [("田中一郎", "P1")]),
    ("林博之さんと林業の話。林様より", [("林博之", "P1"), ("林", "P1")]),
])
def test_detection_uses_the_variants(text, found):
    spans = [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")]
    assert [(s.text, s.entity_id) for s in spans] == found
    for s in spans:
        assert text[s.start:s.end] == s.text


_PIECES = ["中山裕子", "中山", "ナカヤマ", " ", "ユウコ", "さん", "様", "部長", "町", "林", "業", "ミライ商事", "株式会社",
           "(株)", "㈱", "は", "と", "。", "\n", "ｱ", "A", "々", "　", "なかやま", "ゆうこ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(["中山裕子", "林博之", "ミライ商事", "株式会社ミライ商事"]))
def test_offsets_point_into_the_original(pieces, name):
    text = name + "。" + "".join(pieces)
    label = "ORGANIZATION" if "ミライ" in name else "PERSON"
    src = Span(label, 0, len(name), name, .9, "t", "", "X1")
    got = find_mentions(text, [src], source="test")
    last = len(name)
    for s in got:
        assert text[s.start:s.end] == s.text
        assert s.start >= last  # sorted, no overlaps with each other or the source
        last = s.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25),
       st.lists(st.sampled_from(["中山", "林", "ナカヤマ ユウコ", "ミライ商事", "(株)ミライ商事", "ゆうこ", "々"]), min_size=1))
def test_long_document_scan_finds_what_str_find_finds(pieces, forms):
    text = "".join(pieces)
    by_find = sorted(variants._occurrences(text, set(forms)))
    old = variants.SCAN_ABOVE
    try:
        variants.SCAN_ABOVE = -1
        assert sorted(variants._occurrences(text, set(forms))) == by_find
    finally:
        variants.SCAN_ABOVE = old
