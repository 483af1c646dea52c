"""An applied risk (SNS handle) that contains a detected name replaces the whole handle."""
from __future__ import annotations

from tokumei.anonymize.engine import anonymize
from tokumei.span import Span


def test_handle_containing_a_name_is_replaced_whole():
    text = "山田太郎社長です。Instagram（@yamada_touen）のフォロワーは1万人。"
    i = text.index("yamada")
    spans = [
        Span("PERSON", 0, 4, "山田太郎", 0.99, "t.v1", "", entity_id="P1", data={"title": "社長"}),
        Span("PERSON", i, i + 6, "yamada", 0.99, "t.v1", "", entity_id="P2"),
    ]
    result = anonymize(text, spans=spans)
    assert "yamada" not in result.text and "touen" not in result.text
    assert "Instagram（SNSアカウント）" in result.text
    assert result.text.startswith("A社長です。")
