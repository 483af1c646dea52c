"""DATE / DATE_OF_BIRTH — 西暦・和暦・略号（S60.4.1）・漢数字・全角の日付。

年月日がそろう日付は暦として正しいときだけ報告し（``wareki.make_date``、元号の始期は同モジュールの
出典のとおり）、``data={"iso": "1985-04-01"}``。年と月だけは ``{"iso_month": "1985-07"}``、
年のない月日は低めのスコアで ``{"month": 4, "day": 1}``（「4/1」は曜日・範囲・直前の文脈語
があるときだけ。分数や比率と区別できないため）。年だけ（2024年）・期間（3年間）・年齢・
時刻は日付にしない。直前に「生年月日」「誕生日」など、直後に「生まれ」「生」「（45歳）」があれば
DATE_OF_BIRTH。タブ区切り・CSV・Markdown（| で区切る）の表では、同じ列の見出しが「生年月日」の日付も
DATE_OF_BIRTH。

例: 「昭和60年4月1日生まれ」 → DATE_OF_BIRTH「昭和60年4月1日」 iso 1985-04-01
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator

from tokumei.detect.registry import register
from tokumei.detect.resolve import resolve
from tokumei.detect.textview import TextView
from tokumei.detect.wareki import KANJI_NUMERALS, era_by_name, era_to_year, kanji_int, make_date
from tokumei.span import Span

_K = KANJI_NUMERALS
_S = "[ ]?"
_N2 = rf"(?:\d{{1,2}}|[{_K}]{{1,3}})"
_YW = rf"(?:\d{{4}}|[{_K}]{{3,6}})"
_EY = rf"(?:元|\d{{1,2}}|[{_K}]{{1,4}})"
_ERA = "明治|大正|昭和|平成|令和"

#: 年月日の単位で書いた日付（年は省略可）。2024年（令和6年）4月1日 は一つの span。
_KANJI_FORM = re.compile(
    rf"(?=[\d{_K}明大昭平令MTSHR])(?<![\d{_K}])(?:"  # 先頭の先読みで候補の字だけを試す（約4倍速い）
    rf"(?P<y>{_YW}){_S}年{_S}(?:\({_S}(?P<era2>{_ERA}){_S}(?P<ey2>{_EY}){_S}年?{_S}\){_S})?"
    rf"|(?P<era>{_ERA}|(?<![A-Za-z])[MTSHR]){_S}(?P<ey>{_EY}){_S}年{_S}(?:\({_S}(?P<y2>\d{{4}}){_S}年?{_S}\){_S})?"
    rf")?(?P<m>{_N2}){_S}月(?:{_S}(?P<d>{_N2}){_S}日)?(?![間内])"
)
#: 区切り記号の日付: 2024/4/1・2024-04-01・2024.4.1・S60.4.1・H元.1.8・平成2.3.4
_SEP_FORM = re.compile(
    rf"(?=[\d明大昭平令MTSHR])(?<![A-Za-z0-9.\-/])(?:(?P<y>(?:18|19|20|21)\d\d)|(?P<era>{_ERA}|[MTSHR])\.?(?P<ey>元|\d{{1,2}}))"
    r"(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d|[.\-/]\d)"
)
#: 年のない「月/日」（4/1・12/25）。分数・比率（1/2・24/7・50/50）と区別できないので、曜日が続くか、
#: 直前に日付の文脈語があるか、範囲（4/1〜4/5）のときだけ日付にする。
#: 数字から始め、直前の字の検査はその後ろの読み戻しで（先頭が読み戻しだと ``re`` が全位置で試すため約4倍遅い）。
_MD_SLASH = re.compile(r"(?P<m>\d(?<![\d/.\-:A-Za-z]\d)\d?)/(?P<d>\d{1,2})(?![\d/.]|[ ]?[%分割倍])")
#: Every match of :data:`_KANJI_FORM` contains 月 right after a numeral (and maybe a space), every
#: match of :data:`_SEP_FORM` contains 「/4/1」 (separator, month, the same separator, a digit),
#: every match of :data:`_MD_SLASH` its '/'. The hits below find these (each starts with a literal,
#: so ``re`` skips to candidates fast) and the three patterns scan only windows around them
#: (:func:`_finditer_near`); their leading look-ahead + look-behind would otherwise keep ``re``
#: from skipping, at a cost of ~15 ms per MB.
_KANJI_HIT = (re.compile(rf"月(?:(?<=[\d{_K}]月)|(?<=[\d{_K}] 月))"),)
_SEP_HIT = tuple(re.compile(rf"{s}\d{{1,2}}{s}\d") for s in (r"\.", "/", "-"))
_MD_HIT = (re.compile("/"),)
#: Window widths (before, after) around a hit, with room to spare: a match reaches at most 28
#: characters before 月 (6-digit kanji year, 年, a bracketed era year, month, spaces) and 7 after
#: it, look-ahead included; 5 before the first separator of 2024/4/1 and 8 after it; 2 before
#: the '/' of 4/1 and 4 after it.
_KANJI_NEAR = (40, 16)
_SEP_NEAR = (12, 12)
_MD_NEAR = (8, 12)


def _finditer_near(rx: re.Pattern[str], norm: str, hits: tuple[re.Pattern[str], ...],
                   near: tuple[int, int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(norm)``, scanning only merged windows around the matches of ``hits``.

    Same matches, in the same order: every match of ``rx`` contains a match of one of ``hits``
    or overlaps one (``finditer`` skips only over what a previous hit covered), lies within
    ``near`` (characters before, after) of it, and so within one window, whose end is far enough past
    it that the window's end changes no attempt (look-behinds see the text before a window's
    start). Between windows no match can start, so ``finditer``'s left-to-right, non-overlapping
    order is kept."""
    found = [h.span() for hit in hits for h in hit.finditer(norm)]
    if len(hits) > 1:
        found.sort()
    left, right = near
    windows: list[list[int]] = []
    for a, b in found:
        lo, hi = a - left, b + right
        if windows and lo <= windows[-1][1]:
            if hi > windows[-1][1]:
                windows[-1][1] = hi
        else:
            windows.append([lo if lo > 0 else 0, hi])
    for lo, hi in windows:
        yield from rx.finditer(norm, lo, hi)


_MD_WEEKDAY = re.compile(r"[ ]?\([ ]?(?:[月火水木金土日](?:曜日?)?|祝)[ ]?\)")
_MD_RANGE = re.compile(r"[ ]?[~\-][ ]?\d{1,2}/\d{1,2}(?![\d/])")
_MD_RANGE_BEFORE = re.compile(r"\d{1,2}/\d{1,2}[ ]?[~\-][ ]?$")
_MD_CONTEXT = re.compile(
    r"生年月日|誕生日|生まれ|日付|日時|期日|期限|締切|締め切り|予定日?|開催|実施|入社|退社|退職|入院|退院|"
    r"受付|納期|支払日?|発送|来店|面談|予約|本日|今日|明日|昨日|毎年|DOB|birthday", re.I)
#: 見出し語（「生年月日、」の後でもよい）と、同じ句の中でだけ効く語（「生まれは東京、2024年…」は違う）。
_DOB_LABEL = re.compile(r"生年月日|誕生日|DOB|D\.O\.B|birth ?day|date of birth|birth ?date", re.I)
_DOB_WORD = re.compile(r"誕生|出生|生まれ")
_DOB_AFTER = re.compile(rf"{_S}(?:生まれ|出生|誕生|生(?![産活徒命涯])|\({_S}満?\d{{1,3}}歳)")
_CUT = re.compile(r"[。\n]")
_BLANK = re.compile(r"\n[ \t]*\n")
#: 表の行とみなす行の長さの上限（文字数）。
_ROW_MAX = 4_000


def _year(m: re.Match[str]) -> tuple[int | None, str | None, str | None]:
    """(西暦年, 元号, 注記)。元号と西暦の併記が食い違うときは注記する。"""
    gd = m.groupdict()
    note = None
    if gd.get("y"):
        y = kanji_int(gd["y"])
        if y is not None and not 1000 <= y <= 2999:
            return None, None, None
        if gd.get("era2") and y is not None and era_to_year(gd["era2"], kanji_int(gd["ey2"]) or 0) != y:
            note = "西暦と和暦の併記が一致しません"
        return y, gd.get("era2"), note
    if gd.get("era"):
        ey = kanji_int(gd["ey"])
        y = era_to_year(gd["era"], ey) if ey is not None else None
        if gd.get("y2") and y is not None and int(gd["y2"]) != y:
            note = "西暦と和暦の併記が一致しません"
        return y, gd["era"], note
    return None, None, None


class DateRecognizer:
    """年月日の正規表現 → 暦の検査 → 生年月日の文脈で DATE_OF_BIRTH に。"""

    name = "jp.date.v1"
    label = "DATE"
    labels = ("DATE", "DATE_OF_BIRTH")

    def find(self, view: TextView) -> Iterator[Span]:
        norm = view.norm
        if "月" not in norm and "/" not in norm and "." not in norm and "-" not in norm:
            # every match holds one of these (the hits below: 月 after a numeral, [./-] between numbers, '/'):
            # without any, nothing to find — four C scans instead of three windowed searches and a resolve
            return
        found: list[Span] = []
        for rx, hit, near, base in ((_KANJI_FORM, _KANJI_HIT, _KANJI_NEAR, 0.9), (_SEP_FORM, _SEP_HIT, _SEP_NEAR, 0.8)):
            for m in _finditer_near(rx, norm, hit, near):
                s = self._span(view, m, base)
                if s is not None:
                    found.append(s)
        blanks: list[int] | None = None
        heads: dict[tuple[int, str], tuple[int, int] | None] = {}
        for m in _finditer_near(_MD_SLASH, norm, _MD_HIT, _MD_NEAR):
            ok = _md_context(norm, m)
            if not ok and (row := _table_row(norm, m.start())) is not None:
                if blanks is None:
                    blanks = [b.end() for b in _BLANK.finditer(norm)]
                ok = _md_column_header(norm, m.start(), row, blanks, heads)  # 「誕生日」列の 4/1
            if ok and (s := self._span(view, m, 0.5)) is not None:
                found.append(s.with_(reason="月/日（年なし・文脈あり）"))
        prev_end = 0
        table: tuple[list[int], list[int]] | None = None  # 見出し「生年月日」と空行の位置（必要時に一度だけ）
        for s in resolve(found):
            out = self._dob(view, s, prev_end)
            row = _table_row(norm, view.norm_index(s.start)) if out is s else None
            if row is not None:
                if table is None:
                    table = ([m.start() for m in _DOB_LABEL.finditer(norm)], [m.start() for m in _BLANK.finditer(norm)])
                out = self._dob_column(view, s, row, *table)
            yield out
            prev_end = view.norm_index(s.end)

    def _span(self, view: TextView, m: re.Match[str], base: float) -> Span | None:
        y, era, note = _year(m)
        gd = m.groupdict()  # _MD_SLASH has no year groups
        has_year = gd.get("y") is not None or gd.get("era") is not None
        month = kanji_int(m["m"])
        day = kanji_int(m["d"]) if m["d"] else None
        if month is None or not 1 <= month <= 12 or (has_year and y is None):
            return None
        score, reason = base, "年月日"
        if has_year and day is not None:
            info = make_date(y, month, day, era)  # type: ignore[arg-type]
            if info is None or (info.note and len(era or "") == 1 and "開始" in info.note):
                return None  # S1.2.3 のような略号の日付は元号の開始前なら日付でない（版番号など）
            data: dict = {"iso": info.date.isoformat(), "validated": True}
            note = note or info.note
        elif has_year:
            if era is not None and month and make_date(y, month, 28, era) is None:  # type: ignore[arg-type]
                return None
            data, score, reason = {"iso_month": f"{y:04d}-{month:02d}"}, 0.6, "年月"
        elif day is not None:
            if make_date(2000, month, day) is None:  # 2000 is a leap year: 2月29日 is valid
                return None
            data, score, reason = {"month": month, "day": day}, 0.5, "月日（年なし）"
        else:
            return None
        if note:
            data["note"] = note
        if era:
            data["era"] = era_by_name(era).name  # type: ignore[union-attr]
        start, end = view.span(m.start(), m.end())
        return Span("DATE", start, end, view.original[start:end], score, self.name, reason, data=data)

    def _dob(self, view: TextView, s: Span, prev_end: int) -> Span:
        norm = view.norm
        a, b = view.norm_index(s.start), view.norm_index(s.end)
        lo = max(0, a - 20, prev_end)
        cut = None
        for cut in _CUT.finditer(norm, lo, a):
            pass
        if cut is not None:
            lo = cut.end()
        cm = _DOB_LABEL.search(norm, lo, a) or _DOB_AFTER.match(norm, b)
        if cm is None:
            clause = max(lo, norm.rfind("、", lo, a) + 1)
            cm = _DOB_WORD.search(norm, clause, a)
        if cm is None:
            return s
        return _as_dob(s, f"文脈語「{cm.group(0).strip()}」")

    @staticmethod
    def _dob_column(view: TextView, s: Span, row: tuple[int, str], labels: list[int], blanks: list[int]) -> Span:
        """タブ区切り・CSV の表で、同じ列の見出しが「生年月日」なら DATE_OF_BIRTH。"""
        norm = view.norm
        a = view.norm_index(s.start)
        line_start, sep = row
        i = bisect_left(labels, line_start) - 1
        if i < 0:
            return s
        head = labels[i]
        j = bisect_left(blanks, head)
        if j < len(blanks) and blanks[j] < line_start:
            return s  # 空行で表が切れている
        head_start = norm.rfind("\n", 0, head) + 1
        if norm.count(sep, head_start, head) != norm.count(sep, line_start, a):
            return s
        return _as_dob(s, "表の列見出し「生年月日」")


def _md_context(norm: str, m: re.Match[str]) -> bool:
    """「4/1」が日付といえる文脈: 曜日（4/1(月)）、範囲（4/1〜4/5）、同じ句の直前の文脈語（誕生日は4/1）。"""
    if _MD_WEEKDAY.match(norm, m.end()) or _MD_RANGE.match(norm, m.end()):
        return True
    lo = max(0, m.start() - 12)
    before = norm[lo:m.start()]
    if _MD_RANGE_BEFORE.search(before):
        return True
    clause = re.split(r"[。\n、,]", before)[-1]
    return _MD_CONTEXT.search(clause) is not None


def _md_column_header(norm: str, a: int, row: tuple[int, str], blank_ends: list[int],
                      heads: dict[tuple[int, str], tuple[int, int] | None] | None = None) -> bool:
    """表の「月/日」の列見出し（表の先頭行＝直前の空行の次の行の、同じ列のセル）が日付の語か。
    例: 「氏名,誕生日\n山田,4/1」の 4/1 → True（見出し「誕生日」）"""
    line_start, sep = row
    i = bisect_left(blank_ends, line_start + 1) - 1
    block = blank_ends[i] if i >= 0 else 0
    heads = {} if heads is None else heads  # 表ごとに一度だけ見出し行を探す（長い表で二乗にしない）
    if (block, sep) not in heads:
        head_start, found = block, None
        while head_start < len(norm):  # 表の前の文の行（「名簿です」）は飛ばし、区切り文字のある最初の行
            head_end = norm.find("\n", head_start)
            head_end = len(norm) if head_end < 0 else head_end
            if norm.find(sep, head_start, head_end) >= 0:
                found = (head_start, head_end)
                break
            head_start = head_end + 1
        heads[(block, sep)] = found
    head = heads[(block, sep)]
    if head is None or head[0] >= line_start:
        return False  # この行が表の先頭（見出し行がない）
    head_start, head_end = head
    cells = norm[head_start:head_end].split(sep)
    col = norm.count(sep, line_start, a)
    return col < len(cells) and _MD_CONTEXT.search(cells[col]) is not None


def _table_row(norm: str, a: int) -> tuple[int, str] | None:
    """日付が表の行（タブか「,」で区切る、長すぎない行）にあれば (行頭, 区切り文字)。
    長い 1 行の文書で二乗の時間にならないよう、行の長さを ``_ROW_MAX`` で打ち切る。"""
    line_start = norm.rfind("\n", max(0, a - _ROW_MAX), a) + 1
    if line_start == 0 and a > _ROW_MAX:
        return None
    line_end = norm.find("\n", a, a + _ROW_MAX)
    if line_end < 0:
        line_end = min(len(norm), a + _ROW_MAX)
    if norm.startswith("|", line_start) or norm[line_start:line_end].lstrip().startswith("|"):
        return line_start, "|"  # Markdown の表（| 氏名 | 生年月日 |）
    for sep in ("\t", ","):
        if norm.find(sep, line_start, line_end) >= 0:
            return line_start, sep
    return None


def _as_dob(s: Span, why: str) -> Span:
    return s.with_(label="DATE_OF_BIRTH", score=round(min(1.0, s.score + 0.05), 2), reason=f"{s.reason}・{why}")


RECOGNIZER = register(DateRecognizer())
