"""The review app shows the anonymizer's 「要確認の固有名詞」 with the risks (issue #12)."""
from tokumei.review.anon import anonymize_draft


def test_review_items_come_with_the_risks():
    _, risks = anonymize_draft("先日、ルクシェリナの展示に行った。", policy="publication", people=[], organizations=[],
                               allow=[])
    review = [r for r in risks if r["kind"] == "review"]
    assert [r["passage"] for r in review] == ["ルクシェリナ"] and "1行目" in review[0]["reason"]


def test_allow_listed_word_is_not_listed():
    _, risks = anonymize_draft("先日、ルクシェリナの展示に行った。", policy="publication", people=[], organizations=[],
                               allow=["ルクシェリナ"])
    assert not [r for r in risks if r["kind"] == "review"]
