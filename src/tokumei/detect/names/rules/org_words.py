"""Word tests of the organisation rules (:func:`tokumei.detect.names.rules.orgs.orgs`): shop names made of a
kanji word + 堂/亭/庵, hospitals (東雲医療センター), schools after a place and a kana word, banks and
co-operatives, shop marks (丸七), house names (鶴亀本舗), utilities (松江ガス), surname + title and numbered
units. Split from orgs.py (it had grown past 700 lines); the tables and tests are unchanged.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> [_kanji_house_name(tokenize(w)[0]) for w in ("鶴亀本舗", "建設会社")]  # a house's chosen name, a kind
    [True, False]
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import NOT_NAMES, ORG_SUFFIXES
from tokumei.detect.names.rules.base import _HIRA, _KANJI, _is_proper, _namey, _nounish
from tokumei.detect.names.tokens import Token

#: Shop words that SudachiPy leaves as a separate token after a kanji word only when the two make a
#: shop's name: 亀甲|堂, 福寿|庵, 花月|亭 (the ordinary words are one token: 講堂, 料亭, 草庵, 公会堂).
_KANJI_NAMED = frozenset("堂 亭 庵 湯 荘".split())
#: A shop word SudachiPy glued to the bracketed kind after it (松葉|庵（そば） in a list of shops): the word is the
#: shop word, the bracket stays out of the name.
_GLUED_KIND = re.compile(r"([屋堂亭庵苑園舎湯蔵窯])（[^（）]{1,8}）")
#: One kanji before 屋 that names a trade, not a shop (米|屋 when SudachiPy splits it, 酒|屋, 魚|屋).
_ONE_KANJI_TRADES = frozenset("米 酒 魚 肉 花 本 茶 薬 床 靴 傘 鍵 桶 炭 油 塩 紙 瓦 畳 酢 麹 飴 豆 鮨 寿 問 質 宿 湯 風 部 小 母 長 餌 竹 桶 籠 網".split())


def _kanji_shop_name(toks: list[Token], i: int) -> bool:
    """Token ``i`` (堂/亭/庵) ends a shop's name made of the plain kanji noun before it (和菓子の亀甲堂,
    福寿庵のそば): not a サ変 noun (記念|堂, 休憩|庵), not the tail of a longer compound."""
    if i == 0:
        return False
    prev = toks[i - 1]
    w = toks[i].surface
    if "（" in w and _GLUED_KIND.fullmatch(w):
        w = w[0]  # 松葉|庵（そば）
    if (w in _KANJI_NAMED or w == "屋") and len(prev.surface) == 1:
        # 楓|庵, 福|亭, 桜|湯, 柚|屋: one kanji SudachiPy does not join to the shop word (花屋, 本屋, 茶屋 are one word)
        return (prev.pos[0] == "名詞" and bool(_KANJI.fullmatch(prev.surface)) and prev.end == toks[i].start
                and prev.surface not in _ONE_KANJI_TRADES and prev.surface not in NOT_NAMES
                and (i == 1 or toks[i - 2].pos[0] in ("補助記号", "空白", "助詞")))
    if toks[i].surface == "屋" and i + 1 < len(toks) and toks[i + 1].surface in ("百貨店", "本店", "本舗", "商店", "旅館"):
        # 八雲|屋|百貨店: a kanji word + 屋 + a business word is a shop's name (茶碗|屋 alone may be a trade)
        return (prev.pos[0] == "名詞" and bool(_KANJI.fullmatch(prev.surface)) and 2 <= len(prev.surface) <= 3
                and prev.end == toks[i].start)
    if w not in _KANJI_NAMED:
        return False
    return (prev.pos[:3] == ("名詞", "普通名詞", "一般") and bool(_KANJI.fullmatch(prev.surface))
            and 2 <= len(prev.surface) <= 3 and prev.end == toks[i].start and prev.surface not in NOT_NAMES
            and not (i > 1 and toks[i - 2].end == prev.start and toks[i - 2].pos[0] in ("名詞", "接頭辞")))


#: Words that end a landmark or a shopping street: reported as places, not organisations (the
#: hand-written set's gold and GSD's FAC agree).
_LANDMARK_ENDS = ("神社", "大社", "神宮", "天満宮", "八幡宮", "寺", "寺院", "商店街")


#: Cuisines before 料理店 (中華料理店): with a country (イタリア料理店) a kind of restaurant.
_CUISINES = frozenset("中華 和食 洋食 郷土 家庭 創作 精進 懐石 会席 エスニック 西洋 南欧 北欧 地中海".split())


#: A hospital's kind written after an institutional word (市民|病院, 医療センター): the kanji word before it is
#: the hospital's own name (富岳市民病院, 東雲医療センター, 瑞穂総合病院).
_INSTITUTION_MID = frozenset("市民 総合 中央 記念 赤十字 医療 労災 済生会 厚生 協同 共済 逓信 警察 大学".split())
_INSTITUTION_END = frozenset("病院 医療センター 市民病院 総合病院 中央病院 記念病院 赤十字病院 大学病院 医療センター".split())


def _institution_start(toks: list[Token], i: int) -> int | None:
    """Index of the name word before the hospital kind ending at token ``i``, or None."""
    s = toks[i].surface
    if s not in _INSTITUTION_END:
        return None
    k = i - 1
    if s in ("病院",):
        if toks[k].surface not in _INSTITUTION_MID or toks[k].end != toks[i].start:
            return None
        k -= 1
    if k < 0 or toks[k].end != toks[k + 1].start or not _KANJI.fullmatch(toks[k].surface) or toks[k].pos[0] != "名詞":
        return None
    if toks[k].surface in _INSTITUTION_MID or toks[k].surface in _NOT_INSTITUTION_NAME or toks[k].pos[1] == "数詞":
        return None
    return k


#: Words before 市民病院/医療センター that name no hospital (近くの総合病院, 地域医療センター).
_NOT_INSTITUTION_NAME = frozenset("地域 地元 近く 近所 近隣 各地 全国 国立 県立 市立 町立 村立 公立 私立 大型 基幹 専門 救急 "
                                  "高度 先進 周産期 小児 精神 がん 災害 拠点 新 旧 同 当 各 本 我が".split())


#: Shop words after 乃/之/ノ (湯乃屋, 月之家, 花ノ庵).
_NO_SHOP = frozenset("屋 家 亭 庵 荘 館 堂".split())


_SCHOOLS = frozenset("高校 高等学校 大学 大学院 短大 短期大学 中学 中学校 専門学校 高専 学院 学園".split())
#: Schools whose name may join a place and a kana word with の (秋田ことばの専門学校, 湊みらいの学園).
_NO_SCHOOLS = frozenset("専門学校 学院 学園 教室".split())
_NOT_SCHOOL_WORD = frozenset("あたり ほう ため ところ など ほか まわり そば となり へん ぐらい くらい".split())


def _place_kana_no(toks: list[Token], i: int) -> int | None:
    """Index of the place name in 地名|かなの語|の before the school word ``i`` (秋田|ことば|の|専門学校), or None:
    all glued, the place a kanji place name, the kana word a noun of two to five letters."""
    if i < 3:
        return None
    no, word, place = toks[i - 1], toks[i - 2], toks[i - 3]
    if (no.surface == "の" and no.end == toks[i].start and word.end == no.start and place.end == word.start
            and word.pos[0] == "名詞" and word.pos[1] != "代名詞" and word.pos[2] != "副詞可能"  # 仙台|あたり|の
            and word.surface not in _NOT_SCHOOL_WORD and 2 <= len(word.surface) <= 5
            and bool(_HIRA.fullmatch(word.surface)) and place.pos[2] == "地名" and bool(_KANJI.fullmatch(place.surface))):
        return i - 3
    return None


#: Kinds of bank and cooperative whose name is whatever kanji words come before (日向南信用組合, 湊川信金).
_FINANCE = frozenset("信用金庫 信用組合 信金 信組 銀行 労働金庫 労金 農協 漁協".split())
#: Kanji words before a bank's kind that make a kind of bank (都市銀行, 地方銀行, 中央銀行).
_NOT_BANK_NAME = frozenset("都市 地方 中央 外資 民間 取引 主力 政府系 第一地方 第二地方 信託 普通 商業 投資 市中 ネット "
                           "メガ 大手 中小 最寄り 身近 取引先 他".split())


#: Team words after a local team's name (神明ファイターズ, 江釣子スターズ): whatever the word before them, it is the team's
#: name — a shrine's common noun 神明 or a district (stop 40, anonymize dev wave 12).
_TEAM_ENDS = frozenset("ファイターズ スターズ ジャイアンツ タイガース ホークス ライオンズ イーグルス ドラゴンズ スワローズ".split())
#: Words that say which team, not its name (首位タイガース: GSD train).
_TEAM_DESCRIPTORS = frozenset("首位 最下位 宿敵 地元 強豪 王者 名門 古豪 新興 同 相手 敵 昨季 今季 前年 首位争い 上位 下位 "
                              "プロ 少年 社会人 実業団 市民".split())


#: Shop marks written before a shop's name (丸千代, カネマル, ヤマキ).
_SHOP_MARKS = frozenset("丸 マル カネ ヤマ 〆 ○".split())

#: Trade words an old business writes after a plain kanji word of its own choosing (鶴亀本舗, 白鷺酒造, 千歳製菓).
_HOUSE_TRADES = frozenset("本舗 総本舗 酒造 製菓 醸造元 茶舗 総本店".split())  # (not 商店: 雑貨商店, 乾物商店 are kinds)


def _kanji_house_name(t: Token) -> bool:
    """A two-kanji plain word that can be a house's chosen name (鶴亀, 松風) — not an activity or a kind (建設, 食品:
    サ変 or in the suffix lists), not a person's or a place's word (the other rules have those)."""
    return (len(t.surface) == 2 and bool(_KANJI.fullmatch(t.surface)) and t.pos[1] == "普通名詞" and t.pos[2] == "一般"
            and t.surface not in ORG_SUFFIXES and t.surface not in NOT_NAMES)


def _marked_name(run: list[Token]) -> bool:
    """丸|七, 丸|高, ヤマ|二: a shop's mark, then one or two kanji or a numeral glued to it — a business's name
    before its trade word (丸七運輸). 例: tokens of 「丸七」 → True; 「丸い」 → False"""
    if len(run) < 2 or run[-2].surface not in _SHOP_MARKS or run[-2].end != run[-1].start:
        return False
    last = run[-1]
    return len(last.surface) <= 2 and (last.pos[1] == "数詞" or bool(_KANJI.fullmatch(last.surface)))


#: Area words glued before a place name inside an organisation's name (奥吉野, 東吉野, 南房総).
_PLACE_PREFIX = frozenset("奥 東 西 南 北 上 下 中 新 北西 北東 南西 南東".split())


#: Who founded a school or hospital, written before its name (府立宮津天橋高校, 市立みなみ病院).
_FOUNDERS = frozenset("府立 県立 都立 道立 市立 区立 町立 村立 私立 国立 公立 組合立".split())


#: Utility and transport words: a company after a place or family name (松江ガス), ordinary after a common
#: noun (都市ガス, 路線バス, 個人タクシー) — so they are not organisation suffixes.
_UTILITY = frozenset("ガス バス タクシー 電力 ハイヤー".split())




def _utility_start(toks: list[Token], i: int) -> int | None:
    """Index of the place/family name before the utility word ``i`` (観光 may sit between), or None."""
    k = i - 1
    if toks[k].surface == "観光" and k > 0 and toks[k - 1].end == toks[k].start:
        k -= 1
    u = toks[k]
    if (_is_proper(u) and (u.pos[2] == "地名" or u.pos[3] == "姓") and _KANJI.fullmatch(u.surface)
            and u.end <= toks[k + 1].start and (k + 1 == i or toks[k + 1].end == toks[i].start)):
        return k
    return None


def _surname_and_title(toks: list[Token], e: int, i: int) -> bool:
    """The run before an organisation kind + 長 is one kanji surname or place word (佐伯|組合長, 宇田|支店長):
    a person and their title, not the body 「佐伯組合」 — a longer name (第2旅団長) stays a body."""
    u = toks[e]
    if (e == i - 2 and u.pos[:4] == ("名詞", "固有名詞", "人名", "姓") and toks[e + 1].pos[:4] == ("名詞", "固有名詞", "人名", "名")
            and u.end == toks[e + 1].start and toks[e + 1].end == toks[i].start):
        return True  # 渡辺|修一|組合長: a surname and a given name before the title (stop 43, read names dev wave 15)
    return (e == i - 1 and u.pos[1] == "固有名詞" and u.pos[2] in ("人名", "地名") and bool(_KANJI.fullmatch(u.surface))
            and u.end == toks[i].start)


def _unit_run(toks: list[Token], i: int) -> int:
    """Start of a unit's name before token ``i`` (numbers and 第 allowed), or ``i`` when there is no
    name-like or numbered part (plain 病院長 stays a title)."""
    k, ok = i, False
    while k > 0 and i - k < 6:
        u = toks[k - 1]
        if u.surface.isspace() or not (_nounish(u) or u.pos[1] == "数詞" or u.surface == "第"):
            break
        ok = ok or _namey(u) or u.pos[1] == "数詞"
        k -= 1
    return k if ok else i


# ---- word lists of rules.orgs' token loop (moved from orgs.py, stop 33: the module had passed 480 lines) ----

_ACRONYM = re.compile(r"[A-Z]{2,5}")


_NOT_ORG = frozenset("明治 大正 昭和 平成 令和 江戸 大和 日本 Twitter".split())


#: A local product or craft named after its place (有田焼, 輪島塗, 西陣織, 八女茶): not an organisation.
_CRAFT_END = ("焼", "塗", "織", "染", "紬", "茶", "牛", "漬", "焼き", "細工", "人形", "和紙",
              # and things SudachiDict lists as proper nouns: 直売所, ひとり親家庭, 霊感商法, 〜祭り
              "所", "家庭", "商法", "制度", "祭", "祭り", "展", "法")


_PLACE_END = ("駅", "公園", "線", "橋", "川", "山", "島", "港", "ツリー", "タワー", "寺", "神社", "城")


_COMMON_ACRONYMS = frozenset(
    "DX IT AI IOT EC SNS PC HP CEO CFO COO CTO PR QR TV CM OA OS PDF CSV URL ATM USB IC CPU GDP "
    "NPO NGO LLC MBA PTA OB OG BtoB BtoC KPI ROI SEO SDGS ESG DVD CD LED LAN GPS SF FM AM UFO DNA RNA IQ "
    "OL ID PIN SIM LINE WEB API APP AV BGM MC DJ VIP MVP TOP NO ON OFF OK NG UP FAQ PS TEL FAX "
    # kinds of business and ways of writing to one (東京のSIerで働いた, DMで受け付け)
    "SIER SES DM EC OEM ODM SaaS BPO "
    # jobs, standards and certifications said as acronyms (中学校でALTをしています, 有機JASの認証)
    "ALT AET CIR JET JAS HACCP ISO GAP JGAP GLOBALGAP FSC MSC ASC JIS PSE CE UD BCP "
    # tools and trades (息子のCAD, 品川でSEを): CAD/CAM, a systems engineer, a web designer …
    "CAD CAM CAE CG SE PG PM PL QA QC UI UX DTP NC CNC EV HV LP LPG "
    # a shop's display cards and menus (韓国語のPOPを作ってくれた; stop 43, read names dev wave 15)
    "POP".upper().split()
)


#: After an organisation's name (ドジャースへ移籍, Xに入団, Xと契約, X所属): the name is a team/company.
_ORG_CONTEXT = tuple(
    "へ移籍 に移籍 に入団 に入社 に加入 を退団 を退社 と契約 に所属 所属 の下部組織 の傘下 の子会社 の親会社 "
    "の本社 の株主 の株式 の社員 の役員 の経営 を設立 が設立 を創業 が創業 を結成 が結成 を創設 に合流 "
    "を買収 が買収 と合併 が合併 の創業者 の前身 "
    # someone works there or heads it (グリーンフィールドに勤務, コトブキの社長)
    "に勤務 で勤務 に勤め に就職 に転職 で働 を退職 の社長 の店主 の経営者 の従業員".split()
)

#: Contexts where a katakana word SudachiPy lists as a person's name is still the workplace
#: (グリーンフィールドに勤務): nobody works "at" a person.
_WORK_CONTEXT = frozenset("に勤務 で勤務 に勤め に就職 に転職 に入社 で働 を退職".split())


#: After a business's name: someone works there or heads it (〜に勤める, 〜に入社, 〜の社長, 〜代表).
_WORK_AFTER = re.compile(r"(?:(?:に|で|へ)(?:勤務|勤め|勤める|入社|就職|転職|働|勤)|(?:の|で)?(?:社長|代表|店主|店長|"
                         r"オーナー|経営者|創業者|専務|常務|取締役|工場長|社員|従業員))")


#: Contexts after which even a place name is a team (スパルタ・ロッテルダムへ移籍).
_TEAM_CONTEXT = tuple("へ移籍 に移籍 に入団 に加入 と契約 に所属 所属".split())


_ORG_CONTEXT_FIRST = frozenset(c[0] for c in _ORG_CONTEXT)


#: The first two characters of each context (a cheaper test than joining the next tokens: see _org_context).
_ORG_CONTEXT_TWO = frozenset(c[:2] for c in _ORG_CONTEXT)


_ORG_CONTEXT_BY_FIRST: dict[str, tuple[str, ...]] = {
    f: tuple(c for c in _ORG_CONTEXT if c[0] == f) for f in _ORG_CONTEXT_FIRST
}


#: Compound tokens made of a body's name and a member title (参議院議員, 県議会議員): the body is an organisation.
_MEMBER_TITLES = ("議員", "議長", "委員長", "委員")


_BODY_ENDS = ("議会", "議院", "委員会")

#: Words that, written on after a body's name, still belong to it (札幌市子ども食堂ネットワーク, X歯科医師会).
_BODY_ON = frozenset("ネットワーク 医師会 連合 連絡協議会 実行委員会 後援会 保存会 友の会 事務局".split())


_GENERIC_SUFFIX = frozenset(
    "放送 ホテル テレビ 新聞 出版 書店 食堂 旅館 薬局 病院 銀行 保険 証券 生命 家庭 グループ "
    "開発 企画 設計 印刷 食品 不動産 住宅 ハウス 介護 センター ケアセンター サロン 美容室 物流 運輸 航空 鉄道 醸造 "
    "交通 ステーション ルーム ファーム プラザ サポート 蒸留所 醸造所".split()
)


#: Katakana common nouns for kinds of organisation (大手メーカーに入社): not a name in an organisation context.
_KATA_GENERIC_ORG = frozenset("メーカー ベンチャー スタートアップ ゼネコン サプライヤー ディーラー ベンダー クライアント "
                              "ショップ ストア オフィス カンパニー ファーム エージェンシー プロダクション レーベル グループ "
                              "ユニット バンド チェーン フランチャイズ コンビニ スーパー デパート ホテル クリニック サロン "
                              "センター スクール アカデミー ブランド パートナー ベンダー "
                              "フリーランス パート アルバイト バイト リモート テレワーク フルタイム パートタイム ボランティア "
                              "レストラン カフェ ベーカリー ファミレス チーム プロジェクト".split())


#: Kinds of body, not a family's trade: a common word before them names a kind (地元の森林組合, 観光協会).
_BODY_KINDS = frozenset("組合 協会 連合会 協議会 振興会 機構 財団 連盟 委員会 研究会 学会 同好会".split())

_SUBJ = frozenset("が は の を に と から で も によると".split())


#: Kind words that, after one katakana common noun, usually name a kind of business (オンライン塾).
_KIND_AFTER_COMMON = frozenset("塾 教室 スクール サロン オフィス スタジオ ショップ クラブ 工房 事務所 FM".split())  # デザイン事務所


#: Goods and trades before 屋 that name a kind of shop, not one shop (うどん屋, とうふ屋, だるま屋, 氷屋): unquoted and without さん
#: they are no 屋号 (the dev residue of ordinary words, stop 28; さくら屋・八幡屋 — names — are not in the list).
_GENERIC_GOODS = frozenset("うどん そば 蕎麦 ラーメン とうふ 豆腐 やきとり 焼き鳥 焼鳥 ちりめん だるま 氷 魚 肉 米 酒 本 薬 菓子 パン 八百 "
                           "金物 荒物 乾物 干物 漬物 佃煮 布団 畳 鍵 傘 靴 時計 眼鏡 電器 床 自転車 たばこ 煙草 醤油 味噌 もち 餅 "
                           "団子 せんべい 煎餅 たい焼き 鯛焼き たこ焼き 焼き芋 焼きいも おもちゃ 牛乳 新聞 材木 炭 植木 瓦 桶 提灯 "
                           "花 茶 飲み 古本 古着 寿司 すし 鮨 天ぷら 弁当 惣菜 漁具 釣具 網 "
                           # (stop 45, read anonymize dev: 京都の紐屋で覚えた技, おにぎり屋, めがね屋)
                           "紐 組紐 おにぎり めがね メガネ 表具 染物 仕立て".split())
