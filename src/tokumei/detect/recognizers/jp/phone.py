"""PHONE — Japanese telephone numbers across the whole numbering plan.

The regex only proposes candidates (03-1234-5678, 0547(35)1234, (03)1234-5678, 090 1234 5678,
0120-123-456, +81-3-1234-5678, +81 (0)90-…, 0312345678); the ``phonenumbers`` library —
Google libphonenumber's numbering-plan metadata for region JP, which tracks 総務省「電気通信番号
計画」— decides validity and the kind. Chosen over hand-written area-code tables because
that metadata is maintained upstream and covers every area-code length.
``data`` = {"e164": "+81312345678", "kind": "fixed"|"mobile"|"ip"|"toll_free"|…}. Numbers
of other countries written with +CC are reported too, with ``data["region"]`` ("US", "CN" …).

例: 「TEL 0547(35)1234」 → PHONE, data["e164"] == "+81547351234", kind "fixed"
"""
from __future__ import annotations

from typing import Iterable, Iterator

from tokumei.detect.recognizers.jp._phone_numbering import validate_phone
from tokumei.detect.registry import Context, Pattern, PatternRecognizer, RefiningRecognizer, register
from tokumei.detect.textview import TextView
from tokumei.span import Span

# Each regex starts with a literal (+, (, 0) and checks the character before it with a
# look-behind afterwards, which lets ``re`` skip quickly to candidates.
# the character before the first one: not a digit or +-/¥$#, nor a decimal point / thousands
# separator after a digit (3.0312…, 1,090…); TEL.03-… is fine
_NB = r"(?<![0-9+\-/¥$#]{c})(?<![0-9][.,]{c})"
_NOT_AFTER = r"(?![0-9\-]|[.,][0-9]|円|万|%)"
_SEP = r"[- ]"
_PLUS81 = (r"\+" + _NB.format(c=r"\+") + rf"81{_SEP}?(?:\(0\){_SEP}?)?[1-9][0-9]{{0,3}}{_SEP}?[0-9]{{1,4}}"
           rf"{_SEP}?[0-9]{{3,4}}" + _NOT_AFTER)  # +81-3-1234-5678, +81 (0)90 …
_PAREN_AREA = r"\(" + _NB.format(c=r"\(") + rf"0[0-9]{{1,4}}\) ?[0-9]{{1,4}}{_SEP}?[0-9]{{4}}" + _NOT_AFTER
#: A grouped number may follow a slash that does not follow a digit: 「（会社代表）／080-4412-7765（携帯）」 lists two
#: numbers; 2024/03-… and …123/0547-… stay out.
_NB_SLASH = (r"(?<![0-9+\-¥$#]{c})(?<![0-9][.,]{c})"
             r"(?:(?<![0-9]/{c})|(?<=-[0-9]{{3}}/{c})|(?<=-[0-9]{{4}}/{c}))")  # (0463-95-2930／080-…: after a number)
_GROUPED = ("0" + _NB_SLASH.format(c="0") + r"[0-9]{1,4}(?:\([0-9]{1,4}\)[0-9]{4}|-[0-9]{1,4}-[0-9]{3,4}"
            r"| [0-9]{1,4} [0-9]{3,4})" + _NOT_AFTER)  # 03(1234)5678, 0547-35-1234, 090 1234 5678
_BARE = "0" + _NB.format(c="0") + r"[0-9]{9,10}" + _NOT_AFTER  # no separators: weaker evidence
# other countries (+1 201-555-0123, +86 10 1234 5678): foreign numbers in Japanese text are PII too
_PLUS_OTHER = (r"\+" + _NB.format(c=r"\+") + r"(?!81)[1-9][0-9]{0,2}[ -]?(?:\(0?[0-9]{1,4}\)[ -]?)?[0-9]{1,4}"
               r"(?:[ -]?[0-9]{1,5}){1,4}" + _NOT_AFTER)


_INNER = PatternRecognizer(
    name="jp.phone.v1",
    label="PHONE",
    patterns=(
        Pattern(_GROUPED, 0.75, "電話番号の形式"), Pattern(_PAREN_AREA, 0.75, "電話番号の形式"),
        Pattern(_PLUS81, 0.75, "国番号付きの電話番号"), Pattern(_BARE, 0.6, "区切りなしの電話番号"),
        Pattern(_PLUS_OTHER, 0.7, "海外の電話番号"),
    ),
    context=Context(
        words=("電話", "TEL", "携帯", "連絡先", "FAX", "ファックス", "ファクス", "☎", "℡", "phone",
               "mobile", "内線", "代表", "フリーダイヤル", "ナビダイヤル", "問い合わせ", "問合せ", "緊急"),
        before=20,
        after=6,
        boost=0.25,
        penalty=0.15,
        negative=("注文番号", "請求書番号", "伝票番号", "会員番号", "口座番号", "品番", "型番", "受付番号"),
    ),
    validator=validate_phone,
    reason="番号体系に合致",
)


class PhoneRecognizer(RefiningRecognizer):
    """libphonenumber-valid numbers as they are; numbers it only finds *possible* (right length,
    block missing from its metadata, e.g. 011-4xx-xxxx) only with a 電話/TEL context word, at a
    lower score and not marked validated."""

    inner = _INNER

    def refine(self, view: TextView, spans: Iterable[Span]) -> Iterator[Span]:
        for span in spans:
            if span.data and span.data.get("possible_only"):
                if "文脈語" not in span.reason:
                    continue
                data = dict(span.data)
                del data["possible_only"]
                data.pop("validated", None)
                why = span.reason.replace("・検査OK", "").replace("番号体系に合致", "桁数のみ合致（番号表に未掲載）")
                span = span.with_(data=data, score=span.score - 0.2, reason=why)
            yield span


RECOGNIZER = register(PhoneRecognizer())
