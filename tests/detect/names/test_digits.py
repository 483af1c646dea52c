"""The names tiers read digits as a class (tokumei.detect.names.digits)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tokumei.detect import analyze
from tokumei.detect.names import digits as D
from tokumei.detect.textview import TextView
from tokumei.span import Span


@given(st.text(alphabet="0123456789０１２３４５６７８９山田花子-（） 年様TEL", max_size=40))
@settings(max_examples=200, deadline=None)
def test_blind_keeps_every_offset_and_every_other_character(text: str) -> None:
    b = D.blind(text)
    assert len(b) == len(text)
    for a, c in zip(text, b):
        if a in "0123456789":
            assert c == "5"
        elif a in "０１２３４５６７８９":
            assert c == "５"
        else:
            assert c == a


class _Counting:
    """A finder that records the texts it saw and marks the first kanji run as a PERSON."""

    __name__ = "counting"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, view: TextView) -> list[Span]:
        t = view.original
        self.seen.append(t)
        i = next((k for k, ch in enumerate(t) if "\u4e00" <= ch <= "\u9fff"), None)
        if i is None:
            return []
        j = i
        while j < len(t) and ("\u4e00" <= t[j] <= "\u9fff" or t[j].isdigit()):
            j += 1
        return [Span("PERSON", i, j, t[i:j], 0.9, "test", "r", data={"canonical": t[i:j], "tier": 1})]


def test_texts_that_differ_only_in_digits_run_the_tier_once() -> None:
    inner = _Counting()
    f = D.digit_blind(inner)
    a = f(TextView("紹介者 小野正樹 090-3229-1214"))
    b = f(TextView("紹介者 小野正樹 080-6839-3348"))
    assert inner.seen == ["紹介者 小野正樹 555-5555-5555"]  # the tier saw the blind text, once
    assert [(s.start, s.end, s.text) for s in a] == [(s.start, s.end, s.text) for s in b] == [(0, 3, "紹介者")]


@pytest.mark.parametrize("text, want", [
    ("第41師団長", "第41師団長"),       # the span covers digits: its text and data come from the original
    ("第１２部隊", "第１２部隊"),       # full-width digits
])
def test_spans_get_the_original_characters_back(text: str, want: str) -> None:
    f = D.digit_blind(_Counting())
    (s,) = f(TextView(text))
    assert s.text == want == text[s.start:s.end]
    assert s.data == {"canonical": want, "tier": 1}


def test_texts_without_digits_go_straight_to_the_tier() -> None:
    inner = _Counting()
    f = D.digit_blind(inner)
    f(TextView("山田花子"))
    f(TextView("山田花子"))
    assert inner.seen == ["山田花子", "山田花子"]  # nothing kept: a scan caches whole cells already


def test_long_texts_are_not_kept(monkeypatch) -> None:
    monkeypatch.setattr(D, "CACHE_CHARS", 10)
    inner = _Counting()
    f = D.digit_blind(inner)
    f(TextView("山田花子 電話 090-1234-5678"))
    f(TextView("山田花子 電話 090-1234-5679"))
    assert len(inner.seen) == 2


def test_the_least_recently_used_result_goes_first(monkeypatch) -> None:
    monkeypatch.setattr(D, "CACHE_SIZE", 2)
    inner = _Counting()
    f = D.digit_blind(inner)
    for t in ["山田1", "佐藤1", "山田2", "鈴木1", "山田3", "佐藤2"]:
        f(TextView(t))
    # 山田 stays (used again before 鈴木 came), 佐藤 was dropped when 鈴木 arrived
    assert inner.seen == ["山田5", "佐藤5", "鈴木5", "佐藤5"]


def test_clear_caches_forgets() -> None:
    inner = _Counting()
    f = D.digit_blind(inner)
    f(TextView("山田1"))
    D.clear_caches()
    f(TextView("山田2"))
    assert len(inner.seen) == 2


@pytest.mark.parametrize("a, b", [
    ("紹介者: 小野正樹様 折り返し 090-3229-1214", "紹介者: 小野正樹様 折り返し 070-1632-1559"),
    ("株式会社みどり設備 第2営業部 山口 純一（45）", "株式会社みどり設備 第7営業部 山口 純一（38）"),
    ("〒530-0001 大阪市北区梅田1丁目3-1 梅田ビル2階 田中", "〒100-0005 大阪市北区梅田3丁目9-8 梅田ビル7階 田中"),
])
def test_the_default_pipeline_finds_the_same_names_whatever_the_digits(a: str, b: str) -> None:
    names = ("PERSON", "ORGANIZATION", "LOCATION")
    sa = [(s.label, s.start, s.end) for s in analyze(a) if s.label in names]
    sb = [(s.label, s.start, s.end) for s in analyze(b) if s.label in names]
    assert sa and sa == sb
    assert all(s.text == a[s.start:s.end] for s in analyze(a))


def test_identifiers_still_read_the_real_digits() -> None:
    # a valid mobile number is a PHONE; 010 is not a Japanese number prefix libphonenumber accepts
    assert "PHONE" in {s.label for s in analyze("折り返し連絡先 090-3229-1214")}
    assert "PHONE" not in {s.label for s in analyze("折り返し連絡先 010-3229-1214")}
