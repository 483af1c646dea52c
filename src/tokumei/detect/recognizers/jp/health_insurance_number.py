"""HEALTH_INSURANCE_NUMBER — 保険者番号 (8 digits; 6 for 国民健康保険) with its 検証番号.

検証番号 (source: 「保険者番号等の設定について」厚生省保険局長通知 別添「保険者番号設定要領」):
starting from the LAST of the base digits multiply alternately by 2 and 1 (for 8 digits the
weights from the left are 2,1,2,1,2,1,2), add the digits of each product (14 → 1+4), and the
check digit is 10 − (units digit of the sum), or 0 when that units digit is 0. Confirmed on
協会けんぽ東京支部 01130012, 協会けんぽ宮城支部 01040013 and 千葉県警察 33120015; the 6-digit
国保 form gets the same rule over its 5 base digits (not yet confirmed on a published number).
A 保険者番号 failing the check is not reported. 記号・番号 of the card have no check digit and
are reported only after the words 記号 / 番号 in an insurance context (see health_insurance_kigo).

例: 「保険者番号 01130012」 → HEALTH_INSURANCE_NUMBER（検査OK）
"""
from __future__ import annotations

from tokumei.detect.recognizers.jp.credit_card import luhn_check_digit
from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register


def insurer_check_digit(base: str) -> int:
    """検証番号 for the 7 (or 5) base digits. 例: ``insurer_check_digit("0113001") == 2``"""
    return luhn_check_digit(base)  # the 設定要領's arithmetic is the Luhn (ISO/IEC 7812) digit


def is_valid_insurer_number(value: str) -> bool:
    """True for an 8- or 6-digit 保険者番号 with a correct 検証番号.

    例: ``is_valid_insurer_number("33120015") is True``
    """
    if len(value) not in (6, 8) or not value.isdigit() or not value.isascii():
        return False
    return insurer_check_digit(value[:-1]) == int(value[-1])


RECOGNIZER = register(
    PatternRecognizer(
        name="jp.health_insurance_number.v1",
        label="HEALTH_INSURANCE_NUMBER",
        patterns=(
            Pattern(r"\d(?<![\d\-.,]\d)\d{7}(?![\d\-]|[.,]\d)", 0.55, "8桁の保険者番号"),
            Pattern(r"\d(?<![\d\-.,]\d)\d{5}(?![\d\-]|[.,]\d)", 0.5, "6桁の保険者番号（国保）"),
        ),
        context=Context(
            words=("保険者番号", "健康保険", "保険証", "被保険者証", "国民健康保険", "国保", "協会けんぽ",
                   "健保", "資格確認書"),
            before=30,
            after=4,
            boost=0.4,
            required=True,
            negative=("注文番号", "請求書番号", "伝票番号", "電話", "TEL", "FAX", "郵便", "〒"),
        ),
        validator=is_valid_insurer_number,
        reason="保険者番号",
    )
)
