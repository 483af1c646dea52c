"""The shop words the business rules share (split from :mod:`.business`): kinds written before a shop's own name
(喫茶みどり, 民宿 かぎや, そば処 長寿庵), the ordinary words that follow a shop word without a name (喫茶店, カフェ巡り),
particles that end no name, and the one-common-noun test.

例::

    >>> bool(SHOP_WORD_RE.match("民宿 かぎや")), bool(SHOP_WORD_RE.match("かぎや"))
    (True, False)
"""
from __future__ import annotations

import re

from tokumei.detect.names.tokens import Token

#: Care offices written glued to their own kana name only (居宅介護支援センターあかね; stop 45, read anonymize dev wave 17):
#: after a space an attendee's surname follows them in minutes (居宅介護支援センター 三宅), so rules.spaced_trades leaves them.
GLUED_ONLY_KINDS = frozenset("居宅介護支援センター 相談支援センター 訪問看護センター".split())

#: Shop words written before the shop's own name (喫茶みどり).
SHOP_PREFIXES = frozenset("喫茶 カフェ スナック 居酒屋 食堂 レストラン 美容室 ヘアサロン 旅館 民宿 料亭 割烹 "
                          "酒処 すし処 鮨処 焼肉 ラーメン "
                          # stop 29 (n-dev-603…627, measured first): 下宿ひだまり, 産直しおかぜ市, 茶工房ささら
                          "下宿 産直 茶工房".split())

#: The same shop words, and longer ones SudachiPy splits (焼き|菓子, フラワー|ショップ), matched on the text
#: with a space or ・ allowed before the name (喫茶 ひまわり, カフェ・トロワ, そば処 長寿庵).
SHOP_WORDS = sorted(SHOP_PREFIXES | set("焼き菓子 ベーカリー パティスリー フラワーショップ 珈琲 コーヒー そば処 蕎麦処 "
                                          "うどん とんかつ 炭火焼 焼き鳥 焼鳥 美容院 ゲストハウス ペンション ビストロ "
                                          "鮨 寿司 中華料理 洋食 和食 お好み焼き たこ焼き 甘味処 茶房 ギャラリー ブーランジェリー "
                                          "ブラッスリー トラットリア ピッツェリア アトリエ 洋菓子店 和菓子店 菓子店 古書店 "
                                          "雑貨店 生花店 花屋 バー ダイニング スーパー ブックス サウナ 温泉旅館 "
                                          "甘味処 茶房 鍼灸院 整体院 ホテル 酒場 小料理屋 民宿 "
                                          # 「酒と肴 ひなた」「お食事処 いそべ」: a kind phrase, a space, the name
                                          "酒と肴 酒と料理 食事処 お食事処 炉端焼き 炉ばた 立ち飲み 大衆酒場 "
                                          "珈琲店 喫茶室 鮮魚店 精肉店 青果店 理容室 理髪店 "
                                          # workshops and care services before their own name (木工房ひのきや, グループホームかざぐるま)
                                          "工房 木工房 陶房 染工房 ガラス工房 グループホーム デイサービス 訪問看護ステーション "
                                          "訪問介護ステーション ケアステーション 小規模多機能ホーム こども食堂 子ども食堂 学童クラブ "
                                          # care offices, choirs and bands, schools and bakeries before their own name
                                          # (居宅介護支援事業所さくら, 混声合唱団こだま, 個別指導塾ステップアップ, パン工房こむぎ)
                                          "居宅介護支援事業所 相談支援事業所 訪問介護事業所 ケアプランセンター 合唱団 混声合唱団 "
                                          "楽団 吹奏楽団 学習塾 個別指導塾 進学塾 パン工房 菓子工房 治療院 整骨院 接骨院 "
                                          # food stalls that name themselves after the dish (タコス・ソル, ケバブ・ハサン)
                                          "タコス ケバブ "
                                          # an inn and a confectioner before their own name (湯宿 ちゃのか, 菓匠まえで)
                                          "湯宿 菓匠 宿坊 料理旅館 割烹旅館 やきとり 理容 理髪店 ヘアサロン 呉服 呉服店 魚屋 鮮魚 蒲鉾 "
                                          # stop 28 (a-dev-351…374, n-dev-533…562, measured first): 湯元 しおや, 菓子舗 つがわ屋,
                                          # まんじゅう処 三好, 手打ちそば 釜の淵 柚木庵, 日本語教室 ひだかの風, かき焼き 竹崎丸
                                          "湯元 菓子舗 菓子司 御菓子司 まんじゅう処 饅頭処 手打ちそば 手打ち蕎麦 日本語教室 茶舗 船宿 "
                                          "かき焼き 牡蠣小屋 かき小屋 カニ小屋 浜焼き お休み処 休み処 茶処 お茶処 "
                                          # stop 29: a lower-case Latin kind word before a kana name (cafe しおさい), 漁師の店 うつ丸
                                          "cafe Cafe CAFE 漁師の店 下宿 産直 茶工房".split()) | GLUED_ONLY_KINDS,
                     key=len, reverse=True)

#: Kind words written before a space and a business's own name (旅館 いさりび, 珈琲 ほたる, 果物店 金橘行): the one list
#: that rules.spaced_trades (detection) and anonymize.shops (the safety net after detection) both read (stop 34: the two
#: had kept separate lists, each missing words of the other).
SPACED_KINDS = frozenset(
    # from rules.spaced_trades
    "宿 窯元 蔵元 ショップ 工房 市場 商店 本舗 めし 農園 牧場 茶屋 食堂 酒場 民宿 旅館 料理 ホテル 酒店 精肉店 鮮魚店 "
    "ロースタリー ブルワリー ワイナリー ファーム スタジオ ラボ ストア マート キッチン ダイナー 直売所 "
    "青果店 パン屋 和菓子 洋菓子 菓子 寿司 そば うどん ラーメン 整骨院 接骨院 美容室 理容室 サロン 教室 塾 "
    "おでん 焼き鳥 やきとり 居酒屋 写真館 古着 古書 雑貨 "
    "処 問屋 機屋 蕎麦 饅頭 編集室 ゲストハウス 老人ホーム ランドリー 小物 道具 "
    # from anonymize.shops
    "珈琲 喫茶 カフェ Cafe cafe CAFE 料亭 割烹 お宿 焼肉 鮨 そば処 中華そば ベーカリー パン工房 御菓子司 "
    "菓子工房 焼きまんじゅう 生鮮市場 青果 鮮魚 精肉 生花 ヘアメイク 整体院 鍼灸院 織物工房 焙煎工房 木工房 "
    "書店 ギャラリー アトリエ ブティック ビストロ バル 果樹園 の店 の宿 炭火焼 もつ焼き 天ぷら とんかつ 洋食 小料理 "
    "スナック 湯元 菓子舗 菓子司 まんじゅう処 手打ちそば 日本語教室 茶舗 船宿 かき焼き 牡蠣小屋 カニ小屋 お休み処 茶処 "
    "銀細工 竹細工 木細工 古本 古道具 陶房 茶房 整体 "
    # stop 34 (wave 6, a-dev-603…626): デザイン室 ほとり, 製塩所 なぎさや, 介護タクシー かもめ, 果物店 金橘行, 乾物 まるよし,
    # 豆腐屋 ひさご, 土産処 もがみや
    "デザイン室 設計室 乾物 果物店 果物屋 タクシー レンタサイクル 製塩所 塩工房 豆腐屋 豆腐店 八百屋 米屋 米店 酒屋 肉屋 "
    "金物屋 金物店 荒物屋 鍛冶屋 菓子屋 釣具店 文具店 時計店 眼鏡店 自転車店 石材店 土産処 土産店 みやげ処 加工所 "
    "製麺所 仕出し 惣菜 干物 燻製 "
    # stop 35 (names and anonymize dev wave 7): 藍染 ふじむら, かしわ専門 とりよし, から揚げ専門 とりよし, コワーキング りんごの木
    "藍染 藍染め 染物 染工房 かしわ専門 から揚げ専門 からあげ専門 唐揚げ専門 鶏料理 コワーキング コワーキングスペース "
    "シェアオフィス "
    # stop 37 (names dev wave 9): 「鉄板 よっちゃん」, 「サイクル河野」
    "鉄板 鉄板焼 鉄板焼き お好み焼き サイクル "
    # (anonymize dev wave 9) 銭湯 ひだまり湯, 銭湯 さつき湯
    "銭湯".split())

#: Care kinds before a space and a nursery's own name (小規模保育 ぴよぴよ, こども園 じょうはな; stop 37, names dev wave 9):
#: rules.spaced_trades reads them only at an item's start, since they also end a nursery's own name (ひかりのもり|こども園
#: 中川, 認定こども園 西城さくら園) — so not in :data:`SPACED_KINDS`, which anonymize's shop net reads anywhere.
BARE_KINDS_ONLY = frozenset("小規模保育 こども園 託児所".split())
#: Kind words of care and welfare bodies that :mod:`.spaced_trades` reads before a space and a name in kana only
#: (配食サービスセンター くまはら, 就労継続支援B型事業所 あおばの里, 相談支援センター あゆみ; stop 43, read wave 15) —
#: not in :data:`SPACED_KINDS`, which anonymize's shop net reads anywhere (市民活動センター 担当, センター 前).
CARE_SPACED_KINDS = frozenset("支援センター サービスセンター 福祉センター 介護センター 相談センター 配食センター 事業所 ステーション "
                              "作業所".split())  # (not センター alone: 所沢市民文化センター ミューズ is a hall, a place)

#: Kind words written before a place's own name with nothing between (居酒屋とりきん, ホテル潮騒,
#: グループホーム寿, デイサービスひだまり): lodging, food and drink, beauty and care. Moved from anonymize.shops at stop 34
#: (kind_first_names reads it there) so that rules.quoted_kind_first reads the same list.
KIND_FIRST = ("居酒屋", "スナック", "喫茶", "カフェ", "ホテル", "民宿", "旅館", "ペンション", "ゲストハウス", "美容室", "美容院",
              "ヘアサロン", "ネイルサロン", "エステサロン", "デイサービス", "デイケア", "グループホーム", "特養", "老人ホーム",
              "有料老人ホーム", "小規模多機能ホーム", "訪問看護ステーション", "ケアハウス", "保育ルーム", "託児所", "学習塾",
              "ドラッグストア", "スーパー", "就労支援センター", "地域活動支援センター", "放課後等デイサービス", "放課後デイサービス",
              "子ども食堂", "こども食堂", "作業所", "整骨院", "接骨院", "クリニック", "薬局",
              # (stop 43, read names dev wave 15: 「配食センターこもれび」)
              "配食センター", "配食サービス",
              # (stop 44, read names dev wave 16: 相談支援センターかたくり)
              "相談支援センター", "地域包括支援センター",
              # cram schools and lessons named after their kind (英語塾オリーブ, 個別教室ミライ; stop 33, n-dev-1076)
              "英語塾", "進学塾", "個別指導塾", "個別教室", "英会話教室", "そろばん教室", "ピアノ教室", "書道教室",
              "料理教室", "ダンス教室",
              # care and child-care places and a tea room before their own kana name (stop 35, names dev wave 7:
              # こども園さんこう, 訪問介護ちゃたんケア, 茶房このは)
              "こども園", "認定こども園", "訪問介護", "学童クラブ", "茶房",
              # a greengrocer, a body-work room, a studio and an office before their own name (stop 36, names dev wave 8:
              # 八百屋ふくろう, 整体 ゆるり堂, スタジオ・トウカ, デザイン事務所ヨシノ)
              "八百屋", "整体", "整体院", "鍼灸院", "治療院", "スタジオ", "写真館", "デザイン事務所", "設計事務所",
              # home-help offices and care homes before their own name (stop 39, names dev wave 11: ヘルパーステーション三隅,
              # ヘルパーステーションしおかぜ, 特別養護老人ホームやずの郷 — 老人ホーム alone is glued to 養護 there)
              "ヘルパーステーション", "ケアステーション", "特別養護老人ホーム", "ショートステイ")

#: Goods a shop is named after (「肉のまつむら」, 「魚のかわばた」, 「茶のみどりや」; moved from anonymize.shops at stop 34).
SHOP_GOODS = frozenset("肉 魚 花 茶 お茶 米 お米 酒 お酒 菓子 お菓子 パン 豆腐 果物 野菜 宿 湯 味 そば 寿司 鮨 めがね 眼鏡 時計 "
                       "きもの 着物 呉服 靴 布団 ふとん 家具 薬 くすり 文具 器 陶器 漬物 干物 蒲鉾 かまぼこ 鰻 うなぎ 焼肉 "
                       # (stop 41: 「メガネと時計のヤマムロ」, 「でんきのマツバ」, 「本のひろせ」 in read dev wave 13)
                       "メガネ 宝石 でんき 電器 電気 本 たたみ 畳 金物 カメラ 写真".split())

#: The end of an event's name after a kind word (吉岡宿 蔵まつり, 雑貨 フェア): no shop's own name — rules.spaced_trades
#: and anonymize.shops read it.
EVENT_NAME_END = re.compile(r"(?:まつり|祭り?|フェア|フェス|マルシェ)$")

#: One of the shop words at the start of a string (rules.credits: カフェ木もれ日 in a credit list).
SHOP_WORD_RE = re.compile(r"(?:" + "|".join(map(re.escape, SHOP_WORDS)) + r"|ドラッグ|スーパー|手づくり雑貨|雑貨)[ 　・]?")

#: Nouns right after a shop word that make an ordinary word (喫茶店, カフェ巡り, 居酒屋経営).
SHOP_WORD_ON = frozenset("店 室 代 巡り めぐり 好き 文化 業 経営 部 風 用 代金 タイム メニュー スペース コーナー 営業 開業 "
                          "利用 通い チェーン 業界 激戦区 スタッフ 店員 店長 経験 勤務 形式 感覚 気分".split())

STOP_NAME = frozenset("は が を に で と の へ も から まで より や か ほか など 他 さん 様 です でした だ".split())

HIRA = re.compile(r"[ぁ-ゖー]+")
#: Case particles that end a name written after a kind word (旅館 いさりび|に一泊): rules.business and rules.spaced_trades.
CASE = frozenset("の が を に で へ と は も".split())

def one_common_noun(toks: list[Token], a: int, b: int) -> bool:
    """``text[a:b]`` is one dictionary common noun (喫茶店の「モーニング」, 居酒屋の「おすすめ」: a menu item)."""
    inside = [t for t in toks if a <= t.start and t.end <= b]
    return (len(inside) == 1 and inside[0].start == a and inside[0].end == b and inside[0].pos[1] == "普通名詞"
            and not inside[0].oov)


def common_nouns_after_kind(toks: list[Token], a: int, b: int) -> bool:
    """``text[a:b]``, written after a kind word, names nothing of its own: one dictionary common noun (カフェ|メニュー,
    森の|レストラン), or katakana dictionary common nouns only (ラーメン|スタンプ|ラリー, スーパー|トレジャー|ハント) —
    rules.quoted_kind_first and rules.kind_first."""
    if one_common_noun(toks, a, b):
        return True
    inside = [t for t in toks if a <= t.start and t.end <= b]
    return (len(inside) > 1 and inside[0].start == a and inside[-1].end == b
            and all(t.pos[1] == "普通名詞" and not t.oov and _KATA_WORD.fullmatch(t.surface) for t in inside))


_KATA_WORD = re.compile(r"[ァ-ヺー・]+")


#: Places one stays or eats at whose own name is often a plain kanji word (ホテル潮騒, 旅館松風, 民宿浜木綿).
VENUES = frozenset("ホテル 旅館 民宿 食堂 酒場 喫茶 スナック 料亭 割烹 居酒屋 小料理屋 ペンション 茶房 甘味処".split())
#: Kanji words that, after a venue word, say what of the venue one means (ホテル客室, 旅館組合, 食堂利用) —
#: a part, a person there, a meal, a body of such venues — not the venue's own name.
VENUE_PARTS = frozenset(
    "客室 部屋 館内 厨房 玄関 浴場 大浴場 露天 売店 駐車場 宴会場 建物 施設 設備 本館 別館 新館 離れ 入口 前 横 隣 裏 跡 "
    "跡地 周辺 近く 従業員 職員 社員 女将 支配人 主人 店主 店員 仲居 板前 料理人 経営者 客 宿泊客 利用客 常連 常連客 "
    "朝食 夕食 昼食 料理 定食 食事 料金 代金 価格 メニュー 暮らし 生活 文化 業界 組合 協会 連盟 事業 産業 業者 経営 "
    "時代 当時 代 街 一帯 用 向け 全体 各社 各店 二階 一階 地下 屋上 最上階 名物 風呂 温泉 内 外 業".split())
