"""More wordings of the re-identification risks, as people write them in interviews and case studies.

:mod:`tokumei.anonymize.risk` holds one pattern per kind; the texts advisers publish say the same
things in many more ways (「大正二年からねぎ一本」, 「島に一軒だけ残った酒蔵」, 「パートさん12人」,
「借入額は4,500万円」, 「「○○コンテスト」で金賞」, 「宮島から車で20分」, 「十七世の住職」). Each
entry here is (kind, pattern); the group names are those :func:`tokumei.anonymize.risk_suggest.flag_reason`
reads (``y2`` year, ``n``/``n2`` number, ``w``/``u`` headcount word and unit, ``v`` the passage
to flag when narrower than the match). Patterns run on the normalised view.

Eras before 明治 (永禄 … 慶応) are dated by :data:`OLD_ERAS` (first year of each era, 国立天文台
「暦Wiki」 元号一覧) so that 「元禄年間の創業」 gets 「創業300年以上」.

例::

    >>> [k for k, m in extra_matches("うちは大正二年からねぎ一本です。パートさん12人と家族で。")]
    ['founding', 'headcount']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.wareki import OLD_ERAS

_NUM = r"(?:元|\d{1,2}|[一二三四五六七八九十]{1,4})"
_OLD = "|".join(OLD_ERAS)
_YEAR = rf"(?:\d{{4}}|(?:明治|大正|昭和|平成|令和){_NUM}|(?:{_OLD}){_NUM}?)"
_START = r"(?:創業|創立|開業|設立|開店|開院|開園|開山|開基|開創|建立|開窯|開設|開いた|開かれ|始めた|始めて|建て|建築|築|竣工)"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?(?:億(?:\d[\d,]*万)?|万)円"

EXTRA: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    # 昭和五十六年の開院 / 昭和四十一年に親父が始めた / 元禄年間の創業 / 昭和四十八年開園
    ("founding", rf"(?P<y2>{_YEAR})\s*年(?:間)?\s*(?:の|に|頃に|頃)?\s*[^。、\n「」]{{0,8}}?{_START}"),
    # 大正二年から / 明治三十年からの農家 (an era year that something has lasted since)
    ("founding", rf"(?P<y2>(?:明治|大正|昭和|{_OLD}){_NUM})\s*年から"),
    ("generation", r"(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*世(?![紀界間代帯])(?=の|・|、|住職|当主|として|\s)"),
    # 島に一軒だけ残った / 大阪でうちだけ / 地区で初めての / 県内で初めて / 商店街でいちばん古い / 一軒もない
    # (not a time: 「4月1日に初めて面談」「その日に初めて」 are no claim about the business)
    ("superlative", r"(?<![\d０-９])(?!(?:[日月年時回度週頃]|今回|今日|先日|当日|前日|最初|その後)(?:で|に|として))"
                    r"[一-龥ァ-ヶー]{1,6}(?:で|に|として)(?:は)?\s*(?:初めて|はじめて|一軒だけ|1軒だけ|一社だけ|うちだけ|"
                    r"ここだけ|いちばん古い|一番古い|最も古い)"),
    ("superlative", r"[^。、\n]{0,12}(?:一軒もない|ほかにない|他にない)"),
    ("headcount", r"(?P<w>パート(?:さん)?|アルバイト(?:さん)?|ドライバー|事務|看護師|職人|スタッフ|従業員|社員|社員さん)"
                  r"(?:は|が)?\s*(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    ("headcount", r"(?P<w>合わせて|総勢|全部で|入れて|計)\s*(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    ("revenue", rf"(?<![\d,.])(?P<v>{_AMOUNT})"),
    # 「あおもり産品コンテスト」で金賞 / 「東大阪ブランド」の認定 / 全国ねぎ品評会で2年連続の農林水産大臣賞
    ("award", r"(?:\d{4}年の?)?「[^」\n]{1,30}」\s*(?:で|に|の)[^。、\n「」]{0,14}?(?:賞|ファイナリスト|認定|入賞|選定|選出|優勝)"),
    ("award", r"[^、。\s「」]{1,15}(?:品評会|コンテスト|コンクール|コンペ|アワード|大会|博覧会)で[^。、\n「」]{0,14}?賞"),
    ("brand", r"(?:看板[一-龥ぁ-んァ-ヶ]{0,4}|ブランド[一-龥ぁ-んァ-ヶ]{0,4}|銘柄|主力)(?:は|の|が|、)?\s*(?P<v>「[^」\n]{1,30}」)"),
    ("brand", r"(?P<v>「[^」\n。、]{2,20}」)(?=という(?!こと|意味|言葉|気持ち|思い|話))"),
    ("event", r"(?:第\d+回\s*)?「[^」\n]{1,30}(?:祭|まつり|フェスタ|フェス|フェア|マルシェ|夜市|朝市|蔵開き|フォーラム|セミナー|"
              r"シンポジウム|講演会|博覧会|展示会|EXPO)[^」\n]{0,8}」"),
    ("event", r"[^、。\s「」（()]{1,16}(?:フォーラム|シンポジウム|セミナー|蔵開き|夜市|フェア)(?:\s*in\s*[^\s）)、。]{1,8})?"),
    # 宮島から車で20分 / 天橋立まで歩いて5分 / 北野天満宮から東へ徒歩5分
    ("landmark", r"(?:JR)?[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,11}(?:から|まで|より)\s*(?:[東西南北]へ\s*)?"
                 r"(?:車|徒歩|バス|電車|タクシー|歩いて|自転車)?\s*で?\s*(?:約)?\s*\d+\s*分"),
    ("landmark", r"[一-龥ァ-ヶーぁ-ん]{0,10}(?P<k>駅|街|天満宮|神宮|八幡宮|寺|神社|城|公園)(?:[東西南北]口)?の?(?:ロータリー)?"
                 r"(?:すぐ)?(?:裏|向かい|近く|前|隣|そば)(?![\d一-龥-])"),
    ("programme", r"(?:(?<=FM)|(?<=ラジオ)|(?<=テレビ)|(?<=放送))「[^」\n]{1,40}」"),
    ("programme", r"『[^』\n]{1,40}』(?:という|との)?(?=(?:名前の|名の)?(?:ポッドキャスト|ラジオ|番組|チャンネル|YouTube|ブログ|連載|コラム|"
                  r"メルマガ|ニュースレター|配信))|(?:(?<=番組)|(?<=連載)|(?<=ブログ)|(?<=チャンネル)|(?<=コラム))『[^』\n]{1,40}』"),
    # 創業から60年 / 創業六十年 / 開業して20年 / 築100年
    ("founding", r"(?:創業|創立|開業|開店|創刊)(?:から|して|以来)?\s*(?P<age>\d{2,3}|[一二三四五六七八九十百]{2,5})\s*(?:年|周年)"),
    ("founding", r"築\s*(?P<age>\d{2,3}|[一二三四五六七八九十百]{2,5})\s*年"),
    ("headcount", r"(?P<n>\d[\d,]*)\s*(?P<u>名|人)の(?P<w>社員|従業員|スタッフ|職人|パート|従業者|職員)"),
    ("revenue", r"(?:売上高?|売り上げ|年商|資本金)(?:は|が)?[^。\n]{0,8}?(?P<v>\d[\d,]*(?:\.\d+)?(?:億|万)(?:\d[\d,]*万)?)(?![\d円])"),
    ("age", r"(?<=[、,])\s*(?P<n2>\d{2,3})(?=[）)])"),
    # 1950年から続く / 70年続く / 80年の歴史
    ("founding", r"(?P<y2>\d{4})\s*年(?:から|以来)\s*(?:続く|続け|営む|営ん|営業)"),
    ("founding", r"(?P<age>\d{2,3}|[一二三四五六七八九十百]{2,5})\s*年(?:以上)?(?:続く|の歴史|以上の歴史|続いて)"),
    ("superlative", r"[一-龥ァ-ヶー]{1,6}(?:で|に)(?:一つだけ|ひとつだけ|1つだけ|一軒しか)"),
    ("superlative", r"[一-龥ァ-ヶー]{0,6}(?:トップシェア|シェアNo\.?1|シェア1位|シェア一位)"),
    ("award", r"[^、。\s「」]{1,20}(?:賞|グランプリ|金賞|大賞)に輝"),
    ("brand", r"(?:新商品|商品|新作|新メニュー|限定品|人気商品|定番商品|特産品)(?:の|は|が|、)?\s*(?P<v>「[^」\n]{1,30}」)"),
    ("landmark", r"[一-龥ァ-ヶー]{1,10}通り沿い"),
    ("sns_handle", r"(?:Instagram|instagram|インスタ(?:グラム)?|Twitter|TikTok|Facebook|YouTube)(?:\s*[:：]\s*|のアカウント(?:は)?\s*)"
                   r"(?P<v>[A-Za-z0-9_.]{3,30})"),
))
_VERBISH = re.compile(r"(?:です|ます|した|ない|だ|よ|ね)」$")


def extra_matches(norm: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(kind, match) of every extra pattern in the normalised text."""
    for kind, rx in EXTRA:
        for m in rx.finditer(norm):
            if kind == "revenue" and not _large(m.group("v")):
                continue
            if kind == "brand" and _VERBISH.search(m.group("v")):
                continue
            yield kind, m


def _large(amount: str) -> bool:
    """Exact amounts of a million yen or more (100万円, 3億円) identify through reports and 決算公告."""
    if "億" in amount:
        return True
    head = amount.split("万")[0].replace(",", "")
    try:
        return float(head) >= 100
    except ValueError:
        return False


def old_era_year(s: str) -> int | None:
    """Gregorian year of 元禄三 / 文久元 / 元禄 (the era's first year). 例: ``old_era_year("文久元") == 1861``"""
    from tokumei.detect.wareki import kanji_int

    for era, first in OLD_ERAS.items():
        if s.startswith(era):
            rest = s[len(era):]
            if not rest or rest == "元":
                return first
            n = int(rest) if rest.isdigit() else kanji_int(rest)
            return first + n - 1 if n else first
    return None
