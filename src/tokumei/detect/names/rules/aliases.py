"""What a business is called (tier 1): the quoted names a text lists before a naming verb.

A case study says how people know the business — 町内では「鳴海畳」、お年寄りは「なるみのたたみや」と呼ぶ;
社内では「しおさい」、取引先には「しおさいシス」の略称で通っている; 幟はひらがなで「こたにのうえん」. Each quoted
name in such a list identifies the business as much as its registered name does, but is often kana or an
ordinary word (こもれび, しおさい) that no shape rule takes. So:

* a naming verb (と呼ぶ・呼ばれ・で通っている・の略称・の愛称) or a script phrase (ひらがなで「…」) marks the quotes of
  its sentence, joined by 、/とか/とも/や or a 〜では・〜は phrase, as names;
* only where the sentence or the one before speaks of a business (店, 屋号, 事業所, 組, 略称, 登記 …): a
  person's nickname (みんなは「チア」と呼ぶ) is :func:`.given.called_names`'s;
* every other quoted or bare mention of such a name of three or more characters in the document is the
  business too (毎年「みやら組」の仕事).

例::

    >>> [s.text for s in business_aliases("鳴海畳店は三代目。町内では「鳴海畳」、お年寄りは「なるみのたたみや」と呼ぶ。", [])]
    ['鳴海畳', 'なるみのたたみや']
"""
from __future__ import annotations

import re

from tokumei.detect.names.lexicon import NOT_NAMES, SHOP_TRADES, TITLES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.span import Span

#: A verb of calling right after a closing quote or bracket (「…」と呼ぶ, 『…』って呼ばれてる, 「…」で通っている); also read
#: by :func:`tokumei.detect.names.rules.work_titles` (a quote so followed is a nickname, no work title).
NAMING_VERB = r"(?:と|って|で)(?:も)?(?:略して|縮めて)?(?:呼|よ[ばびぶべん]|通っ|通る|通じ)"  # (「かなぞうさん」と略して呼ばれる: stop 45)
#: The verb after the last quote: people call the business so (not と言われた: a quote of speech).
_NAMING = re.compile(r"」" + NAMING_VERB + r"|」の(?:略称|愛称|通称|呼び名)"
                     # 「まるたかさん」の方が通じます, 「タカキュウ」と言えば, 分院に「ひだまり」と付けました
                     r"|」の方が(?:通じ|通っ|知られ)|」(?:と|って)(?:言えば|いえば)|」と(?:付け|つけ|名付け|名づけ|命名し)"
                     # 島では「みやら組」、登記上は「有限会社ミヤラ建築」という: という after a name's own word (_NAME_TALK)
                     r"|」(?P<say>(?:と|って)(?:いう|言う|いいます|言います))(?!ん)")
_NAME_TALK = re.compile(r"登記|正式|社名|屋号|店名|名前|名称|名義|看板")
#: 近所の人はみんな「まるたか」。: how the people around call it, said as a plain statement.
_PEOPLE_SAY = re.compile(r"(?:近所の人|地元の人|町の人|島の人|お客さん|常連さん|みんな|皆)(?:は|も)(?:みんな|皆)?[ 　]*[「『]([^「」『』\n]{2,12})[」』](?=[。、]|です|でした|だ)")
#: A script phrase right before the quote: the same name in other letters (幟はひらがなで「こたにのうえん」).
_SCRIPT = re.compile(r"(?:ひらがな|平仮名|カタカナ|片仮名|ローマ字|英語|英字|漢字)(?:で|では|表記で|だと)[「『]([^「」『』\n]{2,15})[」』]")
#: 宮坂精工（地元では「ミヤセイ」）, 〜商店（通称「マルタカ」）: a bracket right after a name says what people call it; a
#: press release's 以下 may close a bracket that gave other facts first (〜振興組合（理事長：…、以下「宮中振」）: stop 40).
_BRACKET_ALIAS = re.compile(r"(?<=[\u4e00-\u9fff々ァ-ヴー」])[（(](?:地元では|地元で|町では|島では|社内では|通称|愛称|略称|屋号|以下"
                            r"|[^（）()「」『』\n]{1,30}?[、，,][ 　]*以下)[はの：:、]?[ 　]*"
                            r"[「『]([^「」『』\n]{2,12})[」』][）)]")
#: Between two quotes of one list: punctuation, とか/とも/や, and a short 〜では・〜は・〜には phrase (年配の方は).
_JOIN = re.compile(r"[、，,・]?(?:とか|とも|や|、|というより|より)?[、，,]?(?:[^「」。\n、（）()：:]{0,14}?(?:では|には|は|からは|だと)[、，,]?)?"
                   r"(?:屋号の|社名の|店名の|通称の|愛称の|登記上の)?")
#: A thing named so, not the business: この店の名物は「おやき」と呼ぶ.
_THING_TALK = re.compile(r"名物|料理|商品|メニュー|菓子|定食|丼|製品|作品|品種|銘柄|ブランド|呼び方|方言")
_QUOTE = re.compile(r"[「『]([^「」『』\n]{2,15})[」』]")
#: Words that say the sentence is about a business (not a person's nickname).
_BUSINESS_TALK = re.compile(r"店|屋号|屋|事業所|作業所|事務所|会社|法人|組合|工房|工務店|農園|牧場|蔵元|酒蔵|旅館|宿|医院|歯科|病院|"
                            r"分院|本院|工場|製麺|教室|"
                            r"診療所|薬局|サロン|略称|登記|社内|取引先|患者|お客|商品|看板|幟|のれん|暖簾|"
                            r"社名|略して|縮めて")  # (社名を縮めて「クロモク」と呼ばれています: stop 45, read anonymize dev)
#: Two letters of one script in a row: a mention glued to them is part of a longer word.
_SAME_WORD = re.compile(r"[\u4e00-\u9fff々]{2}|[ァ-ヴー]{2}|[ぁ-ゖ]{2}")
_PERSON_CALL = re.compile(r"(?:ちゃん|くん|君|じい|ばあ|先生|社長)$")


def _sentence(text: str, i: int) -> tuple[int, int]:
    a = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [k for k in (text.find("。", i), text.find("\n", i)) if k >= 0]
    return a, min(ends) if ends else len(text)


def _with_sentence_before(text: str, a: int) -> int:
    """Where the sentence before the one starting at ``a`` starts (``a`` itself for the first sentence)."""
    return _sentence(text, a - 2)[0] if a > 1 else a


_TRADE_NAME = re.compile(r"(?:屋|店|組|畳|作業所|事業所|農園|牧場|工房|工務店|歯科|医院|商店|旅館|蔵)$|(?:屋|店)(?=さん)")
#: A person named near the naming verb: after it (と呼ばれている店主) or before the quotes (職人の源田は、私を).
_PERSON_AFTER_CALL = re.compile(r"[^。\n「」]{0,8}?(?:店主|社長|職人|男性|女性|先輩|後輩|親方|主人|女将|大将|おじさん|おばさん|"
                                r"おじいさん|おばあさん|母|父|兄|姉|息子|娘|人(?![気口])|方(?!法|針|向))")
_PERSON_BEFORE = re.compile(r"(?:私|僕|俺|彼|彼女|自分|店主|社長|職人|親方|主人|女将|大将|息子|娘|父|母|兄|姉|弟|妹)(?:の[^「」。、\n]{1,6})?(?:は|を|も)")
_HONORIFIC_END = re.compile(r"(?:さん|さま|様)$")
#: A quote that opens with a generic word and の is a phrase about the business (「店の守り神」), not its name.
_GENERIC_LEAD = re.compile(r"^(?:店|お店|うち|会社|家|町|村|島|浜|山|皆|みんな)の")


#: What a document calls the party it defines (以下「当社」, 以下「甲」): a reference word, no name of the business.
_SELF_REFERENCES = frozenset("当社 弊社 同社 本社 当店 弊店 本店 当会 本会 当法人 本法人 当組合 本組合 当協会 本協会 当園 当院 "
                             "当事務所 当館 当蔵 当方 甲 乙 丙 丁 会社 法人 組合 協会".split())
#: What regulars call the one who keeps a shop (親父さんを「大将」と呼んで): a term of address, no name (stop 41). Not the
#: lexicon's ROLE_CALL: なぜか「おかあ」と呼ばれている is one woman's nickname (a-dev-496), and ROLE_CALL holds おかあ.
_ADDRESS_TERMS = frozenset("大将 親方 親父 おやじ オヤジ 女将 おかみ ママ マスター 師匠 先輩 旦那 大旦那 若 若旦那 若大将 "
                           "おかあさん おとうさん お母さん お父さん ボス 店長 棟梁 姐さん 姉さん 兄さん 兄貴 アニキ".split())


def _ok(name: str, business_listed: bool = False) -> bool:
    if name in _SELF_REFERENCES or name in _ADDRESS_TERMS:
        return False  # （代表取締役 …、以下「当社」）: the release's own word for itself
    if name in NOT_NAMES or name in TITLES or _PERSON_CALL.search(name) or name.isdigit() or _GENERIC_LEAD.match(name):
        return False  # (「工場長」と呼びます: a title, n-dev-549)
    h = _HONORIFIC_END.search(name)
    if h and (name[: h.start()] in NOT_NAMES or name[: h.start()] in SHOP_TRADES or re.fullmatch(r"[\u4e00-\u9fff]{1,3}屋", name[: h.start()])):
        return False  # 「八百屋さん」「親方さん」: a trade or a role, no name
    # 「なかにしさん」 is the business only beside its trade name or a word for a name (「中西歯科」、…「なかにしさん」;
    # 屋号の「…」): alone, a name with さん is a person's nickname (「まつださん」で通っている店主, 「ゲンさん」)
    return not h or business_listed


def business_aliases(text: str, found: list[Span]) -> list[Span]:
    """ORGANIZATION spans for the quoted names a business goes by (see the module docstring)."""
    if "「" not in text and "『" not in text:
        return []
    names: list[tuple[int, int, str | None]] = []  # (start, end, the business it names)
    people = [(s.start, s.end) for s in found if s.label == "PERSON"]
    for v in _NAMING.finditer(text):
        a, b = _sentence(text, v.start())
        prev = _with_sentence_before(text, a)
        if v.group("say") and not _NAME_TALK.search(text, a, v.start()):
            continue  # 「お前は店をやれ」という: speech, unless the sentence speaks of a name
        first = text.find("「", a, b)
        if not _BUSINESS_TALK.search(text, prev, b) or _THING_TALK.search(text, a, first if first >= 0 else b):
            continue
        end = v.start() + 1  # just past the closing quote
        listed: list[tuple[int, int]] = []
        while True:
            q = next((m for m in _QUOTE.finditer(text, a, end) if m.end() == end), None)
            if q is None:
                break
            listed.append(q.span(1))
            j = _JOIN.fullmatch(text, max(a, text.rfind("」", a, q.start()) + 1), q.start()) if "」" in text[a:q.start()] else None
            if j is None:
                break
            end = j.start()
        # 「リーフさん」「家富町のトリミング屋」: with a trade's name in the list, a name + さん is the business too
        business = any(_TRADE_NAME.search(text, x, y) for x, y in listed) or bool(
            listed and _NAME_TALK.search(text, listed[-1][0], v.start()))  # 年配の方は屋号の「まると」で呼ぶ
        if not business and listed and (_PERSON_AFTER_CALL.match(text, v.end())
                                        or _PERSON_BEFORE.search(text, a, listed[-1][0])
                                        or any(p[0] <= x and y <= p[1] or x <= p[0] and p[1] <= y and p[1] - p[0] >= y - x - 2
                                               for x, y in listed for p in people)):
            continue  # 職人の源田は「ゲン」と呼ばれ, 「トモ」と呼ばれている店主: a person's nickname (given.called_names)
        owner = _owner(found, prev, listed[-1][0]) if listed else None
        names.extend((x, y, owner) for x, y in listed if _ok(text[x:y], business))
    org_ends = {s.end: s.text for s in found if s.label == "ORGANIZATION"}
    for m in [*_SCRIPT.finditer(text), *_BRACKET_ALIAS.finditer(text), *_PEOPLE_SAY.finditer(text)]:
        if m.re is _PEOPLE_SAY and not _BUSINESS_TALK.search(text, max(0, m.start() - 80), m.end() + 40):
            continue  # みんな「ゲン」: without a business near, a person's nickname
        if m.re is _BRACKET_ALIAS and m.start() not in org_ends:
            continue  # 安田 康夫（通称「ヤスさん」）: after a person, the bracket gives the person's nickname
        if _ok(m.group(1), m.re is _BRACKET_ALIAS):
            # 宮坂精工（地元では「ミヤセイ」）: the business right before the bracket; 幟はひらがなで「…」: the sentence's
            a = _sentence(text, m.start())[0]
            names.append((*m.span(1), org_ends.get(m.start()) if m.re is _BRACKET_ALIAS
                          else _owner(found, _with_sentence_before(text, a), m.start())))
    if not names:
        return []
    out = {(a, b): owner for a, b, owner in names}
    owners = {text[a:b]: owner for a, b, owner in names}
    for name in {text[a:b] for a, b, _ in names if b - a >= 3}:
        for m in re.finditer(re.escape(name), text):
            a, b = m.span()
            if (a, b) not in out and not (_SAME_WORD.match(text[a - 1 : a] + name[0]) or _SAME_WORD.match(name[-1] + text[b : b + 1])):
                out[(a, b)] = owners[name]  # 毎年「みやら組」の仕事 (not 鳴海畳|店, しおさい|シス: a longer word)
    # an alias is the business it names: data["canonical"] makes coreference give it that business's entity (one letter)
    return [Span("ORGANIZATION", a, b, text[a:b], 0.8, SOURCE, "事業者の呼び名（「」と呼ぶ・の略称で通っている）",
                 data={"tier": 1, "alias": True, **({"canonical": owner} if owner else {})}) for (a, b), owner in sorted(out.items())]


def _owner(found: list[Span], start: int, end: int) -> str | None:
    """The business an alias names: the last organisation found in ``text[start:end]`` (the sentence before the
    quotes and the one before it), or None."""
    orgs = [s for s in found if s.label == "ORGANIZATION" and start <= s.start and s.end <= end and not (s.data or {}).get("alias")]
    return orgs[-1].text if orgs else None
