"""Claim extraction: sentences that credit results to the adviser or state the client's results."""
from __future__ import annotations

import pytest

from tokumei.review.claims import extract_claims, sentences

CASES = [
    ("当事務所の支援のおかげで、売上が1,200万円から1,800万円に増加しました。", True, {"credit", "result"}),
    ("新しい評価制度を実現できたのは社長のご決断によるものです。", True, {"achieve"}),
    ("離職率は15%から3%に下がりました。", True, {"result"}),
    ("助言により残業時間が月20時間短縮されました。", True, {"credit", "result"}),
    ("専門家の提案で採用の応募が2倍になりました。", True, {"credit", "result"}),
    ("目標としていた黒字化を達成しました。", True, {"achieve"}),
    ("コストを30％削減できました！", True, {"result"}),
    ("創業1700年の茶わん屋です。", False, set()),
    ("まず就業規則を改定しました。", False, set()),
    ("ご相談をいただきました。", False, set()),
    ("# 成果", False, set()),
]


@pytest.mark.parametrize("sentence,is_claim,kinds", CASES)
def test_claim_table(sentence, is_claim, kinds):
    found = extract_claims(sentence)
    assert bool(found) is is_claim
    if is_claim:
        assert found[0].sentence == sentence
        assert kinds <= set(found[0].kinds)


def test_offsets_index_the_text_and_wrapped_lines_stay_one_sentence():
    text = "## 成果\n\n前置きです。当事務所の支援のおかげで、離職率は15%から3%に\n下がりました。以上です。"
    [c] = extract_claims(text)
    assert text[c.start:c.end] == c.sentence
    assert c.sentence.endswith("下がりました。") and c.sentence.startswith("当事務所")


def test_sentences_split_at_punctuation_and_headings():
    assert sentences("はい。いいえ。\n# 見出し\n本文\n続き。") == [(0, 3), (3, 7), (8, 13), (14, 20)]
