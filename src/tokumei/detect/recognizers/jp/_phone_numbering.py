"""Validation of phone-number candidates with ``phonenumbers`` (Google libphonenumber metadata).

Used by :mod:`tokumei.detect.recognizers.jp.phone`; kept apart so that the recognizer module
stays small. libphonenumber's numbering-plan metadata for JP follows 総務省「電気通信番号計画」
and is maintained upstream, which is why it is used instead of hand-written area-code tables.

例: ``validate_phone("0547(35)1234") == {"e164": "+81547351234", "kind": "fixed"}``
"""
from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

_KIND = {
    PhoneNumberType.FIXED_LINE: "fixed", PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed", PhoneNumberType.VOIP: "ip",
    PhoneNumberType.TOLL_FREE: "toll_free", PhoneNumberType.UAN: "navi_dial",
    PhoneNumberType.SHARED_COST: "shared_cost", PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.PAGER: "pager", PhoneNumberType.PERSONAL_NUMBER: "personal",
}

@lru_cache(maxsize=4096)
def validate_phone(value: str) -> dict | None:
    """E.164 and kind when ``value`` is a valid Japanese number (libphonenumber), else None.

    例: ``validate_phone("03-3581-1234") == {"e164": "+81335811234", "kind": "fixed"}``
    """
    try:
        num = phonenumbers.parse(value.replace("(0)", ""), "JP")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(num):
        return None
    e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
    # number_type is UNKNOWN exactly when is_valid_number is False (both match the national
    # number against the same region's metadata), so one call answers both questions
    ntype = phonenumbers.number_type(num)
    if ntype == PhoneNumberType.UNKNOWN:  # block not (yet) in the metadata
        return {"e164": e164, "kind": "unknown", "possible_only": True} if num.country_code == 81 else None
    kind = _KIND.get(ntype, "other")
    if num.country_code != 81:
        return {"e164": e164, "kind": kind, "region": phonenumbers.region_code_for_number(num)}
    return {"e164": e164, "kind": kind}
