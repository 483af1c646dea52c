"""Bodies named after their place (tier 1, a post step): 「境港かに祭り実行委員会」, 「野見定置網組合」,
「さかい刃物産業振興会」, 「しりべし事業承継ネット」, 「八幡浜まちの縁側プロジェクト」, 「加賀市観光交流課」.

Committees, unions, networks and projects of a town are named town first, then what they do, then the kind of
body. The place is found already (a LOCATION span of any finder, or the town's reading in hiragana, which
SudachiPy often reads as particles: さかい → 「because」, と|ば); the kind word at the end makes the whole run one
ORGANIZATION — the place stays inside it, as the annotation guidelines nest it, and anonymize replaces the body.

* the run between the place and the kind word: one to fourteen letters of kanji, katakana, Latin or hiragana,
  no delimiter, not opening with a particle (加賀市の委員会 is no name), at most one の and not first;
* the kind word ends the word (no kanji after it); 課 and 係 only after a written municipality (加賀市観光交流課);
* a hiragana reading is a place of KEN_ALL (:func:`tokumei.detect.geo.kana_places`, not a prefecture) or a region
  of :data:`_KANA_REGIONS` (Hokkaido's 振興局, old provinces), of three letters or more, anywhere in a hiragana run
  (支援した|さかい…): the kind word after it is what decides.

例::

    >>> from tokumei.span import Span
    >>> t = "境港かに祭り実行委員会 第3回会議録"
    >>> [s.text for s in place_bodies(t, [Span("LOCATION", 0, 2, "境港", .6, "x", "")])]
    ['境港かに祭り実行委員会']
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.rules.town_echoes import district_of
from tokumei.span import Span

#: Kind words that end a body's name (longest first in the pattern).
_HEADS = ("実行委員会 委員会 協議会 振興会 連絡会 推進会 保存会 研究会 愛好会 自治会 町内会 商店会 婦人会 青年団 連合会 "
          "協会 組合 の会 機構 ネットワーク ネット 相談室 研究室 編集室 編集部 事務局 事務所 プロジェクト クラブ "
          "見守り隊 守り隊 応援隊 隊 くらし舎 舎 通信社 通信 観光案内所 案内所 サービス メンテナンス ブルワリー 商会 製作所 "
          "窯元会 仲間 倶楽部 ラボ 工房 消防団 消防局 社協 社会福祉協議会 観光協会 "
          # (stop 35, names dev) くのへ鮭鱒愛護会, わかさ歩こう会, こまえ朝練会, 田後かに船主会, 七色じゃばら生産部会
          "愛護会 句会 船主会 青年会 生産部会 青年部会 部会 女性部 婦人部 青年部 同好会 後援会 老人会 子ども会 育成会 "
          "友の会 くらぶ 歩こう会 朝練会 行政区").split()  # (not 会 alone: 品評会, 相談会, 花火大会 are events; not 会議所: allowed)
#: Kind words after which a の inside the name is its own (しがらき窯元散策路の会, 八幡浜まちの縁側プロジェクト); before
#: the others a の makes a description (日田下駄の工房, 人吉駅前の観光案内所, 大阪市のひかり便サービス).
_NO_OK = frozenset("の会 協会 協議会 編集室 プロジェクト 研究会 保存会 ネット ネットワーク 機構".split())
#: Kind words of a public office: only after a written municipality (加賀市観光交流課, 青梅市商工観光課).
_OFFICE = ("課", "係")
_TAIL = re.compile(r"(?P<mid>[\u4e00-\u9fff々ヶァ-ヴー・A-Za-z0-9ぁ-ゖ]{0,14}?)(?P<head>"
                   + "|".join(sorted(_HEADS + list(_OFFICE), key=len, reverse=True)) + r")(?![\u4e00-\u9fff々ヶァ-ヴー])")
#: The last characters of every kind word above: a text without one holds no body to find.
_HEAD_GATE = re.compile("[会合ト室所隊舎社課係信構部局ブスル間楽ラ房団協クーボ館]")
_PARTICLE_FIRST = re.compile(r"(?:(?:の|で|に|は|が|を|と|へ|も|や|だ)(?![ぁ-ゖ])|から|まで|より|など|です|した|する|さん|ちゃん|くん|様)")
_GRAMMAR = re.compile(r"(?:から|まで|より|では|には|とは|ので|のに|ても|でも|して|した|する|される|された|ない|ます|です|という|での|への|との"
                      # 杉の端材は能代…, 市内で開く…: a particle between two kanji words is a sentence, not a name
                      r"|[\u4e00-\u9fff々ァ-ヴー][はがをでにへとも][\u4e00-\u9fff々ァ-ヴー]"
                      # 一ノ関駅近くに|事務所: a word with its kana ending and a case particle before the kind (stop 35,
                      # n-dev-430; not 境港|かに協会)
                      r"|[\u4e00-\u9fff][ぁ-ゖ]{1,2}[にをでへ]$)")
#: Regions written in hiragana that KEN_ALL does not list as one municipality (後志, 津軽 …).
_KANA_REGIONS = frozenset("しりべし いぶり ひだか おしま とかち くしろ ねむろ そらち かみかわ るもい そうや おほーつく "
                          "つがる なんぶ しもきた みちのく ささ あいづ いわき ちちぶ ぼうそう いず えんしゅう みかわ おわり "
                          "みの ひだ わかさ のと かが えちご さど しなの きそ やまと たんば たんご はりま たじま びんご "
                          "びっちゅう びぜん いよ とさ あわ さぬき ちくご ちくぜん ぶぜん ぶんご ひご さつま おおすみ".split())
_KANA_RUN = re.compile(r"[ぁ-ゖー]{3,8}")
_HIRA_RUN = re.compile(r"[ぁ-ゖ]+")
#: A two-letter reading (とば, みま) only as a word of its own: after a delimiter, glued to a kanji word.
_KANA_TWO = re.compile(r"(?:(?<=[、，,：:（(「『・\s])|^)[ぁ-ゖ]{2}(?=[\u4e00-\u9fff々ヶァ-ヴー])", re.M)
#: Kinds of body a surname never heads (沢井第二自治会, 中尾山窯元会): a PERSON span before one is its town.
_TOWN_ONLY = re.compile(r"(?P<mid>第?[一二三四五六七八九十0-9]{1,3}(?:区|地区|班)(?=自治会|町内会|区民会)|第[一二三四五六七八九十0-9]{1,3}(?:区|地区|班)?|[東西南北上下中本新]?|地区|区)(?P<head>自治会|町内会|区民会|"
                        r"実行委員会|振興会|保存会|協議会|窯元会|観光協会|商店会|子ども会|老人クラブ|消防団|公民館|行政区)"
                        r"(?![\u4e00-\u9fff々ヶァ-ヴー])")


def _body(text: str, a: int, b: int, office_ok: bool) -> int | None:
    """End of a body's name whose place is text[a:b], or None."""
    m = _TAIL.match(text, b)
    if m is None:
        return None
    mid, head = m.group("mid"), m.group("head")
    if not mid and len(head) < 3:
        return None  # (a place and a short kind word alone: 沼田|部会 is left to the suffix rules; わかさ|歩こう会 is a body)
    if head in _OFFICE and not office_ok:
        return None
    if _PARTICLE_FIRST.match(mid) or _GRAMMAR.search(mid) or mid.count("の") > 1 or mid.startswith("・"):
        return None
    if "の" in mid and head not in _NO_OK:
        return None
    if any(r != "の" and (r[0] in "にとでがをもへ" or r.endswith(("った", "ある", "いる", "する", "ける", "なる")))
           for r in _HIRA_RUN.findall(mid)):
        return None  # ソフトバンクとなり…, …における通信, 松江にある…: a clause, not a name (まちなか, かに, やきもの are)
    if head in ("舎", "隊", "仲間", "工房") and len(mid) < 2:
        return None  # 境港会, 天神舎: too little to tell a body from a word
    return m.end()


def _kana_anchors(text: str) -> list[tuple[int, int]]:
    """(start, end) of hiragana place readings that a body's kind word follows (さかい刃物産業振興会)."""
    from tokumei.detect.geo import kana_places

    table = None
    out = []
    for m in _KANA_RUN.finditer(text):
        if _TAIL.match(text, m.start() + 3) is None and _TAIL.match(text, m.end()) is None:
            continue  # no kind word ahead in this word: no body to find (most runs)
        if table is None:
            table = kana_places()
        run = m.group()
        for i in range(len(run) - 2):  # every start inside the run (支援した|さかい): the reading runs to the run's end or not
            if i and (i < 2 or run[i - 1] not in "たるのはがをにでともへやて"):
                continue  # (し|ながわ: the start of a word read from its middle)
            for j in range(len(run), i + 2, -1):
                w = run[i:j]
                if w in _KANA_REGIONS or (w in table and table[w][1] != "prefecture"):
                    out.append((m.start() + i, m.start() + j))
                    break
            else:
                continue
            break
    for m in _KANA_TWO.finditer(text):
        if table is None:
            table = kana_places()
        if m.group() in table and table[m.group()][1] != "prefecture" and _TAIL.match(text, m.end()):
            out.append(m.span())
    return out


def place_bodies(text: str, spans: list[Span]) -> list[Span]:
    """ORGANIZATION spans for the bodies named after a place (see the module docstring)."""
    if _HEAD_GATE.search(text) is None:
        return []  # no kind word of a body anywhere (most texts): one scan
    anchors = [(s.start, s.end, s.text[-1:] in "市町村区") for s in spans if s.label == "LOCATION"]
    anchors += [(a, b, False) for a, b in _kana_anchors(text)]
    out = []
    for s in spans:  # 沢井第二自治会: a bare surname-like word before a body only a town has
        if (s.label == "PERSON" and 2 <= len(s.text) <= 4 and re.fullmatch(r"[\u4e00-\u9fff々ヶ]+", s.text)
                and (m := _TOWN_ONLY.match(text, s.end)) is not None):
            out.append(Span("ORGANIZATION", s.start, m.end(), text[s.start:m.end()], 0.7, SOURCE,
                            f"地名＋「{m.group('head')}」（姓に見える地名）", data={"tier": 1, "place": [s.start, s.end]}))
    seen: set[tuple[int, int]] = set()
    for a, b, office_ok in anchors:
        e = _body(text, a, b, office_ok)
        if e is not None and (a, e) not in seen:  # (a place found by a finder and as a kana reading: one body)
            seen.add((a, e))
            out.append(Span("ORGANIZATION", a, e, text[a:e], 0.7, SOURCE, "地名で始まる団体名（〜委員会・〜組合・〜ネット …）",
                            data={"tier": 1, "place": [a, b]}))
    return out


def _allow():
    from tokumei.detect.names.dictionary import builtin_allow_list

    return builtin_allow_list()


#: A body's kind word right after an organisation found without it (伊勢原こども食堂|ネット, 丹後産業|支援ネット).
_MORE_HEAD = re.compile(r"[\u4e00-\u9fff々]{0,4}(?:ネットワーク|ネット|協議会|連絡会|実行委員会|プロジェクト)(?![\u4e00-\u9fff々ァ-ヴー])"
                        # 椿泊小学校PTA, 南中学校父母の会: a school's parents' body is a body of its own, named after the school
                        r"|(?<=[校園])(?:PTA|ＰＴＡ|父母の会|保護者会|後援会|同窓会|育友会)")
_GROW_GATE = re.compile("ネット|協議会|連絡会|委員会|プロジェクト|山[ \u3000]?[\u4e00-\u9fff々]{1,3}[寺院庵坊]|FM|エフエム|放送"
                        "|PTA|ＰＴＡ|父母の会|保護者会|後援会|同窓会|育友会"
                        "|[\u4e00-\u9fff]の[浦島宮森里沢原谷崎浜]")
#: A place written kanji + の + kanji (鞆の浦, 宮の浦) at a body's head: SudachiPy cuts it, and the body found starts
#: at its last kanji (浦|デンタルクリニック). The whole place goes with the body.
_NO_PLACE_LEAD = re.compile(r"(?:(?<=[\s、。「『（(・：:／/])|^)[\u4e00-\u9fff]の$")
_STATION = re.compile(r"^(?:FM|ＦＭ|エフエム)|(?:放送|FM|エフエム)$")
_STATION_REST = re.compile(r"[ \u3000・][\u4e00-\u9fff々ぁ-ゖァ-ヴーA-Za-z・]{2,16}(?=[「『（(\n\u3000]|$)")
#: A temple's mountain name (山号) before its name: 天祐山 龍泉院, 潮音山 浄福寺.
_SANGO = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{1,3}山[ \u3000]?$")


def _grown(text: str, spans: list[Span]) -> list[Span]:
    """Organisations grown to the kind word after them and temples to their mountain name before them."""
    out = []
    for s in spans:
        if s.label == "ORGANIZATION" and (m := _MORE_HEAD.match(text, s.end)) is not None:
            s = s.with_(end=m.end(), text=text[s.start:m.end()])
        if s.label in ("ORGANIZATION", "PERSON") and _STATION.search(s.text) and (m := _STATION_REST.match(text, s.end)):
            # エフエム いわいベイ「…」, FMせとうち・みなとウェーブ, 山陰コミュニティ放送 みなとFM: a station's whole name
            s = Span("ORGANIZATION", s.start, m.end(), text[s.start:m.end()], 0.7, SOURCE, "放送局の名前", data={"tier": 1})
        if (s.label == "ORGANIZATION" and s.text[:1] in "浦島宮森里沢原谷崎浜" and len(s.text) >= 3
                and (m := _NO_PLACE_LEAD.search(text, max(0, s.start - 2), s.start))):
            s = s.with_(start=m.start(), text=text[m.start():s.end])  # 鞆の|浦デンタルクリニック
        if s.label in ("ORGANIZATION", "LOCATION") and s.text[-1:] in "寺院庵坊" and (m := _SANGO.search(text, 0, s.start)):
            s = s.with_(start=m.start(), text=text[m.start():s.end])
        out.append(s)
    return out


#: Kind words that name no one when they stand alone (not 上院, 市議会 or ジャイアンツ: one body each).
_BARE_KINDS = frozenset("工房 旅館 ホテル 食堂 会社 お店 店舗 法人 団体 業者 事業所 商店 工場 事務所 教室 サロン 農園 牧場 "
                        "医院 薬局 診療所 クリニック 書店 本屋 塾 保育園 幼稚園 組合 協会 商会 商事 製作所 研究所 センター "
                        "グループ 本舗 酒造 窯元 蔵元 民宿 ペンション カフェ 喫茶 居酒屋 病院 歯科 "
                        # (stop 36) 数の子の加工場が: the model's organisation, a kind word alone (anonymize dev: 5)
                        "加工場 水産加工場".split())


_LOC_AS_BODY = re.compile(r"(?:課|係|自治会|町内会|消防団|消防局|社協|協議会|振興会|実行委員会)$")


def _bodies_read_as_places(spans: list[Span]) -> list[Span]:
    """A LOCATION that ends in an office's or a body's kind word (石巻市水産課, 十津川村消防団) is that body."""
    return [s.with_(label="ORGANIZATION", reason="地名＋組織の語（課・消防団 …）") if s.label == "LOCATION" and len(s.text) > 3
            and _LOC_AS_BODY.search(s.text) else s for s in spans]


#: Words said only of a place right after it (田平在住, 鮎川経由便): no person lives "in" or goes "via" someone.
_ONLY_OF_A_PLACE = re.compile(r"(?:在住|在勤|経由(?:便|の(?:便|バス|ルート|列車|航路|船)|で(?:行|向|来|帰|入|通))|方面|止まり|行きの|発の|着の|"
                              r"近郊|一帯|界隈|沖で|沖の)")


def _people_said_as_places(text: str, spans: list[Span]) -> list[Span]:
    """A PERSON span (rules or model) right before 在住・経由・方面 … with no honorific between is the place; so is
    one written right after its municipality, as an address line does (鹿児島県屋久島町 一湊: a district of 屋久島町
    in KEN_ALL), and a bare one listed beside a place (:func:`_listed_with_places`)."""
    out = []
    places = {"end": {p.end: p for p in spans if p.label == "LOCATION"}, "start": {p.start: p for p in spans if p.label == "LOCATION"}}
    for s in spans:
        if s.label == "PERSON" and not (s.data or {}).get("reading") \
                and re.fullmatch(r"[\u4e00-\u9fff々ヶ]{2,4}|[ァ-ヴー]{2,8}", s.text):
            if (m := _PUBLIC_OFFICE.match(text, s.end)) is not None:
                s = Span("ORGANIZATION", s.start, m.end(), text[s.start:m.end()], 0.7, SOURCE, "地名＋官公署（〜労働局・〜税務署）",
                         data={"tier": 1})  # 宮崎|労働局, 園部|労働基準監督署: the office of that place, no person
            elif _ONLY_OF_A_PLACE.match(text, s.end):
                s = Span("LOCATION", s.start, s.end, s.text, 0.6, SOURCE, "地名（〜在住・〜経由）", data={"tier": 1, "kind": "place"})
            elif ((m := _MUNI_BEFORE.search(text, max(0, s.start - 12), s.start)) and not CALLED.match(text, s.end)
                  and district_of(m.group(1), s.text)):
                s = Span("LOCATION", s.start, s.end, s.text, 0.6, SOURCE, "市町村名のあとの町域名", data={"tier": 1, "kind": "town"})
            elif _listed_with_places(text, s, places):
                s = Span("LOCATION", s.start, s.end, s.text, 0.55, SOURCE, "地名の並びの中の地名（姓と同じ字）",
                         data={"tier": 1, "kind": "town"})
        out.append(s)
    return out


#: What ends a list of places (など, 方面, の各地区 …) and what may stand before its first item.
_PLACE_LIST_END = re.compile(r"(?:など|等|方面|周辺|一帯|の各|地区|の[一-龥]{0,3}(?:地区|集落|分団|会場))")
_LIST_OPENERS = frozenset("、・「『（(\n。は がをにでともや：:")


def _listed_with_places(text: str, s: Span, places: dict[str, dict[int, Span]]) -> bool:
    """A bare name in a list whose neighbour is a place (野沢、奥川、群岡など: 奥川 is a district too; stop 34, n-dev-1091):
    no honorific, title or given name, the list's comma or や right before or after it, and a LOCATION span on the
    other side of it."""
    d = s.data or {}
    if d.get("title") or any(k == "名" for _, k in d.get("parts", ())) or CALLED.match(text, s.end) or s.score > 0.6:
        return False
    before = text[s.start - 1 : s.start]
    after = text[s.end : s.end + 1]
    left = before in ("、", "・") and s.start - 1 in places["end"]
    right = after in ("、", "・", "や") and s.end + 1 in places["start"]
    if left and right:
        return True  # 野沢、奥川、群岡
    # one place beside it: only where the list says it lists places (晴山、小軽米など, 岡見・井野方面, 池田や箕面の飲食店)
    # and the name opens an item, not a role's line (会計 成瀬、豊田市足助)
    if before and before not in _LIST_OPENERS and not left:
        return False
    end = places["start"][s.end + 1].end if right else s.end
    return (left or right) and (after == "や" or _PLACE_LIST_END.match(text, end) is not None)


#: An honorific or a title right after a name: a person is called so, no place (shared with place_edges).
CALLED = re.compile(r"[ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|代表|店主|会長|家)")
#: Public offices named after their place (宮崎労働局, 園部労働基準監督署, 大月税務署).
_PUBLIC_OFFICE = re.compile(r"(?:労働局|労働基準監督署|労基署|税務署|法務局|年金事務所|公共職業安定所|警察署|消防署|消防本部|"
                            r"保健所|土木事務所|振興局|地方事務所|簡易裁判所|地方裁判所|家庭裁判所|市役所|町役場|村役場)")
#: A municipality right before a word, with a space or nothing between (屋久島町 一湊, 帯広市西20条).
_MUNI_BEFORE = re.compile(r"([\u4e00-\u9fff々ヶ]{1,6}[市町村区])[ \u3000]?$")


def add_place_bodies(view, spans: list[Span]) -> list[Span]:
    """Post step: the bodies :func:`place_bodies` finds replace what they cover (the place, pieces of the name);
    an organisation that is a kind word alone (工房, 旅館: the model's guess) is no name and goes first, before
    coreference repeats it everywhere. A person said as a place (田平在住) is that place."""
    spans = _people_said_as_places(view.original, _bodies_read_as_places(spans))
    if any(s.label == "ORGANIZATION" and s.text in _BARE_KINDS for s in spans):
        spans = [s for s in spans if not (s.label == "ORGANIZATION" and s.text in _BARE_KINDS)]
    if _GROW_GATE.search(view.original) is not None:
        grown = _grown(view.original, spans)
        if grown != spans:  # (a grown span may cover a neighbour: keep the longer)
            from tokumei.detect.resolve import resolve

            spans = resolve(grown)
    new = place_bodies(view.original, spans)
    if not new:
        return spans
    allow = _allow()
    # a longer name found already (房総みなみ信用組合 那古支店) or a public body the allow-list keeps (its place stays a
    # LOCATION span of its own, generalised like any place): not replaced
    new = [n for n in new if not allow.allowed(n.text) and not any(
        s.label == "ORGANIZATION" and s.start < n.end and n.start < s.end and s.end >= n.end
        and not (n.start <= s.start and s.end <= n.end) for s in spans)]
    if not new:
        return spans
    keep = [s for s in spans if not any(n.start < s.end and s.start < n.end for n in new)
            or (s.label == "PERSON" and not any(n.start <= s.start and s.end <= n.end for n in new)
                and not any(n.start == s.start for n in new))]
    new = [n for n in new if not any(k.start < n.end and n.start < k.end for k in keep)]
    return sorted(keep + new, key=lambda s: (s.start, s.end))
