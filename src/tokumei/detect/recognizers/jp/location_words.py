"""Word lists of :mod:`.location` (jp.location.v1): the kind words that end a place's name (with and without a
context word after it), the railway names before a station, and the ordinary words that end like a place. Data only;
split off :mod:`.location` in stop 32 when it passed 400 lines."""
from __future__ import annotations

__all__ = ["CONTEXT_SUFFIXES", "FACILITY_SUFFIXES", "NOT_PLACES", "RAIL_PREFIXES"]

#: 語尾 → 種類（匿名化で「広島県内の島」のように使う語は :mod:`tokumei.anonymize.places`）。
CONTEXT_SUFFIXES: dict[str, str] = {
    "島": "island", "半島": "peninsula", "山": "mountain", "岳": "mountain", "川": "river", "湖": "lake",
    "岬": "cape", "湾": "bay", "港": "port", "浜": "beach", "海岸": "beach", "峠": "pass", "高原": "highland",
    "温泉": "onsen", "城": "castle", "寺": "temple", "神社": "shrine", "町": "town", "村": "town",
    "橋": "bridge", "通り": "street",
}

#: 語尾だけで場所と分かる施設（名前は 2 字以上）。
FACILITY_SUFFIXES: dict[str, str] = {
    "空港": "airport", "美術館": "facility", "博物館": "facility", "図書館": "facility", "公民館": "facility",
    "体育館": "facility", "文化会館": "facility", "記念館": "facility", "資料館": "facility", "球場": "facility",
    "スタジアム": "facility", "インターチェンジ": "facility", "サービスエリア": "facility", "漁港": "port",
    "公園": "park", "会館": "facility", "商店街": "street", "横丁": "street", "スクエア": "street",
    # a shrine or a peak is named by what comes before it, even a common word (白鬚神社, 竜王岳): no context needed
    "神社": "shrine", "大社": "shrine", "八幡宮": "shrine", "天満宮": "shrine", "神宮": "shrine", "岳": "mountain",
    # and a spa, a long bridge or a bay (銀山温泉, 伊良部大橋, 船越湾; 大橋 alone is a surname, X大橋 is not)
    "温泉": "onsen", "大橋": "bridge", "湾": "bay", "市民会館": "facility", "市民ホール": "facility", "道の駅": "facility",
    # gardens, zoos and museums of a town (牧野植物園 is a place, not the surname 牧野 + a common noun)
    "植物園": "facility", "動物園": "facility", "水族館": "facility", "科学館": "facility", "文学館": "facility",
    "歴史館": "facility", "郷土館": "facility", "民俗館": "facility",
    # a tram stop and a hamlet (湯川電停, 仲筋集落): no person's name ends so
    "電停": "station", "集落": "town",
    # a branch office and terraced fields (舘岩総合支所, 白米千枚田, 水荷浦の段畑)
    "総合支所": "facility", "千枚田": "landmark", "段畑": "landmark",
    # a town's halls (真壁伝承館, 道の駅の物産館): 伝承館 … after a name make it a place, not 真壁 the surname
    "伝承館": "facility", "交流館": "facility", "物産館": "facility", "文化館": "facility", "観光館": "facility",
    # grounds and malls named after their place (白砂浜海水浴場, 清浄寺霊園, 高砂ショッピングモール)
    "海水浴場": "facility", "霊園": "facility", "ゴルフ場": "facility", "ゴルフクラブ": "facility", "キャンプ場": "facility",
    # straits, gorges, burial mounds, capes and promenades (関門海峡, 帝釈峡, 石舞台古墳, 地球岬, やきもの散歩道): only a
    # place's name ends so
    "海峡": "landmark", "渓谷": "landmark", "古墳": "landmark", "遊歩道": "landmark", "散歩道": "landmark", "小径": "landmark",
    "鍾乳洞": "landmark", "砂丘": "landmark", "岬": "cape", "高原": "highland", "並木": "landmark", "集会所": "facility",
    "スキー場": "facility", "ショッピングモール": "facility", "ショッピングセンター": "facility", "競馬場": "facility",
    "競輪場": "facility", "競艇場": "facility", "オートレース場": "facility", "サーキット": "facility", "国技館": "facility",
    # a temple or a shrine named by its figure (寺下観音, 成田不動尊, 子安地蔵尊): only a place ends so after a name
    "観音": "temple", "不動尊": "temple", "地蔵尊": "temple", "薬師堂": "temple",
    # industrial estates, lookouts, lighthouses, mine tunnels and rows of old buildings (長田野工業団地, 雲海展望台,
    # 大王埼灯台, 笹畝坑道, 机浜番屋群, 白壁土蔵群; stop 32): only a place's name ends so
    "工業団地": "facility", "展望台": "landmark", "灯台": "landmark", "坑道": "landmark", "番屋群": "landmark",
    "土蔵群": "landmark", "古墳群": "landmark",
}


#: 駅名の前に付く路線・鉄道会社の名前（span に含める）。
RAIL_PREFIXES = ("JR", "地下鉄", "私鉄", "市営地下鉄", "東急", "京急", "阪急", "阪神", "近鉄", "名鉄", "西鉄",
                 "小田急", "京王", "西武", "東武", "京成", "南海", "京阪", "相鉄", "新幹線")

#: 語尾の前に来ても地名にならない普通の語（離島・裏山・下町・最寄り駅 …）。
NOT_PLACES = frozenset(
    # the figures themselves, not a temple (千手観音を拝む)
    "千手観音 十一面観音 聖観音 如意輪観音 馬頭観音 准胝観音 白衣観音 楊柳観音 魚籃観音 水月観音 不空羂索観音 "
    "本島 離島 列島 諸島 群島 孤島 無人島 島国 半島 "
    "登山 火山 鉱山 本山 里山 裏山 雪山 岩山 沢山 大山 山々 氷山 "
    "河川 小川 "
    "築城 古城 居城 名城 本城 落城 山城 "
    "お寺 山寺 古寺 末寺 本寺 "
    "各神社 同神社 当神社 氏神神社 村社神社 別表神社 式内神社 官幣大社 国幣大社 官幣中社 国幣中社 官幣小社 国幣小社 "
    "下町 港町 城下町 門前町 宿場町 温泉町 本町 市町 町々 "
    # kinds of hamlet (限界集落の問題, 山間集落): no hamlet's name (stop 33)
    "限界集落 山間集落 周辺集落 沿岸集落 漁村集落 農村集落 過疎集落 小集落 大集落 各集落 全集落 近隣集落 隣集落 高齢化集落 "
    "山村集落 離島集落 山間地集落 "
    "鉄橋 陸橋 石橋 歩道橋 吊り橋 "
    "各駅 主要駅 新駅 終着駅 始発駅 隣駅 当駅 同駅 最寄駅 乗換駅 無人駅 停車駅 急行停車駅 通過駅 "
    "漁港 空港 "
    "県立公園 国立公園 国定公園 市民公園 児童公園 都市公園 "
    "秘湯 名湯 "
    "商店街".split()
)
