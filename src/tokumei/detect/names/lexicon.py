"""Word lists for the name rules: honorifics, titles, legal forms, organisation suffixes.

Sources: legal forms from the 会社法 (株式会社・合同会社・合資会社・合名会社), 整備法 (特例有限会社),
一般社団・財団法人法, 医療法 (医療法人), 社会福祉法, 特定非営利活動促進法 (NPO法人), 私立学校法 (学校法人),
宗教法人法; honorifics and titles from common Japanese business usage (敬称・役職名).

例::

    >>> "社長" in TITLES and "さん" in HONORIFICS
    True
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Honorifics directly after a name (山田さん, 山田様).
HONORIFICS = frozenset(
    "さん 様 さま サマ 氏 君 くん ちゃん 殿 どの 嬢 夫人 女史 翁 卿 先生 先輩 師 選手 容疑者 被告 被告人 容疑 "
    "弁護士 医師 教授 准教授 助教授 議員 監督 投手 捕手 氏ら さんら".split()
)

#: The plain honorifics: after these even a common-looking kanji word is taken as a name (顕進氏).
CORE_HONORIFICS = frozenset("さん 様 さま 氏 君 くん ちゃん 殿".split())

#: Job titles after a name (山田社長). The PERSON span stays the bare name; the title goes to data.
TITLES = frozenset(
    "社長 副社長 会長 副会長 専務 常務 部長 次長 課長 係長 主任 店長 副店長 院長 副院長 理事長 理事 "
    "代表 代表取締役 取締役 監査役 顧問 相談役 所長 署長 局長 室長 工場長 支店長 支配人 園長 校長 教頭 "
    "総長 学長 組合長 会頭 委員長 議長 市長 町長 村長 知事 大臣 総理 首相 大統領 王 女王 "
    "税理士 社労士 司法書士 行政書士 会計士 看護師 薬剤師 店主 オーナー マネージャー リーダー "
    "担当 担当者 氏名 "
    # the heads and masters of a trade, a kitchen, a temple or a shrine (堀江住職, 大槻棟梁): 人名＋役職 too
    # (not 杜氏: 南部杜氏・越後杜氏 name a guild after its region)
    "住職 宮司 神主 和尚 棟梁 親方 板長 料理長 事務長 事務局長 師長 看護師長 館長 駅長 塾長 編集長 家元 師範 "
    "頭取 監事 本部長 支部長 副所長 副園長 副校長 副組合長 副理事長 専務理事 常務理事 副住職 "
    "指導員 "
    # (stop 35) 足立副委員長: the deputies of a committee, an assembly and a chamber, and a section's head (not 副市長:
    # 八王子|副市長 is a town's deputy mayor)
    "副委員長 副議長 副会頭 部会長 副部会長".split()
)
#: Titles only the rules read after a name, not the model's features (the shipped model was trained on :data:`TITLES` as it
#: was; a word added there changes what it reads: インド・コーチ was lost). コーチ: オカダコーチは (stop 42, read anonymize dev).
RULE_TITLES = frozenset({"コーチ", "班長"})  # (班長: 消防団の馬場班長; stop 43, read names dev wave 15)
#: A member's title after a surname that is no job title of :data:`TITLES` (宮城委員, 上杉幹事, 千葉市議): attendee
#: lists and lists of names leave it outside the name (stop 37, n-dev-1332).
MEMBER_TITLES = frozenset("委員 理事 監事 幹事 議員 市議 町議 村議 県議 顧問 参与 役員".split())
#: The titles as one regex alternation, longest first (attendee lists, 堂 surnames after a title, coref's title before
#: a name).
TITLE_ALT = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))

#: Legal forms of organisations (as SudachiPy tokens, parentheses folded to ASCII).
LEGAL_FORMS = frozenset(
    "株式会社 有限会社 合同会社 合資会社 合名会社 ㈱ ㈲ ㈳ ㈶ (株) (有) (合) (同) (資) (名) (社) (財) (医) (福) (学) "
    "一般社団法人 公益社団法人 一般財団法人 公益財団法人 社団法人 財団法人 医療法人 医療法人社団 "
    "医療法人財団 社会福祉法人 NPO法人 特定非営利活動法人 学校法人 宗教法人 独立行政法人 "
    "国立大学法人 協同組合 事業協同組合 農業協同組合 生活協同組合 税理士法人 弁護士法人 "
    "社会保険労務士法人 監査法人 司法書士法人 行政書士法人 Inc. Inc Co.,Ltd. Ltd. LLC Corp. Corporation "
    # written before a farm's name like a legal form (農業法人 ごとうつばき農園; 農事組合法人 is one)
    "農業法人 農事組合法人 "
    # patent attorneys' and surveyors' firms (特許業務法人霞ケ関パテント, stop 36)
    "特許業務法人 弁理士法人 土地家屋調査士法人".split()
)
#: A legal form written in a name, as anonymize and some rules test for one: the companies, their bracketed and enclosed
#: short forms, and any 〜法人 (one pattern, where stop 38 counted six copies, some without 合資会社・合名会社).
LEGAL_MARK = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|[（(][株有][）)]|㈱|㈲|法人")

#: Trade words that end a shop's name (岡田酒店, 鈴木生花店, 木村写真館). SudachiPy keeps these as
#: one common noun; after a surname or place name they make the name a business, never a person.
#: (The same trades split as 米|店 or 青果|店 are handled by the rules: a short noun + 店.)
SHOP_TRADES = frozenset(
    "酒店 米店 米穀店 精肉店 鮮魚店 青果店 八百屋 菓子店 和菓子店 洋菓子店 生花店 花店 時計店 眼鏡店 メガネ店 "
    "洋品店 呉服店 金物店 電気店 電器店 理髪店 理容店 写真館 写真店 文具店 家具店 畳店 建具店 材木店 陶器店 "
    "茶舗 酒舗 豆腐店 雑貨店 楽器店 釣具店 燃料店 乾物店 履物店 靴店 自転車店 薬店 化粧品店 衣料店 料理店".split()
)

#: Words that, after a name, make it a business or body (山田商店, ミライ商事, 田中クリニック).
ORG_SUFFIXES = frozenset(
    "商店 商会 商事 物産 産業 工業 興業 工務店 建設 建工 組 製作所 製造所 電機 電器 電工 化学 薬品 "
    "事務所 研究所 研究会 総研 クリニック 病院 医院 歯科 歯科医院 診療所 薬局 整骨院 接骨院 治療院 "
    "内科 眼科 皮膚科 小児科 耳鼻科 耳鼻咽喉科 整形外科 外科 婦人科 産婦人科 心療内科 "
    "銀行 信用金庫 信用組合 証券 保険 生命 損保 協会 組合 連合会 連盟 財団 機構 振興会 "
    "大学 短期大学 高校 高等学校 中学校 小学校 学園 学院 専門学校 幼稚園 保育園 保育所 幼児園 こども園 塾 "
    "新聞 新聞社 放送 テレビ 出版 書店 書房 ホテル 旅館 食堂 本舗 商店街 "
    "ホールディングス グループ コーポレーション カンパニー パートナーズ 寺 寺院 神社 大社 神宮 教室 自治会 町内会 町会 商店会 製麺 子ども会 老人会 婦人会 青果 精肉 鮮魚 工房 製菓 酒造 醸造 農園 牧場 農産 畜産 製粉 倶楽部 "
    "興産 製紙 製薬 製鉄 物流 運輸 運送 電鉄 鉄道 航空 海運 不動産 住宅 ハウス 開発 企画 設計 印刷 印刷所 食品 "
    "水産 精工 精機 技研 工業所 鉄工所 製材所 電設 設備 総業 美容室 理容室 サロン エフエム 整体院 鍼灸院 "
    "介護 ケアセンター センター 日報 新報 "
    "学会 同好会 議会 県議会 市議会 幕府 軍団 教団 協議会 委員会 ユニオン "
    "旅団 師団 連隊 戦隊 部隊 艦隊 研究院 研究科 大学院 連絡会 歌劇団 楽団 劇団 合唱団 上院 下院 裁判所 警察 警察署 "
    "ジャイアンツ タイガース ホークス ライオンズ イーグルス ファイターズ マリーンズ バファローズ スワローズ "
    "ドラゴンズ カープ ベイスターズ スターズ ユナイテッド "
    # trades that end a small company's or shop's name (issue #11: モリタ建材, ツバメ工芸, 鈴蘭百貨店)
    "百貨店 建材 工芸 木材 材木 塗装 造園 石材 土木 板金 鉄工 商社 貿易 通商 測量 製作 酒販 茶舗 "
    # more trades (岡林園芸さん, 北条種苗) and professional bodies of a town (沖縄県歯科医師会), schools (Xカレッジ)
    "園芸 種苗 養蜂 畜産 建具 表具 医師会 歯科医師会 薬剤師会 獣医師会 カレッジ "
    # stop 25 (丸戸製茶, 亀岡織物, 鯉渕陶房, 袴田養鰻場, 阿部漁業): trades after a family name
    "製茶 織物 陶房 養鰻場 漁業 製麺所 窯業 農場 養鶏場 養豚場 製陶 茶園 果樹園 精米所 造船 木工 梨園 "
    # stop 27 (森田織布, 前田養鰻): more trades after a family name
    "織布 養鰻 "
    # stop 29 (山守林業, 岡林造林, 宮内柑橘園, 金剛山ロープウェイ, 京丹後市観光公社)
    "林業 造林 柑橘園 ロープウェイ 公社 "
    # stop 29, third wave (えびす渡船)
    "渡船 遊覧船 "
    # stop 33, wave 5 (西河製材所, 八木活版所, 吹上浜蒸留所, 片岡モータース, 大川染工)
    "活版所 蒸留所 醸造所 モータース 紙工 染工 "
    "青年会議所 商工会 少年団 漁協 農協 生協 美容院 交通 ステーション ルーム ファーム プラザ 信金 信組 FC SC サポート タイムス ジャーナル 新聞社 "
    # stop 36, wave 8 (サカモトフーズさん: a person before): katakana business words, each an organisation's end every
    # time in names and anonymize dev (フーズ 3, テック 14, ワークス 30, システムズ 1, マート 3 of as many)
    "フーズ テック ワークス システムズ マート "
    # stop 41, read dev wave 13 (「東西損保さん」, 「生月土地建物」, 「紀中しんきんさん」, 流氷FM): an insurer's short form, a
    # property firm, a credit union in kana and a community radio station
    "損保 生保 土地建物 しんきん エフエム FM "
    "省 庁 党 社 軍 家 会 団 部 局 署 ジャパン リーグ クラブ".split()
) | SHOP_TRADES

#: After 「山田家の」 these make 山田家 a household (山田家の長男), so 山田 is a person with the title 家;
#: elsewhere 〜家 stays a house/clan organisation (島津家が, GSD's ORG).
HOUSEHOLD_AFTER = frozenset(
    "子 息子 娘 妻 夫 父 母 兄 弟 姉 妹 長男 次男 三男 長女 次女 三女 孫 甥 姪 養子 嫁 婿 跡取り 跡継ぎ "
    "家族 ご家族 人 人々 人たち 方 方々 皆さん 皆様 みなさん 皆 一同 親族 親戚 祖父 祖母 父親 母親 "
    "子供 子ども 兄弟 姉妹 夫婦 相続 遺産 財産 家計 自宅 実家 墓 お墓 一員".split()
)

#: 〜屋 is a business only after a proper-noun-like part (山田屋, やまだ屋), never 部屋/本屋.
SHOP_SUFFIXES = frozenset("屋 堂 亭 庵 苑 園 舎 湯 蔵 窯 荘".split())  # 湯: a bathhouse (ことぶき湯); 蔵: a brewery (白鷺蔵); 荘: an inn or lodging house (かもめ荘)

#: Licensed care and health trades: no name, though SudachiPy may cut one into name pieces (衛|生士さん: stop 42, n-dev-1682).
#: Not :data:`TITLES`: glued after a place they open a body's name (耶馬溪調理師学院, 広島県介護福祉士会).
TRADES = frozenset("歯科衛生士 衛生士 保健師 助産師 保育士 介護士 介護福祉士 栄養士 管理栄養士 調理師 理学療法士 作業療法士 "
                   "言語聴覚士 獣医師".split())
#: Common nouns that take さん/様 but are not names (皆さん, お客様, 患者さん).
NOT_NAMES = frozenset(
    "皆 みな みんな 皆様 お客 客 患者 利用者 お母 お父 母 父 兄 姉 弟 妹 娘 息子 奥 旦那 "
    "子 お子 子供 お前 あなた 彼 彼女 私 僕 俺 自分 先方 相手 本人 担当 方 人 者 各位 お疲れ "
    "神 仏 王 女王 お嬢 おじ おば おじい おばあ ばあ じい ばあば じいじ ねえ にい 爺 婆 生徒 学生 先生 社員 店員 同 A B C D X Y "
    # roles that take さん and are also listed as surnames (大家さん the landlord, 仲居さん, お孫さん)
    "大家 家主 仲居 孫 お孫 ひ孫 女将 板前 大工 庭師 住職 神主 番頭 親方 漁師 農家 お隣 隣 "
    # a school's or nursery's main and branch sites, also listed as surnames (本園は…から歩いて6分)
    "本園 分園 本校 分校 本館 別館 本院 分院 "
    # an office speaking of itself (当所では…, 当所は次の点を支援した), also a rare surname
    "当所 弊所 本所 "
    # counts of people also listed as given names (従業員数人の事業所: a few people, not 数人 the given name)
    "数人 数名 何人 幾人 "
    # (stop 36, anonymize dev) a brewery's or a kiln's owner and a fishing boss called by the role (黒酢の蔵元さん,
    # 蔵元 中尾 直美), and 土佐's おんちゃん (an uncle, any man: 筒井のおんちゃん)
    "蔵元 窯元 網元 おん "
    # a processing plant called with さん (香住の水産加工場さん向けに: a-dev-368)
    "加工場 水産加工場 "
    # (stop 45, read anonymize dev) parents as a school or a shop calls them (親御さん), a pet dog (ワンコ; not ワン: 王 is ワンさん)
    "親御 ワンコ わんこ ニャン".split()
) | TRADES

#: Words that refer back to the last organisation / person (coreference, not new names).
ORG_REFERENCES = frozenset("同社 同店 同院 同法人 同事務所 同組合 同行 同校 同園 同大学 同病院 同クリニック".split())
PERSON_REFERENCES = frozenset("同氏 同人 同君 同容疑者 同被告".split())

#: Public bodies written without any suffix the rules know (国会, 自衛隊, 最高裁). Organisations, though
#: the allow-list may keep some of them in anonymised text. Not 政府: alone it names no body.
KNOWN_BODIES = frozenset(
    "国会 衆議院 参議院 内閣 内閣府 最高裁 最高裁判所 高裁 地裁 家裁 簡裁 自衛隊 陸上自衛隊 海上自衛隊 航空自衛隊 "
    "警視庁 検察庁 地検 高検 日銀 国連 米軍 在日米軍 国連軍 米議会 連邦議会".split()
)

#: Well-known organisations usually written without a legal form or business word (楽天, トヨタ, NHK).
#: Detection only — they are not allowed (kept) by default: 「大手X社の下請け」 can identify a client.
FAMOUS_ORGS = frozenset(
    "NHK TBS フジテレビ テレビ朝日 日本テレビ テレビ東京 日テレ テレ朝 テレ東 "
    "トヨタ ホンダ 日産 マツダ スバル ソニー パナソニック 日立 東芝 富士通 任天堂 キヤノン ニコン "
    "楽天 ソフトバンク オリックス ヤクルト ロッテ 日本ハム DeNA ドコモ KDDI NTT JAL ANA 全日空 日本航空 "
    "ユニクロ セブンイレブン ローソン ファミリーマート 伊勢丹 三越 高島屋 大丸 丸善 電通 博報堂 "
    "三菱 三井 住友 日本郵政 JR東日本 JR西日本 JR東海 ヤマト運輸 佐川急便 セコム "
    # professional teams (NPB nicknames, MLB, well-known football clubs)
    "ジャイアンツ タイガース ホークス ライオンズ イーグルス ファイターズ マリーンズ バファローズ スワローズ "
    "ドラゴンズ カープ ベイスターズ ヤンキース ドジャース レッドソックス メッツ カブス エンゼルス マリナーズ "
    "ユベントス バイエルン レアル・マドリード".split()
)
#: Names that are organisations only in a sports context (巨人 = the Giants, 広島 = the Carp).
SPORTS_TEAM_WORDS = frozenset("巨人 阪神 中日 広島 西武 横浜".split())
SPORTS_CONTEXT = ("球団", "試合", "投手", "打者", "監督", "選手", "移籍", "獲得", "優勝", "リーグ", "入団", "球場",
                  "ドラフト", "対戦", "連勝", "連敗", "首位", "打率", "本塁打", "登板")

#: Products and services a business uses as tools (kintoneで管理, YouTubeに動画を, LINEで連絡): not the
#: organisation itself, and nothing that singles the user out. Compared NFKC + casefold.
PRODUCTS = frozenset(
    "kintone youtube line lineworks excel word powerpoint outlook teams zoom slack chatwork gmail google "
    "googleドライブ instagram facebook twitter tiktok x note canva shopify base stores freee iphone ipad android "
    "windows mac chatgpt dropbox notion salesforce sansan キントーン ユーチューブ エクセル ワード パワーポイント "
    "ズーム スラック チャットワーク インスタグラム インスタ フェイスブック ツイッター ティックトック グーグル "
    "アイフォーン アイフォン ライン "
    # booking, market and job sites a shop lists itself on (予約はじゃらんとInstagramで, 「メルカリ」に出品)
    "じゃらん 楽天トラベル 一休 ホットペッパー 食べログ ぐるなび retty airbnb booking.com agoda メルカリ minne creema "
    "makuake campfire paypay ジモティー タウンワーク indeed airレジ airシフト square スマレジ "
    # public schemes and the kinds of public service every town has (a 社労士's or adviser's text names them as such)
    "ふるさと納税 地域包括支援センター 地域活動支援センター 子育て支援センター 基幹相談支援センター 就労移行支援 "
    "就労継続支援 生活困窮者自立支援 ファミリーサポートセンター ファミサポ シルバー人材センター".split()
)


#: Interjections and fillers that open a spoken line (transcripts: 司会：さあ、今日は…): never a name.
INTERJECTIONS = frozenset("さあ さぁ ええ えー はい いいえ まあ まぁ ああ うん ねえ ほら よし じゃあ さて えっと あの その "
                          "いや おお へえ なるほど".split())


#: Cultivars a grower, a brewer or a shop writes of (「佐藤錦」「紅秀峰」, 山田錦を全量使用, 新高や秋麗も; stop 45, read anonymize
#: dev: read as people's names — 佐藤|錦 a surname and a given name — and published 「B氏」): the registered names of MAFF's
#: variety register and the prefectures' brands, not those that are also a given name or a place (はるみ, 清見, 高砂, ふじ,
#: あかつき stay out). No name before an honorific (佐藤錦さん is a person).
CULTIVARS = frozenset(
    "コシヒカリ あきたこまち ひとめぼれ ササニシキ つや姫 ゆめぴりか ななつぼし はえぬき 山田錦 五百万石 雄町 美山錦 "
    "出羽燦々 亀の尾 ミルキークイーン 佐藤錦 紅秀峰 幸水 豊水 新高 二十世紀 長十郎 秋麗 あきづき 南水 王林 紅玉 "
    "ジョナゴールド シナノスイート シナノゴールド 秋映 白鳳 なつっこ 川中島白桃 清水白桃 日川白鳳 巨峰 ピオーネ "
    "シャインマスカット デラウェア 南高 紅映 白加賀 不知火 デコポン せとか 紅まどんな 甘平 あまおう とちおとめ "
    "紅ほっぺ さがほのか ゆめのか スカイベリー 紅はるか 安納芋 鳴門金時 シルクスイート メークイン キタアカリ やぶきた "
    "べにふうき さやまかおり".split()
)
_HONORED = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生)")


def is_cultivar(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is a cultivar's name and no honorific follows. 例: ``is_cultivar("山田錦を使う", 0, 3) is True``"""
    return text[a:b] in CULTIVARS and not _HONORED.match(text, b)



@lru_cache(maxsize=65536)
def is_product(word: str) -> bool:
    """``word`` is a product or service used as a tool (kintone, ＹｏｕＴｕｂｅ, じゃらん): NFKC, case and spaces
    folded. 例: ``is_product("Instagram") is True``

    Kept per word: the rules ask it of every span they found, the model of each of its spans."""
    return unicodedata.normalize("NFKC", word).casefold().replace(" ", "") in PRODUCTS


#: What a household or a workshop calls someone by role, not a name: 「お母さん」と呼んでいます, 「親方」と呼ばれる
#: (the rules' quoted nicknames, rules/given, and anonymize's nicknames, anonymize/family, both read it).
ROLE_CALL = re.compile(r"(?:お|御)?(?:母|父|姉|兄|爺|婆|かあ|とう|ねえ|にい|じい|ばあ|かっか|おかあ|おとう|おねえ|おにい|おじい|おばあ|"
                       r"おっかあ|おやじ|親父|お袋|おふくろ|ばっちゃ|じっちゃ)(?:さん|ちゃん|さま|様|上|貴)?"
                       r"|先生|師匠|親方|大将|女将|おかみ(?:さん)?|ママ|パパ|社長|会長|棟梁|店長|マスター|おやっさん|ボス|"
                       r"姐さん|姉御|兄貴|アニキ|番頭|若|若旦那|旦那|大旦那|おやかた|せんせい|先輩|師範|隊長|班長|リーダー")


#: One-kanji answers in a form SudachiDict also lists as given names (確認：済, 同意：可; stop 41, read dev wave 13).
FORM_ANSWERS = frozenset("済 未 有 無 可 否 要 了 完 済み".split())
#: A choir's voice parts and a band's instruments, written in brackets after a member's name (宇津木 花さん（アルト）).
VOICE_PARTS = frozenset("ソプラノ メゾソプラノ アルト テノール テナー バス バリトン ピアノ 伴奏 指揮 ギター ベース ドラム "
                        "バイオリン ヴァイオリン チェロ フルート クラリネット トランペット サックス".split())
