"""Japanese names for the items that may leak, as used in notices and the report draft.

Covers the shared label vocabulary (:data:`tokumei.span.LABELS`), the scan categories
(PASSWORD, PASSWORD_HASH, GENDER, AGE) and the 要配慮個人情報 categories of 個人情報保護法
第2条第3項 and 施行令第2条 (source of :data:`SENSITIVE_JA`).

例::

    >>> items_ja(["PERSON", "ADDRESS", "PHONE"])
    ['氏名', '住所', '電話番号']
"""
from __future__ import annotations

from typing import Iterable

from tokumei.span import LABEL_JA, LABELS

#: Extra item categories written by ``tokumei scan`` (issue #6) besides the span labels.
EXTRA_ITEMS: dict[str, str] = {
    "PASSWORD": "パスワード",
    "PASSWORD_HASH": "パスワード（ハッシュ値）",
    "GENDER": "性別",
    "AGE": "年齢",
}

#: 要配慮個人情報 (法第2条第3項, 施行令第2条). Keys accepted in ``sensitive``; Japanese names too.
SENSITIVE_JA: dict[str, str] = {
    "RACE": "人種",
    "CREED": "信条",
    "SOCIAL_STATUS": "社会的身分",
    "MEDICAL_HISTORY": "病歴",
    "CRIMINAL_RECORD": "犯罪の経歴",
    "CRIME_VICTIM": "犯罪により害を被った事実",
    "DISABILITY": "心身の機能の障害",
    "HEALTH_CHECK": "健康診断等の結果",
    # no 中黒 in a name: notices join the items with 「・」 (施行令第2条第3号: 指導・診療・調剤)
    "MEDICAL_CARE": "医師等による診療等の事実",
    "CRIMINAL_PROCEDURE": "刑事事件に関する手続",
    "JUVENILE_PROCEDURE": "少年の保護事件に関する手続",
}

#: The 要配慮 categories written by ``tokumei scan`` (tokumei.scan.vocab.SENSITIVE) → our keys.
SCAN_SENSITIVE: dict[str, str] = {
    "SENSITIVE_HEALTH": "MEDICAL_HISTORY",
    "SENSITIVE_DISABILITY": "DISABILITY",
    "SENSITIVE_CRIMINAL": "CRIMINAL_RECORD",
    "SENSITIVE_BELIEF": "CREED",
    "SENSITIVE_RACE": "RACE",
    "SENSITIVE_VICTIM": "CRIME_VICTIM",
    "SENSITIVE_MEDICAL_CARE": "MEDICAL_CARE",
    "SENSITIVE_HEALTH_CHECK": "HEALTH_CHECK",
    "SENSITIVE_SOCIAL_STATUS": "SOCIAL_STATUS",
}

#: Wording for notices: a person reads 「氏名」 rather than 「人名」. No 中黒 in a name (notices
#: join the items with 「・」, so 「勤務先・団体名」 read as two items).
_NOTICE_JA = {**LABEL_JA, "PERSON": "氏名", "ORGANIZATION": "勤務先等の団体名", "CREDIT_CARD": "クレジットカード情報"}

#: Identity-document labels shown together as 「身分証明書情報」 in notices.
ID_DOCUMENTS = ("DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD", "HEALTH_INSURANCE_NUMBER")

ITEM_KEYS: frozenset[str] = frozenset(LABELS) | frozenset(EXTRA_ITEMS)


#: Japanese names an owner may write in ``items`` / ``not_items`` besides the keys.
ITEM_ALIASES: dict[str, str] = {
    "カード": "CREDIT_CARD", "クレジットカード": "CREDIT_CARD", "カード番号": "CREDIT_CARD", "個人番号": "MY_NUMBER",
    "名前": "PERSON", "電話": "PHONE", "メール": "EMAIL", "誕生日": "DATE_OF_BIRTH",
}


def normalize_item(value: str) -> str | None:
    """The item key of a key or a Japanese name, else None.

    例: ``normalize_item("マイナンバー") == "MY_NUMBER"``; ``normalize_item("カード") == "CREDIT_CARD"``
    """
    v = value.strip()
    if v.upper() in ITEM_KEYS:
        return v.upper()
    if v in ITEM_ALIASES:
        return ITEM_ALIASES[v]
    for table in (_NOTICE_JA, LABEL_JA, EXTRA_ITEMS):
        for k, ja in table.items():
            if v == ja and k in ITEM_KEYS:
                return k
    return None


def normalize_sensitive(value: str) -> str | None:
    """Return the canonical key of a 要配慮個人情報 category (key or Japanese name), else None."""
    v = value.strip()
    if v.upper() in SCAN_SENSITIVE:
        return SCAN_SENSITIVE[v.upper()]
    if v.upper() in SENSITIVE_JA:
        return v.upper()
    for k, ja in SENSITIVE_JA.items():
        if v == ja:
            return k
    return None


def item_ja(key: str) -> str:
    """Japanese name of one item key (labels, scan categories, 要配慮 categories)."""
    return _NOTICE_JA.get(key) or EXTRA_ITEMS.get(key) or SENSITIVE_JA.get(key) or key


def items_ja(keys: Iterable[str], *, group_ids: bool = False) -> list[str]:
    """Japanese names in the given order, duplicates removed; ``group_ids`` merges the
    identity-document labels into one 「身分証明書情報」 (used for the not-leaked list)."""
    out: list[str] = []
    for k in keys:
        name = "身分証明書情報" if group_ids and k in ID_DOCUMENTS else item_ja(k)
        if name not in out:
            out.append(name)
    return out
