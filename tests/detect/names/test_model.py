"""The learned names tier jp.names.model.v1: shipped model, phrasings it must get, offsets."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tokumei.detect.names import default_finders
from tokumei.detect import analyze
from tokumei.detect.names.model import CUTOFF, SOURCE, find_names_and_model, load, metadata, model_spans
from tokumei.detect.names.model.combine import combine
from tokumei.detect.names.model.features import TAGS
from tokumei.detect.resolve import resolve
from tokumei.detect.textview import TextView


def test_model_loads_from_the_package_with_its_metadata() -> None:
    meta = metadata()
    assert meta["name"] == SOURCE
    assert re.fullmatch(r"[0-9a-f]{64}", meta["training_data"]["train.jsonl"]["sha256"])
    assert meta["training_data"]["train.jsonl"]["sentences"] == 7050
    assert meta["limit"] is None and meta["selected_on"] == "dev.jsonl"
    assert meta["crfsuite"]["algorithm"] == "lbfgs" and meta["crfsuite"]["c1"] > 0
    assert set(meta["dev"]) == {"PERSON", "ORGANIZATION", "LOCATION"}
    assert {"clusters", "cl-win", "gazetteer", "char"} <= set(meta["features"])
    assert re.fullmatch(r"[0-9a-f]{64}", meta["clusters"]["vectors_sha256"]) and "Apache" in meta["clusters"]["licence"]
    model = load()
    assert set(model.tagger().labels()) == set(TAGS)
    assert load() is model  # once per process
    assert Path(model.path).stat().st_size < 5_000_000


def test_metadata_hash_matches_the_shared_training_data_when_present() -> None:
    path = Path("/work/shared/data/ud-japanese-gsd-ne/train.jsonl")
    if not path.is_file():
        pytest.skip("training data is not part of the repository (only its hash is)")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == metadata()["training_data"]["train.jsonl"]["sha256"]


def names(text: str) -> set[tuple[str, str]]:
    return {(s.label, s.text) for s in resolve(find_names_and_model(TextView(text))) if s.score >= 0.4
            and not (s.data or {}).get("reference")}


# invented names; the phrasings of issue #11 that are the model's job
@pytest.mark.parametrize("text, expected", [
    ("マルコ・ベルナルディが来日し、講演した。", {("PERSON", "マルコ・ベルナルディ")}),
    ("来日したアンナ・コヴァルスカさんが講演した。", {("PERSON", "アンナ・コヴァルスカ")}),
    ("森永 健吾(41) 起業家", {("PERSON", "森永 健吾")}),  # the rules alone: 健吾 only
    ("取締役の森永健吾が説明した。", {("PERSON", "森永健吾")}),
    ("ネクストリンク社長の田中が来た。", {("ORGANIZATION", "ネクストリンク"), ("PERSON", "田中")}),
    ("岩国市にある工場を見学した。", {("LOCATION", "岩国市")}),
    ("大黒島は漁業の島だ。", {("LOCATION", "大黒島")}),
    ("新潟駅から歩いて5分です。", {("LOCATION", "新潟駅")}),
    ("宮島の厳島神社を訪れた。", {("LOCATION", "厳島神社")}),
])
def test_phrasings_the_model_gets(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= names(text)


@pytest.mark.parametrize("text, wrong", [
    ("岩国市にある工場を見学した。", ("PERSON", "岩国市")),
    ("大黒島は漁業の島だ。", ("PERSON", "大黒島")),
])
def test_places_and_words_are_not_people(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in names(text)


def test_a_rule_span_the_model_doubts_is_kept_for_review() -> None:
    from tokumei.detect.names.model import _annotate
    from tokumei.span import Span

    rule = Span("PERSON", 0, 7, "ファスティング", 0.6, "jp.names.rules.v1", "辞書にないカタカナ語", data={"tier": 1})
    doubted = _annotate(rule, 0.55)
    # recall first (VETO = 0): the rule's score stays, so the span is still replaced; the model's
    # doubt is its probability in data and the reason, and the span is listed for review
    assert doubted.score == rule.score and doubted.data["review"] is True and doubted.data["p"] == 0.55
    assert doubted.reason == "辞書にないカタカナ語（モデル: 人名の可能性 0.55）" and doubted.source == rule.source
    assert doubted.data["tier"] == 1  # the rule's own data is kept
    assert _annotate(rule, 0.9) is rule  # the model agrees: unchanged
    low = _annotate(rule, 0.1)
    assert low.score == rule.score and low.data["review"] is True and low.data["p"] == 0.1


@pytest.mark.parametrize("text, wrong", [
    ("氏名：中山裕子\nフリガナ：ナカヤマ ユウコ", {"フリガナ：ナカヤマ ユウコ"}),  # a form label is no part of a name
    ("竹内（通称たけちゃん）が担当する。", {"たけちゃん"}),             # the honorific stays outside, as in the rules
    ("kintoneとYouTubeとLINEとExcelを使う。", {"LINE", "kintone", "YouTube", "Excel"}),  # products (lexicon.PRODUCTS)
    ("ソフトバンクモバイルオフィスと比べると", {"ソフトバンクモバイル"}),   # cut out of a longer katakana word
    ("北陸3県の製造業。", {"北陸3県"}),                                  # a count of prefectures is no part of the place
])
def test_model_spans_keep_the_rules_edges_and_filters(text: str, wrong: set[str]) -> None:
    spans = model_spans(text)
    assert not wrong & {s.text for s in spans}
    assert not any(c in s.text for s in spans for c in "：:")


@pytest.mark.parametrize("text, wrong", [
    ("姓\t名\tセイ\tメイ\n山田\t太郎\tヤマダ\tタロウ", {"名", "セイ", "メイ"}),  # column headers
    ("| 氏名 | 都道府県 | 市区町村 |\n| --- | --- | --- |\n| 山田太郎 | 静岡県 | 島田市 |", {"都道府県", "市区町村"}),
])
def test_table_headers_are_not_names_and_spans_stay_in_their_cell(text: str, wrong: set[str]) -> None:
    spans = model_spans(text)
    assert not wrong & {s.text for s in spans}
    assert not any(c in s.text for s in spans for c in "|\t\n")


def test_model_spans_carry_probability_and_japanese_reason() -> None:
    spans = (model_spans("マルコ・ベルナルディが来日した。") + model_spans("宮島から車で20分の場所にある。")
             + model_spans("清水から来た。"))
    assert [(s.label, s.text) for s in spans] == [("PERSON", "マルコ・ベルナルディ"), ("LOCATION", "宮島"), ("LOCATION", "清水")]
    assert all(s.source == SOURCE and CUTOFF <= s.score <= 1 for s in spans)
    for s, kind in zip(spans, ("人名", "地名", "地名")):
        assert s.reason.startswith(f"モデル: {kind}") and f"{s.score:.2f}" in s.reason
        assert bool((s.data or {}).get("review")) == (s.score < 0.7)
    # 宮島 before から with a distance (issue #11: a surname, here a place) is sure; a bare 清水 (a surname, a
    # place, clear water) is less sure than it (the GSD-only model of stop 29 put it below 0.7, for review). The
    # foreign name's probability moves with each retraining (0.58 in stop 31): the full pipeline's rules are sure of it
    assert spans[1].score >= 0.7 and spans[2].score < spans[1].score
    assert [(s.label, s.text, s.score >= 0.7) for s in analyze("マルコ・ベルナルディが来日した。")] == [
        ("PERSON", "マルコ・ベルナルディ", True)]


def test_default_pipeline_uses_the_model_and_can_switch_it_off(monkeypatch) -> None:
    from tokumei.detect.names import model as M
    from tokumei.detect.names.rules import find_names

    assert default_finders()[0].__wrapped__ is M.find_names_and_model  # read digit-blind (names/digits.py)
    monkeypatch.setenv("TOKUMEI_NAMES_MODEL", "off")
    assert default_finders()[0].__wrapped__ is find_names


def test_combine_modes() -> None:
    rules = [("PERSON", 0, 2), ("ORGANIZATION", 10, 14)]
    model = [("PERSON", 0, 4), ("LOCATION", 20, 23)]
    assert combine(rules, model, "model-first") == [("PERSON", 0, 4), ("ORGANIZATION", 10, 14), ("LOCATION", 20, 23)]
    assert combine(rules, model, "rules-first") == [("PERSON", 0, 2), ("ORGANIZATION", 10, 14), ("LOCATION", 20, 23)]
    assert combine(rules, model, "rules") == rules
    assert combine(rules, model, "longest")[0] == ("PERSON", 0, 4)
    # per-label: the model first; a longer rule ORGANIZATION replaces the shorter model one
    assert combine([("ORGANIZATION", 0, 9), ("PERSON", 20, 22)], [("ORGANIZATION", 4, 9), ("LOCATION", 20, 22)]) == [
        ("ORGANIZATION", 0, 9), ("LOCATION", 20, 22)]


_PIECES = st.sampled_from(["山田", "太郎", "さん", "株式会社", "ミライ", "商事", "岩国市", "・", "ｱｲｳ", "Ｌｕｃａｓ", "　",
                           " ", "㈱", "①", "（", "）", "「", "」", "\n", "。", "ｶﾞ", "ﾃﾞﾝｷ", "が", "の", "駅", "島", "Kenji",
                           "ヴィ", "\u00a0", "髙橋", "神\ufe00", "Ⅳ", "が\u3099"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=12))
def test_model_span_offsets_point_into_the_original(parts: list[str]) -> None:
    text = "".join(parts)
    if any("\ud800" <= c <= "\udfff" for c in text):
        return
    for s in model_spans(text) + find_names_and_model(TextView(text)):
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start:s.end]


def _write_tiny_corpus(root: Path) -> None:
    gsd = root / "ud-japanese-gsd-ne"
    gsd.mkdir(parents=True)
    rows = []
    for i, (sur, giv, place, org) in enumerate([("森永", "健吾", "岩国市", "ミライ商事"), ("野々村", "孝之", "大黒島", "ネクストリンク"),
                                               ("杉浦", "正明", "宮島", "スタディ・ブリッジ")] * 4):
        text = f"{sur}{giv}は{place}にある{org}で働く。"
        a = len(sur + giv) + 1
        b = a + len(place) + 3
        rows.append({"id": f"s{i}", "text": text, "entities": [
            {"start": 0, "end": len(sur + giv), "label": "PERSON", "text": sur + giv},
            {"start": a, "end": a + len(place), "label": "GPE", "text": place},
            {"start": b, "end": b + len(org), "label": "ORG", "text": org}]})
    for split in ("train", "dev"):
        (gsd / f"{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    import gzip

    (root / "jmnedict").mkdir()
    with gzip.open(root / "jmnedict" / "names.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("form\ttypes\n森永\tsurname\n健吾\tgiven,masc\nミライ商事\tcompany\n")


@pytest.mark.slow
def test_training_script_runs_on_a_tiny_slice(tmp_path: Path) -> None:
    import subprocess
    import sys

    _write_tiny_corpus(tmp_path / "data")
    repo = Path(__file__).resolve().parents[3]
    out = tmp_path / "model"
    subprocess.run([sys.executable, str(repo / "scripts" / "train_names.py"), "--data", str(tmp_path / "data"),
                    "--out", str(out), "--iterations", "20"], check=True, capture_output=True, timeout=120)
    meta = json.loads((out / "jp_names_v1.json").read_text(encoding="utf-8"))
    assert meta["training_data"]["train.jsonl"]["sentences"] == 12
    assert (out / "jp_names_v1.crfsuite").stat().st_size > 0
    assert (out / "jmnedict_names.tsv.gz").stat().st_size > 0
    assert (out / "word_clusters.tsv.gz").stat().st_size > 0 and meta["clusters"]["k"] == 256


def test_long_document_offsets_and_same_spans_as_sentence_by_sentence() -> None:
    # longer than one SudachiPy chunk (40,000 bytes): offsets still point into the original text,
    # and a sentence far into the document gets the spans it gets alone (windows are local)
    sentence = "取締役の森永健吾が岩国市の工場でマルコ・ベルナルディと会った。"
    text = sentence * 800
    spans = model_spans(text)
    assert all(s.text == text[s.start:s.end] for s in spans)
    alone = {(s.label, s.start, s.end) for s in model_spans(sentence)}
    k = 700 * len(sentence)
    assert {(s.label, s.start - k, s.end - k) for s in spans if k <= s.start < k + len(sentence)} == alone


def test_rules_grow_lets_a_sure_organisation_take_in_a_rule_place() -> None:
    # 中国海軍: the rules' place 中国 inside the model's organisation; the longer span covers it
    rules = [("LOCATION", 0, 2), ("PERSON", 10, 12)]
    model = [("ORGANIZATION", 0, 4, 0.99), ("PERSON", 10, 15, 0.99)]
    assert combine(rules, model, "rules-grow") == [("ORGANIZATION", 0, 4, 0.99), ("PERSON", 10, 15, 0.99)]
    # unsure, or a person over a place (吉岡・神山 stays two), or a public body the allow-list keeps: no
    assert combine(rules, [("ORGANIZATION", 0, 4, 0.5)], "rules-grow") == rules
    assert combine([("LOCATION", 3, 5), ("PERSON", 0, 2)], [("PERSON", 0, 5, 0.99)], "rules-grow") == [
        ("PERSON", 0, 2), ("LOCATION", 3, 5)]
    assert combine(rules, model[:1], "rules-grow", swallow=lambda m: False) == rules


@pytest.mark.parametrize("text, place", [
    ("岡崎商工会議所の会頭が挨拶した。", "岡崎"),     # public body (allow-list): its place stays a span
    ("豊川商工会議所に相談した。", "豊川"),          # the model is sure of the body (0.99)
])
def test_a_public_body_does_not_swallow_its_place(text: str, place: str) -> None:
    from tokumei.detect import default_analyzer

    spans = default_analyzer().analyze(text)
    a = text.index(place)
    assert any(s.start <= a and a + len(place) <= s.end and s.label in ("LOCATION", "ADDRESS", "ORGANIZATION")
               for s in spans)


@pytest.mark.parametrize("text", [
    "みなと移住相談会に参加した。",
    "はやま夏祭りに出店した。",
    "さくら起業セミナーで講演した。",
])
def test_events_are_not_organisations(text: str) -> None:
    assert not any(s.label == "ORGANIZATION" and re.search("(相談会|祭り|セミナー)$", s.text) for s in model_spans(text))


def test_a_rule_span_the_model_is_sure_is_another_kind_takes_its_label() -> None:
    from tokumei.detect.names.model.document import RELABEL, _relabel
    from tokumei.span import Span

    rule = Span("PERSON", 0, 2, "宮島", 0.6, "jp.names.rules.v1", "姓", data={"tier": 1, "title": "氏"})
    place = Span("LOCATION", 0, 2, "宮島", 0.95, SOURCE, "モデル")
    got = _relabel([rule], [place])[0]
    assert (got.label, got.start, got.end, got.score) == ("LOCATION", 0, 2, 0.6)  # kept, not dropped
    assert "title" not in got.data and got.reason.startswith("姓（モデル: 地名")
    assert _relabel([rule], [place.with_(score=RELABEL - 0.01)])[0] is rule   # not sure enough
    assert _relabel([rule.with_(score=0.9)], [place])[0].label == "PERSON"    # a strong rule span stays
    org = rule.with_(label="ORGANIZATION")
    assert _relabel([org], [place])[0].label == "ORGANIZATION"                # shops stay bodies (GSD: facilities)


@pytest.mark.parametrize("text, place", [
    ("「岩国ブレンド」が人気", "岩国"),             # a municipality stem inside a quoted product
    ("深煎りの「尾道ブレンド」が人気です。", "尾道"),
])
def test_a_dictionary_place_the_model_half_sees_is_a_place_for_review(text: str, place: str) -> None:
    from tokumei.detect.names.model import PLACE_SCORE

    got = [s for s in model_spans(text) if s.text == place]
    assert got and got[0].label == "LOCATION" and got[0].score >= PLACE_SCORE
    if not got[0].data.get("review"):
        # since stop 29 the rules read a place that opens a quoted name (rules.quoted_heads), a feature of the model:
        # it may be sure then, and the combined output has the rules' place
        assert got[0].data["p"] >= 0.7 and [s.text for s in analyze(text) if s.label == "LOCATION"] == [place]
        return
    if got[0].score == PLACE_SCORE:  # from the floor, not from the model's own decoding
        assert "KEN_ALL" in got[0].reason and got[0].data["p"] < got[0].score


@pytest.mark.parametrize("text, place", [
    ("名物の沼田こんにゃく焼き。", "沼田"),       # the model read 沼田こんにゃく as one place
    ("名物の岩国れんこんを買った。", "岩国"),
    ("土産の宮津ちくわが好きだ。", "宮津"),
])
def test_a_municipality_before_a_product_is_the_place_alone(text: str, place: str) -> None:
    spans = [s for s in model_spans(text) if s.label == "LOCATION"]
    assert [s.text for s in spans] == [place]


def test_public_systems_are_not_organisations() -> None:
    # the model said ORGANIZATION 0.50: an identifier system names no one (review list: tests/anonymize)
    assert "マイナンバー" not in {s.text for s in model_spans("令和5年から、社長のマイナンバーは別に管理し、")}


def test_sorted_map_reads_the_compact_form_like_a_dict(tmp_path: Path) -> None:
    from tokumei.detect.names.model.lexicon import read_compact, read_sorted, write_compact

    table = {"山田": "12", "ヤマダ": "3", "Kenji": "200", "岩国": "7", "あ": "0", "山田太郎": "5"}
    write_compact(table, tmp_path / "m.tsv.gz")
    raw = (tmp_path / "m.tsv.gz").read_bytes()
    m, d = read_sorted(raw), read_compact(raw)
    assert len(m) == len(table) and d == table
    for key in [*table, "山", "山田太", "", "ン", "zzz"]:
        assert m.get(key) == d.get(key)


@pytest.mark.parametrize("raw", [b"", b"lCRF" + bytes(60), b"not a model at all" * 10])
def test_a_broken_model_file_is_a_catalogued_error(raw):
    """A damaged install (the packaged .crfsuite is not a CRF1d model) stops with E410 and the file's
    name, not a bare ValueError/struct.error from the reader."""
    from tokumei.detect.names.model import _short_model
    from tokumei.errors import TokumeiError

    with pytest.raises(TokumeiError) as e:
        _short_model(raw, "jp_names_v1.crfsuite")
    assert e.value.code == "E410" and "jp_names_v1.crfsuite" in e.value.message
