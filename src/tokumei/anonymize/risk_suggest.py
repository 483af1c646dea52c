"""Why a risk flag identifies, and what to write in its place (the suggestion), per kind.

Split from :mod:`tokumei.anonymize.risk`, which finds the passages; this module words the reason and
rounds the value (a year to 「30年ほど前」, a head count to 「20名規模」, an amount to 「約1,000万円規模」).
The group names read here are those the patterns of :mod:`.risk`, :mod:`.risk_more` and
:mod:`.risk_details` define (``n`` count, ``y``/``y2`` year, ``age``, ``v`` amount …).

例::

    >>> _age_phrase(2026 - 1897), _bucket(23), approx("8,400万円")
    ('創業100年以上', '20', '約8,000万円規模')
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.detect.wareki import era_to_year, kanji_int


def flag_reason(kind: str, m: re.Match[str], year: int) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind == "generation":
        n = kanji_int(g["n"])
        if not n or n < 2:
            return None
        if "lineage" in g:  # 四代|続く → 代々続く
            return "代数は、家業を特定できる手がかりになります", "代々"
        return f"「{n}代目」のような代数は、家業を特定できる手がかりになります", "老舗の後継者" if n >= 3 else "後継者"
    if kind == "founding":
        if g.get("period"):  # 戦後まもなく創業: no year, but the period dates the business
            return "創業の時期は、社史や登記から会社を特定できます", "古くから"
        if g.get("age2"):
            g = {**g, "age": g["age2"]}
        if g.get("age"):
            age = int(g["age"]) if g["age"].isdigit() else (kanji_int(g["age"]) or 0)
            if age < 2:
                return None
        else:
            y = _year(g.get("y") or g.get("y2") or "")
            if y is None or y > year:
                return None
            age = year - y
        if "ago" in g:  # only the year is flagged (平成八年|にオープン): 「30年以上前」 reads in its place
            return "創業・開業の年は、登記や社史から会社を特定できます", _ago_phrase(age)
        return "創業年・創業からの年数は、登記や社史から会社を特定できます", _age_phrase(age)
    if kind == "superlative":
        return "「唯一」「初」「最古」などの記述は、該当する事業者を一つに絞り込めます", "地域でも珍しい"
    if kind == "headcount":
        raw = g["n"].replace(",", "")
        n = int(raw) if raw.isdigit() else (kanji_int(raw) or 0)  # 妻と二人だけ
        return "正確な従業員数は、公開情報と照合して会社を特定できます", f"{g['w']}{_bucket(n)}{g['u']}規模"
    if kind == "revenue" and "volume" in g:
        return "正確な販売数は、報道や商品ページと照合して会社を特定できます", "多く"
    if kind == "revenue":
        return "正確な売上・金額は、決算公告や報道と照合して会社を特定できます", approx(g["v"])
    if kind == "award":
        if g.get("aw"):  # only the name is flagged: ミナト AWARDS 2021|で県知事賞 → あるAWARDSで県知事賞
            return "賞・コンテストの名前は、主催者の公表資料から受賞者を特定できます", f"ある{g['aw']}"
        return "受賞歴は、主催者の公表資料から受賞者を特定できます", "業界の賞を受賞"
    if kind == "landmark" and "near" in g:
        return "地域の目印は、所在地を特定する手がかりになります", "ある施設の近く"
    if kind == "landmark":
        return "地域の目印は、所在地を特定する手がかりになります", f"{g['k']}の近く" if g.get("k") else "近くの目印から数分"
    if kind == "programme" and "pub" in g:  # a site, map, app or publication
        return "サイト・冊子・アプリの名前は、検索すれば作り手にたどり着けます", "（名称）"
    if kind == "programme":
        follow = m.group(0).endswith(("という", "との", "って"))
        return "番組・連載・ブログの名前は、検索すれば運営者にたどり着けます", "自身の" if follow else "（番組名）"
    if kind == "sns_handle":
        return "SNSのアカウント名は、そのまま運営者を特定できます", "（SNSアカウント）"
    if kind == "age":
        if not (g.get("n") or g.get("n2")):  # 米寿を迎えた: the celebrated age itself
            return "長寿の祝いの年齢は、名前や役職と合わせると本人を特定できます", "高齢"
        n = kanji_int(g.get("n") or g.get("n2") or "") or 0
        if not 15 <= n <= 110:
            return None
        band = f"{n // 10 * 10}代"
        return "正確な年齢は、名前や役職と合わせると本人を特定できます", f"（{band}）" if g.get("n") else band
    if kind == "brand":
        return "銘柄・商品名は、検索すれば製造元にたどり着けます", "（銘柄名）"
    if kind == "event":
        return "催しの名前は、出展者の一覧から事業者を特定できます", "地域の催し"
    if kind == "vessel":
        return "船の名前は、漁船の登録や報道から持ち主を特定できます", "（船名）"
    if kind == "tenure":
        return "正確な勤続・営業の年数は、名前や店と合わせると本人や店を特定できます", "長年"
    return None


def _year(s: str) -> int | None:
    s = unicodedata.normalize("NFKC", s)
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in "〇一二三四五六七八九" for c in s):
        return int(s.translate(str.maketrans("〇一二三四五六七八九", "0123456789")))  # 二〇一二
    if s in ("明治", "大正", "昭和", "平成", "令和"):
        return era_to_year(s, 1)  # 昭和初期: the era's first year (the business is at least that old)
    m = re.match(r"(明治|大正|昭和|平成|令和)(元|\d{1,2}|[一二三四五六七八九十]{1,4})", s)
    if m is None:
        from tokumei.anonymize.risk_more import old_era_year

        return old_era_year(s)
    return era_to_year(m.group(1), kanji_int(m.group(2)) or 1)


def _ago_phrase(age: int) -> str:
    """平成八年 → 30年ほど前 (in 2026): how long ago, rounded down, in place of the year."""
    if age >= 100:
        return f"{age // 100 * 100}年以上前"
    if age >= 10:
        return f"{age // 10 * 10}年ほど前"
    return "数年前"


def _age_phrase(age: int) -> str:
    if age >= 100:
        return f"創業{age // 100 * 100}年以上"
    if age >= 10:
        return f"創業{age // 10 * 10}年以上"
    return "創業して間もない"


def _bucket(n: int) -> str:
    if n < 10:
        return "数"
    step = 10 if n < 100 else 50 if n < 1000 else 500
    return f"{n // step * step:,}"


def approx(value: str) -> str:
    from tokumei.anonymize.operators import round_amount

    r = round_amount(value)
    if not r:
        return "（金額）"
    m = re.match(r"約([\d,.]+)(億|万)?円", r)
    if not m:
        return r + "規模"
    digits = m.group(1).replace(",", "")
    num = float(digits)
    mag = 10 ** (len(str(int(num))) - 1) if num >= 1 else 1
    one = round(num / mag) * mag
    shown = f"{one:,.0f}" if one >= 1 else f"{one:g}"
    return f"約{shown}{m.group(2) or ''}円規模"
