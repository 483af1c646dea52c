"""The synthetic corpus is exact by construction and reproducible."""
from __future__ import annotations

import random

from tokumei.detect.recognizers.jp.my_number import is_valid_my_number
from tokumei.synth import pools
from tokumei.synth.documents import generate_documents


def test_gold_offsets_exact_and_reproducible():
    a = generate_documents(40, seed=3)
    b = generate_documents(40, seed=3)
    assert [d.text for d in a] == [d.text for d in b]
    for d in a:
        for s in d.gold + d.negatives:
            assert d.text[s.start:s.end] == s.text
    kinds = {d.kind for d in a}
    assert kinds == {"case_study", "hr_form", "customer_notice", "invoice"}


def test_identifiers_carry_valid_check_digits():
    rng = random.Random(5)
    for _ in range(200):
        assert is_valid_my_number(pools.my_number(rng))
        n = pools.credit_card(rng).replace("-", "").replace(" ", "")
        total = sum(int(c) if i % 2 == 0 else (2 * int(c) - 9 if int(c) > 4 else 2 * int(c))
                    for i, c in enumerate(reversed(n)))
        assert total % 10 == 0
    assert any(not is_valid_my_number(n.text) for d in generate_documents(40, seed=1)
               for n in d.negatives if n.reason == "bad_my_number")
