"""Latin-script person names of tier 1 (split from :mod:`.spaced`): Kenji Harada, Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａ,
SAITO KENJI & YUKO, Bùi Thị Lan — two or three capitalised or upper-case words, at least one a person name by
SudachiPy's POS or by its kana reading (jaconv ``alphabet2kana``: kenji → けんじ → ケンジ 名), or read by the katakana in
brackets after it (ＲＩＺＫＩ ＰＲＡＴＡＭＡ（リズキ）) or written in kana elsewhere in the text (Kotone Manabe beside
（まなべ・ことね））; product and company words (Group, Building, Studio …) veto it.

例::

    >>> from tokumei.detect.textview import TextView
    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "Kenji Harada（ケンジ）さん"
    >>> [s.text for s in latin_people(TextView(t), tokenize(t))]
    ['Kenji Harada']
"""
from __future__ import annotations

import itertools
import re
from typing import Iterable, Iterator

import jaconv  # well-kept kana/romaji converter, already used for name variants

from tokumei.detect.names.rules.base import SOURCE, _is_pn, latin_venue
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.detect.textview import TextView
from tokumei.span import Span


#: Words that make two capitalised words a product, place or company, not a person.
LATIN_NOT_PERSON = frozenset(
    "group company corporation inc ltd llc co japan station hotel bank holdings studio studios design works "
    "lab labs office partners systems system solutions consulting foods food farm farms cafe shop store center "
    "centre club team project international global building tower city park street road school university "
    "college academy service services market online digital media news times press radio tv music records "
    "the of and for in on at to by with new old good happy thank welcome hello dear best final "
    # a field's or a service's word (LINE ID：…, Apple ID, QR code: stop 45, invented before tuning — 「LINE ID」 was a name)
    "id url qr pdf sns fax tel line".split()
)


def _kana_forms(word: str) -> set[str]:
    """Katakana readings of a romanised word, with the long vowels romaji often drops (saito → サイトウ,
    yuko → ユウコ). 例: ``"ケンジ" in _kana_forms("Kenji")``"""
    hira = jaconv.alphabet2kana(word.lower())
    if not re.fullmatch(r"[ぁ-ゖー]+", hira):
        return set()
    spots = [i for i, ch in enumerate(hira) if ch in "おこそとのほもよろごぞどぼぽょゆくすつぬふむるぐずづぶぷゅ"][:3]
    out = set()
    for pick in itertools.product(("", "う", "お"), repeat=len(spots)):  # saito → さいとう, toru → とおる
        s = "".join(ch + (pick[spots.index(i)] if i in spots else "") for i, ch in enumerate(hira))
        out.add(jaconv.hira2kata(s))
    return out


#: Common name words of the countries Japanese workplaces recruit from (Vietnam, the Philippines, Nepal,
#: Indonesia, China, Brazil) that SudachiDict does not know in Latin script (Tran Van Long).
LATIN_NAME_WORDS = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly van thi duc minh anh "
    "santos reyes cruz garcia bautista mendoza ramos aquino dela rosa flores "
    "shrestha gurung tamang rai magar thapa adhikari sharma "
    "putra putri sari wati wijaya "
    "wang zhang liu chen yang huang zhao zhou xu sun lin "
    "silva oliveira souza pereira costa ferreira rodrigues almeida".split()
)


def _latin_namey(word: str, toks: Iterable[Token]) -> bool:
    if any(_is_pn(t) for t in toks) or word.lower() in LATIN_NAME_WORDS:
        return True
    return any(person_readings(k) for k in _kana_forms(word))  # 姓, 名 or 一般 (ルイ, コスタ)


_LATIN_WORD = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]['’][A-Z][a-z]+|[A-Z]{2,})"  # (Chen Yu-ting; Liam O'Connor)
_UPPER = re.compile("[A-Z]")
#: Lower-case particles inside a Latin full name (Daan de Vries, Ana dos Santos, Ludwig van Beethoven).
_NAME_PARTICLES = frozenset("de van von der den da dos das di du la le del ten ter bin binti al".split())
_LATIN_NAME = re.compile(
    rf"(?<![A-Za-z0-9]){_LATIN_WORD}(?:(?: (?:{'|'.join(sorted(_NAME_PARTICLES))}))* {_LATIN_WORD}){{1,2}}"
    rf"(?: ?& ?{_LATIN_WORD})?(?![A-Za-z0-9])"
)


#: Latin words with diacritics (Bùi Thị Lan, João Conceição, Núñez): capitalised words, one of them with a
#: letter outside ASCII — written so, they are a person's name (a brand rarely carries Vietnamese tone marks).
_UP = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
_LOW = "a-zß-öø-ÿĀ-ſƀ-ɏḀ-ỿ"
#: The characters of _DIACRITIC_NAME beyond ASCII (its letters past z, and the ideographic space between
#: words): a text with none of them has no match that is not ASCII (a charset scan, ~5× cheaper).
_DIACRITIC_GATE = re.compile("[À-ÖØ-Þß-öø-ÿĀ-ſƀ-ɏḀ-ỿ\u3000]")
_DIACRITIC_NAME = re.compile(rf"(?<![{_UP}{_LOW}])[{_UP}][{_LOW}]+(?:[ 　][{_UP}][{_LOW}]+){{1,3}}(?![{_UP}{_LOW}])")


def diacritic_people(text: str) -> Iterator[Span]:
    """Latin full names with diacritics (Bùi Thị Lan). 例: ``[s.text for s in diacritic_people("Bùi Thị Lanさん")]``
    → ``['Bùi Thị Lan']``"""
    if text.isascii() or _DIACRITIC_GATE.search(text) is None:
        return  # a match that is not ASCII holds one of the gate's characters
    for m in _DIACRITIC_NAME.finditer(text):
        if not m.group().isascii() and not latin_venue(text, m.start(), m.end()):
            yield Span("PERSON", m.start(), m.end(), m.group(), 0.75, SOURCE, "ローマ字の姓名（発音記号つき）",
                       data={"tier": 1, "parts": []})


def _caps_surname_first(words: list[str]) -> bool:
    """TANAKA Hiroshi, Hiroshi TANAKA: one word in capitals read as a Japanese surname, the others a given name."""
    caps = [w for w in words if w.isupper()]
    if len(caps) != 1 or len(caps[0]) < 3 or len(words) != 2:
        return False
    other = next(w for w in words if not w.isupper())
    return (any("姓" in person_readings(k) for k in _kana_forms(caps[0]))
            and any("名" in person_readings(k) for k in _kana_forms(other)))


def latin_people(view: TextView, toks: list[Token]) -> Iterator[Span]:
    """Latin-script full names, half- or full-width (matched on the NFKC view): Kenji Harada, Ｌｕｃａｓ　Ｏｌｉｖｅｉｒａ."""
    yield from diacritic_people(view.original)
    norm = view.norm
    if " " not in norm or _UPPER.search(norm) is None:
        return  # a name is two words with a space between, the first capitalised (scans in C, no Python loop)
    found: dict[tuple[int, int], float] = {}
    known: dict[str, str] = {}  # a name's words in lower case → the name it is (its katakana form when bracketed after it)
    canon: dict[tuple[int, int], str] = {}
    held: list[tuple[int, int, str]] = []  # names no rule vouched for, kept in case the same name is found elsewhere
    for m in _LATIN_NAME.finditer(norm):
        words = [w for w in re.findall(r"[A-Za-z]+(?:[-'’][A-Za-z]+)?", m.group()) if w not in _NAME_PARTICLES]
        if any(w.lower() in LATIN_NOT_PERSON for w in words):
            continue
        if len({w.isupper() for w in words}) > 1 and not _caps_surname_first(words):
            continue  # NHK World, IT Solutions: mixed case is a brand (not TANAKA Hiroshi: a surname in capitals)
        a, b = view.span(m.start(), m.end())
        toks_in = [t for t in toks if a <= t.start < b]
        namey = 0
        for w in words:
            wt = [t for t in toks_in if jaconv.z2h(t.surface, ascii=True).lower() == w.lower()]
            namey += _latin_namey(w, wt)
        if namey == 0 or (namey == 1 and len(words) > 2):
            if not (_read_after(view.original, b, words) or _read_elsewhere(view.original, words)
                    or _person_around(view.original, a, b) or any(_katakana_echoes(view.original, toks, words))):
                held.append((a, b, " ".join(words).lower()))
                continue
            namey = 2  # ＲＩＺＫＩ ＰＲＡＴＡＭＡ（リズキ）: the katakana in brackets reads one of its words
        found[(a, b)] = 0.8 if namey > 1 else 0.7
        kata = _KATA_NAME_BEFORE.search(view.original, max(0, a - 24), a)
        key = " ".join(words).lower()
        canon[(a, b)] = (kata.group(1) if kata and view.original[b:b + 1] in ("）", ")")
                         else known.get(key, view.original[a:b]))
        known.setdefault(key, canon[(a, b)])
    for a, b, key in held:
        if key in known:
            # LIM WEI JIE on a staff list, after リム・ウェイジエさん（Lim Wei Jie）: the same name, the same person
            found[(a, b)], canon[(a, b)] = 0.7, known[key]
    for (a, b), score in sorted(found.items()):
        if latin_venue(view.original, a, b) and not view.original[b:b + 2].startswith(("さん", "様", "氏")):
            # 李 秀珍（Guesthouse Shizuki）: a kind of place among the words is a shop's name (stop 35, n-dev-1192)
            yield Span("ORGANIZATION", a, b, view.original[a:b], 0.7, SOURCE, "ローマ字の屋号（Cafe・Guesthouse など）",
                       data={"tier": 1})
            continue
        data = {"tier": 1, "parts": []}
        if canon[(a, b)] != view.original[a:b]:
            data["canonical"] = canon[(a, b)]  # (coref gives the name the id of the one it reads or repeats)
        yield Span("PERSON", a, b, view.original[a:b], score, SOURCE, "ローマ字の姓名", data=data)


#: Around a Latin name, what makes it a person's: brackets right after a katakana name (リム・ウェイジエさん（Lim Wei Jie）,
#: the same person in the other script) or a staff field's label (季節スタッフ：LIM WEI JIE). a-dev-408, measured before tuning.
_KATA_NAME_BEFORE = re.compile(r"([ァ-ヺー][ァ-ヺー・ 　]*?)(?:さん|様|氏|くん|ちゃん)?[（(]$")
_STAFF_LABEL_BEFORE = re.compile(r"(?:^|\n)[^\n：:]{0,10}(?:スタッフ|担当|担当者|氏名|名前|講師|社員|職員|従業員|実習生|研修生|留学生|"
                                 r"通訳|ガイド|選手|メンバー)[ 　]*[：:][ 　]*$")


def _person_around(text: str, a: int, b: int) -> bool:
    if _KATA_NAME_BEFORE.search(text, max(0, a - 4), a) and text[b:b + 1] in ("）", ")"):
        return True
    return _STAFF_LABEL_BEFORE.search(text, max(0, a - 20), a) is not None


_KATA_AFTER = re.compile(r"[ 　]?[（(]([ァ-ヺー・ 　]{2,30})[）)]")


def _read_after(text: str, end: int, words: list[str]) -> bool:
    """A katakana reading in brackets right after Latin words that reads one of them, or all of them in order."""
    m = _KATA_AFTER.match(text, end)
    if m is None:
        return False
    kana = re.sub(r"[・ 　]", "", m.group(1))
    if any(kana in _kana_forms(w) for w in words) or kana in _kana_forms("".join(words)):
        return True
    # romaji that jaconv reads otherwise (rizki → りっき): compare the consonants (リズキ → rizuki → rzk)
    said = _skeleton(jaconv.kana2alphabet(jaconv.kata2hira(kana)))
    return len(said) >= 2 and any(_skeleton(w.lower()) == said for w in words)


def _read_elsewhere(text: str, words: list[str]) -> bool:
    """Every word of a Latin name is written in kana elsewhere in the text (Kotone Manabe and 眞鍋ことね（まなべ・ことね）):
    the same person's name in the other script."""
    if len(words) < 2:
        return False
    for w in words:
        forms = _kana_forms(w)
        if not any(len(k) >= 2 and (k in text or jaconv.kata2hira(k) in text) for k in forms):
            return False
    return True


def _skeleton(romaji: str) -> str:
    """The consonants of a romanised word, each run once (rizuki → rzk, satou → st)."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy\-']", "", romaji))


_ROMAJI_ALIKE = str.maketrans("lvcqx", "rbkks")


def _same_initial(name: str, kana: str) -> bool:
    """The kana's first sound opens one of the Latin name's words (ケンジ / Kenji; ルーカス / Lucas; l≈r, v≈b, c≈k)."""
    k = jaconv.kana2alphabet(jaconv.kata2hira(re.sub(r"[ 　・＝]", "", kana)[:1])).lower()[:1].translate(_ROMAJI_ALIKE)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", jaconv.z2h(name, ascii=True))]
    heads = {w[:1].translate(_ROMAJI_ALIKE) for w in words}
    heads |= {"g" for w in words if w.startswith("ng")} | {"f" for w in words if w.startswith("ph")}  # Nguyen グエン, Phuong フォン
    return not k or not heads or k in heads


#: Where a katakana name written alone starts: a line, a bracket, a quote, a space, punctuation.
_ECHO_BEFORE = frozenset("\n「『（(【“ 　、。，,：:・")
#: Surname particles of Filipino and Spanish names (Dela Cruz, Delos Santos): no name of their own.
_SURNAME_PARTICLES = frozenset("dela delos delas del los las".split())
#: A katakana word standing alone (not inside a longer katakana run or a ・-joined name).
_KATA_RUN = re.compile(r"(?<![ァ-ヺー・=＝])[ァ-ヺ][ァ-ヺー]{1,7}(?![ァ-ヺー・=＝])")


def _latin_skeleton(word: str) -> str:
    """The consonants a katakana spelling keeps of a Latin word: r before a consonant or at the end is silent
    (Mark → mk, マーク → maaku → mk), l≈r, v≈b, c≈k."""
    w = re.sub(r"r(?=[^aeiouy]|$)", "", word.lower().translate(_ROMAJI_ALIKE))
    return _skeleton(w.replace("h", "") if w.startswith(("th", "ph")) else w)


def _katakana_echoes(text: str, toks: list[Token], words: list[str]) -> Iterator[re.Match[str]]:
    """Katakana words of the text that spell one of the Latin name's words (Agus Santoso … アグスは; Mark Reyes …
    マークが): same consonants (at least two) and the same first sound; never a dictionary common noun (ガス is no Agus)
    nor a word SudachiPy reads across the katakana's edges (stop 41: foreign staff written both ways in one document)."""
    if not any(len(w) >= 3 for w in words) or not re.search("[ァ-ヺ]", text):
        return
    wanted = {k for w in words if len(w) >= 3 and w.lower() not in _SURNAME_PARTICLES and len(k := _latin_skeleton(w)) >= 2}
    if not wanted:
        return
    for m in _KATA_RUN.finditer(text):
        kana = m.group()
        sk = _skeleton(jaconv.kana2alphabet(jaconv.kata2hira(kana)).replace("ー", "").lower())
        if sk not in wanted or not _same_initial(" ".join(words), kana):
            continue
        if m.start() and not (text[m.start() - 1] in _ECHO_BEFORE or text[m.start() - 1] in "のとはがもにをで"):
            continue  # やまびこ|ドライ (a product's name; Dela of Dela Cruz): a name stands after a delimiter or a particle
        inside = [t for t in toks if t.start < m.end() and m.start() < t.end]
        if not inside or inside[0].start != m.start() or inside[-1].end != m.end() or (
                len(inside) == 1 and inside[0].pos[1] == "普通名詞" and not inside[0].oov) or any(t.pos[2] == "地名" for t in inside):
            continue  # ガス, カード: a dictionary word, or a piece of a longer word; ニューヨーク: a place
        yield m


def latin_echoes(text: str, toks: list[Token], found: list[Span]) -> Iterator[Span]:
    """PERSON spans for the katakana spelling of a Latin person name's word found in the same text (Agus Santoso …
    アグスは去年; score 0.75, ``canonical`` the Latin name: coreference gives both one entity and one pseudonym)."""
    for s in found:
        if s.label != "PERSON" or not re.fullmatch(r"[A-Za-zＡ-Ｚａ-ｚ \u3000.'’-]+", s.text):
            continue
        words = re.findall(r"[A-Za-z]+", jaconv.z2h(s.text, ascii=True))
        for m in _katakana_echoes(text, toks, [w for w in words if w.lower() not in _NAME_PARTICLES]):
            yield Span("PERSON", m.start(), m.end(), m.group(), 0.75, SOURCE, "ローマ字の名の片仮名書き（同じ文書）",
                       data={"tier": 1, "parts": [], "canonical": (s.data or {}).get("canonical") or s.text, "latin_echo": True})

