"""EMPLOYMENT_INSURANCE_NUMBER — 雇用保険被保険者番号: 11 digits written 4-6-1.

Printed on 雇用保険被保険者証 / 資格取得等確認通知書 as 1234-567890-1 (雇用保険業務取扱要領
20706: 4桁-6桁の一連番号-チェック・ディジット; numbers issued before 1981-07-06 may lack it). The
check-digit rule is not published, so context is required (雇用保険, 被保険者番号 …). The
employer's 事業所番号 has the same 4-6-1 shape: a number whose nearest label before it is
事業所番号 is not reported.

例: 「雇用保険被保険者番号 1234-567890-1」 → EMPLOYMENT_INSURANCE_NUMBER「1234-567890-1」
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, RefiningRecognizer, register
from tokumei.detect.textview import TextView
from tokumei.span import Span

_INNER = PatternRecognizer(
    name="jp.employment_insurance_number.v1",
    label="EMPLOYMENT_INSURANCE_NUMBER",
    patterns=(
        Pattern(r"\d(?<![\d\-.,]\d)\d{3}[- ]\d{6}[- ]\d(?![\d\-]|[.,]\d)", 0.6, "4-6-1桁の番号"),
        Pattern(r"\d(?<![\d\-.,]\d)\d{10}(?![\d\-]|[.,]\d)", 0.5, "11桁の番号"),
    ),
    context=Context(
        words=("雇用保険", "被保険者番号", "被保険者証", "資格取得", "ハローワーク"),
        before=30,
        after=4,
        boost=0.35,
        required=True,
        negative=("注文番号", "請求書番号", "伝票番号", "電話", "TEL", "FAX", "携帯", "健康保険"),
    ),
    reason="雇用保険被保険者番号の形式",
)
_LABEL = re.compile(r".*(被保険者番号|事業所番号)[^\d]{0,30}$", re.S)  # the nearest label wins


class EmploymentInsuranceRecognizer(RefiningRecognizer):
    """The pattern recognizer, minus numbers labelled 事業所番号 (the employer's number)."""

    inner = _INNER

    def refine(self, view: TextView, spans: Iterable[Span]) -> Iterator[Span]:
        for span in spans:
            a = view.norm_index(span.start)
            m = _LABEL.search(view.norm, max(0, a - 40), a)
            if not (m and m.group(1) == "事業所番号"):
                yield span


RECOGNIZER = register(EmploymentInsuranceRecognizer())
