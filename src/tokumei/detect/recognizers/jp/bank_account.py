"""BANK_ACCOUNT — 口座番号: 7 digits after bank/branch/預金種目 context; ゆうちょ 記号-番号.

Span = the account number only (not 普通/当座/貯蓄, which are not personal and which a
reviewer wants to keep); the 預金種目 found just before goes to ``data["account_type"]``.
Formats: 全国銀行協会 全銀フォーマット (口座番号 7桁), ゆうちょ銀行 記号5桁（先頭1）-番号8桁, 振替口座
記号5桁（先頭0）-1桁-番号7桁まで (ゆうちょ銀行「払込取扱票」の口座記号番号).

例: 「みずほ銀行 新宿支店 普通 1234567」 → BANK_ACCOUNT「1234567」, account_type「普通」
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, RefiningRecognizer, register
from tokumei.detect.textview import TextView
from tokumei.span import Span

_TYPE = re.compile(r"(?:(普通|当座|貯蓄|総合|通常|定期)(?:預金|貯金)?|\((普|当)\))[^\d]{0,12}$")
_ABBR = {"普": "普通", "当": "当座"}

_INNER = PatternRecognizer(
    name="jp.bank_account.v1",
    label="BANK_ACCOUNT",
    patterns=(
        Pattern(r"\d(?<![\d\-.,]\d)\d{6}(?![\d\-]|[.,]\d|円)", 0.5, "7桁の口座番号"),
        Pattern(r"1(?<![\d\-.,]1)\d{4}[- ]\d{6,8}(?![\d\-])", 0.55, "ゆうちょ記号番号"),
        Pattern(r"記号[ :：]*(?P<v>1\d{4})(?=[ ,、・]*番号[ :：]*\d{6,8}(?!\d))", 0.5, "ゆうちょ記号"),
        Pattern(r"記号[ :：]*1\d{4}[ ,、・]*番号[ :：]*(?P<v>\d{6,8})(?!\d)", 0.5, "ゆうちょ番号"),
        # 振替口座 (ゆうちょ銀行の払込用口座): 記号 5 digits starting with 0, a check digit, 番号 up to 7 digits —
        # 「記号番号 01640-2-77315」 (a-dev-419, measured before tuning)
        Pattern(r"0(?<![\d\-.,]0)\d{4}-\d-\d{1,7}(?![\d\-])", 0.55, "ゆうちょ振替口座"),
    ),
    context=Context(
        words=("普通", "当座", "貯蓄", "(普)", "(当)", "口座", "銀行", "支店", "信用金庫", "信金", "信用組合", "ゆうちょ",
               "振込", "振替", "預金", "記号", "account"),
        before=30,
        after=4,
        boost=0.4,
        required=True,
        negative=("注文番号", "請求書番号", "伝票番号", "郵便", "〒", "電話", "TEL", "FAX"),
    ),
    reason="口座番号",
)


class BankAccountRecognizer(RefiningRecognizer):
    """The pattern recognizer plus the 預金種目 (普通・当座・貯蓄) seen before the number."""

    inner = _INNER

    def refine(self, view: TextView, spans: Iterable[Span]) -> Iterator[Span]:
        for span in spans:
            a = view.norm_index(span.start)
            m = _TYPE.search(view.norm, max(0, a - 20), a)
            if m:
                kind = m.group(1) or _ABBR[m.group(2)]
                yield span.with_(data={**(span.data or {}), "account_type": kind})
            else:
                yield span


RECOGNIZER = register(BankAccountRecognizer())
