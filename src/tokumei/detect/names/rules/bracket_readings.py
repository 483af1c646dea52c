"""What is written in brackets right after a name and reads it is that name (post step, stop 34): an organisation's kana
reading (民宿 波止の家（はとのや）, 鮮魚店「魚新」（うおしん）), a person's kana reading (娘の未来（みく）) and a person's
name in Latin letters (ボルドさん（Bold）).

The reading identifies the business or the person as much as the name does, and left alone it is what a reader
searches for. It joins the name's entity (``data["canonical"]`` is the name it reads, ``data["reading"]`` marks it:
:func:`tokumei.detect.names.coref.link_entities` keys on both) and takes the place of a person or a place another
finder read in it (うおしん as a given name). Brackets that hold a role, a count or a word of the sentence are no
reading: kana of 2–20 characters with at least one kana per kanji of the name (松葉庵（そば） is what the shop sells),
holding the kana the name holds, and not one or two dictionary common nouns (（テキスタイルデザイン）); Latin letters
that are a capitalised word or two, not an abbreviation (（CEO）, （IT）).

例::

    >>> from tokumei import analyze
    >>> [s.text for s in analyze("民宿 波止の家（はとのや）は昭和47年の開業。") if s.label == "ORGANIZATION"]
    ['民宿 波止の家', 'はとのや']
"""
from __future__ import annotations

import re

from tokumei.detect.textview import TextView
from tokumei.span import Span

from tokumei.detect.names.lexicon import LEGAL_FORMS, TITLE_ALT, TITLES
from tokumei.detect.names.rules.base import latin_venue

SOURCE = "jp.names.rules.v1"
#: A kana reading after the name, or after the quote closing it (「魚新」（うおしん）).
_KANA = re.compile(r"[」』]?[（(]([ぁ-ゖァ-ヺー・ 　]{2,20})[）)]")
#: An organisation's kana reading, then a note in the same brackets (株式会社杣人舎（そまびとしゃ・埼玉県飯能市）; stop 38,
#: wave 10 read, a-dev-707): the reading is the run up to the first ・ or 、.
_KANA_NOTE = re.compile(r"[」』]?[（(]([ぁ-ゖ]{2,20}|[ァ-ヺー]{2,20})[・、，,／/][^（）()\n]{1,30}[）)]")
_LEGAL_FORM = re.compile("|".join(sorted(map(re.escape, LEGAL_FORMS), key=len, reverse=True)))
#: A name in Latin letters after a person's name (ボルドさん（Bold）, 阮 文雄（Nguyen Van Hung）).
_LATIN = re.compile(r"(?:さん|様|氏|くん|ちゃん)?[（(]([A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’.-]+(?:[ 　][A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ'’.-]+){0,3})[）)]")
#: Kana words written in brackets after a name that read nothing (a list's "and others", a role, a note).
_NOT_READINGS = frozenset("ほか など いずれも すべて ぜんぶ まとめて こちら あちら そちら どちら だいひょう "
                          "かぶしきがいしゃ ゆうげんがいしゃ ふりがな フリガナ よみがな かな カナ オーナー スタッフ パート "
                          "アルバイト".split())


def _reads(kana: str, name: str) -> bool:
    """Whether ``kana`` can be the reading of ``name`` (see the module docstring)."""
    from tokumei.detect.names.tokens import tokenize

    kana = kana.strip(" 　")
    if len(kana) < sum(1 for c in name if "\u4e00" <= c <= "\u9fff" or c == "々"):
        return False
    if any(c not in kana for c in name if "\u3041" <= c <= "\u3096") and not re.fullmatch(r"[ァ-ヺー・ 　]+", kana):
        return False
    toks = [t for t in tokenize(kana) if t.surface.strip(" 　・")]
    return not (toks and all(t.pos[1] == "普通名詞" and not t.oov for t in toks)
                and (len(toks) == 1 or all(re.fullmatch(r"[ァ-ヺー]+", t.surface) for t in toks)))


def _reading_after(text: str, s: Span) -> tuple[int, int] | None:
    """Where the reading written after span ``s`` is, or None. A person's kana reading reads kanji (ゴメス（タコス・ソル）
    is her shop), a person's Latin spelling follows a name in kana or kanji (Herrera（Studio Herrera）: her studio)."""
    name = (s.data or {}).get("core") or s.text
    m = _KANA.match(text, s.end)
    if m is not None and "・" in m.group(1) and not re.search(r"[ 　・]", name):
        m = None  # 桃（あかつき・なつっこ）: two words listed in brackets, no reading of one name
    if m is not None and m.group(1).strip(" 　・") not in _NOT_READINGS and _reads(m.group(1), name) and (
            s.label == "ORGANIZATION" or re.search(r"[\u4e00-\u9fff々]", name)):
        return m.span(1)
    bare = _LEGAL_FORM.sub("", name) or name  # 株式会社杣人舎（そまびとしゃ…）: the reading reads the name, not its legal form
    if (s.label == "ORGANIZATION" and (m := _KANA_NOTE.match(text, s.end)) is not None
            and m.group(1) not in _NOT_READINGS and re.search(r"[\u4e00-\u9fff々]", bare) and _reads(m.group(1), bare)):
        return m.span(1)
    if s.label == "PERSON" and (m := _LATIN.match(text, s.end)) is not None and not (
            len(m.group(1)) <= 4 and m.group(1).isupper()) and not re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", name) \
            and not latin_venue(text, *m.span(1)):  # 佐々木 真由（Patisserie Gonokawa）: her shop (stop 35)
        return m.span(1)
    return None


def add_bracket_readings(view: TextView, spans: list[Span]) -> list[Span]:
    """Post step: a span of the name's label for what reads it in brackets right after an organisation or a person."""
    text = view.original
    if "（" not in text and "(" not in text:
        return spans
    spans = _full_names_by_reading(text, spans)
    out = list(spans)
    for s in spans:
        d = s.data or {}
        if s.label in ("LOCATION", "ADDRESS") and not d.get("coarse") and not d.get("allowed") and not d.get("reading"):
            out = _place_reading(text, s, out)
            continue
        if s.label not in ("ORGANIZATION", "PERSON") or d.get("allowed") or d.get("reference") or d.get("reading"):
            continue
        where = _reading_after(text, s)
        if where is None:
            continue
        a, b = where
        inside = [x for x in out if x.start < b and a < x.end]
        if any(x.start < a or x.end > b or x.label not in ("PERSON", "ORGANIZATION") for x in inside):
            continue  # a longer span, a place (ペレイラ（ブラジル）) or an identifier there: left to it
        if any(x.label == s.label and (x.start, x.end) == (a, b) for x in inside):
            continue  # (spaced.py reads 杉浦 正明（すぎうら まさあき） itself)
        out = [x for x in out if x not in inside]
        kind = "組織名" if s.label == "ORGANIZATION" else "人名"
        out.append(Span(s.label, a, b, text[a:b], s.score, SOURCE, f"{kind}の読み・綴り（名前の直後の括弧）",
                        data={"tier": 1, "canonical": d.get("canonical") or s.text, "reading": True, "reading_of": s.text}))
    return sorted(given_in_brackets(text, out), key=lambda x: (x.start, x.end, x.label))


#: A place's or an address's kana reading in brackets (地区：倉真（くらみ）, 掛川市倉真（くらみ）): no spaces or dots, not a
#: word the brackets explain the place with (（ほか）, （いずれも）).
_PLACE_KANA = re.compile(r"[（(]([ぁ-ゖ]{2,12}|[ァ-ヺー]{2,12})[）)]")


def _place_reading(text: str, s: Span, out: list[Span]) -> list[Span]:
    """``out`` with a LOCATION span for the kana reading in brackets right after the place or address ``s`` (stop 37,
    n-dev-1308: the reading of 倉真 stayed in the published text after the place was generalised). The reading is
    of the place's last part, so it need not read all of an address's kanji; one dictionary common noun in brackets
    is a note, not a reading."""
    from tokumei.detect.names.tokens import tokenize

    m = _PLACE_KANA.match(text, s.end)
    if m is None or m.group(1) in _NOT_READINGS or not re.search(r"[\u4e00-\u9fff々]", s.text):
        return out
    a, b = m.span(1)
    toks = tokenize(m.group(1))
    if len(toks) == 1 and toks[0].pos[1] == "普通名詞" and not toks[0].oov:
        return out  # 〜港（みなと）: one dictionary word in brackets is a note on the place, not its reading
    if any(x.start < b and a < x.end for x in out):
        return out  # something else read there
    return [*out, Span("LOCATION", a, b, m.group(1), 0.6, SOURCE, "地名の読み（地名の直後の括弧）",
                       data={"tier": 1, "canonical": s.text, "reading": True, "reading_of": s.text, "place": True})]


#: Kanji and, in brackets, a reading of two words (堀之内颯（ほりのうち はやて）): a surname's and a given name's reading,
#: so the kanji are a person's full name, whatever a finder read in them (堀之内, a place in SudachiDict).
_SPACED_READING = re.compile(r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々]{2,6})(?=[（(](?:[ぁ-ゖ]{2,8}[ 　][ぁ-ゖ]{1,8}"
                             r"|[ァ-ヺ][ァ-ヺー]{1,7}[ 　][ァ-ヺー]{1,8})[）)])")


def _surname_then_given(kanji: str) -> bool:
    """A surname SudachiDict knows, then a given name it knows or one kanji (堀之内|颯; not 奥|只見, a place)."""
    from tokumei.detect.names.tokens import person_readings

    return any("姓" in person_readings(kanji[:k]) and (len(kanji) - k == 1 or "名" in person_readings(kanji[k:]))
               for k in range(1, len(kanji)))


def _full_names_by_reading(text: str, spans: list[Span]) -> list[Span]:
    """PERSON for kanji a two-word kana reading follows (see :data:`_SPACED_READING`; stop 36, n-dev-1255: a byline's
    堀之内颯 was a place and its reading nothing). Not where an organisation or a person already covers the kanji."""
    out = spans
    for m in _SPACED_READING.finditer(text):
        a, b = m.span(1)
        kana = text[b + 1 : text.index("）" if text[b] == "（" else ")", b)]
        if not _reads(kana, m.group(1)) or not _surname_then_given(m.group(1)) or any(
                x.label in ("PERSON", "ORGANIZATION") and x.start <= a and b <= x.end for x in out):
            continue
        if any(x.start < a < x.end or x.start < b < x.end for x in out):
            continue  # a span across the kanji's edges (a longer name): left to it
        out = [x for x in out if not (a <= x.start and x.end <= b)] + [
            Span("PERSON", a, b, m.group(1), 0.8, SOURCE, "人名（括弧内の姓名の読み）", data={"tier": 1})]
    return out


#: A title or an honorific after the bracket (千葉（正）部会長, 宮城（恵）さん).
_TITLE_AFTER = re.compile(r"(?:さん|様|氏|" + TITLE_ALT + ")")

#: A given name in brackets right after a bare surname (桑原（学）, 宮入（孝）): kanji of one to three, or kana.
_GIVEN_AFTER = re.compile(r"[（(]([\u4e00-\u9fff々]{1,3}|[ぁ-ゖ]{2,4})[）)]")


#: Words in brackets after a surname that tell the person's place in the family or the firm, not a given name
#: (加納（次男）, 原（父）, 村上（長男）: SudachiDict reads 次男 as a given name too).
_NOT_GIVEN = frozenset("長男 次男 三男 四男 長女 次女 三女 四女 父 母 兄 弟 姉 妹 夫 妻 嫁 婿 息子 娘 祖父 祖母 孫 叔父 叔母 伯父 伯母 "
                       "義父 義母 義兄 義弟 義姉 義妹 先代 当代 初代 二代目 三代目 四代目 五代目 本人 家内 主人 旦那 女将 大将 "
                       "親方 若 大 小 新 旧 元 前 現 故 記録 司会 書記 会計 議長 欠席 出席 代理 同 他 外 談 筆 写真 撮影 作 画 文".split())


def given_in_brackets(text: str, spans: list[Span]) -> list[Span]:
    """A family firm's minutes tell two people of one surname apart by the given name in brackets (桑原（学）より,
    宮入（孝）より): the surname's span takes in the bracket, so the given name is replaced with it (stop 35, names dev
    wave 7: 「A氏（学）」 was published). The post step runs it, and coref again after propagation (二宮（若菜）)."""
    from tokumei.detect.names.tokens import person_readings

    taken = {(x.start, x.end) for x in spans}
    out = []
    for s in spans:
        d = s.data or {}
        m = _GIVEN_AFTER.match(text, s.end) if s.label in ("PERSON", "LOCATION") else None
        if m is not None and s.label == "LOCATION" and not _TITLE_AFTER.match(text, m.end()):
            m = None  # 千葉（正）部会長: a place's name is a surname only where a title or an honorific follows
        if (m is not None and re.fullmatch(r"[\u4e00-\u9fff々]{1,3}", s.text) and not d.get("reading")
                and m.group(1) not in _NOT_GIVEN and m.group(1) not in TITLES
                and "姓" in person_readings(s.text) and "名" in person_readings(m.group(1))
                and not any(a < m.end() and m.start() < b for a, b in taken if (a, b) != (s.start, s.end))):
            if s.label == "LOCATION":
                s = Span("PERSON", s.start, s.end, s.text, 0.8, SOURCE, "姓＋括弧内の名＋役職", data={"tier": 1})
                d = s.data
            s = s.with_(end=m.end(), text=text[s.start:m.end()],
                        data={**d, "parts": [(s.text, "姓"), (m.group(1), "名")], "canonical": s.text + m.group(1)})
        out.append(s)
    return out
