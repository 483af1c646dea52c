"""The roster's vocabulary: printable fields, audiences, the member's choices, and the one rule
that decides what an edition may hold.

A member chooses, per field, the *widest* audience that may see it (``members`` = 掲載する
(会員全員)) or ``none`` (掲載しない). Audiences are ordered widest first; an edition for audience
``A`` may print a field only when the member's choice is ``A`` or an audience wider than ``A``
(an officer is also a member, so what every member may read an officer may read too). No
choice means not listed: the law treats handing a roster to others as provision to third
parties (個人情報保護法 第27条第1項), which needs the person's prior consent, so the default is
opt-out of everything until the member answers.

例::

    >>> auds = ["members", "officers"]
    >>> included("members", "members", auds), included("officers", "members", auds)
    (True, False)
    >>> included(None, "officers", auds), included("none", "officers", auds)
    (False, False)
"""
from __future__ import annotations

from typing import Iterable, Mapping

#: printable fields (key → Japanese label), in the default print order
FIELDS: dict[str, str] = {
    "name": "氏名",
    "kana": "ふりがな",
    "grade_class": "学年・クラス",
    "address": "住所",
    "phone": "電話",
    "email": "メール",
    "employer": "勤務先",
    "grad_year": "卒業年",
    "note": "自由記述",
}
FIELD_BY_LABEL: dict[str, str] = {v: k for k, v in FIELDS.items()} | {"学年": "grade_class", "クラス": "grade_class",
                                                                        "電話番号": "phone", "メールアドレス": "email"}
#: the field without which a member is never listed (a row of contact data without a name is
#: pointless, and a name is the one field every roster prints)
NAME = "name"
NONE = "none"
DEFAULT_AUDIENCES: list[dict[str, str]] = [{"key": "members", "label": "会員全員"},
                                           {"key": "officers", "label": "役員のみ"}]


def included(choice: str | None, audience: str, audiences: list[str]) -> bool:
    """May a field with this ``choice`` be printed in an edition for ``audience``?

    ``audiences`` is the roster's audience keys, widest first. Unknown keys are never included.
    例: ``included("members", "officers", ["members", "officers"])`` → True
    """
    if choice is None or choice == NONE or choice not in audiences or audience not in audiences:
        return False
    return audiences.index(choice) <= audiences.index(audience)


def printable(data: Mapping[str, str], choices: Mapping[str, str], audience: str, audiences: list[str],
              fields: Iterable[str]) -> dict[str, str] | None:
    """The values of one member an edition for ``audience`` may hold, or None (not listed).

    A member is listed only when their name is consented for this audience; then every other
    field with consent is printed and the rest left blank.
    例: ``printable({"name": "青木", "phone": "1"}, {"name": "members"}, "members", ["members"], ["name", "phone"])``
    → ``{"name": "青木"}``
    """
    if not included(choices.get(NAME), audience, audiences):
        return None
    return {f: data.get(f, "") for f in fields if included(choices.get(f), audience, audiences) and data.get(f)}


def choice_label(choice: str | None, audiences: list[dict[str, str]]) -> str:
    """Japanese wording of a choice. 例: ``choice_label("members", DEFAULT_AUDIENCES) == "掲載する（会員全員）"``"""
    if not choice or choice == NONE:
        return "掲載しない"
    for i, a in enumerate(audiences):
        if a["key"] == choice:
            return f"掲載する（{a['label']}）" if i == 0 else a["label"]
    return "掲載しない"


def audience_label(key: str, audiences: list[dict[str, str]]) -> str:
    """例: ``audience_label("officers", DEFAULT_AUDIENCES) == "役員のみ"``"""
    return next((a["label"] for a in audiences if a["key"] == key), key)
