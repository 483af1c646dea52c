"""What the rules know is not a name, applied to the learned tier's spans (``jp.names.model.v1``).

The rule tier never proposes these, but the CRF (trained on GSD, not on business writing) does, and
the combination step adds a model span wherever no rule span lies. Measured on the hand-written dev
set (issue #11): the model's organisations made of ordinary words were all wrong there (日時, 部署,
編集部, ふりかえり会, プレスリリース, a newsletter's title), while on GSD dev the ones it got right end in an
organisation word (上院, 統一日報, 鋼龍戦隊, 名進信徒会). So a model span is dropped when:

* it is made only of dictionary common nouns (no proper noun, unknown word, Latin or number) and
  does not end in an organisation word (:data:`~tokumei.detect.names.lexicon.ORG_SUFFIXES`), or ends
  in a one-character one (部 会 団 …) right after a single verbal noun or verb (編集|部, ふりかえり|会);
* it is an ORGANIZATION made only of place names and municipality words (仙台市青葉区: an address,
  which the address recognizer reports) or ending in a place word (高尾駅, 駅前公園);
* it is a lone surname that names the thing in its sentence (清水が湧き出る, 小川が流れる — the person
  rule's own test, :data:`~tokumei.detect.names.rules.surname_things._NATURE_AFTER`).

例::

    >>> not_a_name("日時：10/3 14時～", "ORGANIZATION", 0, 2)
    True
    >>> not_a_name("ミナト商事の社長", "ORGANIZATION", 0, 5)
    False
    >>> not_a_name("ポプラの店主", "ORGANIZATION", 0, 3)  # a katakana word may be a shop's name
    False
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from tokumei.detect.names.lexicon import FORM_ANSWERS, HONORIFICS, KNOWN_BODIES, NOT_NAMES, TITLES, VOICE_PARTS
from tokumei.detect.names.rules.base import _KATA, _KATA_COMMON, _WEAK_SUFFIX, org_end
from tokumei.detect.names.rules.org_words import _COMMON_ACRONYMS, _CRAFT_END, _KATA_GENERIC_ORG, _PLACE_END
from tokumei.detect.names.rules.surname_things import surname_is_a_thing
from tokumei.detect.names.tokens import Token, tokenize
from tokumei.detect.wareki import ERAS, OLD_ERAS

#: Bodies that a task names (運営委員会, 実行委員会): no name unless a proper noun comes first (統一日報 stays).
_MEETINGS = ("委員会", "協議会", "会議", "部会", "研究会", "連絡会", "検討会")
_EVENTS = ("見学会", "説明会", "研修会", "勉強会", "交流会", "懇親会", "発表会", "相談会", "講習会", "報告会", "総会", "大会",
           "祭", "祭り", "フェア", "セミナー", "ワークショップ")
#: Events the model reads as bodies when an adjective or a rarer word stands first (うまいもの|商談会, 施餓鬼会).
_MORE_EVENTS = ("商談会", "即売会", "展示会", "展示即売会", "品評会", "試食会", "運動会", "学習会", "例会", "定例会", "法要",
                "施餓鬼会", "盆踊り", "餅つき大会", "収穫祭", "感謝祭", "演奏会", "上映会", "朗読会", "作品展")
_MUNICIPAL = frozenset("市 区 町 村 郡 県 都 府 道".split())
_SEP = frozenset({"・", " ", "\u3000"})


_STARTS: list = [None, []]  # (the token list, its starts): one text's spans look up the same tokens


def _inside(toks: list[Token], a: int, b: int) -> list[Token]:
    """Tokens overlapping ``[a, b)`` by bisection (the model has many spans on a long text)."""
    if _STARTS[0] is not toks:
        _STARTS[0], _STARTS[1] = toks, [t.start for t in toks]
    starts = _STARTS[1]
    i = max(0, bisect_right(starts, a) - 1)
    j = bisect_left(starts, b)
    return [t for t in toks[i:j] if t.start < b and a < t.end]


#: Katakana common nouns that head documents and sections, never a business's name.
_KATA_HEADINGS = frozenset("プレスリリース ニュースリリース リリース ニュースレター ニュース インフォメーション レポート メモ "
                           "アンケート スケジュール プログラム プロフィール インタビュー コラム トピックス イベント "
                           "セミナー ワークショップ ミーティング".split())


def _ordinary(t: Token) -> bool:
    """A dictionary common noun; a katakana one only when it is a generic word (a katakana common
    noun can be a shop's name: ポプラ, コスモス), so recall is kept."""
    if t.surface.isascii() and (t.surface.upper() in _COMMON_ACRONYMS or (len(t.surface) == 1 and t.surface.isalpha())):
        return True  # PTA運営委員会, OB会, 「Q　設計課の…」 (a question's letter)
    if not (t.pos[0] == "名詞" and t.pos[1] == "普通名詞" and not t.oov):
        return False
    return not _KATA.fullmatch(t.surface) or t.surface in _KATA_HEADINGS or t.surface in _KATA_GENERIC_ORG or t.surface in _KATA_COMMON


#: A year or date (明治二十一年, 2019年春) or an award's name (〜ブランド賞, 〜大賞, 〜グランプリ) is never a person or a body.
_DATE_OR_AWARD = re.compile(r"(?:明治|大正|昭和|平成|令和)?[0-9０-９〇一二三四五六七八九十百千元]+年(?:度|頃|春|夏|秋|冬)?"
                            r"(?:[0-9０-９一二三四五六七八九十]+月(?:[0-9０-９一二三四五六七八九十]+日)?)?"
                            r"|.{1,20}(?:大賞|[^受]賞|奨励賞|グランプリ|アワード|AWARD)")


#: The end of a quoted event's name (「東海左官技能競技会」「九州ふるさと食品コンクール2025」「西ノ島蔵びらき」).
_EVENT_QUOTE_END = re.compile(r"(?:競技会|鑑評会|品評会|評価会|共進会|発表会|コンクール|コンテスト|グランプリ|選手権|大会|フェア|"
                              r"フェスタ|フェス|マルシェ|蔵びらき|蔵開き|まつり|祭り?|展|市)[\s0-9０-９年]*」")


def in_event_quote(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` lies inside 「…」 that names an event (ends in 競技会, 鑑評会, コンクール2025 …): the organisation
    the span looks like is part of the event's name, which anonymize flags as an event (its places still go).
    例: ``in_event_quote("「山陰しょうゆ鑑評会」で", 1, 8) is True``"""
    o = text.rfind("「", 0, a + 1)
    if o < 0 or "」" in text[o:a] or "\n" in text[o:a]:
        return False
    c = text.find("」", b)
    return c >= 0 and "\n" not in text[b:c] and bool(_EVENT_QUOTE_END.search(text, o, c + 1)) and \
        _EVENT_QUOTE_END.search(text, o, c + 1).end() == c + 1


#: How often something is held, at an organisation's start (一度おはなし会, 毎月の定例会).
_HOW_OFTEN = re.compile(r"(?:[一二三四五六七八九十数何]+(?:度|回)|(?:毎月|毎週|毎年|毎日|年に|月に)の)")  # (not 毎日新聞)
#: Offices of a body named by their kind only.
_GENERIC_OFFICES = frozenset("法人本部 本部 本社 本店 支社 事務局 法人事務局 本部事務局 総務部 経理部 営業部".split())
#: Kinds of radio station, no station's name.
_GENERIC_STATIONS = frozenset("コミュニティFM コミュニティーFM コミュニティエフエム ローカルFM コミュニティラジオ コミュニティ放送 "
                              "FM局 ラジオ局 地元FM".split())


#: A nursery's or a school's class named in kana (ふじ組, さくら組, ひまわり組): no organisation (stop 44, read dev wave 16).
KANA_CLASS = re.compile(r"[ぁ-ゖ]{2,5}組")
#: What a quoted sweet or dish ends in (「いそなでまんじゅう」, 「ひるぜん雲海ソフトクリーム」): a product, no body.
_FOOD_END = ("まんじゅう", "饅頭", "ソフトクリーム", "ジェラート", "プリン", "せんべい", "煎餅", "羊羹", "ようかん", "大福", "だんご", "団子",
             "もなか", "最中", "カステラ", "ケーキ", "どら焼き", "どら焼", "ロールケーキ", "アイス", "ジャム", "弁当", "定食", "丼", "カレー",
             "ラーメン", "コロッケ", "バーガー", "サンド", "ソーダ", "サイダー", "ジュース")


def not_a_name(text: str, label: str, a: int, b: int) -> bool:
    """True when the model's ``label`` span ``text[a:b]`` is an ordinary word or a place (see the module)."""
    if label not in ("PERSON", "ORGANIZATION"):
        return False
    toks = [t for t in _inside(tokenize(text), a, b) if t.surface not in _SEP]
    if not toks:
        return False
    s = text[a:b]
    if label == "PERSON" and s in NOT_NAMES:
        return True  # 本園は…: a word that takes さん but names no one (the model read it as a surname)
    if label == "PERSON" and (s in FORM_ANSWERS and text[a - 1:a] in ("：", ":") or s in VOICE_PARTS
                              and text[a - 1:a] in ("（", "(") and text[b:b + 1] in ("）", ")")):
        return True  # 確認：済, 宇津木 花さん（アルト）: a form's answer, a choir member's part (stop 41, read dev wave 13)
    if label == "ORGANIZATION" and in_event_quote(text, a, b) and any(t.pos[2] == "地名" for t in toks):
        # 「東海左官技能競技会」: an event's name, not a body; its place (東海) is reported by the place rules and goes.
        # Without a place SudachiDict knows inside (「西ノ島蔵びらき」) the span stays: the name would leak whole.
        return True
    if label == "ORGANIZATION" and KANA_CLASS.fullmatch(s) and text[a - 1:a] not in ("「", "『"):
        return True  # 12月から、ふじ組に新しい先生: a nursery's class
    if (label == "ORGANIZATION" and s.endswith(_FOOD_END) and text[a - 1:a] in ("「", "『") and text[b:b + 1] in ("」", "』")
            and not org_end(s)):
        return True  # 看板の「いそなでまんじゅう」: a quoted sweet (stop 44, read names dev wave 16)
    if label == "ORGANIZATION" and s in _GENERIC_OFFICES:
        return True  # お問い合わせは法人本部（…）へ: the body's own office, no name (stop 43, read names dev wave 15)
    if label == "ORGANIZATION" and s in _GENERIC_STATIONS:
        return True  # 県西部で初めてのコミュニティFMだ: the kind of station (stop 41)
    if label == "ORGANIZATION" and _HOW_OFTEN.match(s):
        return True  # 月に一度おはなし会をしています: how often, then an event (stop 41)
    if label == "ORGANIZATION" and s.endswith("店") and len(s) <= 4 and all(
            _ordinary(t) or (t is toks[-1] and t.surface == "店" and t.pos[0] == "接尾辞") for t in toks):
        return True  # 取次店は錦町にもある, 代理店, 販売店: a kind of shop in ordinary words (stop 41)
    if _DATE_OR_AWARD.fullmatch(s):
        return True  # 明治二十一年 (the model's PERSON), 「くまもと物産ブランド賞」 (an award, not a body)
    if label == "PERSON" and len(toks) == 1 and toks[0].pos[3] == "姓" and surname_is_a_thing(text, a, b):
        return True  # 清水が湧き出る, 湧き出る清水は
    if label == "ORGANIZATION" and s.endswith(_EVENTS + _MORE_EVENTS) and not any(t.pos[1] == "固有名詞" or t.oov for t in toks):
        return True  # うまいもの商談会, 施餓鬼会: an event of ordinary words, whatever their parts of speech
    if label == "ORGANIZATION" and len(toks) >= 2 and all(_ordinary(t) for t in toks[1:]) and (
            toks[0].pos[0] == "動詞" and len(toks[0].surface) >= 2 or toks[0].surface in _WHEN_WORDS):
        return True  # 手入れを請け負う|林業グループ, 若い|ころ|山岳会: a clause's verb or a word of when before ordinary words
        # (stop 42, read names dev wave 14; anonymize wrote 「手入れをA社」; not 掲載|し|文藝春秋社: a verb's stem alone)
    if all(_ordinary(t) or t.pos[0] in ("補助記号", "動詞") for t in toks):
        if s in KNOWN_BODIES:
            return False
        end = org_end(s)
        if end is None or label == "PERSON":
            return True  # 日時, 部署, プレスリリース, 赤・白・青
        rest = [t for t in toks if t.end <= b - len(end)]
        if end in _WEAK_SUFFIX and len(end) == 1 and len(toks) == 1:
            return True  # 編集部, 部署, 役員会: one dictionary word (a department or meeting, not a name)
        if (end in _WEAK_SUFFIX and len(end) == 1 and len(rest) == 1
                and (rest[0].pos[2] == "サ変可能" or rest[0].pos[0] == "動詞" or not re.search(r"[\u4e00-\u9fff]", rest[0].surface[-1:]))):
            return True  # 編集|部, ふりかえり|会
        if s.endswith(_EVENTS):
            return True  # 職場見学会, 説明会: an event
        if s.endswith(_MEETINGS) and (len(toks) == 1 or rest and all(t.pos[2] == "サ変可能" or t.surface.isascii() for t in rest)):
            return True  # PTA|運営|委員会, 実行|委員会: a committee named by its task
        return False
    if label == "ORGANIZATION":
        if all((t.pos[1] == "固有名詞" and t.pos[2] == "地名") or t.surface in _MUNICIPAL for t in toks):
            return True  # 仙台市青葉区: an address
        if s.endswith(_PLACE_END) and toks[-1].surface.endswith(_PLACE_END) and not org_end(s):
            return True  # 高尾駅
        if len(toks) == 1 and toks[0].surface.endswith(_CRAFT_END) and not org_end(s):
            return True  # 直売所, 有田焼: a thing SudachiDict lists as a proper noun
    return False


#: Nouns of when that open a clause's adverbial (若いころ, 子どものとき): no organisation's name starts with them.
_WHEN_WORDS = frozenset("ころ 頃 ごろ とき 時 ため うち ほど あと 後 まえ 前".split())


#: An SNS handle (@miku_zuan, @kaito_ysz): anonymize removes it whole as an account (a risk), so a name read inside it
#: (miku, kaito, ysz, or the handle as an organisation) is no name of its own (stop 36, n-dev-1272/1273: 6 false spans).
_HANDLE = re.compile(r"(?<![A-Za-z0-9_.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")


def drop_in_handles(view, spans: list):
    """Post step: PERSON/ORGANIZATION spans of the names tier that lie inside an SNS handle go.
    例: 「みく｜図案と活版 @miku_zuan」 → only 「みく」 stays"""
    text = view.original
    if "@" not in text:
        return spans
    handles = [m.span() for m in _HANDLE.finditer(text)]
    return [s for s in spans if not (s.label in ("PERSON", "ORGANIZATION") and s.source.startswith("jp.names.")
                                     and any(a <= s.start and s.end <= b for a, b in handles))]


#: Words glued after a surname that still say a person or a household (佐藤家, 山田宅, 田中一家, 鈴木夫妻, 森たち).
_PERSON_GLUED = frozenset("家 宅 邸 方 家族 一家 夫妻 夫婦 親子 兄弟 姉妹 一同 ら たち 達 氏 君 側 さん 様 殿 家系 一族 父子 母子".split())
#: The learned tier's probability below which a lone surname glued to a common noun is that noun's first word.
COMPOUND_P = 0.1


def surname_in_a_compound(text: str, s) -> bool:
    """A lone surname of the rules (人名（姓）) the model doubts (p < :data:`COMPOUND_P`) and that is glued to a common
    noun or a noun suffix with nothing between — 雪下|にんじん, 懸場|帳, 高原|野菜, 桐下|駄: the first word of a compound,
    no person (stop 36, names and anonymize dev less waves 9–10: 9 such spans, none a gold person; the anonymized text
    had 「A氏にんじん」). Not before a title, an honorific or a household's word (佐藤家, 田中部長).
    例: ``surname_in_a_compound("雪下にんじん", Span("PERSON", 0, 2, "雪下", .55, "x", "人名（姓）", data={"p": .03}))``"""
    d = s.data or {}
    if s.label != "PERSON" or not (s.reason or "").startswith("人名（姓）") or d.get("p", 1.0) >= COMPOUND_P:
        return False
    if not re.match(r"[\u4e00-\u9fff々ぁ-ゖ]", text[s.end : s.end + 1]):
        return False
    nxt = next((t for t in tokenize(text) if t.start == s.end), None)
    return nxt is not None and (nxt.pos[:2] == ("名詞", "普通名詞") or nxt.pos[0] == "接尾辞") \
        and nxt.surface not in TITLES and nxt.surface not in HONORIFICS and nxt.surface not in _PERSON_GLUED


def kana_after_a_verb(text: str, s) -> bool:
    """A hiragana given name of the rules (人名（名）) glued right after a verb: 土佐弁's progressive 〜ゆう (やり|ゆう,
    呼び|ゆう) and such endings, no person (stop 36, anonymize dev: 「呼びA氏」). 例: ``kana_after_a_verb("呼びゆう", span)``"""
    if s.label != "PERSON" or not (s.reason or "").startswith("人名（名）") or not re.fullmatch(r"[ぁ-ゖ]+", s.text) \
            or s.start == 0 or not re.match(r"[\u4e00-\u9fff々ぁ-ゖ]", text[s.start - 1]):
        return False
    prev = next((t for t in tokenize(text) if t.end == s.start), None)
    return prev is not None and prev.pos[0] == "動詞"


#: A crop's or a plant's garden (ぶどう園を始めた, 栗園で拾った栗): the kind of farm, no name (stop 44, read dev wave 16).
_CROP_GARDEN = re.compile(r"(?:ぶどう|ブドウ|葡萄|栗|くり|りんご|リンゴ|林檎|みかん|ミカン|蜜柑|梨|なし|桃|もも|いちご|イチゴ|苺|柿|梅|"
                          r"ブルーベリー|さくらんぼ|サクランボ|キウイ|オリーブ|レモン|ハーブ|バラ|ばら|薔薇|茶|果樹)園")
#: Parts of speech a name does not end in: what stands before a crop's garden that is no farm's own name.
_NOT_NAME_END = ("助詞", "助動詞", "補助記号", "空白", "動詞", "形容詞", "副詞")
#: Era names, before 明治 too (:data:`tokumei.detect.wareki.OLD_ERAS`), and what follows an era (元年, 年間, 三年, 時代, 末期).
_ERA_NAMES = frozenset(OLD_ERAS) | frozenset(e.name for e in ERAS)
_ERA_YEAR = re.compile(r"(?:元年|年間|[0-9０-９〇一二三四五六七八九十]{1,4}年|時代|初期|中期|末期|期)")
#: A kanji numeral and a counter before 目 (三季目を迎えます, 二期目): an ordinal, no given name (stop 44, read dev wave 16).
_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}[季期代回年度巡周場]")


def era_year(text: str, a: int, b: int) -> bool:
    """text[a:b] is an era's name before its year (天保年間, 天保元年, 文政三年, 明治時代): no place, whatever SudachiDict lists.
    例: ``era_year("天保年間の創業", 0, 2) is True``"""
    return text[a:b] in _ERA_NAMES and _ERA_YEAR.match(text, b) is not None


def ordinary_word(text: str, toks: list[Token], sp) -> bool:
    """A rule span that is an ordinary word of the text (stop 44, read dev wave 16): a kanji numeral and a counter before 目
    (三季目), a crop's garden with no name glued before it (ぶどう園を始めた; not と|おわ|栗園), a one-letter hiragana "given
    name" (ぐ|じょう), a class named in kana outside quotes (ふじ組に新しい先生; 「みやら組」 is a builder's name) — also when a
    place rule took its kana (ふじ|組); an era before its year (:func:`era_year`).
    例: ``ordinary_word("北房でぶどう園を始めた", tokenize(...), Span(ORGANIZATION ぶどう園))`` is True"""
    if sp.label == "PERSON" and (text.startswith("目", sp.end) and _ORDINAL.fullmatch(sp.text)
                                 or len(sp.text) == 1 and "ぁ" <= sp.text <= "ゖ"):
        return True
    if era_year(text, sp.start, sp.end):
        return True  # 天保年間の創業, 天保元年（1830年）: an era, no place SudachiDict also lists (stop 44)
    if sp.label in ("PERSON", "ORGANIZATION") and _CROP_GARDEN.fullmatch(sp.text):
        t = next((t for t in toks if t.end == sp.start), None)
        return t is None or t.pos[0] in _NOT_NAME_END
    return (sp.label in ("ORGANIZATION", "LOCATION") and text[sp.start - 1:sp.start] not in ("「", "『")
            and KANA_CLASS.fullmatch(text, sp.start, sp.end + (sp.label == "LOCATION")) is not None)
