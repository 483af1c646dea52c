"""A business named by a kind word, a space and its name (stop 32): the katakana common noun + kind word rule read only
ミルク工房 (for review) and left the name after the space (a-dev-426, n-dev-469, n-dev-841 on 6a4c7bdc)."""
from __future__ import annotations

import pytest

from tokumei import analyze


def orgs(text: str) -> list[str]:
    return [s.text for s in analyze(text) if s.label == "ORGANIZATION"]


@pytest.mark.parametrize("text, org", [
    ("アイスは隣町のミルク工房 ゆきんこに製造を頼んだ。", "ミルク工房 ゆきんこ"),   # the particle に is no part
    ("成形はボタン工房 ことりの職人が担う。", "ボタン工房 ことり"),
    ("朝食はパン工房 今津店が用意します。", "パン工房 今津店"),
])
def test_kind_word_space_name_is_one_business(text, org):
    assert org in orgs(text)


@pytest.mark.parametrize("text", ["夏は湖でカヌー教室を開いています。", "ダンス教室の発表会は三月です。"])
def test_no_name_after_the_space(text):
    assert not any(" " in o for o in orgs(text))


@pytest.mark.parametrize("text, name", [
    ("村内のcafe ちゃのまで扱ってもらいました。", "ちゃのま"),       # の inside an all-hiragana name, then で
    ("仙台の珈琲 はぐるまで8年焙煎をしていました。", "はぐるま"),   # まで is no particle here: はぐるま|で
])
def test_hiragana_name_after_a_kind_word_is_replaced_whole(text, name):
    """The detector and the anonymize shop step had cut the name before の / まで (cafe ちゃ|のま, 珈琲 はぐる|ま),
    leaving its end in the text (a-dev-490, a-dev-544 on 6a4c7bdc)."""
    from tokumei.anonymize import anonymize

    out = anonymize(text).text
    assert name[-2:] not in out, out


def test_a_shop_name_after_the_company_and_a_space():
    """名称：有限会社 ひらど蒲鉾 松屋 — the company span stopped at the space and left 松屋 (a-dev-226 on 6a4c7bdc); 本屋, a
    dictionary word, is no 屋号."""
    assert "有限会社 ひらど蒲鉾 松屋" in orgs("名称：有限会社 ひらど蒲鉾 松屋\n所在地：長崎県")
    assert "本屋" not in "".join(orgs("株式会社 山田商事 本屋"))


def test_a_group_called_a_meeting_in_quotes():
    """五人で「ろくろ青年部」という会を作って (a-dev-529 on 6a4c7bdc): 会 before a particle names the group; 会話 does not."""
    assert "ろくろ青年部" in orgs("五人で「ろくろ青年部」という会を作って、月に一度集まる。")
    assert orgs("「ありがとう」という会話が増えた。") == []
