"""Quoted business names (tier 1, split from :mod:`.business`): a name in 「」 is a business when what is said after it is
said of a business (「ミチシルベ」を起業, 「X」に勤務), when a kind of business comes before it (旅館「さわたり荘」, 八百屋の
「やおまさ」), when a town and の come before it (米子の「やきとり大将」), when it ends in a shop's or a business's word
(「日の出湯」, 「竹屋敷工房」) or when a kind word, a space and a name fill it (「中華そば からはし」); never a fair, a
product, a description or a saying (「大地の恵みフェア」, 「ぷるぷる ふく皮せんべい」, 「町の名刺屋」, 「辞めない職場」).

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "駅前に「ミチシルベ」を起業した。百貨店の「海の幸フェア」に出す。"
    >>> [s.text for s in quoted_shop_names(t, tokenize(t))]
    ['ミチシルベ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE, _KANJI, _WEAK_SUFFIX, org_end
from tokumei.detect.names.rules.given import KNOWN_AS, KNOWN_AS_BARE
from tokumei.detect.names.rules.shop_words import (
    KIND_FIRST, HIRA as _HIRA, SHOP_WORD_ON as _SHOP_WORD_ON, SHOP_WORD_RE, STOP_NAME as _STOP_NAME, one_common_noun as _one_common_noun,
)
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

#: Kinds of business after 「X」という: 「はなれ」というシェアオフィス, 「ラーンウェイ」というオンライン塾. One
#: list for detection (here) and for anonymize's safety net (:func:`tokumei.anonymize.leaks.quoted_businesses`).
QUOTED_BUSINESS_KINDS = ("会社", "企業", "店", "お店", "屋号", "事務所", "法人", "団体", "NPO", "ブランド", "カフェ", "喫茶店",
                         "食堂", "レストラン", "居酒屋", "酒場", "バー", "ベーカリー", "書店", "本屋", "雑貨店", "塾", "学習塾",
                         "教室", "スクール", "サークル", "チーム", "オフィス", "スペース", "サロン", "工房", "スタジオ", "ショップ",
                         "旅館", "宿", "民宿", "ホテル", "ゲストハウス", "農園", "牧場", "酒蔵", "蔵元", "クリニック", "医院",
                         # 「あおぞら会」という親の会, 「みらい」というグループ: a group
                         "の会", "グループ", "ネットワーク", "協議会",
                         # 「ろくろ青年部」という会を作って (a-dev-529): 会 before a particle (not 会議, 会話, 会場)
                         "会を", "会が", "会に", "会で", "会は", "会も", "会、", "集まり", "クラブ")

#: The alternation of :data:`QUOTED_BUSINESS_KINDS`, longest first.
QUOTED_KIND_ALT = "|".join(sorted(map(re.escape, QUOTED_BUSINESS_KINDS), key=len, reverse=True))

#: 「かもめ弁当」に委託: work given to the quoted name.
_ORDERED_FROM = re.compile(r"」(?:さん)?に(?:委託|発注|外注)")
#: After 「X」: X is a business (起業・設立・勤務 …, or the head of it).
_QUOTED_CONTEXT = re.compile(
    r"」(?:を|に|で|の|は|が|と)?(?:起業|設立|創業|開業|立ち上げ|経営|営|運営|勤務|勤め|入社|転職|就職|独立|代表|社長|店主|"
    r"オーナー|創業者|経営者|オープン|開店|開設|開き|開い|開く|開け|継|事業承継|切り盛り|働|勤|通っ|通い|修業|ご利用|ご愛顧|"
    # 「キッチンさなる」さんに委託した: a business one orders from
    r"(?:さん)?に(?:委託|発注|依頼|外注|注文|仕入れ)|"
    # 「若竹会」が主催, 「ほたる会」に所属: a group that holds, or has members
    r"主催|主宰|加盟|所属|入会|"
    # 「はなれ」というシェアオフィス, 「オリーブ」というオンライン塾: という + (a short modifier) + a kind of business
    rf"という[ぁ-んァ-ヶー一-龥]{{0,6}}?(?:{QUOTED_KIND_ALT})|"
    # 「やおまさ」の店主, 「松風荘」の女将: the head or staff of the quoted business
    r"(?:さん)?の(?:店主|大将|女将|おかみ|ご主人|主人|店長|オーナー|社長|代表|マスター|ママ|スタッフ|従業員|社員|"
    r"経営者|創業者|職人|杜氏|蔵元|若旦那|二代目|三代目|四代目|跡継ぎ|後継者|常連|会長|会員|メンバー|事務局|理事長|"
    r"塾長|院長|園長|館長)|"
    # 「うら干物店」三代目, 「こはる」店主: a head's title right after the quote
    r"[　 ]?(?:店主|女将|代表|オーナー|主|園主|窯主|蔵元|塾長|院長|園長|館長|理事長|施設長|所長|社長|会長|"
    r"[二三四五六七八九十]代目|[二三四五六七八九十]代目店主)[）)、：:・\s]|"
    # 「丸キ足袋」（有限会社 小此木足袋店）: the company that runs the quoted shop, in brackets
    r"[（(](?:株式会社|有限会社|合同会社|合資会社|合名会社|㈱|㈲|[（(][株有][）)]))"
)

#: 「X」 right after a kind of business or institution: 旅館「さわたり荘」, ホーム「ひだまりの丘」.
_KIND_BEFORE = re.compile(r"(?:(?:屋号|店名|社名|会社名|団体名|卸先|取引先|仕入れ先|仕入先|納品先|勤務先|就職先|出荷先)(?:は|が|の|：|:)|"
                          r"旅館|ホテル|民宿|ペンション|店|カフェ|喫茶|ホーム|施設|教室|塾|サロン|工房|食堂|レストラン|屋号|"
                          r"店名|社名|会社|事務所|医院|クリニック|保育園|幼稚園|こども園|園|酒蔵|蔵元|農園|牧場|"
                          # 八百屋の「やおまさ」, 居酒屋「とり吉」, 割烹「なかむら」, 銭湯「ことぶき湯」, 蔵元「白鷺蔵」
                          r"屋|割烹|料亭|銭湯|酒場|バー|百貨店|商店|工務店|屋さん|窯元|茶園|茶舗|醸造元|直売所|売店|産直|"
                          # ボランティア団体「りんごの芯」, サークル「ひだまり」, 劇団「くじら座」: a group names itself
                          r"団体|サークル|同好会|愛好会|劇団|楽団|合唱団|保存会|ボランティアグループ|ボランティア|"
                          # 特養「やすらぎの郷」, NPO「みらいの種」: care homes and non-profits
                          r"特養|老健|特別養護老人ホーム|グループホーム|デイサービス|ステーション|NPO|NPO法人|"
                          # スーパー「フレッシュたかぎ」, 和太鼓「鼓響」, バンド「…」, 整骨院「…」
                          r"スーパー|太鼓|チーム|バンド|ユニット|書店|院|"
                          # 木工所「きこりや」, 縫製所「…」: a workshop's kind before its quoted name
                          r"木工所|縫製所|加工所|製材所|製麺所|鉄工所|印刷所|作業所|製作所|工場|"
                          # ダイビングショップ「ブルーくめ」, 宿「…」, ゲストハウス「…」
                          r"ショップ|ストア|スタジオ|ジム|ゲストハウス|宿|"
                          # 親睦会「わだち会」, 若手の集まり「竹の子会」
                          r"親睦会|集まり|グループ|組織|ネットワーク|勉強会|研究会|"
                          # 見守り隊「雪見台じっちゃんず」, 製菓材料卸「Maison Belcour」, 職人集団「…」
                          r"隊|卸|問屋|商社|集団|事業所|作業所|"
                          # コワーキング「まつどベース」, シェアオフィス「…」 (stop 36, wave 8)
                          r"コワーキング|コワーキングスペース|シェアオフィス|ワークスペース|"
                          # 看護小規模多機能「ひなたぼっこ」, 老人クラブ「ひまわり会」, 子ども会「…」 (stop 37, wave 9)
                          r"小規模多機能|看護小規模多機能|老人クラブ|子ども会|こども会|婦人会|女性部|青年部|"
                          # キッチンカー「ぽんぽこ号」, 移動販売車「…」, 英会話教室「…」 (stop 44, read dev wave 16)
                          r"キッチンカー|移動販売車|移動販売|フードトラック|英会話教室|英語教室|"
                          # 道の駅「ほたるの郷」, キャンプ場「…」, 日帰り温泉「…」: a roadside station's or a site's own name
                          # (stop 45, read dev wave 17)
                          r"道の駅|キャンプ場|オートキャンプ場|日帰り温泉|温泉施設|宿泊施設|交流施設|体験施設)(?:さん)?\Z")  # (\Z: not …製作所\n「…」)

#: (stop 37) every kind word a place is named after (rules.kind_first's list and the venues of food and trade): お好み焼き
#: 「ぼんち」, ベーカリー「麦のうた」, 屋台「とん八」, ラーメン「…」 — a venue's kind right before a quote (names dev less
#: waves 10–11: 9 such quoted names missed, a-dev and n-dev).
_VENUE_BEFORE = re.compile("(?:" + "|".join(sorted(map(re.escape, {*KIND_FIRST, *(
    "お好み焼き ベーカリー 屋台 バーバー ラーメン ラーメン店 焼肉 焼き鳥 やきとり 寿司 鮨 そば うどん そば処 パン屋 ケーキ屋 "
    "洋菓子店 和菓子店 菓子店 菓子処 鮮魚店 精肉店 青果店 酒店 書店 花屋 ギャラリー アトリエ ブティック ビストロ バル "
    "料亭 割烹 小料理 食事処 茶房 茶屋 湯宿 理容室 理髪店 整骨院 接骨院 鍼灸院 歯科 写真館 自転車店".split())}),
    key=len, reverse=True)) + r")(?:さん)?\Z")

#: 八百屋の「やおまさ」, パン屋さんの「ころころ」: a kind of business + の before the name — only when the kind
#: is a short trade word of its own (not マルタカ工務店の「タカ」, a word about a name already given).
_KIND_NO_BEFORE = re.compile(r"(?<![ァ-ヴー\u4e00-\u9fff])[ァ-ヴー\u4e00-\u9fff]{0,3}"
                             r"(?:屋|割烹|料亭|銭湯|酒場|バー|店|食堂|旅館|民宿|カフェ|喫茶|工房|農園|酒蔵|蔵元)(?:さん)?の$")

#: 「word name」: a kind word of up to 12 letters (中華そば, ひもの処, cafe, Trattoria), one space, a name of up to 10.
_QUOTED_SPACED = re.compile(r"[「『]([^\s「」『』。、，！!？?・]{1,12}[ 　][^\s「」『』。、，！!？?]{1,10})[」』]")

#: What is said of a shop right after its quoted name (「倉吉絣 はたや」を2月1日に開きます, 「…」を教えてもらった).
_SHOP_AFTER_QUOTE = re.compile(r"」[^。\n「」、，,]{0,10}?(?:開[きくい店業設]|オープン|を教えて|に行っ|に寄っ|に入っ|で食べ|で飲ん|の店主|の女将|"
                               r"のご主人|の大将|さんで|さんの)"
                               # 「炉端 かつ半」は、店主の唐沢さんが: the shop's head named next (stop 44, read dev wave 16)
                               r"|」は、?(?:店主|女将|大将|ご主人|マスター|オーナー)")

_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十第]")
#: A licence's grade is no number of an event (「一級建築士事務所 稲生沢アトリエ」; stop 44, read names dev wave 16).
_LICENCE = re.compile(r"[一二]級")

_EVENT_WORD = re.compile(r"祭|まつり|コンペ|展|大会|フェア|フェス|マルシェ|市$|講座|セミナー|教室$|ツアー|さんぽ|散歩|めぐり|巡り|ウォーク|体験")

#: The last words of a fair's or a festival's name: a quoted name ending so is an event, whatever the context.
_EVENT_END = re.compile(r"(?:フェア|まつり|祭り|祭|フェス|フェスタ|フェスティバル|マルシェ|コンテスト|大会|展示会|品評会)$")

_LATIN_LETTER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")

_KANJI_END = re.compile(r"[\u4e00-\u9fff々]$")

#: Last characters of a kanji trade word (陶房, 湯宿, ひもの処, 中華飯店, 珈琲館).
_TRADE_KANJI = frozenset("処房宿店屋園亭庵堂館舎蔵窯場院室所舗廊楼荘苑司茶菓麺鮨寿酒焼丼"
                         "駅")  # (「蔵の駅 ひだまり」, 「浜の駅 いわさき」: a roadside or a harbour market; stop 44)

_SHOP_ENDS = frozenset("湯屋堂庵亭荘舎蔵窯館店場")

#: Kanji trades whose shops write the trade, a space and their name (「古道具 ひぐらし」, 「古着 まどろみ」): the
#: trade's last kanji is no shop character, but the head is a shop's trade, not a product.
_TRADE_HEADS = frozenset("炉端 中華 町中華 古道具 古着 骨董 古書 古本 雑貨 器 花 生花 革 革小物 手芸 刃物 金物 荒物 乾物 干物 漬物 豆腐 佃煮 菓子 "
                         "和菓子 洋菓子 鮮魚 精肉 青果 八百 酒 地酒 米 茶 日本茶 珈琲 焙煎 陶器 漆器 竹細工 木工 家具 畳 表具 "
                         "額縁 時計 眼鏡 写真 印章 仏具 呉服 着物 染物 布 手ぬぐい".split())

_QUOTED = re.compile(r"「([^「」\n。、]{2,20})")

_QUOTED_KANA_SHOP = re.compile(r"(?<=「)[ぁ-ゖァ-ヴー\u4e00-\u9fff々]{1,8}の(?:にくや|おにくや|さかなや|おさかなや|やおや|パンや|ぱんや|"
                               r"はなや|おはなや|とうふや|おとうふや|おかしや|くすりや|こめや|おこめや|さかや|おさかや|でんきや|ふとんや)(?=」)")

_QUOTED_KANA_TRADE = re.compile(r"(?<=「)([ぁ-ゖー]{2,8})([\u4e00-\u9fff々ァ-ヴー]{1,6})(?=」)")

#: Suffixes too weak for a quoted name alone (the one-character ones, and 学会・教室: 「鵜飼い見学会」「そば打ち教室」
#: are events or classes, measured on names dev). None of them ends in a stronger suffix, so the longest suffix decides.
_NOT_QUOTED_SUFFIX = _WEAK_SUFFIX | {"学会", "教室"}

#: A particle that ends the part before the space: a phrase (「北の町から こんにちは」, a-dev-403), not a kind word.
_PARTICLE_END = re.compile(r"(?<=.)(?:から|まで|より)$|(?<=[\u4e00-\u9fff々ァ-ヴー])(?:へ|で|と|に|を|が|は|も)$")


#: Words that end a business's name only inside quotes (「蔵ノ下スタジオ」「ちちぶ森のワークラボ」, stop 36): unquoted,
#: 撮影スタジオ and コラボ are ordinary words, so they are no :data:`ORG_SUFFIXES`.
_QUOTED_ONLY_SUFFIXES = ("スタジオ", "ラボ", "ベース", "ワークス", "翻訳室", "デザイン室", "写真館", "謄写堂")


def _quoted_suffix(name: str) -> bool:
    """「竹屋敷工房」: a quoted name made of ≥ 2 characters and a business suffix (not 「町の工房」, not 「お寺」)."""
    x = org_end(name) or next((w for w in _QUOTED_ONLY_SUFFIXES if name.endswith(w)), None)
    if x is None or x in _NOT_QUOTED_SUFFIX or name.endswith(_NOT_SHOP_ENDINGS):
        return False
    stem = name[: -len(x)]
    return len(stem) >= 2 and not stem.endswith(("の", "な", "い")) and " " not in stem and not _EVENT_WORD.search(name)

#: 同店の「ぶり白湯」, 当店の「…」: the shop already named, so the quote is its product, not another shop.
_SAME_SHOP_NO = re.compile(r"(?:同|当|自|弊|本)(?:店|社|蔵|窯|園)の$")

#: Words ending in a shop word's character that are a dish or a bath, not a shop (「ぶり白湯」, 「しょうが湯」, 足湯).
_NOT_SHOP_ENDINGS = ("白湯", "足湯", "薬湯", "生姜湯", "しょうが湯", "ゆず湯", "くず湯", "葛湯")

#: After a quoted event's name: it is held (「…マルシェ」を開きます, 「…まつり」を開催).
_HELD = re.compile(r"」(?:を|は|が)?(?:開き|開く|開い|開催|行い|行う|実施|催)")

def _common_compound(toks: list[Token], a: int, b: int) -> bool:
    """``text[a:b]`` is two or more dictionary common nouns (手彫り|実印: a description, no shop's name)."""
    inside = [t for t in toks if a <= t.start and t.end <= b]
    return (len(inside) >= 2 and inside[0].start == a and inside[-1].end == b
            and all(t.pos[1] == "普通名詞" and not t.oov and len(t.surface) >= 2 for t in inside))  # (木|洩れ: one word cut)

#: Quoted after a town and の, yet no shop: a product, a dish, a saying or a title (沼田の「こんにゃく焼き」 is a risk of
#: its own, :mod:`tokumei.anonymize.risk`).
_NOT_A_PLACE_SHOP = re.compile(r"(?:焼き?|漬け?|煮|汁|鍋|丼|そば|うどん|餅|もち|飴|酒|茶|米|牛|豚|鶏|味噌|醤油|塩|菓子|ジャム|"
                               r"シードル|ワイン|ビール|ブランド|ロード|街道|通り|音頭|節|踊り|伝説|昔話|言葉|方言|歌|唄|景|百景|"
                               r"島|山|川|浜|岬|湖|寺|神社|宮|城|"
                               r"です|ます|でした|だ|よ|ね|ください)$")

def _place_before(toks: list[Token], end: int) -> bool:
    """A place name (SudachiDict 地名, or a written municipality) ends at ``end``."""
    t = next((t for t in toks if t.end == end), None)
    return t is not None and (t.pos[2] == "地名" or (len(t.surface) >= 2 and t.surface[-1] in "市町村区" and t.pos[0] == "名詞"
                                                      and _KANJI_END.search(t.surface) is not None))

#: The food and the things a quoted product's name ends in (「螺湾ぶきの水煮」「朝獲れ便」「あゆのつり橋」).
_THINGS = ("めし|飯|せんべい|煎餅|漬け|漬|干し|水煮|佃煮|セット|便|膳|丼|定食|弁当|ジャム|ソース|たれ|焼き|ケーキ|プリン|クッキー|"
           "つり橋|吊り橋|吊橋|住宅")
#: What ends a product's, a series' or an event's name after a space (…めし, …せんべい, …古漬け, 日々の器, …のはなし).
_PRODUCT_END = re.compile(r"(?:" + _THINGS + r"|器|会|広場|帖|はなし|話|寄り道|モヤモヤ|まつり|祭)$")
#: The same things ending a quote a business context names: a body's 会 stays (「誇りある日本をつくる会」を設立), a tasting
#: event does not (「雑穀せんべい焼き比べ会」).
_FOOD_END = re.compile(r"(?:" + _THINGS + r"|焼き比べ会|比べ会)$")

_PRODUCT_TAIL = re.compile(r"[ぁ-ゖァ-ヴー\u4e00-\u9fff々]の[ぁ-ゖァ-ヴー\u4e00-\u9fff々]|" + _PRODUCT_END.pattern)

def _shop_kind(head: str) -> bool:
    """``head`` (the words before the space of a quoted name) is a shop's or a care service's kind (民宿, 茶房, 陶房, ホーム)."""
    return bool(SHOP_WORD_RE.fullmatch(head + " ")) or head[-1:] in _TRADE_KANJI or head in _TRADE_HEADS \
        or head.endswith(("ホーム", "ハウス", "ショップ", "サロン", "キッチン", "センター", "ステーション",
                          "キッチンカー", "移動販売"))  # (「キッチンカー もものすけ」: a food truck's name; stop 44)

#: A quote that opens with the town, the port or the house and の describes a business (「町の名刺屋」「港町のお店」).
DESCRIBED = re.compile(r"^(?:町|まち|街|港町|下町|村|島|浜|山|うち|店|お店|地域|地元)の")

#: Particles and auxiliaries of a phrase (not の, と, や, which join the words of a name: 麦と風, お弁当のあかぼり).
_PHRASE_PARTICLES = frozenset("に を が で から まで て ば より へ".split())

#: Auxiliaries of a phrase (辞めない, 行きたい); not だ/な/や/なら, which SudachiPy finds inside kana names (やな|だ, ならのは).
_PHRASE_AUX = frozenset("ない ぬ ん たい れる られる せる させる ます".split())

def _phrase(toks: list[Token], a: int, b: int) -> bool:
    """The quoted words hold a particle of a phrase or an auxiliary (勝手に宿題してええ店, 辞めない職場) — not the name of an
    association by its aim (「誇りある日本をつくる会」), and not a kana word SudachiPy breaks (かわら|や)."""
    inner = [t for t in toks if a <= t.start and t.end <= b]
    if inner and inner[-1].surface in ("会", "の会") or not inner:
        return False
    return any(t.start > a and t.end < b and (t.pos[0] == "助詞" and t.surface in _PHRASE_PARTICLES
                                               or t.pos[0] == "助動詞" and t.surface in _PHRASE_AUX) for t in inner)


def quoted_shop_names(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for quoted business names (see the module docstring)."""
    for m in _QUOTED.finditer(text):
        if text.startswith("」の働き", m.end(1)):
            continue  # 「室温センサー」の働き: the function of a thing, not work at a business
        if KNOWN_AS.match(text, m.start(1) - 1):
            continue  # 「ゲンさん」で通っています: a person's nickname (given.named_as), not a business
        if (_KIND_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or _VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start())) and text.startswith("」", m.end(1)):
            # 居酒屋「磯舟」, 旅館「さわたり荘」: the kind word says what the quote names — above a name guess
            # for the same characters (磯|舟 read as a surname and a given name, 0.85)
            # (kind_before: the event-quote veto of rules.find_names spares it — 直売所「ひらたない朝市」 is the market;
            # not a fair's or a festival's name, which the veto still reads: 百貨店「山形の味覚フェア」)
            event = _EVENT_END.search(m.group(1).rstrip("0123456789０１２３４５６７８９年 　")) is not None
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.86, SOURCE, "業種の語＋「」の名前",
                       data={"tier": 1, "kind_before": not event})
            continue
        if _EVENT_WORD.search(m.group(1)) and _HELD.match(text, m.end(1)):
            continue  # 「呉みなと艇庫マルシェ」を開きます: an event that is held, not a business opened
        if (text[m.start() - 1 : m.start()] == "の" and text.startswith("」", m.end(1)) and len(m.group(1)) >= 3
                and _place_before(toks, m.start() - 1) and not _EVENT_WORD.search(m.group(1))
                and not (len(m.group(1)) <= 3 and _KANJI.fullmatch(m.group(1)))  # 「両横綱」
                and not _one_common_noun(toks, *m.span(1)) and not _common_compound(toks, *m.span(1))
                and not _NOT_A_PLACE_SHOP.search(m.group(1))):
            # 米子の「やきとり大将」, 逗子の「Beach Deli ZUSHI」: a town, の and a quoted name — a shop of that town
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "地名＋の＋「」の名前",
                       data={"tier": 1})
            continue
        if (text.startswith(("」を開く", "」を開け"), m.end(1))
                and (_DIGIT.search(m.group(1)) or m.group(1).endswith(("会", "会議", "式", "祭", "展", "日", "夜", "夕べ")))):
            continue  # 「第3回 総会」を開く, 「ほたるの夕べ」を開く: a meeting or an evening that is held
        if (_QUOTED_CONTEXT.match(text, m.end(1)) and not KNOWN_AS_BARE.match(text, m.start(1) - 1)
                # (市場では「ジェイ」で通ってます: what someone is known as, a person as often as a shop — rules.given and
                # rules.aliases read it; stop 44, read names dev wave 16)
                # 「日の出湯」「楓庵」「みやま荘」: a quoted name ending in a shop word (not one dictionary word: 「部屋」)
                or (m.group(1)[-1] in _SHOP_ENDS and len(m.group(1)) <= 10 and text.startswith("」", m.end(1))
                    and not _one_common_noun(toks, *m.span(1)) and not m.group(1).endswith(_NOT_SHOP_ENDINGS))
                # 「ふじや」さん: a kana name + や called with さん is a shop (屋), as いづみやさん is
                or (len(m.group(1)) >= 3 and m.group(1).endswith("や") and _HIRA.fullmatch(m.group(1)) is not None
                    and text.startswith("」さん", m.end(1)))
                or (_KIND_NO_BEFORE.search(text[max(0, m.start() - 9) : m.start()]) and not _one_common_noun(toks, *m.span(1))
                    and not _SAME_SHOP_NO.search(text[max(0, m.start() - 4) : m.start()]))
                # 「竹屋敷工房」「あおば製作所」: the quotes make a common word + a business suffix a name (unquoted,
                # 竹細工工房 stays a kind of workshop); two characters at least before the suffix, not …の工房
                or (text.startswith("」", m.end(1)) and _quoted_suffix(m.group(1)))):
            if _EVENT_END.search(m.group(1)):
                continue  # 百貨店の「大地の恵みフェア」に出す: a fair or a festival, no business (n-dev-557)
            if DESCRIBED.match(m.group(1)) or _phrase(toks, *m.span(1)) or (
                    _FOOD_END.search(m.group(1)) and not _ORDERED_FROM.match(text, m.end(1))):
                # (「かもめ弁当」に委託: a food's name a business is given work as is the business; stop 43)
                continue  # 「町の名刺屋」, 「勝手に宿題してええ店」, 「受注から納品まで」: a description or a phrase, no name
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "「」の名前＋事業の文脈",
                       data={"tier": 1})
    for m in _QUOTED_SPACED.finditer(text) if "「" in text else ():
        # 「中華そば からはし」, 「Trattoria みずは」, 「湯宿 おと葉」: a kind word, a space and a name fill the quote
        head, name = re.split(r"[ 　]", m.group(1), maxsplit=1)
        if _PRODUCT_TAIL.search(name) and not _shop_kind(head):
            continue  # 「ぷるぷる ふく皮せんべい」「とうほう 日々の器」「社労士に聞く 職場のモヤモヤ」: a product's, a series' or an
            # event's name after its brand — no shop's kind word before the space (a-dev-2xx/3xx ordinary-word residue)
        if _PARTICLE_END.search(head):
            continue  # 「北の町から こんにちは」: a phrase ending in a particle before the space is a title, no shop's kind word
        if (not _DIGIT.search(_LICENCE.sub("", head)) and not _DIGIT.search(name) and not m.group(1).isascii() and name not in _SHOP_WORD_ON
                and name not in _STOP_NAME and not _EVENT_WORD.search(m.group(1))
                # a kanji head ends in a trade's character (陶房, 湯宿, ひもの処), not a thing's (伏流水 しずく: a product) —
                # unless what follows the quote is said of a shop (「倉吉絣 はたや」を開く, 「具雑煮 かんざき」を教えてもらった)
                and not (_KANJI_END.search(head) and head[-1] not in _TRADE_KANJI and head not in _TRADE_HEADS
                         and not _SHOP_AFTER_QUOTE.match(text, m.end(1)))
                and not (head.isascii() and _LATIN_LETTER.search(name))  # 「CRYSTAL BALLカードミラー」: a product
                # 「小田原ひのき 手彫り実印」: two or more dictionary common nouns describe a product, no name
                and not _common_compound(toks, m.start(1) + len(head) + 1, m.end(1))):
            # (not 「第3回 総会」, 「せともの祭 陶芸コンペ2019」: an event; 「Hello World」: the Latin rule's)
            yield Span("ORGANIZATION", m.start(1), m.end(1), m.group(1), 0.6, SOURCE, "「業種の語＋空白＋名前」",
                       data={"tier": 1, "kind_prefix": m.group(1)[: len(head) + 1], "core": name})
    for m in _QUOTED_KANA_SHOP.finditer(text) if "「" in text else ():
        # 「エグチのにくや」, 「まるやまのとうふや」: a shop called by its trade in kana, after a name and の
        yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.7, SOURCE, "「名前＋の＋かなの店の語」", data={"tier": 1})
    for m in _QUOTED_KANA_TRADE.finditer(text) if "「" in text else ():
        # 「からさわ建具」, 「やまね工務店」: a kana name and a business word fill the quote
        head_end = m.start(2)
        last = next((t for t in reversed(toks) if t.start < head_end <= t.end), None)
        if (org_end(m.group(2)) == m.group(2) and m.group(2) not in _WEAK_SUFFIX and m.group(1) not in _STOP_NAME
                and (last is None or last.pos[0] not in ("形容詞", "動詞", "助動詞", "助詞") or last.end != head_end)):
            yield Span("ORGANIZATION", m.start(1), m.end(2), m.group(1) + m.group(2), 0.7, SOURCE, "「かなの名前＋業種の語」",
                       data={"tier": 1})
