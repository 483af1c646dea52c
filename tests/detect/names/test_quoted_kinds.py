"""Business names in quotes before という + a kind of business, and kind words after a katakana
common noun (found when merging the names and anonymize branches; invented names)."""
import pytest

from tokumei.detect import analyze


def _orgs(text: str) -> list[tuple[str, bool]]:
    return [(s.text, bool((s.data or {}).get("review"))) for s in analyze(text) if s.label == "ORGANIZATION"]


@pytest.mark.parametrize("text, name", [
    ("妻は「こもれび」というカフェを開いた。", "こもれび"),
    ("「ソラマメ」という小さな工房を営む。", "ソラマメ"),
    ("叔父が「ハルノ」というゲストハウスを始めた。", "ハルノ"),
])
def test_a_quoted_name_before_toiu_and_a_kind_of_business(text, name):
    assert name in [t for t, _ in _orgs(text)]  # (the model may mark it for review; the score stays)


@pytest.mark.parametrize("text", [
    "「それはいい」という声があった。",
    "「まあまあ」という感想だった。",
])
def test_a_quoted_remark_before_toiu_is_no_business(text):
    assert _orgs(text) == []


def test_toiu_is_never_part_of_a_kana_shop_name():
    assert not any(t.startswith("という") or t.startswith("いう") for t, _ in _orgs("駅前の「はなれ」というシェアオフィスを運営。"))


@pytest.mark.parametrize("text, span", [
    ("プログラミング教室に通わせている。", "プログラミング教室"),
    ("オンライン塾で教えている。", "オンライン塾"),
])
def test_a_katakana_common_noun_and_a_kind_word_go_to_review(text, span):
    assert _orgs(text) == [(span, True)]


def test_a_dictionary_word_quoted_as_a_business_name_is_replaced():
    from tokumei.anonymize import anonymize

    assert "こもれび" not in anonymize("妻は「こもれび」というカフェを開いた。").text  # 木漏れ日 is also a word
