"""Validation of phone-number candidates with ``phonenumbers`` (Google libphonenumber metadata).

Used by :mod:`tokumei.detect.recognizers.jp.phone`; kept apart so that the recognizer module
stays small. libphonenumber's numbering-plan metadata for JP follows 総務省「電気通信番号計画」
and is maintained upstream, which is why it is used instead of hand-written area-code tables.

例: ``validate_phone("0547(35)1234") == {"e164": "+81547351234", "kind": "fixed"}``
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberFormat, PhoneNumberType
try:  # phonenumbers' internal steps, for the direct path below; without them, parse everything
    from phonenumbers.phonenumberutil import ValidationResult, _test_number_length
    from phonenumbers.phonenumberutil import _maybe_strip_national_prefix_carrier_code as _strip_national_prefix
except ImportError:  # pragma: no cover - depends on the phonenumbers version
    _DIRECT = False
else:
    _DIRECT = True

_KIND = {
    PhoneNumberType.FIXED_LINE: "fixed", PhoneNumberType.MOBILE: "mobile",
    PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed", PhoneNumberType.VOIP: "ip",
    PhoneNumberType.TOLL_FREE: "toll_free", PhoneNumberType.UAN: "navi_dial",
    PhoneNumberType.SHARED_COST: "shared_cost", PhoneNumberType.PREMIUM_RATE: "premium_rate",
    PhoneNumberType.PAGER: "pager", PhoneNumberType.PERSONAL_NUMBER: "personal",
}

_JP = PhoneMetadata.metadata_for_region("JP")
if _DIRECT:
    _NOT_STRIPPED = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY, ValidationResult.INVALID_LENGTH)
    _POSSIBLE = (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY)
    #: ``_test_number_length(national, JP)`` for any type-less national number depends on its
    #: length alone (the general description's possible and local-only lengths): asked once per
    #: length here instead of per number.
    _LENGTH_RESULT = {k: _test_number_length("1" * k, _JP) for k in range(40)}


def _length_result(national: str) -> int:
    """``_test_number_length(national, JP)``, looked up by length."""
    got = _LENGTH_RESULT.get(len(national))
    return _test_number_length(national, _JP) if got is None else got


def _desc_matcher(desc) -> Callable[[str], bool]:
    """phonenumbers' ``_is_number_matching_desc(national, desc)`` with the regex compiled once:
    a possible length (when the desc lists any), then the national-number pattern matching the
    whole number (its ``_match(…, allow_prefix_match=False)``: match at 0 and full match, which
    is the full match alone)."""
    if desc is None or not desc.national_number_pattern:
        return lambda national: False
    full = re.compile(desc.national_number_pattern).fullmatch
    lengths = frozenset(desc.possible_length)
    if lengths:
        return lambda national: len(national) in lengths and full(national) is not None
    return lambda national: full(national) is not None


#: (matcher, type) in the order of phonenumbers' ``_number_type_helper``, for the JP metadata.
_JP_TYPES = [(_desc_matcher(getattr(_JP, attr)), ntype) for attr, ntype in (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE), ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST), ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER), ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN), ("voicemail", PhoneNumberType.VOICEMAIL))]
_JP_GENERAL = _desc_matcher(_JP.general_desc)
_JP_FIXED = _desc_matcher(_JP.fixed_line)
_JP_MOBILE = _desc_matcher(_JP.mobile)


def _jp_number_type(national: str) -> int:
    """``phonenumbers.phonenumberutil._number_type_helper(national, JP metadata)``, step for step,
    without its per-call regex-cache look-ups (tests compare the two on many numbers)."""
    if not _JP_GENERAL(national):
        return PhoneNumberType.UNKNOWN
    for matches, ntype in _JP_TYPES:
        if matches(national):
            return ntype
    if _JP_FIXED(national):
        if _JP.same_mobile_and_fixed_line_pattern or _JP_MOBILE(national):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not _JP.same_mobile_and_fixed_line_pattern and _JP_MOBILE(national):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


@lru_cache(maxsize=4096)
def validate_phone(value: str) -> dict | None:
    """E.164 and kind when ``value`` is a valid Japanese number (libphonenumber), else None.

    例: ``validate_phone("03-3581-1234") == {"e164": "+81335811234", "kind": "fixed"}``
    """
    digits = value.replace("-", "")
    if _DIRECT and digits.isdigit() and digits.isascii() and 9 <= len(digits) <= 12 and digits[0] == "0" \
            and digits[1] != "0" and not digits.startswith(_JP.international_prefix):
        return _national(digits)
    return _parsed(value)


def _national(digits: str) -> dict | None:
    """:func:`_parsed` for the common case — digits (hyphens removed) in national format, 0 then
    not 0, not the international prefix 010 — with the steps ``phonenumbers.parse`` and the
    checks take for it, called directly on the JP metadata: strip the national prefix as parse
    does, then length, E.164 and type. Tests compare it with :func:`_parsed` on every shape."""
    _, national, _ = _strip_national_prefix(digits, _JP)
    if _length_result(national) in _NOT_STRIPPED:
        national = digits
    if _length_result(national) not in _POSSIBLE:
        return None
    e164 = "+81" + national
    ntype = _jp_number_type(national)
    if ntype == PhoneNumberType.UNKNOWN:
        return {"e164": e164, "kind": "unknown", "possible_only": True}
    return {"e164": e164, "kind": _KIND.get(ntype, "other")}


def _parsed(value: str) -> dict | None:
    """Validation through ``phonenumbers.parse`` (any form: +81, other countries, (0), spaces)."""
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
