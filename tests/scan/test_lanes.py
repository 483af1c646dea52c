"""Column lanes (tokumei.scan.lanes): keyed lanes give the pipeline's own facts; shape lanes
decide names and addresses in columns named for them; no lane depends on what a process saw."""
from __future__ import annotations

import random

import pytest

from tokumei.detect.recognizers.jp.credit_card import luhn_check_digit
from tokumei.scan import classify, lanes, tasks
from tokumei.synth.customers import COLUMNS, customer_rows

_R = random.Random(5)


def _digits(n: int) -> str:
    return "".join(_R.choice("0123456789") for _ in range(n))


def _card() -> str:
    body = _R.choice(["4", "5", "35", "37", "34", "36", "6011", "2", "9"]) + _digits(_R.choice([12, 13, 14, 15, 17]))
    d = _R.choice([body + str(luhn_check_digit(body)), _digits(_R.choice([14, 15, 16, 19]))])
    if len(d) == 16 and _R.random() < 0.6:
        sep = _R.choice("- ")
        d = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return d


_GEN = {
    "email": lambda: _R.choice(["taro", "k.sato", "x_y", "hanako.yamada", "a+b", "Taro.Yamada", "SATO", "info"]) + _digits(_R.randint(0, 3)) + "@"
    + _R.choice(["example.co.jp", "example.jp", "docomo.ne.jp", "test.example", "i.softbank.jp", "Yamada-Shoten.JP"]),
    "date": lambda: f"{_R.choice([_R.randint(1900, 2030), 2025, 2026, 2027])}{(s := _R.choice('-/'))}"
    f"{_R.randint(1, 12):02d}{s}{_R.randint(1, 31):02d}" + _R.choice(["", " 12:34", " 00:00:00"]),
    "phone": lambda: _R.choice([
        f"0{_R.choice(['90', '80', '70', '3', '6', '11', '120', '570', '50', '12', '99'])}-{_digits(_R.randint(2, 4))}-{_digits(4)}",
        "0" + _digits(_R.choice([9, 10])), f"0{_digits(_R.randint(1, 3))}({_digits(_R.randint(2, 4))}){_digits(4)}"]),
    "card": _card,
    "postal": lambda: _R.choice([_digits(3) + "-" + _digits(4), _digits(7), "100-0001", "060-0000", "1000001"]),
    "int": lambda: _R.choice([_digits(_R.randint(1, 5)).lstrip("0") or "0", str(_R.randint(0, 130)),
                              _digits(_R.randint(1, 5)), "00" + str(_R.randint(0, 99)),
                              _digits(_R.choice([6, 8, 9])), "0" + _digits(_R.choice([5, 7, 8])),
                              _R.choice(["01130012", "33120015", "01040013", "138057", "060012"])]),
}
#: column names whose header gives the recognizers context (電話, 郵便, マイナンバー, 保険者 …)
_COLUMNS = ["id", "電話番号", "TEL", "メール", "生年月日", "登録日", "カード番号", "郵便番号", "zip02", "tel03",
            "会員番号", "口座番号", "基礎年金番号", "マイナンバー", "法人番号", "雇用保険番号", "保険者番号", "備考",
            "年齢", "pref", "旅券番号", "商品コード"]


def _full(value: str, column: str) -> tuple:
    return classify._facts(value, column, None)


@pytest.mark.parametrize("lane", sorted(_GEN))
def test_keyed_lane_facts_are_the_pipelines(lane):
    """The claim lanes.py rests on: cells of one column with one key have the facts the whole
    pipeline gives each of them (context from the column name, check digits, calendars …)."""
    _R.seed(lane)
    lanes.clear()
    checked = 0
    for column in _COLUMNS:
        for _ in range(25):
            value = _GEN[lane]()
            got = lanes.lane_facts(column, value, _full)
            if got is None:
                continue
            assert lanes.lane_of(column, value) == lane, value
            assert got == _full(value, column), (column, value)
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("value, lane", [
    ("03-3581-1234", "phone"), ("0120(12)3456", "phone"), ("09012345678", "phone"),
    ("0120-9888-2010", None),  # 12 digits: a My Number layout, the full way
    ("4111111111111111", "card"), ("4111 1111 1111 1111", "card"), ("3782-822463-10005", "card"),
    ("4569401234567", None),  # 13 digits: 法人番号 / JAN, the full way
    ("100-0001", "postal"), ("1000001", "postal"), ("2026-12-04", "date"), ("2026/1/9 10:00", "date"),
    ("2026-02-30", None),  # not a calendar date
    ("a@example.jp", "email"), ("12", "int"), ("0023", "int"), ("608315", "int"), ("12345678", "int"),
    ("123456789", "int"), ("1234567890", None),  # 10 digits: a phone number's length, the full way
    ("山田 太郎", None),  # a name outside a name column
])
def test_lane_of(value, lane):
    assert lanes.lane_of("備考", value) == lane or (lane is None and lanes.lane_facts("備考", value, _full) is None)


def test_keyed_shapes_are_disjoint():
    """Each cell fits at most one keyed lane, so the order lanes are tried in (lanes._LAST) cannot
    change a cell's lane."""
    for lane, gen in _GEN.items():
        for _ in range(200):
            value = gen()
            fits = [name for name, shape, _ in lanes.KEYED if shape.fullmatch(value)]
            assert len(fits) <= 1, (value, fits)


@pytest.mark.parametrize("column, value, label", [
    ("氏名", "山田 太郎", "PERSON"), ("氏名", "林 さくら", "PERSON"), ("フリガナ", "ハヤシ ノリコ", "PERSON"),
    ("ふりがな", "はやし のりこ", "PERSON"), ("住所", "富山県射水市作道２－９－４", "ADDRESS"),
    ("住所", "石川県金沢市平町3番地12 サンコート101号室", "ADDRESS"),
])
def test_shape_lanes(column, value, label):
    facts = lanes.lane_facts(column, value, _full)
    assert facts[0] == frozenset({label}) and facts[2] == frozenset({lanes._SOURCE[lanes.lane_of(column, value)]})


@pytest.mark.parametrize("column, value", [
    ("備考", "山田 太郎"),  # not a name column
    ("氏名", "株式会社ヤマダ"),  # not a name's shape: the full way
    ("氏名", "山田太郎"),  # no space: the names tier decides
    ("住所", "駅前ビル3階"),  # no prefecture
    ("商品名", "山田 太郎"),
])
def test_shape_lanes_only_where_named_and_shaped(column, value):
    assert lanes.lane_of(column, value) is None


def test_shape_lane_keeps_sensitive_words():
    facts = lanes.lane_facts("住所", "東京都新宿区西新宿1-2-3 〇〇病院 透析センター内", _full)
    assert facts[0] == frozenset({"ADDRESS"}) and facts[6]


def test_shape_lanes_decide_no_fewer_names_than_the_pipeline():
    """On the generated customers: every name and address the pipeline finds, the lane finds too."""
    rows = list(customer_rows(300, seed=9))
    for j, column in enumerate(COLUMNS):
        if column not in {"氏名", "フリガナ", "住所"}:
            continue
        label = "ADDRESS" if column == "住所" else "PERSON"
        for row in rows:
            value = str(row[j]).strip()
            facts = lanes.lane_facts(column, value, _full)
            if facts is None:
                continue
            assert label in facts[0]
            assert facts[6] == _full(value, column)[6]  # the same sensitive kinds


def test_counts_do_not_depend_on_order_or_partitions():
    """The lanes' keys are functions of the column and the cell: a process that saw other cells
    first gives the same counts (as Dask workers with different partitions must)."""
    rows = list(customer_rows(500, seed=3))
    classify.clear_cache()
    whole = tasks.scan_rows(("t", "t"), list(COLUMNS), rows)
    classify.clear_cache()
    parts = [tasks.scan_rows(("t", "t"), list(COLUMNS), rows[i::3][::-1]) for i in range(3)]
    merged = parts[0].stats
    for p in parts[1:]:
        merged = [a.merge(b) for a, b in zip(merged, p.stats)]
    assert merged == whole.stats


def test_lanes_off_is_the_full_way(monkeypatch):
    rows = list(customer_rows(80, seed=4))
    classify.clear_cache()
    on = tasks.scan_rows(("t", "t"), list(COLUMNS), rows)
    monkeypatch.setattr(lanes, "ON", False)
    classify.clear_cache()
    off = tasks.scan_rows(("t", "t"), list(COLUMNS), rows)
    name = list(COLUMNS).index("氏名")
    assert on.stats[name].sources["scan.lane.person_shape.v1"] > 0
    assert "scan.lane.person_shape.v1" not in off.stats[name].sources


def test_phone_kind_by_prefix_is_libphonenumbers():
    """lanes._phone_kind asks libphonenumber once per (first five digits, length): on every prefix
    01000–09999, both lengths and random rest digits it says what validate_phone says."""
    from tokumei.detect.recognizers.jp._phone_numbering import validate_phone

    r = random.Random(7)
    for p in range(1000, 10000):
        for n in (10, 11, 12):
            digits = f"0{p}" + "".join(r.choice("0123456789") for _ in range(n - 5))
            want = validate_phone(digits)
            want = None if want is None else (want.get("kind"), want.get("possible_only"))
            assert lanes._phone_kind(digits) == want, digits
            hyphened = f"{digits[:3]}-{digits[3:-4]}-{digits[-4:]}"
            assert lanes._phone_kind(hyphened) == want, hyphened
            a, b = sorted(r.sample(range(2, n - 1), 2))
            spaced = f"{digits[:a]} {digits[a:b]} {digits[b:]}"  # validate_phone parses these
            want = validate_phone(spaced)
            assert lanes._phone_kind(spaced) == (None if want is None else (want.get("kind"), want.get("possible_only"))), spaced



@pytest.mark.parametrize("values", [
    [1, 1.0, True, "1", None, 1, "1 "],  # equal in Python, written differently
    [b"\x00\x01", memoryview(b"\x00\x01"), "AAE=", None],
    ["a" * 5000, "b", "a" * 5000, None, 7],  # huge cells: positions reported
])
def test_tally_counts_each_value_as_observe_does(values):
    classify.clear_cache()
    one = classify.ColumnStats()
    huge = [i for i, v in enumerate(values) if classify.observe(one, v, column="メモ")]
    classify.clear_cache()
    many = classify.ColumnStats()
    assert classify.tally(many, values, column="メモ") == huge
    assert many == one


@pytest.mark.parametrize("column, good, bad", [
    ("保険者番号", "01130012", "01130013"),  # 8 digits: the 検証番号 holds / fails
    ("保険者番号", "138057", "138058"),      # 6 digits (国保)
])
def test_int_lane_keys_hold_the_insurer_check(column, good, bad):
    lanes.clear()
    got = [lanes.lane_facts(column, v, _full) for v in (good, bad)]
    assert got == [_full(good, column), _full(bad, column)]
    assert "HEALTH_INSURANCE_NUMBER" in got[0][0] and not got[1][0]
