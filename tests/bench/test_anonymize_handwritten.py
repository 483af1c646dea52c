"""The hand-written set's reader and scores (bench/anonymize_handwritten.py) on a tiny fixture."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from anonymize_handwritten import load, must_go, run_dir, score  # noqa: E402

from tokumei.anonymize import anonymize  # noqa: E402

T1 = "代表の桐山 正雄さんは群馬県沼田市東原新町1-2-3に住む。清水が湧き出ました。好きな作家は司馬遼太郎。"
DOC = {
    "id": "a-t-1", "style": "case", "text": T1,
    "entities": [
        {"start": 3, "end": 8, "label": "PERSON", "text": "桐山 正雄", "entity_id": "1"},
        {"start": 11, "end": 26, "label": "ADDRESS", "text": "群馬県沼田市東原新町1-2-3"},
        {"start": 46, "end": 51, "label": "PERSON", "text": "司馬遼太郎", "subtype": "public"},
    ],
    "risks": [{"start": 0, "end": 2, "kind": "その他", "text": "代表"}],
}


def test_load_checks_offsets(tmp_path):
    p = tmp_path / "dev.jsonl"
    p.write_text(json.dumps(DOC, ensure_ascii=False) + "\n", "utf-8")
    assert load(p)[0]["id"] == "a-t-1"
    bad = dict(DOC, entities=[dict(DOC["entities"][0], end=9)])
    p.write_text(json.dumps(bad, ensure_ascii=False) + "\n", "utf-8")
    with pytest.raises(ValueError, match="a-t-1"):
        load(p)


def test_must_go_rules():
    assert must_go(T1, DOC["entities"][0]) == [3, 4, 6, 7]  # the space never counts
    assert T1[must_go(T1, DOC["entities"][1])[0]] == "沼"  # address: after the prefecture
    assert must_go(T1, DOC["entities"][2]) == []  # public figure: neither required nor penalised
    assert must_go("群馬県", {"start": 0, "end": 3, "label": "LOCATION", "subtype": "pref"}) == []


def test_scores_on_the_fixture():
    sc = score([DOC], lambda t: anonymize(t))
    assert sc.gold == {"people": 1, "organisations": 0, "places": 1, "numbers": 0}
    assert sc.leaked["people"] == 0 and sc.leaked["places"] == 0
    assert sc.risks == 1 and sc.outside == len(T1) - 5 - 15 - 5 - 2


def test_a_leak_and_an_ordinary_word_are_counted():
    from tokumei.anonymize.engine import AnonymizeResult, Replacement

    def fake(text):  # replaces 清水 (an ordinary word) and nothing else
        a = text.index("清水")
        return AnonymizeResult(text, [Replacement(a, a + 2, a, a + 2, "PERSON", "清水", "A氏", "r", .9, "")], [], text)

    sc = score([DOC], fake)
    assert sc.leaked["people"] == 1 and sc.leaked["places"] == 1 and sc.ordinary == 1
    assert sc.risks_hit == 0 and sc.kept == sc.outside - 2


def test_run_dir_reports_missing_split(tmp_path):
    (tmp_path / "dev.jsonl").write_text(json.dumps(DOC, ensure_ascii=False) + "\n", "utf-8")
    out = run_dir(tmp_path)
    assert "dev" in out and "people" in out and "文書なし" in out


def test_leak_examples_are_printed_for_the_dev_half_only(tmp_path):
    """Nobody who writes the code reads the test half: its report has figures but no leaked strings."""
    from tokumei.anonymize.engine import AnonymizeResult

    line = json.dumps(DOC, ensure_ascii=False) + "\n"
    (tmp_path / "dev.jsonl").write_text(line, "utf-8")
    (tmp_path / "test.jsonl").write_text(line.replace("a-t-1", "a-t-2"), "utf-8")
    import anonymize_handwritten as ah

    real = ah.score
    ah.score = lambda docs, run, show=10: real(docs, lambda t: AnonymizeResult(t, [], [], t), show)  # leaks all
    try:
        out = run_dir(tmp_path)
    finally:
        ah.score = real
    dev, test = out.split("a-t-2")[0], out.split("test (")[1]
    assert "a-t-1 PERSON: 桐山 正雄" in dev
    assert "桐山" not in test and "\nexamples:" not in test


def test_a_partial_leak_of_kind_words_only_is_counted_apart():
    """Stop 29: a pseudonym that keeps the kind word (「A自動車教習所」) still leaks by the strict figure; the report
    shows how many leaks are of that kind — not one where a name is left (「魚たけ B商店」)."""
    from anonymize_handwritten import kind_words_only
    from tokumei.anonymize.engine import AnonymizeResult, Replacement

    text = "西岡部自動車教習所に通う。魚たけ 森島商店で買う。"
    doc = {"id": "a-t-3", "style": "case", "text": text, "risks": [],
           "entities": [{"start": 0, "end": 9, "label": "ORGANIZATION", "text": "西岡部自動車教習所"},
                        {"start": 13, "end": 20, "label": "ORGANIZATION", "text": "魚たけ 森島商店"}]}

    def fake(t):  # replaces 西岡部 and 森島 only
        a, b = t.index("西岡部"), t.index("森島")
        return AnonymizeResult(t, [Replacement(a, a + 3, a, a + 1, "ORGANIZATION", "西岡部", "A", "r", .9, ""),
                                   Replacement(b, b + 2, b, b + 1, "ORGANIZATION", "森島", "B", "r", .9, "")], [], t)

    sc = score([doc], fake)
    assert sc.leaked["organisations"] == 2 and sc.kind_only["organisations"] == 1
    assert kind_words_only(text, list(range(3, 9))) and not kind_words_only(text, list(range(13, 16)))


def test_a_surname_left_is_a_name_leak_not_a_kind_word():
    """Stop 40: 「高見 彩乃」 with only 彩乃 replaced leaves her surname; SudachiPy lists 高見 as a common noun, which made
    :func:`kind_words_only` true, but a person's pseudonym keeps no kind word, so people never count as kind-only."""
    from anonymize_handwritten import kind_words_only
    from tokumei.anonymize.engine import AnonymizeResult, Replacement

    text = "准教授の高見 彩乃さんが話した。"
    doc = {"id": "a-t-4", "style": "case", "text": text, "risks": [],
           "entities": [{"start": 4, "end": 9, "label": "PERSON", "text": "高見 彩乃"}]}

    def fake(t):  # replaces 彩乃 only
        a = t.index("彩乃")
        return AnonymizeResult(t, [Replacement(a, a + 2, a, a + 1, "PERSON", "彩乃", "A", "r", .9, "")], [], t)

    sc = score([doc], fake)
    assert kind_words_only(text, [4, 5])
    assert sc.leaked["people"] == 1 and sc.kind_only["people"] == 0
