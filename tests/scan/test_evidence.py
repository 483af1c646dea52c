"""Columns people really have (split/numbered, prefecture codes), sensitive notes in values, and
evidence that holds (check digits against chance, technical identifiers, bare digests)."""
from __future__ import annotations

import hashlib
import json
import random
import string

import pytest

from tokumei.detect.recognizers.jp.my_number import is_valid_my_number
from tokumei.scan.classify import ColumnStats, decide, observe
from tokumei.scan.evidence import binom_tail, holds_against_chance, jan_ok
from tokumei.scan.groups import join_parts, prefecture_of, split_groups
from tokumei.scan.sensitive import sensitive_kinds
from tokumei.scan.table import judge_table
from tokumei.scan.tasks import scan_rows
from tokumei.scan.vocab import name_category

RND = random.Random(20261204)


def classify(name: str, values: list[str]) -> dict:
    st = ColumnStats()
    for v in values:
        observe(st, v, column=name)
    return decide(name, st)


def judge(table: str, columns: list[str], rows: list[list[str]]) -> tuple[dict, list[dict]]:
    part = scan_rows(("t", table), columns, rows)
    cols, groups = judge_table(table, columns, part.stats, part.groups)
    return {c["name"]: c for c in cols}, groups


# ---- 1. numbered and split columns -------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("tel01", "PHONE"), ("tel03", "PHONE"), ("TEL1", "PHONE"), ("order_tel01", "PHONE"), ("電話番号2", "PHONE"),
    ("郵便番号（上3桁）", "POSTAL_CODE"), ("zip01", "POSTAL_CODE"), ("zip02", "POSTAL_CODE"),
    ("addr01", "ADDRESS"), ("addr02", "ADDRESS"), ("pref", "ADDRESS"), ("order_pref", "ADDRESS"),
    ("name01", "PERSON"), ("kana02", "PERSON"), ("email02", "EMAIL"),
    # a name that describes a number about the thing is not the thing
    ("birth_point", None), ("mailmaga_flg", None), ("誕生日ポイント", None), ("tel_count", None),
    ("card_type", None), ("性別区分", "GENDER"), ("配信先メールアドレス", "EMAIL"), ("sex_kbn", "GENDER"),
])
def test_numbered_names(name, expected):
    got = name_category(name)
    assert (got[0] if got else None) == expected


def _tel_rows(n: int) -> list[list[str]]:
    return [[str(i), RND.choice(["090", "080", "03", "06"]), f"{RND.randint(1000, 9999)}", f"{RND.randint(1000, 9999)}",
             "100", f"{RND.randint(0, 9999):04d}", str(RND.randint(1, 47)), "千代田区永田町", f"1-{i % 9 + 1}-1 架空ハイツ{i}"]
            for i in range(n)]


SPLIT_COLUMNS = ["id", "tel01", "tel02", "tel03", "zip01", "zip02", "pref", "addr01", "addr02"]


@pytest.mark.parametrize("column, category, phrase", [
    ("tel01", "PHONE", "分割列 tel01・tel02・tel03 をつないだ値の100%が電話番号の形"),
    ("tel02", "PHONE", "分割列 tel01・tel02・tel03 をつないだ値の100%が電話番号の形"),
    ("tel03", "PHONE", "分割列 tel01・tel02・tel03 をつないだ値の100%が電話番号の形"),
    ("zip01", "POSTAL_CODE", "分割列 zip01・zip02 をつないだ値の100%が郵便番号の形"),
    ("zip02", "POSTAL_CODE", "分割列 zip01・zip02 をつないだ値の100%が郵便番号の形"),
    ("addr02", "ADDRESS", "分割列 addr01・addr02 をつないだ値の100%が住所の形"),
    ("pref", "ADDRESS", "値の100%が都道府県コード（1～47）か都道府県名"),
])
def test_split_groups_are_one_field(column, category, phrase):
    cols, groups = judge("dtb_customer", SPLIT_COLUMNS, _tel_rows(40))
    c = cols[column]
    assert c["category"] == category and c["found"][0] == category and c["confidence"] >= 0.9
    assert phrase in c["evidence_ja"]
    assert not any(r["label"] == category for r in c["review"])
    assert {g["name"] for g in groups} == {"tel01+tel02+tel03", "zip01+zip02", "addr01+addr02"}
    assert all(g["confirmed"] for g in groups)


ADMIN_EXPORT = ("会員ID,お名前(姓),お名前(名),お名前(フリガナ・姓),お名前(フリガナ・名),会社名,郵便番号1,郵便番号2,"
                "都道府県,住所1,住所2,メールアドレス,TEL1,TEL2,TEL3,FAX1,FAX2,FAX3,性別,職業,誕生日").split(",")


def test_groups_of_an_admin_csv_export_header():
    got = [(g.base, [ADMIN_EXPORT[i] for i in g.columns], g.pref is not None and ADMIN_EXPORT[g.pref])
           for g in split_groups(ADMIN_EXPORT)]
    assert got == [("お名前", ["お名前(姓)", "お名前(名)"], False),
                   ("お名前(フリガナ)", ["お名前(フリガナ・姓)", "お名前(フリガナ・名)"], False),
                   ("郵便番号", ["郵便番号1", "郵便番号2"], False), ("住所", ["住所1", "住所2"], "都道府県"),
                   ("TEL", ["TEL1", "TEL2", "TEL3"], False), ("FAX", ["FAX1", "FAX2", "FAX3"], False)]


def test_split_parts_joined_and_pref_prefixed():
    g = {x.base: x for x in split_groups(SPLIT_COLUMNS)}
    row = ["1", "090", "1234", "5678", "100", "0014", "13", "千代田区永田町", "1-7-1"]
    assert join_parts(g["tel"], row) == "090-1234-5678"
    assert join_parts(g["zip"], row) == "100-0014"
    assert join_parts(g["addr"], row) == "東京都千代田区永田町1-7-1"
    assert join_parts(g["tel"], ["1", "", None, ""]) is None


def test_split_parts_that_are_not_a_phone_stay_to_review():
    rows = [[str(i), "A", "B", "C", "", "", "", "", ""] for i in range(20)]
    cols, groups = judge("t", SPLIT_COLUMNS, rows)
    assert not next(g for g in groups if g["name"] == "tel01+tel02+tel03")["confirmed"]
    assert cols["tel02"]["found"] == [] and cols["tel02"]["review"][0]["why"] == "name_only"


@pytest.mark.parametrize("value, name", [("1", "北海道"), ("13", "東京都"), ("47", "沖縄県"), ("01", "北海道"),
                                         ("0", None), ("48", None), ("大阪府", "大阪府"), ("abc", None)])
def test_prefecture_codes(value, name):
    assert prefecture_of(value) == name


def test_pref_column_by_name_and_value_range():
    codes = classify("pref", [str(RND.randint(1, 47)) for _ in range(50)])
    other = classify("pref", [str(RND.randint(100, 999)) for _ in range(50)])
    assert codes["category"] == "ADDRESS" and codes["confidence"] >= 0.9
    assert other["confidence"] < codes["confidence"]


# ---- 2. sensitive information in free-text values ---------------------------------------

@pytest.mark.parametrize("text, kinds", [
    ("腎臓病で透析中", {"SENSITIVE_HEALTH", "SENSITIVE_MEDICAL_CARE"}),
    ("乳がんの治療中", {"SENSITIVE_HEALTH", "SENSITIVE_MEDICAL_CARE"}),
    ("車いす利用", {"SENSITIVE_DISABILITY"}),
    ("〇〇の信者のため土曜配達不可", {"SENSITIVE_BELIEF"}),
    ("健康診断で再検査になった", {"SENSITIVE_HEALTH_CHECK"}),
    ("以前に逮捕されたことがあると本人談", {"SENSITIVE_CRIMINAL"}),
    ("詐欺被害に遭ったため電話は不可", {"SENSITIVE_VICTIM"}),
    ("少数民族の出身と話していた", {"SENSITIVE_RACE"}),
    ("被差別部落の出身と申告", {"SENSITIVE_SOCIAL_STATUS"}),
    ("卵アレルギーあり", {"HEALTH_INFO"}),
    ("減塩の食事を希望", {"HEALTH_INFO"}),
    # not sensitive
    ("持病なし", set()), ("障害はありません", set()), ("治療中ではない", set()), ("がんばります", set()),
    ("DVD同梱希望", set()), ("置き配希望", set()), ("特になし", set()), ("", set()),
    ("民族衣装の寸法について", set()), ("商品の出所を確認したい", set()),
])
def test_sensitive_kinds(text, kinds):
    assert set(sensitive_kinds(text)) == kinds


NOTES_SENSITIVE = ["腎臓病で透析中", "乳がんの治療中", "車いす利用", "〇〇の信者のため"]
NOTES_PLAIN = ["置き配希望", "特になし", "午前中配達", "ギフト包装", "領収書不要", "不在時は宅配ボックス"]


def test_note_column_with_sensitive_values():
    notes = [NOTES_SENSITIVE[i % 4] if i % 10 < 3 else NOTES_PLAIN[i % 6] for i in range(100)]
    got = classify("note", notes)
    assert got["sensitive"] is True
    assert got["sensitive_kinds"]["SENSITIVE_HEALTH"] == pytest.approx(0.15, abs=0.05)
    assert {"SENSITIVE_HEALTH", "SENSITIVE_MEDICAL_CARE", "SENSITIVE_DISABILITY", "SENSITIVE_BELIEF"} <= set(got["found"])
    assert any("要配慮個人情報" in w for w in got["evidence_ja"])
    text = json.dumps(got, ensure_ascii=False)
    assert not any(n in text for n in NOTES_SENSITIVE)  # kinds and shares, never the values


def test_allergy_notes_are_to_review_not_sensitive():
    got = classify("備考", ["卵アレルギー", "そばアレルギー", "特になし", "置き配希望"])
    assert got["sensitive"] is False and "HEALTH_INFO" not in got["found"]
    assert [r["why"] for r in got["review"] if r["label"] == "HEALTH_INFO"] == ["health_info"]


def test_check_digit_numbers_inside_free_text_are_asked_not_found():
    # inside free text there is no base rate to test a share against: the person is asked
    got = classify("備考", ["マイナンバー 123456789018 受領", "個人番号 123456789018 を控え", "置き配希望", "特になし"])
    assert "MY_NUMBER" not in got["found"]
    assert [(r["label"], r["why"]) for r in got["review"]] == [("MY_NUMBER", "in_text")]


def test_one_stray_mention_is_to_review():
    got = classify("備考", ["通院のため午後配達"] + NOTES_PLAIN * 10)
    assert got["sensitive"] is False
    assert any(r["label"] == "SENSITIVE_MEDICAL_CARE" and r["why"] == "few" for r in got["review"])


# ---- 3. evidence that holds --------------------------------------------------------------

def _digits(n: int) -> str:
    return "".join(RND.choice(string.digits) for _ in range(n))


def _jan() -> str:
    body = "49" + _digits(10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _alnum(n: int) -> str:
    return "".join(RND.choice(string.ascii_letters + string.digits) for _ in range(n))


TRACKING = [_digits(12) for _ in range(300)]


@pytest.mark.parametrize("name, values, not_found, why", [
    ("tracking_no", TRACKING, "MY_NUMBER", "technical"),
    ("c9", TRACKING, "MY_NUMBER", "chance"),
    ("product_code", [_jan() for _ in range(300)], "CORPORATE_NUMBER", "jan"),
    ("c8", [_jan() for _ in range(300)], "CORPORATE_NUMBER", "jan"),
    ("pre_order_id", [hashlib.sha1(_alnum(8).encode()).hexdigest() for _ in range(50)], "PASSWORD_HASH", "bare_digest"),
    ("c7", [hashlib.md5(_alnum(8).encode()).hexdigest() for _ in range(50)], "PASSWORD_HASH", "bare_digest"),
    ("c2", ["123456789018", "123456789018"], "MY_NUMBER", "chance"),
])
def test_random_identifiers_are_not_found(name, values, not_found, why):
    got = classify(name, values)
    assert not_found not in got["found"] and got["category"] != not_found
    r = next(r for r in got["review"] if r["label"] == not_found)
    assert r["why"] == why and r["share"] > 0


@pytest.mark.parametrize("name, values", [
    ("secret_key", [_alnum(32) for _ in range(100)]),
    ("salt", [_alnum(10) for _ in range(100)]),
    ("birth_point", [str(RND.randint(0, 500)) for _ in range(100)]),
    ("temp_order_id", [_alnum(16) for _ in range(100)]),
])
def test_technical_columns_hold_no_personal_data(name, values):
    got = classify(name, values)
    assert got["found"] == [] and got["category"] is None


def test_tracking_numbers_really_pass_the_check_by_chance():
    share = sum(map(is_valid_my_number, TRACKING)) / len(TRACKING)
    assert 0.05 < share < 0.15  # the base rate the rule compares against


def test_a_share_chance_cannot_give_holds_even_under_a_technical_name():
    from tokumei.detect.recognizers.jp.my_number import my_number_check_digit

    valid = [f"{n:011d}" + str(my_number_check_digit(f"{n:011d}")) for n in range(31415926535, 31415926535 + 40 * 7919, 7919)]
    assert "MY_NUMBER" in classify("code", valid)["found"]


def test_the_same_share_with_a_matching_name_is_found():
    got = classify("マイナンバー", ["123456789018"] * 3 + ["未提出"] * 7)
    assert "MY_NUMBER" in got["found"]


@pytest.mark.parametrize("k, n, holds", [(7, 7, True), (6, 6, False), (30, 100, False), (60, 100, True),
                                         (200, 200, True), (17, 200, False), (1, 1, False)])
def test_binomial_rule(k, n, holds):
    assert holds_against_chance("MY_NUMBER", k, n) is holds


def test_binom_tail_values():
    assert binom_tail(1, 1, 0.1) == pytest.approx(0.1)
    assert binom_tail(2, 2, 0.1) == pytest.approx(0.01)
    assert binom_tail(0, 5, 0.1) == 1.0
    assert binom_tail(3, 10, 0.1) == pytest.approx(0.0701908, rel=1e-5)  # 1 - P(X <= 2)


@pytest.mark.parametrize("code, ok", [("4901234567894", True), ("4901234567890", False), ("490123456789", False)])
def test_jan_check_digit(code, ok):
    assert jan_ok(code) is ok


def test_product_table_name_is_not_a_person():
    cols, _ = judge("dtb_product", ["id", "name", "product_code"],
                    [[str(i), f"りんごジュース{i}", _jan()] for i in range(30)])
    assert cols["name"]["found"] == [] and cols["name"]["category"] is None
    assert cols["product_code"]["found"] == []


def test_salted_sha256_is_not_weak():
    rows = [[str(i), hashlib.sha256(f"p{i}".encode()).hexdigest(), _alnum(10)] for i in range(20)]
    cols, _ = judge("dtb_customer", ["id", "password", "salt"], rows)
    p = cols["password"]["protection"]
    assert cols["password"]["category"] == "PASSWORD_HASH" and p["weak"] is False and p["salted"] == "salt"
    unsalted, _ = judge("dtb_customer", ["id", "password"], [r[:2] for r in rows])
    assert unsalted["password"]["protection"]["weak"] is True


@pytest.mark.parametrize("columns, row, group", [
    (["郵便番号（上3桁）", "郵便番号（下4桁）"], ["100", "{i:04d}"], "郵便番号（上3桁）+郵便番号（下4桁）"),
    (["電話番号1", "電話番号2", "電話番号3"], ["03", "3581", "{i:04d}"], "電話番号1+電話番号2+電話番号3"),
    (["TEL1", "TEL2", "TEL3"], ["090", "1234", "{i:04d}"], "TEL1+TEL2+TEL3"),
    (["order_tel01", "order_tel02", "order_tel03"], ["080", "2345", "{i:04d}"], "order_tel01+order_tel02+order_tel03"),
])
def test_japanese_and_upper_case_split_names(columns, row, group):
    cols, groups = judge("t", columns, [[v.format(i=i) for v in row] for i in range(20)])
    assert [(g["name"], g["confirmed"]) for g in groups] == [(group, True)]
    assert all(c["found"] and c["confidence"] >= 0.9 for c in cols.values())


from hypothesis import given, strategies as hs  # noqa: E402

from tokumei.scan.vocab import split_name  # noqa: E402


@given(hs.integers(0, 60), hs.integers(1, 60), hs.floats(0.01, 0.5))
def test_binom_tail_is_a_probability_and_falls_with_k(k, n, p):
    a, b = binom_tail(k, n, p), binom_tail(k + 1, n, p)
    assert 0.0 <= b <= a <= 1.0


@given(hs.sampled_from(["tel", "zip", "addr", "order_tel", "電話番号", "TEL", "name", "kana"]), hs.integers(1, 99))
def test_split_name_round_trip(base, n):
    for name in (f"{base}{n}", f"{base}{n:02d}", f"{base}_{n}"):
        assert split_name(name) == (base, name[len(base):].lstrip("_"))


# ---- names tiers on identifier tokens (merge of #11's CRF names tier with #15) -------------------

def _stats(ident: int, **contains: int) -> ColumnStats:
    from collections import Counter

    return ColumnStats(rows=100, non_empty=100, ident=ident, contains=Counter(contains))


@pytest.mark.parametrize("name, ident, contains, found, why", [
    # a salt/key column: a names tier reading 「vbjIss80gd」 as a company is chance
    ("salt", 83, {"ORGANIZATION": 2}, [], {"ORGANIZATION": "identifier"}),
    ("c1", 95, {"PERSON": 4, "LOCATION": 3}, [], {"LOCATION": "identifier", "PERSON": "identifier"}),
    # free text (few identifier tokens): two mentions of a company are a finding
    ("memo", 10, {"ORGANIZATION": 2}, ["ORGANIZATION"], {}),
    # the column's name says 氏名: its own label stays (values such as 「taro01」 are login names)
    ("氏名", 90, {"PERSON": 30, "ORGANIZATION": 5}, ["PERSON"], {"ORGANIZATION": "identifier"}),
])
def test_names_in_identifier_columns_are_to_review(name, ident, contains, found, why):
    got = decide(name, _stats(ident, **contains))
    assert got["found"] == found
    assert {r["label"]: r["why"] for r in got["review"] if r["why"] == "identifier"} == why


@pytest.mark.parametrize("value, ident", [
    ("vbjIss80gd", True), ("A-2034-5512", True), ("tok9", True),
    ("BZJhvvSpa", False), ("Taro Yamada", False), ("yamada@example.jp", False), ("090-1234-5678", False),
    ("架空ハイツ101", False),
])
def test_identifier_tokens(value, ident):
    from tokumei.scan.classify import IDENT

    assert bool(IDENT.fullmatch(value)) is ident
