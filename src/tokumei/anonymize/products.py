"""A quoted product or event taken for an organisation (or a person) is no company (issue #12).

「主力の「仙台長なす漬」は」「「海風しぼり」という升田酒店だけの限定酒」「毎年夏の「須坂寺子屋まつり」は」:
the detector reported the quoted name as an organisation, and the pseudonym operator wrote 「B社」 — a
company's letter on a pickle, a sake or a festival. A quoted name is a product or an event here when

* its name ends in a product's or an event's head word (…漬, …大福, …まつり, …マルシェ), or
* the re-identification wording calls the quote a brand or an event (:mod:`.risk_wording`: 「…」を飲む,
  自慢の「…」, 「…」という…の限定酒) — and, for a name the detector took from a business context
  (「…」という…), the noun the context names is no business (升田酒店だけの|限定酒, not 「こもれび」という|カフェ).

Such a span is marked ``data["product"]``: :func:`tokumei.anonymize.sense.triage` keeps it as written
and lists it for review (the ``brand`` / ``event`` risk flags it too), and the place steps of
:func:`tokumei.anonymize.careful.careful` look inside it, so the town in its name still goes
(「仙台長なす漬」 → 「（地名）長なす漬」). A legal form, a kind word (「洋食 橘亭」, 「蓬屋」) or an honorific
after the quote keeps the span an organisation.

例::

    >>> from tokumei.span import Span
    >>> t = "主力の「仙台長なす漬」は百貨店で売れている。"
    >>> [s.data.get("product") for s in quoted_products(t, [Span("ORGANIZATION", 4, 10, "仙台長なす漬", .77, "m", "")])]
    [True]
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import LEGAL_MARK
from tokumei.detect.names.rules.base import LATIN_ORG_WORDS
from tokumei.span import Span

__all__ = ["quoted_products", "PRODUCT_REASON"]

PRODUCT_REASON = "かぎ括弧の商品名・催し名（会社の記号を当てない）"
_HEAD = re.compile(r"(?:漬|漬け|漬物|大福|もなか|最中|饅頭|まんじゅう|羊羹|煎餅|せんべい|団子|酒|ビール|ワイン|焼酎|サイダー|"
                   r"ジャム|ブレンド|味噌|醤油|サブレ|クッキー|まつり|祭り|祭|フェス|フェスタ|フェスティバル|マルシェ|フェア|"
                   r"夜市|朝市|めぐり|ウォーク|ラリー)$")
_HONORIFIC = re.compile(r"[」』][ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん)")
#: Words that end a business's description (「こもれび」というカフェ, 「ミチシルベ」という会社).
_BUSINESS_END = re.compile(r"(?:会社|社|店|屋|亭|堂|庵|舎|カフェ|食堂|レストラン|工房|教室|塾|サロン|ショップ|ストア|ベーカリー|"
                           r"旅館|ホテル|宿|民宿|事務所|農園|牧場|蔵|酒蔵|ブランド|チーム|グループ|団体|バンド|ユニット|加工所|作業所|工場|直売所)$")
#: The noun phrase a 「…」という context names, up to its particle (升田酒店だけの限定酒|が).
_TOIU = re.compile(r"[」』][ \u3000]*(?:という|といった|って)(?P<np>[^、。！？\n「」]{1,20}?)(?:が|を|は|に|で|も|と|、|。|$)")


#: Reasons of the detector's shop rules (:mod:`tokumei.detect.names.rules.offices`): the quote is a business's name.
_SHOP_RULE = re.compile("屋号|業種の語|農園の名前")


def _kind_and_space(name: str) -> bool:
    """「手打ちそば 釜の淵 柚木庵」: a shop's kind word and a space open the quote — a shop's sign, no product's name."""
    from tokumei.detect.names.rules.shop_words import SHOP_WORD_RE

    m = SHOP_WORD_RE.match(name)
    if bool(m) and m.group().endswith((" ", "\u3000")) and len(name) > m.end():
        return True
    # 「おやつ工房 さなの実」: a word ending in a shop's kind word, a space, the name (a-dev-379, kept as a product before)
    return _KIND_WORD_SPACE.match(name) is not None


#: A short word that ends in a workshop's or shop's kind word, then a space and a name of one to eight letters.
_KIND_WORD_SPACE = re.compile(r"[^ \u3000「」]{1,6}(?:工房|食堂|商店|茶屋|酒場|農園|菓子店|精肉店|鮮魚店|珈琲店)[ \u3000][^ \u3000]{1,8}$")


def _quoted_kinds(text: str) -> dict[tuple[int, int], str]:
    """(start, end) → kind of every quoted name (brackets included) the risk wording calls a brand or an event."""
    from tokumei.anonymize.risk import find_risks

    return {(f.start, f.end): f.kind for f in find_risks(text) if f.kind in ("brand", "event")}


def _business_word_end(name: str) -> bool:
    """The quoted name ends in a business word of the detector's list (からさわ建具, やまね工務店): a business, not a
    product — a one-letter word (会, 団, 社) does not count."""
    from tokumei.detect.names.rules.base import _WEAK_SUFFIX, org_end

    end = org_end(name.strip())
    return bool(end and end not in _WEAK_SUFFIX and len(end) >= 2 and len(name.strip()) > len(end))


def _mark(s: Span) -> Span:
    return s.with_(data={**(s.data or {}), "product": True}, reason=s.reason + "・" + PRODUCT_REASON)


def quoted_products(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each quoted product or event organisation marked ``data["product"]`` (see the module docstring)."""
    from tokumei.anonymize.pseudonyms import org_suffix

    cands = [i for i, s in enumerate(spans) if text[s.start - 1 : s.start] in ("「", "『")
             and text[s.end : s.end + 1] in ("」", "』") and not _HONORIFIC.match(text, s.end)
             and not (s.data or {}).get("nickname")  # 芸名を「浜乃 照鶴」という: the detector read a person's name
             and not (s.data or {}).get("signed")  # 「Song Minju」と看板に書いて: the name a person writes (stop 43)
             and (s.label == "ORGANIZATION" and not LEGAL_MARK.search(s.text) and not (s.data or {}).get("kind_prefix")
                  and org_suffix(s.text) == "社" and not _business_word_end(s.text)
                  # 屋号の「マル土」, 訪問看護ステーション「こもれび」: the detector read a business's kind before the quote
                  and "業種の語＋「」" not in (s.reason or "") + str((s.data or {}).get("rule") or "")
                  # 「丸ト味噌」: a maker's 屋号 mark before its product names the maker, not the miso; 「かき焼き 竹崎丸」,
                  # 「梅の坂元園」: the detector's shop rules (屋号, kind word + name, a family's farm) named a business
                  and not _SHOP_RULE.search(s.reason or "") and not _kind_and_space(s.text)
                  # 「Maple English Room」, 「Cafe Lumière」: a Latin name holding a business's word (stop 44)
                  and not (s.text.isascii() and any(w.lower().strip(".") in LATIN_ORG_WORDS for w in s.text.split()))
                  # 主力銘柄「雪乃華」: the model read a quoted sake as a person's name. Only a name written
                  # nowhere else unquoted (a person is mentioned again, a brand stays in its brackets)
                  or s.label == "PERSON" and text.count(s.text) == text.count(f"「{s.text}」") + text.count(f"『{s.text}』"))]
    # a person inside a quoted name but not at its front (代表銘柄「雪ノ澄」: the model took 澄 alone;
    # 「ひだか医療の…デー」: a name at the front is the town), written nowhere unquoted
    inner: dict[int, re.Match[str]] = {}
    quotes: list[str] | None = None
    for i, s in enumerate(spans):
        if s.label != "PERSON" or i in cands:
            continue
        q = _QUOTE_AROUND.search(text, max(0, s.start - 24), min(len(text), s.end + 24))
        if q is None or not (q.start() + 1 < s.start and s.end <= q.end() - 1):
            continue
        if quotes is None:
            quotes = [m.group() for m in _QUOTE_AROUND.finditer(text)]
        if text.count(s.text) == sum(1 for m in quotes if s.text in m):
            inner[i] = q
    if not cands and not inner:
        return spans
    kinds: dict[tuple[int, int], str] | None = None  # asked only when a head word does not decide
    out = list(spans)
    for i in cands:
        s = spans[i]
        product = bool(_HEAD.search(s.text.strip()))
        if not product:
            if kinds is None:
                kinds = _quoted_kinds(text)
            product = (s.start - 1, s.end + 1) in kinds
            m = _TOIU.match(text, s.end)
            if product and m and (org_suffix(m.group("np")) != "社" or _BUSINESS_END.search(m.group("np"))):
                product = False  # 「こもれび」というカフェ: the context names a business, the quote is its name
        if product and _ORDERED_FROM.match(text, s.end):
            product = False  # 「かもめ弁当」に委託: work is given to a business, not to a product (stop 43)
        if product:
            out[i] = _mark(s)
    for i, q in inner.items():
        if kinds is None:
            kinds = _quoted_kinds(text)
        # a brand only (an event's name in front of its kind word is the town: anonymize.sense)
        if any(a <= q.start() and q.end() <= b for (a, b), kind in kinds.items() if kind == "brand") \
                and not _HONORIFIC.match(text, q.end() - 1):
            out[i] = _mark(spans[i])
    return out


_ORDERED_FROM = re.compile(r"[」』](?:さん)?に(?:委託|発注|外注|依頼)")
_QUOTE_AROUND = re.compile(r"「[^「」\n]{1,24}」|『[^『』\n]{1,24}』")
