"""Tier 1: PERSON and ORGANIZATION from rules on SudachiPy tokens (``jp.names.rules.v1``).

Rules (word lists in :mod:`.lexicon`):

* PERSON — runs of 名詞-固有名詞-人名 tokens (姓/名/一般, katakana names joined by ・ or ＝);
  any name-like token(s) directly before an honorific (さん 様 氏 君 殿 …); a proper noun before a
  title (社長 部長 …). The span is the bare name; the honorific/title is ``data["title"]``.
* ORGANIZATION — a legal form (株式会社 ㈱ (株) 医療法人 NPO法人 …) with the name next to it;
  a proper-noun-like name before a business suffix (〜商店 〜事務所 〜クリニック 〜大学 …), or a
  hiragana name before it (さとう社労士事務所, やまだ陶苑; not 当事務所/ひとり事務所); units written on
  join the body (九州大学大学院法学研究院); 〜屋/〜堂 after a proper noun (山田屋, not 部屋);
  a place + 支店/支社/営業所/工場/店 (島田支店, ``data["kind"] = "branch"``; never a person);
  organisation contexts (〜へ移籍, 〜に入社, 〜と契約, 〜所属, 〜を設立, 「X」という会社, 所属事務所は X,
  〜旅団長, 〜県議会議員); public bodies and well-known names written bare (国会, 警視庁, 楽天, NHK;
  巨人/広島 only in a sports context); a municipality acting (大阪市が).
* PERSON extras — a katakana word SudachiPy stores as a common noun after a kinship word
  (の子 X) or before a person-only title (X王, X選手); a surname + short given name between listed
  people. Not people: a katakana name word modifying a noun (ダイムラー偵察車), a piece of a longer
  katakana word, a name before 語/人/派, a lone upper-case word (JUDY).
* Family and repeated surnames — 山田家の長男 (a surname + 家 + a family word) is PERSON 山田 with
  ``data["title"] = "家"`` (anonymize: A家の長男); without such context 〜家 stays a house/clan
  organisation (島津家が). A one-kanji surname already found as a person (林さん) is found again in a
  person's slot (担当の林です, 林宛, 林と申します, 林が言った), never inside 林業.
* Shops — a name + trade word (岡田酒店, 鈴木生花店, 田中|米|店, 中村屋); not 本屋/酒屋さん/近所の酒店.
* Tables — cells under name headers (姓 名 セイ メイ 氏名 フリガナ …) are people, one per row
  (:mod:`.tables`).

例::

    >>> from tokumei.detect.textview import TextView
    >>> [(s.label, s.text, (s.data or {}).get("title")) for s in find_names(TextView("田中先生と山田社長"))]
    [('PERSON', '田中', '先生'), ('PERSON', '山田', '社長')]
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from tokumei.span import Span
from tokumei.detect.textview import TextView
from tokumei.detect.names.lexicon import (
    CORE_HONORIFICS, HONORIFICS, HOUSEHOLD_AFTER, LEGAL_FORMS, NOT_NAMES, ORG_REFERENCES, ORG_SUFFIXES,
    PERSON_REFERENCES, SHOP_SUFFIXES, SHOP_TRADES, TITLES, KNOWN_BODIES, FAMOUS_ORGS, SPORTS_TEAM_WORDS, SPORTS_CONTEXT,
)
from tokumei.detect.names.tables import find_table_people
from tokumei.detect.names.tokens import Token, person_readings, tokenize

SOURCE = "jp.names.rules.v1"
_KATA = re.compile(r"[ァ-ヴー・＝=]+")
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ.&'\-]*")
_KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")
_JOIN = frozenset("・＝=")
_PLACE_AFTER = frozenset("町 村 市 区 県 郡 駅 線 川 山 島 橋 通り 丁目 港 湾 峠 寺 神社 城 公園 温泉".split())
_WEAK_SUFFIX = frozenset("社 会 団 部 局 署 家 軍 党 省 庁 組 リーグ クラブ".split())
_FOLD = str.maketrans("（）", "()")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_CAPITAL = re.compile(r"[A-Z][a-z]+")
_NOT_ORG = frozenset("明治 大正 昭和 平成 令和 江戸 大和 日本 Twitter".split())
_PLACE_END = ("駅", "公園", "線", "橋", "川", "山", "島", "港", "ツリー", "タワー", "寺", "神社", "城")
_COMMON_ACRONYMS = frozenset(
    "DX IT AI IOT EC SNS PC HP CEO CFO COO CTO PR QR TV CM OA OS PDF CSV URL ATM USB IC CPU GDP "
    "NPO NGO LLC OB OG BtoB BtoC KPI ROI SEO SDGS ESG DVD CD LED LAN GPS SF FM AM UFO DNA RNA IQ "
    "OL ID PIN SIM LINE WEB API APP AV BGM MC DJ VIP MVP TOP NO ON OFF OK NG UP FAQ PS TEL FAX".upper().split()
)
#: After an organisation's name (ドジャースへ移籍, Xに入団, Xと契約, X所属): the name is a team/company.
_ORG_CONTEXT = tuple(
    "へ移籍 に移籍 に入団 に入社 に加入 を退団 を退社 と契約 に所属 所属 の下部組織 の傘下 の子会社 の親会社 "
    "の本社 の株主 の株式 の社員 の役員 の経営 を設立 が設立 を創業 が創業 を結成 が結成 を創設 に合流 "
    "を買収 が買収 と合併 が合併 の創業者 の前身".split()
)
#: 「X」という会社 / Xという団体: X names an organisation.
_KIND_WORDS = frozenset("会社 企業 団体 組織 法人 グループ バンド ユニット チーム 球団 クラブ 劇団 事務所 店 お店 "
                        "レーベル 出版社 新聞社 学校 病院 協会 組合".split())
#: 所属事務所は X / 所属チーム：X — X is an organisation.
_AFFILIATION = ("所属事務所", "所属チーム", "所属球団", "所属クラブ", "所属団体", "所属レーベル", "所属先")
#: Contexts after which even a place name is a team (スパルタ・ロッテルダムへ移籍).
_TEAM_CONTEXT = tuple("へ移籍 に移籍 に入団 に加入 と契約 に所属 所属".split())
_ORG_CONTEXT_FIRST = frozenset(c[0] for c in _ORG_CONTEXT)
_ORG_CONTEXT_BY_FIRST: dict[str, tuple[str, ...]] = {
    f: tuple(c for c in _ORG_CONTEXT if c[0] == f) for f in _ORG_CONTEXT_FIRST
}
#: Compound tokens made of a body's name and a member title (参議院議員, 県議会議員): the body is an organisation.
_MEMBER_TITLES = ("議員", "議長", "委員長", "委員")
_BODY_ENDS = ("議会", "議院", "委員会")
_PROFESSIONS = frozenset("税理士 社労士 社会保険労務士 司法書士 行政書士 会計士 公認会計士 弁護士 弁理士 "
                         "中小企業診断士 診断士 土地家屋調査士 設計士 建築士".split())
_GENERIC_SUFFIX = frozenset(
    "放送 ホテル テレビ 新聞 出版 書店 食堂 旅館 薬局 病院 銀行 保険 証券 生命 家庭 グループ "
    "開発 企画 設計 印刷 食品 不動産 住宅 ハウス 介護 センター ケアセンター サロン 美容室 物流 運輸 航空 鉄道".split()
)
_LIST_SEP = frozenset("と 、 ・ や ，".split())
PRE_TITLES = frozenset("王子 王女 王 女王 国王 皇帝 皇后 皇太子 将軍 大統領 首相 議員 選手 監督 博士 教授 司令官 提督 元帥 夫人 神父 牧師 騎士".split())
#: Kinship words: 「Xの子 Y」「Xの妻 Y」 — a katakana word right after is the relative's name.
KIN_BEFORE = frozenset("子 息子 娘 妻 夫 父 母 兄 弟 姉 妹 長男 次男 三男 長女 次女 孫 甥 姪 弟子 養子 後継者".split())
#: Person-only titles after a katakana word SudachiPy stores as a common noun (テーレポス王).
PERSON_AFTER_KATA = frozenset("王 女王 卿 氏 選手 投手 捕手 監督 容疑者 被告 教授 博士 大統領 首相 皇帝 将軍 司令官 神父 牧師 夫人".split())
#: Katakana common nouns that precede such words as roles, not names (チーム監督, プロ選手).
_KATA_COMMON = frozenset("チーム クラブ リーグ ゲスト プロ アマ ユース コーチ ヘッド メジャー マイナー トップ エース "
                         "ベテラン ルーキー サッカー テニス ゴルフ ラグビー バレー バスケット ボクシング スキー "
                         "ピッチャー キャッチャー オーナー スター ロック ポップ ジャズ ダンス レース".split())
#: Katakana common nouns for kinds of organisation (大手メーカーに入社): not a name in an organisation context.
_KATA_GENERIC_ORG = frozenset("メーカー ベンチャー スタートアップ ゼネコン サプライヤー ディーラー ベンダー クライアント "
                              "ショップ ストア オフィス カンパニー ファーム エージェンシー プロダクション レーベル グループ "
                              "ユニット バンド チェーン フランチャイズ コンビニ スーパー デパート ホテル クリニック サロン "
                              "センター スクール アカデミー ブランド パートナー ベンダー".split())
_SUBJ = frozenset("が は の を に と から で も によると".split())
_LEGAL_RE = re.compile("|".join(re.escape(unicodedata.normalize("NFKC", x)) for x in sorted(LEGAL_FORMS, key=len, reverse=True)))
_REGNAL = re.compile(r"[0-9０-９一二三四五六七八九十]+世")
_OPEN = frozenset("「『“\"〈《【")
_CLOSE = frozenset("」』”\"〉》】")


def _text_after(toks: list[Token], j: int, width: int = 6) -> str:
    return "".join(t.surface for t in toks[j : j + width])


def _norm(s: str) -> str:
    return s.translate(_FOLD) if "（" in s else s


def _is_pn(t: Token) -> bool:
    return t.pos[1] == "固有名詞" and t.pos[2] == "人名"


def _is_proper(t: Token) -> bool:
    return t.pos[1] == "固有名詞"


def _namey(t: Token) -> bool:
    """Could be (part of) a proper name: proper noun, katakana, Latin or unknown word."""
    s = t.surface
    return _is_proper(t) or t.oov or bool(_KATA.fullmatch(s)) or bool(_LATIN.fullmatch(s))


def _nounish(t: Token) -> bool:
    p = t.pos
    s = _norm(t.surface)
    if s in _PROFESSIONS:
        return True  # すずき社労士事務所: part of an office name (the honorific rule checks titles itself)
    if s in TITLES or s in HONORIFICS or s in LEGAL_FORMS or s in ORG_REFERENCES or s in PERSON_REFERENCES:
        return False
    if p[0] == "名詞" and p[1] != "数詞" and p[2] != "副詞可能":
        return True
    if p[0] == "接頭辞" or (p[0] == "接尾辞" and p[1] == "名詞的"):
        return True
    return p[0] == "補助記号" and s in ("・", "&", "＆", "ー")


_TITLE_FIRST = frozenset(x[0] for x in HONORIFICS | TITLES)


def _title_at(toks: list[Token], j: int) -> str | None:
    """The honorific/title made of the tokens from ``j`` (部長, or 部|長 split by SudachiPy)."""
    if j >= len(toks) or toks[j].surface[:1] not in _TITLE_FIRST:
        return None
    acc, best = "", None
    for m in range(j, min(j + 3, len(toks))):
        acc += toks[m].surface
        if acc in HONORIFICS or acc in TITLES:
            best = acc
    return best


def _person(toks: list[Token], i: int, j: int, score: float, reason: str, title: str | None) -> Span:
    a, b = toks[i].start, toks[j - 1].end
    parts = [(t.surface, t.pos[3]) for t in toks[i:j] if _is_pn(t)]
    data: dict = {"tier": 1, "parts": parts}
    if title:
        data["title"] = title
    text = "".join(t.surface for t in toks[i:j])
    return Span("PERSON", a, b, text, score, SOURCE, reason, data=data)


def _people(toks: list[Token]) -> Iterator[Span]:
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if _is_pn(t) and t.surface not in NOT_NAMES and not (len(t.surface) == 1 and t.surface.isascii()):
            j = i + 1
            while j < n:
                u = toks[j]
                if _is_pn(u) and u.surface not in NOT_NAMES:
                    j += 1
                elif (toks[j - 1].pos[3] == "姓" and j - i == 1 and _KANJI.fullmatch(u.surface)
                      and u.pos[0] in ("名詞", "形状詞") and "名" in person_readings(u.surface)
                      and (j + 1 >= n or toks[j + 1].pos[0] in ("助詞", "補助記号", "空白") or _title_at(toks, j + 1))):
                    j += 1  # 田中未来は: a given name SudachiPy read as a common word here
                elif (u.surface in (" ", "\u3000") and j + 1 < n and toks[j - 1].pos[3] == "姓"
                      and _is_pn(toks[j + 1]) and toks[j + 1].pos[3] == "名"):
                    j += 2  # 佐藤 花子 (space between surname and given name)
                elif (u.surface == " " and j + 1 < n and _is_pn(toks[j + 1]) and _LATIN.fullmatch(toks[j - 1].surface)
                      and _LATIN.fullmatch(toks[j + 1].surface)):
                    j += 2  # John Smith
                elif (u.surface in _JOIN and j + 1 < n and _KATA.fullmatch(toks[j - 1].surface)
                      and _KATA.fullmatch(toks[j + 1].surface)):
                    j += 2  # ウォルター・ローリー (not 鉄裁・夜一, a list)
                elif _KATA.fullmatch(u.surface) and _KATA.fullmatch(toks[j - 1].surface) and toks[j - 1].surface in _JOIN:
                    j += 1
                else:
                    break
            m = _REGNAL.match(_text_after(toks, j))
            if m:  # エリザベス1世, ノンビリキング十三世
                k, used = j, 0
                while k < n and used + len(toks[k].surface) <= m.end():
                    used += len(toks[k].surface)
                    k += 1
                if used == m.end():
                    j = k
            nxt = toks[j].surface if j < n else ""
            if nxt == "家" and j - i == 1 and _household(toks, j):
                # 山田家の長男: a family, so 山田 is a person; 家 stays after the pseudonym (A家の長男)
                yield _person(toks, i, j, 0.75, "姓＋家（家族の文脈）", "家")
                i = j + 1
                continue
            branch = nxt in BRANCH_SUFFIXES and not (j + 1 < n and toks[j + 1].surface[:1] == "長")  # 島田支店|長: a title
            if (nxt in _PLACE_AFTER or _norm(nxt) in ORG_SUFFIXES or nxt in SHOP_SUFFIXES or branch
                    or _biz_after(toks, j)):
                i = j
                continue  # a place, a branch (島田支店) or a business named after a person, not the person
            title = _title_at(toks, j)
            if j - i == 1 and len(t.surface) >= 3 and t.surface[-1] in SHOP_SUFFIXES:
                # 山田屋さん: SudachiPy lists 山田屋 as a surname, but in business writing it is a shop
                yield Span("ORGANIZATION", t.start, t.end, t.surface, 0.7, SOURCE, "屋号（〜屋・〜堂）", data={"tier": 1})
                i = j
                continue
            kinds = {k for _, k in ((x.surface, x.pos[3]) for x in toks[i:j] if _is_pn(x))}
            multi = j - i > 1
            if not title and j - i == 1 and _KATA.fullmatch(t.surface) and _kata_glued(toks, i):
                i = j
                continue  # ガーディ|アンズ, クリー|サップ, パ—|マ: a piece of a longer katakana word
            if not title and _norm(nxt) in _NOT_PERSON_AFTER:
                i = j
                continue  # セム語, ユダヤ人, マルクス主義: a language, people or doctrine
            if not title and j - i == 1 and t.surface.isascii() and t.surface.isupper() and len(t.surface) >= 2:
                i = j
                continue  # JUDY AND MARY, DDT: an upper-case word alone is a band, brand or acronym
            if title:
                score, why = 0.9, f"人名＋敬称・役職「{title}」"
            elif multi or {"姓", "名"} <= kinds:
                score, why = 0.85, "人名（姓名）"
            elif "一般" in kinds and _KATA.fullmatch(t.surface):
                if (_KATA_MOD and j - i == 1 and j < n and toks[j].pos[0] in ("名詞", "接尾辞")
                        and not toks[j].surface.isspace()):
                    i = j
                    continue  # ダイムラー偵察車, マーベル1602: a katakana name word modifying a noun is a product/brand
                score, why = 0.6, "人名（カタカナ）"
            elif "姓" in kinds:
                score, why = 0.55, "人名（姓）"
            else:
                score, why = 0.5, "人名（名）"
            first = i
            if (_LATIN.fullmatch(t.surface) and i >= 2 and toks[i - 1].surface == " "
                    and _CAPITAL.fullmatch(toks[i - 2].surface) and toks[i - 2].surface not in NOT_NAMES):
                first = i - 2  # Taro Yamada: SudachiPy knows Yamada as a surname, not Taro
            yield _person(toks, first, j, score, why, title)
            i = j
            continue
        s = t.surface
        if t.pos[0] == "名詞" and len(s) >= 2 and _KATA.fullmatch(s) and (_is_proper(t) or t.oov or t.pos[1] == "普通名詞"):
            m = _REGNAL.match(_text_after(toks, i + 1))
            if m:  # ヘンリー8世 (a monarch: katakana word + regnal number)
                k, used = i + 1, 0
                while k < n and used + len(toks[k].surface) <= m.end():
                    used += len(toks[k].surface)
                    k += 1
                if used == m.end():
                    yield _person(toks, i, k, 0.8, "カタカナ＋世", None)
                    i = k
                    continue
            if t.oov and len(s) >= 3 and i + 1 < n and toks[i + 1].pos[0] == "助詞":
                # unknown katakana word acting as a subject/object: usually a foreign name
                yield _person(toks, i, i + 1, 0.45, "辞書にないカタカナ語", None)
        # Name-like words before an honorific: 顕進氏, ジェボムさん, やまちゃん.
        title_here = _title_at(toks, i) if i > 0 else None
        if title_here:
            s = title_here
            k = i
            while k > 0 and i - k < 3 and _nounish(toks[k - 1]) and not _is_pn(toks[k - 1]):
                k -= 1
            if k < i:
                while k < i and toks[k].pos[0] == "接頭辞":
                    k += 1  # お客様, 御父母様
                name = "".join(x.surface for x in toks[k:i])
                strong = [_namey(x) and not (x.pos[1] == "普通名詞" or x.pos[2] == "地名") for x in toks[k:i]]
                # after a plain honorific any name-like part will do; after a job word (弁護士, 選手)
                # the word right before it must be name-like (not 全国霊感商法対策弁護士)
                namey = any(strong) if s in CORE_HONORIFICS else bool(strong and strong[-1])
                kanji_ok = (s in CORE_HONORIFICS and _KANJI.fullmatch(name) and len(name) >= 2
                            and not (i - k == 1 and toks[k].pos[1] == "普通名詞"))  # not お医者さん
                prev = toks[i - 1]
                if (not (namey or kanji_ok) and k >= i - 1 and _KANJI.fullmatch(prev.surface)
                        and person_readings(prev.surface)):
                    k, name, kanji_ok = i - 1, prev.surface, True  # 原部長, 中島部長: a surname in the dictionary
                if k < i and (
                    name not in NOT_NAMES and toks[i - 1].surface not in NOT_NAMES
                    and len(name) <= 8 and not (len(name) == 1 and name.isascii())
                    and _norm(toks[i - 1].surface) not in ORG_SUFFIXES and toks[i - 1].surface not in SHOP_SUFFIXES
                    and (namey or kanji_ok)
                ):
                    yield _person(toks, k, i, 0.75 if s in HONORIFICS else 0.6, f"敬称・役職「{s}」の前", s)
        i += 1


#: After a place name these make a branch or site of an organisation (静岡銀行 島田支店): the name
#: before them is a place, never a person; the whole 「島田支店」 is reported as ORGANIZATION
#: (``data["kind"] = "branch"``) so the place does not stay in the text.
BRANCH_SUFFIXES = frozenset("支店 支社 営業所 出張所 事業所 工場 店 本店 本社 支部 分室 分店".split())

#: Hiragana nouns that are ordinary words before 事務所/保育園 etc., not a business name (ひとり事務所).
_HIRA_STOP = frozenset("ひとり ふたり みんな みな こちら そちら あちら どこ ここ そこ あそこ いま まち むら "
                       "うち おうち わたし あなた かれ かのじょ もの こと ところ とき ため".split())


def _biz_after(toks: list[Token], j: int) -> bool:
    """A short kanji noun then a business word follows (やまだ|陶|苑, さとう|社労士|事務所)."""
    if j + 1 >= len(toks):
        return False
    u, v = toks[j], toks[j + 1]
    if not (_KANJI.fullmatch(u.surface) and u.pos[0] == "名詞" and len(u.surface) <= 3) or _title_at(toks, j):
        return False
    w = _norm(v.surface)
    return (w in SHOP_SUFFIXES or (w in ORG_SUFFIXES and w not in _WEAK_SUFFIX) or _strong_end(w) is not None
            or _trade_shop(toks, j))


def _trade_shop(toks: list[Token], j: int) -> bool:
    """Tokens ``j``, ``j+1`` are a trade word and 店 (田中|米|店, 佐藤|青果|店, 中村|時計|店)."""
    if j + 1 >= len(toks) or toks[j + 1].surface != "店":
        return False
    u = toks[j]
    return (u.surface + "店" in SHOP_TRADES or (u.pos[1] == "普通名詞" and bool(_KANJI.fullmatch(u.surface))
                                                and 1 <= len(u.surface) <= 3 and u.end == toks[j + 1].start))


def _household(toks: list[Token], j: int) -> bool:
    """Token ``j`` is 家 after a surname that names a family, not a house/clan organisation:
    山田家の長男, 山田家の相続, 山田家ご一同, 山田家様 (not 島津家が, 伊達家の前身)."""
    if j == 0 or j + 1 >= len(toks):
        return False
    sur = toks[j - 1]
    if not (_is_pn(sur) and sur.pos[3] == "姓" and _KANJI.fullmatch(sur.surface)):
        return False
    if j > 1 and _nounish(toks[j - 2]) and not toks[j - 2].surface.isspace():
        return False  # 越前|島津家, 仙台藩|伊達家: a clan named by its domain
    nxt = toks[j + 1].surface
    if nxt == "の" and j + 2 < len(toks):
        return toks[j + 2].surface in HOUSEHOLD_AFTER or toks[j + 2].surface + _text_after(toks, j + 3, 1) in HOUSEHOLD_AFTER
    return _text_after(toks, j + 1, 2).startswith(("ご一同", "御一同", "一同")) or _title_at(toks, j + 1) in CORE_HONORIFICS


def _hira_name(t: Token) -> bool:
    """A hiragana word that can be a business's name (さとう, ひかり, みどり, のぞみ), not ひとり/みんな."""
    s = t.surface
    return (len(s) >= 2 and bool(_HIRA.fullmatch(s)) and t.pos[0] == "名詞" and t.pos[2] != "副詞可能"
            and s not in _HIRA_STOP and s not in NOT_NAMES)


_NOT_PERSON_AFTER = frozenset("語 人 系 派 族 教 主義 式 型 語族 語派 朝 王朝 帝国".split())


def _kata_glued(toks: list[Token], i: int) -> bool:
    """The katakana token ``i`` is glued to another katakana token that is not a name (one long word),
    or is a single katakana letter."""
    t = toks[i]
    if len(t.surface) < 2:
        return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(toks):
            u = toks[k]
            adjacent = u.end == t.start if k < i else u.start == t.end
            if (adjacent and _KATA.fullmatch(u.surface) and u.surface not in _JOIN and not _is_pn(u)
                    and not (k > i and _title_at(toks, k))):
                return True
    return False


def _kata_run(toks: list[Token], i: int) -> int:
    """End of a katakana name starting at ``i`` (ピート・サンプラス), or ``i`` if none."""
    n = len(toks)
    if i >= n or not _KATA.fullmatch(toks[i].surface) or toks[i].surface in _JOIN:
        return i
    j = i + 1
    while j + 1 < n and toks[j].surface in _JOIN and _KATA.fullmatch(toks[j + 1].surface):
        j += 2
    return j


def _context_people(toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """Names known from their neighbours: a title before (王子カルラス) or a listed name beside (すみれと彩)."""
    n = len(toks)
    index = {t.start: k for k, t in enumerate(toks)}
    taken: set[int] = set()
    for sp in found:
        k = index.get(sp.start, n)
        while k < n and toks[k].start < sp.end:
            taken.add(k)
            k += 1
    for i, t in enumerate(toks):
        if t.surface in PRE_TITLES and i + 1 < n and i + 1 not in taken:
            j = _kata_run(toks, i + 1)
            if j > i + 1 and (j >= n or toks[j].pos[0] in ("助詞", "補助記号")):
                taken.update(range(i + 1, j))
                yield _person(toks, i + 1, j, 0.65, f"前置の称号「{t.surface}」", None)
    for i, t in enumerate(toks):
        if i in taken or not _KATA.fullmatch(t.surface) or len(t.surface) < 3 or _is_pn(t):
            continue
        if t.pos[0] != "名詞" or t.surface in _KATA_COMMON:
            continue
        j = _kata_run(toks, i)
        if any(k in taken for k in range(i, j)):
            continue
        kin = i >= 2 and toks[i - 1].surface in KIN_BEFORE and toks[i - 2].surface == "の"
        nxt = toks[j].surface if j < n else ""
        after = _title_at(toks, j) if j < n else None
        if kin and (j >= n or toks[j].pos[0] in ("助詞", "補助記号")):
            why = f"親族の語「の{toks[i - 1].surface}」の後"  # リュネイケスの子テルサンドロスは
        elif after in PERSON_AFTER_KATA and t.pos[2] != "地名":
            why = f"カタカナ＋称号「{after}」"  # テーレポス王, (katakana common noun) 選手
        else:
            continue
        taken.update(range(i, j))
        yield _person(toks, i, j, 0.5, why, after if after in PERSON_AFTER_KATA else None)
        del nxt
    by_end = {sp.end: sp for sp in found if sp.label == "PERSON"}
    by_start = {sp.start: sp for sp in found if sp.label == "PERSON"}
    for i, t in enumerate(toks):
        if t.surface not in _LIST_SEP or i == 0 or i + 1 >= n:
            continue
        for nb, k in ((toks[i - 1].end in by_end, i + 1), (toks[i + 1].start in by_start, i - 1)):
            if not nb or k in taken:
                continue
            u = toks[k]
            ok = (_KATA.fullmatch(u.surface) and (u.oov or _is_proper(u))) or (_is_proper(u) and u.pos[2] != "地名")
            after = toks[k + 1].pos[0] if k + 1 < n else "補助記号"
            if ok and len(u.surface) >= 2 and after in ("助詞", "補助記号"):
                taken.add(k)
                yield _person(toks, k, k + 1, 0.5, "人名と並列", None)
            elif (k == i + 1 and _KANJI.fullmatch(u.surface) and "姓" in person_readings(u.surface)
                  and k + 2 < n and _KANJI.fullmatch(toks[k + 1].surface) and len(toks[k + 1].surface) <= 2
                  and toks[k + 2].surface in _LIST_SEP and not any(x in taken for x in (k, k + 1))):
                # 田中リタ、高原零、板倉あやの: a surname in the dictionary + a short given name SudachiPy
                # read as a common word or number, between listed people
                taken.update((k, k + 1))
                yield _person(toks, k, k + 2, 0.5, "人名と並列（姓＋名）", None)


#: 担当の林です, 窓口：林 — a role word, then (の/は/：) the person's name.
_ROLE_BEFORE = frozenset("担当 担当者 窓口 受付 係 責任者 作成者 記入者 報告者 文責 差出人 連絡先 問い合わせ先 "
                         "問合せ先 営業 代表 署名".split())
_ROLE_LINK = frozenset("の は ： : 　".split()) | {" "}
#: After が/は these verbs usually have a thing as subject (林が広がる), not a person.
_THING_VERBS = frozenset("ある あり あっ 広がる 広がり 広がっ 茂る 茂り 茂っ 続く 続き 続い 生える 生え "
                         "できる でき なる なり なっ 残る 残り 残っ 多い 少ない 枯れ 燃え".split())


def _person_slot(toks: list[Token], i: int) -> str | None:
    """Why token ``i`` stands where a person's name does (担当の林です, 林宛, 林と申します, 林が言った)."""
    n = len(toks)
    prev = toks[i - 1].surface if i > 0 else ""
    if prev in _ROLE_BEFORE and toks[i - 1].end == toks[i].start:
        return f"役割の語「{prev}」の後"  # 担当林
    if prev in _ROLE_LINK and i > 1 and toks[i - 2].surface in _ROLE_BEFORE:
        return f"「{toks[i - 2].surface}{prev}」の後"
    nxt = toks[i + 1].surface if i + 1 < n else ""
    after = _text_after(toks, i + 1, 3)
    if nxt in ("宛", "宛て", "あて") or after.startswith(("と申し", "でございます")):
        return f"「{nxt}」の前"
    if nxt == "より" and (i + 2 >= n or toks[i + 2].pos[0] in ("補助記号", "空白")):
        return "署名（〜より）"
    if nxt == "です" and (i == 0 or prev in ("、", "。", "私", "わたくし", "\n") or toks[i - 1].pos[0] in ("補助記号", "空白")):
        return "「〜です」（名乗り）"
    if nxt in ("が", "は", "も") and i + 2 < n:
        v = toks[i + 2]
        if v.pos[0] == "動詞" and v.surface not in _THING_VERBS:
            return f"「{nxt}」＋動詞"
        if (v.pos[2] == "サ変可能" and i + 3 < n and toks[i + 3].pos[0] == "動詞"
                and toks[i + 3].surface[:1] in ("し", "す", "さ")):
            return f"「{nxt}」＋動詞"  # 林が担当します
    return None


def _repeat_people(toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """Later mentions of a one-kanji surname already found as a person (林さん … 担当の林です).

    Coreference repeats names of two or more characters anywhere; a one-kanji one (林, 原, 森) is
    an ordinary word too, so here it counts only as a whole token in a person's slot
    (:func:`_person_slot`) — never inside 林業 or 松林 (other tokens)."""
    names = {sp.text for sp in found if sp.label == "PERSON" and len(sp.text) == 1 and _KANJI.fullmatch(sp.text)}
    names.update(p for sp in found if sp.label == "PERSON" for p, k in (sp.data or {}).get("parts", ())
                 if k == "姓" and len(p) == 1 and _KANJI.fullmatch(p))  # 林博之さん … 担当の林です
    if not names:
        return
    covered = {sp.start for sp in found}
    for i, t in enumerate(toks):
        if t.surface in names and t.start not in covered and (why := _person_slot(toks, i)):
            sp = _person(toks, i, i + 1, 0.6, f"既出の一字姓・{why}", None)
            data = dict(sp.data or {})
            data["parts"] = [(t.surface, "姓")]
            yield sp.with_(data=data)


def _org_run(toks: list[Token], i: int, step: int, limit: int = 6) -> int:
    """Index just past the run of nounish tokens from ``i`` in direction ``step``."""
    k = i
    while 0 <= k < len(toks) and abs(k - i) < limit and _nounish(toks[k]) and not toks[k].surface.isspace():
        k += step
    return k


_HIRA = re.compile(r"[ぁ-ゖー]+")
_PARTICLE = frozenset(("助詞", "助動詞"))


def _hira_lead(toks: list[Token], i: int, step: int) -> int:
    """Skip a hiragana name that SudachiPy broke into function words (やまだ → や|まだ).

    Returns the index past the hiragana tokens, or ``i`` when they are only particles
    (株式会社の社員, 株式会社では) or longer than 8 characters.
    """
    if not (0 <= i < len(toks)) or _nounish(toks[i]):
        return i  # a real noun (ふくし, ひかり): the ordinary noun run handles it
    k, size, content = i, 0, False
    while 0 <= k < len(toks) and _HIRA.fullmatch(toks[k].surface) and size + len(toks[k].surface) <= 8:
        size += len(toks[k].surface)
        content = content or toks[k].pos[0] not in _PARTICLE
        k += step
    return k if content and abs(k - i) >= 2 else i


def _delim(toks: list[Token], k: int) -> bool:
    return not (0 <= k < len(toks)) or toks[k].pos[0] in ("補助記号", "空白")


def _legal_forms(view: TextView, toks: list[Token]) -> dict[int, tuple[int, str]]:
    """Legal forms found on the normalised text, aligned to tokens: {first: (last+1, form)}.

    Regex rather than token lookup because SudachiPy splits some forms (社会|福祉|法人).
    """
    first = {t.start: k for k, t in enumerate(toks)}
    last = {t.end: k for k, t in enumerate(toks)}
    out: dict[int, tuple[int, str]] = {}
    for m in _LEGAL_RE.finditer(view.norm):
        a, b = view.span(*m.span())
        if a in first and b in last:
            out[first[a]] = (last[b] + 1, m.group(0))
    return out


def _orgs(view: TextView, toks: list[Token]) -> Iterator[Span]:
    n = len(toks)
    legal = _legal_forms(view, toks)
    inside = {k for i0, (i1, _) in legal.items() for k in range(i0, i1)}
    sports = any(w in view.original for w in SPORTS_CONTEXT) if any(t.surface in SPORTS_TEAM_WORDS for t in toks) else False
    for i0, (i1, form) in legal.items():
        t0, t1 = toks[i0], toks[i1 - 1]
        k = _org_run(toks, i0 - 1, -1) if i0 > 0 else i0 - 1
        if k < i0 - 1 and not (i1 < n and _nounish(toks[i1]) and _namey(toks[i1])):
            h = _hira_lead(toks, k, -1)
            if h != k and _delim(toks, h):
                k = h  # やまだ陶苑株式会社
            a, b = toks[k + 1].start, t1.end  # ミライ商事株式会社
        elif i1 + 1 < n and toks[i1].surface in _OPEN:
            # 社会福祉法人「ひまわり会」: the quoted name (the legal form is in data)
            e = _org_run(toks, i1 + 1, 1, 10)
            if e == i1 + 1 or e >= n or toks[e].surface not in _CLOSE:
                continue
            a, b = toks[i1 + 1].start, toks[e - 1].end
        else:
            if i1 + 1 < n and toks[i1].surface in (" ", "\u3000") and _nounish(toks[i1 + 1]):
                i1 += 1  # 医療法人社団 健康会
            h = _hira_lead(toks, i1, 1)
            e = _org_run(toks, h, 1)
            if h > i1 and e == h and not _delim(toks, h):
                e = h = i1  # hiragana followed by more text: not a name
            if e == i1:
                e = _org_run(toks, i1, 1)
            if e == i1:
                continue
            a, b = t0.start, toks[e - 1].end  # 株式会社ミライ商事, 株式会社やまだ陶苑
        yield Span("ORGANIZATION", a, b, "", 0.9, SOURCE, f"法人格「{form}」", data={"tier": 1, "legal_form": form})
    for i, t in enumerate(toks):
        p0 = t.pos[0]
        if (p0 != "名詞" and p0 != "接尾辞") or i in inside:
            continue  # particles, verbs, symbols: nothing to do (most tokens)
        s = _norm(t.surface)
        if i + 1 < n and s + toks[i + 1].surface in KNOWN_BODIES and toks[i + 1].surface != "政府":
            yield Span("ORGANIZATION", t.start, toks[i + 1].end, "", 0.6, SOURCE, "公的機関", data={"tier": 1})
            continue  # 警視|庁
        if ((s in FAMOUS_ORGS or (s in SPORTS_TEAM_WORDS and sports)) and not (i > 0 and _nounish(toks[i - 1]))
                and not (i + 1 < n and toks[i + 1].pos[1] == "数詞")):  # 日産500個: daily output, not Nissan
            yield Span("ORGANIZATION", t.start, t.end, "", 0.55, SOURCE, "よく知られた組織名", data={"tier": 1})
            continue
        if s in KNOWN_BODIES and s != "政府" and not (i > 0 and _nounish(toks[i - 1]) and toks[i - 1].pos[2] != "地名"):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.6, SOURCE, "公的機関", data={"tier": 1})
            continue
        if s in BRANCH_SUFFIXES and i > 0 and s not in ORG_SUFFIXES:
            prev = toks[i - 1]
            if s == "店" and i > 1 and _trade_shop(toks, i - 1):
                # 田中|米|店, 佐藤|青果|店: a name + trade word + 店 is a shop (and 田中 is not a person)
                k = i - 2
                name = toks[k]
                if (_namey(name) or _hira_name(name)) and name.surface not in NOT_NAMES and name.end == prev.start:
                    yield Span("ORGANIZATION", name.start, t.end, "", 0.7, SOURCE, f"屋号（〜{prev.surface}店）",
                               data={"tier": 1})
                    continue
            if (_is_proper(prev) and (prev.pos[2] == "地名" or prev.pos[3] == "姓") and _KANJI.fullmatch(prev.surface)
                    and not (i + 1 < n and toks[i + 1].surface[:1] == "長")):
                # 島田支店, 浜松工場: a place name + branch word — part of an organisation, not a person
                yield Span("ORGANIZATION", prev.start, t.end, "", 0.6, SOURCE, f"支店・事業所「{s}」",
                           data={"tier": 1, "kind": "branch"})
            continue
        compound = None if (s in ORG_SUFFIXES or s in SHOP_SUFFIXES or t.pos[1] != "普通名詞") else _strong_end(s)
        if s in ORG_SUFFIXES or s in SHOP_SUFFIXES or compound:
            if i == 0 or not _nounish(toks[i - 1]):
                continue
            if s == "家" and _household(toks, i):
                continue  # 山田家の長男: a family (山田 is a person, see _people)
            s = compound or s  # 山田|会計事務所 → the suffix is 事務所
            tt = _title_at(toks, i)
            if tt and len(tt) > len(s):
                continue  # 中島|部|長: the start of a title, not 〜部
            k = _org_run(toks, i - 1, -1, 4)
            run = toks[k + 1 : i]
            prev = toks[i - 1]
            if s in SHOP_SUFFIXES or s in _WEAK_SUFFIX:
                # 山田屋, やまだ屋, ハーモニー堂 — not アイスクリーム屋 (a common katakana noun)
                ok = (_namey(prev) and prev.surface not in NOT_NAMES
                      and (_is_proper(prev) or prev.oov or prev.pos[1] != "普通名詞" or not _KATA.fullmatch(prev.surface)
                           or (s in ("家", "軍") and len(prev.surface) >= 4)))  # バーベンベルク家, オデッサ軍
            else:
                strict = s in _GENERIC_SUFFIX  # テレビ放送, カプセルホテル: a loanword is not a name here
                ok = any(_namey(x) and not (strict and x.pos[1] == "普通名詞" and not x.oov) for x in run)
            hira = None
            if not ok and s not in _WEAK_SUFFIX:
                # さとう社労士事務所, みどり歯科クリニック, やまだ陶苑: a hiragana name leads, the rest is kanji/katakana
                lead = [x for x in run if _HIRA.fullmatch(x.surface)]
                if (run and len(lead) == 1 and run[0] is lead[0] and (_hira_name(run[0]) or _is_pn(run[0]))
                        and len(run) <= (2 if s in SHOP_SUFFIXES else 3)):
                    hira, ok = run[0], True
                elif (k >= 0 and 0 < len(run) <= 2 and _HIRA.fullmatch(toks[k].surface)
                      and all(_KANJI.fullmatch(x.surface) or x.surface in _PROFESSIONS for x in run)):
                    h = _hira_lead(toks, k, -1)  # や|まだ 陶苑: a hiragana name split into function words
                    if h != k and _delim(toks, h):
                        hira, ok = toks[h + 1], True
            if not ok:
                continue
            # start at the first name-like token (大手の広告代理店ミライ企画 → ミライ企画)
            if hira is not None:
                first = hira
            elif s in _WEAK_SUFFIX or s in SHOP_SUFFIXES:
                first = prev
            else:
                first = next(x for x in run if _namey(x) or x is prev)
            score = 0.6 if s in _WEAK_SUFFIX or s in SHOP_SUFFIXES else 0.75
            end = t.end
            if s not in SHOP_SUFFIXES:
                # 九州大学|大学院|法学|研究院: units of the same body written on are one organisation
                m, last = i + 1, None
                while m < n and m - i <= 4 and _nounish(toks[m]) and not toks[m].surface.isspace():
                    w = _norm(toks[m].surface)
                    w2 = _norm(toks[m - 1].surface) + w if m > i + 1 else ""  # 研究|院
                    if ((w in ORG_SUFFIXES and w not in _WEAK_SUFFIX) or (toks[m].pos[1] == "普通名詞" and _strong_end(w))
                            or (w2 and (w2 in _STRONG_SET or _strong_end(w2)))):
                        last = m
                    m += 1
                if last is not None:
                    end = toks[last].end
            yield Span("ORGANIZATION", first.start, end, "", score, SOURCE, f"組織の語尾「{s}」", data={"tier": 1})
        elif _is_proper(t) and t.pos[2] == "一般" and len(s) >= 3 and (s.endswith(_STRONG) or s[-1] in ("屋", "堂")):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.7, SOURCE, "固有名詞（組織の語尾）", data={"tier": 1})
        elif t.pos[0] == "名詞" and len(s) >= 3 and s.endswith(("省", "庁")) and not s.endswith(("官庁", "省庁")):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.7, SOURCE, "行政機関", data={"tier": 1})
        elif (_ACRONYM.fullmatch(s) and s not in _COMMON_ACRONYMS and i + 1 < n
              and toks[i + 1].surface in _SUBJ and (i == 0 or not toks[i - 1].surface.isascii())):
            # KGBの文書, JTによると (also when SudachiPy does not know the acronym as a proper noun)
            yield Span("ORGANIZATION", t.start, t.end, "", 0.5, SOURCE, "英字略称＋助詞", data={"tier": 1})
        elif _ORG_CTX and i + 1 < n and toks[i + 1].surface[:1] in _ORG_CONTEXT_FIRST and (ctx := _org_context(toks, i + 1)):
            if (not _is_pn(t) and (_is_proper(t) or t.oov or _LATIN.fullmatch(s) or (_KATA.fullmatch(s) and len(s) >= 3))
                    and s not in NOT_NAMES and s not in _KATA_GENERIC_ORG and s not in _KATA_COMMON and (t.pos[2] != "地名" or ctx in _TEAM_CONTEXT)):
                k = i
                while k > 0 and toks[k - 1].surface in _JOIN and k > 1 and _KATA.fullmatch(toks[k - 2].surface):
                    k -= 2  # スパルタ・ロッテルダムへ移籍
                yield Span("ORGANIZATION", toks[k].start, t.end, "", 0.5, SOURCE, "組織の文脈（移籍・所属 …）",
                           data={"tier": 1})
        elif (t.pos[2] == "地名" and i + 1 < n and toks[i + 1].surface in ("が", "は") and len(s) >= 2
              and s.endswith(("市", "都", "県", "府", "町", "村", "区", "政府"))):
            # 大阪市が所有し, 高梁市が看護師を: a municipality acting (as a body) is an organisation
            yield Span("ORGANIZATION", t.start, t.end, "", 0.45, SOURCE, "自治体（主語）", data={"tier": 1})
        elif _KATA_ORG and _is_proper(t) and t.pos[2] == "一般" and len(s) >= 3 and _KATA.fullmatch(s):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.45, SOURCE, "カタカナの固有名詞", data={"tier": 1})
        elif (t.pos[1] == "普通名詞" and len(s) >= 3 and s[-1] == "長" and s[:-1] in _STRONG_SET
              and (e := _unit_run(toks, i)) < i):
            # 台湾守備混成第2旅団長, 第35狙撃軍団長: the body before the head's title
            yield Span("ORGANIZATION", toks[e].start, t.end - 1, "", 0.6, SOURCE, f"組織＋長「{s}」", data={"tier": 1})
        elif t.pos[1] == "普通名詞" and len(s) >= 4 and s.endswith(_MEMBER_TITLES):
            body = next((s[: len(s) - len(m)] for m in _MEMBER_TITLES if s.endswith(m)), "")
            if body.endswith(_BODY_ENDS):
                a = t.start
                if i > 0 and toks[i - 1].pos[2] == "地名" and toks[i - 1].end == t.start:
                    a = toks[i - 1].start  # 広島|県議会議員 → 広島県議会
                yield Span("ORGANIZATION", a, t.start + len(body), "", 0.6, SOURCE, "議会・議院（議員の前）",
                           data={"tier": 1})
        elif (_is_proper(t) and t.pos[2] == "一般" and len(s) >= 2 and i + 1 < n and toks[i + 1].surface in _SUBJ
              and not _KATA.fullmatch(s) and s not in _NOT_ORG and not s.endswith(_PLACE_END)):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.45, SOURCE, "固有名詞＋助詞", data={"tier": 1})


#: Rule switches, measured on GSD dev. A katakana proper noun alone as ORGANIZATION was 7 right and
#: 13 wrong (ポルシェ, ワールドカップ; マイナンバー in business text), so it is off.
_ORG_CTX = True
_KATA_MOD = True
_KATA_ORG = False


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


def _quoted_or_run(toks: list[Token], j: int) -> int:
    """Start of the name that ends just before token ``j`` (「X」 or a noun run), or ``j`` if none."""
    if j >= 2 and toks[j - 1].surface in _CLOSE:
        k = j - 2
        while k >= 0 and toks[k].surface not in _OPEN and j - k < 12:
            k -= 1
        return k + 1 if k >= 0 and toks[k].surface in _OPEN and k + 1 < j - 1 else j
    k = _org_run(toks, j - 1, -1, 4) + 1
    while k > 0 and toks[k - 1].pos[0] == "形状詞" and _KATA.fullmatch(toks[k - 1].surface):
        k -= 1  # クラシカル|ホメオパシー京都
    return k


def _framed_orgs(toks: list[Token]) -> Iterator[Span]:
    """Organisations named by their frame: 「X」という会社, X という団体, 所属事務所は X."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.surface == "いう" and i >= 2 and toks[i - 1].surface == "と" and i + 1 < n and toks[i + 1].surface in _KIND_WORDS:
            quoted = toks[i - 2].surface in _CLOSE
            k = _quoted_or_run(toks, i - 1)
            end = i - 2 if quoted else i - 1
            if k < end or (k == end and not quoted):
                name = toks[k:end] if quoted else toks[k:end]
                if name and any(_namey(x) or _HIRA.fullmatch(x.surface) or x.pos[1] != "普通名詞" for x in name) or quoted:
                    a, b = toks[k].start, toks[end - 1].end
                    if b > a:
                        yield Span("ORGANIZATION", a, b, "", 0.55, SOURCE, f"「〜という{toks[i + 1].surface}」",
                                   data={"tier": 1})
        elif t.surface.startswith("所属") and (aff := next((x for x in _AFFILIATION if _text_after(toks, i, 3).startswith(x)), None)):
            j, used = i, 0
            while j < n and used < len(aff):
                used += len(toks[j].surface)
                j += 1
            if used != len(aff):
                continue
            if j < n and toks[j].surface in ("は", "：", ":", "、") and j + 1 < n:
                k = j + 1
                e = k
                while e < n and e - k < 4 and (_nounish(toks[e]) or toks[e].pos[0] == "形状詞") and not toks[e].surface.isspace():
                    e += 1
                if e > k and (e >= n or toks[e].pos[0] in ("補助記号", "助動詞", "助詞")):
                    yield Span("ORGANIZATION", toks[k].start, toks[e - 1].end, "", 0.55, SOURCE, "所属先",
                               data={"tier": 1})


def _org_context(toks: list[Token], j: int) -> str | None:
    """The organisation context that starts at token ``j`` (へ移籍, に入団, 所属, の下部組織 …)."""
    after = _text_after(toks, j, 3)
    return next((c for c in _ORG_CONTEXT_BY_FIRST.get(after[:1], ()) if after.startswith(c)), None)


_STRONG = tuple(ORG_SUFFIXES - _WEAK_SUFFIX)
_STRONG_SET = frozenset(x for x in _STRONG if len(x) >= 2)
_STRONG_SIZES = tuple(sorted({len(x) for x in _STRONG_SET}, reverse=True))


def _strong_end(s: str) -> str | None:
    """The business suffix a compound common noun ends with (会計事務所 → 事務所, 動物病院 → 病院)."""
    for size in _STRONG_SIZES:  # longest first; a set lookup per length, not an endswith per suffix
        if len(s) > size and s[-size:] in _STRONG_SET:
            return s[-size:]
    return None


def find_names(view: TextView) -> list[Span]:
    """Tier-1 PERSON/ORGANIZATION spans of ``view.original`` (offsets into the original).

    例: ``find_names(TextView("株式会社ミライ商事の鈴木部長"))`` → ORGANIZATION「株式会社ミライ商事」, PERSON「鈴木」
    """
    text = view.original
    toks = tokenize(text)
    out = list(_people(toks))
    out.extend(_context_people(toks, out))
    out.extend(_repeat_people(toks, out))
    for sp in _orgs(view, toks):
        out.append(sp.with_(text=text[sp.start : sp.end]))
    for sp in _framed_orgs(toks):
        out.append(sp.with_(text=text[sp.start : sp.end]))
    cells = find_table_people(text)
    if cells:
        # a name column's header outweighs SudachiPy's guess for a lone cell (スズキ the company)
        out = [sp for sp in out if not any(c.start < sp.end and sp.start < c.end for c in cells)] + cells
    return out
