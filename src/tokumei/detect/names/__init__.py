"""PERSON and ORGANIZATION detection in tiers, plus in-document coreference.

Tiers (each span's ``source`` says which one found it):

1. ``jp.names.rules.v1`` — rules on SudachiPy tokens (:mod:`.rules`): person-name POS,
   honorifics and titles (さん 様 氏 社長 …), legal forms (株式会社 ㈱ 医療法人 …), shop and office
   names (〜商店 〜事務所 〜クリニック), katakana and Latin names.
   ``jp.names.model.v1`` — the learned tier (:mod:`.model`, on by default, ``TOKUMEI_NAMES_MODEL=off``
   switches it off): a CRF trained on UD Japanese GSD NE train with the rules' output as a feature;
   PERSON, ORGANIZATION and LOCATION; rule and model spans combine per label (docs/names.md).
2. ``jp.names.dict.v1`` — the project's declared names with variants (:mod:`.dictionary`), and
   the allow-list (built-in public bodies + the project's ``[allow]``).
3. ``jp.names.ginza.v1`` — GiNZA NER (:mod:`.ner`), optional: on when ``TOKUMEI_NER=ginza`` is
   set or ``ner=True`` is passed. It is never the only path to a name; it adds organisations only
   (its extra person candidates were mostly wrong on GSD dev, see ``ner.TIER_LABELS``).

PERSON spans cover the bare name; a following honorific/title is in ``data["title"]``
(山田社長 → span 「山田」, data={"title": "社長"}), so anonymize can write 「C社長」.
Coreference (:mod:`.coref`) runs as a post step and gives 山田太郎 / 山田さん / 太郎さん one
``entity_id``, and emits 同社/同氏 as reference spans (``data={"reference": True}``).

例::

    >>> from tokumei import analyze
    >>> [(s.label, s.text) for s in analyze("山田社長に確認した。") if s.label == "PERSON"]
    [('PERSON', '山田')]
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable, Iterable

from tokumei.span import Span

if TYPE_CHECKING:  # pragma: no cover
    from tokumei.detect import Analyzer
    from tokumei.detect.names.project import Project
    from tokumei.detect.textview import TextView

__all__ = ["default_finders", "default_post", "build_analyzer", "ner_enabled", "model_enabled"]


def ner_enabled() -> bool:
    """True when the optional GiNZA tier is requested (``TOKUMEI_NER=ginza``)."""
    return os.environ.get("TOKUMEI_NER", "").strip().lower() in ("ginza", "1", "on", "true")


def model_enabled() -> bool:
    """False when the learned tier is switched off (``TOKUMEI_NAMES_MODEL=off``); on by default."""
    return os.environ.get("TOKUMEI_NAMES_MODEL", "").strip().lower() not in ("off", "0", "false", "no")


def default_finders(ner: bool | None = None, model: bool | None = None) -> list[Callable[["TextView"], Iterable[Span]]]:
    """Finders of the default pipeline: tier 1 rules combined with the learned tier
    (``jp.names.model.v1``, on by default), reading digits as a class (:mod:`.digits`), and tier 3
    GiNZA when enabled."""
    if model if model is not None else model_enabled():
        from tokumei.detect.names.model import find_names_and_model as find_names
    else:
        from tokumei.detect.names.rules import find_names

    from tokumei.detect.names.digits import digit_blind

    finders: list[Callable] = [digit_blind(find_names)]
    if ner if ner is not None else ner_enabled():
        from tokumei.detect.names.ner import find_ner_tier

        finders.append(find_ner_tier)
    return finders


def default_post(project: "Project | None" = None) -> list[Callable]:
    """Post steps: the districts of a named municipality (it needs every finder's places), the allow-list
    (built-in + project), what reads a name in brackets after it, then coreference."""
    from tokumei.detect.names.coref import link_entities
    from tokumei.detect.names.dictionary import AllowList
    from tokumei.detect.names.rules.branches import add_branch_places
    from tokumei.detect.names.rules.chain_branches import add_chain_branches
    from tokumei.detect.names.rules.kana_echoes import add_kana_echoes
    from tokumei.detect.names.rules.katakana_ends import add_katakana_ends
    from tokumei.detect.names.rules.bracket_readings import add_bracket_readings
    from tokumei.detect.names.rules.place_bodies import add_place_bodies
    from tokumei.detect.names.rules.place_edges import add_place_edges
    from tokumei.detect.names.rules.town_echoes import add_town_echoes
    from tokumei.detect.names.rules.spaced import cut_speaker_words
    from tokumei.detect.names.rules.vetoes import drop_in_handles

    allow = AllowList.builtin() if project is None else AllowList.for_project(project)
    return [add_town_echoes, add_place_bodies, add_branch_places, add_chain_branches, add_place_edges, add_katakana_ends, allow,
            add_bracket_readings, cut_speaker_words, link_entities, add_kana_echoes, drop_in_handles]


def build_analyzer(project: "Project | None" = None, *, ner: bool | None = None,
                   model: bool | None = None) -> "Analyzer":
    """A full pipeline (identifiers + names) for a project's dictionaries and allow-list.

    例: ``build_analyzer(Project.from_lists(people=["山田太郎"])).analyze("ヤマダ様")``
    """
    from tokumei.detect import Analyzer

    finders = default_finders(ner, model)
    if project is not None:
        from tokumei.detect.names.dictionary import NameDictionary

        finders.insert(0, NameDictionary(project))
    return Analyzer(finders=finders, post=default_post(project))
