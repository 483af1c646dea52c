"""Coreference: one entity_id per person/organisation, 同社/同氏 as reference spans."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tokumei import analyze
from tokumei.detect.names.coref import org_key, person_key


def groups(text: str, label: str) -> list[set[str]]:
    by: dict[str, set[str]] = {}
    for s in analyze(text):
        if s.label == label and not (s.data or {}).get("reference"):
            by.setdefault(s.entity_id, set()).add(s.text)
    return sorted(by.values(), key=lambda g: sorted(g))


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("山田太郎社長は、山田さんと呼ばれる。太郎さんも来た。山田社長は笑った。", "PERSON", [{"山田太郎", "山田", "太郎"}]),
        ("山田太郎さんと鈴木一郎さん。山田さんと鈴木さん。", "PERSON", [{"山田太郎", "山田"}, {"鈴木一郎", "鈴木"}]),
        ("山田太郎さんと山田健二さん。", "PERSON", [{"山田健二"}, {"山田太郎"}]),
        ("株式会社ミライ商事とミライ商事と㈱ミライ商事と（株）ミライ商事。", "ORGANIZATION",
         [{"株式会社ミライ商事", "ミライ商事", "㈱ミライ商事", "（株）ミライ商事"}]),
        ("株式会社ミライ商事と山田商店。", "ORGANIZATION", [{"山田商店"}, {"株式会社ミライ商事"}]),
        # a reading the rules found on their own joins the kanji name it reads (not a person of its own)
        ("氏名 山田太郎\nフリガナ ヤマダ タロウ\n氏名 山田健一\nフリガナ ヤマダ ケンイチ\n", "PERSON",
         [{"山田健一", "ヤマダ ケンイチ"}, {"山田太郎", "ヤマダ タロウ"}]),
        ("山田太郎さん（ヤマダタロウ）と山田健一さん。ヤマダさんは", "PERSON",
         [{"ヤマダ", "ヤマダタロウ", "山田太郎"}, {"山田健一"}]),
        ("氏名：中山裕子\nフリガナ：ナカヤマ ユウコ\n中山さんは", "PERSON", [{"中山裕子", "ナカヤマ ユウコ", "中山"}]),
        # a kana name whose reading no kanji name in the text has stays a person of its own
        ("山田太郎さんとスズキハナコさん", "PERSON", [{"スズキハナコ"}, {"山田太郎"}]),
    ],
)
def test_entity_groups(text, label, expected):
    assert groups(text, label) == expected


def test_nearest_full_name_owns_an_ambiguous_surname():
    text = "山田太郎さんが来た。山田さんは帰った。山田健一さんが来た。山田さんは残った。"
    ids = [(s.text, s.entity_id) for s in analyze(text) if s.label == "PERSON"]
    assert ids[0][1] == ids[1][1] != ids[2][1] == ids[3][1]


def test_ambiguous_surname_before_any_full_name_stays_its_own_person():
    text = "丸山社長から、長男の丸山大輔専務への承継を相談された。経理は丸山恵子さん。"
    ids = [s.entity_id for s in analyze(text) if s.label == "PERSON"]
    assert len(ids) == 3 and len(set(ids)) == 3


def test_references_take_the_antecedents_id_and_are_marked():
    text = "株式会社ミライ商事の山田太郎社長に会った。同社は創業50年、同氏は二代目。"
    spans = analyze(text)
    org = next(s for s in spans if s.text == "株式会社ミライ商事")
    per = next(s for s in spans if s.text == "山田太郎")
    dosha = next(s for s in spans if s.text == "同社")
    doshi = next(s for s in spans if s.text == "同氏")
    assert (dosha.label, dosha.entity_id, dosha.data["reference"]) == ("ORGANIZATION", org.entity_id, True)
    assert (doshi.label, doshi.entity_id, doshi.data["reference"]) == ("PERSON", per.entity_id, True)


@pytest.mark.parametrize(
    "text, ref, antecedent",
    [
        ("株式会社ミライ商事は、広島信用金庫から融資を受けた。同社は創業50年。", "同社", "株式会社ミライ商事"),
        ("有限会社丸山製作所（広島市）。メインバンクの広島信用金庫に相談した。同社は昭和58年創業。", "同社", "有限会社丸山製作所"),
        ("山田社長は鈴木部長に指示した。同氏は慎重だ。", "同氏", "山田"),
        ("鈴木部長に山田社長が指示した。同氏は慎重だ。", "同氏", "山田"),
    ],
)
def test_reference_prefers_the_topic_then_the_legal_form(text, ref, antecedent):
    spans = analyze(text)
    r = next(s for s in spans if s.text == ref)
    a = next(s for s in spans if s.text == antecedent)
    assert r.entity_id == a.entity_id


def test_reference_without_antecedent_is_not_reported():
    assert [s for s in analyze("同社は創業50年。") if s.text == "同社"] == []


@pytest.mark.parametrize("a, b", [("山田　太郎", "山田太郎"), ("ウォルター・ローリー", "ウォルターローリー")])
def test_person_key(a, b):
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("text", ["株式会社ミライ商事", "ミライ商事株式会社", "㈱ミライ商事", "（株）ミライ商事", "ミライ商事"])
def test_org_key(text):
    assert org_key(text) == "ミライ商事"


def test_detect_jsonl_carries_entity_id():
    lines = json.dumps({"id": "a", "text": "山田太郎社長と山田さん。同氏は笑った。"}, ensure_ascii=False) + "\n"
    out = subprocess.run([sys.executable, "-m", "tokumei", "detect", "-", "--jsonl"], input=lines,
                         capture_output=True, text=True, check=True).stdout
    ents = json.loads(out)["entities"]
    ids = {e["text"]: e.get("entity_id") for e in ents if e["label"] == "PERSON"}
    assert ids["山田太郎"] == ids["山田"] == ids["同氏"] is not None


@pytest.mark.parametrize(
    "text, found",
    [
        ("顕進氏は述べた。その後、顕進が反論した。", ["顕進", "顕進"]),
        ("顕進氏は述べた。顕進寺に行った。", ["顕進"]),  # glued to a kanji: not the name
        ("ミライ企画株式会社と契約。ミライ企画の担当。", ["ミライ企画株式会社", "ミライ企画"]),
    ],
)
def test_names_propagate_to_later_bare_mentions(text, found):
    spans = [s for s in analyze(text) if s.label in ("PERSON", "ORGANIZATION")]
    assert [s.text for s in spans] == found
    assert len({s.entity_id for s in spans}) == 1


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["山田太郎", "山田", "さん", "社長", "株式会社", "ミライ商事", "㈱", "同社", "同氏", "は", "と", "。", "、",
           "ｱｲ", "顕進", "氏", "やまだ", "陶苑", " ", "\n", "０３－１２３４－５６７８"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_pipeline_offsets_exact_and_no_overlaps(pieces):
    text = "".join(pieces)
    spans = analyze(text)
    for s in spans:
        assert text[s.start:s.end] == s.text
    for x, y in zip(spans, spans[1:]):
        assert x.end <= y.start
    for s in spans:
        if s.label in ("PERSON", "ORGANIZATION"):
            assert s.entity_id is not None


def test_propagated_mentions_get_their_own_title():
    spans = [s for s in analyze("顕進氏は述べた。翌日、顕進部長が反論した。") if s.label == "PERSON"]
    assert [(s.text, s.data.get("title")) for s in spans] == [("顕進", "氏"), ("顕進", "部長")]


def test_surname_and_given_name_of_a_full_name_are_found_alone_later():
    text = "山田太郎社長に会った。山田は笑い、太郎は泣いた。"
    spans = [s for s in analyze(text) if s.label == "PERSON"]
    assert [s.text for s in spans] == ["山田太郎", "山田", "太郎"]
    assert len({s.entity_id for s in spans}) == 1
