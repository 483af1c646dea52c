"""Import an existing member list (.xlsx, or .csv in UTF-8 with or without BOM / cp932).

Each column is recognised with the scan classifier (:mod:`tokumei.scan.classify`: the column
name plus the share of values the recognizers confirm) and mapped to a roster field; a few
roster words the classifier has no category for (ふりがな, 学年・クラス, 卒業年, 備考) are matched
on the column name first. Columns that must not go into a roster are *refused* with the reason
and never stored, so they can never be printed:

- 保護者・家族の勤務先, 家族構成 — information about other people than the member;
- 生年月日・年齢 — not needed to reach someone, and used to impersonate or profile;
- 要配慮個人情報 (病歴, 障害, 信条 …, 個人情報保護法 第2条第3項) — may not be obtained or
  provided without the person's consent (第20条第2項, 第27条第2項 ただし書);
- identifiers and secrets (マイナンバー, 口座番号, パスワード …).

Several columns mapped to one field are joined with a space in column order (姓 + 名 → 氏名,
郵便番号 + 住所 → 住所, 学年 + 組 → 学年・クラス).

例::

    >>> plan = plan_import(Path("名簿.csv"), ["name", "kana", "phone"])  # doctest: +SKIP
    >>> [(c.header, c.field) for c in plan.columns]                         # doctest: +SKIP
    [('氏名', 'name'), ('ふりがな', 'kana'), ('電話番号', 'phone'), ('保護者の勤務先', None)]
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tokumei.errors import TokumeiError
from tokumei.roster.fields import FIELD_BY_LABEL, FIELDS

#: rows sampled for classification (the classifier runs every recognizer on each cell)
SAMPLE = 200
MAX_ROWS = 20_000
MAX_CELL = 300

_OTHER_PERSON = re.compile(r"保護者|父|母|親|家族|続柄|世帯|兄弟|姉妹|配偶者|夫|妻|guardian|parent|family", re.I)
_WORK = re.compile(r"勤務|会社|職業|仕事|勤め|職場|employer|company|job|occupation", re.I)
_FAMILY = re.compile(r"家族構成|続柄|兄弟|姉妹|世帯|family", re.I)
_KANA_VALUE = re.compile(r"[\u3040-\u30ff\u30fc\s・　]+")
#: roster words the scan vocabulary has no category for (column name → field), tried first
_ROSTER_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ふりがな|フリガナ|よみがな|ヨミガナ|読み|カナ|かな|furigana|kana", re.I), "kana"),
    (re.compile(r"学年|クラス|組(?!織|合)|class|grade", re.I), "grade_class"),
    (re.compile(r"卒業|期生|graduat", re.I), "grad_year"),
    (re.compile(r"備考|自由|コメント|メッセージ|近況|ひとこと|note|comment", re.I), "note"),
)
_CATEGORY_FIELD = {"PERSON": "name", "ADDRESS": "address", "POSTAL_CODE": "address", "PHONE": "phone",
                   "EMAIL": "email", "ORGANIZATION": "employer"}
_NEVER = {"MY_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "PASSWORD", "PASSWORD_HASH", "PENSION_NUMBER",
          "HEALTH_INSURANCE_NUMBER", "DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD",
          "EMPLOYMENT_INSURANCE_NUMBER", "CORPORATE_NUMBER", "IP_ADDRESS"}


@dataclass
class ColumnPlan:
    """One column of the file: what it was recognised as, where it goes, or why it is refused."""

    index: int
    header: str
    category: str | None = None
    category_ja: str | None = None
    confidence: float = 0.0
    field: str | None = None
    risk: str | None = None  # reason the column is refused (never stored, never printed)
    note: str = ""


@dataclass
class ImportPlan:
    path: str
    sha256: str
    columns: list[ColumnPlan]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (line number, cells)

    def mapped(self) -> dict[str, list[int]]:
        """field → column indexes in file order."""
        out: dict[str, list[int]] = {}
        for c in self.columns:
            if c.field and not c.risk:
                out.setdefault(c.field, []).append(c.index)
        return out

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """(line, {field: value}) for every row that has a name; values joined and trimmed."""
        mapped = self.mapped()
        out = []
        for line, cells in self.rows:
            rec = {}
            for f, idxs in mapped.items():
                parts = [cells[i].strip() for i in idxs if i < len(cells) and cells[i].strip()]
                if parts:
                    rec[f] = " ".join(parts)[:MAX_CELL]
            if rec.get("name"):
                out.append((line, rec))
        return out

    def skipped_lines(self) -> list[int]:
        """Lines with some content but no name (reported, not imported)."""
        named = {line for line, _ in self.records()}
        return [line for line, cells in self.rows if line not in named and any(c.strip() for c in cells)]


def read_table(path: Path, data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and rows (with their line/row numbers) of an .xlsx (first sheet) or .csv file."""
    name = path.name.lower()
    if name.endswith(".xlsx"):
        rows = _xlsx_rows(path, data)
    elif name.endswith((".csv", ".txt", ".tsv")):
        rows = _csv_rows(path, data)
    else:
        raise TokumeiError("E872", path=path.name, why=".xlsx か .csv を指定してください")
    rows = [(n, cells) for n, cells in rows if any(c.strip() for c in cells)]
    if not rows:
        raise TokumeiError("E872", path=path.name, why="表が空です")
    (_, header), body = rows[0], rows[1:]
    if len(body) > MAX_ROWS:
        raise TokumeiError("E872", path=path.name, why=f"{MAX_ROWS} 行までです")
    width = len(header)
    return ([h.strip() or f"列{i + 1}" for i, h in enumerate(header)],
            [(n, (cells + [""] * width)[:width]) for n, cells in body])


def _xlsx_rows(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise TokumeiError("E872", path=path.name, why=type(e).__name__) from None
    try:
        ws = wb.worksheets[0]
        return [(i, ["" if v is None else _cell_text(v) for v in row])
                for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()


def _cell_text(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%Y-%m-%d")  # type: ignore[attr-defined]
    return str(v)


def _csv_rows(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    from tokumei.formats.text import decode_with_encoding

    try:
        text, _enc = decode_with_encoding(data, path.name)
    except TokumeiError as e:
        raise TokumeiError("E872", path=path.name, why=e.code) from None
    delim = "\t" if path.name.lower().endswith(".tsv") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    out = []
    try:
        for row in reader:
            out.append((reader.line_num, row))
    except csv.Error as e:
        raise TokumeiError("E873", line=reader.line_num, path=path.name, why=type(e).__name__) from None
    return out


def risk_of(header: str, category: str | None, sensitive: bool, category_ja: str | None) -> str | None:
    """Why a column must not go into a roster, or None.

    例: ``risk_of("保護者の勤務先", "ORGANIZATION", False, "組織名")`` → 「保護者・家族の勤務先…」
    """
    h = unicodedata.normalize("NFKC", header)
    if _OTHER_PERSON.search(h) and _WORK.search(h):
        return "保護者・家族の勤務先です。会員本人ではない方の情報なので、名簿には載せません"
    if _FAMILY.search(h):
        return "家族構成です。本人以外の方の情報で、家庭の事情も分かるため、名簿には載せません"
    if sensitive:
        return (f"要配慮個人情報（{(category_ja or '').removeprefix('要配慮:')}）です。本人の同意なく取得・"
                "第三者に提供できないため（個人情報保護法 第20条第2項・第27条）、取り込みません")
    if category in {"DATE_OF_BIRTH", "AGE"}:
        return "生年月日・年齢です。連絡に不要で、なりすましや年齢の推測に使われるため、名簿には載せません"
    if category in _NEVER:
        return f"{category_ja}です。名簿に載せるべきでない番号・秘密情報なので、取り込みません"
    return None


def _field_for(header: str, category: str | None, values: list[str]) -> str | None:
    h = unicodedata.normalize("NFKC", header)
    if h in FIELD_BY_LABEL:
        return FIELD_BY_LABEL[h]
    for rx, f in _ROSTER_WORDS:
        if rx.search(h):
            return f
    f = _CATEGORY_FIELD.get(category or "")
    if f == "name" and values and sum(bool(_KANA_VALUE.fullmatch(v)) for v in values) >= 0.8 * len(values):
        return "kana"
    return f


def plan_import(path: Path, roster_fields: list[str], overrides: dict[str, str] | None = None,
                data: bytes | None = None) -> ImportPlan:
    """Read and classify a file; nothing is stored. ``overrides`` maps a column header to a field
    key or label (or ``"-"`` to skip); a refused column cannot be overridden (E875).

    例: ``plan_import(Path("名簿.xlsx"), ["name", "phone"], {"連絡先": "電話"})``
    """
    from tokumei.scan.classify import ColumnStats, decide, observe

    if data is None:
        from tokumei.formats.source import load_source

        data = load_source(path)
    header, rows = read_table(path, data)
    overrides = dict(overrides or {})
    unknown = set(overrides) - set(header)
    if unknown:
        raise TokumeiError("E875", column=sorted(unknown)[0], why="ファイルにこの列がありません")
    cols = []
    for i, h in enumerate(header):
        sample = [r[i].strip() for _, r in rows[:SAMPLE] if r[i].strip()]
        st = ColumnStats()
        for v in sample:
            observe(st, v, column=h)
        entry = decide(h, st)
        cat, cat_ja = entry["category"], entry["category_ja"]
        c = ColumnPlan(i, h, cat, cat_ja, entry["confidence"])
        c.risk = risk_of(h, cat, entry["sensitive"], cat_ja)
        if not c.risk and _OTHER_PERSON.search(unicodedata.normalize("NFKC", h)):
            c.note = "保護者・家族の方の情報なので自動では取り込みません（必要なら対応を指定してください）"
        elif not c.risk:
            c.field = _field_for(h, cat, sample)
        if h in overrides:
            want = overrides[h]
            if c.risk:
                raise TokumeiError("E875", column=h, why=c.risk)
            if want in {"-", ""}:
                c.field, c.note = None, "指定により取り込みません"
            else:
                key = want if want in FIELDS else FIELD_BY_LABEL.get(want)
                if key is None:
                    raise TokumeiError("E875", column=h, why=f"不明な項目です（{'・'.join(FIELDS.values())}）")
                c.field, c.note = key, "指定による対応"
        if c.field and c.field not in roster_fields:
            c.note, c.field = f"この名簿にない項目（{FIELDS[c.field]}）なので取り込みません", None
        elif not c.field and not c.risk and not c.note:
            c.note = "対応する項目がないので取り込みません"
        cols.append(c)
    plan = ImportPlan(path.name, hashlib.sha256(data).hexdigest(), cols, rows)
    if "name" not in plan.mapped():
        raise TokumeiError("E874", path=path.name)
    return plan
