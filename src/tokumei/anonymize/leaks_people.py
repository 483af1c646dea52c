"""Safety nets for people the detector's spans leave (issue #12), part of :mod:`.leaks`.

* :func:`spaced_people` — 姓 + space + 名 before an honorific or after a role (「林 宜君さん」「社長の
  山陽 太一は」), and a place-tagged surname glued to a short given name after a contact label
  (「担当：三宅陸」), are people.
* :func:`one_kanji_given`, :func:`kana_given_names` — a surname span completed by the given name the
  detector cut off (中野|愛|社長, 松尾 ヨシ|子, 浜中| タカ).
* :func:`mentions_again` — the other mentions of names the careful steps settled, a spaced name's
  given name as a speaker's label (陽斗　…), a kana given name before a particle, a one-kanji surname
  at a line start.

例::

    >>> [s.text for s in spaced_people("社長の山陽 太一は賛成", [])]
    ['山陽 太一']
"""
from __future__ import annotations

import re

from tokumei.anonymize.leaks import SOURCE, _overlapping, is_doubtful
from tokumei.detect.names.rules.person_words import SITE_HEADS
from tokumei.span import Span

__all__ = ["kana_given_names", "mentions_again", "one_kanji_given", "spaced_people"]


_KANJI_NAME = r"[一-龥々]{1,3}"
#: 姓 + space + 名 (kanji, or a kana given name) before an honorific or an age, or after 「役職の」.
_SPACED = re.compile(rf"(?<![一-龥々ァ-ヶ])(?P<n>{_KANJI_NAME}[ \u3000](?:{_KANJI_NAME}|[ぁ-ん]{{2,4}}))"
                     r"(?P<after>[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|先生)|[（(][0-9０-９]{1,3}[）)]|は|が|も|と|に)")
_ROLE_BEFORE = re.compile(r"(?:社長|会長|代表|代表取締役|専務|常務|取締役|店主|店長|女将|院長|所長|工場長|部長|課長|係長|"
                          r"主任|担当|担当者|理事長|園長|校長|住職|職人|社員|従業員|妻|夫|息子|娘|長男|次男|長女|次女|父|母|兄|弟|姉|妹)"
                          r"(?:の|、|は|：|:)?[ \u3000]?$")
#: A relation or role glued before a spaced name (社長の父杉山 勝): no part of the name.
_KIN_HEAD = re.compile(r"祖父|祖母|叔父|叔母|伯父|伯母|長男|次男|三男|長女|次女|三女|義父|義母|父|母|兄|弟|姉|妹|夫|妻|娘|息子|孫")
_NOT_SURNAME = frozenset("第 全 各 本 当 同 新 旧 元 前 現 約 計 毎 月 年 日 時 分 円 名 人 代 歳 号 回 件 社 店".split())
_HONORIFIC = re.compile(r"[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|先生)|[（(][0-9０-９]{1,3}[）)]")


def spaced_people(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans for names the detector left (see the module docstring); a place
    span inside the contact-label name (三宅 read as 三宅町) gives way."""
    from tokumei.anonymize.places import tokens_of

    out: list[Span] = []
    for m in _SPACED.finditer(text):
        a, b = m.span("n")
        name = m.group("n")
        kin = _KIN_HEAD.match(name)
        if kin and kin.end() < name.find(" ") if " " in name else kin and kin.end() < name.find("\u3000"):
            a += kin.end()  # 父杉山 勝: the relation is no part of the name
            name = name[kin.end():]
        if _ordinary_head(name):
            continue  # 常連 田中さん, 職人 森さん: an ordinary word before the name is no surname
        inside = _overlapping(spans, a, b) + _overlapping(out, a, b)
        # a part of the name found alone (林, 太一) or read as a region (山陽) gives way to the full name
        if name[0] in _NOT_SURNAME or any(s.start < a or s.end > b or not (
                s.label == "PERSON" or s.label == "LOCATION" and (s.data or {}).get("coarse")) for s in inside):
            continue
        honorific = bool(_HONORIFIC.match(m.group("after")))
        role = bool(_ROLE_BEFORE.search(text, max(0, a - 12), a))
        if not (honorific or role) or (inside and all(s.start == a and s.end == b for s in inside)):
            continue
        eid = next((s.entity_id for s in inside if s.label == "PERSON"), None)
        spans = [s for s in spans if s not in inside]
        out.append(Span("PERSON", a, b, name, 0.65, SOURCE, "姓＋空白＋名（敬称・役職の隣）", eid, {"whole_name": True}))
    tokens = tokens_of(text)
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        # 担当：三宅陸 — a surname that SudachiPy reads as a town (三宅), glued to a short given name
        if t.pos[:3] == ("名詞", "固有名詞", "地名") and nxt.start == t.end and 1 <= len(nxt.surface) <= 2 \
                and re.fullmatch(r"[一-龥]+", nxt.surface) and re.match(r"[ \u3000]*(?:\n|$|[、。（(）)]|さん|様)", text[nxt.end:]) \
                and re.search(r"(?:担当|担当者|氏名|名前|お名前|連絡先|記入者|作成者|代表者?|責任者)[ \u3000]*[：:]?[ \u3000]*$",
                              text[max(0, t.start - 8) : t.start]):
            a, b = t.start, nxt.end
            inside = _overlapping(spans, a, b)
            if any(s.label not in ("LOCATION", "PERSON") or s.start < a or s.end > b for s in inside) \
                    or _overlapping(out, a, b):
                continue
            spans = [s for s in spans if s not in inside]
            out.append(Span("PERSON", a, b, text[a:b], 0.65, SOURCE, "連絡先の欄の姓名（地名と同じ姓）"))
    return list(spans) + out



def _ordinary_head(name: str) -> bool:
    """True when the first part of 「X Y」 is an ordinary noun with no name reading (常連, 職人, 店主)."""
    from tokumei.anonymize.sense import is_ordinary_word

    return is_ordinary_word(re.split(r"[ \u3000]", name, maxsplit=1)[0])


_ONE_KANJI_GIVEN = re.compile(r"(?P<g>[一-龥]{1,2}?)(?=[ \u3000]?(?:さん|様|氏|君|くん|ちゃん|社長|会長|専務|常務|店主|先生|院長|所長|部長|課長|"
                              r"理事長|店長|女将|代表))")
#: Kanji that sit between a surname and a title without being a given name (山田副社長, 鈴木元部長).
_NOT_GIVEN = frozenset("副元前新総老若女旧現名各両代次家")
#: Titles whose first kanji _ONE_KANJI_GIVEN would take for a given name (森田|支|店長, 倉持|本|部長).
_COMPOUND_TITLES = tuple(SITE_HEADS | {"本店長", "分院長", "支所長", "本部長", "支部長", "分校長", "分室長", "本社長"})


def one_kanji_given(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a surname-only PERSON span taking in a one- or two-kanji given name written between
    it and a title (中野|愛|社長 → 中野愛, 中野|愛子|社長 → 中野愛子, never 「A愛社長」). A span with no
    recorded parts (the model's 中野) is a surname when SudachiDict has it as one; a two-kanji given
    name must be one SudachiDict has (愛子), and the kanji of 山田副社長 are never a name."""
    from tokumei.anonymize.sense import _entries, _surname

    out: list[Span] = []
    dropped: set[int] = set()
    for s in spans:
        d = s.data or {}
        parts = d.get("parts") or ()
        surname = all(k == "姓" for _, k in parts) if parts else \
            not (d.get("surname") or d.get("given")) and bool(re.fullmatch(r"[一-龥々]{1,3}", s.text)) and _surname(s.text)
        m = _ONE_KANJI_GIVEN.match(text, s.end) if s.label == "PERSON" and surname and " " not in s.text else None
        if m is not None and (text.startswith(d.get("title") or "\0", s.end) or text.startswith(_COMPOUND_TITLES, s.end)):
            m = None  # 森田|支店長, 倉持|本部長: the title itself starts here (the detector read it), no given name
        if m is not None:
            g = m.group("g")
            b = s.end + len(g)
            glued = [o for o in spans if o is not s and s.end <= o.start < b]
            given = all(c not in _NOT_GIVEN for c in g) and (len(g) == 1 or any(
                p[:4] == ("名詞", "固有名詞", "人名", "名") for p in _entries(g)))
            # a glued given name the detector found alone (doubtful 愛) joins the surname
            if given and all(o.label == "PERSON" and o.end <= b for o in glued):
                s = s.with_(end=b, text=text[s.start : b], reason=s.reason + "・姓と肩書きの間の名",
                            data={**d, "parts": [*(parts or [(s.text, "姓")]), (g, "名")]})
                dropped |= {id(o) for o in glued}
        out.append(s)
    return [o for o in out if id(o) not in dropped]


def _with_parts(s: Span) -> Span:
    """A PERSON span written 「姓 名」 with a space but no recorded parts (the model's 岸 陽斗) gets them,
    so that its surname and given name are searched for alone too."""
    from tokumei.detect.names.variants import name_parts

    if s.label != "PERSON" or name_parts(s) is not None:
        return s
    bits = re.split(r"[ \u3000]+", s.text.strip())
    if len(bits) != 2 or not all(re.fullmatch(r"[一-龥々\u3041-\u3096\u30a1-\u30faー]{1,5}", b) for b in bits):
        return s
    return s.with_(data={**(s.data or {}), "surname": bits[0], "given": bits[1]})


_KIN_BEFORE = re.compile(r"(?:夫|妻|父|母|兄|弟|姉|妹|息子|娘|祖父|祖母|主人|社長|会長|店主|代表|女将|専務|先代|当主)の$")
_AFTER_KANA_NAME = re.compile(r"(?:さん|様|ちゃん|くん|[がはもをにへと、。」]|[ \u3000]|：|:)")
_LINE_HEAD_AFTER = re.compile(r"(?:[はがも、]|[ \u3000]|：|:)")


#: Before a one-kanji given name written alone: a relation glued to it (父武は) or after の (長男の陸).
_KIN_GLUED = re.compile(r"(?:祖父|祖母|長男|次男|三男|長女|次女|三女|息子|父|母|兄|弟|姉|妹|夫|妻|娘|孫)(?:の)?$")
_NOT_NOUN_WORD = frozenset(("副詞", "動詞", "形容詞", "形状詞", "連体詞", "接続詞", "感動詞"))
_AFTER_KANJI_GIVEN = re.compile(r"(?:さん|様|ちゃん|くん|[がはもをにへとの、。」』）)]|[ \u3000]|：|:|$)")


def _one_kanji_given_alone(text: str, a: int, b: int) -> bool:
    """A one-kanji given name of a name found in full (延原 潤, 浅香 陸, 羽賀 武), written alone as a word: not glued to
    a kanji or katakana before it unless that is a relation (父武は), a particle, an honorific or punctuation after it,
    and SudachiPy reads the character as a noun of its own there (「潤に渡したい」「陸には」; not 誠に, an adverb)
    (a-dev-153/181/187/202/228/381/393: the given name alone was left)."""
    from tokumei.anonymize.places import tokens_of

    if a and re.match(r"[一-龥々ァ-ヺー]", text[a - 1]) and not _KIN_GLUED.search(text, max(0, a - 3), a):
        return False
    if not _AFTER_KANJI_GIVEN.match(text, b):
        return False
    from tokumei.detect.names.tokens import dictionary_entries
    from tokumei.detect.names.variants import GIVEN1_ADVERBS

    if text[a : b + 1] in GIVEN1_ADVERBS or text[a - 1 : a] in ("「", "『") and text[b : b + 1] in ("」", "』"):
        return False  # 誠に申し訳ない (SudachiPy cuts 誠|に), 「松」の商標 (a mark in quotes)
    if any(p[0] in _NOT_NOUN_WORD for k in (1, 2) for p in dictionary_entries(text[a : b + k])):
        return False
    return any(t.start == a and t.end == b and t.pos[0] == "名詞" for t in tokens_of(text))


def mentions_again(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus the other mentions of the names the careful steps settled (a business found by
    its kind word, a spaced name): the same matcher as :mod:`.propagate`, run again after them, with
    the surname and given name of a spaced name searched alone (陽斗 as a speaker's label after
    岸 陽斗), a kana given name before a particle (「ゆかりが店を」) and a one-kanji surname at the
    start of a line or a sentence, or after a relation (「岡はまず」「。星は」「夫の梶は」)."""
    from tokumei.detect.names.variants import find_mentions, name_parts, supersede

    sure = [s for s in spans if not is_doubtful(s)]
    spans = _people_not_orgs(spans, sure)
    sure = [s for s in spans if not is_doubtful(s)]
    new = find_mentions(text, [_with_parts(s) if s in sure else s for s in spans], source=SOURCE, max_score=0.85)
    out = supersede(spans, new)
    taken = [(s.start, s.end) for s in out]
    extra: list[Span] = []
    for s in sure:
        parts = name_parts(_with_parts(s)) if s.label == "PERSON" else None
        if not parts:
            continue
        sur, giv = parts
        for form, rule in ((giv, "kana"), (sur, "line"), (giv, "kanji1")):
            kana = re.fullmatch(r"[\u3041-\u3096\u30a1-\u30faー]{3,6}", form)
            if rule == "kana" and not kana or rule == "line" and len(form) != 1 \
                    or rule == "kanji1" and not re.fullmatch(r"[一-龥]", form):
                continue
            for m in re.finditer(re.escape(form), text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                if rule == "kanji1" and not _one_kanji_given_alone(text, a, b):
                    continue
                if rule == "kana" and not (_AFTER_KANA_NAME.match(text, b) and (a == 0 or not re.match(r"[\u3041-\u3096\u30a1-\u30faー]", text[a - 1]))):
                    continue
                if rule == "line" and not (((a == 0 or text[a - 1] in "\n。！？") or _KIN_BEFORE.search(text, max(0, a - 6), a))
                                           and _LINE_HEAD_AFTER.match(text, b)):
                    continue  # 「岡はまず」 at a line start, 「夫の梶は」 after a relation or a role
                if rule == "line":
                    # a surname alone may be another member of the family (夫の梶): the family step decides
                    extra.append(Span("PERSON", a, b, form, min(s.score, 0.8), SOURCE, "既出の人名の姓（別の箇所）",
                                      None, {"parts": [(form, "姓")]}))
                else:
                    extra.append(Span("PERSON", a, b, form, min(s.score, 0.8), SOURCE, "既出の人名の名（別の箇所）",
                                      s.entity_id, {"same_as": s.text}))
                taken.append((a, b))
    extra += _reading_pieces(text, sure, taken)
    return out + extra


_READING_SPLIT = re.compile(r"[・･ \u3000]")
_AFTER_READING_PIECE = re.compile(r"(?:さん|様|ちゃん|くん|[がはもをにへとの、。」]|[ \u3000]|：|:)")


def _reading_pieces(text: str, sure: list[Span], taken: list[tuple[int, int]]) -> list[Span]:
    """Each katakana piece (three characters or more) of a reading given in brackets
    (「ＬＩＵ　ＹＡＮＧ（リュウ・ヤン）」) written alone elsewhere before a particle (「リュウの粘り強さ」) is that person."""
    extra: list[Span] = []
    for s in sure:
        if s.label != "PERSON" or not (s.data or {}).get("reading"):
            continue
        for form in {p for p in _READING_SPLIT.split(s.text) if re.fullmatch(r"[\u30a1-\u30faー]{3,8}", p)}:
            if form == s.text:
                continue
            for m in re.finditer(re.escape(form), text):
                a, b = m.span()
                if any(x < b and a < y for x, y in taken) or not _AFTER_READING_PIECE.match(text, b) \
                        or a and re.match(r"[\u30a1-\u30faー]", text[a - 1]):
                    continue
                extra.append(Span("PERSON", a, b, form, min(s.score, 0.8), SOURCE, "既出の人名の読みの一部（別の箇所）",
                                  s.entity_id, {"same_as": s.text}))
                taken.append((a, b))
    return extra


def _people_not_orgs(spans: list[Span], sure: list[Span]) -> list[Span]:
    """An organisation span with no kind word whose text is a written form of a person found with
    confidence (the model's HARADA after 「HARADA Kenji（原田 健司）」) is that person."""
    from tokumei.anonymize.pseudonyms import org_suffix
    from tokumei.detect.names.variants import name_forms

    owner: dict[str, Span] = {}
    for p in sure:
        if p.label == "PERSON":
            for f in name_forms(_with_parts(p)):
                if len(f.strip()) >= 2:
                    owner.setdefault(re.sub(r"\s+", "", f), p)
    out = []
    for s in spans:
        p = owner.get(re.sub(r"\s+", "", s.text)) if s.label == "ORGANIZATION" else None
        if p is not None and org_suffix(s.text) == "社" and not re.search(r"社|会|店|屋|堂", s.text):
            s = s.with_(label="PERSON", entity_id=p.entity_id, data={**(s.data or {}), "same_as": p.text},
                        reason=s.reason + "・既出の人名と同じ表記（人名として置換）")
        out.append(s)
    return out


_KATA_TAIL = re.compile(r"[子江代枝恵美乃](?![一-龥])")
_SPACED_KATA = re.compile(r"[ \u3000](?P<g>[\u30a1-\u30faー]{2,5}(?:[子江代枝恵美乃])?)(?=さん|様|が|は|の|と|も|に|を|、|。|）|\)|[ \u3000]|$)")


#: Katakana roles after a speaker's surname and a space (小田島　パートさんが七人: no given name).
_ROLE_KATA = frozenset("パート アルバイト バイト スタッフ オーナー マスター シェフ ママ パパ リーダー マネージャー チーフ ヘルパー "
                       "ドライバー ガイド トレーナー コーチ インストラクター デザイナー エンジニア ボランティア メンバー ファン "
                       "サポーター ゲスト ホスト グループ チーム ケアマネ ナース".split())


_SURNAME_BEFORE = re.compile(r"(?:^|(?<=[\nのと、。（(「：:\u3000 ]))(?P<s>[一-龥々]{1,3})[ \u3000]$")


def kana_given_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with PERSON spans completed: a katakana given name's kanji ending (松尾 ヨシ|子), the
    kanji surname before a katakana given name found alone (梶| ナミ), and a katakana given name after
    a space behind a surname found alone (浜中| タカ)."""
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}
    out = []
    for s in spans:
        if s.label == "PERSON" and re.search(r"[\u30a1-\u30fa]$", s.text) and s.end not in starts \
                and (m := _KATA_TAIL.match(text, s.end)):
            s = s.with_(end=m.end(), text=text[s.start : m.end()], reason=s.reason + "・名の終わりの漢字")
        elif s.label == "PERSON" and re.fullmatch(r"[\u30a1-\u30faー]{2,5}", s.text) and s.start - 1 not in ends \
                and (m := _SURNAME_BEFORE.search(text, max(0, s.start - 5), s.start)):
            # 梶| ナミさん: the one- to three-kanji surname before a katakana given name and a space
            s = s.with_(start=m.start("s"), text=text[m.start("s") : s.end], reason=s.reason + "・空白の前の姓",
                        data={**(s.data or {}), "surname": m.group("s"), "given": s.text})
        elif s.label == "PERSON" and re.fullmatch(r"[一-龥々]{1,3}", s.text) and s.end + 1 not in starts \
                and (m := _SPACED_KATA.match(text, s.end)):
            parts = (s.data or {}).get("parts") or ()
            if all(k == "姓" for _, k in parts) and m.group("g") not in _ROLE_KATA:
                s = s.with_(end=m.end("g"), text=text[s.start : m.end("g")], reason=s.reason + "・空白の後のカタカナの名",
                            data={**(s.data or {}), "surname": s.text, "given": m.group("g")})
        out.append(s)
    return out
