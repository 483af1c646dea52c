"""Nicknames introduced in one sentence and used in the next, ゆっち-style nicknames, and a bracketed
reading's pieces (issue #12, anon-dev2 item 4). Invented names."""
from __future__ import annotations

import pytest

from tokumei.anonymize import anonymize


@pytest.mark.parametrize("text, gone", [
    # the person is the (left out) subject of the sentence before: same letter as that person
    ("店主の岸本 圭介さん。常連からは「ケイさん」と呼ばれている。\n翌朝、ケイさんは早くから仕込みを始めた。", ("岸本", "ケイ")),
    ("娘の由香さん（ゆっち）が店に立つ。ゆっちは明るい。", ("由香", "ゆっち")),
    ("ゆっちが店に立つと、常連さんが喜ぶ。", ("ゆっち",)),
    ("息子の大輔は「タカっち」と呼ばれている。タカっちは元気だ。", ("大輔", "タカっち")),
    ("製造部のＬＩＵ　ＹＡＮＧ（リュウ・ヤン）が開発した。\n代表：「リュウの粘り強さに感謝します」", ("ＬＩＵ", "リュウ")),
])
def test_nickname_goes(text, gone):
    out = anonymize(text).text
    assert not any(g in out for g in gone), out


@pytest.mark.parametrize("text, letters", [
    ("店主の岸本 圭介さん。常連からは「ケイさん」と呼ばれている。\n翌朝、ケイさんは早くから仕込みを始めた。", {"A"}),
    ("娘の由香さん（ゆっち）が店に立つ。ゆっちは明るい。", {"A"}),
])
def test_nickname_is_the_same_person(text, letters):
    import re

    out = anonymize(text).text
    assert set(re.findall(r"[A-Z]", out)) == letters, out


@pytest.mark.parametrize("text", ["こっちの店はひとりぼっちで、どっちが良いか。", "山田さん（パート）が来た。"])
def test_not_nicknames(text):
    out = anonymize(text).text
    assert ("どっち" in out and "ぼっち" in out) or "（パート）" in out, out


@pytest.mark.parametrize("text, kept", [
    ("研修生の寺内 和美さんのことは、みんなと同じく「お母さん」と呼んでいます。お母さんの料理はおいしい。", "お母さんの料理"),
    ("大工の寺尾 健さんは「親方」と呼ばれ、親方の腕は確かだ。", "親方の腕"),
])
def test_a_role_called_by_many_is_no_nickname(text, kept):
    """「お母さん」と呼んでいます names a role, not a person: it stays (never 「Cさん」)."""
    from tokumei.anonymize import anonymize as _anon

    out = _anon(text).text
    assert kept in out and "寺" not in out
