"""Size, output, tenure and the other details of the stop-27 dev residue (issue #12; split from :mod:`.risk_details`).

The annotators of a-dev-306…350 marked details the older patterns did not know, written in kanji
numerals as often as in digits: staff counted (パートさんが五人, 私を入れて五人, 板前3人), shares of sales
(売上の二割), yearly output (年間約一万二千個), capacity (定員：九十名, 客室十四), customers counted
(二十三軒が導入済み), the heir's return year (2021年に戻った), the last one in town (通りでいちばん古い店),
years of service (勤続：三十一年 → kind ``tenure``), a quoted name ending in a product word
(「ひとしずく椀」), a founder after a sentence-start year, ages without 歳 (美和女将は71。); and, from the fresh
stop-28 batch a-dev-351…374, a start said with what was started (2021年にカフェを開きました), the people who do the
work (家族三人と…人が五人), the first or last in a place (筆甫で最初の飲食店, 村でもう三軒), a walk from a roadside
station, years in the trade (装蹄をして四十五年) and counts of ten or more (四百十二世帯).
:mod:`.risk_details` runs these after its own patterns (group names as
:func:`.risk_suggest.flag_reason` reads them; patterns run on the normalised view).

例::

    >>> import re
    >>> sorted({k for k, p in SCALE if re.search(p, "勤続：三十一年。パートさんが五人です。")})
    ['headcount', 'tenure']
"""
from __future__ import annotations

from tokumei.anonymize.risk_wording import _ERA_YEAR, _KN

_S: tuple[tuple[str, str], ...] = ()
_S += (
    # stop 27, from a-dev-306…335 (measured first), kanji numerals as written: パートさんが五人 / 社員とパートで三十一名 /
    # 従業員十四名） / 常雇い六名
    ("headcount", rf"(?P<w>)(?P<v>(?:社員とパート|パート|常雇い|従業員|社員|職人|スタッフ)(?:さん)?\s*(?:が|で|は)?\s*"
                  rf"(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))(?=[、。，,）)」\s]|です|で|の|体制)"),
    # 〜さんの四人体制 / 〜さんの四人で作業 (the whole team counted)
    ("headcount", r"(?P<w>)(?:の|で)\s*(?P<v>(?P<n>[2-9]|[二三四五六七八九]|十[一二三四五六七八九]?)\s*(?P<u>人))"
                  r"(?=体制|で(?:作業|切り盛り|回し|営|やって|店を|仕込|製造))"),
    # 売上の二割 / 年間売上の四割 / 年商の三分の一 / 園地の六割 / 平均一割の値上げ (the business's own shares)
    ("revenue", rf"(?:売上|売り上げ|年商|収入|出荷|生産|園地|畑|面積|取引先|顧客)(?:高|量)?の\s*(?:約|およそ)?\s*"
                rf"(?P<v>(?:\d+|[{_KN}]{{1,3}})\s*割|(?:\d+|[{_KN}]{{1,2}})\s*分の\s*(?:\d+|[{_KN}]{{1,2}}))"),
    ("revenue", rf"(?P<v>(?:\d+|[{_KN}]{{1,2}})\s*割)(?=の?\s*(?:値上げ|値下げ|増収|減収|増加|減少|アップ|ダウン))"),
    # 年間約一万二千個 / 年間販売目標は二万パック / 限定三百個 (the business's own output)
    ("revenue", rf"(?P<volume>)(?:年間|年に|限定|目標は)\s*(?:[^\s。、]{{0,6}}?は)?\s*(?P<v>(?:約|およそ)?\s*(?:\d[\d,]*|[{_KN}]{{1,4}})"
                rf"(?:万(?:[{_KN}]{{1,4}}|\d+)?)?\s*(?:個|本|枚|パック|箱|食|杯|トン|俵|羽|尾|缶|瓶|着|足|冊))"),
    # 市内でいまも薪の釜で炊くのは同店のみ / 讃岐広しといえど、うちだけ / 市内で…のは専務お一人 / …は、うちが最後
    ("superlative", r"(?P<v>(?:市内|町内|村内|県内|島内|地区|通り|商店街|界隈|この辺り?|[一-龥]{1,4}広しと(?:いえど|いえども|は言え))"
                    r"[^。\n]{0,26}?(?:うち|当店|同店|当社|同社|この店|専務|社長|店主)[^。\n]{0,3}?(?:だけ|のみ|が最後|お一人|一人|一軒))"),
    # 通りでいちばん古い店 / 八丁目で最後の八百屋さん
    ("superlative", r"(?P<v>[一-龥ぁ-ゖァ-ヶー\d]{1,6}で(?:いちばん|一番)古い|[一-龥\d]{1,6}で最後の[一-龥ぁ-ゖァ-ヶー]{1,6})"),
)
_S += (
    # 定員：九十名 / 定員十九名 (a nursery's or a home's capacity); 小中高で六十八人 / 塾生は四十人 (pupils counted)
    ("headcount", rf"(?P<w>定員)\s*[：:は]?\s*(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"),
    ("headcount", rf"(?P<w>)(?:小中高|小中|中高|生徒|塾生|園児|利用者|入居者|受講生)(?:さん)?\s*(?:で|は|が)?\s*"
                  rf"(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"),
    # 二十三軒が導入済み / 40社が採用 (the business's customers counted)
    ("revenue", rf"(?P<volume>)(?P<v>(?:約|およそ)?\s*(?:\d+|[{_KN}]{{1,3}})\s*(?:軒|社|店|施設|校|園))\s*(?:が|に|で)\s*(?:導入|採用|利用|契約|取引|加盟)"),
    # 2021年に戻った / 平成二十年、家業に入った (the year of a succession: when the heir came back or took over)
    ("founding", rf"(?P<y2>{_ERA_YEAR})\s*年\s*(?:に|、)[^。\n]{{0,20}}?(?:戻っ|戻り|継い|継ぎ|引き継|入社|就任|帰郷|Uターン|家業に入|店に入)"),
)
_S += (
    # the dev residue's most common "その他": years of service and of trade (勤続：三十一年, 入社四十年, 当店で四十二年,
    # 運転歴は五十五年, 百十七年の長きにわたり) — with a name or a shop, a long tenure singles one out
    ("tenure", rf"(?:勤続|入社|在籍|運転歴|職歴|社歴|船歴|この道|当店で|当社で|うちで|この店で)\s*(?:は|が|：|:)?\s*"
               rf"(?P<v>(?:\d{{1,3}}|[{_KN}]{{1,4}})\s*年)(?!前|度|生|目|代|に|の春|の秋)"),
    ("tenure", rf"(?P<v>(?:\d{{2,3}}|[{_KN}]{{2,4}})\s*年)の長きにわたり"),
    # 客室十四の小さな宿 / ベッドは12 / 定員は一泊四十名 (an inn's size)
    ("revenue", rf"(?P<volume>)(?:客室|部屋数|ベッド|座席|席数|客席|定員)(?:は|数は|が)?\s*(?:一泊)?\s*"
                rf"(?P<v>(?:\d{{1,3}}|[{_KN}]{{1,3}})\s*(?:室|床|席|名|人)?)(?=[、。の，,\s]|です|で|と)"),
    # 一日六百カップ / 週末は四百人前 / 土日は一日二百膳 / 炭火の席を40卓 (a day's or a weekend's output)
    ("revenue", rf"(?P<volume>)(?P<v>(?:約|およそ|最大)?\s*(?:\d[\d,]*|[{_KN}]{{1,4}})\s*(?:カップ|膳|人前|卓))"),
    # 年間およそ九千人を案内 (a year's customers)
    ("revenue", rf"(?P<volume>)年間\s*(?P<v>(?:約|およそ)?\s*(?:\d[\d,]*|[{_KN}]{{1,4}})(?:万(?:[{_KN}]{{1,4}}|\d+)?)?\s*(?:人|組|件|名))"),
    # 茶園四・二ヘクタール / 面積は四町歩 (the land the business works)
    ("revenue", rf"(?P<volume>)(?:茶園|畑|田んぼ|水田|面積|農地|園地|敷地|山林|果樹園)(?:は|が|：|:)?\s*(?:約|およそ)?\s*"
                rf"(?P<v>(?:\d[\d,.]*|[{_KN}・]{{1,6}})\s*(?:ヘクタール|町歩|反|坪|アール|ha))"),
)
#: Last words of a product's or a service's name (「ひとしずく椀」, 「風待ちいか」, 「れんこん相乗り便」, 「城下の菜めし膳」).
_PRODUCT_HEADS = ("椀", "箸", "コロッケ", "しょうゆ", "醤油", "みそ", "いか", "便", "膳", "セット", "佃煮", "しぐれ", "純米", "吟醸",
                  "かすてら", "カステラ", "がに", "干物", "干し", "漬", "漬け", "スパ", "カット", "大福", "最中", "もなか", "饅頭",
                  "まんじゅう", "羊羹", "ようかん", "煎餅", "せんべい", "サブレ", "クッキー", "プリン", "ジャム", "ソース", "ドレッシング",
                  "紅茶", "ティー", "ブレンド", "ビール", "エール", "ワイン", "サイダー", "ジュース", "ラーメン", "めし", "丼", "弁当",
                  "定食", "カレー", "バーガー", "ジェラート", "チーズ", "ソーセージ", "石鹸", "三重奏", "ほしいも", "干し芋", "餅",
                  "団子", "だんご", "ゼリー", "ギフト", "の雪", "タルト", "パイ", "ロール", "どら焼き", "の月")
_S += (
    # a quoted name that ends in a product's or a service's word, with no context word needed (銘柄 31/253 of the dev residue)
    ("brand", r"(?P<v>「[^」「\n]{1,18}(?:" + "|".join(sorted(_PRODUCT_HEADS, key=len, reverse=True)) + r")」)"),
)
_S += (
    # 昭和二十二年、祖父の…が / 1971年、先代の…が / 2012年、親父が (a year at a sentence's start, then the founder)
    ("founding", rf"(?:^|(?<=[。\n「（(は]))\s*(?P<y2>{_ERA_YEAR})\s*年(?:[（(][^）)\n]{{1,8}}[）)])?[、,]\s*"
                 r"(?:祖父|曾祖父|曽祖父|祖母|父|母|先代|初代|創業者|親父|おやじ|義父)"),
    # 美和女将は71。 / 82ですよ / 80を過ぎて / 八十を迎え / 七十八となり / 29のときに / 八十三の結城です (an age without 歳)
    ("age", r"(?:(?<=[はがも、。\n：:　 ])|^)(?P<v>(?P<n2>[2-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?))(?:歳|才)?"
            r"(?=を(?:過ぎ|迎え|超え)|と(?:なり|なっ)|に(?:なり|なっ)|のとき|の時|ですよ|の[一-龥]{1,3}です)"),
    ("age", r"(?:女将|社長|会長|店主|大将|親方|母|父|祖母|祖父|義母|義父|さん)は\s*(?P<v>(?P<n2>[2-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?))"
            r"(?:歳|才)?(?=。|、)"),
    # 人員：家族4名 / 働き手は七人 / 通年で雇っているのは三人 / 私を入れて五人 / 20人ほど雇います / 板前3人、ホール5人
    ("headcount", rf"(?P<w>)(?:人員|規模|働き手|雇っているのは|雇用は|従業者)\s*(?:は|が|：|:)?\s*[^。\n、]{{0,8}}?"
                  rf"(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"),
    ("headcount", rf"(?P<w>)(?:私|わたし|僕|自分)を入れて\s*(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))"),
    ("headcount", rf"(?P<w>)(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))\s*(?:ほど|くらい|ぐらい)?\s*(?:を)?\s*雇"),
    ("headcount", rf"(?P<w>)(?:板前|ホール|厨房|調理|職人|配達|事務)\s*(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>人|名))(?=[、。，,の\s]|です)"),
)
_S += (
    # stop 28, from a-dev-351…374 (measured first): a start said with what was started (2021年にカフェを開きました,
    # 平成十年に八軒の農家で会をつくって, 平成八年に店にしました)
    ("founding", rf"(?P<y2>{_ERA_YEAR})\s*年(?:の[春夏秋冬]|[0-9{_KN}]{{1,2}}月)?に[^。\n]{{0,16}}?"
                 r"(?:(?:店|会|工房|教室|会社|宿|食堂|民宿|カフェ|組合|法人)を(?:開き|開い|つくっ|作っ|作り|つくり|構え|立ち上げ)"
                 r"|(?:店|会社|法人)に(?:し|なっ))"),
    # 私が二代目、六十一です (an age after one's generation)
    ("age", r"代目[、,]\s*(?P<v>(?P<n2>[2-9][0-9]|[二三四五六七八九]十[一二三四五六七八九]?))(?:歳|才)?(?=です|。|、)"),
    # 娘の…と三人 / 家族三人と、…人が五人 / 浜のお母さんたちが七人 / 職人はぼくと親父と、弟子の二人 (the people who do the work)
    ("headcount", r"(?P<w>)(?:家族|夫婦|親子|たちが|たちで|さんが|さんで|人が|人は)\s*(?P<v>(?P<n>[二三四五六七八九]|十[一二三四五六七八九]?|[2-9])\s*(?P<u>人))"
                  r"(?=[。、と]|です|で(?!す)|だけ|きり|体制)"),
    ("headcount", r"(?P<w>)と\s*(?P<v>(?P<n>[二三四五六七八九]|[2-9])\s*(?P<u>人))(?=。|です|だけ|きり|体制)"),
    ("headcount", r"(?P<w>)(?:弟子|職人|家族|身内)の\s*(?P<v>(?P<n>[二三四五六七八九]|[2-9])\s*(?P<u>人))"),
    # 筆甫で最初の飲食店 / 町で初めての (the first of its kind in a place); 村でもう三軒 / もう私と息子の二人だけ (the last ones)
    ("superlative", r"(?P<v>[一-龥ァ-ヶー]{1,6}で(?:最初|初めて|一番最初)の[一-龥ァ-ヶー]{1,8})"),
    ("superlative", r"(?P<v>(?:村|町|島|市|地区|集落|浜|通り|界隈|県内|市内|町内|村内|島内)で(?:は)?\s*(?:もう|今は|いまは|残るのは)\s*"
                    r"(?:[二三四五六七八九]|[2-9])\s*軒)"),
    ("superlative", r"(?P<v>もう[^。\n]{0,12}?(?:二人|三人|ふたり|一人|ひとり|一軒|二軒|三軒)(?:だけ|きり|のみ))"),
    # 道の駅小石原から坂を上って徒歩八分 (a direction from a roadside station or a stop, with the walk's length)
    ("landmark", rf"(?P<v>(?:道の駅|駅|港|バス停|インター|IC)[一-龥ァ-ヶーぁ-ゖ]{{0,10}}?(?:から|より)[^。\n]{{0,12}}?(?:徒歩|歩いて|車で)\s*"
                 rf"(?:約|およそ)?\s*(?:\d+|[{_KN}]+)\s*分)"),
    # 装蹄をして四十五年になります / 店をやって三十年 (years in the trade)
    ("tenure", rf"(?:して|やって|続けて|営んで|勤めて|務めて)\s*(?P<v>(?:\d{{2,3}}|[{_KN}]{{2,4}})\s*年)(?:に|が|です|。|、|目)"),
    # 会員は四百十二世帯 / 十二組を受け入れ / 初年度の製造は八千袋 (the business's own counts, ten or more)
    ("revenue", rf"(?P<volume>)(?P<v>(?:\d{{2,}}[\d,]*|[{_KN}]*[十百千万][{_KN}]*)\s*(?:世帯|組|袋|戸))(?![一-龥])"),
)
_S += (
    # second wave (a-dev-375…386, measured first): 昭和五十八年に江口 重信さん（74）が…始めた (a founder between the year and
    # the start verb)
    ("founding", rf"(?P<y2>{_ERA_YEAR})\s*年\s*に[^。\n]{{1,30}}?(?:が|は)[^。\n]{{0,20}}?"
                 r"(?:始め|開い|開き|興し|起こし|立ち上げ|創業|開業|開店|設立|建て|構え)"),
    # いま四十四。 / …になります。七十二。 (an age said alone)
    ("age", r"(?:(?:いま|今|今年)\s*|(?<=[。\n]))(?P<v>(?P<n2>[二三四五六七八九]十[一二三四五六七八九]?))(?=。|です)"),
    # …店は、もうかどやだけ / …のは、マル吉だけ / もう計石の三隻だけ (the last one, said with だけ)
    ("superlative", r"(?P<v>もう[^。\n、]{1,12}?だけ)"),
    ("superlative", r"(?P<v>[^。\n「」]{4,30}?のは、\s*[^。\n、]{1,10}?だけ)"),
    # 年におよそ十八万双 / 月に百四十件 / 初年度に千二百枚 / 約三百二十軒 (the business's own counts)
    ("revenue", rf"(?P<volume>)(?P<v>(?:年に|月に|週に|日に|一日に|初年度に|年間)\s*(?:約|およそ)?\s*(?:\d[\d,]*|[{_KN}万]{{1,6}})\s*"
                r"(?:双|件|枚|個|本|軒|組|台|袋|箱|杯|食|隻|頭|羽|トン))"),
    ("revenue", rf"(?P<volume>)(?P<v>(?:約|およそ)\s*(?:\d[\d,]*|[{_KN}]{{2,5}})\s*(?:軒|世帯|戸|社))"),
    # 半年で千二百軒分 / 一年で四十軒 / 昼の二時間で六十食 / 百二十店と取引 (what the business did in a time, its customers)
    ("revenue", rf"(?P<volume>)(?P<v>(?:半年|一年|[{_KN}\d]{{1,3}}年|[{_KN}\d]{{1,2}}か月|ひと月|一日|[{_KN}\d]{{1,2}}時間)で\s*"
                rf"(?:\d[\d,]*|[{_KN}]{{1,5}})\s*(?:軒|店|食|件|人|個|本|枚|袋|箱|組)分?)"),
    ("revenue", rf"(?P<volume>)(?P<v>(?:\d[\d,]*|[{_KN}]{{2,5}})\s*(?:店|社|軒)と取引)"),
    # 販売量は十年で三割減 / 収穫の二割近く (a share of the business's own figures)
    ("revenue", rf"(?P<v>(?:\d+|[{_KN}]{{1,2}})\s*割(?:減|増|近く|程度|ほど|以上|弱|強))"),
    # ガイド四名（うち外国籍一名） / 漁師三人 (staff of a trade)
    ("headcount", rf"(?P<w>)(?:ガイド|運転手|乗務員|漁師|船員|店員|作業員|技能実習生|実習生|職員)\s*(?P<v>(?P<n>\d+|[{_KN}]{{1,3}})\s*(?P<u>名|人))"),
)
#: (kind, pattern) in the order they run, after :data:`.risk_details.DETAILS`' own.
SCALE = _S
