"""ADDRESS — 都道府県＋市区町村＋町域＋丁目・番地・号＋建物・部屋。

市区町村と町域は日本郵便 KEN_ALL の公式一覧（:mod:`tokumei.detect.geo`）と照合する。番地の書き方:
4-2-8・四丁目2番8号・1丁目2-3・2番地の1・字／大字・京都の通り名（烏丸通御池上る）、建物は
「〇〇ビル3F」「〇〇マンション201号室」「101号」「架空マンション101」「ハイツ鷹匠101号室」。
市区町村から始まる住所は番地まであるか、一覧の町域まであるとき（島田市本通, level=town）だけ、
都道府県＋市区町村だけは低めのスコアで報告する（匿名化は都道府県まで一般化するため）。都道府県名
だけ（静岡県の）は報告しない。宛名や表で改行・タブに分かれた住所（静岡県島田市⏎本通2-3-4⏎ハイツ
101号室、表の列 静岡県⇥島田市⇥本通2-3-4）は、続きが番地まであるときだけ一つの span にする。番地の後の「に店舗を構える」「の株式会社」「で」、読点、会社名には
踏み込まない。data = {"prefecture", "municipality", "level": block|town|municipality}。

例: 「静岡県島田市本通二丁目3番4号に」 → ADDRESS「静岡県島田市本通二丁目3番4号」 level=block
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.geo import GazetteerUser, Municipality
from tokumei.detect.registry import register
from tokumei.detect.textview import TextView
from tokumei.detect.wareki import KANJI_NUMERALS
from tokumei.span import Span

_KN = KANJI_NUMERALS
_UNIT = "(?:丁目|番地|番|号(?!室)|地割)"
# 数字は単位なしでも、漢数字は単位つきのときだけ番地の一部とみなす（「本町一」は番地でない）。
# 金額・日付・時刻・割合の数字（2024年・1,200円・10:00・15%）は番地にしない。
_ITEM = rf"(?:\d{{1,5}}(?![\d年月日時分秒円%歳万億人件個:]|[.,]\d|号室){_UNIT}?|[{_KN}]{{1,4}}{_UNIT})"
_BLOCK = re.compile(
    rf"[ ]?(?:大?字[^\s\d、。,()「」]{{1,8}}?[ ]?)?{_ITEM}(?:(?:(?<=[目地番号割])[ ]?|-|の|(?<=地)の){_ITEM}){{0,5}}"
)
_ROOM = r"(?:-?\d{1,5}号室|\d{1,5}号(?![館棟])|\d{1,3}(?:F|階)(?:[ ]?\d{1,5}号?室?|[ ]?[A-Z]号?室)?)"
_BLDG_SUFFIX = (
    "ビルディング|ビル|マンション|ハイツ|コーポ|アパート|タワー|レジデンス|ヒルズ|プラザ|パレス|メゾン"
    "|ハウス|コート|テラス|ガーデン|ヴィラ|荘|館|棟|団地|寮"
)
_BUILDING = re.compile(
    rf"[ ]?(?:(?![のにでをはがへとやも])(?P<name>[^\s、。,()「」:;がはをにでへ]{{1,20}}(?:{_BLDG_SUFFIX})"
    rf"(?:[A-Z]|\d{{1,2}}号?[館棟]|[A-Z]棟)?"
    # 「ハイツ鷹匠101号室」「メゾン・ド・さくら 2F」: 語が前に来る建物名は部屋番号が続くときだけ
    rf"|(?:{_BLDG_SUFFIX})[・]?[^\s\d、。,()「」:;がはをにでへ]{{0,12}}?(?=[ ]?(?:{_ROOM}|(?:\d{{1,2}}-)?\d{{1,4}}(?![\d年月日時分円%歳万億人件個名社:.,]|-\d))))(?![\u30a1-\u30faー])[ ]?)?(?P<room>{_ROOM})?"
)
#: 建物名の直後の単位のない部屋番号（101・2-301）。金額・年・人数・時刻などの数字は除く。
_BARE_ROOM = re.compile(r"[ ]?(?:\d{1,2}-)?\d{1,4}(?![\d年月日時分円%歳万億人件個名社:.,]|-\d)")
#: 次の行の建物（宛名ラベルの 2 行目）は部屋番号まであるときだけ住所に含める。
_NEXT_LINE_BUILDING = re.compile(r"[ \t]*\r?\n[ \t]*(?=\S)")
_NOT_BUILDING = re.compile(r"会社|\(株\)|\(有\)|法人|組合|事務所|支店|本社|営業所|工場")
_COMPANY_AFTER = re.compile(r"[ ]?(?:株式会社|有限会社|合同会社|合資会社|合名会社|\((?:株|有|同)\)|社|工業|商事|産業|建設|不動産)")
_KYOTO_STREET = re.compile(r"[^\s\d、。,()]{1,12}?(?:上る|下る|上ル|下ル|東入る?|西入る?|東入ル|西入ル)")
# 一覧にない町域（新しい町名・字）: 漢字・カタカナと、助詞以外のひらがな。番地が続くときだけ使う。
_GENERIC_TOWN = re.compile(
    r"(?:[\u4e00-\u9fff\u30a1-\u30faヶノ々ー]|(?![をにでへとやもは])[\u3041-\u3096]){1,10}?"
    r"(?=[ ]?(?:大?字|\d|[" + _KN + r"]{1,4}" + _UNIT + "))"
)
#: 一覧の町域・字の直後の番地だけの数字（大字山辺1234）は、その後が文末・空白・句読点・括弧のときに
#: 限る（「大字須坂1458（須坂駅から徒歩12分）」の「（」は注記の始まり）。
_BARE_END = re.compile(r"$|[\s、。,()]")
_NOT_TOWN = re.compile(r"役所|役場|庁|議会|会社")
#: 字 written bare after the listed 町域, right before the number (足助町|田町|31).
_AZA_NO_PREFIX = re.compile(r"[\u4e00-\u9fff々ヶ]{1,4}(?=\d)")
#: 住所の部品の間の空白。宛名ラベルや表の改行（静岡県島田市⏎本通2-3-4）も一つまで許す。
_GAP = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?")


class AddressRecognizer(GazetteerUser):
    """KEN_ALL の市区町村名を手がかりに住所の範囲を決める。"""

    name = "jp.address.v1"
    label = "ADDRESS"

    def find(self, view: TextView) -> Iterator[Span]:
        norm, consumed = view.norm, 0
        for start in self.gaz.head_starts(norm):
            if start < consumed:
                continue
            hit = self._parse(norm, start)
            if hit is None:
                continue
            end, score, data = hit
            consumed = end
            a, b = view.span(start, end)
            reason = {"block": "市区町村＋番地", "town": "市区町村＋町域", "municipality": "都道府県＋市区町村"}
            yield Span("ADDRESS", a, b, view.original[a:b], score, self.name, reason[data["level"]], data=data)

    def _parse(self, norm: str, start: int) -> tuple[int, float, dict] | None:
        gaz = self.gaz
        pref = None
        pos = start
        m = gaz.pref_re.match(norm, pos)
        if m and gaz.is_prefecture(m.group()):
            pref, pos = m.group(), _GAP.match(norm, m.end()).end()  # type: ignore[union-attr]
        cm = gaz.city_re.match(norm, pos)
        munis = gaz.candidates(cm.group(), pref) if cm else ()
        if not munis:
            return None  # 都道府県名だけ・一覧にない市区町村は報告しない
        city_end = cm.end()  # type: ignore[union-attr]
        level, end, muni, town = self._rest(norm, city_end, munis)
        if level == "municipality" and (gap := _GAP.match(norm, city_end)) and ("\n" in gap.group() or "\t" in gap.group()):
            # 「静岡県島田市\n本通2-3-4」・表の列「島田市\t本通2-3-4」: 改行やタブで分かれた住所は、
            # 続きが番地まであるときだけつなぐ
            nxt = self._rest(norm, gap.end(), munis)
            # 次の行が数字から始まる（「1-2-3 の手順」のような箇条書き）ときはつながない。表のタブは可。
            starts_town = gap.end() < len(norm) and not norm[gap.end()].isdigit()
            if nxt[0] == "block" and (starts_town or "\n" not in gap.group()):
                level, end, muni, town = nxt
        if level == "block":
            score = 0.95 if pref else 0.85
        elif level == "town" and pref:
            score = 0.75
        elif level == "town" and town >= 2:
            score = 0.65  # 市区町村＋一覧の町域（島田市本通）: 番地がなくても町域まで出すと場所が絞れる
        elif pref:
            end, score = city_end, 0.6
        else:
            return None  # 市区町村だけ（島田市の）は住所として報告しない
        data = {
            "prefecture": pref or (muni.prefecture if muni else _only({c.prefecture for c in munis})),
            "municipality": muni.name if muni else cm.group(),  # type: ignore[union-attr]
            "level": level,
        }
        if muni is None:
            data["note"] = "同名の市区町村が複数あります"
        return end, score, data

    def _rest(
        self, norm: str, pos: int, munis: tuple[Municipality, ...]
    ) -> tuple[str, int, Municipality | None, int]:
        """市区町村名の後（町域・番地・建物）を読む → (level, 終わり, 市区町村, 一覧の町域の長さ)。"""
        gaz = self.gaz
        muni: Municipality | None = munis[0] if len(munis) == 1 else None
        if any(c.prefecture == "京都府" for c in munis) and (km := _KYOTO_STREET.match(norm, pos)):
            pos = km.end()
        town = 0
        for probe in (pos, pos + 2) if norm.startswith("大字", pos) else (pos,):
            # 町域名で同名の市区町村を見分ける（北区梅田 → 大阪市北区）
            found = {c: gaz.town_length(c.prefecture, c.name, norm, probe) for c in munis}
            town = max(found.values())
            if town:
                winners = [c for c, n in found.items() if n == town]
                muni = winners[0] if len(winners) == 1 else muni
                pos = probe + town
                break
        if town and _NOT_TOWN.match(norm, pos - town):
            town = 0
        if not town and (gm := _GENERIC_TOWN.match(norm, pos)) and not _NOT_TOWN.search(gm.group()):
            pos = gm.end()
        bm = _BLOCK.match(norm, pos)
        is_block = bm is not None and (
            self._is_block(bm.group()) or (bool(town) or "字" in bm.group()) and _BARE_END.match(norm, bm.end()) is not None
        )
        if is_block:
            return "block", self._building(norm, bm.end()), muni, town  # type: ignore[union-attr]
        if town and (az := _AZA_NO_PREFIX.match(norm, pos)) and (bm := _BLOCK.match(norm, az.end())) is not None \
                and (self._is_block(bm.group()) or _BARE_END.match(norm, bm.end()) is not None):
            # 豊田市足助町田町31: a 字 written without 字 between the listed 町域 and the number (a-dev-366)
            return "block", self._building(norm, bm.end()), muni, town
        if town:
            return "town", pos, muni, town
        return "municipality", pos, muni, 0

    @staticmethod
    def _is_block(text: str) -> bool:
        """単位（丁目・番・号）があるか、数字が「-」でつながるときだけ番地とみなす。"""
        return bool(re.search(r"丁目|番|号|地割|\d-\d", text))

    @staticmethod
    def _building(norm: str, pos: int) -> int:
        """番地の後の建物名・部屋番号の終わり。例: 「2-3-4 グリーンハイツ201号室に」→ 号室の後。"""
        end = AddressRecognizer._building_at(norm, pos)
        if end == pos and (nl := _NEXT_LINE_BUILDING.match(norm, pos)):
            m = _BUILDING.match(norm, nl.end())
            if m and m["room"] and AddressRecognizer._building_at(norm, nl.end()) == m.end("room"):
                return m.end("room")
        return end

    @staticmethod
    def _building_at(norm: str, pos: int) -> int:
        m = _BUILDING.match(norm, pos)
        if not m or (m["name"] is None and m["room"] is None):
            return pos
        if m["name"] and (_NOT_BUILDING.search(m["name"]) or _COMPANY_AFTER.match(norm, m.end("name"))):
            return pos  # 「ミライハウス株式会社」は建物でなく会社名
        if m["room"]:
            return m.end("room")
        # 「架空マンション101」「さくらハイツ 2-301」: 建物名の直後の、単位のない部屋番号
        bare = _BARE_ROOM.match(norm, m.end("name"))
        return bare.end() if bare else m.end("name")


def _only(values: set[str]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


RECOGNIZER = register(AddressRecognizer())
