"""Masking for ``--show-examples``: an inventory may show the SHAPE of a value, never the value.

Rules (per category): names keep the family name (山田**), phone numbers keep the first group
and the last four digits (090-****-5678), card/ID numbers keep the last four digits, e-mail
keeps the first character and the domain, addresses keep prefecture and municipality (東京都千代田区****), dates keep
the year, hashes keep only the scheme prefix, passwords and anything unrecognised shows only asterisks.

例::

    >>> mask_value("山田 太郎", "PERSON")
    '山田 **'
    >>> mask_value("090-1234-5678", "PHONE")
    '090-****-5678'
"""
from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
_MUNICIPALITY = re.compile(r"^((?:東京都|北海道|(?:京都|大阪)府|.{2,3}?県)?.{1,6}?[市区郡町村])")


def _keep_digits(value: str, tail: int = 4, head: int = 0) -> str:
    """Every digit as ``*`` except the first ``head`` and the last ``tail``; other characters kept."""
    total = len(_DIGIT.findall(value))
    seen = 0
    out = []
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= head or seen > total - tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def _phone(value: str) -> str:
    parts = re.split(r"([-－ ])", value)
    if len(parts) >= 5:  # 090-1234-5678: keep first and last group
        return "".join(parts[:2]) + "".join("*" * len(p) if i % 2 == 0 else p
                                            for i, p in enumerate(parts[2:-1])) + parts[-1]
    if len(_DIGIT.findall(value)) >= 10:
        return _keep_digits(value, 4, head=3)
    return _keep_digits(value)


def _person(value: str) -> str:
    v = value.strip()
    for sep in (" ", "\u3000"):
        if sep in v:
            first, _, rest = v.partition(sep)
            return first + sep + "*" * min(2, max(1, len(rest.strip())))
    keep = 2 if len(v) >= 3 else 1
    return v[:keep] + "**"


def _email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not at:
        return value[:1] + "***"
    return local[:1] + "***@" + domain


def mask_value(value: str, category: str | None) -> str:
    """Mask a value for display according to its category (see module doc)."""
    v = value.strip()
    if not v:
        return v
    if category == "PERSON":
        return _person(v)
    if category == "PHONE":
        return _phone(v)
    if category in {"CREDIT_CARD", "MY_NUMBER", "BANK_ACCOUNT", "CORPORATE_NUMBER", "PENSION_NUMBER",
                    "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "DRIVERS_LICENSE",
                    "PASSPORT", "RESIDENCE_CARD", "POSTAL_CODE", "MEMBER_ID"}:
        return _keep_digits(v, 4 if category != "POSTAL_CODE" else 0)
    if category == "EMAIL":
        return _email(v)
    if category == "ADDRESS":
        m = _MUNICIPALITY.match(v)
        keep = m.group(1) if m and len(m.group(1)) < len(v) else v[:4]
        return keep + "****"
    if category in {"DATE_OF_BIRTH", "DATE"}:
        return v[:4] + re.sub(r"\d", "*", v[4:]) if len(v) > 4 else "****"
    if category == "PASSWORD_HASH":
        m = re.match(r"^(\$[^$]+\$|[a-z0-9_]+\$)", v)
        return (m.group(1) if m else "") + "…"
    if category == "PASSWORD":
        return "********"
    if category in {"GENDER"}:
        return v
    return "*" * min(len(v), 8)  # unknown kind: show only that something is there
