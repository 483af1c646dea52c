"""SudachiPy adapter: byte-limited chunks at safe boundaries, exact offsets on huge inputs."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect.names.tokens import MAX_BYTES, chunks, tokenize, tokenizer
from tokumei.detect.names.rules import find_names
from tokumei.detect.textview import TextView


def _check_chunks(text: str, limit: int) -> list[tuple[int, int]]:
    got = list(chunks(text, limit))
    assert got[0][0] == 0 and got[-1][1] == len(text)
    for (a, b), (c, _) in zip(got, got[1:]):
        assert b == c
    for a, b in got:
        assert a < b and len(text[a:b].encode("utf-8")) <= limit
    return got


def test_tokenizer_is_a_singleton():
    assert tokenizer() is tokenizer()


@pytest.mark.parametrize(
    "text, limit, cuts",
    [
        ("あいう。えおか。きく", 24, [8]),  # after the sentence end, not mid-sentence
        ("あいうえ、おかきく", 18, [5]),  # no sentence end: after 、
        ("あいう山田えお", 15, [3]),  # no punctuation: at hiragana → kanji
        ("漢字漢字漢字", 9, [3]),  # nothing better: a hard cut
        ("葛\U000E0100飾葛\U000E0100飾", 9, [2, 3, 5]),  # never cut before a variation selector
    ],
)
def test_chunk_boundaries(text, limit, cuts):
    got = _check_chunks(text, limit)
    assert [b for _, b in got[:-1]] == cuts


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="山田太郎さんは。、 abcA1\n\U000E0100ー", min_size=1, max_size=300), st.integers(8, 60))
def test_chunks_cover_text_exactly_under_the_byte_limit(text, limit):
    _check_chunks(text, limit)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="山田太郎花子さん社長株式会社ミライ商事は。、が ｱｲ㈱①ABC０１", max_size=120))
def test_token_and_span_offsets_point_into_the_original(text):
    for t in tokenize(text):
        assert text[t.start : t.end] == t.surface
    for s in find_names(TextView(text)):
        assert text[s.start : s.end] == s.text


def test_200kb_document_every_name_found_at_every_chunk_boundary():
    names = ["山田太郎", "佐藤花子", "鈴木一郎", "田中健一"]
    parts, expect = [], []
    pos = 0
    i = 0
    while pos < 210_000:
        name = names[i % 4]
        sent = f"{name}さんは来た。"
        expect.append((pos, pos + len(name), name))
        parts.append(sent)
        pos += len(sent)
        i += 1
    text = "".join(parts)
    assert len(text.encode("utf-8")) > 3 * MAX_BYTES  # several chunks
    got = {(s.start, s.end, s.text) for s in find_names(TextView(text)) if s.label == "PERSON"}
    assert set(expect) <= got
    bounds = [b for _, b in chunks(text)][:-1]
    assert len(bounds) >= 3
    for b in bounds:  # a name begins right at each boundary
        assert any(a == b for a, _, _ in expect)


def test_100kb_sentence_without_punctuation_is_processed_with_exact_offsets():
    unit = "山田太郎さんと"
    text = unit * (100_000 // len(unit) + 1)
    spans = [s for s in find_names(TextView(text)) if s.label == "PERSON"]
    assert all(text[s.start : s.end] == s.text for s in spans)
    # cuts fall between と and 山 (hiragana → kanji), so no name is split
    assert len(spans) == text.count("山田太郎")
    assert all(s.text == "山田太郎" for s in spans)


def test_pure_kanji_megastring_does_not_crash():
    text = "山田太郎" * 30_000  # no boundary at all: hard cuts, but never an error
    toks = tokenize(text)
    assert "".join(t.surface for t in toks) == text


def test_full_pipeline_on_a_long_document_keeps_offsets_exact():
    from tokumei import analyze

    unit = "株式会社ミライ商事の山田太郎社長（電話03-3581-1234）に確認した。同社の佐藤さんも同席。\n"
    text = unit * 1500  # ≈ 75,000 chars, ≈ 220 KB
    spans = analyze(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    per = [s for s in spans if s.label == "PERSON" and not (s.data or {}).get("reference")]
    assert sum(1 for s in per if s.text == "山田太郎") == 1500
    assert sum(1 for s in per if s.text == "佐藤") == 1500
    assert sum(1 for s in spans if s.text == "同社" and s.data.get("reference")) == 1500


def test_threads_share_the_dictionary_but_not_a_tokenizer():
    from concurrent.futures import ThreadPoolExecutor

    text = "山田太郎さんは株式会社ミライ商事の社長です。" * 100
    want = len(tokenize(text))
    with ThreadPoolExecutor(4) as ex:  # one tokenizer shared by threads fails with "Already borrowed"
        assert set(ex.map(lambda _: len(tokenize(text)), range(40))) == {want}


@pytest.mark.parametrize(
    "short, long_text",
    [
        ("紹介者: 小野正樹様", "株式会社ミライ商事の森永健吾が説明した。" * 40),  # a database cell after a long document
        ("山田太郎さん", "あ" * 600),
    ],
)
def test_a_long_text_gets_its_own_tokenizer_and_short_ones_keep_a_small_lattice(short, long_text):
    # SudachiPy clears the lattice of the longest input it has seen before every input: a long text
    # in the short texts' tokenizer would make every later short call pay for it
    from tokumei.detect.names import tokens as T

    assert len(short) <= T.LONG < len(long_text)
    before = T._tokenize(short, False)
    got = T._tokenize(long_text, False)
    assert T._long_tokenizer()[0] is not tokenizer()
    assert "".join(t.surface for t in got) == long_text
    assert T._tokenize(short, False) == before
