"""Safety net for shop names written as kind word + space + name (屋号): 「珈琲 ほたる」,
「生鮮市場 かねまつ」, 「料亭 かつらぎ」, 「御菓子司 松風堂」, 「hair salon MIRA」.

Detection finds legal forms and suffixes (〜商店, 〜事務所); a 屋号 after a kind word and a space
has neither. When no span covers it, the whole passage becomes an ORGANIZATION span with
``data["kind_prefix"]``: the pseudonym keeps the kind word (「珈琲 A」, 「料亭 B」), as
institutions keep theirs (:data:`tokumei.anonymize.pseudonyms.ORG_SUFFIXES`). The name must end at
a particle, punctuation, a bracket, a space or an honorific (:func:`_cut`), and must not start with an
ordinary word listed in :data:`_NOT_NAMES`.

例::

    >>> [s.text for s in shop_names("昭和54年に開業した珈琲 ほたるは、", [])]
    ['珈琲 ほたる']
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import LEGAL_MARK
from tokumei.detect.names.rules.business_edges import NAME_CLOSERS
from tokumei.detect.names.rules.shop_words import (
    EVENT_NAME_END, SHOP_GOODS as _SHOP_GOODS, SPACED_KINDS,
)
from tokumei.detect.names.rules.kind_first import KANJI_NOT_NAME_END as _KANJI_NOT_NAME_END, KIND_GATE, named
from tokumei.span import Span

SOURCE = "anonymize.shops.v1"
#: Kind words written before a shop's name (food, lodging, beauty, crafts, retail, farms): the detector's list
#: (:data:`tokumei.detect.names.rules.shop_words.SPACED_KINDS`).
KINDS = tuple(sorted(SPACED_KINDS))
_KIND_ALT = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
#: A katakana compound ending in a shop word is a kind word too (サイクルハウス, フラワーショップ, ベジファーム).
_KATAKANA_KIND = r"(?<![ァ-ヺー])[ァ-ヺー]{2,8}(?:ハウス|ショップ|ストア|ファーム)"
#: Two trades joined by と before the name (喫茶と植物画 すえひろ, 珈琲と古本 ゆうやけ): the pair is the kind.
_PAIR = r"(?:と[一-龥ァ-ヺー]{1,5})?"
_RX = re.compile(rf"(?P<kind>(?:{_KIND_ALT}){_PAIR}|{_KATAKANA_KIND})(?P<sep>[ \u3000])"
                 r"(?P<name>[\u3041-\u3096\u30a1-\u30faー一-龥々A-Za-zＡ-Ｚａ-ｚ]{1,12})")
#: Particles and honorifics that may end the greedy name run (ほたるは → ほたる, かつらぎから → かつらぎ).
_TRAILING = re.compile(r"(?:は|が|を|に|で|の|と|も|へ|さん|様|から|まで|です|でした|では|には|とは|にも)$")
_PARTICLES = frozenset("のはがをにでともへや")
_PARTICLE_WORD = re.compile(r"(?:は|が|を|に|で|の|と|も|へ|や|さん|様|から|まで|です|でした|では|には|とは|にも)+")
#: Words that follow a kind word and a space without being a name.
_NOT_NAMES = frozenset("の は が を に で と も 営業 開店 閉店 経営 オープン 情報 巡り めぐり 特集 店主 メニュー 好き "
                       "など 等 併設 兼 スペース コーナー 部門 事業".split())


#: Labels of spans inside a shop passage that give way to the shop span.
_YIELDS = ("PERSON", "ORGANIZATION", "LOCATION")

_MULTI = re.compile(r"から|まで|では|には|とは|にも|です|でした|より")
_HIRA = re.compile(r"[\u3041-\u3096]")


#: A kana name, then a kanji word and の (とりかめ監修の…, みつや特製の…).
_KANA_THEN_WORD = re.compile(r"([\u3041-\u3096ー]{2,8})([一-龥々]{2,4})の")


def _cut(name: str) -> str:
    """The name part of a greedy run: up to a multi-character particle (かつらぎから女将 → かつらぎ), or a
    one-character particle before a change of script (ほたるは毎日 → ほたる), then without a trailing
    particle or honorific (ほたるは → ほたる)."""
    m = _MULTI.search(name, 2)
    if m:
        name = name[: m.start()]
    if (k := _KANA_THEN_WORD.match(name)) is not None:
        from tokumei.anonymize.sense import is_ordinary_word

        if is_ordinary_word(k.group(2)):
            return k.group(1)  # とりかめ|監修のせんべい: an ordinary word and の after the kana name (stop 35, n-dev-1191)
    for i in range(2, len(name)):
        if name[i - 1] in _PARTICLES and _HIRA.match(name[i - 1]) and not _HIRA.match(name[i]):
            name = name[: i - 1]
            break
    while (t := _TRAILING.search(name)) and t.start() >= 2:
        name = name[: t.start()]
    return name


def _particle_first(text: str, at: int) -> bool:
    """True when the name at ``at`` starts with a particle word (「喫茶 は営業中」), not a name that starts
    with the same kana (旅館 はまなす荘: SudachiPy reads the noun はまなす in the sentence)."""
    from tokumei.anonymize.places import tokens_of

    first = next((t for t in tokens_of(text) if t.start == at), None)
    return first is None or first.pos[0] in ("助詞", "助動詞")


def shop_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with ORGANIZATION spans for 屋号 after a kind word and a space; a PERSON span found
    or organisation span inside the name (まつ in かねまつ, ソウル食堂) gives way to it, any other overlap
    keeps the found span."""
    out = list(spans)
    for m in _RX.finditer(text):
        name = _cut(m.group("name"))
        # 「旅館 とみや」: a quote holding the kind word and the name and nothing else is a sign, not a sentence — its name
        # may open with a particle's letter (と|みや to SudachiPy; stop 45, read anonymize dev wave 17)
        sign = text[m.start() - 1 : m.start()] in ("「", "『") and text[m.start("name") + len(name):][:1] in ("」", "』")
        if name[0] in _PARTICLES and not sign and _particle_first(text, m.start("name")) \
                or any(name.startswith(w) for w in _NOT_NAMES if len(w) > 1 or w not in _PARTICLES) \
                or len(name) < 2 and not re.match(r"[一-龥]", name):
            # 「喫茶 営業中」: a kind word before an ordinary word is no name, whoever proposed it
            out = [s for s in out if not (s.label == "ORGANIZATION" and s.start == m.start()
                                          and s.end <= m.end("name"))]
            continue
        if EVENT_NAME_END.search(name):
            continue  # 「吉岡宿 蔵まつり」: an event after the kind word, no shop
        if m.group("kind") not in KINDS and re.fullmatch(r"[一-龥々]+", name):
            from tokumei.anonymize.sense import is_ordinary_word

            if is_ordinary_word(name) or len(name) > 4:
                continue  # ホワイトハウス 報道官: a katakana compound before an ordinary word names no shop
        a, b = m.start(), m.start("name") + len(name)
        if any(s.label == "ORGANIZATION" and s.start == a and (s.data or {}).get("core") and s.text[-1] not in _PARTICLES
               for s in out):
            # the detector's own kind + space + name, read on the tokens (居酒屋 じょっぱり|へこれから), unless it took in
            # a particle (珈琲 ほたる|は: the cut here drops it)
            continue
        # the detector read the name further (ギャラリー 杜の器さん: 杜|の器 is one name): its end wins over the cut
        longer = [s.end for s in out if s.label == "ORGANIZATION" and a <= s.start <= m.start("name") and b < s.end <= m.end("name")
                  and (re.search(r"[^\u3041-\u3096]", text[b : s.end])  # (not a trailing particle: 珈琲 ほたる|は)
                       or s.end == len(text) or text[s.end] in NAME_CLOSERS  # 中華そば こう|の」: the quote closes the name
                       # 珈琲 はぐるま|で, cafe ちゃのま|で: the detector ended the name before a particle, the cut before
                       # まで/の inside it — recall wins: the longer name
                       or _PARTICLE_WORD.fullmatch(text[b : s.end]) is None and text[s.end] in _PARTICLES
                       # 塩工房 なみのお|と|は: one letter more, then a particle — the detector's name (stop 42, read dev)
                       or s.end - b == 1 and text[s.end] in _PARTICLES)]
        if longer:
            b = max(longer)
            name = text[m.start("name") : b]
        inside = [s for s in out if s.start < b and a < s.end]
        # a name span that takes in the kind word or a trailing particle (珈琲 ほたるは, 料亭 かつらぎから) or a
        # place the model saw in the shop's name (ヘアメイク アルバ as LOCATION) gives way to the shop span
        if any(s.label not in _YIELDS or s.start < a or s.end > m.end("name") for s in inside):
            continue
        eid = next((s.entity_id for s in inside if s.label == "ORGANIZATION"), None)
        out = [s for s in out if s not in inside]
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, "種類の語＋空白＋屋号", eid,
                        data={"kind_prefix": m.group("kind") + m.group("sep"), "core": name}))
    return out


#: Kind words ending a business name whose own name is in hiragana or a surname (おかべ歯科医院,
#: おおわだ労務オフィス, ふじさき果樹園, 寺田労務サポート).
SUFFIXES = ("事務所", "オフィス", "歯科医院", "医院", "歯科", "クリニック", "保育園", "幼稚園", "こども園", "果樹園", "農園",
            "工房", "商店", "サポート", "パートナーズ", "整骨院", "接骨院", "治療院", "鍼灸院", "薬局", "酒店", "酒造",
            "醸造", "製作所", "工務店", "書店", "牧場", "菓子店", "洋菓子店", "写真館", "学習塾", "教室", "百貨店", "旅館",
            "本舗", "食堂",
            # care and support places named in hiragana (あけぼの作業所, ひかり学童クラブ)
            "作業所", "福祉作業所", "学童クラブ", "学童保育", "児童クラブ", "ストア", "ストアー")
_SUF_ALT = "|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True))
_HIRA_HEAD = re.compile(rf"(?P<head>[\u3041-\u3096ー]{{2,8}})(?P<mid>[一-龥ァ-ヶー]{{0,10}}?)(?P<kind>{_SUF_ALT})"
                        r"(?![一-龥ァ-ヶー])")
#: Verbs between a quotation or a name and the business (「…」という升田酒店, 〜と呼ばれる).
_QUOTING_VERBS = frozenset("いう いった 言う 呼ぶ 呼ばれる する した".split())
_OPENERS = frozenset("（(「『【[ \u3000\n\t、。・:：|｜／/")
_BAD_END = frozenset("いなのたるてにをはがでともへやよね")


def suffix_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with ORGANIZATION spans for hiragana-named businesses ending in a kind word that no
    span covers (the particle before the name, 平素より|おかべ歯科医院, is left out)."""
    from tokumei.anonymize.places import tokens_of

    out = list(spans)
    tokens = None
    for m in _HIRA_HEAD.finditer(text):
        a, b = m.start("head"), m.end()
        if tokens is None:
            tokens = tokens_of(text)
        # leading particles of the hiragana run belong to the sentence (より, から, には); after a
        # bracket, a space or the line start the run is the name itself (（とうじょう…事務所）)
        opened = a == 0 or text[a - 1] in _OPENERS
        for t in ([] if opened else tokens):
            if t.end <= a:
                continue
            if t.start >= m.end("head"):
                break
            if t.start < a or t.pos[0] in ("助詞", "助動詞", "接尾辞") or t.surface in _QUOTING_VERBS:
                # a word the run starts inside (育|てる) or a verb before the name (という|升田酒店); the honorific of
                # the person before (高橋|さん|は|ひかり保育園; stop 44, read anonymize dev wave 16: 「AA保育園」)
                a = t.end
                continue
            break
        head = text[a : m.end("head")]
        if head in _NOT_HEADS:
            continue  # いま工房にいるのは, ここ工房: an adverb or a pointing word before the kind word, no name
        # 「ことりの森保育園」: a head ending in の is a name only with a word between it and the kind word
        if len(head) < 2 or head[-1] in _BAD_END and not (head[-1] == "の" and m.group("mid") and len(head) >= 3):
            continue
        inside = [s for s in out if s.start < b and a < s.end]
        # a place or name inside the name (ふじ in ふじさき果樹園) gives way; so does an organisation span
        # that took in the particle before the name or stopped short of the kind word (平素よりおかべ歯科) — but not
        # one that starts before the run, with a legal form (有限会社は|ぎわら味噌工房: the は SudachiPy read as a
        # particle is the name's first letter; stop 39, names dev wave 11)
        if any(s.label not in _YIELDS or s.end > b or s.start < a and not (
                s.label == "ORGANIZATION" and a > m.start("head") and s.end > a
                and not (s.start < m.start("head") and LEGAL_MARK.search(text, s.start, m.start("head"))))
               for s in inside):
            continue
        out = [s for s in out if s not in inside]
        # (the entity of a same-offsets span stays: やまびこ商店 … やまびこさん share one letter; stop 43)
        same = next((s.entity_id for s in inside if (s.start, s.end) == (a, b) and s.label == "ORGANIZATION"), None)
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, "ひらがなの屋号＋種類の語", entity_id=same))
    return out


#: 「文具の小山内 店主」: a trade word, の and a family name, then the owner's role — the shop's 屋号.
_TRADE_NO_NAME = re.compile(r"(?<![一-龥々ぁ-んァ-ヺー])(?P<trade>[一-龥々ァ-ヺー]{1,5})の(?P<name>[一-龥々]{1,4})"
                            r"(?=[ \u3000]?(?:店主|店長|代表|女将|主人|オーナー|社長|若旦那|大将))"
                            # 「肉のまつむら」, 「魚の大森」: in brackets the trade-and-family name is the shop's own
                            r"|(?<=「)(?P<qtrade>[一-龥々ァ-ヺー]{1,5})の(?P<qname>[一-龥々]{1,4}|[ぁ-ゖ]{2,6})(?=」)"
                            # 寒河江市の酒のかねしち、: goods a shop sells, の, a kana name, then a delimiter or a particle
                            r"|(?<=[の、，・\s（(])(?P<gtrade>[一-龥々]{1,2})の(?P<gname>[ぁ-ゖ]{3,6})"
                            r"(?=[、。，）)」』\s]|(?:で|に|へ|は|が|まで|から)(?![ぁ-ゖ]))")


def trade_family_shops(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORGANIZATION span for a shop named by its trade and its family (「文具の小山内 店主」,
    「魚の大森 大将」): an ordinary trade noun, の, and a name the detector found as a person's surname there,
    before the owner's role. The surname span gives way to the shop (the owner's own name elsewhere keeps
    its person letter)."""
    from tokumei.anonymize.sense import _entries, _surname

    out = list(spans)
    found: list[tuple[str, str, str]] = []
    for m in _TRADE_NO_NAME.finditer(text):
        a, b = m.start(), m.end()
        g = "name" if m.group("name") else "qname" if m.group("qname") else "gname"
        trade, name = m.group("trade") or m.group("qtrade") or m.group("gtrade"), m.group(g)
        inside = [s for s in out if s.start < b and a < s.end]
        if any(s.label != "PERSON" or s.start < m.start(g) or s.end > m.end(g) for s in inside):
            continue
        if _NOT_TRADE.fullmatch(trade) or not any(p[:2] == ("名詞", "普通名詞") for p in _entries(trade)) \
                or not (inside or _surname(name) and g == "name"
                        or g == "qname" and trade in _SHOP_GOODS and re.fullmatch(r"[ぁ-ゖ]{3,6}", name)
                        or g == "gname" and trade in _SHOP_GOODS and _kana_shop_name(name)):
            # 「山の中」: in brackets only a name the detector found, or a kana name after goods a shop sells
            # (「魚のかわばた」)
            continue
        out = [s for s in out if s not in inside]
        # 文具の小野寺 → 文具のA: the trade stays, as a kind word does (never 「A寺」 from the name's last kanji)
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.65, SOURCE, "業種＋の＋姓の屋号（店主の前）",
                        data={"kind_prefix": trade + "の", "core": name}))
        found.append((text[a:b], trade, name))
    for shop, trade, name in found:
        # the same shop name written again without brackets or role (続く肉のまつむら。): the shop, not a person
        for m in re.finditer(re.escape(shop), text):
            a, b = m.span()
            inside = [s for s in out if s.start < b and a < s.end]
            if any(s.start < a or s.end > b or s.label not in ("PERSON", "ORGANIZATION") for s in inside) \
                    or any((s.start, s.end) == (a, b) and s.source == SOURCE for s in inside):
                continue
            out = [s for s in out if s not in inside]
            out.append(Span("ORGANIZATION", a, b, shop, 0.65, SOURCE, "業種＋の＋姓の屋号（既出）",
                            data={"kind_prefix": trade + "の", "core": name}))
    return out


def _kana_shop_name(name: str) -> bool:
    """A kana word that is no single dictionary word of the language (かねしち, まるいち, まつむら; not みどり,
    いろいろ, つまみ): after goods and の without brackets, only such a word is taken for a shop's name."""
    from tokumei.detect.names.tokens import tokenize

    toks = tokenize(name)
    return not (len(toks) == 1 and toks[0].pos[1] != "固有名詞")


# (_SHOP_GOODS, goods a shop is named after, is the detector's shop_words.SHOP_GOODS: rules.quoted_kind_first reads it too.)


#: Words before の that name a relation, a person or a place, not a trade (父の大森 社長, 地元の山田 社長).
_NOT_TRADE = re.compile(r"父|母|兄|弟|姉|妹|妻|夫|嫁|婿|息子|娘|祖父|祖母|孫|親|叔父|叔母|伯父|伯母|義父|義母|長男|次男|三男|長女|次女|"
                        r"友人|友達|先輩|後輩|同僚|上司|部下|担当|隣|近所|地元|うち|町|村|島|市|店|会社|弊社|当社|本社|支店|"
                        r"先代|当代|初代|二代目|三代目|社長|会長|専務|常務|店主|店長|代表|女将|主人|大将|親方|師匠|弟子|仲間|常連|客|皆|みんな")


# (The kind word + glued name pattern and its filters are the detector's :mod:`tokumei.detect.names.rules.kind_first`:
# detection reports the names, this net decides how each is replaced.)


#: Kana words before a kind word that are no shop's name (いま工房に, それまで蔵を, うち食堂は).
_NOT_HEADS = frozenset("いま いまは これから これまで それまで まだ もう ここ そこ あそこ うち みんな ずっと やっと すぐ "
                       "ちょうど いつも また まず さらに あの この その どの".split())


def kind_first_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORGANIZATION span for a place named right after its kind word (居酒屋とりきん →
    居酒屋A, ホテル潮騒 → ホテル〔要確認〕): the kind word stays; a name that is also a dictionary word
    (潮騒, 寿, ひだまり) is replaced by the neutral 〔要確認〕 (no letter asserts a company) and listed."""
    from tokumei.anonymize.places import tokens_of
    from tokumei.anonymize.sense import is_ordinary_word

    if KIND_GATE.search(text) is None:
        return list(spans)
    tokens = tokens_of(text)
    # the detector's own kind + name spans (rules.kind_first) give way: this net decides letter or 〔要確認〕 as before
    out = [s for s in spans if not (s.data or {}).get("kind_first")]
    for m, b, name in named(text, tokens):
        a = m.start()
        inside = [s for s in out if s.start < b and a < s.end]
        if any(s.start < a or s.end > b or s.label not in ("PERSON", "LOCATION", "ORGANIZATION") for s in inside):
            continue  # a longer name or an identifier around it: left to it
        same = [s for s in inside if s.label == "ORGANIZATION" and (s.start, s.end) == (a, b)]
        if same and not (same[0].data or {}).get("kind_prefix"):
            # 美容室ルミナ found whole by the detector: the kind word stays (美容室A, never A社)
            out = [x for x in out if x is not same[0]]
            out.append(same[0].with_(data={**(same[0].data or {}), "kind_prefix": text[a:m.start("name")], "core": name}))
            continue
        if any(s.label == "ORGANIZATION" and s.start <= m.start("name") and s.end >= b for s in inside):
            continue  # the name is already an organisation
        ordinary = is_ordinary_word(name)
        if re.fullmatch(r"[一-龥々]+", name) and (ordinary or name[-1] in _KANJI_NOT_NAME_END):
            continue  # ホテル業界, カフェ店員, 特養入所: a kanji word after the kind is an ordinary compound (寿 stays a name)
        out = [s for s in out if s not in inside]
        if ordinary:
            na, nb = m.start("name"), b
            out.append(Span("ORGANIZATION", na, nb, name, 0.6, SOURCE, "種類の語の後の名前（辞書の語でもあるので記号を当てずに伏せる）",
                            data={"unsure": True}))
        else:
            out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6, SOURCE, "種類の語＋名前（屋号）",
                            data={"kind_prefix": text[a:m.start("name")], "core": name}))
    return out
