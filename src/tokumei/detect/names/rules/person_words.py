"""Word lists and small token tests of the person rules (:func:`tokumei.detect.names.rules.people.people`): titles
and their prefixes (新社長, 初代市長, 佐賀工場長), katakana roles that take さん (ママさん, スタッフさん), hiragana
given names and the words that are none (山田 ほか), animals called with ちゃん, and katakana words glued into a longer
word (ガーディ|アンズ) or joined by ・ into one name (ピート・サンプラス). Split from people.py when it passed 400
lines; the tables and tests are unchanged.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> toks = tokenize("ピート・サンプラスが来た")
    >>> "".join(t.surface for t in toks[:_kata_run(toks, 0)])
    'ピート・サンプラス'
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.detect.names.rules.base import _JOIN, _KATA, _KATA_COMMON, _is_pn, _title_at
from tokumei.detect.names.tokens import Token

#: Titles a university gives, and the ends of a university's name (full or short) written before them.
_ACADEMIC_TITLES = frozenset("教授 准教授 助教授 講師 学長".split())
_UNIVERSITY_ENDS = ("大", "大学", "医大", "短大", "高専", "大学院")


#: A katakana word of a name and a katakana business word (サカモトフーズ, ミナミテック, サトウファーム): SudachiPy keeps
#: it one unknown word, which the token check of people() cannot split (stop 36, n-dev-1239).
_KATA_BUSINESS = re.compile(r"[ァ-ヺー]{2,}(?:" + "|".join(sorted((x for x in ORG_SUFFIXES if re.fullmatch(r"[ァ-ヺー]{3,}", x)),
                                                                    key=len, reverse=True)) + ")")

#: Endings of katakana loanwords for activities and things, not names (ファスティング, マーケティング).
_LOANWORD_ENDS = ("ング", "ション", "ズム", "メント", "ネス", "シップ", "ビリティ", "ティブ", "ロジー", "サービス", "ケア")

#: After an unknown katakana word these make it a method or topic (〜を中心とした, 〜を通じて).
_THING_CONTEXT = ("を中心", "を通じ", "を通し", "を活用", "を導入", "を取り入れ", "を使っ", "を利用", "を実践", "を学")

#: Katakana words that take さん or a title as roles, not names (ママさん, スタッフさん, チーム監督).
_KATA_HON_STOP = frozenset("ママ パパ ナース コック ドクター シェフ マスター オーナー スタッフ バイト パート ゲスト ファン "
                           "メンバー リーダー マネージャー ドライバー ヘルパー ケアマネ ケアマネージャー セラピスト トレーナー "
                           "ボス ベビー キッズ ジュニア シニア ママ友 パパ友 ガイド プロ アマ モデル タレント アイドル "
                           "サポーター ボランティア インストラクター カメラマン デザイナー エンジニア クライアント "
                           "ユーザー オペレーター アシスタント パートナー ライバル コーチ "
                           # listeners, crews and trades said with さん (リスナーさんからのメッセージ, バイヤーさん)
                           "リスナー ディレクター プロデューサー アナウンサー パーソナリティ レポーター キャスター ライター "
                           "バイヤー ソムリエ パティシエ バリスタ ブリーダー クルー キャスト フロント ワーカー ホスト "
                           "ファミリー ブロガー ユーチューバー インフルエンサー フォロワー ビジター ツアー客 ペット "
                           "リピーター ディーラー メーカー ベンダー サプライヤー".split())

_DUTY_TITLES = frozenset("担当 担当者 リーダー マネージャー 主任 係長 コーチ".split())  # (ヘッドコーチ, ランニングコーチ: stop 42)
#: Prefixes of a title that SudachiDict also lists as surnames (新社長, 前会長, 元部長): not a person.
_TITLE_PREFIX = frozenset("新 前 元 現 旧 故 副 総 次期 全 各 同 本 当 両 諸 某 初 先".split())
_HIRA_NAME = re.compile(r"[ぁ-ゖ]{2,5}")
_HIRA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")
#: Hiragana nouns after a spaced surname that are no given name (山田 ほか, 佐藤 たち).
_HIRA_NOT_GIVEN = frozenset("ほか など たち ども さま かた こと もの ところ とき ため まで より ぶん".split())
_HIRA_WORD = re.compile(r"[ぁ-ゖー]+")
_NUMERAL_KANJI = frozenset("一二三四五六七八九十百千万")
#: Words for animals said with ちゃん (わんちゃん, ねこちゃん): the animal, no one's name.
_ANIMAL_CALLS = frozenset("わん にゃん ねこ いぬ うさ わんこ にゃんこ うさぎ ワン ニャン ネコ イヌ ウサギ 猫 犬".split())
_KANJI_NO = re.compile(r"[\u4e00-\u9fff々〆ヶ][\u4e00-\u9fff々〆ヶノ]*")  # 藤ノ木


def _kata_name_word(t: Token) -> bool:
    """A katakana word SudachiPy stores as a common noun that can be a name before さん or a title
    (ナムさん, セツさん, シュレスタ副会長), not a role (ママさん, スタッフさん)."""
    s = t.surface
    return (t.pos[0] in ("名詞", "形状詞") and t.pos[2] != "地名" and bool(_KATA.fullmatch(s)) and len(s) >= 2 and s not in _JOIN
            and s not in _KATA_HON_STOP and s not in _KATA_COMMON)


#: Titles of the head of a site (佐賀工場長): after a place name they are a title, not a person's.
SITE_HEADS = frozenset("工場長 支店長 所長 店長 局長 署長 院長 園長 校長 支社長 営業所長 事業所長 駅長 館長 場長 "
                       "本部長 支部長".split())


#: Of these the site is written 〜病院長・〜幼稚園長・〜小学校長, so a surname-readable place right before
#: one is the person (西川院長, 大川園長), unlike 佐賀工場長 or 新宿駅長.
PERSON_SITE_HEADS = frozenset("院長 園長 校長".split())

#: A generation before a job title (初代市長, 二代目店主, 先代社長): which holder, not a name (初代さん is one).
_GENERATION = re.compile(r"(?:初|先|歴|当|次|前|新|[0-9０-９一二三四五六七八九十]+)代目?")


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
