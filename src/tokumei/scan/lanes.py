"""Column lanes of a full scan: the cells whose shape says which detectors they need.

A full scan of a customer table analyses hundreds of thousands of distinct cells (phone
numbers, e-mail addresses, card numbers, addresses, names: each row a new value), and the
whole detection pipeline costs 60–500 µs a cell. Most of those cells have one narrow shape,
and what the pipeline says about them follows from that shape and from one check:

* **keyed lanes** (e-mail, date, phone, card, postal code, integer up to 9 digits) — every recognizer
  that can match such a cell is a pattern (a function of the cell's layout: digits → 9,
  letters → a) plus context (the column name, the same for the whole column) plus a validator.
  So the facts of a cell are the facts of any other cell of the same column with the same
  layout and the same validator outcome (libphonenumber's type for a phone number, the brand
  and Luhn result for a card, the KEN_ALL answer for a postal code, the calendar for a date).
  The lane computes that key (a few µs), runs the real pipeline once per key and reuses its
  facts: the spans are the pipeline's own. tests/scan/test_lanes.py checks the claim on random
  cells of every lane (facts by key == facts by the pipeline).
* **shape lanes** (names, addresses) — in a column whose name says 氏名/フリガナ or 住所
  (:func:`tokumei.scan.vocab.name_category`), a cell shaped like a Japanese name (a kanji surname,
  a space and a given name in kanji or kana; or two kana words: 山田 太郎, 林 さくら, ヤマダ タロウ)
  or like an address (a prefecture name, then up to 80 characters on one line) counts as that
  label without the names tier or the address parser — the column name and the shape are the
  evidence (the report says 「値のN%が氏名の形」). Sensitive words are still looked for in them;
  other labels inside them (a building name taken for a company) are not. On the generated
  customers this decides more cells than the pipeline (which misses about 1 in 6 katakana
  readings) and none fewer; a name without a space (山田太郎) or a company in a name column goes
  the full way.

Every other cell goes the full way (:func:`tokumei.scan.classify._facts`). Lanes depend only on
the column name and the cell, never on which cells a process saw first, so every engine gives
the same inventory.

例::

    >>> lane_of("電話番号", "03-3581-1234")
    'phone'
    >>> lane_of("氏名", "山田 太郎"), lane_of("備考", "山田 太郎")
    ('person', None)
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Callable, Hashable

from tokumei.detect.recognizers.jp._phone_numbering import validate_phone
from tokumei.detect.recognizers.jp.credit_card import card_brand, luhn_ok
from tokumei.detect.recognizers.jp.health_insurance_number import is_valid_insurer_number
from tokumei.detect.recognizers.jp.my_number import my_number_check_digit
from tokumei.scan.groups import PREFECTURES
from tokumei.scan.sensitive import sensitive_kinds
from tokumei.scan.vocab import name_category

#: digits → 9, ASCII letters → a / A (case kept): the layout every pattern recognizer sees the same way
_LAYOUT = str.maketrans("0123456789" + "abcdefghijklmnopqrstuvwxyz" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                        "9" * 10 + "a" * 26 + "A" * 26)

_EMAIL = re.compile(r"([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_DATE = re.compile(r"((?:19|20)[0-9]{2})([-/])([0-9]{1,2})\2([0-9]{1,2})(?: [0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")
#: 10 or 11 digits: 12 would also be a My Number (4-4-4), which has a check digit of its own
_PHONE = re.compile(r"(?=(?:[0-9][-()]?){10,11}$)0[0-9]{1,4}(?:-[0-9]{1,4}-|\([0-9]{1,4}\))[0-9]{3,4}|0[0-9]{9,10}")
#: 14–19 digits in one run, 4-4-4-4 or 4-6-5: 13 digits may be a 法人番号 or a JAN code (check
#: digits of their own); three groups of a 4-4-4-4 number are a My Number layout, so the key
#: holds the My Number check of both such windows
_CARD = re.compile(r"[0-9]{14,19}|[0-9]{4}([- ])[0-9]{4}\1[0-9]{4}\1[0-9]{4}|[0-9]{4}([- ])[0-9]{6}\2[0-9]{5}")
_POSTAL = re.compile(r"[0-9]{3}-?[0-9]{4}")
#: up to 9 digits but 7 (a postal code's shape: the postal lane); 6 and 8 may be a 保険者番号, whose
#: check digit is in the key
_INT = re.compile(r"[0-9]{1,6}|[0-9]{8,9}")

_KANJI = r"[\u3400-\u9fff\uf900-\ufaff々〆ヶ]"
_PERSON = re.compile(rf"{_KANJI}{{1,4}}[ 　](?:{_KANJI}{{1,4}}|[ぁ-ゔー]{{1,6}}|[ァ-ヴー]{{1,6}})|[ァ-ヴー]{{1,8}}[ 　][ァ-ヴー]{{1,8}}|[ぁ-ゔー]{{1,8}}[ 　][ぁ-ゔー]{{1,8}}")
_ADDRESS_BODY = re.compile(r"[^@\t\r\n]{2,80}")


def _email_key(v: str) -> Hashable:
    m = _EMAIL.fullmatch(v)
    return m.group(1).translate(_LAYOUT), m.group(2)


def _date_key(v: str) -> Hashable | None:
    m = _DATE.fullmatch(v)
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        _dt.date(y, mo, d)
    except ValueError:
        return None  # not a calendar date: the full way
    return v.translate(_LAYOUT), y


def _phone_kind(v: str) -> Hashable:
    """What :func:`~tokumei.detect.recognizers.jp._phone_numbering.validate_phone` says of a number
    apart from the number itself: its kind, or None when it is not valid.

    For 10 to 12 digits starting 0 and then 1–9 (hyphens or spaces aside; 010, the international
    prefix, is asked each time) that is a function of the first five
    digits and the length: libphonenumber's JP patterns (general, fixed line, mobile, toll free,
    premium, IP, personal, pager, navi dial) fix at most the first four digits of the national
    number and then only count digits (``…\\d{6}``), the national prefix stripped is the single 0,
    and the length checks read the length. So it is asked once per (prefix, length);
    tests/scan/test_lanes.py compares the two on every prefix 01000–09999.
    """
    digits = v.replace("-", "").replace(" ", "")
    if 10 <= len(digits) <= 12 and digits.isdigit() and digits[0] == "0" and digits[1] != "0" \
            and not digits.startswith("010"):  # 010: the international prefix, parsed otherwise
        return _prefix_kind(digits[:5], len(digits), " " in v)
    return _validated_kind(v)


@lru_cache(maxsize=4096)
def _prefix_kind(prefix: str, n: int, spaced: bool) -> Hashable:
    digits = prefix + "0" * (n - len(prefix))
    # with spaces validate_phone parses the text (phonenumbers.parse), with hyphens it reads digits
    return _validated_kind(f"{digits[:4]} {digits[4:8]} {digits[8:]}" if spaced else digits)


def _validated_kind(v: str) -> Hashable:
    r = validate_phone(v)
    return None if r is None else (r.get("kind"), r.get("possible_only"))


def _phone_key(v: str) -> Hashable:
    return v.translate(_LAYOUT), _phone_kind(v)


def _card_key(v: str) -> Hashable:
    if v.isdigit():  # one run of digits: no window of groups
        return v.translate(_LAYOUT), card_brand(v), luhn_ok(v)
    groups = v.split(v[4])  # 4-4-4-4 or 4-6-5, one separator throughout (the shape says so)
    digits = "".join(groups)
    # three groups of four are a My Number layout: its check digit on each such window
    windows = tuple(my_number_check_digit(w[:11]) == int(w[11]) for w in
                    ("".join(groups[i:i + 3]) for i in range(len(groups) - 2)) if len(w) == 12)
    # jp.phone.v1 reads three groups after a 0 (0355 0355 0355): its answer on each such window
    phones = tuple(_phone_kind(v[5 * i:5 * i + 14]) for i in range(len(groups) - 2) if groups[i][0] == "0") \
        if len(groups) == 4 else ()  # 4-6-5: a 6-digit group is no phone number's middle group
    return v.translate(_LAYOUT), card_brand(digits), luhn_ok(digits), windows, phones


@lru_cache(maxsize=1)
def _postal_codes() -> tuple[frozenset[str], frozenset[str]]:
    """Every KEN_ALL code and every 事業所個別 code (about 143,000, 80 ms once per process): a set
    look-up instead of one SQLite query per distinct cell."""
    from tokumei.detect.geo import connect_kenall

    con = connect_kenall()
    try:
        return (frozenset(r[0] for r in con.execute("select code from postal_data")),
                frozenset(r[0] for r in con.execute("select code from office_data")))
    finally:
        con.close()


def _postal_key(v: str) -> Hashable:
    """The answer :func:`~tokumei.detect.recognizers.jp.postal_code.lookup_postal_code` gives, without
    the town: a KEN_ALL code, an office code, or neither."""
    code = v.replace("-", "")
    ken_all, office = _postal_codes()
    return v.translate(_LAYOUT), "ken_all" if code in ken_all else "office" if code in office else "unknown"


def _int_key(v: str) -> Hashable:
    # up to 120 the value itself matters (an age, a prefecture code 1–47, also written 0023);
    # above, its length, and for 6 or 8 digits the 保険者番号 check (jp.health_insurance_number.v1
    # reads a 6- or 8-digit run under 保険者番号/保険証 … and keeps it when the check holds; no other
    # recognizer reads a bare run of 6 to 9 digits: tests/scan/test_lanes.py compares on 24 columns)
    if len(v) <= 5:
        return (v,) if int(v) <= 120 else ("9" * len(v),)
    return ("9" * len(v), is_valid_insurer_number(v) if len(v) in (6, 8) else None)


#: (lane, shape, key). The shapes are disjoint — a cell fits at most one (tests/scan/test_lanes.py) —
#: so the order they are tried in (:data:`_LAST` first) never changes a cell's lane.
KEYED: tuple[tuple[str, re.Pattern[str], Callable[[str], Hashable | None]], ...] = (
    ("email", _EMAIL, _email_key),
    ("date", _DATE, _date_key),
    ("phone", _PHONE, _phone_key),
    ("card", _CARD, _card_key),
    ("postal", _POSTAL, _postal_key),
    ("int", _INT, _int_key),
)


_KEY_OF = {name: key for name, _shape, key in KEYED}
#: prefecture names by length (3: 東京都 …, 4: 神奈川県 …): two set look-ups instead of a regex
_PREF3 = frozenset(p for p in PREFECTURES if len(p) == 3)
_PREF4 = frozenset(p for p in PREFECTURES if len(p) == 4)


@lru_cache(maxsize=4096)
def _shape_lane(column: str) -> str | None:
    got = name_category(column) if column else None
    if not got:
        return None
    if got[0] == "PERSON":
        return "person"
    if got[0] == "ADDRESS" and got[1] in {"住所", "所在地", "address", "addr"}:
        return "address"
    return None


def lane_of(column: str, value: str) -> str | None:
    """The lane of a (stripped) cell, or None for the full way. 例: ``lane_of("id", "12") == "int"``"""
    shaped = _shape_lane(column) if SHAPES else None
    if shaped == "person" and _PERSON.fullmatch(value):
        return "person"
    if shaped == "address" and (value[:3] in _PREF3 or value[:4] in _PREF4) and _ADDRESS_BODY.fullmatch(value):
        return "address"
    first = value[:1]
    if not first.isascii() or not first.isalnum():
        return None
    last = _LAST.get(column)  # the lane this column's last keyed cell took: most often the same
    if last is not None and KEYED[last][1].fullmatch(value):
        return KEYED[last][0]
    for i, (name, shape, _) in enumerate(KEYED):
        if i != last and shape.fullmatch(value):
            _LAST[column] = i
            return name
    return None


#: column → index in KEYED of the lane its last keyed cell took (speed only: the shapes are disjoint)
_LAST: dict[str, int] = {}


#: False: no lanes (every cell the full way); SHAPES False: the keyed lanes only, whose facts
#: are the pipeline's own (tests/scan/test_route.py compares those with the reference path)
ON = True
SHAPES = True

_SOURCE = {"person": "scan.lane.person_shape.v1", "address": "scan.lane.address_shape.v1"}
_LABEL = {"person": "PERSON", "address": "ADDRESS"}
_NONE: frozenset[str] = frozenset()
_MEMO: dict[tuple, tuple] = {}
_MEMO_MAX = 100_000


def warm() -> None:
    """Load what the lanes look up (the postal-code sets) before the first partition."""
    _postal_codes()


def clear() -> None:
    """Forget the facts kept per key (tests; a new scan may use another analyzer)."""
    _MEMO.clear()


def lane_facts(column: str, value: str, compute: Callable[[str, str], tuple]) -> tuple | None:
    """The facts of a cell (the tuple :func:`tokumei.scan.classify.cell_facts` returns) from its
    lane, or None when the cell has none. ``compute(value, column)`` is the full pipeline, run
    once per key of a keyed lane.

    例: ``lane_facts("氏名", "山田 太郎", f)[0] == frozenset({"PERSON"})``
    """
    lane = lane_of(column, value) if ON else None
    if lane is None:
        return None
    if lane in _LABEL:
        return (frozenset({_LABEL[lane]}), _NONE, frozenset({_SOURCE[lane]}), None,
                False, False, sensitive_kinds(value), False, False)
    k = _KEY_OF[lane](value)
    if k is None:
        return None
    memo_key = (column, lane, k)
    facts = _MEMO.get(memo_key)
    if facts is None:
        facts = compute(value, column)
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.clear()
        _MEMO[memo_key] = facts
    return facts

