"""Doubt in :mod:`.sense`: which name spans are names the dictionary or the model doubts, and which katakana words are
people although SudachiDict also lists them as ordinary nouns. Split off :mod:`.sense` in stop 32 (past 400 lines);
the thresholds were chosen on the held-out documents of the CV folds (docs/anonymize.md 「第 32 回」).

例::

    >>> from tokumei.span import Span
    >>> _dictionary_only_name(Span("PERSON", 0, 2, "塩田", .55, "jp.names.rules.v1", "人名（姓）（モデル: 人名の可能性 0.15）",
    ...                            data={"review": True, "p": 0.15}))
    True
"""
from __future__ import annotations

import re

from tokumei.anonymize.sense import MODEL_SOURCE, MODEL_SURE, RULE_SOURCE, _entries
from tokumei.detect.names.rules.base import CONTEXT_PERSON_REASONS
from tokumei.span import Span

#: Reasons of person rules that read a person from the context: after a kin word or a role (母の|トメ), 〜出身の, 〜から来た
#: (the rules' own strings: tokumei.detect.names.rules.base.CONTEXT_PERSON_REASONS).
_PERSON_CONTEXT = CONTEXT_PERSON_REASONS
_KATAKANA_NAME = re.compile(r"[ァ-ヺ][ァ-ヺー]{1,7}")


def _katakana_person(s: Span, word: str) -> bool:
    """A katakana word SudachiDict lists both as a person's name and as an ordinary noun (クレール, ジェイ, ミナ, トメ),
    that the model is sure of (≥ 0.9) or a person rule read from its context (母のトメ, スイス出身のケラー), and that
    the model does not doubt: a foreign or old given name, no ordinary word (a-dev-94/162/270/571: staff and family
    named once, kept as written before). ネット・ノート・クラス in 「税理士のノート」 stay ordinary: the model doubts them
    there (``review``)."""
    if s.label != "PERSON" or not _KATAKANA_NAME.fullmatch(word) or (s.data or {}).get("review"):
        return False
    context = bool(_PERSON_CONTEXT.search(s.reason or ""))
    entries = _entries(word)
    if not any(p[:3] == ("名詞", "固有名詞", "人名") for p in entries) and not (
            context and any(p[1] == "固有名詞" for p in entries)):
        return False  # (実習生のクオンと: a proper noun, though not a person's, after a role — stop 39, names dev wave 11)
    return s.source == MODEL_SOURCE and s.score >= 0.9 or context


_HIRAGANA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")


def _kin_kana_given(s: Span, word: str) -> bool:
    """A hiragana given name a person rule read after a kin word (孫のひなたに, 娘のあかりは: JMnedict's given name there,
    :func:`tokumei.detect.names.rules.lists.role_of_name`), though SudachiDict also lists the word as an ordinary noun
    (日向, 明かり): the rule already left out what a kin word's の takes as a thing (母の愛, 娘のこと), so the noun reading
    does not make it ordinary (stop 40, anonymize dev: 「孫のひなたに任せとります」 was published as written)."""
    return s.label == "PERSON" and bool(_HIRAGANA_GIVEN.fullmatch(word)) and bool(_PERSON_CONTEXT.search(s.reason or ""))


def _unknown_katakana(s: Span, word: str) -> bool:
    """A katakana word SudachiDict does not know as a whole (リズキー, リアム: cut into リズ|キー), that the model reads as a
    person at ≥ 0.5: an unknown foreign name, no row of ordinary nouns (it is then a doubtful name below
    :data:`MODEL_SURE`, replaced with the neutral placeholder, or a name)."""
    return s.label == "PERSON" and s.score >= 0.5 and bool(_KATAKANA_NAME.fullmatch(word)) and not _entries(word)


#: Why a name span is doubtful (:func:`doubt`): the note added to its reason.
RULE_ORG_DOUBT = "・規則だけの推定でモデルは組織名と読まない"
DICTIONARY_DOUBT = "・辞書だけの推定でモデルは人名と読まない"
MODEL_DOUBT = "・モデルだけの推定"


def doubt(text: str, s: Span) -> str | None:
    """Why ``s`` is a doubtful name, or None: a rule organisation the model does not read as one
    (:func:`_rule_org_model_doubts`), a bare surname or given name only the dictionary proposed that the model does not
    read as a person (below 0.5: 塩田|跡, 桜葉の漬け込み, 眉は|鶴: :func:`_dictionary_only_name`), or a guess of the
    statistical model alone below :data:`MODEL_SURE` (清水 0.59 in 「清水が湧き出ました」)."""
    if _rule_org_model_doubts(text, s):
        return RULE_ORG_DOUBT
    if _dictionary_only_name(s):
        return DICTIONARY_DOUBT
    if s.source == MODEL_SOURCE and s.score < MODEL_SURE:
        return MODEL_DOUBT
    return None


#: Reasons of the rule tier's bare dictionary names (a surname or given name with no honorific, title or context).
_BARE_NAME_REASON = re.compile(r"人名（[姓名]）（モデル: ")


def _rule_org_model_doubts(text: str, s: Span) -> bool:
    """An ORGANIZATION span of the rule tier, not in quotes, that the model reads as no organisation (p < 0.2: 二号店,
    カヌー教室, ガス設備, 三六協定, うどん屋). On the held-out folds of the hand-written dev sets (stop 32, fold models)
    such spans were an organisation or a place 9 times and no name 65 times: hidden (recall) behind the neutral
    placeholder, no company's letter, and listed."""
    d = s.data or {}
    return s.label == "ORGANIZATION" and s.source == RULE_SOURCE and bool(d.get("review")) \
        and float(d.get("p", 1.0)) < 0.2 and text[s.start - 1 : s.start] not in ("「", "『")


def _dictionary_only_name(s: Span) -> bool:
    """A PERSON span of the rule tier from the dictionary alone (人名（姓）, 人名（名）) that the model doubts (p < 0.5).
    On the held-out folds of the hand-written dev sets (stop 32, fold models) such spans were a name 46 times and no
    name 32 times: undecidable, so the text gets the neutral placeholder, which hides the string and asserts no
    person, and the review list names it."""
    d = s.data or {}
    return s.label == "PERSON" and bool(d.get("review")) and float(d.get("p", 1.0)) < 0.5 \
        and _BARE_NAME_REASON.match(s.reason or "") is not None
