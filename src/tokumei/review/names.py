"""Words for the adviser's screens in place of internal identifiers: the recognizer that found
an item (``jp.names.rules.v1`` → 「自動検出（人名・組織名の規則）」) and who did something in the
audit log (``adviser:1`` → 「担当者 佐藤 花子」, ``client:link#2`` → 「事業者（リンク2）」).
The stored values keep the identifiers (the audit log is hashed as written).

例::

    >>> actor_ja("client:link#2", {})
    '事業者（リンク2）'
    >>> reason_ja("人名（jp.names.rules.v1: 人名（姓名））")
    '人名 — 自動検出（人名・組織名の規則）: 人名（姓名）'
"""
from __future__ import annotations

import re

#: Recognizer families (name without the version) with their own words; every other versioned
#: recognizer (phone, postal code, My Number …) is a pattern rule, named by the label beside it.
SOURCES_JA = {
    "jp.names.rules": "自動検出（人名・組織名の規則）",
    "jp.names.dict": "案件に登録した名前",
    "jp.names.ginza": "自動検出（文の解析）",
    "jp.names.coref": "自動検出（同じ名前の言い換え）",
    "manual": "手動で追加",
}
_ID = re.compile(r"\b(?:jp|generic|intl)\.[a-z_.]+?\.v\d+\b")
_REASON = re.compile(r"^(?P<label>[^（]+)（(?P<rule>(?:jp|generic|intl)\.[a-z_.]+?\.v\d+): (?P<detail>.*)）$", re.S)


def source_ja(rule: str) -> str:
    """Words for a recognizer id. 例: ``source_ja("jp.phone.v1") == "自動検出（形式の規則）"``"""
    family = re.sub(r"\.v\d+$", "", rule)
    return SOURCES_JA.get(family, "自動検出（形式の規則）")


def reason_ja(reason: str) -> str:
    """A detection's reason with its recognizer id in words (``label（id: detail）`` →
    ``label — words: detail``; any other id inside the text is replaced in place).
    例: ``reason_ja("URL（generic.url.v1: URLの形式）") == "URL — 自動検出（形式の規則）: URLの形式"``"""
    m = _REASON.match(reason or "")
    if m:
        return f"{m['label']} — {source_ja(m['rule'])}: {m['detail']}"
    return _ID.sub(lambda x: source_ja(x.group(0)), reason or "")


def actor_ja(actor: str, advisers: dict[int, str]) -> str:
    """Who did it, in words; ``advisers`` maps adviser ids to display names.
    例: ``actor_ja("adviser:1", {1: "佐藤 花子"}) == "担当者 佐藤 花子"``"""
    kind, _, rest = actor.partition(":")
    if kind == "adviser" and rest.isdigit():
        name = advisers.get(int(rest))
        return f"担当者 {name}" if name else f"担当者（削除されたアカウント {rest}）"
    if kind == "client" and rest.startswith("link#") and rest[5:].isdigit():
        return f"事業者（リンク{rest[5:]}）"
    if kind == "member" and rest.isdigit():  # the roster area's members (/m/ pages)
        return f"会員（番号{rest}）"
    if actor == "system":
        return "システム"
    if actor == "cli":  # `tokumei roster …` on the command line
        return "コマンド（tokumei roster）"
    return "不明"


def adviser_ids(actors: list[str]) -> set[int]:
    """The adviser ids named in a list of actors. 例: ``adviser_ids(["adviser:3", "system"]) == {3}``"""
    return {int(a[8:]) for a in actors if a.startswith("adviser:") and a[8:].isdigit()}
