"""Details that single a business out, as independent annotators marked them (issue #12, third pass).

Thirty hand-written dev documents by three annotators who never saw the code (a-dev-61…90) had
83–86% of their expected risks flagged; what was missed were whole kinds of wording, not single
words. Each pattern below is the grammar of one such kind (group names as :func:`.risk._flag` reads
them; patterns run on the normalised view, full-width digits are ASCII here):

* **amounts** — yen amounts from ten thousand up, written exactly or nearly (税込33,000円, 4万8千円,
  約96万円): prices, subsidies and arrears identify a shop through its web page or a report, as
  revenues do; and the business's own price for one thing at any amount (月謝は4,000円, 大人2,200円,
  1回550円). Flagged only (``publication`` applies no amount risk); the suggestion rounds it.
* **headcounts** — a worker word with the number a few words later (職人は家族を含めて8人, 蔵人は5人),
  「N人で回している」, and the answer to 「何人？」 on the next line.
* **last and only** — 「市内に残る最後の写真館」, 「最後まで残った」, 「ただ一つの蔵」, 「もうここ一軒」,
  「〜のは、今では X だけ」 after an area.
* **landmarks** — a roadside station with its name after a space (道の駅 明宝から車で8分) and a
  direction with a distance (鳥居から南へ80メートル).
* **ages** said without 歳 (いま71です, 母の きよは79ですが).
* **volumes** — herds, hives, rafts, stock and fields of the business (搾乳牛118頭, 巣箱およそ120群,
  在庫は約3万冊, 畑は2.4ヘクタール) and visitors a year (年に1万2千人).
* **brands** — a quoted name that is sold (「寒風ひとすじ」を通販で売り始め) or wins an award.

例::

    >>> [k for k, m in detail_matches("価格は税込38,500円です。蔵人は5人。市内に残る最後の写真館です。")]
    ['revenue', 'headcount', 'superlative']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.anonymize.risk_wording import _AREA, _QNAME

_WORKER = (r"(?:従業員|社員|職員|スタッフ|職人(?:さん)?|蔵人|杜氏|パート(?:さん)?|アルバイト|講師|教員|保育士|看護師|"
           r"生徒|塾生|園児|会員|部員|団員|弟子|門下生|組合員|乗組員|船員|作業員)")
_KN = "〇一二三四五六七八九十百千"

_P: tuple[tuple[str, str], ...] = (
    # 税込33,000円 / 4万8千円 / 約96万円 / 40万円近く: ten thousand yen or more (会費は3,000円 stays: see _PRICE_MIN)
    ("revenue", r"(?<![\d,.])(?P<price>)(?P<v>\d{1,3}(?:,\d{3})+円|\d{5,}円|\d+(?:\.\d+)?万(?:\d[\d,]*千?)?円)"),
    # 月謝は4,000円 / 大人2,200円 / 電池交換は1回550円 / 代金4,950円は頂戴いたしません: the business's own price for
    # one thing, however small, is on its web page (not 会費は3,000円, a fee said of many: see the tests)
    ("revenue", r"(?:料金|月謝|代金|受講料|利用料|入場料|入園料|入館料|体験料|参加費|宿泊料|施術料|1回|一回|大人|"
                r"残り期間分|返金額?|払い戻し|予約金|前金|内金|1杯|一杯|1個|一個|1本|一本|1皿|一皿|1人前|一人前|"
                r"一泊二食|1泊2食|一泊|1泊|素泊まり)(?:は|が|の|:)?\s*(?:約|税込)?\s*(?P<v>\d{1,3}(?:,\d{3})*円)"),
    # 限定麺を800円で提供 / 1,100円でお出しする
    ("revenue", r"(?<![\d,.])(?P<v>\d{1,3}(?:,\d{3})*円)\s*で\s*(?:提供|販売|お出し|ご提供|ご用意|お届け|お受け)"),
    # 昭和二十七年に桑田 勝次が創業 / 1998年、父が始めた (a name between the year and the verb)
    ("founding", rf"(?P<y2>\d{{4}}|(?:明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))\s*年\s*(?:に|、)"
                 r"[^。\n]{0,30}?(?:が|は)[^。\n]{0,20}?(?:創業|創立|設立|開業|開店|興し|興した|始め|始めた|開いた)"),
    # 当店は昭和四十三年、… (a business and a year: when it began)
    ("founding", rf"(?:当店|当社|同店|同社|弊社|当院|当園|当館|当寺|当事務所|当法人|当蔵|うちの店|この店)は\s*"
                 rf"(?P<y2>\d{{4}}|(?:明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))\s*年(?:[（(][^）)\n]{{1,8}}[）)])?に?[、,]"),
    # 七十八ですが、毎日… / 九十一で、まだ元気です: an age in kanji numerals said without 歳 (after a speaker's label)
    ("age", r"(?:^|(?<=[。\n：:　 ]))(?P<v>(?P<n2>[二三四五六七八九]十[一二三四五六七八九]?))(?:歳|才)?(?=ですが|です。|でした|で、)"),
    # 妻と二人だけの小さな店 / 家族3人で営む: how many run the business
    ("headcount", r"(?P<w>)(?P<v>(?:妻|夫|家内|主人|家族|夫婦|母|父|息子|娘|兄|弟|姉|妹)と\s*(?P<n>[2-4二三四])\s*(?P<u>人))(?:だけ|きり|で)"),
    # 広島県建設業協会の優良工事表彰を受けた / 市長から感謝状をいただいた
    ("award", r"[^、。\s「」]{1,24}(?:表彰|感謝状|知事賞|市長賞)\s*を\s*(?:受け|いただ|頂)"),
    # 静岡県トラック協会の「働きやすい職場賞」を受けた: a quoted award that was received
    ("award", r"(?:[^、。\s「」]{1,24}の)?「[^」\n]{1,30}(?:賞|大賞|グランプリ|アワード)」\s*を\s*(?:受け|いただ|頂|受賞|獲得)"),
    # オリジナルのヘアオイル「天草つばきしずく」 / 限定麺「ひみ寒ぶり煮干しそば」 (the shop's own product by name)
    ("brand", rf"(?:オリジナル|自社|限定|看板|定番|名物|新作|自家製)の?[ァ-ヶー一-龥ぁ-ん]{{0,8}}?(?P<v>{_QNAME})"),
    # 職人は家族を含めて8人 / 蔵人はパートを含めて7人 / 生徒は小学生から88歳まで42人 (not 約30名)
    ("headcount", rf"(?P<w>{_WORKER})(?:数)?\s*(?:は|が|:)\s*(?:(?!約|およそ|ほど|[。\n]).){{0,16}}?(?<![\d歳])(?P<n>\d[\d,]*)\s*(?P<u>人|名)(?!以上|未満|まで)"),
    # …の7人で回している / 5人で切り盛り
    ("headcount", r"(?P<w>)(?<![\d,])(?P<v>(?P<n>\d[\d,]*)\s*(?P<u>人|名))\s*(?:体制)?で\s*(?:回し|回して|回る|営ん|営業|切り盛り|やって|運営|営む)"),
    # 職人さんは何人くらい？⏎猪又：9人です / いまは7人に戻っています
    ("headcount", r"(?:何人|何名)[^\n]{0,16}\n[^\n]{0,12}?(?P<w>)(?P<v>(?P<n>\d[\d,]*)\s*(?P<u>人|名))"),
    ("headcount", r"(?P<w>)(?:いまは|今は|現在は|いまでは|今では)\s*(?P<n>\d[\d,]*)\s*(?P<u>人|名)\s*(?:に|まで|体制|です|でやって|で回し)"),
    # 市内に残る最後の写真館 / 島に唯一残った / 最後まで残った / ただ一つの蔵 / もうここ一軒
    ("superlative", rf"{_AREA}\s*(?:に|で)\s*(?:残る|残った|いまも残る|今も残る|現存する|ある)\s*(?:最後の|唯一の|ただ一つの|たった一つの)"),
    ("superlative", r"最後まで残った|最後の一軒|最後の1軒|(?:ただ|たった)\s*(?:一つ|1つ|一軒|1軒|一社|1社)の|"
                    r"(?:もう)?(?:ここ|うち)\s*(?:一軒|1軒|一社|1社)(?:だけ|のみ|になった|です|だ|しか)"),
    # 町内で…を一軒で手がけるのは、今では堀米漆器店だけ
    ("superlative", rf"{_AREA}\s*(?:で|に|では)[^。\n]{{0,30}}?のは[、,]?\s*(?:今では|いまでは|もう|現在)?\s*[^。\n、]{{1,16}}?だけ(?=だ|です|で|と|。|に)"),
    # 道の駅 明宝から車で8分 / 八幡宮の鳥居から南へ80メートル
    ("landmark", r"(?P<v>道の駅[ \u3000][^\s、。「」]{1,16}?(?:から|より)\s*(?:車|徒歩|歩いて|バス)?\s*で?\s*(?:約|およそ)?\s*\d+\s*(?:分|キロ|km|メートル|m)(?![a-z]))"),
    ("landmark", r"(?P<v>[一-龥ァ-ヶーぁ-ん]{1,16}(?:から|より)\s*[東西南北]{1,2}へ\s*(?:約|およそ)?\s*\d+\s*(?:メートル|m|キロ|km)(?![a-z]))"),
    # いま71です / 母の雨宮 きよは79ですが (an age without 歳 after 今 or a family word)
    ("age", rf"(?:いま|今|今年で?|現在)\s*(?P<v>(?P<n2>\d{{2,3}}|[{_KN}]{{2,4}})\s*(?:歳|才)?)(?=です|になり|になる|になった|や|だ)"),
    ("age", r"(?:母|父|祖母|祖父|妻|夫|家内|主人|先代|親父|おやじ|おふくろ)(?:の[^\s、。は]{1,8}(?:[ \u3000][^\s、。は]{1,6})?)?は\s*"
            r"(?P<v>(?P<n2>\d{2,3})\s*(?:歳|才)?)(?=です|ですが|でした|で、|になり|になる)"),
    # 搾乳牛118頭 / 巣箱およそ120群 / 在庫は約3万冊 / 畑は2.4ヘクタール / 養殖筏が42台
    ("revenue", r"(?P<volume>)(?P<v>(?:在庫|蔵書|巣箱|搾乳牛|乳牛|肉牛|繁殖牛|母牛|豚|鶏|採卵鶏|羊|養殖筏|筏|畑|田んぼ|水田|農地|"
                r"果樹園|茶畑|山林|客室|部屋|離れ|座席|席数|病床|定員)(?:数)?\s*(?:は|が|も)?\s*(?:約|およそ|ほぼ|わずか)?\s*(?:\d[\d,.]*|[" + _KN + r"]{1,4})\s*(?:万|千)?\s*"
                r"(?:群|冊|頭|羽|台|基|艘|ヘクタール|ha|アール|反|町歩|坪|室|棟|席|床|本|株|名|人))"),
    # 年に1万2千人 / 年間でおよそ900人 (visitors, guests, orders a year)
    ("revenue", r"(?P<volume>)(?P<v>(?:年間|年に|1年に|一年に|月に|月間|1日に|一日に)\s*(?:で)?\s*(?:約|およそ)?\s*"
                r"\d[\d,]*\s*(?:万(?:\d千)?|千)?\s*(?:人|組|件|泊))"),
    # 「寒風ひとすじ」を通販で売り始めた / 「ゆりかごスツール」が…グッドデザイン賞を受賞
    ("brand", rf"(?P<v>{_QNAME})\s*を\s*[^。\n「」]{{0,8}}?(?:売り|売っ|売る|販売|出荷|卸)"),
    ("brand", rf"(?P<v>{_QNAME})\s*(?:が|は)[^。\n「」]{{0,24}}?(?:賞|グランプリ|アワード)を?\s*(?:受賞|受け|獲得|いただ)"),
    # stop 23, from a-dev-101…110 (measured first):
    # 父が五十二で急に亡くなって / 主人が六十二で亡くなってから: an age said with what happened at it
    ("age", r"(?:^|(?<=[がはも、\s]))(?P<v>(?P<n2>\d{2,3}|[二三四五六七八九]?十[一二三四五六七八九]?)\s*(?:歳|才)?)"
            r"(?=\s*で\s*(?:急に|突然)?\s*(?:亡くな|他界|急逝|逝去|倒れ|引退|独立|嫁|結婚|店を|家業|跡を))"),
    # 県の卓越技能者表彰をもらった
    ("award", r"[^、。\s「」]{1,24}(?:表彰|感謝状|知事賞|市長賞)\s*を\s*(?:もらっ|もらい|授与され|贈られ)"),
    # パートを含めて9人 / パートさん含め総勢15名 / 家族三人とパートさん四人
    ("headcount", rf"(?P<w>)(?P<v>(?:パート|アルバイト|家族|職人|社員)(?:さん)?(?:を)?\s*(?:含め|含む|あわせ|合わせ)て?\s*(?:総勢)?\s*"
                  rf"(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"),
    ("headcount", rf"(?P<w>)(?P<v>家族\s*(?:[{_KN}]{{1,2}}|\d)\s*人\s*と\s*(?:パート|アルバイト)(?:さん)?\s*(?P<n>\d+|[{_KN}]{{1,2}})\s*(?P<u>人|名))"),
    # 所員は7名 / 塾生は120名
    ("headcount", r"(?P<w>所員|店員|塾生|隊員|工員|作業員)(?:数)?\s*(?:は|が|:)\s*(?P<n>\d[\d,]*)\s*(?P<u>人|名)"),
    # 開塾四十年目 / 創業70周年 / 開業三十年目
    ("founding", rf"(?:創業|開業|開店|開院|開塾|開園|開校|設立|創立|開窯)\s*(?P<age>\d{{1,3}}|[{_KN}]{{1,4}})\s*(?:年目|周年)"),
    # 女の仲卸は私が最初 / うちが初めて / 一番多く手がけてきた
    ("superlative", r"(?:私|わたし|うち|当社|当店|弊社|自分)が\s*(?:最初|初めて|一番|第一号|草分け)|(?:一番|いちばん|最も)多く"),
    # 小型の仏壇「いが・こもれび」を考えた (the shop's own product by name)
    ("brand", rf"(?P<v>{_QNAME})\s*を\s*(?:考え|考案|作っ|作り|売り出|手がけ|生み出)"),
    # stop 24, from a-dev-111…125 (measured first):
    # 私が二十八のとき / 三十二のときです / 七十になったいまも / 六十七で足場から落ちた: an age in kanji numerals without 歳
    ("age", r"(?P<v>(?P<n2>[二三四五六七八九]十[一二三四五六七八九]?)\s*(?:歳|才)?)"
            r"(?=の(?:とき|時|頃|ころ)|になった|になって|になり|になる今|になるいま|で(?:足場|急に|突然|倒|亡|他界|引退|店|家業|跡|戻|帰|継|独立|結婚|嫁))"),
    # 最年長の根本さんは七十八で、 (an age after は, then で and a comma)
    ("age", r"(?<=は)(?P<v>(?P<n2>[二三四五六七八九]十[一二三四五六七八九]?)\s*(?:歳|才)?)(?=で[、，,])"),
    # 陸：陸です。27です。 (a speaker giving his age after his name)
    ("age", r"(?<=です。)(?P<v>(?P<n2>[1-9]\d)\s*(?:歳|才)?)(?=です|でした)"),
    # いまは「宮良工務店」だけ / 半島でいま造りを続けている蔵は、ここだけ: the one business left, named or pointed at
    ("superlative", r"[^。\n「」]{2,40}?は[、,]?\s*(?:今では|いまでは|いまは|今は|もう|現在は?)?\s*"
                    r"(?:「[^」\n]{1,16}」|ここ|うち|当店|当社|弊社)\s*だけ(?=だ|です|で|と|。|な|に|\s|$)"),
    # 常勤9名・非常勤4名 / 家族三人とスタッフ五人の八人
    ("headcount", rf"(?P<w>)(?P<v>(?:常勤|非常勤|正社員|正職員|スタッフ|職員|社員|ヘルパー|看護師|介護士|介護職員|職人|講師|ドライバー)"
                  rf"(?:さん)?\s*(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"
                  r"(?=[・、，,と]|の|で|\s|です|。|体制)"),
    # 法人にしたのは2016年 / 安政二年（1855年）から酒を造ってきた / 昭和55年（1980年）に、… が開業
    ("founding", rf"(?:法人にした|法人化した|創業した|開業した|店を開いた|始めた)のは\s*(?P<y2>\d{{4}}|(?:明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))\s*年"),
    ("founding", rf"(?P<y2>\d{{4}}|(?:安政|文久|元治|慶応|明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))\s*年(?:[（(]\d{{4}}年[）)])?\s*"
                 r"(?:から|より)\s*[^。\n]{0,12}?(?:造って|作って|営んで|続けて|商って|店を)"),
    # 一泊二食で二万八千円 (a price in kanji numerals)
    ("revenue", r"(?:一泊二食|1泊2食|一泊|1泊|素泊まり|お一人|一人|1人)\s*(?:で|は)?\s*(?P<v>[一二三四五六七八九十]+万[一二三四五六七八九十百千]*円)"),
    # 現代の名工に選ばれた / 卓越した技能者（現代の名工）に選ばれ: a title the state gives one person
    ("award", r"[^、。\s「」]{0,24}(?:名工|技能者|マイスター|名人|百選)[）)]?\s*に\s*(?:選ばれ|認定され|選定され)"),
    # 堤防から一本入った、旧呉服店の隣 (a way to the door)
    ("landmark", r"(?P<v>[^\s、。（）()]{1,16}から一本入った(?:[、,][^\s、。（）()]{1,12}の(?:隣|向かい|裏|前))?)"),
    # 年間約9万リットルを仕込む / 年に2万本 (an exact yearly volume)
    ("revenue", r"(?P<volume>)(?P<v>(?:年間|年に|月に|月間)\s*(?:約|およそ)?\s*\d[\d,.]*\s*(?:万|千)?\s*(?:リットル|L|ℓ|石|升|本|個|kg|キロ|トン|t))"),
    # 500mlで1,620円 / 一箱2,400円 (a product's exact price)
    ("revenue", r"(?P<v>\d+\s*(?:ml|mL|ミリリットル|g|グラム|kg|キロ|本|個|枚|箱|袋|缶|瓶|パック)\s*(?:で|入り|入)?\s*\d{1,3}(?:,\d{3})*円)"),
    # 日本伝統工芸展に十回入選 (an exhibition the maker entered, with a count)
    ("award", r"[^、。\s「」]{1,24}(?:展|コンクール|品評会|博覧会)\s*(?:に|で)\s*(?:\d+|[一二三四五六七八九十]+)\s*回\s*(?:入選|入賞|受賞)"),
    # 8人で4.5ヘクタールを回す: a farm's exact area / 約210件の顧問先: its exact number of clients
    ("revenue", r"(?P<volume>)(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:ヘクタール|ha|アール|町歩))"),
    ("revenue", r"(?P<volume>)(?P<v>(?:約|およそ)?\s*\d[\d,]*\s*件の(?:顧問先|取引先|お客|顧客|契約|会員|利用者))"),
    # 一日四百個しか揚げられない (a day's output in kanji numerals)
    ("revenue", rf"(?P<volume>)(?P<v>(?:1日|一日|1日に|一日に)\s*[{_KN}]{{1,4}}\s*(?:本|個|枚|食|台|冊|箱|袋|杯|皿|パック))"),
    # 「氷湖のきらめき」と名前を付けた / 「…」と名付けた (the business's own product named)
    ("brand", rf"(?P<v>{_QNAME})\s*(?:と|って)\s*(?:名前を付け|名前をつけ|名付け|命名)"),
    # 勝山商工会議所 優良事業所表彰」をいただきました: a quoted award ending in 表彰
    ("award", r"「[^」\n]{1,30}(?:表彰|感謝状)」\s*を\s*(?:受け|いただ|頂|もらっ|受賞)"),
)
_YEAR25 = rf"(?:\d{{4}}|(?:明治|大正|昭和|平成|令和)(?:元|\d{{1,2}}|[{_KN}]{{1,4}}))"
_STAFF25 = (r"(?:運転手|乗務員|整備士|調理員|調理師|歯科医師|医師|歯科衛生士|衛生士|薬剤師|美容師|理容師|栄養士|配車|事務員|"
            r"社中|隊員|職員|社員|従業員|スタッフ|パート|アルバイト|看護師|保育士|介護士|ヘルパー|職人|講師|ドライバー)")
_P25: tuple[tuple[str, str], ...] = (
    # stop 25, from a-dev-156…185 (measured first):
    # 私で十七代になります / 二十六代を数えます: a lineage counted to the speaker
    ("generation", rf"(?:私|わたし|僕|ぼく|俺|自分|当代|いま|今)で\s*(?P<n>\d{{1,2}}|[{_KN}]{{1,4}})\s*代(?:目)?"),
    ("generation", rf"(?P<n>\d{{1,2}}|[{_KN}]{{1,4}})\s*代(?:目)?\s*を\s*数え"),
    # 整備士は5人 / いま社中は22人 / 乗務員14名、配車2名 / 歯科医師4人、衛生士9人
    ("headcount", rf"(?P<w>{_STAFF25})(?:数)?\s*(?:は|が|:)\s*(?P<n>\d[\d,]*|[{_KN}]{{1,3}})\s*(?P<u>人|名)(?!以上|未満|まで|ほど|くらい)"),
    ("headcount", rf"(?P<w>)(?P<v>{_STAFF25}\s*(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))(?=[・、，,と]|の|で|\s|です|。|体制)"),
    # 車両11台 / 車両は14台 / 19トンの漁船1隻: the fleet of a taxi firm, a haulier or a fishing boat
    ("revenue", rf"(?P<volume>)(?P<v>(?:車両|タクシー|ハイヤー|バス|トラック|漁船|船|重機|観光船)(?:数)?\s*(?:は|が|:)?\s*(?:\d+|[{_KN}]{{1,3}})\s*(?:台|隻|艘|両))"),
    ("revenue", r"(?P<volume>)(?P<v>\d+\s*トンの?\s*(?:漁船|船|冷凍船|運搬船)(?:\s*\d+\s*隻)?)"),
    # 寺本 公一さん、七十六。 / 工藤 晃（61、社員番号…）: an age after a name, without 歳
    ("age", r"(?:(?<=さん、)|(?<=氏、)|(?<=様、))(?P<v>(?P<n2>[二三四五六七八九]十[一二三四五六七八九]?|\d{2}))(?:歳|才)?(?=[。、)])"),
    ("age", r"(?<=[一-龥々ぁ-んァ-ヶ]\()(?P<v>(?P<n2>\d{2,3}))(?=[、,])"),
    # 明治十二年に氏子の若い衆で作った / 祖父が昭和三十五年に桃を植え / 戻ってきたのが2017年 / 天平年間の創建 / 店は昭和二十七年、
    ("founding", rf"(?P<y2>{_YEAR25})\s*年に[^。\n]{{0,14}}?(?:で|が)\s*(?:作っ|作ら|興し|結成|立ち上げ|始め)"),
    ("founding", rf"(?P<y2>{_YEAR25})\s*年に[^。\n、]{{0,8}}?を\s*(?:植え|建て|開い|始め|興し|構え)"),
    ("founding", rf"(?:戻ってきた|帰ってきた|継いだ|始めた|開いた|独立した|引き継いだ|店を出した)のが\s*(?P<y2>{_YEAR25})\s*年"),
    ("founding", r"(?P<period>[一-龥]{2}年間)\s*の?\s*(?:創建|創業|開山|開基|建立|開窯|創立)"),
    ("founding", rf"(?:店|会社|蔵|工房|宿|旅館|工場|窯|うち|医院|寺)は\s*(?P<y2>{_YEAR25})\s*年[、,]"),
    # 1食500円、中学生以下は200円 / 一口5千円 / 前金（1名様 5,000円）/ 迎車 500円、介助料 1,000円 / 5kg箱を3,800円から
    ("revenue", r"(?:1食|一食|1名様|一名様|お一人様|1口|一口|中学生以下|小学生以下|子ども|こども|小学生|中学生|高校生|迎車|[一-龥]{1,3}料)"
                r"(?:は|が|の|:)?\s*(?:約|税込)?\s*(?P<v>\d{1,3}(?:,\d{3})*円|\d+千円)"),
    ("revenue", r"(?P<v>\d+\s*(?:ml|mL|g|kg|キロ|本|個|枚|箱|袋|缶|瓶|パック)\s*(?:箱|袋|入り|入)?\s*(?:を|が|は|で)\s*\d{1,3}(?:,\d{3})*円)"),
    # スジンさんが考えた「…」 / 社務所で売っている「…」 / 「…」を1月から開始 / 「…」の募集
    ("brand", rf"(?:考えた|考案した|開発した|生んだ|作った|売っている|販売している|扱っている|出している)\s*(?P<v>{_QNAME})"),
    ("brand", rf"(?P<v>{_QNAME})\s*を\s*[^。\n「」]{{0,10}}?(?:開始|始め|始ま|スタート|設け)"),
    ("brand", rf"(?P<v>{_QNAME})\s*の\s*(?:募集|申し込み|申込|受付|オーナー)"),
    # 健康座談会「…」 / 「増田の蔵の日」に出店 / 「奥戸浜の初競り見物会」
    ("event", rf"(?:座談会|講演会|シンポジウム|フォーラム|勉強会|セミナー|講座|ワークショップ|企画|催し|イベント|ツアー)\s*(?P<v>{_QNAME})"),
    ("event", rf"(?P<v>{_QNAME})\s*(?:に|へ|で)\s*(?:出店|出展|出品|参加|出場)"),
    ("event", r"(?P<v>「[^」\n]{1,24}(?:見物会|見学会|体験会|試食会|感謝祭|の日|デー|競り)」)"),
)
DETAILS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in _P + _P25)


#: Amounts below this stay unflagged: a fee of a few thousand yen (会費は3,000円) is said of many; a price
#: from ten thousand yen (税込38,500円), a subsidy or arrears (約96万円) is the business's own figure.
_PRICE_MIN = 10_000


def _yen(v: str) -> int:
    """Yen of 38,500円 / 4万8千円 / 2.5万円. 例: ``_yen("4万8千円") == 48000``"""
    v = v.rstrip("円").replace(",", "")
    man, _, rest = v.partition("万")
    if not _:
        return int(float(man))
    n = float(man) * 10_000
    if rest.endswith("千"):
        n += int(rest[:-1] or 0) * 1_000
    elif rest:
        n += int(rest)
    return int(n)


def detail_matches(norm: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(kind, match) of every pattern of :data:`DETAILS` in the normalised text."""
    for kind, rx in DETAILS:
        for m in rx.finditer(norm):
            if "price" in rx.groupindex and _yen(m.group("v")) < _PRICE_MIN:
                continue
            yield kind, m
