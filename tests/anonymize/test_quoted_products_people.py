"""A quoted brand the model read as a person's name is a product, not a person (issue #12,
anonymize.products): it stays as written, listed for review and flagged as a brand; a quoted
name that is also written unquoted (a person mentioned again) is still replaced."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, kept", [
    ("代表銘柄「雪ノ澄」は県の品評会で金賞を受けた。", "雪ノ澄"),
    ("主力銘柄「冬乃月」は、今年も完売した。", "冬乃月"),
])
def test_a_quoted_brand_is_not_replaced_as_a_person(text: str, kept: str) -> None:
    r = anonymize(text, "publication")
    assert f"「{kept}」" in r.text
    assert not [x for x in r.replacements if x.original == kept]


def test_a_quoted_name_also_written_unquoted_is_still_a_person() -> None:
    text = "看板商品の「はるか」をぜひ。店主の遠藤はるかさんが作る。"
    r = anonymize(text, "publication")
    assert "はるか" not in r.text
