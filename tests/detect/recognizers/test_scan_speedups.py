"""The speed-ups in the core (scanning only near required context words / anchors, folding
full-width runs instead of translating the whole text) must not change any result."""
import random

import pytest
from hypothesis import given, settings, strategies as st

import tokumei.detect.registry as registry
from detect.recognizers._ident import PIPELINE
from tokumei.detect.textview import _TABLE, TextView
from tokumei.synth.documents import generate_documents


def _key(spans):
    return [(s.label, s.start, s.end, s.source, round(s.score, 6), s.reason) for s in spans]


@pytest.fixture(scope="module")
def corpus() -> str:
    docs = generate_documents(300, seed=11)
    rng = random.Random(3)
    # glue documents with no separator now and then, so windows meet text from both sides
    return "".join(d.text + rng.choice(["\n", "", " ", "。"]) for d in docs)


def test_windowed_scan_equals_full_scan(corpus, monkeypatch):
    fast = PIPELINE.analyze(corpus)
    monkeypatch.setattr(registry, "_windows", lambda *a, **k: None)
    full = PIPELINE.analyze(corpus)
    assert len(fast) > 1000
    assert _key(fast) == _key(full)


@pytest.mark.parametrize(
    "text",
    ["口座 1234567", "1234567 普通", "普通" + "x" * 200 + "1234567", "記号12345-12345678 ゆうちょ",
     "普通 " + "1" * 300, "a@b.co.jp", "x" * 300 + "@example.com", "2001:db8::1 と ::ffff:1.2.3.4",
     "普通" + "あ" * 40 + "1234567", "1234567" + "あ" * 40 + "普通", "保険証 記号 12 番号 34"],
)
@pytest.mark.parametrize("pad", [0, 300])  # short texts are scanned whole; long ones in windows
def test_windowed_scan_equals_full_scan_on_edges(text, pad, monkeypatch):
    text = "あ" * pad + text + "。" * pad
    fast = _key(PIPELINE.analyze(text))
    monkeypatch.setattr(registry, "_windows", lambda *a, **k: None)
    assert fast == _key(PIPELINE.analyze(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="０１９－ー‐—～〜　ＡｚＴＥＬ：（）abc09-ー漢字カナ、。", max_size=80))
def test_textview_fold_equals_translate(text):
    v = TextView(text)
    ref = "".join(
        "-" if c == "ー" and 0 < i < len(text) - 1 and text[i - 1] in "0123456789０１２３４５６７８９"
        and text[i + 1] in "0123456789０１２３４５６７８９" else c
        for i, c in enumerate(text)
    ).translate(_TABLE)
    assert v.norm == ref and len(v.norm) == len(text)


def test_context_words_match_common_casings():
    rx = registry._alternation(["TEL", "電話"])
    assert all(rx.search(w) for w in ("TEL", "tel", "Tel", "電話"))
