import pytest

from detect.recognizers._ident import one, texts
from tokumei.detect.recognizers.jp.health_insurance_number import insurer_check_digit, is_valid_insurer_number


@pytest.mark.parametrize(
    "number",
    # confirmed public insurer numbers: 協会けんぽ東京支部, 協会けんぽ宮城支部, 千葉県警察
    ["01130012", "01040013", "33120015"],
)
def test_real_insurer_numbers_pass_the_check(number):
    assert is_valid_insurer_number(number)
    assert texts(f"保険者番号 {number}", "HEALTH_INSURANCE_NUMBER") == [number]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("健康保険証 保険者番号：０１１３００１２", "０１１３００１２"),
        ("国民健康保険 保険者番号 138222", "138222"),  # 6 digits (国保): 13822 → 2 by the same rule (computed, not a published number)
    ],
)
def test_positives(text, expected):
    assert texts(text, "HEALTH_INSURANCE_NUMBER") == [expected]


@pytest.mark.parametrize(
    "text",
    ["保険者番号 01130013", "保険者番号 06130012", "01130012", "注文番号 01130012 保険", "保険者番号 0113001",
     "国民健康保険 保険者番号 138221"],
)
def test_negatives(text):
    assert texts(text, "HEALTH_INSURANCE_NUMBER") == []


@pytest.mark.parametrize("base, check", [("0113001", 2), ("3312001", 5), ("0104001", 3), ("13822", 2)])
def test_check_digit(base, check):
    assert insurer_check_digit(base) == check


@pytest.mark.parametrize(
    "text, expected",
    [
        ("健康保険証 記号 1234 番号 56", ["1234", "56"]),
        ("被保険者証の記号：12-34、番号：567", ["12-34", "567"]),
        ("保険証 記号 ＡＢＣ１ 番号 ２３", ["ＡＢＣ１", "２３"]),
        ("資格確認書 記号 1234 番号 56（枝番 01）", ["1234", "56", "01"]),
    ],
)
def test_kigo_bango(text, expected):
    assert texts(text, "HEALTH_INSURANCE_NUMBER") == expected


@pytest.mark.parametrize("text", ["記号 1234 番号 56", "ゆうちょ 保険料 記号 12345 番号 12345671"])
def test_kigo_bango_negatives(text):
    assert texts(text, "HEALTH_INSURANCE_NUMBER") == []


def test_check_digit_marks_validated():
    assert one("保険者番号 01130012", "HEALTH_INSURANCE_NUMBER").validated
