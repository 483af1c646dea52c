"""The edit model: apply_edits / distribute invariants (hypothesis) and edit validation."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tokumei.errors import TokumeiError
from tokumei.formats.model import HEADER_CHARS, Edit, apply_edits, check_edits, distribute, header_label, refine


@pytest.mark.parametrize("pieces,edits,expected", [
    (["山", "田太郎", "です"], [Edit(0, 4, "〔人名〕")], ["〔人名〕", "", "です"]),
    (["担当", "山田"], [Edit(2, 4, "X")], ["担当", "X"]),            # starts exactly at a boundary
    (["ab", "cd"], [Edit(4, 4, "!")], ["ab", "cd!"]),                # insertion at the end
    (["ab", "", "cd"], [Edit(1, 3, "X")], ["aX", "", "d"]),          # empty piece untouched
    (["ab", "cd"], [Edit(0, 1, "X"), Edit(3, 4, "Y")], ["Xb", "cY"]),
    (["ab"], [], ["ab"]),
])
def test_distribute_table(pieces, edits, expected):
    assert distribute(pieces, edits) == expected


@pytest.mark.parametrize("edits", [[Edit(-1, 1, "")], [Edit(2, 1, "")], [Edit(0, 9, "")],
                                   [Edit(0, 2, ""), Edit(1, 3, "")]])
def test_bad_edits(edits):
    with pytest.raises(TokumeiError) as e:
        check_edits("山田太郎", edits, "u1")
    assert e.value.code == "E113" and "u1" in e.value.message


@st.composite
def pieces_and_edits(draw):
    pieces = draw(st.lists(st.text(alphabet="山田太郎ab", max_size=4), min_size=1, max_size=5))
    n = sum(map(len, pieces))
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=6)))
    edits = [Edit(a, b, draw(st.sampled_from(["", "X", "〔人名〕"]))) for a, b in zip(cuts[::2], cuts[1::2])]
    return pieces, edits


@settings(max_examples=200, deadline=None)
@given(pieces_and_edits())
def test_distribute_matches_apply_and_keeps_untouched_pieces(pe):
    pieces, edits = pe
    new = distribute(pieces, edits)
    assert len(new) == len(pieces)
    assert "".join(new) == apply_edits("".join(pieces), edits)
    pos = 0
    for old, got in zip(pieces, new):
        touched = any(e.start < pos + len(old) and e.end > pos or pos <= e.start <= pos + len(old) for e in edits)
        if not touched:
            assert got == old
        pos += len(old)


def test_whole_unit_replacement_keeps_unchanged_pieces():
    pieces = ["面談者は", "山田", "さんです。", "営業部"]
    text = "".join(pieces)
    new = distribute(pieces, [Edit(0, len(text), "面談者は〔人名〕さんです。営業部")])
    assert new == ["面談者は", "〔人名〕", "さんです。", "営業部"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="山田太郎ab", max_size=12), st.text(alphabet="山田〔〕ab", max_size=12), st.data())
def test_refine_is_equivalent(text, rep, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    e = Edit(a, b, rep)
    parts = refine(text, e)
    assert apply_edits(text, parts) == apply_edits(text, [e])


def test_header_label_collapses_spaces_and_cuts_long_headers():
    assert header_label(" 生年\n月日 ") == "生年 月日"
    assert header_label("氏" * HEADER_CHARS) == "氏" * HEADER_CHARS
    assert header_label("氏" * (HEADER_CHARS + 1)) == "氏" * HEADER_CHARS + "…"
