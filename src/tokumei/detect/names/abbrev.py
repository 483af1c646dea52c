"""Short names of organisations found earlier in the same document: the name without its trade word
(マルタカ水産株式会社 … マルタカでは干物を作る → マルタカ is the company). A bare surname guess with no
honorific or title that equals the short name becomes the organisation, and so do other mentions of it
before a particle.

Only a short name in katakana or one SudachiDict reads as a proper noun that is neither a place nor a
person's name (マルタカ, トヨタ; not 日本 of 日本航空, 東京 of 東京商事, nor a surname: 富田豆腐店 … 富田の
おばあちゃん is the family, the hand-written gold says), and only when no person in the text carries that
name with an honorific or a title.

例::

    >>> from tokumei.span import Span
    >>> t = "マルタカ水産株式会社は創業50年。マルタカでは干物を作る。"
    >>> org = Span("ORGANIZATION", 0, 10, "マルタカ水産株式会社", 0.9, "r", "法人格")
    >>> [(s.label, s.text) for s in short_org_names(t, [org])][1:]
    [('ORGANIZATION', 'マルタカ')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from tokumei.detect.names.lexicon import ORG_SUFFIXES
from tokumei.detect.names.tokens import tokenize
from tokumei.detect.names.variants import org_core
from tokumei.span import Span

SOURCE = "jp.names.coref.v1"
REASON = "既出の組織名の略称（業種の語を除いた名前）"
#: Trade words whose removal leaves the company's own name (not 大学/病院/神社: an institution's name
#: without its kind is often a person's or a place's).
_TRADES = sorted((w for w in ORG_SUFFIXES if w not in frozenset(
    "大学 短期大学 高校 高等学校 中学校 小学校 学園 学院 専門学校 幼稚園 保育園 保育所 こども園 病院 医院 クリニック 歯科 "
    "歯科医院 診療所 寺 寺院 神社 大社 神宮 商店街 自治会 町内会 町会 組合 協会 連合会 連盟 財団 機構".split())),
    key=len, reverse=True)
_AFTER = ("では", "は", "が", "の", "で", "に", "も", "と", "へ", "を", "から", "として", "だけ", "より", "さん", "」")
#: A hiragana short name (やまびこ of 「やまびこ商店」; stop 43, read names dev wave 15) and what calls the shop by it.
_HIRA_SHORT = re.compile(r"[ぁ-ゖー]{3,8}")
_HIRA_CALLED = re.compile(r"(?:さん|さま)(?!とこ)")
_PLACE_HIRA = re.compile(r"[\u4e00-\u9fff々]{1,3}([ぁ-ゖー]{3,8})")
_KATA = re.compile(r"[ァ-ヴー]{3,}")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z]")


#: The trade words as one tuple for ``str.endswith`` (one C call tells whether any can be removed at all).
_TRADES_ANY = tuple(_TRADES)


@lru_cache(maxsize=4096)
def _short(name: str) -> str | None:
    """The short name of the organisation ``name``, or None. A pure function of the name (SudachiDict does not
    change in a process), so kept per name: the tokenization it may need costs more than the rest of the step."""
    core = org_core(name)
    if not core.endswith(_TRADES_ANY):
        return None  # no trade word at the end (most names): the search below would find none
    trade = next((w for w in _TRADES if core.endswith(w) and len(core) > len(w)), None)
    if trade is None:
        return None
    short = core[: -len(trade)]
    if _HIRA_SHORT.fullmatch(short):
        return short  # やまびこ of やまびこ商店: read only before さん or in quotes (:data:`_HIRA_CALLED`)
    if (m := _PLACE_HIRA.fullmatch(short)) is not None:
        return m.group(1)  # 名草やまびこ商店 … やまびこさん: the kana name after the district's kanji
    toks = [t for t in tokenize(short) if t.surface.strip()]
    if (len(short) < 2 or len(toks) != 1 or toks[0].pos[2] in ("地名", "人名")
            or not (toks[0].oov or toks[0].pos[1] == "固有名詞" or _KATA.fullmatch(short))):
        return None
    return short


def short_org_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with bare mentions of an organisation's short name labelled as that organisation."""
    shorts: dict[str, Span] = {}
    for s in spans:
        # (not from a doubtful span: カヌー教室 at 0.45 made every カヌー of a-dev-390 an organisation at 0.6)
        if s.label == "ORGANIZATION" and s.score >= 0.5 and not (s.data or {}).get("reference") and (k := _short(s.text)):
            shorts.setdefault(k, s)
    if not shorts:
        return spans
    titled = {s.text for s in spans if s.label == "PERSON" and (s.score >= 0.8 or (s.data or {}).get("title"))}
    shorts = {k: v for k, v in shorts.items() if k not in titled}
    if not shorts:
        return spans
    out = []
    for s in spans:
        if s.label == "PERSON" and s.text in shorts and s.score < 0.8 and not (s.data or {}).get("title"):
            org = shorts[s.text]
            s = s.with_(label="ORGANIZATION", reason=REASON, data={"canonical": org.text, "abbreviation": True})
        out.append(s)
    taken = [(s.start, s.end) for s in out]
    for k, org in shorts.items():
        for m in re.finditer(re.escape(k), text):
            a, b = m.span()
            if (a > 0 and _WORD_CHAR.match(text[a - 1]) or not text.startswith(_AFTER, b)
                    or any(x < b and a < y for x, y in taken)):
                continue
            if _HIRA_SHORT.fullmatch(k) and not (_HIRA_CALLED.match(text, b) or text[a - 1 : a] == "「" and text.startswith("」", b)):
                continue  # (a hiragana short name is a word too: only the shop called by it, やまびこさん, 「やまびこ」)
            out.append(Span("ORGANIZATION", a, b, k, 0.6, SOURCE, REASON, data={"canonical": org.text, "abbreviation": True}))
            taken.append((a, b))
    return sorted(out, key=lambda s: (s.start, s.end, s.label))


HOUSEHOLD_REASON = "〜さんとこ・店の呼び名（既出の組織名の一部）"
#: 〜さんとこ (〜さんの所, colloquial): the shop, the farm or the household of that name (ひだまりさんとこと学童, さかえやさんとこの味).
_TOKO = re.compile(r"(?:さん|さま|ちゃん)(?:とこ|ところ)(?=[のでにとはもへがや、。」\s]|から|まで)")
_NAME_RUN = re.compile(r"[ぁ-ゖァ-ヴー\u4e00-\u9fff々A-Za-z]{2,12}$")
_KANA_NAME = re.compile(r"[ぁ-ゖァ-ヴー]{3,8}")
_QUOTED_TOKO_NAME = re.compile(r"[ァ-ヴー]{3,8}|[\u4e00-\u9fff々]{2,4}|[ぁ-ゖ]{2,5}[\u4e00-\u9fff々]{1,2}")
#: A person's word and の before a name: 兄の奥さんのニーナが (the woman the café is named after, not the café).
_PERSON_BEFORE = re.compile(r"(?:さん|様|妻|夫|嫁|婿|娘|息子|母|父|兄|姉|弟|妹|孫|長男|長女|次男|次女)の$")


#: What says a kana name is said of a shop (stop 42, from the read dev sets): 「やまじゅうさん」で通っている (quoted, with
#: さん, before a verb of calling), おがわ 駅前ANNEX / きたがわ 小倉店 (a space and a branch), 肉のたかはし (goods and の),
#: 「ヤマモト電化」, いがらしオフィス (a business word glued after it). Without such words a kana name that a business of
#: the text also holds stays a person (「あくつ」って読めない: the reading of 圷, whose office is あくつ労務事務所).
_CALLED_AFTER = re.compile(r"(?:さん|さま)?[」』](?:で通|と呼|って呼|と略|の呼び名|の愛称)")
_BRANCH_AFTER = re.compile(r"[ 　][^ 　\n、。]{1,10}?(?:店|支店|本店|営業所|ANNEX|Annex|館)")
_GOODS_BEFORE = re.compile(r"(?:肉|魚|花|米|茶|酒|菓子|パン|豆腐|とうふ|惣菜|金物|ふとん|布団|呉服|薬|本|靴|時計|メガネ|眼鏡|鮮魚|青果|精肉)の$")
_KIND_GLUED = re.compile(r"(?:オフィス|電化|電器|商店|工房|食堂|農園|書店|本舗|製作所|事務所)")


#: A quoted kana name called with さん, said to be what people call it (「かさねさん」で通じる).
_QUOTED_CALLED = re.compile(r"(?<=[「『])([ぁ-ゖァ-ヴー]{3,8})(?:さん|さま)[」』](?=で通|と呼|って呼)")
#: A quoted shop's kana name, の and what the person who keeps it is called (「かもめのおばちゃん」, 「はまかぜのおかあさん」).
_CALLER_NO = re.compile(r"(?<=[「『])([ぁ-ゖァ-ヴー]{2,8})の(?:おばちゃん|おばさん|おかあさん|お母さん|おかみさん|女将さん|大将|おやじ|親父|"
                        r"おじさん|おじちゃん|おっちゃん|ママ|マスター)(?=[」』])")


def _kana_holds(org: str, name: str) -> bool:
    """A kana ``name`` (3 letters or more; 2 for a quoted caller's) is the name of ``org`` as people say it: written in the
    other kana inside it after no kana (ヤマホン醤油 … やまほん, 御菓子処かさね屋 … かさね), or the reading of its leading kanji
    (丸岩醤油醸造場 … マルイワ, 石塚総合事務所 … いしづか; stop 44, read names dev wave 16)."""
    if not _ANY_KANA.fullmatch(name):
        return False
    import jaconv

    h, t = jaconv.kata2hira(name), jaconv.kata2hira(org)
    i = t.find(h)
    if i >= 0 and (i == 0 or not _ANY_KANA.match(t[i - 1])):
        return True
    return len(h) >= 3 and _lead_reading(org).startswith(h)


@lru_cache(maxsize=256)
def _lead_reading(org: str) -> str:
    """The hiragana reading of the leading kanji of ``org``'s core (丸岩醤油醸造場 → まるいわ…; "" without one): read once per
    organisation, while :func:`household_names` asks each kana tail of a run against every organisation."""
    import jaconv

    from tokumei.detect.names.tokens import _tokenize

    lead = _KANJI_LEAD.match(org_core(org))
    return jaconv.kata2hira("".join(x.reading for x in _tokenize(lead.group(), True))) if lead else ""


_ANY_KANA = re.compile(r"[ぁ-ゖァ-ヴー]+")
_KANJI_LEAD = re.compile(r"[\u4e00-\u9fff々]{2,8}")


def _shop_said(text: str, s: Span) -> bool:
    return bool(_CALLED_AFTER.match(text, s.end) or _BRANCH_AFTER.match(text, s.end) or _KIND_GLUED.match(text, s.end)
                or _GOODS_BEFORE.search(text, max(0, s.start - 3), s.start))


def household_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the names before 〜さんとこ, and kana names a rule read as a person where the words around say a shop
    (:func:`_shop_said`), labelled as the organisation of the text whose name holds them (stop 42, read dev wave 14:
    「放課後等デイサービス ひだまりキッズ」 … ひだまりさんとこ, 「割烹さかえや」 … 「さかえやさんとこの味」, 合資会社やまじゅう醸造 …
    「やまじゅうさん」で通っている — the writers mark them as the organisation). A kana name before さんとこ that no organisation
    holds is the organisation too when it opens a quote or
    follows a delimiter (「ひなたさんとこの卵」: a business called by its name); a kanji name there stays what the rules said
    (田中さんとこの息子: a family, found as a person).

    例: ``household_names("「割烹さかえや」へ。「さかえやさんとこの味」", [Span("ORGANIZATION", 1, 7, "割烹さかえや", .6, "r", "")])``
    adds ORGANIZATION さかえや (canonical 割烹さかえや)."""
    if "とこ" not in text and not any(s.label == "PERSON" and _KANA_NAME.fullmatch(s.text) for s in spans) and (
            "「" not in text or not (_CALLER_NO.search(text) or _QUOTED_CALLED.search(text))):
        return spans
    orgs = [s for s in spans if s.label == "ORGANIZATION" and s.score >= 0.5 and not (s.data or {}).get("reference")]

    def holder(name: str) -> Span | None:
        # (at either end of the name or of its last word: ひだまり of 「放課後等デイサービス ひだまりキッズ」)
        return next((o for o in orgs if len(o.text) > len(name) and (
            (w := o.text.split()[-1]).startswith(name) or w.endswith(name) or org_core(o.text).startswith(name)
            or _kana_holds(o.text, name))), None)

    out = []
    for s in spans:  # 「やまじゅうさん」で通っている read as a nickname: the kana name of 合資会社やまじゅう醸造
        d = s.data or {}
        quoted = text[s.start - 1 : s.start] in ("「", "『") and _CALLED_AFTER.match(text, s.end) is not None
        if (s.label == "PERSON" and (s.score < 0.9 and not d.get("title") or quoted and s.score <= 0.9 and d.get("title") in (None, "さん", "さま"))
                and _KANA_NAME.fullmatch(s.text)
                and not _PERSON_BEFORE.search(text, max(0, s.start - 6), s.start) and _shop_said(text, s)
                and (o := holder(s.text))):
            s = s.with_(label="ORGANIZATION", reason=HOUSEHOLD_REASON, data={"canonical": o.text, "abbreviation": True})
        out.append(s)
    for m in _QUOTED_CALLED.finditer(text) if "「" in text else ():
        # 「かさねさん」で通じる of 「御菓子処かさね屋」, when no rule read the kana as a person's name (stop 44)
        a, b = m.span(1)
        if (o := holder(m.group(1))) is not None and not any(x.start < b and a < x.end for x in out):
            out.append(Span("ORGANIZATION", a, b, m.group(1), 0.6, SOURCE, HOUSEHOLD_REASON,
                            data={"abbreviation": True, "canonical": o.text}))
    for m in _CALLER_NO.finditer(text) if "「" in text else ():
        # 「かもめのおばちゃん」 of 「地魚酒場 かもめや」: the shop the mother who runs it is called after (stop 44)
        a, b = m.span(1)
        # (a quoted-name rule may have read the whole nickname as the business: 「しおかぜのおばちゃん」で通っている)
        whole = [x for x in out if x.label == "ORGANIZATION" and (x.start, x.end) == (m.start(), m.end())]
        if (o := holder(m.group(1))) is not None and not any(
                x.start < m.end() and m.start() < x.end for x in out if not any(x is w for w in whole)):
            out = [x for x in out if not any(x is w for w in whole)]
            out.append(Span("ORGANIZATION", a, b, m.group(1), 0.6, SOURCE, HOUSEHOLD_REASON,
                            data={"abbreviation": True, "canonical": o.text}))
    for m in _TOKO.finditer(text) if "とこ" in text else ():
        run = _NAME_RUN.search(text, max(0, m.start() - 12), m.start())
        if run is None:
            continue
        a = b = m.start()
        o = None
        for k in range(run.start(), b - 1):  # the longest tail of the run an organisation of the text holds
            h = holder(text[k:b])
            if h is not None and (b - k >= 3 or h.text.startswith(text[k:b]) or h.text.split()[-1] == text[k:b]
                                  or org_core(h.text).startswith(text[k:b])):  # (有限会社岩永工務店 … 岩永さんとこ; stop 43)
                a, o = k, h
                break
        if o is None:
            whole = run.group()
            k = max(whole.rfind(c) for c in "のはがをにでとも") + 1 if not _KANA_NAME.fullmatch(whole) else 0
            a = run.start() + k
        # 「坂印さんとこ」, 「テラカドさんとこ」, 「古賀さんとこ」: a name that is the whole quote with さんとこ is the business's
        # (stop 43)
        quoted_name = (text[a - 1 : a] in ("「", "『") and text.startswith(("」", "』"), m.end())
                       and bool(_QUOTED_TOKO_NAME.fullmatch(text[a:b])))
        if o is None and not quoted_name and (not _KANA_NAME.fullmatch(text[a:b])
                                              or (k == 0 and run.start() > 0 and text[run.start() - 1] not in "「『（(、：: 　\n")):
            continue
        # (a person span of the name with the さん of さんとこ gives way where the quote is the name, 「坂印さんとこ」, or a
        # business of the text holds a kana name, 「ささゆり豆腐店」 … ささゆりさんとこ; a kanji surname there is mostly the family
        # the writers mark as a person, 濵田農園 … 濵田さんとこのゆず: 8 of 10 on the read dev sets; stop 43)
        called = quoted_name or (o is not None and bool(_KANA_NAME.fullmatch(text[a:b])))
        if any(x.start < b and a < x.end and not (x.label == "PERSON" and (x.score < 0.9 or called and x.end == b)
                                                   and (x.start, x.end) == (a, b)) for x in out):
            continue
        out = [x for x in out if not (x.label == "PERSON" and (x.start, x.end) == (a, b))]
        out.append(Span("ORGANIZATION", a, b, text[a:b], 0.6 if o is None else 0.7, SOURCE, HOUSEHOLD_REASON,
                        data={"abbreviation": True, **({"canonical": o.text} if o else {})}))
    return sorted(out, key=lambda s: (s.start, s.end, s.label))
