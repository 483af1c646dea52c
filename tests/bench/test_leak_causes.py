"""bench/leak_causes.py: each leaked gold span gets one cause, and a replaced one none."""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))
import leak_causes  # noqa: E402


def _changed(n: int, *ranges: tuple[int, int]) -> bytearray:
    out = bytearray(n)
    for a, b in ranges:
        out[a:b] = b"\x01" * (b - a)
    return out


def test_causes():
    text = "沼田の町で桐山さんに会った"
    need = list(range(5, 7))  # 桐山
    span = SimpleNamespace(start=5, end=7)
    doubt = SimpleNamespace(start=5, end=7, kind="doubtful_span")
    assert leak_causes.cause(text, need, _changed(len(text), (5, 7)), [], [], "organisations") is None
    assert leak_causes.cause(text, need, _changed(len(text)), [], [], "organisations") == "not-found"
    assert leak_causes.cause(text, need, _changed(len(text)), [], [span], "organisations") == "found-not-replaced"
    assert leak_causes.cause(text, need, _changed(len(text)), [doubt], [span], "organisations") == "doubtful-kept"
    assert leak_causes.cause(text, need, _changed(len(text), (5, 6)), [], [span], "organisations") == "partial-name"


def test_kind_word_left_is_apart():
    text = "沼田病院に通う"  # 沼田 replaced, 病院 left: the kind word a pseudonym keeps
    assert leak_causes.cause(text, list(range(0, 4)), _changed(len(text), (0, 2)), [], [], "organisations") == "partial-kind-only"


def test_a_name_left_is_never_a_kind_word():
    text = "准教授の高見 彩乃さん"  # 彩乃 replaced, 高見 left: SudachiPy lists 高見 as a common noun, but it is her surname
    need = [4, 5, 7, 8]
    changed = _changed(len(text), (7, 9))
    assert leak_causes.cause(text, need, changed, [], [], "people") == "partial-name"
    assert leak_causes.cause(text, need, changed, [], [], "organisations") == "partial-kind-only"


def test_count_on_a_document():
    doc = {"id": "x", "text": "社長の桐山 正雄さんは沼田市で創業した。",
           "entities": [{"start": 3, "end": 8, "label": "PERSON", "text": "桐山 正雄"},
                        {"start": 11, "end": 14, "label": "LOCATION", "text": "沼田市", "subtype": "city"}]}
    by_group, by_place = leak_causes.count([doc])
    assert by_group["people", "gold"] == 1 and by_group["places", "gold"] == 1
    assert sum(by_group["people", c] for c in leak_causes.CAUSES) == 0  # the name is replaced
    assert by_place["city", "gold"] == 1
