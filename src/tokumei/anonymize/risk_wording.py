"""The grammar of re-identification risks, not their dev-set wordings (issue #12, second pass).

:mod:`.risk` and :mod:`.risk_more` matched the phrasings seen on the dev texts; the test texts
said the same things otherwise (82.5% of expected risks flagged on test, 97.3% on dev). Each
pattern here is built from the parts the Japanese sentence is made of, in every notation:

* **year + start** — a year (1962 / 二〇一二 / 昭和五十四 / 平成元 / 元禄 / 昭和初期), an optional month or
  season (4月, 春), and a start verb or noun within a few characters (創業・開業・設立・開店・開院・
  オープン・独立・起業・法人化・創刊・建て・築・始め・立ち上げ …): 「平成八年にオープン」,
  「昭和四十一年に親父が始めた」; the other order 「創業は1950年」, 「店を始めたのは1999年」; and a
  question about the start answered on the next line (「お店を開いたのは？⏎ミラ：2016年の秋です」).
* **area + superlative** — an area word (県内・町・島・全国・日本・地域・商店街 …) with 唯一・初・最初・
  最古・最大・一番・日本一・数少ない・…しかない・…だけ: 「全国でも数少ない」, 「国内に3台しかない」.
* **age** in kanji numerals (八十五歳, （八十二）), 「御年90」, （45・店主）.
* **amounts** in kanji numerals (三千万円) and in plain yen (12,000,000円, ¥12,000,000).
* **awards** — a contest/award name (…AWARDS 2021, …コンテスト2019, …賞) before a result verb
  (受賞・受けた・輝いた・選ばれた・金賞 …).
* **brands** — a quoted name after a product cue (自慢の・人気の・純米吟醸・ブランド …) or before
  what is said of a product (…が人気, を発売).
* **events** and **landmarks** — see :data:`WORDING`; the unquoted event name is the SudachiPy noun
  compound before the event word (「地元の軽トラ市」 → 軽トラ市).

Group names are those :func:`tokumei.anonymize.risk_suggest.flag_reason` reads (``y2`` year, ``age``, ``n``/``n2``
number, ``v`` the flagged passage). Patterns run on the normalised view (NFKC: full-width digits
are ASCII here).

例::

    >>> [k for k, m in wording_matches("平成八年にオープンした店。全国でも数少ない工房だ。")]
    ['founding', 'superlative']
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from tokumei.anonymize.risk import triggered_matches
from tokumei.anonymize.risk_more import OLD_ERAS
from tokumei.anonymize.sense_shops import PRODUCT_HEAD

if TYPE_CHECKING:
    from tokumei.anonymize.risk import RiskFlag

_KN = "〇一二三四五六七八九十百千"
#: A year in digits or in an era of the modern calendar (2017, 昭和三十五, 令和元).
_ERA_YEAR = rf"(?:\d{{4}}|(?:明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))"
_NUM = rf"(?:元|\d{{1,2}}|[{_KN}]{{1,4}})"
_OLD = "|".join(OLD_ERAS)
_ERA = "明治|大正|昭和|平成|令和"
#: A year in any notation: 1962 / 二〇一二 / 昭和五十四 / 平成元 / 元禄(三) / 昭和初期.
YEAR = (rf"(?:\d{{4}}|[〇一二三四五六七八九]{{4}}|(?:{_ERA}){_NUM}|(?:{_OLD}){_NUM}?"
        rf"|(?:{_ERA}|{_OLD})(?=(?:初期|中期|後期|末期|の初め|の終わり|年間)))")
_YEAR_END = r"(?:年(?:度)?|(?:初期|中期|後期|末期|の初め|の終わり))"
#: Starting a business or a building.
START = (r"(?:創業|創立|設立|開業|開店|開院|開園|開校|開所|開設|開窯|開山|創刊|創建|建立|竣工|築|建て|建築|完成|"
         r"オープン|独立|起業|法人化|株式会社化|発足|結成|旗揚げ|立ち上げ|始め|始まっ|始まり|開い|構え|興し|"
         r"のれん分け|暖簾分け|操業|営業を始め|店を出し|継い|継承|引き継い|事業承継|代替わり|代を譲|"
         r"移り住|移住|Uターン|Iターン|就農|入植)")  # 2015年に名古屋市から移り住んだ: the year the business came
_MONTH = r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?"
_SEASON = r"(?:の|に|、)?(?:春|夏|秋|冬|初め|暮れ|末|頃|ごろ)?"
_AREA = (r"(?:県内|市内|町内|村内|区内|道内|府内|都内|国内|島内|管内|県下|全国|日本|世界|業界|地域|地元|近隣|周辺|"
         r"界隈|エリア|沿線|商店街|地区|集落|半島|島|町|村|市|県|この辺り|このあたり|この辺|東北|関東|関西|中部|"
         r"北陸|九州|四国|中国地方|北海道|沖縄)")
_SUPER = (r"(?:唯一|初めて|はじめて|最初|最後の|初(?![めて回日])|最古|最大|最長|最多|最高齢|最年少|随一|一番|いちばん|"
          r"No\.?\s?1|ナンバーワン|トップ|数少ない|珍しい|ほかにない|他にない|屈指|有数|指折り|"
          r"(?:たった|ただ)\s?(?:一|1)\s?[軒社店台人つ](?:だけ)?|(?:一|1)\s?[軒社店](?:だけ|のみ|しかない)|"
          r"最も(?:早|古|大き|多|長|新し)[いく]|いち早く)")
_AGE_N = rf"(?:\d{{2,3}}|[{_KN}]{{2,4}})"
_KAMOUNT = rf"[{_KN}]+(?:億(?:[{_KN}]+万)?|万)円"
_PRODUCT = (r"(?:自慢|人気|定番|名物|看板|代表|主力|限定|オリジナル|自家製|特製|新作|新商品|新製品|商品|製品|銘柄|"
            r"ブランド|シリーズ|純米大吟醸|純米吟醸|大吟醸|吟醸|純米|本醸造|ワイン|焼酎|清酒|地酒|日本酒|地ビール|"
            r"クラフトビール|銘菓|和菓子|洋菓子|菓子|ジャム|パン|弁当|ケーキ|コーヒー|ブレンド|メニュー|料理|お菓子|"
            r"お酒|酒|茶|米|品種|ソース|ドレッシング|調味料|お土産|土産)")
_QNAME = r"(?:「[^」\n。、！？]{2,24}」|『[^』\n。、！？]{2,24}』)"
_AWARD_NAME = (r"(?:AWARDS?|Awards?|アワード|大賞|コンテスト|コンクール|品評会|選手権|コンペ|グランプリ|百選|"
               r"審査会|鑑評会|選評会|博覧会|EXPO)")
_RESULT = (r"(?:受賞|受け|輝|選ばれ|選定|入賞|認定|獲得|優勝|表彰|金賞|銀賞|銅賞|最優秀|優秀賞|最高賞|グランプリ|"
           r"大賞|特別賞|奨励賞|審査員賞|入選|1位|一位|いただ|頂|もらっ)")
_LANDMARK = (r"(?:(?:国道|県道|府道|都道|道道)\s*[0-9０-９]+\s*号線?|駅|空港|港|インター|IC|バス停|城|城跡|寺|神社|大社|天満宮|神宮|八幡宮|公園|役場|市役所|役所|温泉|"
             r"海岸|浜|湖|川|山|峠|橋|交差点|国道|県道|街道|通り|商店街|道の駅|高速|灯台|岬|ダム|大仏|タワー|参道|"
             r"館|会館|博物館|美術館|資料館|史料館|図書館|体育館|センター|ホール|病院|学校|大学|球場|スタジアム|"
             r"ドーム|モール|百貨店|デパート|ホテル|天守閣|庁舎|バスターミナル|ターミナル|ロータリー|広場|岬|外湯|湯)")
_TRAVEL = r"(?:徒歩|車|バス|電車|歩いて|歩き|自転車|タクシー|船|フェリー|ロープウェイ|高速|JR|私鉄)"
_NEAR = (r"(?:すぐ)?(?:近く|前|隣|向かい|そば|目の前|ふもと|麓|沿い|横|裏|ほとり|畔|正面|並び|一角|たもと|角|"
         r"入口|入り口|真向かい|斜め向かい)(?![\d一-龥])")

_W: tuple[tuple[str, ...], ...] = (
    # 平成八年にオープン / 2008年4月に独立 / 昭和四十一年に親父が始めた / 昭和初期に建てられた / 1972年創刊
    ("founding", rf"(?P<ago>)(?P<v>(?P<y2>{YEAR})\s*{_YEAR_END}{_MONTH})(?:{_SEASON}\s*(?:に|の|から|、)?\s*[^。\n「」]{{0,24}}?{START})"),
    # 創業は1950年 / 設立は平成15年 / 店を始めたのは1999年 / 開業したのが昭和54年
    ("founding", rf"(?P<ago>){START}[^。\n]{{0,8}}?(?:は|が|のは|のが|したのは|したのが|[:：])\s*(?:西暦)?\s*(?P<v>(?P<y2>{YEAR})\s*{_YEAR_END})"),
    # 開院から22年 / 設立して十年
    ("founding", rf"{START}\s*(?:から|して|以来)\s*(?P<age>\d{{1,3}}|[{_KN}]{{1,5}})\s*(?:年|周年)"),
    # 昭和四十年代から続く
    ("founding", rf"(?P<y2>{YEAR})\s*年代\s*(?:から|以来|の初めから)\s*(?:続く|続け|続いて|営む|営ん|営業)"),
    # 創業は明治の中ごろ / 開業は昭和の終わり
    ("founding", rf"(?P<ago>){START}[^。\n]{{0,6}}?(?:は|が)\s*(?P<v>(?P<y2>{_ERA}|{_OLD})(?:の(?:初め|中ごろ|中頃|半ば|終わり|末)|初期|中期|後期|末期))"),
    # ――お店を開いたのは？⏎ミラ：2016年の秋です (an interview: the answer on the next line)
    ("founding", rf"(?P<ago>)(?:{START}|いつから|いつごろから|いつ頃から|何年から|何年に|何年ごろ|何年頃)[^\n]{{0,16}}?(?:\?|か。|か)?\s*\n[^\n]{{0,16}}?(?P<v>(?P<y2>{YEAR})\s*{_YEAR_END}{_MONTH})"),
    # 天保年間から続く / 明治から続く
    ("founding", rf"(?P<y2>{YEAR})\s*(?:年間?)?\s*(?:から|以来)\s*(?:続く|続け|続いて|営む|営ん|営業|の)"),
    # 県内で唯一 / 全国でも数少ない / 村で最初の / 世界で初めて / 日本で最初に
    ("superlative", rf"{_AREA}\s*(?:で|に|の|では|でも|には|内で)?\s*(?:も)?\s*{_SUPER}"),
    # 市内に残る酒蔵のなかで最も古い / 県内の窯元のうちで唯一: the area, the group, then the claim
    ("superlative", rf"{_AREA}\s*(?:に|の|で)?[^。、\n]{{0,14}}?(?:なかで|中で|うちで)\s*(?:も)?\s*{_SUPER}"),
    # 日本一 / 県内一 (not 日本一つ, 一人, 一度)
    ("superlative", rf"{_AREA}一(?![つ人度回部番日月年時分方杯本枚軒台円帯緒色])"),
    # 日本三大… / ここにしかない
    ("superlative", r"(?:日本|世界|県内|東北|関西|九州)三大[一-龥ァ-ヶー]{1,6}|(?:ここ|うち|当店|当社|この店)(?:に|で)?しか(?:ない|ありません|買えない)"),
    # 国内に3台しかない / 県内では当社だけ / 市内でここのみ
    ("superlative", rf"{_AREA}\s*(?:で|に|には|では|でも)\s*[^。、\n]{{0,16}}?(?:しかない|しかありません|しか残っていない|"
                    rf"だけ(?=が|です|だ|で|と|に|の)|のみ(?=が|です|だ|で))"),
    # 米寿を迎えた / 享年八十八 / 満80歳
    ("age", r"(?P<v>還暦|古希|古稀|喜寿|傘寿|米寿|卒寿|白寿|百寿)(?=を|の|に|で|と|祝|、|。)"),
    ("age", rf"(?:享年|当年|満)\s*(?P<n2>{_AGE_N})"),
    # 今年で九十一になります
    ("age", rf"(?:今年で?|もう|数えで)\s*(?P<v>(?P<n2>{_AGE_N})\s*(?:歳|才)?)\s*(?=に(?:なり|なる|なった))"),
    # もう一軒しか残っていない / うちだけ / もうお宅だけ
    ("superlative", r"(?:たった|もう|わずか|ほんの)?\s*(?:一|1|二|2|三|3|数)\s*[軒社店台](?:しか|だけ|のみ)"),
    ("superlative", r"(?:お宅|おたく|うち|当店|当社|ここ|こちら)(?:さん)?(?:だけ|くらい|ぐらい)(?=です|だ|で|に|が|と|。|、|！|!|でしょう)"),
    # あしずり岬の道の駅 (a landmark and the place in it)
    ("landmark", r"(?P<v>[一-龥ァ-ヶーぁ-ん]{1,10}(?:岬|湖|山|川|島|浜|港|城|温泉)の(?:道の駅|駅|港|売店|直売所|温泉|ふもと|入口))"),
    # 八十五歳 / （八十二） / 御年90 / （45・店主）
    ("age", rf"(?<![{_KN}\d])(?P<n2>[{_KN}]{{2,4}})\s*(?:歳|才)(?!以上|以下|未満|から|まで|代)"),
    ("age", rf"(?:(?<=さん)|(?<=氏)|(?<=様))[（(]\s*(?P<v>(?P<n2>{_AGE_N})\s*(?:歳|才)?)\s*(?=[）)、,・])"),
    ("age", rf"(?:御年|御歳|おん年|齢)\s*(?P<n2>{_AGE_N})"),
    # 三千万円 / 12,000,000円 / ¥12,000,000
    ("revenue", rf"(?P<v>{_KAMOUNT})"),
    ("revenue", r"(?<![\d,.])(?P<v>(?:[¥￥]\s?)?\d{1,3}(?:,\d{3}){2,}(?:円)?|\d{7,}円)"),
    # …AWARDS 2021で県知事賞 / 全国和菓子コンテスト2019で金賞 / 経済産業大臣賞を受けた
    ("award", rf"(?P<v>(?:第\d+回\s*)?(?:[^\s、。「」()（）]{{1,20}}[ \u3000])?[^\s、。「」()（）]{{0,24}}(?P<aw>{_AWARD_NAME})"
              rf"(?:\s*\d{{4}})?)\s*(?:で|に|の|において|にて|では)?\s*[^。\n「」]{{0,16}}?{_RESULT}", _AWARD_NAME),
    ("award", r"(?P<v>[^\s、。「」()（）]{1,24}(?<!受)(?P<aw>賞))\s*(?:を|も)?\s*(?:受賞|受け|いただ|頂|もらっ|獲得|取っ|取り)", "賞"),
    # 自慢の「黒豆どら焼き」 / 純米吟醸「雪の音」 / ブランド「ハルノヒ」
    ("brand", rf"{_PRODUCT}[一-龥ァ-ヶー]{{0,6}}(?:の|は|が|、|として|で)?\s*(?P<v>{_QNAME})"),
    # 「塩バターあんぱん」が人気 / 「…」を発売
    ("brand", rf"(?P<v>{_QNAME})\s*(?:は|が|も|を)?\s*(?:[^。\n]{{0,6}}?)(?:人気|売れ|名物|看板|評判|完売|売り切れ|定番|好評|"
              rf"ヒット|主力)|(?P<v2>{_QNAME})\s*を\s*(?:発売|開発|販売|商品化|立ち上げ|出し|つく|作)"),
    # 「ほたるの夕べ」 / 「…市」 (a quoted event)
    ("event", r"(?P<v>「[^」\n]{1,24}(?:まつり|祭り|祭|フェスタ|フェスティバル|フェス|マルシェ|夜市|朝市|軽トラ市|蚤の市|(?<=[ぁ-ゖァ-ヶー])市|"
              r"フェア|夕べ|ナイト|ウィーク|ウイーク|大会|展)[^」\n]{0,8}」)"),
    # 駅から徒歩3分 / 空港から車で1時間 / インターから約2キロ / 港から徒歩五分
    ("landmark", rf"(?P<v>(?:JR|[A-Z]{{2,4}})?[一-龥ァ-ヶーぁ-ん]{{0,12}}?{_LANDMARK}(?:[東西南北]口)?\s*(?:から|まで|より)"
                 rf"[^。\n、]{{0,14}}?(?:約|およそ)?\s*(?:\d+|[{_KN}]+)\s*(?:分|時間|キロ|km|メートル|m)(?![a-z]))", "から|まで|より"),
    ("landmark", rf"(?P<v>[一-龥ァ-ヶー]{{1,12}}(?:から|まで|より)\s*{_TRAVEL}[^。\n、]{{0,8}}?(?:約|およそ)?\s*"
                 rf"(?:\d+|[{_KN}]+)\s*(?:分|時間|キロ|km|メートル|m)(?![a-z]))", "から|まで|より"),
    # 公園のすぐそば / 市役所の向かい / 湖のほとり / 国道沿い
    ("landmark", rf"(?P<near>)(?P<v>[一-龥ァ-ヶー]{{0,12}}{_LANDMARK}(?:[東西南北]口)?(?:の[一-龥ァ-ヶー]{{1,10}})?\s*の?\s*{_NEAR})",
     _NEAR),
    ("landmark", r"(?P<v>[^。、\n「」]{2,20}が目印)", "目印"),
    # スタッフは現在17人 / 従業員数：34名
    ("headcount", r"(?P<w>従業員|社員|職員|スタッフ|従業者|パート|アルバイト|職人|正組合員|組合員|講師|教員|保育士|"
                  r"看護師|介護職員|園児|児童|生徒|塾生|会員|部員|団員)(?:数)?\s*(?:は|が|:)?\s*"
                  r"(?:現在|いま|今)?\s*(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    # 教室6校 / 店舗数は12店舗 / 拠点は3か所: how many sites a business runs
    ("headcount", r"(?P<w>教室|店舗|拠点|事業所|営業所|支店|工場|校舎|施設|直営店)(?:数)?\s*(?:は|が|:)?\s*(?P<n>\d[\d,]*)\s*"
                  r"(?P<u>校|店舗|店|拠点|か所|カ所|ヶ所|箇所|工場|施設)"),
    # 職員は保育士14名を含む22名 (not 約30名: an approximate figure is no risk)
    # 職員は常勤・非常勤あわせて38名
    ("headcount", r"(?P<w>従業員|社員|職員|スタッフ|従業者|組合員|講師|教員)(?:数)?\s*(?:は|が|:)\s*(?:(?!約|およそ|ほど)[^。、\n\d]){1,14}"
                  r"(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    # …14名を含む22名: the total after the part
    ("headcount", r"\d[\d,]*\s*(?:名|人)\s*を?\s*含(?:む|め(?:て)?)\s*(?P<w>)(?P<n>\d[\d,]*)\s*(?P<u>名|人)"),
    # 天守閣が見える / 海を望む
    ("landmark", rf"(?P<v>[一-龥ァ-ヶー]{{0,12}}{_LANDMARK}\s*(?:が|を)\s*(?:見える|見渡せる|望む|望める|見下ろす|一望))"),
    # サイト「…」 / 冊子『…』 / 「…」というアプリ: a site, publication or app by its name
    ("programme", rf"(?P<pub>)(?:(?<=サイト)|(?<=ホームページ)|(?<=アプリ)|(?<=冊子)|(?<=フリーペーパー)|(?<=情報誌)|(?<=会報)|"
                  rf"(?<=ニュースレター)|(?<=動画)|(?<=マップ)|(?<=ガイドブック)|(?<=Podcast)|(?<=note))\s*(?P<v>{_QNAME})"
                  rf"|(?P<v2>{_QNAME})\s*(?:という|との)?\s*(?:名前の|名の)?(?=(?:ウェブ)?(?:サイト|ホームページ|アプリ|冊子|"
                  rf"フリーペーパー|情報誌|会報|マップ|ガイドブック|動画))"),
    # 「しまなみ完走マップ」 / 「工房だより」: a quoted name whose head word is a publication or medium
    ("programme", r"(?P<pub>)(?P<v>[「『][^」』\n。、！？]{1,20}(?:マップ|ナビ|ガイド|ブック|通信|新聞|だより|便り|ニュース|マガジン|"
                  r"ラジオ|TV|チャンネル|ちゃんねる|ch|Ch|CH|カレンダー|レシピ集)[」』])"),
    # 「風呂の日 さかい湯めぐり」を開く / 「…体験デー」を2月14日に開きます: a quoted name that is held
    ("event", rf"(?P<v>{_QNAME})\s*(?:を|が|は)[^。\n]{{0,16}}?(?:開き|開く|開い|開催|催し|催す|行い|行う|行われ|実施|開かれ)"),
    ("event", r"(?P<v>「[^」\n]{1,24}(?:めぐり|巡り|ツアー|デー|ウォーク|ラリー|まち歩き|体験会|教室|講座|寄席)」)"),
    # 「よもぎ大福 はつはる」 / 「眼鏡橋スペシャル」: a quoted name holding a product head word
    ("brand", rf"(?P<v>「[^」\n。、！？]{{0,20}}{PRODUCT_HEAD}(?:[ \u3000][^」\n。、！？]{{1,12}})?」)"),
    # 「雪椿」を飲んで / を守る: a quoted name someone drinks, eats, buys or keeps making
    ("brand", rf"(?P<v>{_QNAME})\s*を\s*(?:飲|呑|食べ|味わ|買|注文|仕込|造|作|焼|守|贈|届け|手に取)"),
    # 看板のとろろ昆布「白波」: a product cue a few words before the quoted name
    ("brand", rf"(?:看板|名物|代表|主力|自慢|人気)[^。、「」\n]{{1,10}}(?P<v>{_QNAME})"),
    # 自社開発の「まなびノート」 / 「…手帳」を導入 / 「…」を発売: a name the business made or brought in
    ("brand", rf"(?:自社開発|自社製|独自開発|独自|オリジナル|自家製|手作り|手づくり)の?\s*(?P<v>{_QNAME})"),
    ("brand", rf"(?P<v>{_QNAME})\s*を\s*(?:導入|開発|発売|販売|採用|リリース|考案|商品化|製品化|展開)"),
    # ――おいくつですか？⏎正樹：93です。 (the age answered on the next line)
    ("age", rf"(?:おいくつ|何歳|お年|年齢|御年)[^\n]{{0,12}}\n[^\n]{{0,12}}?(?P<v>(?P<n2>\d{{2,3}}|[{_KN}]{{2,4}})\s*(?:歳|才)?)(?=です|。|、|\s|$|に(?:なり|なる))"),
    # 駅すぐ / ICを降りてすぐ / 港から歩いてすぐ
    ("landmark", rf"(?P<v>[一-龥ァ-ヶー]{{0,12}}{_LANDMARK}(?:[東西南北]口)?\s*(?:すぐ|至近|(?:を)?降りてすぐ|(?:から|より)\s*(?:歩いて|徒歩|車で)\s*すぐ))", "すぐ|至近"),
    # 駅から地下通路で直結 / 駅直結
    ("landmark", rf"(?P<v>[一-龥ァ-ヶー]{{0,12}}{_LANDMARK}\s*(?:から|と)?[^。\n、]{{0,10}}?直結)", "直結"),
    # 一口3万円 / 月額5万円: an exact amount in 万円 after a unit or label
    ("revenue", r"(?:一口|月額|年額|総額|日額|一件|1件|一人|1人|時給|日給|月給|年収|月収|報酬|費用|予算|寄付|助成|補助|"
                r"月あたり|1か月あたり|ひと月|年あたり|年間|1日あたり)\s*"
                r"(?:は|が|で|:)?\s*(?:約|およそ)?\s*(?P<v>\d[\d,]*(?:\.\d+)?万円)"),
    # 18万4,000円: an amount written to the yen below 万 is an exact figure, whatever its size
    ("revenue", r"(?<![\d,.])(?P<exact>)(?P<v>\d[\d,]*万\d[\d,]*円)"),
    # 累計50万本を販売 / 年間3万個 (an exact sales volume)
    ("revenue", r"(?P<volume>)(?P<v>(?:累計|年間|月間|シリーズ累計|1日|一日|1日に|一日に|ひと月|1か月|週末)\s*(?:で|に)?\s*"
                r"\d[\d,]*\s*(?:万|千)?\s*(?:本|個|枚|食|台|冊|足|箱|袋|杯|kg|キロ|トン|パック|皿))"),
    # 15年間の営業 / 30年の商い
    ("founding", rf"(?P<age>\d{{1,3}}|[{_KN}]{{1,5}})\s*年(?:間)?\s*(?:の|にわたる|続けた)?\s*(?:営業|商い|のれん|暖簾)"
                 rf"|(?P<age2>\d{{1,3}}|[{_KN}]{{2,5}})\s*年(?:間|近く|以上)?\s*(?:続けて|続けた|営んで|守って|やって)"),
    # 戦後まもなく創業 / 高度成長期に開業
    ("founding", rf"(?P<period>戦前|戦中|戦後|終戦直後|高度成長期|高度経済成長期|バブル期|昭和の初め|明治維新)\s*"
                 rf"(?:まもなく|間もなく|すぐ|直後|の頃|のころ|に)?\s*[^。、\n]{{0,6}}?{START}"),
    # 県内の学校給食向けシェアは約4割 / 国内シェア3割
    ("superlative", r"(?P<v>[一-龥ァ-ヶー]{0,12}シェア(?:は|が)?\s*(?:約|およそ)?\s*\d+(?:\.\d+)?\s*(?:割|%|％|パーセント))"),
    # 四代続く / 八代にわたって
    ("generation", rf"(?P<lineage>)(?P<v>(?P<n>\d{{1,2}}|[{_KN}]{{1,3}})\s*代)\s*(?:続く|続いた|続いて|にわた)"),
)
#: (kind, pattern); a third element is a cheap trigger: the pattern runs only in a window around it (speed).
WORDING: tuple[tuple[str, re.Pattern[str]], ...] = tuple((w[0], re.compile(w[1])) for w in _W)
_TRIGGER_BY: dict[int, re.Pattern[str]] = {i: re.compile(w[2]) for i, w in enumerate(_W) if len(w) > 2}

#: Event words for the unquoted names (the compound before them is the name).
_EVENT_WORD = re.compile(r"(?:まつり|祭り|祭|フェスタ|フェスティバル|フェス|マルシェ|夜市|朝市|軽トラ市|蚤の市|フェア|EXPO|エキスポ|"
                         r"博覧会|物産展|品評会|ウィーク|ウイーク)(?:\s*\d{4})?")
_GENERIC_EVENT = frozenset("夏 秋 冬 春 毎年 恒例 地元 地域 市内 町内 村内 県内 全国 年末 年始 週末 今年 来年 昨年 秋祭り 夏祭り "
                           "お祭り 例大祭 大祭 本祭 前夜祭 文化祭 学園祭 体育祭 収穫祭 感謝祭".split())


def wording_matches(norm: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(kind, match) of every pattern of :data:`WORDING` in the normalised text."""
    for i, (kind, rx) in enumerate(WORDING):
        for m in triggered_matches(rx, norm, _TRIGGER_BY.get(i), 60, 40):
            if kind == "revenue" and "volume" not in m.re.groupindex and "exact" not in m.re.groupindex \
                    and not _large_yen(m.group("v")) and not _labelled_man(m):
                continue
            if kind in ("brand", "event", "programme") and _SENTENCE.search(m.group(0)) \
                    and not _NAME_HEAD.search(m.group(0)):
                continue  # 「お前は海のそばで店をやれ」 is something said, not a name
            yield kind, m


#: A quoted name whose last word is an event's or a product's head word is a name even with は/が/を
#: inside it (「海辺はみがき親子ウォーク」): sentences end in verbs and auxiliaries, not in these nouns.
_NAME_HEAD = re.compile(r"(?:めぐり|巡り|ツアー|デー|ウォーク|ラリー|まち歩き|体験会|講座|寄席|まつり|祭り|祭|フェスタ|"
                        r"フェスティバル|フェス|マルシェ|夜市|朝市|フェア|ノート|手帳|マップ|カレンダー)[」』]")

#: A quoted sentence, not a name: a case particle with words after it, or a sentence ending.
_SENTENCE = re.compile(r"[「『][^」』\n]*(?:(?<=[一-龥ァ-ヶー])[をはが][^」』\n]{2,}|(?:です|ます|した|ない|だ|よ|ね|やれ|しろ)[」』])")


def _labelled_man(m: re.Match[str]) -> bool:
    """「一口3万円」: an amount in 万円 after a unit or a label is exact and specific, whatever its size."""
    return m.group("v").endswith("万円") and m.start("v") > m.start()


def _large_yen(v: str) -> bool:
    """A million yen or more (the threshold of :func:`.risk_more._large`)."""
    from tokumei.detect.wareki import kanji_int

    if "億" in v:
        return True
    if "万" in v:
        n = kanji_int(v.split("万")[0])
        return bool(n and n >= 100)
    digits = re.sub(r"\D", "", v)
    return len(digits) >= 7


def event_names(norm: str) -> Iterator[tuple[int, int]]:
    """Unquoted event names: the noun compound before an event word (「地元の軽トラ市」 → 軽トラ市,
    「第10回かわごえ手しごとマルシェ」), when it has a part that is not a season or a generic word."""
    from tokumei.anonymize.risk import _tokens

    for m in _EVENT_WORD.finditer(norm):
        lo = max(0, m.start() - 16)
        window = norm[lo : m.start()]
        run: list[str] = []
        for t in reversed(_tokens(window) if window else []):
            pos = t.part_of_speech()[0]
            if pos in ("名詞", "接頭辞", "接尾辞") or t.surface() == "・":
                run.insert(0, t.surface())
                continue
            break
        words = [w for w in run if w.strip() and w != "・"]
        name = "".join(words)
        if not words or all(w in _GENERIC_EVENT for w in words) or name.isdigit() or name + m.group(0) in _GENERIC_EVENT:
            continue
        start = m.start() - len("".join(run))
        pre = re.search(r"第\s*\d+\s*回\s*$", norm[max(0, start - 8) : start])
        yield (start - len(pre.group(0)) if pre else start), m.end()


_NAMED_KINDS = ("brand", "programme", "event", "award", "place_name")


def same_names(text: str, found: list[RiskFlag]) -> Iterator[RiskFlag]:
    """Every other quoted occurrence of a name flagged once (「白波」 as 看板のとろろ昆布「白波」, then
    「ジョセフさんの削った「白波」は」): the name identifies wherever it is written."""
    from tokumei.anonymize.risk import RiskFlag

    names = {}
    for f in found:
        core = f.text.strip("「」『』")
        if f.kind in _NAMED_KINDS and len(core) >= 2:
            names.setdefault(core, f)
    flagged = {(f.start, f.end) for f in found}
    for core, f in names.items():
        for m in re.finditer(rf"[「『]{re.escape(core)}[」』]", text):
            a, b = (m.start(), m.end()) if f.text[:1] in "「『" else (m.start() + 1, m.end() - 1)
            if (a, b) not in flagged and not any(g.start <= a and b <= g.end for g in found):
                yield RiskFlag(a, b, text[a:b], f.kind, f.why, f.suggestion)


def merge_same_kind(text: str, found: list[RiskFlag]) -> list[RiskFlag]:
    """Overlapping flags of one kind become one flag over both (「ミナト AWARDS 2021」 and
    「AWARDS 2021で県知事賞を受賞」: the whole award, town included); the suggestion is that of the
    flag that reaches the end, which holds the verb the suggestion stands for."""
    from dataclasses import replace

    out: list[RiskFlag] = []
    for f in sorted(found, key=lambda f: (f.kind, f.start, -f.end)):
        last = out[-1] if out else None
        if last is not None and last.kind == f.kind and f.start < last.end:
            if f.end > last.end:
                out[-1] = replace(f, start=last.start, text=text[last.start:f.end])
            continue
        out.append(f)
    return out
