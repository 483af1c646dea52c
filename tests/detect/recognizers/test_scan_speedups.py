"""The speed-ups in the core must not change any result.

The optimised pipeline (context/anchor windows from one shared context-word scan, validators
memoised per value, cheap checks before the veto, the cheaper resolve and text view) is compared
span for span — label, offsets, score, source, reason AND data — with a straightforward
reference: ``registry.SHORTCUTS = False`` makes every pattern recognizer run its original,
unoptimised loop (``PatternRecognizer._find_reference``: every pattern over the whole text, the
validator on every match), and the spans are resolved by the naive greedy rule written out
below."""
import random

import pytest
from hypothesis import given, settings, strategies as st

import tokumei.detect.registry as registry
from detect.recognizers._ident import PIPELINE
from tokumei.detect import DEFAULT_THRESHOLD
from tokumei.detect.textview import _TABLE, TextView
from tokumei.synth.documents import generate_documents


def _key(spans):
    return [(s.label, s.start, s.end, s.text, s.source, round(s.score, 6), s.reason, sorted((s.data or {}).items()))
            for s in spans]


def _naive_resolve(spans):
    """Issue #2's rule, without any data structure: by priority, keep what overlaps nothing kept."""
    order = sorted(spans, key=lambda s: (not s.validated, -(s.end - s.start), -s.score, s.start, s.label, s.source))
    kept = []
    for s in order:
        if s.end > s.start and all(s.end <= k.start or k.end <= s.start for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end, s.label))


def reference(text, monkeypatch):
    """Every registry recognizer over the whole normalised text, no shortcuts, naive resolve."""
    with monkeypatch.context() as m:
        m.setattr(registry, "SHORTCUTS", False)
        view = TextView(text)
        found = [s for rec in PIPELINE.recognizers for s in rec.find(view)]
    return _naive_resolve([s for s in found if s.score >= DEFAULT_THRESHOLD])


#: Hard negatives and near misses next to real identifiers (amounts, times, order numbers,
#: numbers one digit too long, failing check digits, context words without numbers …).
HARD = [
    "売上は1,200万円でした", "¥12,000", "￥１２，０００", "15%", "10:00-12:00", "受付時間 9:00～17:30", "2024年",
    "注文番号 123456789012", "注文番号：0312345678 電話", "請求書番号 INV-2024-0001", "伝票番号 4111111111111111",
    "第12条第3項", "品番 A-1234", "123456789011", "1234567890123", "4111111111111112", "v1.2.3",
    "version 1.2.3.4", "ISBN978-4-10-109205-8", "会員番号 12345678", "03-1234", "0120", "〒", "JANコード 4901234567894",
    "MAC 00:1B:44:11:3A:B7", "UUID 123e4567-e89b-12d3-a456-426614174000", "10.0.0.256", "合計 09012345678円",
    "普通 12345678", "口座 123456", "記号 1234 番号", "保険証 記号 番号 56", "旅券 TK123456", "在留カード AB1234567CD",
    "基礎年金番号 1234-5678901", "雇用保険 1234-567890-12", "事業所番号 1234-567890-1 雇用保険", "運転免許 1234567890123",
    "電話 03-1234-56789", "TEL 0120-123-4567", "+81 3 1234 5678 9", "メール a@b", "x@y.c", "https://", "www.",
    "個人番号 1234 5678 9018", "マイナンバー 123456789018", "法人番号 7000012050002", "〒100-8914", "郵便番号 1008914",
    "カード 4111 1111 1111 1111", "接続元 192.168.0.1", "2001:db8::1", "ゆうちょ 記号12345-12345678",
    "1234567" + "あ" * 40 + "普通", "普通" + "x" * 200 + "1234567", "a" * 300 + "@example.com",
]


@pytest.fixture(scope="module")
def docs() -> list[str]:
    return [d.text for d in generate_documents(300, seed=11)]


def test_optimised_equals_reference_per_document(docs, monkeypatch):
    total = 0
    for text in docs + HARD:
        fast = PIPELINE.analyze(text)
        assert _key(fast) == _key(reference(text, monkeypatch)), text
        total += len(fast)
    assert total > 2000  # the documents are full of identifiers: the comparison is not vacuous


def test_optimised_equals_reference_on_long_text(docs, monkeypatch):
    rng = random.Random(3)
    # glue documents and hard negatives with no separator now and then, so that windows and
    # pre-scan candidates meet text from both sides; long enough for the windowed paths
    parts = docs + HARD * 3
    rng.shuffle(parts)
    corpus = "".join(p + rng.choice(["\n", "", " ", "。", "、"]) for p in parts)
    fast = PIPELINE.analyze(corpus)
    assert len(fast) > 2000
    assert _key(fast) == _key(reference(corpus, monkeypatch))


@pytest.mark.parametrize("text", HARD[-12:] + ["保険証 記号 12 番号 34", "普通 " + "1" * 300])
@pytest.mark.parametrize("pad", [0, 300])  # short texts are scanned whole; long ones in windows
def test_optimised_equals_reference_on_edges(text, pad, monkeypatch):
    text = "あ" * pad + text + "。" * pad
    assert _key(PIPELINE.analyze(text)) == _key(reference(text, monkeypatch))


def test_naive_resolve_prefers_validated_then_longer():
    from tokumei.span import Span

    a = Span("PHONE", 0, 12, "x" * 12, 0.9, "a", "")
    b = Span("MY_NUMBER", 0, 12, "x" * 12, 0.6, "b", "", data={"validated": True})
    c = Span("URL", 10, 30, "x" * 20, 0.9, "c", "")
    assert [s.source for s in _naive_resolve([a, b, c])] == ["b"]


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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789-－ 　普通口座電話TEL〒@.:abAB記号番号保険証旅券在留あ。\n", max_size=120))
def test_optimised_equals_reference_on_arbitrary_text(text):
    import pytest as _pytest

    with _pytest.MonkeyPatch.context() as mp:
        assert _key(PIPELINE.analyze(text)) == _key(reference(text, mp))


def test_context_words_match_common_casings():
    rx = registry._alternation(["TEL", "電話"])
    assert all(rx.search(w) for w in ("TEL", "tel", "Tel", "電話"))


#: Patterns rewritten from "look-behind first" to "character first, look-behind after it" (``re``
#: then skips ahead to candidate characters instead of trying the look-behind at every position).
_REWRITTEN = {
    ("jp.bank_account.v1", 0): r"(?<![\d\-.,])\d{7}(?![\d\-]|[.,]\d|円)",
    ("jp.bank_account.v1", 1): r"(?<![\d\-.,])1\d{4}[- ]\d{6,8}(?![\d\-])",
    ("jp.drivers_license.v1", 0): r"(?<![\d\-.,])\d{12}(?![\d\-]|[.,]\d)",
    ("jp.drivers_license.v1", 1): r"(?<![\d\-.,])\d{4}[- ]\d{4}[- ]\d{4}(?![\d\-]|[.,]\d)",
    ("jp.employment_insurance_number.v1", 0): r"(?<![\d\-.,])\d{4}[- ]\d{6}[- ]\d(?![\d\-]|[.,]\d)",
    ("jp.employment_insurance_number.v1", 1): r"(?<![\d\-.,])\d{11}(?![\d\-]|[.,]\d)",
    ("jp.health_insurance_number.v1", 0): r"(?<![\d\-.,])\d{8}(?![\d\-]|[.,]\d)",
    ("jp.health_insurance_number.v1", 1): r"(?<![\d\-.,])\d{6}(?![\d\-]|[.,]\d)",
    ("jp.passport.v1", 0): r"(?<![A-Za-z0-9\-])[A-Z]{2}\d{7}(?![A-Za-z0-9\-])",
    ("jp.pension_number.v1", 0): r"(?<![\d\-.,])\d{4}[- ]\d{6}(?![\d\-]|[.,]\d)",
    ("jp.pension_number.v1", 1): r"(?<![\d\-.,])\d{10}(?![\d\-]|[.,]\d)",
}


def _patterns(name):
    import sys

    rec = registry.get(name)
    inner = rec if isinstance(rec, registry.PatternRecognizer) else sys.modules[type(rec).__module__]._INNER
    return inner.patterns


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0111112-., 円あABZ٣\n", max_size=40), st.data())
def test_class_first_rewrites_equal_the_original_patterns(text, data):
    import re

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for (name, i), old in _REWRITTEN.items():
        new = re.compile(_patterns(name)[i].regex)
        assert new.pattern != old
        assert [m.span() for m in re.compile(old).finditer(text, lo, hi)] == [m.span() for m in new.finditer(text, lo, hi)]


def _edge_reference(norm, i, step):
    """The window edge rule, one character at a time: off a run of at most 256 ASCII non-space
    characters; on the right 2 more for look-aheads."""
    limit = 256
    if step < 0:
        while i > 0 and limit and norm[i - 1].isascii() and not norm[i - 1].isspace():
            i, limit = i - 1, limit - 1
        return i
    while i < len(norm) and limit and norm[i].isascii() and not norm[i].isspace():
        i, limit = i + 1, limit - 1
    return min(len(norm), i + 2)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 \n\x1cあ漢-", max_size=300), st.integers(0, 600), st.data())
def test_windows_are_exactly_the_merged_ranges_with_ascii_edges(text, pad, data):
    """Windows too wide would still give the same spans (just slowly): pin them down exactly."""
    text = "a" * pad + text
    n = len(text)
    starts = sorted(data.draw(st.lists(st.integers(0, n), max_size=12)))
    ranges = [(s, min(n, s + data.draw(st.integers(0, 6)))) for s in starts]
    left, right = data.draw(st.integers(0, 80)), data.draw(st.integers(0, 80))
    expected = []
    for s, e in ranges:
        lo, hi = max(0, s - left), min(n, e + right)
        if expected and lo <= expected[-1][1]:
            expected[-1] = (expected[-1][0], max(hi, expected[-1][1]))
        else:
            expected.append((lo, hi))
    expected = [(_edge_reference(text, lo, -1), _edge_reference(text, hi, 1)) for lo, hi in expected]
    assert registry._merge(text, ranges, left, right) == expected
    assert registry._merge(text, ranges, left, right, TextView(text)) == expected


def _view_reference(text):
    """Character by character: ー between digits → '-', NFKC for compatibility characters, the
    1:1 table for the rest; starts[j] = original index of norm character j."""
    import unicodedata

    from tokumei.detect.textview import _COMPAT

    digits = "0123456789０１２３４５６７８９"
    norm, starts = [], []
    for i, c in enumerate(text):
        if c == "ー" and 0 < i < len(text) - 1 and text[i - 1] in digits and text[i + 1] in digits:
            c = "-"
        c = c.translate(_TABLE)
        if _COMPAT.match(c):
            c = unicodedata.normalize("NFKC", c).translate(_TABLE) or c
        norm.append(c)
        starts.extend([i] * len(c))
    return "".join(norm), starts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="０１９－ー‐—～〜　ＡｚＴＥＬ：（）abc09-漢字カナ、。①㈱ｶﾞ㍻\u00a0\0", max_size=60))
def test_textview_equals_character_by_character_reference(text):
    v = TextView(text)
    norm, starts = _view_reference(text)
    assert v.norm == norm
    assert [v.span(j, j + 1)[0] for j in range(len(norm))] == starts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789-- .,:aA円\n", max_size=120))
def test_shared_digit_prescan_gives_each_pattern_its_own_matches(text):
    pre = PIPELINE._prescan
    assert pre is not None and len(pre.index) >= 3  # My Number, card and corporate number at least
    view = TextView(text)
    for rx in pre.index:
        assert pre.spans(view, rx) == [m.span() for m in rx.finditer(text)]


#: jp/date.py before the speed-up: ``_MD_SLASH`` started with a look-behind and two never-matching
#: year groups; ``_KANJI_FORM`` and ``_SEP_FORM`` scanned the whole text.
_OLD_MD_SLASH = r"(?<![\d/.\-:A-Za-z])(?:(?P<y>(?!))|(?P<era>(?!)))?(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/.]|[ ]?[%分割倍])"
_DATE_ALPHABET = "0123456789１２/.-年月日間内（）() 令和平成昭明治大正元SHRMTx四十一〇二三百千:%分割倍生\n"


def _date_matches(matches, names):
    return [(m.span(), tuple(m.groupdict().get(k) for k in names)) for m in matches]


def _date_texts():
    from detect.recognizers import test_date

    texts = []
    for name in dir(test_date):
        fn = getattr(test_date, name)
        for mark in getattr(fn, "pytestmark", []):
            if mark.name == "parametrize":
                for row in mark.args[1]:
                    texts.extend(v for v in (row if isinstance(row, tuple) else (row,)) if isinstance(v, str))
    return texts


def _assert_date_scans_equal(text):
    import re

    from tokumei.detect.recognizers.jp import date

    names = ("y", "era", "ey", "era2", "ey2", "y2", "m", "d", "s")
    for rx, hit, near in ((date._KANJI_FORM, date._KANJI_HIT, date._KANJI_NEAR),
                          (date._SEP_FORM, date._SEP_HIT, date._SEP_NEAR)):
        assert _date_matches(date._finditer_near(rx, text, hit, near), names) == _date_matches(rx.finditer(text), names)
    old = re.compile(_OLD_MD_SLASH)
    assert _date_matches(date._MD_SLASH.finditer(text), names) == _date_matches(old.finditer(text), names)
    assert _date_matches(date._finditer_near(date._MD_SLASH, text, date._MD_HIT, date._MD_NEAR), names) == \
        _date_matches(old.finditer(text), names)


def test_date_scans_equal_the_whole_text_scans_on_the_date_tables():
    texts = _date_texts() + ["二〇二四〇〇 年 ( 令和 三十一 年 ) 十二 月 三十一 日", "令和 三十一 年 ( 2049 年 ) 十二 月 三十一 日",
                             "(平成 31 年) 4 月 30 日", "1 9 8 5.4.1", "H 元.1.8", "平成元.1.8", "明治45.7.30"]
    assert len(texts) > 50
    for text in texts:
        view = TextView(text)
        _assert_date_scans_equal(view.norm)
        _assert_date_scans_equal("あ" * 100 + view.norm + "x" * 100)  # windows away from the text's ends
    _assert_date_scans_equal(TextView("。".join(texts) * 3).norm)  # many windows, merged and apart


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_DATE_ALPHABET, max_size=200), st.integers(0, 80))
def test_date_scans_equal_the_whole_text_scans_on_random_text(text, pad):
    _assert_date_scans_equal("あ" * pad + text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["2024/4/1", "S60.4.1", "H元.1.8", "令和6年4月1日", "2024年（令和6年）4月1日",
                                 "4/1", "1/2", "12月", "三月五日", "3年間", "10.0.0.1", "1-2-3-4", "v1.2.3",
                                 "あ" * 30, "x" * 60, " ", "-", "/", "\n", "9",
                                 # the longest forms, spaces wherever allowed: 28 characters before 月
                                 "二〇二四〇〇 年 ( 令和 三十一 年 ) 十二 月 三十一 日", "令和 三十一 年 ( 2049 年 ) 十二 月 三十一 日"]),
                max_size=40))
def test_date_scans_equal_the_whole_text_scans_on_glued_dates(parts):
    _assert_date_scans_equal("".join(parts))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8), st.sampled_from(["PHONE", "EMAIL", "URL"]),
                          st.sampled_from([0.5, 0.7, 0.9]), st.booleans()), max_size=12),
       st.booleans())
def test_resolve_equals_the_naive_greedy_rule(rows, spread):
    """resolve (with its no-overlap fast path) keeps what the naive greedy rule keeps, in order;
    ``spread`` moves the spans apart so that the no-overlap case is common too."""
    from tokumei.detect.resolve import resolve
    from tokumei.span import Span

    spans = [Span(label, start * (10 if spread else 1), start * (10 if spread else 1) + length, "x" * length, score,
                  f"src{i}", "", data={"validated": True} if validated else None)
             for i, (start, length, label, score, validated) in enumerate(rows)]
    assert resolve(spans) == _naive_resolve(spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="〒〶hw 0123-4567ttps:/.ex.jpあ@(+記号番枝 ", max_size=60))
def test_literal_first_character_variants_find_the_patterns_matches(text):
    """A pattern starting with [〒〶] / [hw] is scanned with its variant for the one character of
    the class that occurs (none: no scan): same matches as the pattern itself."""
    import sys

    recs = [r for r in PIPELINE.recognizers if isinstance(r, registry.PatternRecognizer)]
    recs += [sys.modules[type(r).__module__]._INNER for r in PIPELINE.recognizers
             if hasattr(sys.modules[type(r).__module__], "_INNER")]
    checked = 0
    for rec in recs:
        for rx, variants in rec._variants.items():
            present = [v for c, v in variants if c in text]
            expected = [m.span() for m in rx.finditer(text)]
            if not present:
                assert expected == []
            elif len(present) == 1:
                assert [m.span() for m in present[0].finditer(text)] == expected
            checked += 1
    assert checked >= 10  # [〒〶], [hw], and the patterns starting with 0, (, +, 記号, 番号, 1
    assert _key(PIPELINE.analyze(text)) == _key(reference(text, pytest.MonkeyPatch()))


def _gate_words():
    registry.all_recognizers()
    return sorted(frozenset().union(*registry._CONTEXT_GATES))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_gate_words() + ["あ", " ", "番号", "保険", "年金", "x", "被保険", "基礎"]), max_size=30))
def test_combined_context_scan_as_prefix_tree_equals_the_alternation(parts):
    """The shared context-word scan (a prefix-tree regex) finds the same words at the same places
    as the longest-first alternation of the words."""
    text = "".join(parts)
    tree = registry._combined_gate()[0]
    alternation = registry._literal_alternation(_gate_words())
    assert [(m.span(), m.group()) for m in tree.finditer(text)] == \
        [(m.span(), m.group()) for m in alternation.finditer(text)]
