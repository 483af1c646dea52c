import pytest

from detect.recognizers._ident import one, texts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("〒100-8914 東京都千代田区永田町1-6-1", "100-8914"),
        ("〒1000001", "1000001"),
        ("〒 150-0002", "150-0002"),
        ("〒１５０－０００２ 渋谷区", "１５０－０００２"),
        ("郵便番号 123-4567", "123-4567"),
        ("郵便番号：１２３－４５６７", "１２３－４５６７"),
        ("住所：530-0001 大阪府", "530-0001"),
        ("Zip 1500002", "1500002"),
    ],
)
def test_positives(text, expected):
    assert texts(text, "POSTAL_CODE") == [expected]


@pytest.mark.parametrize(
    "text",
    ["123-4567", "1234567", "〒123", "品番 123-4567", "電話 123-4567", "5678", "郵便番号 12-34567", "〒123-45678"],
)
def test_negatives(text):
    assert texts(text, "POSTAL_CODE") == []


def test_mark_is_validated():
    assert one("〒100-8914", "POSTAL_CODE").validated


@pytest.mark.parametrize(
    "text, data",
    [
        ("〒1000001", {"prefecture": "東京都", "city": "千代田区"}),
        ("〒１５０－０００２", {"prefecture": "東京都", "city": "渋谷区"}),
        ("住所：530-0001", {"prefecture": "大阪府", "city": "大阪市北区"}),
        ("〒100-8914", {"kind": "office"}),  # 事業所個別番号 (内閣府)
        ("郵便番号 123-4567", {"known": False}),  # not in KEN_ALL: still reported
    ],
)
def test_codes_are_looked_up_in_ken_all(text, data):
    s = one(text, "POSTAL_CODE")
    assert {k: v for k, v in s.data.items() if k != "validated"} == data


def test_lookup_works_from_other_threads():
    from concurrent.futures import ThreadPoolExecutor

    from tokumei.detect.recognizers.jp.postal_code import lookup_postal_code

    lookup_postal_code.cache_clear()
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lookup_postal_code, ["060-0001", "900-0001", "980-0001", "460-0001"]))
    assert [g["prefecture"] for g in got] == ["北海道", "沖縄県", "宮城県", "愛知県"]


def test_one_statement_lookup_equals_the_two_queries():
    """lookup_postal_code's single statement answers as the KEN_ALL query then the office query
    did: codes of both tables (codes with several rows included) and random codes."""
    import random

    from tokumei.detect.recognizers.jp.postal_code import _db, _lookup_two_queries, lookup_postal_code

    con = _db()
    codes = [r[0] for r in con.execute("select code from postal_data group by code having count(*) > 1 limit 500")]
    codes += [r[0] for r in con.execute("select code from postal_data limit 1500")]
    codes += [r[0] for r in con.execute("select code from office_data limit 1000")]
    rng = random.Random(5)
    codes += ["".join(rng.choice("0123456789") for _ in range(7)) for _ in range(2000)]
    kinds = set()
    for code in codes:
        lookup_postal_code.cache_clear()
        got = lookup_postal_code(code)
        assert got == _lookup_two_queries(code), code
        kinds.add(tuple(sorted(got)))
    assert len(kinds) == 3  # found, office, unknown


@pytest.mark.parametrize("text, code", [
    ("048-1631　北海道虻田郡真狩村字緑岡8番地", "048-1631"),
    ("〒なしの差出人欄\n399-4301 長野県上伊那郡宮田村3120", "399-4301"),
    ("958-0061新潟県村上市岩船上町", "958-0061"),
])
def test_code_right_before_an_address_needs_no_mark(text, code):
    """Stop 29 (a-dev-407, measured first): a letterhead writes the code without 〒 before the prefecture."""
    assert code in texts(text, "POSTAL_CODE")


@pytest.mark.parametrize("text", ["品番 123-4567 長野県産のりんご", "TEL 0136-45-1631 北海道の店", "第123-4567号 北海道"])
def test_codes_before_a_prefecture_that_are_no_postal_code(text):  # guard (a product's number: unknown in KEN_ALL)
    assert not texts(text, "POSTAL_CODE")


def test_a_bare_code_on_the_line_before_the_address():
    """879-4403⏎大分県玖珠郡玖珠町…: a letterhead writes the code on its own line above the address (a-dev-381 on 6a4c7bdc)."""
    from tokumei import analyze

    got = [s.text for s in analyze("お問い合わせ\n879-4403\n大分県玖珠郡玖珠町大字森1234") if s.label == "POSTAL_CODE"]
    assert got == ["879-4403"]
    assert not [s for s in analyze("品番\n123-4567\n大分県産の原料") if s.label == "POSTAL_CODE"]  # unknown code
