"""Carry the adviser's decisions on one version into the next (issue #13, defect 4): a missed
text marked by hand (見落とし) is hidden again wherever the same text appears in the new draft,
a rejected detection stays rejected, and a pseudonym the adviser edited is used again — for the
same original text and label. Carried items keep ``carried`` = the version number they came
from, so the new version's page can show what was carried over. Pure functions on item dicts
(see :mod:`tokumei.review.anon`); offsets index the new original.

例::

    >>> prev = [{"id": 1, "start": 0, "end": 5, "label": "OTHER", "original": "商いラジオ",
    ...          "replacement": "ある番組", "reason": "確認者が手動で指定", "rule": "manual",
    ...          "accepted": True, "manual": True}]
    >>> items = carry_decisions(prev, 1, "新しい稿。商いラジオに出ました。", [])
    >>> [(i["start"], i["end"], i["replacement"], i["carried"]) for i in items]
    [(5, 10, 'ある番組', 1)]
"""
from __future__ import annotations

from typing import Any

from tokumei.review.anon import find_all


def _key(item: dict[str, Any]) -> tuple[str, str]:
    return item["original"], item["label"]


def carry_decisions(prev_items: list[dict[str, Any]], prev_number: int, original: str,
                    items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The new version's ``items`` with the previous version's decisions applied (new list,
    ids renumbered from 1 in text order).

    - rejections of detections (``accepted`` False, not manual) → the same original+label is
      rejected again;
    - edited pseudonyms (``renamed``) → the same original+label gets the same replacement;
    - manual marks (accepted) → every occurrence of the same text is marked again; a manual mark
      wins over detections it overlaps (as when the adviser marks by hand).
    """
    rejected = {_key(i) for i in prev_items if not i.get("accepted") and not i.get("manual")}
    renamed = {_key(i): i["replacement"] for i in prev_items if i.get("renamed")}
    out = []
    for it in items:
        it = dict(it)
        k = _key(it)
        if k in rejected and it.get("accepted"):
            it["accepted"], it["carried"] = False, prev_number
        if k in renamed and it["replacement"] != renamed[k]:
            it["replacement"], it["renamed"], it["carried"] = renamed[k], True, prev_number
        out.append(it)
    seen: set[tuple[str, str, str]] = set()
    manual: list[dict[str, Any]] = []
    for m in prev_items:
        if not (m.get("manual") and m.get("accepted")):
            continue
        mk = (m["original"], m["label"], m["replacement"])
        if mk in seen:
            continue
        seen.add(mk)
        for a, b in find_all(original, m["original"]):
            if any(x["start"] < b and a < x["end"] for x in manual):
                continue  # an earlier carried mark already covers part of it
            manual.append({**{k: m[k] for k in ("label", "original", "replacement", "reason", "rule")},
                           "start": a, "end": b, "accepted": True, "manual": True,
                           "carried": prev_number})
    out = [i for i in out if not any(i["start"] < x["end"] and x["start"] < i["end"] for x in manual)]
    result = sorted(out + manual, key=lambda i: (i["start"], i["end"]))
    for n, it in enumerate(result, 1):
        it["id"] = n
    return result
