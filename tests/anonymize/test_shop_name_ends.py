"""A shop's name after a kind word and a space ends where the detector read it (h/fix-org2), not at the first
の: 「ギャラリー 杜の器さん」 had become 「ギャラリー Aの器さん」 (the rest of the name left in). Invented names."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, gone", [
    ("延岡のギャラリー 森の器さんに常設の棚をいただきました。", "の器"),
    ("登壇者：玉置 直人（「民宿 谷口の家」）", "の家"),
])
def test_name_with_no_inside_goes_whole(text, gone):
    out = anonymize(text).text
    assert gone not in out, out


def test_particle_after_name_still_cut():
    out = anonymize("珈琲 ほたるは毎日開いている。").text
    assert "ほたる" not in out and "は毎日" in out, out
