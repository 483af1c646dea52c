import pytest
from hypothesis import given, settings, strategies as st

from detect.recognizers._ident import one, spans, texts
from tokumei.detect.recognizers.jp.phone import validate_phone


@pytest.mark.parametrize(
    "text, expected, e164, kind",
    [
        ("電話は03-3581-1234まで", "03-3581-1234", "+81335811234", "fixed"),
        ("TEL 0547-35-1234", "0547-35-1234", "+81547351234", "fixed"),
        ("TEL:01456-2-1234", "01456-2-1234", "+81145621234", "fixed"),
        ("大阪 06-6123-4567", "06-6123-4567", "+81661234567", "fixed"),
        ("携帯 090-1234-5678", "090-1234-5678", "+819012345678", "mobile"),
        ("携帯 070 1234 5678", "070 1234 5678", "+817012345678", "mobile"),
        ("08012345678に連絡", "08012345678", "+818012345678", "mobile"),
        ("IP電話 050-1234-5678", "050-1234-5678", "+815012345678", "ip"),
        ("フリーダイヤル 0120-123-456", "0120-123-456", "+81120123456", "toll_free"),
        ("0800-123-4567（無料）", "0800-123-4567", "+818001234567", "toll_free"),
        ("ナビダイヤル 0570-123-456", "0570-123-456", "+81570123456", "navi_dial"),
        ("Tel +81-3-1234-5678", "+81-3-1234-5678", "+81312345678", "fixed"),
        ("mobile +81 90 1234 5678", "+81 90 1234 5678", "+819012345678", "mobile"),
        ("+81 (0)3-1234-5678", "+81 (0)3-1234-5678", "+81312345678", "fixed"),
        ("電話 03(1234)5678", "03(1234)5678", "+81312345678", "fixed"),
        ("電話 0547(35)1234", "0547(35)1234", "+81547351234", "fixed"),
        ("(03)1234-5678", "(03)1234-5678", "+81312345678", "fixed"),
        ("ＴＥＬ：０３－３５８１－１２３４", "０３－３５８１－１２３４", "+81335811234", "fixed"),
        ("電話０３ー３５８１ー１２３４", "０３ー３５８１ー１２３４", "+81335811234", "fixed"),
        ("FAX 0312345678", "0312345678", "+81312345678", "fixed"),
        ("TEL.03-1234-5678", "03-1234-5678", "+81312345678", "fixed"),
        ("Tel.０３（１２３４）５６７８", "０３（１２３４）５６７８", "+81312345678", "fixed"),
        ("代表 03-1234-5678（平日）", "03-1234-5678", "+81312345678", "fixed"),
    ],
)
def test_positives(text, expected, e164, kind):
    s = one(text, "PHONE")
    assert (s.text, s.data["e164"], s.data["kind"]) == (expected, e164, kind)
    assert s.validated


@pytest.mark.parametrize(
    "text",
    [
        "10:00", "10:00-12:00", "受付 09:00～17:00", "1,200万円", "¥12,000", "12,000円",
        "注文番号 0312345678", "伝票番号 090-1234-5678", "品番 0120-123-456",
        "0000-000-000", "03-1234-56789", "3.0312345678", "2024年", "v1.2.3", "ISBN 978-4-10-109205-8",
        "00-1234-5678", "1.0312345678", "1,0312345678", "$0312345678",
    ],
)
def test_negatives(text):
    assert texts(text, "PHONE") == []


def test_possible_only_numbers_need_context_and_are_not_validated():
    # 011-4xx is a block libphonenumber's metadata does not list: reported only with a context word.
    assert texts("011-499-1880", "PHONE") == []
    s = one("TEL 011-499-1880", "PHONE")
    assert not s.validated and s.data["kind"] == "unknown" and s.score < one("TEL 011-211-1234", "PHONE").score


def test_context_raises_score_and_validator():
    assert one("電話 03-3581-1234", "PHONE").score > one("03-3581-1234", "PHONE").score
    assert validate_phone("+1 202 555 0100")["region"] == "US"
    assert validate_phone("+1 202 555 01") is None
    assert spans("") == []


@pytest.mark.parametrize(
    "text, expected, region",
    # libphonenumber's own example numbers (phonenumbers.example_number)
    [("US office +1 201-555-0123", "+1 201-555-0123", "US"), ("上海 +86 10 1234 5678", "+86 10 1234 5678", "CN"),
     ("TEL +44 121 234 5678", "+44 121 234 5678", "GB"), ("+82 2-212-3456", "+82 2-212-3456", "KR")],
)
def test_other_countries(text, expected, region):
    s = one(text, "PHONE")
    assert (s.text, s.data["region"]) == (expected, region) and s.validated


@pytest.mark.parametrize("text", ["+1 000", "+12 3", "+999 1234 5678", "1+1 201-555-0123", "+1.5"])
def test_other_countries_negatives(text):
    assert texts(text, "PHONE") == []


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(["0", "01", "0120", "0800", "0570", "050", "070", "080", "090", "020", "03", "06", "011", "0990",
                     "04", "05", "07", "08", "09", "0123", "0467", "0547"]),
    st.text(alphabet="0123456789", min_size=5, max_size=11),
    st.lists(st.integers(1, 11), max_size=3),
)
def test_national_fast_path_equals_phonenumbers_parse(prefix, rest, cuts):
    """validate_phone (with its direct path for national-format digits) gives what
    phonenumbers.parse + is_possible/format/number_type give, for every prefix shape (010, the
    international prefix, included) with hyphens anywhere inside."""
    from tokumei.detect.recognizers.jp._phone_numbering import _parsed, validate_phone

    digits = (prefix + rest)[:12]
    if len(digits) < 9:
        return
    value = digits
    for c in sorted(set(cuts), reverse=True):
        if c < len(value):
            value = value[:c] + "-" + value[c:]
    validate_phone.cache_clear()
    assert validate_phone(value) == _parsed(value)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(["", "1", "20", "3", "4", "5", "50", "570", "6", "70", "7", "80", "800", "90", "99", "120", "11",
                     "123", "467", "547", "990", "0", "00", "2", "8", "9"]),
    st.text(alphabet="0123456789", min_size=0, max_size=14),
)
def test_jp_number_type_equals_phonenumbers_type_helper(prefix, rest):
    """The precompiled type check gives phonenumbers' own _number_type_helper answer."""
    from phonenumbers.phonenumberutil import _number_type_helper

    from tokumei.detect.recognizers.jp._phone_numbering import _JP, _jp_number_type

    national = prefix + rest
    assert _jp_number_type(national) == _number_type_helper(national, _JP)


def test_jp_number_type_equals_phonenumbers_on_many_numbers():
    import random

    from phonenumbers.phonenumberutil import _number_type_helper

    from tokumei.detect.recognizers.jp._phone_numbering import _JP, _jp_number_type

    rng = random.Random(7)
    kinds = set()
    for _ in range(20000):
        national = str(rng.randrange(1, 10)) + "".join(rng.choice("0123456789") for _ in range(rng.randrange(6, 13)))
        got = _jp_number_type(national)
        assert got == _number_type_helper(national, _JP), national
        kinds.add(got)
    assert len(kinds) >= 5  # fixed, mobile, toll free, … all reached


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", max_size=45))
def test_length_check_by_length_equals_phonenumbers(national):
    """The per-length table answers as phonenumbers' _test_number_length for any digits."""
    from phonenumbers.phonenumberutil import _test_number_length

    from tokumei.detect.recognizers.jp._phone_numbering import _JP, _length_result

    assert _length_result(national) == _test_number_length(national, _JP)
