"""The fast full scan (routing in tokumei.scan.route, column tallies in classify.tally) gives
exactly the results of the per-value path it replaced (every cell through every recognizer,
observed one by one)."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tokumei.detect import default_analyzer
from tokumei.detect.textview import TextView
from tokumei.scan import classify, lanes, tasks
from tokumei.scan.route import may_have_digit, needs_digit, pattern_needs_digit
from tokumei.scan.scanner import ScanOptions, scan
from tokumei.scan.tasks import TablePart, scan_rows, scan_rows_reference
from tokumei.synth.customers import COLUMNS, customer_rows, write_customers


@pytest.mark.parametrize("regex, needs", [
    (r"\d{3}-\d{4}", True),
    (r"[0-9０-９]{12}", True),
    (r"(?:TEL|電話)?0\d{1,4}", True),
    (r"[A-Z]{2}\d{7}", True),
    (r"\d*", False),  # may match nothing
    (r"[A-Z0-9]{8}", False),  # may be letters only
    (r"(?:\d{4}|[一二三]年)", False),  # one branch without a digit
    (r"(?=\d)[A-Z]+", False),  # a look-ahead consumes nothing
    (r"[^a-z]{3}", False),
    (r"〒\d{3}", True),
])
def test_pattern_needs_digit(regex, needs):
    assert pattern_needs_digit(regex) is needs


@pytest.mark.parametrize("text, may", [
    ("氏名：山田 太郎", False), ("ヤマダ タロウ", False), ("一丁目", False),
    ("電話：０９０", True), ("090", True), ("①番", True), ("⑴", True), ("㈱ミライ", True),
])
def test_may_have_digit(text, may):
    assert may_have_digit(text) is may


# letters, kana, kanji, punctuation and fold-able characters, no digits
_NO_DIGITS = st.lists(st.sampled_from(list("abcXYZ@.-_:/ ＡＢｰー－―〜あいうアイウｱｲｳ山田東京都区町丁目番号電話〒㈱℡№")
                                      + ["TEL", "携帯", "カード", "口座", "旅券"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NO_DIGITS)
def test_skipped_recognizers_find_nothing_without_digits(text):
    """The proof in route.py, checked: on text without a digit, no skipped recognizer finds anything."""
    view = TextView(text)
    if may_have_digit(text):
        return
    assert not any(c.isdigit() for c in view.norm)
    for rec in default_analyzer().recognizers:
        if needs_digit(rec):
            assert list(rec.find(view)) == [], rec.name


def test_identifier_recognizers_are_routed():
    names = {r.name for r in default_analyzer().recognizers if needs_digit(r)}
    assert {"jp.phone.v1", "jp.credit_card.v1", "jp.my_number.v1", "jp.postal_code.v1"} <= names
    assert not names & {"jp.date.v1", "jp.address.v1", "generic.email.v1"}
    full, _, routed, _ = classify._analyzers(None)  # the pipeline a digit-less cell goes through
    assert {r.name for r in full.recognizers} - {r.name for r in routed.recognizers} == names


@pytest.fixture
def reference(monkeypatch):
    """Switch to the reference path: all recognizers on every cell, observed one by one."""
    # the keyed lanes (lanes.py) stay on: their facts are the pipeline's own, so the counts must be
    # equal; the shape lanes decide names and addresses by shape (tests/scan/test_lanes.py)
    monkeypatch.setattr(lanes, "SHAPES", False)

    def use(on: bool) -> None:
        classify.clear_cache()
        monkeypatch.setattr(classify, "ROUTE", not on)
        monkeypatch.setattr(tasks, "scan_rows", scan_rows_reference if on else scan_rows)
    yield use
    classify.clear_cache()


def _stats(rows, columns, reference, on: bool) -> TablePart:
    reference(on)
    return tasks.scan_rows(("t", "t"), columns, rows)


def _inventory(target, reference, on: bool) -> dict:
    reference(on)
    inv = scan([str(target)], ScanOptions(sample=None, workers=1))
    out = {k: v for k, v in inv.items() if k not in {"created_at", "created_at_jst"}}
    out["summary"] = {k: v for k, v in inv["summary"].items() if k != "created_at_jst"}  # the clock, not the scan
    return out


def test_customer_table_counts_identical(reference):
    rows = list(customer_rows(400, seed=5))
    rows[7] = rows[7][:-1] + ("長い備考" * 1100,)  # a huge cell: E602 and the truncated count
    fast, ref = _stats(rows, list(COLUMNS), reference, False), _stats(rows, list(COLUMNS), reference, True)
    assert fast.issues == ref.issues and len(ref.issues) == 1
    assert fast.rows == ref.rows == 400
    for name, a, b in zip(COLUMNS, fast.stats, ref.stats):
        assert a == b, name
    assert fast.groups == ref.groups


def test_shop_tables_counts_identical(shop_sqlite, reference):
    con = sqlite3.connect(shop_sqlite)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert len(tables) > 3
        for t in tables:
            cur = con.execute(f'SELECT * FROM "{t}"')
            columns = [d[0] for d in cur.description]
            rows = cur.fetchall()
            fast, ref = _stats(rows, columns, reference, False), _stats(rows, columns, reference, True)
            assert [a == b for a, b in zip(fast.stats, ref.stats)] == [True] * len(columns), t
            assert fast.groups == ref.groups, t
    finally:
        con.close()


def test_shop_inventory_identical(shop_sqlite, reference):
    assert _inventory(shop_sqlite, reference, False) == _inventory(shop_sqlite, reference, True)


def test_customer_inventory_identical(tmp_path, reference):
    path = write_customers(tmp_path / "c.sqlite", 300, seed=2)
    assert _inventory(path, reference, False) == _inventory(path, reference, True)


def test_examples_path_identical(reference):
    rows = list(customer_rows(120, seed=6))
    reference(False)
    fast = tasks.scan_rows(("t", "t"), list(COLUMNS), rows, examples=True)
    reference(True)
    ref = tasks.scan_rows(("t", "t"), list(COLUMNS), rows, examples=True)
    assert fast.stats == ref.stats and any(st.examples for st in ref.stats)


def _kinds_reference(text: str) -> frozenset:
    """sensitive_kinds without the first-character pre-filter: the whole alternation, always."""
    import unicodedata

    from tokumei.scan import sensitive

    norm = unicodedata.normalize("NFKC", text)
    return frozenset(k for m in sensitive._RX.finditer(norm) if not sensitive._NEG.match(norm, m.end(), m.end() + 6)
                     for k in sensitive._KIND_OF[m.group()])


_NOTE_PIECES = sorted({w for _, ws in __import__("tokumei.scan.sensitive", fromlist=["WORDS"]).WORDS.values()
                       for w in ws})[::3] + list("0123456789-@.abcDVH 山田様なしは、。ＨＩＶｄｖ①")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NOTE_PIECES), max_size=12).map("".join))
def test_sensitive_prefilter_same_kinds(text):
    from tokumei.scan.sensitive import sensitive_kinds

    assert sensitive_kinds(text) == _kinds_reference(text)


@pytest.mark.parametrize("text", ["090-1234-5678", "member1@example.co.jp", "ＨＩＶ陽性", "DVD", "ｄｖ被害",
                                  "腎臓病で透析中", "持病なし", "車いす利用", "4637-5027-1260-2463"])
def test_sensitive_prefilter_table(text):
    from tokumei.scan.sensitive import sensitive_kinds

    assert sensitive_kinds(text) == _kinds_reference(text)


def test_cache_admission_and_eviction_same_counts(reference, monkeypatch):
    """A column of unique values stops filling the cache (phone, e-mail …) while a repeated one keeps
    its entries; a full cache drops its oldest quarter. Counts stay those of the reference path."""
    rows = list(customer_rows(600, seed=8))
    ref = _stats(rows, list(COLUMNS), reference, True)
    reference(False)
    monkeypatch.setattr(lanes, "ON", False)  # every cell through the cache, as before the lanes
    monkeypatch.setattr(classify, "ADMIT_AFTER", 100)
    monkeypatch.setattr(classify, "_CACHE_MAX", 2000)
    fast = TablePart(("t", "t"), [])
    for i in range(0, 600, 150):  # four chunks, as four partitions of one process
        part = tasks.scan_rows(("t", "t"), list(COLUMNS), rows[i:i + 150])
        fast.stats = part.stats if not fast.stats else [a.merge(b) for a, b in zip(fast.stats, part.stats)]
    assert fast.stats == ref.stats
    cached = {c for c, _ in classify._CACHE}
    assert "性別" in cached and "会員ランク" in cached  # repeated values stay
    seen = classify._SEEN["メール"]
    assert seen[0] == 600 and seen[1] == 0
    assert sum(c == "メール" for c, _ in classify._CACHE) <= 150  # admitted until the first chunk showed no repeats
    assert len(classify._CACHE) <= 2000
