"""The recognizers' first-character pre-check (:mod:`tokumei.detect.firstchars`) never changes a result.

The Analyzer skips a pattern recognizer when the text holds none of the characters its patterns can
start with. Two properties make that safe, and both are checked on random mixed text: every match of
every registered pattern starts with a character of its recognizer's class, and the analyzer with
the pre-checks finds exactly the spans (every field) of the same analyzer without them."""
from __future__ import annotations


import pytest
from hypothesis import given, settings, strategies as st

from tokumei.detect import Analyzer, _gate
from tokumei.detect.firstchars import first_class
from tokumei.detect.registry import PatternRecognizer, RefiningRecognizer, all_recognizers


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![0-9])[0-9]{4}", "[0-9]"),
    (r"〒?[0-9]{3}-?[0-9]{4}", "[0-9〒]"),  # an optional first item adds the next one's characters
    (r"(?:TEL|電話)[:：]?0\d", "[T電]"),
    (r"記号[ :：]*(?P<v>1\d{4})", "[記]"),
    (r"\b(?=[A-Z])[A-Z]{2}\d{7}", "[A-Z]"),  # zero-width items consume nothing
    (r"(?:[a-z]+)?@", "[@a-z]"),
    (r"\d{3}", r"[\d]"),  # \d stays \d (Unicode digits), not [0-9]
])
def test_first_class_table(pattern, expected):
    assert first_class(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r".+@",  # any character
    r"[^0-9]+",  # negated class
    r"(?i)tel\d",  # case folding: t matches T
    r"(?i:tel)\d",
    r"a*",  # can match the empty string
    r"(a)?\1b",  # back-reference
])
def test_first_class_gives_up_when_it_cannot_bound_the_first_character(pattern):
    assert first_class(pattern) is None


_ALPHABET = st.sampled_from(list("0123456789０１２３-‐ー－()（）+〒〶@._ :：、。 \nabcxyzABCXYZ記号番保険者個人電話TELhttpswww")
                            + ["山田", "東京都", "03-1234-5678", "090", "1234 5678 9012 3456", "記号 12345 番号 123456",
                               "〒100-0001", "tel:", "https://", "AB1234567", "令和5年", "個人番号"])
_TEXTS = st.lists(_ALPHABET, max_size=40).map("".join)

_GATED = [(rec, _gate(rec)) for rec in all_recognizers() if _gate(rec) is not None]


def test_most_identifier_recognizers_have_a_pre_check():
    # the point of the pre-check: digit-only recognizers are not called on text without digits
    names = {rec.name for rec, _ in _GATED}
    assert {"jp.my_number.v1", "jp.credit_card.v1", "jp.phone.v1", "jp.postal_code.v1"} <= names


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_every_match_starts_with_a_character_of_the_class(text):
    from tokumei.detect.textview import TextView

    norm = TextView(text).norm
    for rec, gate in _GATED:
        inner = rec if isinstance(rec, PatternRecognizer) else rec.inner  # type: ignore[union-attr]
        assert isinstance(inner, PatternRecognizer) and (rec is inner or isinstance(rec, RefiningRecognizer))
        for rx in inner._compiled:  # type: ignore[attr-defined]
            for m in rx.finditer(norm):
                if m.end() > m.start():
                    assert gate.fullmatch(norm[m.start()]), (rec.name, rx.pattern, m.group())


def _key(spans):
    return [(s.label, s.start, s.end, s.text, s.score, s.source, s.reason, sorted((s.data or {}).items()))
            for s in spans]


_WITH = Analyzer(finders=[], post=[])
_WITHOUT = Analyzer(finders=[], post=[])
_WITHOUT._gates.update({id(rec): None for rec in _WITHOUT.recognizers})  # no recognizer has a pre-check


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_pre_checks_never_change_the_spans(text):
    assert _key(_WITH.analyze(text)) == _key(_WITHOUT.analyze(text))


@pytest.mark.parametrize("text", [
    "電話は03-3581-1234まで",
    "〒100-8914 東京都千代田区永田町1-6-1",
    "個人番号 1234 5678 9018",
    "記号 12345 番号 1234567",
    "メールは yamada@example.co.jp へ",
    "旅券番号 TK1234567",
])
def test_texts_with_identifiers_are_found_with_and_without_pre_checks(text):
    spans = _WITH.analyze(text)
    assert spans  # the sample holds an identifier the pre-check must not hide
    assert _key(spans) == _key(_WITHOUT.analyze(text))


def test_a_text_without_a_first_character_does_not_call_the_recognizer(monkeypatch):
    calls = []
    rec = next(r for r, _ in _GATED if r.name == "jp.my_number.v1")
    an = Analyzer(recognizers=[rec], finders=[], post=[])
    monkeypatch.setattr(type(rec), "find", lambda self, view: calls.append(view.original) or [])
    an.analyze("数字のない文です。")
    an.analyze("番号は１２３です。")  # full-width digits: the view folds them to 123, so it is called
    assert calls == ["番号は１２３です。"]
