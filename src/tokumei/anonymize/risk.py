"""Re-identification risk: descriptions that single a business out without naming it.

The APPI processing standards for 仮名加工情報/匿名加工情報 (個人情報保護委員会「個人情報の保護に
関する法律についてのガイドライン（仮名加工情報・匿名加工情報編）」, 特異な記述等の削除) ask that
unique descriptions be removed or generalised. Patterns here cover the kinds advisers' case
studies typically contain; each flag names the passage, why it identifies, and a suggestion:

- generation 十四代目 → 老舗の後継者          - founding 創業1700年 / 平成元年創業 → 創業300年以上
- superlative 県内唯一 / 日本初 / 最古 → 地域でも珍しい  - headcount 従業員23名 → 従業員20名規模
- revenue 売上1,200万円 → 約1,000万円規模     - award 〇〇大賞を受賞 → 業界の賞を受賞
- landmark 島田駅の近く → 駅の近く             - programme 「商いラジオ」, 商いラジオ → （番組名）
- sns_handle @yamada_touen → （SNSアカウント）

Programme titles without brackets are found with SudachiPy: the noun compound just before a
media word (ラジオ, チャンネル …), tokenised only in a small window so detection speed is kept.

例::

    >>> [f.kind for f in find_risks("茶わん屋の十四代目 商いラジオ", year=2026)]
    ['generation', 'programme']
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any, Iterable, Iterator, Sequence

from tokumei.detect.textview import TextView
from tokumei.span import Span
from tokumei.anonymize.risk_suggest import approx, flag_reason


@dataclass(frozen=True)
class RiskFlag:
    """A passage that may identify the business: offsets into the original text."""

    start: int
    end: int
    text: str
    kind: str
    why: str
    suggestion: str
    applied: bool = False

    def with_applied(self, applied: bool) -> "RiskFlag":
        return replace(self, applied=applied)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


KIND_JA = {"generation": "代数", "founding": "創業年", "superlative": "唯一・初・最古", "headcount": "従業員数",
           "revenue": "売上・金額", "award": "受賞歴", "landmark": "地域の目印", "programme": "番組・連載名",
           "sns_handle": "SNSアカウント", "age": "年齢", "brand": "銘柄・商品名", "event": "催し・イベント名",
           "place_name": "地名を含む名称", "vessel": "船名", "tenure": "勤続・営業の年数", "wide_place": "国・地方の名を含む名称"}

#: How strongly each kind singles a business out (report score; higher = more identifying).
KIND_SCORE = {"sns_handle": 0.9, "programme": 0.8, "generation": 0.8, "founding": 0.7, "superlative": 0.7,
              "award": 0.6, "headcount": 0.5, "revenue": 0.5, "landmark": 0.5, "age": 0.5, "brand": 0.7,
              "event": 0.6, "place_name": 0.7, "vessel": 0.7, "tenure": 0.5, "wide_place": 0.4}

_N = r"(?:\d{1,4}|[〇一二三四五六七八九十百千]{1,6})"
_ERA = r"(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2}|[一二三四五六七八九十]{1,4})"
_RX = {
    "generation": re.compile(rf"(?P<n>{_N})\s*代目"),
    # 創業1700年 / 明治三十年創業 / 1962年に創業 / 1932(昭和7)年に建てた蔵 / 昭和54年に開業
    "founding": re.compile(rf"(?:創業|創立|設立|開業)は?\s*(?P<y>\d{{4}}|{_ERA})\s*年(?!代)"
                           rf"|(?P<y2>\d{{4}}|{_ERA})\s*(?:\((?:{_ERA}|\d{{4}})\)\s*)?年\s*(?:の|に|頃に)?\s*"
                           r"(?:創業|創立|開業|設立|開店|建て|建築|築|竣工|開窯|開設)"
                           r"|創業\s*(?P<age>\d{2,3})\s*(?:年|周年)"),
    "superlative": re.compile(r"(?:(?:県内|市内|町内|村内|区内|道内|府内|都内|国内|日本|全国|世界|業界|地域|地元|県下|市内外"
                              r"|島内?|町|村|市|県|地区|集落|半島|沿線|商店街)"
                              r"(?:で|の)?\s*(?:唯一(?:残る|現存する)?|初(?![めて回])|最古|最大|最長|随一|一番|No\.?1|ナンバーワン|最多))"
                              r"|唯一(?:残る|現存する)|唯一の|最古の|随一の"),
    "headcount": re.compile(r"(?P<w>従業員|社員|職員|スタッフ|従業者|パート(?:職員)?)(?:数)?(?:は|が)?\s*"
                            r"(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    "revenue": re.compile(r"(?:売上高?|売り上げ|年商|経常利益|営業利益|資本金)(?:は|が|高)?[^。\n]{0,12}?"
                          r"(?P<v>\d[\d,]*(?:\.\d+)?(?:[千百]|[億万](?:\d[\d,]*[千百]?)?)*円)"),
    "award": re.compile(r"(?:(?:[^、。\s「」]{1,20}[ \u3000](?=[^、。\s「」]{0,20}(?:大賞|賞|グランプリ|アワード|百選)))?[^、。\s「」]{0,20}(?:「[^」\n]{1,30}」)?[^、。\s「」]{0,6}(?:大賞|賞|グランプリ|アワード|百選)"
                        r"|「[^」\n]{0,30}(?:大賞|賞|グランプリ|アワード|百選)」)"
                        r"(?:を|に|で)?(?:\s*(?:[0-9０-９]{4}|平成|令和|昭和)[^、。\s]{0,6}?年度?に?)?(?:受賞|獲得|入賞|選ばれ|選定|表彰)"),
    "landmark": re.compile(r"(?:JR|[A-Z]{2,4})?[一-龥ァ-ヶー]{1,10}(?P<k>駅|城|神社|大社|寺|商店街|温泉|公園|橋|港|空港|タワー|"
                           r"インター|IC|バス停)"
                           r"(?:(?:の)?(?:すぐ)?(?:近く|前|隣|向かい|そば|目の前|ふもと|沿い|横|徒歩\d+分)(?![\d一-龥-])"
                           r"|(?:から|より)\s*(?:車|徒歩|バス|電車|タクシー)?で?\s*(?:約)?\s*\d+\s*分)"),
    "programme": re.compile(r"「[^」\n]{1,40}」(?:という|との|って)?(?=(?:名前の|名の)?(?:ポッドキャスト|ラジオ|番組|チャンネル|"
                            r"YouTube|ブログ|連載|コラム|メルマガ|ニュースレター|配信))"
                            # NHKの「…」に出演, 「…」で紹介された: a programme or a page one appeared in
                            r"|「[^」\n]{1,40}」(?=(?:に|で)(?:出演|紹介|取り上げ|特集|登場))"
                            r"|(?:(?<=ポッドキャスト)|(?<=ラジオ番組)|(?<=チャンネル)|(?<=番組)|(?<=連載)|(?<=ブログ)|(?<=著書))「[^」\n]{1,40}」"),
    # @garage-chiyoda: LINE IDs take a hyphen too
    "sns_handle": re.compile(r"(?<![A-Za-z0-9_.@])@[A-Za-z0-9_][A-Za-z0-9_.\-]{1,29}(?<![.\-])"),
    # （71） right after a name or honorific, 68歳 / 68才 (not 68歳以上・未満, an age band)
    "age": re.compile(r"(?:(?<=さん)|(?<=氏)|(?<=様)|(?<=[一-龥々ぁ-んァ-ヶ]))\((?P<n>\d{2,3})\)"
                      r"|(?<![\d.])(?P<n2>\d{1,3})\s*(?:歳|才)(?!以上|以下|未満|から|まで|代|~|-)"),
    "brand": re.compile(r"(?:銘柄|ブランド|商品名|屋号|看板商品|代表作|看板メニュー|名物|主力商品)(?:は|の|が|、)?\s*"
                        r"(?P<v>「[^」\n]{1,30}」|『[^』\n]{1,30}』)"),
    "event": re.compile(r"(?:第\d+回\s*)?[^、。\s「」]{0,16}(?:まつり|祭り|祭|フェスタ|フェスティバル|フェス|マルシェ|"
                        r"博覧会|展示会|見本市|EXPO|エキスポ|物産展|品評会|コンテスト|コンクール)(?:\s*\d{4})?"
                        r"(?=\s*(?:に|へ|で|の会場で)?\s*(?:出展|出店|出品|参加|出場|開催|登壇))"
                        r"|「[^」\n]{1,30}(?:まつり|祭り|祭|フェスタ|フェスティバル|フェス|マルシェ|博覧会|展示会|EXPO)[^」\n]{0,8}」"),
}
_MEDIA = re.compile(r"(?:ラジオ|チャンネル|ちゃんねる|ポッドキャスト|TV|ＴＶ|テレビ|通信|放送局)")
_GENERIC = {"ネット", "インターネット", "FM", "AM", "地元", "深夜", "コミュニティ", "地域", "公式", "ウェブ",
            "Web", "YouTube", "ケーブル", "ラジオ", "テレビ", "民放", "地方", "全国"}

_SCRIPTS = (re.compile(r"[\u3041-\u3096ー]"), re.compile(r"[\u30a1-\u30faー]"), re.compile(r"[一-龥々]"),
            re.compile(r"[A-Za-z]"))


def _run_before(s: str, end: int) -> int:
    """Start of the run of one script (hiragana, katakana, kanji, Latin) that ends at ``end``."""
    for rx in _SCRIPTS:
        i = end
        while i > 0 and rx.match(s, i - 1):
            i -= 1
        if i < end:
            return i
    return end


_tokenizer: Any = None


def _tokens(text: str) -> list[Any]:
    global _tokenizer
    if _tokenizer is None:  # load the SudachiPy dictionary once per process
        from sudachipy import Dictionary

        _tokenizer = Dictionary().create()
    from sudachipy import SplitMode

    return list(_tokenizer.tokenize(text, SplitMode.C))


def find_risks(text: str, spans: Iterable[Span] = (), *, year: int | None = None,
               places: Sequence[str] = ()) -> list[RiskFlag]:
    """Flags in ``text`` (skipping passages inside detected personal information), by offset.

    ``places``: written forms of places the policy removed (:func:`.risk_places.removed_places`);
    names that still carry one of them are ``place_name`` flags."""
    year = year or date.today().year
    view = TextView(text)
    spans = list(spans)
    pii = [(s.start, s.end) for s in spans]
    found: list[RiskFlag] = []
    norm = view.norm
    for kind, rx in _RX.items():
        for m in _matches(kind, rx, norm):
            flag = flag_reason(kind, m, year)
            if flag:
                a, b = view.span(*m.span("v")) if "v" in rx.groupindex else view.span(m.start(), m.end())
                found.append(RiskFlag(a, b, text[a:b], kind, *flag))
    from tokumei.anonymize.risk_details import detail_matches
    from tokumei.anonymize.risk_more import extra_matches
    from tokumei.anonymize.risk_wording import event_names, wording_matches

    years: dict[tuple[int, int, str], tuple[int, int, str | None]] = {}
    for kind, m in (*extra_matches(norm), *wording_matches(norm), *detail_matches(norm)):
        flag = flag_reason(kind, m, year)
        if flag:
            g = next((k for k in ("v", "v2") if m.re.groupindex.get(k) and m.group(k)), None)
            a, b = view.span(*m.span(g)) if g else view.span(*m.span())
            if g is None and kind == "founding" and m.re.groupindex.get("y2") and m.group("y2") \
                    and (y := _YEAR_END.match(norm, m.end("y2"))):
                # the year alone, used below when the whole passage crosses a name in it (1971年 of 「窯は1971年、先代の
                # 北出 清治が…開いた」 would otherwise be dropped)
                years[(*_trim(text, a, b), kind)] = (*view.span(m.start("y2"), y.end()), _founded_ago(m.group("y2"), year))
            a, b = _trim(text, a, b)
            if a < b:
                found.append(RiskFlag(a, b, text[a:b], kind, *flag))
    for x, y in event_names(norm):
        a, b = _trim(text, *view.span(x, y))
        if a < b:
            found.append(RiskFlag(a, b, text[a:b], "event", "催しの名前は、出展者の一覧から事業者を特定できます", "地域の催し"))
    found.extend(_chained_amounts(text, view, found))
    found.extend(_unquoted_titles(text, view))
    if places:
        from tokumei.anonymize.risk_places import place_risks

        found.extend(place_risks(text, spans, list(places)))
    elif any(s.label == "LOCATION" or (s.data or {}).get("place") for s in spans):
        from tokumei.anonymize.risk_places import place_risks

        found.extend(place_risks(text, spans, []))
    from tokumei.anonymize.risk_wording import merge_same_kind, same_names

    found += list(same_names(text, found))
    found = merge_same_kind(text, found)
    out: list[RiskFlag] = []
    # place_name first: the policy applies it (the town goes) where a wider brand flag would only advise
    for f in sorted(found, key=lambda f: (f.kind != "place_name", -(f.end - f.start), f.start)):
        # skip flags inside or across detected PII; keep a flag that wholly contains PII
        # (the handle @yamada_touen around the name 「yamada」 still identifies as a whole)
        crossing = [(x, y) for x, y in pii
                    if f.start < y and x < f.end and not (f.start <= x and y <= f.end and (x, y) != (f.start, f.end))]
        if crossing and f.kind == "superlative":
            # 志太榛原地区で唯一: the place goes, the claim stays a risk (「（地名）で唯一」 still narrows it down)
            a = max([f.start] + [y for x, y in crossing if x <= f.start])
            b = min([f.end] + [x for x, y in crossing if y >= f.end])
            if b - a >= 3 and not any(a < y and x < b for x, y in pii):
                f, crossing = RiskFlag(a, b, text[a:b], f.kind, f.why, f.suggestion), []
        if crossing or any(f.start < o.end and o.start < f.end for o in out):
            # (a flag merged from several passages: any year of them inside it that crosses no name and no flag kept)
            alone = next(((a, b, ago) for (pa, pb, k), (a, b, ago) in years.items() if k == f.kind and f.start <= pa
                          and pb <= f.end and not any(a < y and x < b for x, y in pii)
                          and not any(a < o.end and o.start < b for o in out)), None)
            if alone is not None:
                a, b, ago = alone
                f, crossing = RiskFlag(a, b, text[a:b], f.kind, f.why, ago or f.suggestion), []
        if crossing:
            continue
        if any(f.start < o.end and o.start < f.end for o in out):
            continue
        out.append(f)
    return sorted(out, key=lambda f: f.start)


def _founded_ago(y: str, now: int) -> str | None:
    """The suggestion for a founding year flagged alone (「50年以上前」), as :func:`.risk_suggest.flag_reason` writes it."""
    from tokumei.anonymize.risk_suggest import _ago_phrase, _year

    n = _year(y)
    return _ago_phrase(now - n) if n is not None and n <= now else None


#: The rest of a year after its number: （昭和23）年, 年（1855年）.
_YEAR_END = re.compile(r"(?:[（(][^）)\n]{1,10}[）)])?\s*年(?:[（(][^）)\n]{1,10}[）)])?")


#: Cheap triggers: the full pattern runs only in a window around one of these (speed).
_TRIGGER = {
    "generation": re.compile("代目"), "founding": re.compile("創業|創立|設立|開業|開店|建て|建築|築|竣工|開窯|開設"),
    "superlative": re.compile(r"唯一|初|最古|最大|最長|随一|一番|No|ナンバーワン|最多"),
    "award": re.compile("賞|グランプリ|アワード|百選"),
    "landmark": re.compile("駅|城|神社|大社|寺|商店街|温泉|公園|橋|港|空港|タワー|インター|IC|バス停"),
}


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _matches(kind: str, rx: re.Pattern[str], norm: str) -> Iterator[re.Match[str]]:
    return triggered_matches(rx, norm, _TRIGGER.get(kind), 70, 30)


def triggered_matches(rx: re.Pattern[str], norm: str, trig: re.Pattern[str] | None, before: int,
                      after: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` in ``norm`` that contain a match of ``trig`` (searched only in a window of
    ``before``/``after`` characters around each trigger, each match once); all of them when ``trig``
    is None. Shared with :mod:`tokumei.anonymize.risk_wording`."""
    if trig is None:
        yield from rx.finditer(norm)
        return
    seen: set[tuple[int, int]] = set()
    for t in trig.finditer(norm):
        lo, hi = max(0, t.start() - before), min(len(norm), t.end() + after)
        for m in rx.finditer(norm, lo, hi):
            if m.start() <= t.start() < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


_CHAIN = re.compile(r"\s*(?:から|より|→|⇒|~|、|および|及び|と)\s*(?P<v>\d[\d,]*(?:\.\d+)?(?:[千百]|[億万](?:\d[\d,]*[千百]?)?)*円)")


def _chained_amounts(text: str, view: TextView, found: list[RiskFlag]) -> Iterator[RiskFlag]:
    """The other amounts of 「8,400万円から1億1,200万円へ」: each exact figure identifies alone."""
    for f in [f for f in found if f.kind == "revenue"]:
        pos = view.norm_index(f.end)
        while (m := _CHAIN.match(view.norm, pos)) is not None:
            a, b = view.span(*m.span("v"))
            yield RiskFlag(a, b, text[a:b], "revenue", "正確な売上・金額は、決算公告や報道と照合して会社を特定できます",
                           approx(m.group("v")))
            pos = m.end()


def _unquoted_titles(text: str, view: TextView) -> Iterator[RiskFlag]:
    """商いラジオ: the noun compound right before a media word, if it is not a generic word."""
    for m in _MEDIA.finditer(view.norm):
        lo = max(0, m.start() - 16)
        window = view.norm[lo : m.start()]
        if not window:
            continue
        toks = _tokens(window)
        run: list[str] = []
        for t in reversed(toks):
            pos = t.part_of_speech()[0]
            if pos in ("名詞", "接頭辞") or (pos == "接尾辞" and bool(run) is False):
                run.insert(0, t.surface())
                continue
            break
        words = [w for w in run if w.strip()]
        if not words or all(w in _GENERIC for w in words) or "".join(words).isdigit():
            continue
        a_norm = m.start() - len("".join(run))
        # 「ぬまた・ものづくりラジオ」: a hiragana/katakana/kanji run joined by 「・」 belongs to the title
        while a_norm >= 2 and view.norm[a_norm - 1] == "・":
            k = _run_before(view.norm, a_norm - 1)
            if k == a_norm - 1:
                break
            a_norm = k
        a, b = view.span(a_norm, m.end())
        if a >= b:
            continue
        yield RiskFlag(a, b, text[a:b], "programme",
                       "番組・連載・ブログの名前は、検索すれば運営者にたどり着けます", "（番組名）")
