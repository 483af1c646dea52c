"""A place named right after its kind word with nothing between (tier 1, stop 35): デイサービスてぃーだ,
グループホームうがみ, こども園さんこう, ケアハウスうれしの苑, 茶房このは, ホテル潮騒.

Care homes, nurseries, inns and cafés put their kind first and glue their own name to it. :func:`.business_names`
reads such a name on SudachiPy's tokens, and a kana name is where the tokens fail: てぃーだ comes out as て|ぃ|ー|だ,
うれしの as an adjective and の, さんこう and ぽけっと as common nouns. ``anonymize.shops.kind_first_names`` read the
text itself and replaced them, but ``detect``, ``scan`` and the names figures did not report them (names dev wave 7:
seven care and child-care places missed). This rule reads the same text pattern, which both now share:

* the kind (:data:`.shop_words.KIND_FIRST`), then a name of kana (2–8, up to a particle or a delimiter, with
  〜の里/〜の家/〜の苑 …), katakana (2–10, ・ allowed) or kanji (1–3), then a particle, a delimiter or the end;
* not a function word or an ordinary word after the kind (グループホームのため, ホテル業界, カフェメニュー,
  :data:`NOT_AFTER_KIND`), not a word SudachiPy reads across the kind's end (スーパーマーケット, ホテルマン);
* a kanji name must not be a dictionary common noun or end like one (ホテル客室, カフェ店員);
* a name that is one dictionary common noun (ホテルひだまり, こども図書室ぽけっと) is reported with a lower score and
  ``data["ordinary"]``: anonymize replaces it with the neutral 〔要確認〕 (no letter asserts a company).

The kind word stays in the anonymised text (``kind_prefix``): デイサービスA.

例::

    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "午後はデイサービスてぃーだで体操、夜はホテル業界の話。"
    >>> [s.text for s in kind_first(t, tokenize(t))]
    ['デイサービスてぃーだ']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.shop_words import KIND_FIRST, common_nouns_after_kind, one_common_noun
from tokumei.detect.names.tokens import Token
from tokumei.span import Span

KIND_FIRST_RX = re.compile(
    r"(?<![ァ-ヺー一-龥々])(?P<kind>" + "|".join(sorted(map(re.escape, KIND_FIRST), key=len, reverse=True)) + r")[・･]?"
    r"(?P<name>[ぁ-ゖー]{2,8}?(?=(?:とも|にも|でも|とは|には|では|への|との|での|の|で|に|へ|は|が|を|と|も|から|まで|より)"
    r"(?![ぁ-ゖ])|[^ぁ-ゖー]|$)"
    r"(?:の(?:郷|里|家|森|杜|丘|宿|園|苑|木))?"
    r"|[ァ-ヺー]{2,10}(?:[・･][ァ-ヺー]{1,10}){0,2}"
    r"|[一-龥々]{1,3})"
    r"(?=[のでにへはがをとも、。」』）)\s]|$)")
#: The kind words alone, to test whether a text holds any (every match of :data:`KIND_FIRST_RX` holds one): without
#: the leading look-behind ``re`` skips to the words' first characters instead of trying every position.
KIND_GATE = re.compile("|".join(sorted(map(re.escape, KIND_FIRST), key=len, reverse=True)))
#: Words after a kind word that name no place (ホテル内, 旅館業, カフェメニュー, 美容室チェーン).
NOT_AFTER_KIND = frozenset("内 前 後 代 業 側 街 等 用 中 外 風 式 系 経営 運営 開業 事業 施設 部門 関係 利用 入居 職員 料金 "
                           "代金 予約 宿泊 勤務 勤め 巡り 通い 暮らし 併設 チェーン メニュー スペース スタッフ マン ロビー "
                           "ウェディング オーナー タイム ランチ ディナー モーニング ライフ スタイル ビジネス フロント マネージャー "
                           "ビュッフェ バイキング レストラン ラウンジ チェックイン チェックアウト プラン スパ ルーム ショップ "
                           "グループ カウンター テラス メニュー スイーツ ドリンク コーヒー パーティー イベント フェア セール "
                           "バイト アルバイト レッスン メンバー コース クラス テスト ノート "
                           # (stop 36) スタジオ・アルバム: a record, not a studio's name (GSD train1155)
                           "アルバム セッション ミュージシャン エンジニア ワーク ライブ "
                           # (stop 35) 旅館ごとの注文, こども園だより, カフェめぐり, 民宿ぐらし: a suffix or a newsletter
                           "ごと ごとに だより たより つうしん めぐり ぐらし づくり さがし".split())
#: Hiragana after a kind word that begin a function phrase, not a name (グループホームのため, ホテルでも, カフェなど).
FUNCTION_KANA = ("のため", "のよう", "のこと", "のもの", "のほう", "のみ", "では", "には", "にも", "でも", "とし", "など", "って",
                 "として", "だけ", "ばかり", "しか", "まで", "との", "とい", "にな", "にお",
                 # ホテルです, 特養なので, 美容室がある, 旅館さん: a copula, a verb or an honorific after the kind word
                 "です", "でし", "でご", "なの", "なん", "があ", "がい", "がな", "だっ", "だと", "だか", "とか", "さん", "ちゃん",
                 "くん", "さま", "もあ", "もい", "もな", "はあ", "はな", "じゃ",
                 # 美容室をやっとる, カフェをやってます, 食堂を営む: the kind word and what one does with it (a-dev-300, 327)
                 "をや", "を営", "をし", "を開", "を始", "を継")
#: Last kanji of ordinary words written after a kind word (店員, 店長, 利用者, 喫茶室, 旅館街).
KANJI_NOT_NAME_END = frozenset("員長主者業界街室店屋館場所部側内外前後中用代料費菓")
#: Words SudachiPy reads in a kana "name" cut short at は or の that are no name (この|は → このは, その|は).
_NO_NAME_WORDS = ("連体詞", "助詞", "助動詞", "代名詞")
#: What is left of a "name" that was an honorific and a copula (旅館さんです, ホテルさんでした).
HONORIFICS_ALONE = frozenset(("さん", "ちゃん", "くん", "さま"))
#: A kana name that opens like an honorific (こども園さんこう), not the honorific itself or 〜さんたち (旅館さんに).
_HONORIFIC_IN_NAME = re.compile(r"(?:さん|ちゃん|くん|さま)(?!たち|ら$|とこ|ところ|がた|方)[ぁ-ゖー]+")
_KANA_RUN = re.compile(r"[ぁ-ゖー]{2,8}(?=[^ぁ-ゖー]|$)")


def candidates(text: str, toks: "list[Token] | tuple[Token, ...]") -> Iterator[re.Match[str]]:
    """The kind + name matches that pass the word filters (the shared part of this rule and anonymize's net)."""
    for m in KIND_FIRST_RX.finditer(text):
        name = m.group("name")
        if name in NOT_AFTER_KIND or name.rstrip("ー") in NOT_AFTER_KIND or name in KIND_FIRST or (
                name.startswith(FUNCTION_KANA) and not _HONORIFIC_IN_NAME.fullmatch(name)):
            continue  # (グループホームのため, カフェでも: particles and function words, no name)
        na = m.start("name")
        inside = [t for t in toks if na <= t.start < m.end("name")]
        if "ぁ" <= name[0] <= "ゖ" and inside and inside[0].pos[:2] == ("助詞", "格助詞") \
                and all(t.pos[0] in ("助詞", "助動詞", "動詞", "形容詞") for t in inside[1:]):
            continue  # ホテル|から|の眺め, カフェ|で|の, ホテル|に|おっ|た|けん, 園|と|なり: particles and verbs after the
            # kind word, no name (not に|じい|ろ; stop 35)
        yield m


#: A copula and a sentence particle the kana name ran into (整骨院こばやし|ですね): no part of it.
_COPULA_END = re.compile(r"(?:です|でした|でしょう|だよ|だね|だった)(?:ね|よ|か)?$")


def kana_name_end(m: re.Match[str], text: str, toks: "list[Token] | tuple[Token, ...]") -> int:
    """Where a kana name really ends: 茶房この|は、 is 茶房このは (この alone is a determiner), so the name runs to the
    next non-kana when what the particle cut off is one function word; 整骨院こばやし|ですね ends before the copula."""
    na, nb = m.span("name")
    c = _COPULA_END.search(m.group("name"))
    if c is not None and c.start() >= 2 and any(t.start == na + c.start() for t in toks):
        return na + c.start()
    inside = [t for t in toks if na <= t.start and t.end <= nb]
    if (len(inside) == 1 and (inside[0].start, inside[0].end) == (na, nb) and re.fullmatch(r"[ぁ-ゖー]+", m.group("name"))
            and (inside[0].pos[0] in _NO_NAME_WORDS or inside[0].pos[1] in _NO_NAME_WORDS)):
        run = _KANA_RUN.match(text, na)
        if run is not None and run.end() > nb:
            return run.end()
    return nb


def named(text: str, toks: "list[Token] | tuple[Token, ...]") -> Iterator[tuple[re.Match[str], int, str]]:
    """(match, end of the name, name) for each of :func:`candidates` whose name starts a word of its own (not
    スーパー|マーケット, ホテル|マン: one word), ends where :func:`kana_name_end` says and is no honorific left by the
    copula cut (旅館|さん|です) — what this rule and anonymize's net both read."""
    for m in candidates(text, toks):
        na = m.start("name")
        if any(t.start < na < t.end for t in toks):
            continue  # スーパーマーケット, ホテルマン: kind and "name" are one word
        b = kana_name_end(m, text, toks)
        name = text[na:b]
        if name in HONORIFICS_ALONE:
            continue  # 旅館|さん|です: the copula cut, an honorific is left — no name
        yield m, b, name


def kind_first(text: str, toks: list[Token]) -> Iterator[Span]:
    """ORGANIZATION spans for a kind word + a glued name (see the module docstring)."""
    for m, b, name in named(text, toks):
        a, na = m.start(), m.start("name")
        if a > 0 and "ぁ" <= text[a - 1] <= "ゖ" and not any(t.end == a and t.pos[0] in ("助詞", "助動詞") for t in toks):
            continue  # ひづち|こども園だより: the kind word ends a kana name before it, it opens none
        if name[0] == "長" and re.match(r"長[一-龥々]", name):
            continue  # 薬局長増田 和人: the kind word and 長 are the head's title before a name (stop 44, read dev wave 16)
        kanji = re.fullmatch(r"[一-龥々]+", name) is not None
        ordinary = one_common_noun(toks, na, b)
        if kanji and (ordinary or name[-1] in KANJI_NOT_NAME_END or not any(
                t.pos[1] == "固有名詞" or t.oov for t in toks if na <= t.start and t.end <= b)):
            continue  # ホテル業界, カフェ店員, 特養入所: a kanji word after the kind is an ordinary compound
        if re.fullmatch(r"[ァ-ヺー・･]+", name) and common_nouns_after_kind(toks, na, b) and text[na - 1] not in "・･" \
                and not m.group("kind").endswith("事務所"):  # (デザイン事務所ツバキ: no office is named by a katakana noun)
            # (スタジオ・トウカ: the dot the writer put after the kind marks a name, whatever the dictionary says)
            continue  # ホテルラウンジ, スーパー|トレジャー|ハント: katakana common nouns after the kind, no name (GSD train2877)
        yield Span("ORGANIZATION", a, b, text[a:b], 0.5 if ordinary else 0.6, SOURCE,
                   "種類の語＋名前（辞書の語でもある）" if ordinary else "種類の語＋名前（屋号）",
                   data={"tier": 1, "kind_prefix": text[a:na], "core": name, "kind_first": True, "ordinary": ordinary})
