"""The hand-written evaluation sets (bench/data/handwritten): committed JSONL equals a fresh build,
offsets are exact, the splits are disjoint and balanced, and the markup parser refuses bad input."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "handwritten"
_spec = importlib.util.spec_from_file_location("handwritten_build", DATA / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

MIN_DOCS = {"names": 150, "anonymize": 60}
ALLOWED_LABELS = set(build.LABELS.values())


def _load(set_name: str, split: str) -> list[dict]:
    path = DATA / set_name / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _all() -> dict[tuple[str, str], list[dict]]:
    return {(s, sp): _load(s, sp) for s in build.SETS for sp in build.SPLITS}


def test_committed_jsonl_equals_fresh_build():
    for path, content in build.build().items():
        assert path.read_text(encoding="utf-8") == content, f"{path} is stale: run build.py"
    assert build.main(["--check"]) == 0


@pytest.mark.parametrize("set_name", build.SETS)
def test_every_span_matches_the_text(set_name):
    for split in build.SPLITS:
        for doc in _load(set_name, split):
            text = doc["text"]
            assert "⟦" not in text and "⟧" not in text, doc["id"]
            seen = set()
            for e in doc["entities"]:
                assert 0 <= e["start"] < e["end"] <= len(text), (doc["id"], e)
                assert text[e["start"]:e["end"]] == e["text"], (doc["id"], e)
                assert e["label"] in ALLOWED_LABELS, (doc["id"], e)
                key = (e["start"], e["end"], e["label"])
                assert key not in seen, (doc["id"], e)
                seen.add(key)
                if e["label"] == "LOCATION":
                    assert e.get("subtype") in build.SUBTYPES["L"], (doc["id"], e)
            for r in doc["risks"]:
                assert text[r["start"]:r["end"]] == r["text"], (doc["id"], r)
                assert r["kind"] in build.RISK_KINDS, (doc["id"], r)
            if set_name == "names":
                assert not doc["risks"]
                assert {e["label"] for e in doc["entities"]} <= {"PERSON", "ORGANIZATION", "LOCATION"}


@pytest.mark.parametrize("set_name", sorted(MIN_DOCS))
def test_counts_and_balance(set_name):
    dev, test = _load(set_name, "dev"), _load(set_name, "test")
    assert len(dev) + len(test) >= MIN_DOCS[set_name]
    # dev grew first (the added dev documents are written before the matching test ones), so the
    # halves need not be equal; the smaller one must still hold at least a third of the set
    assert min(len(dev), len(test)) >= (len(dev) + len(test)) / 3
    for style in build.STYLES[set_name]:
        assert any(d["style"] == style for d in dev), f"{style} missing from dev"
        assert any(d["style"] == style for d in test), f"{style} missing from test"
    for docs in (dev, test):
        labels = Counter(e["label"] for d in docs for e in d["entities"])
        for label in ("PERSON", "ORGANIZATION", "LOCATION"):
            assert labels[label] >= 50, (set_name, label, labels[label])


@pytest.mark.parametrize("split", build.SPLITS)
def test_anonymize_split_covers_every_identifier_and_risk_kind(split):
    """Each half exercises every label and every risk kind (その他 aside), so a missed kind shows."""
    docs = _load("anonymize", split)
    labels = {e["label"] for d in docs for e in d["entities"]}
    assert labels >= set(build.LABELS.values()), set(build.LABELS.values()) - labels
    kinds = {r["kind"] for d in docs for r in d["risks"]}
    assert kinds >= set(build.RISK_KINDS) - {"その他"}, set(build.RISK_KINDS) - kinds
    # the hard cases the brief names: a wrong 法人番号 check digit and a local number without area code
    corp = [e["text"] for d in docs for e in d["entities"] if e["label"] == "CORPORATE_NUMBER"]
    assert any(not _corp_ok(c) for c in corp) and any(_corp_ok(c) for c in corp)
    phones = [e["text"] for d in docs for e in d["entities"] if e["label"] == "PHONE"]
    assert any(len(p.replace("-", "")) <= 7 for p in phones)


def _corp_ok(number: str) -> bool:
    """法人番号の検査用数字（国税庁「法人番号の指定」: 9 − (Σ Pn×Qn mod 9), Qn = 1 (n odd), 2 (n even)）."""
    digits = [int(c) for c in number]
    body = digits[1:][::-1]
    return digits[0] == 9 - sum(d * (1 if i % 2 == 0 else 2) for i, d in enumerate(body)) % 9


@pytest.mark.parametrize("set_name", build.SETS)
def test_no_document_in_both_splits(set_name):
    dev, test = _load(set_name, "dev"), _load(set_name, "test")
    assert not {d["id"] for d in dev} & {d["id"] for d in test}
    assert not {d["text"] for d in dev} & {d["text"] for d in test}
    ids = [d["id"] for d in dev + test]
    assert len(ids) == len(set(ids))
    # no sentence (line longer than 20 characters) reused across the splits
    lines = lambda docs: {ln for d in docs for ln in d["text"].splitlines() if len(ln) > 20}  # noqa: E731
    assert not lines(dev) & lines(test)


# --- the markup parser ------------------------------------------------------------------------

CASES = [
    ("⟦P#1|桐山 正雄⟧さん", "桐山 正雄さん", [(0, 5, "PERSON", {"entity_id": "1"})]),
    ("⟦O|⟦L.city|沼田⟧商工会議所⟧", "沼田商工会議所",
     [(0, 7, "ORGANIZATION", {}), (0, 2, "LOCATION", {"subtype": "city"})]),
    ("⟦P.public|司馬遼太郎⟧", "司馬遼太郎", [(0, 5, "PERSON", {"subtype": "public"})]),
    ("⟦P.public#2|X⟧と⟦P#3.public|Y⟧", "XとY",
     [(0, 1, "PERSON", {"subtype": "public", "entity_id": "2"}),
      (2, 3, "PERSON", {"subtype": "public", "entity_id": "3"})]),
    ("a\n⟦L.station|沼田駅⟧", "a\n沼田駅", [(2, 5, "LOCATION", {"subtype": "station"})]),
    ("⟦CARD|4111⟧", "4111", [(0, 4, "CREDIT_CARD", {})]),
]


@pytest.mark.parametrize("markup, text, spans", CASES)
def test_parse_document(markup, text, spans):
    lines = list(enumerate(markup.split("\n"), 1))
    clean, ents, risks = build.parse_document(lines, "x.txt")
    assert clean == text
    got = [(e["start"], e["end"], e["label"], {k: e[k] for k in ("entity_id", "subtype") if k in e})
           for e in ents]
    assert sorted(got, key=lambda s: s[:3]) == sorted(spans, key=lambda s: s[:3])
    assert not risks


def test_parse_risk():
    clean, ents, risks = build.parse_document([(1, "⟦R:創業年|明治三十年創業⟧の蔵")], "x.txt")
    assert clean == "明治三十年創業の蔵" and not ents
    assert risks == [{"start": 0, "end": 7, "kind": "創業年", "text": "明治三十年創業"}]


@pytest.mark.parametrize("body, line, message", [
    ("=== d1 sns ===\nあいう\n⟦P|桐山 正雄 さん", 3, "閉じていない"),
    ("=== d1 sns ===\n桐山⟧さん", 2, "対応する ⟦ のない"),
    ("=== d1 sns ===\n\n⟦桐山⟧", 3, "ラベル|"),
    ("=== d1 sns ===\n⟦X|桐山⟧", 2, "未知のラベル"),
    ("=== d1 sns ===\n⟦L|沼田⟧", 2, "サブタイプが必要"),
    ("=== d1 sns ===\n⟦L.moon|沼田⟧", 2, "使えないサブタイプ"),
    ("=== d1 sns ===\n⟦P| 桐山⟧", 2, "空白"),
    ("=== d1 sns ===\n⟦R:天気|晴れ⟧", 2, "未知のリスク種別"),
    ("=== d1 nosuchstyle ===\n桐山", 1, "未知のスタイル"),
    ("本文\n=== d1 sns ===\n桐山", 1, "見出し"),
])
def test_bad_markup_is_refused_with_file_and_line(tmp_path, body, line, message):
    src = tmp_path / "dev.txt"
    src.write_text(body, encoding="utf-8")
    with pytest.raises(build.MarkupError) as exc:
        build.parse_file(src, "names")
    assert f"{src}:{line}:" in str(exc.value)
    assert message in str(exc.value)


def test_names_set_refuses_identifier_labels(tmp_path):
    src = tmp_path / "dev.txt"
    src.write_text("=== d1 form ===\nTEL ⟦PHONE|03-1234-5678⟧", encoding="utf-8")
    with pytest.raises(build.MarkupError):
        build.parse_file(src, "names")
    src.write_text("=== d1 letter ===\nTEL ⟦PHONE|03-1234-5678⟧", encoding="utf-8")
    [doc] = build.parse_file(src, "anonymize")
    assert doc["entities"][0]["label"] == "PHONE" and doc["entities"][0]["start"] == 4


_plain = st.text(alphabet=st.sampled_from(list("あいう桐山 駅1-\n")), max_size=5)
_marked = st.text(alphabet=st.sampled_from(list("桐山正雄沼田駅ABC")), min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_plain, st.one_of(st.none(), _marked)), max_size=6))
def test_offsets_round_trip(parts):
    """Any sequence of plain text and marked spans: offsets point at the marked text."""
    markup, expected, pos = "<", [], 1  # "<" and ">" keep the first and last line non-blank
    for plain, marked in parts:
        markup += plain
        pos += len(plain)
        if marked:
            markup += f"⟦P|{marked}⟧"
            expected.append((pos, pos + len(marked), marked))
            pos += len(marked)
    markup += ">"
    clean, ents, _ = build.parse_document(list(enumerate(markup.split("\n"), 1)), "x.txt")
    assert clean == markup.replace("⟦P|", "").replace("⟧", "")
    assert [(e["start"], e["end"], e["text"]) for e in ents] == expected


def test_readme_counts_are_current():
    """README.md carries the tables of build.py --stats; a data change without them fails here."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    assert build.stats(build.build()).strip() in readme


def test_lint_flags_an_unmarked_surname(tmp_path):
    doc = "=== d1 case ===\n代表の⟦P#1|升田 幸一⟧さん。升田さんは笑う。⟦L.city|柏崎⟧の店。"
    src = tmp_path / "dev.txt"
    src.write_text(doc, encoding="utf-8")
    [parsed] = build.parse_file(src, "names")
    content = json.dumps(parsed, ensure_ascii=False) + "\n"
    notes = build.lint({tmp_path / "names" / "dev.jsonl": content})
    assert len(notes) == 1 and "'升田'" in notes[0]
