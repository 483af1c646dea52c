"""Person rules of tier 1 for names known from where they stand, as minutes, newsletters and posts
write them:

* attendee lists — the items of a 「出席者：」「参加者：」 line are people (飯塚、ＴＲＡＮ　ＴＨＩ　ＨＡ、
  江頭（記録）), with a leading title or trailing honorific left out of the span;
* a role then の then a name acting in the sentence (店長のアイが, 診断士の三好が, 相方のナオが): the
  name is a katakana word listed as a name, or a kanji word SudachiDict lists as a surname or place;
* a surname ending in 堂 after a title (課長 二階堂) is a person, not a shop (〜堂).

例::

    >>> [s.text for s in attendees("出席者：飯塚、江頭（記録）")]
    ['飯塚', '江頭']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import HONORIFICS, NOT_NAMES, TITLES
from tokumei.detect.names.rules.shop_words import KIND_FIRST
from tokumei.detect.names.rules.base import org_end
from tokumei.detect.names.rules.base import SOURCE, _KANJI, _KATA, _KATA_COMMON, _SURFACE, _is_pn, jm_types
from tokumei.detect.names.tokens import Token, person_readings
from tokumei.span import Span

_ATTEND = re.compile(r"^[ \t　]*[【［\[]?(?:出席者|参加者|欠席者|同席者|出席|参加|欠席|メンバー|委員|立会人|聞き手|話し手|語り手|司会|進行|インタビュアー|取次|文責|記録者|書記)[】］\]]?[ 　]*[：:][ 　]*(.+)$",
                     re.M)
_NEXT_LABEL = re.compile(r"[ 　]+[^ 　：:、]{1,8}[：:]")
_ITEM_SPLIT = re.compile(r"[、,，／/]")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_TITLE_RE = re.compile("^(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")[ 　]+")
#: A department or duty written before an attendee's name with a space (営業部 宮坂, 経理 滝本).
_DEPT_RE = re.compile(r"^(?:[\u4e00-\u9fffァ-ヴー]{1,14}(?:部|課|室|係|班|局|グループ|チーム)|経理|総務|営業|人事|広報|企画|製造|"
                      r"開発|品質管理|記録|司会|書記|会計|庶務|事務局)(?:[ 　]+|・)(?=\S)")  # 編集部・平野 too
#: An attendee's body written before the name with a space: one or more words ending in an office's or a body's
#: kind (掛川市お茶振興課 松下, 市役所 環境課 田原, 美浜町観光協会 森).
_BODY_SPACE = re.compile(r"^(?:[\u4e00-\u9fffぁ-ゖァ-ヴー]{1,16}(?:課|係|室|局|役所|役場|協会|組合|振興会|商工会|商工会議所|"
                         r"センター|事務所|支所|出張所|"
                         # stop 35 (names dev wave 7: ひかりのもり保育園 中川, 原水こどもクリニック 池田 理沙,
                         # 菊陽台湾ママの会 林 佳蓉 were one PERSON span): nurseries, clinics, groups, schools, shops, temples
                         r"保育園|幼稚園|こども園|クリニック|病院|医院|診療所|歯科|の会|学校|高校|大学|商店|寺|神社|苑|荘)[ 　]+"
                         r"|(?:" + "|".join(sorted(map(re.escape, KIND_FIRST), key=len, reverse=True)) +
                         r")[\u4e00-\u9fffぁ-ゖァ-ヴー]{1,10}[ 　]+)+(?=\S)")  # デイサービスてぃーだ 比嘉 美智子
_GENERIC_BODIES = frozenset("事務局 事務所 組合 協会 センター 役場 役所 市役所 町役場 村役場 区役所 支所 出張所 課 係 室 局 "
                            "民宿組合 商店会 振興会 観光協会 商工会".split())
#: Any role written before the name with a space, when the rest is one surname-like word (氏子総代 宮竹).
_ROLE_SPACE = re.compile(r"^[\u4e00-\u9fffァ-ヴー]{2,8}[ 　]+(?=[\u4e00-\u9fff々]{1,4}$"
                         # (stop 35) 町会長 北浦 義男, 民生委員 新垣 常雄: the role before a full name too
                         r"|[\u4e00-\u9fff々]{1,3}[ 　][\u4e00-\u9fff々ぁ-ゖ]{1,4}$)")
_TITLE_INSIDE = re.compile("[ 　](?:" + "|".join(sorted(map(re.escape, TITLES | {"教諭", "記者", "事務長"}), key=len, reverse=True)) + r")[ 　]+")
_HON_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, HONORIFICS | TITLES), key=len, reverse=True)) + ")$")
#: A kanji word with a particle or a verb's ending after it (続いて, 最後に, 次は): words said after a label.
_GRAMMAR_TAIL = re.compile(r"[\u4e00-\u9fff々]+(?:いて|して|って|に|で|は|が|を|も|と|から|まで|いた|した|った|する|ます)")
#: A kanji word and a particle at the end of a phrase (ご夫婦で, 承継の壁は): no name ends so.
_PHRASE_TAIL = re.compile(r"[\u4e00-\u9fff々](?:で|は|が|を|も|に|から|まで)$")
_NAMEISH = re.compile(r"[\u4e00-\u9fff々ヶノァ-ヴーぁ-ゖA-Za-zＡ-Ｚａ-ｚ・ 　]{1,16}")


_SPACED_PARTS = re.compile(r"[^ 　]+")
#: Business endings of a department, which a role's line writes before a person (編集部 小林, 広報部 矢切 とも).
_DEPT_ENDS = frozenset("部 課 係 室 班 局 チーム グループ".split())
#: A paper's or a newsletter's name (しりべし通信, 日高しんぶん): the interviewer's body.
_PRESS_ENDS = ("通信", "新聞", "しんぶん", "タイムス", "ジャーナル", "だより")
#: A guest's or adviser's role written before their body and name (来賓 中能登町企画課 林).
_LEAD_ROLES = frozenset("来賓 講師 顧問 オブザーバー ゲスト 助言者 アドバイザー 招待 特別参加 傍聴".split())


class _BodyCut:
    """What :func:`_body_before_person` returns: the end of the body and its space (a ``re.Match``'s ``end``/``group``)."""

    def __init__(self, item: str, end: int, start: int = 0) -> None:
        self._item, self._end, self._start = item, end, start

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._item[self._start: self._end]


def _body_before_person(item: str) -> "_BodyCut | None":
    """An attendee's body of any kind before a spaced person (しりべし通信 門馬 悠, たかつ林業 佐々木 浩二, 北区社会福祉協議会 辻):
    the last one or two words are a surname (and a given name) SudachiDict reads so, and the words before are no surname
    of three letters or more (stop 35, names dev: 17 such items were one PERSON span)."""
    parts = [m for m in _SPACED_PARTS.finditer(item)]
    if len(parts) < 2 or len(parts) > 4:
        return None
    last, prev = parts[-1].group(), parts[-2].group()
    if (len(parts) >= 3 and re.fullmatch(r"[\u4e00-\u9fff々]{1,3}", prev) and "姓" in person_readings(prev)
            and re.fullmatch(r"[\u4e00-\u9fff々ぁ-ゖァ-ヴー]{1,4}", last)):
        head_end = parts[-3].end()
    elif len(parts) == 2 and re.fullmatch(r"[\u4e00-\u9fff々]{1,3}", last) and "姓" in person_readings(last):
        head_end = parts[-2].end()
    elif len(parts) == 3 and parts[0].group() in _LEAD_ROLES and re.fullmatch(r"[\u4e00-\u9fff々]{1,3}", last) \
            and "姓" in person_readings(last):
        # 来賓 中能登町企画課 林: a guest's role, the body, the surname — the body is what stands between
        head = prev
        if len(head) >= 3 and "姓" not in person_readings(head) and head not in TITLES:
            return _BodyCut(item, parts[-2].end() + 1, parts[1].start())
        return None
    else:
        return None
    head = item[parts[0].start():head_end]
    end = org_end(head)
    if not (end and end not in _DEPT_ENDS or head.endswith(_PRESS_ENDS)) or "：" in head or ":" in head:
        return None  # 副区長 浜岡, 民生委員 新垣 常雄, 編集部 小林: a role or a department, no body's name
    if len(head.replace(" ", "").replace("\u3000", "")) < 3 or "姓" in person_readings(head) or head in TITLES \
            or not re.search(r"[\u4e00-\u9fffぁ-ゖァ-ヴー]", head) or (len(parts) >= 3 and "姓" in person_readings(parts[0].group())):
        return None  # (佐藤 健: a surname first; ＴＲＡＮ　ＴＨＩ　ＨＡ: no kanji surname)
    return _BodyCut(item, head_end + 1)


def attendees(text: str) -> Iterator[Span]:
    """The people of 「出席者：A（社長）、B、C」 lines (one span per item, titles and honorifics outside)."""
    if "：" not in text and ":" not in text:
        return
    for m in _ATTEND.finditer(text):
        pos = m.start(1)
        line = m.group(1)
        nxt = _NEXT_LABEL.search(line)
        if nxt is not None:
            line = line[: nxt.start()]  # 聞き手：久住　話し手：…: the next label ends the list
        for part in _ITEM_SPLIT.split(line):
            start = pos
            pos += len(part) + 1
            item = _PAREN.sub(lambda x: " " * len(x.group()), part)
            core = item.rstrip(" 　")
            lead = len(core) - len(core.lstrip(" 　"))
            inner = None
            for inner in _TITLE_INSIDE.finditer(core, lead):
                pass
            if inner is not None:
                lead = inner.end()  # 喫茶あかね 店主　茜沢 ふみ: the shop and the title come before the person
            body = _BODY_SPACE.match(core[lead:]) or _body_before_person(core[lead:])
            rest = core[lead + body.end():] if body else ""
            if body and _NAMEISH.fullmatch(rest.rstrip(" 　")) and len(rest.strip(" 　")) <= 8:
                # 掛川市お茶振興課 松下, 市役所 環境課 田原: the attendee's body (an organisation) and the attendee
                oa = start + lead + body.start()  # (来賓 中能登町企画課 林: the guest's role is no part of the body)
                org = body.group().rstrip(" 　")
                if org not in _GENERIC_BODIES:  # (事務局 森本: the secretariat, no body's name)
                    yield Span("ORGANIZATION", oa, oa + len(org), org, 0.6, SOURCE, "出席者の所属", data={"tier": 1})
                lead += body.end()
            t = _TITLE_RE.match(core[lead:]) or _DEPT_RE.match(core[lead:]) or _ROLE_SPACE.match(core[lead:])
            if t and "姓" in person_readings(t.group().rstrip(" 　")):
                t = None  # 阿部 太郎, 服部 恵: a surname ending in 部, not a department
            lead_title = None
            if t:
                lead += t.end()  # 社長 宮坂, 営業部 宮坂, 経理 滝本: the title or department is no part of the name
                if t.re is _TITLE_RE:
                    lead_title = t.group().rstrip(" 　")  # 部会長 綿引 正和: coref finds him by it (綿引部会長より)
            core = core[lead:]
            h = _HON_RE.search(core)
            title = lead_title
            if h and h.start() > 0:
                title, core = h.group(), core[: h.start()]
            core = core.rstrip(" 　")
            if not core or not _NAMEISH.fullmatch(core) or core in NOT_NAMES or core in TITLES or len(core) < 2 and not _KANJI.fullmatch(core):
                continue
            if _GRAMMAR_TAIL.fullmatch(core) or _PHRASE_TAIL.search(core):
                continue  # 司会：続いて、… / 司会：ご夫婦で、… / 司会：承継の壁は、…: the moderator's words, not a name
            a = start + lead
            data: dict = {"tier": 1, "parts": []}
            if title:
                data["title"] = title
            yield Span("PERSON", a, a + len(core), core, 0.6, SOURCE, "出席者の並び", data=data)


#: Roles after which 「の」 + a name is that person (店長のアイが).
ROLE_OF = frozenset("店長 社長 専務 常務 部長 課長 担当 担当者 スタッフ 相方 同僚 友人 友達 先輩 後輩 上司 部下 夫 妻 "
                    "主人 家内 娘 息子 長男 長女 次男 次女 父 母 兄 姉 弟 妹 孫 母親 父親 診断士 社労士 税理士 講師 店主 "
                    "院長 看護師 保育士 代表 会長 副会長 理事長 マスター オーナー 女将 大将 パート アルバイト 職人 "
                    "弁護士 司法書士 行政書士 会計士 先生 師匠 弟子 後継者 従業員 社員 "
                    "祖父 祖母 叔父 叔母 伯父 伯母 義父 義母 義兄 義姉 いとこ 従兄弟 姪 甥 親友 恩師 婚約者 相棒 "
                    "おじいちゃん おばあちゃん 愛犬 愛猫 ガイド 指導員 通訳 運転手 ドライバー コーチ 相方 仲間 同期".split())
_ACT = frozenset("が は も と に から より の や （ ( です でし".split())  # それは母のトメですね  # 先輩のアディ（インドネシア出身）: a note in brackets
#: Titles of a head written before the surname with a space (施設長 内野との面接, 院長 宇野が).
_HEAD_TITLES = frozenset("施設長 院長 園長 所長 校長 工場長 支配人 社長 店長 会長 理事長 代表 部長 課長 係長 主任 棟梁 親方".split())
#: One-kanji words after 「社長の」 that are no surname though SudachiDict lists some as one (社長の上から, 母の手が).
_NOT_ONE_SURNAME = frozenset("上 下 中 前 後 横 奥 先 元 方 手 目 口 顔 声 話 家 車 店 席 机 娘 孫 妻 夫 兄 姉 弟 妹 母 父 子 "
                             "代 時 頃 日 年 分 金 名 為 間 側 外 内 所 許 件 案 命 力 腕 足 首 頭 心 身 事".split())
_ROLES_AND_HEADS = ROLE_OF | _HEAD_TITLES
_KIN = frozenset("娘 息子 長男 長女 次男 次女 三男 三女 孫 妻 夫 兄 姉 弟 妹 母 父 祖母 祖父 義母 義父".split())
_HIRA_GIVEN = re.compile(r"[ぁ-ゖ]{2,4}")


def _given_in_jmnedict(word: str) -> bool:
    """JMnedict lists ``word`` as a given name (あかり, さやか; not あいさつ)."""
    return "g" in jm_types(word)


#: Hiragana words after 「娘の」 that are no name (娘のこと, 娘のため, 娘のほうが).
_KANA_NOT_GIVEN = frozenset("こと ため ほう もの よう ところ とき せい ぶん かわり ばあい なか まえ あと うち へや しごと "
                            "からだ いのち たんじょうび ころ とし".split())
#: Dishes and drinks a role's の is as often about as a person (店長のカレー, 母のパン): SudachiDict or JMnedict
#: also list them as names, so the role rule would take them.
_DISHES = frozenset("カレー パン ケーキ ピザ パスタ ラーメン スープ サラダ コーヒー ココア ジャム プリン クッキー グラタン "
                    "シチュー オムライス ハンバーグ コロッケ ドーナツ タルト パイ カツ".split())


def role_of_name(toks: list[Token]) -> Iterator[Span]:
    """店長のアイが, 診断士の三好が: a role, の, then a name-like word acting in the sentence."""
    if _ROLES_AND_HEADS.isdisjoint(map(_SURFACE, toks)):
        return  # no role word among the surfaces (most texts): every match needs one (one C pass, no loop)
    n = len(toks)
    for i in range(2, n - 1):
        t = toks[i]
        spaced = toks[i - 1].surface in (" ", "\u3000") and toks[i - 2].surface in _HEAD_TITLES
        if (toks[i - 1].surface != "の" and not spaced) or toks[i - 2].surface not in _ROLES_AND_HEADS \
                or toks[i + 1].surface not in _ACT:
            continue
        s = t.surface
        if _is_pn(t):
            continue  # the ordinary person rules have it
        # アルバイトのケンタが, 先輩ガイドのユリが, 母のトメです (not 店長のカレーが: a dish, though JMnedict lists カレー)
        kata = (_KATA.fullmatch(s) and 2 <= len(s) <= 5 and s not in _KATA_COMMON and s not in _DISHES
                and (person_readings(s) or t.oov
                     or (t.pos[1] == "固有名詞" and t.pos[2] == "一般")))
        # 娘のさくらが: a hiragana word the dictionary also lists as a given name, after a kinship word
        # 娘のあかりは: after a family word a hiragana word acting in the sentence is the child's name (not 娘のことは)
        kana = (toks[i - 2].surface in _KIN and _HIRA_GIVEN.fullmatch(s) and not s.startswith("お") and s not in _KANA_NOT_GIVEN
                and ("名" in person_readings(s) or (toks[i + 1].surface in ("は", "が", "と", "も") and _given_in_jmnedict(s))))
        # 社長の辻から: a one-kanji surname (SudachiDict 姓) before a particle, not a body part or a place word
        one = (_KANJI.fullmatch(s) and len(s) == 1 and s not in _NOT_ONE_SURNAME and "姓" in person_readings(s)
               and toks[i + 1].surface in ("が", "は", "から", "と", "に", "も", "より"))
        kanji = one or (_KANJI.fullmatch(s) and 2 <= len(s) <= 3
                 and ("姓" in person_readings(s) or (t.pos[2] == "地名" and t.pos[3] == "一般")
                      # 夫の正道と, 息子の大地が: after a family word, a given name SudachiDict also reads as a word
                      or (toks[i - 2].surface in _KIN and "名" in person_readings(s) and toks[i + 1].surface != "の")))
        if kata or kanji or kana:
            yield Span("PERSON", t.start, t.end, s, 0.55, SOURCE, f"役割「{toks[i - 2].surface}の」の後",
                       data={"tier": 1, "parts": [(s, "姓")] if kanji else []})


_TITLE_BEFORE = re.compile("(?:" + "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)) + r")[ 　]*$")


def titled_do_surname(text: str, spans: list[Span]) -> list[Span]:
    """課長 二階堂: a surname ending in 堂 after a title is a person, not a shop (屋号〜堂)."""
    out = []
    for s in spans:
        if (s.label == "ORGANIZATION" and s.reason == "屋号（〜屋・〜堂）" and s.text.endswith("堂")
                and "姓" in person_readings(s.text) and _TITLE_BEFORE.search(text, max(0, s.start - 8), s.start)):
            s = s.with_(label="PERSON", reason="役職の後の姓（〜堂）", data={"tier": 1, "parts": [(s.text, "姓")]})
        out.append(s)
    return out


_SPEAKER = re.compile(r"^[ 　]*([^\s：:（(「]{1,10})[：:]", re.M)
#: 「湊　福岡市の設計事務所に…」: a transcript's speaker before a full-width space (only a name found in the text).
_SPEAKER_SPACE = re.compile(r"^([^\s：:（(「」、。]{1,6})\u3000(?=\S)", re.M)


def speakers(text: str, spans: list[Span]) -> list[Span]:
    """Speaker labels of a transcript (ハファエル：…, 堀之内：…) that name a person found in the text — the
    full name or one piece of it (split at a space or ・) — are that person."""
    if "：" not in text and ":" not in text and "\u3000" not in text:
        return []
    pieces: dict[str, str] = {}
    for s in spans:
        if s.label == "PERSON":
            for n, p in enumerate(re.split(r"[ 　・＝]", s.text)):
                # 関口 翼 … 翼：, 浦 恵太 … 浦：: a one-kanji given name or surname of a spaced full name too
                if len(p) >= 2 or ((n > 0 or s.text != p) and _KANJI.fullmatch(p)):
                    pieces.setdefault(p, s.text)
            pieces.setdefault(s.text, s.text)
    taken = {(s.start, s.end) for s in spans if s.label == "PERSON"}
    labels = [m.group(1) for m in _SPEAKER.finditer(text)]
    interview = "――" in text or "聞き手" in text or len(set(labels)) >= 2
    out = []
    for m in _SPEAKER_SPACE.finditer(text):
        if m.group(1) in pieces and (m.start(1), m.end(1)) not in taken:
            taken.add((m.start(1), m.end(1)))
            out.append(Span("PERSON", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "話者の名前（既出の人名、全角空白の前）",
                            data={"tier": 1, "parts": []}))
    for m in _SPEAKER.finditer(text):
        name = m.group(1)
        # a katakana name that speaks twice or more in an interview (ハファエル：…), even if written otherwise
        # elsewhere (Ｒａｆａｅｌ) — not a form's label (日時：, 回答：)
        repeated = interview and labels.count(name) >= 2 and (
            (_KATA.fullmatch(name) is not None and len(name) >= 2 and name not in _KATA_COMMON and name not in _NOT_SPEAKERS)
            # 奥原：… 奥原：…: a surname in SudachiDict speaking twice, even where SudachiPy reads a place
            or (_KANJI.fullmatch(name) is not None and len(name) <= 4 and "姓" in person_readings(name)
                and name not in NOT_NAMES and name not in TITLES))
        if (name in pieces or repeated) and (m.start(1), m.end(1)) not in taken:
            out.append(Span("PERSON", m.start(1), m.end(1), name, 0.7, SOURCE, "話者の名前（既出の人名）",
                            data={"tier": 1, "parts": []}))
    # 笠原（瞳）：…: two speakers of one surname told apart by the given name in brackets
    for m in _SPEAKER_GIVEN.finditer(text):
        sur = m.group(1)
        if not (sur in pieces or ("姓" in person_readings(sur) and sur not in NOT_NAMES and sur not in TITLES)):
            continue  # 氏名（漢字）：, 会場（男性）：: a form's label or a voice from the floor, no speaker's name
        a, b = m.start(1), m.end(2) + 1
        if (a, b) in taken:
            continue
        taken.add((a, b))
        # one person, the label whole: 坂倉（史） is 坂倉 史郎 when the text writes that full name (its letter, not a
        # letter for the surname and another for 史); else a person of its own
        full = re.search(re.escape(sur) + r"[ \u3000]?" + re.escape(m.group(2)) + r"[\u4e00-\u9fff々ぁ-ゖァ-ヺー]{0,3}?"
                         r"(?=[ \u3000さ様氏（(、。：:\n]|$)", text)
        data: dict = {"tier": 1, "parts": []}
        if full is not None:
            data["canonical"] = full.group()
        out.append(Span("PERSON", a, b, text[a:b], 0.7, SOURCE, "話者の名前（姓（名）：）", data=data))
    return out


#: A speaker's label of a surname and a given name in brackets at a line's start (笠原（瞳）：).
_SPEAKER_GIVEN = re.compile(r"^([\u4e00-\u9fff々]{1,4})[（(]([\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,4})[）)][：:]", re.M)


_NOT_SPEAKERS = frozenset("アンサー クエスチョン コメント メモ ポイント ナレーション ナレーター テロップ スタッフ ゲスト "
                          "インタビュアー ライター カメラマン オーナー マスター ママ パパ".split())


_NICK = re.compile(r"(?:ラジオネーム|ペンネーム|ハンドルネーム|ニックネーム|通称|愛称|あだ名|呼び名|法名|戒名|僧名|俳号)(?![でをにのともなだ])[はが]?[ 　・]?[：:]?[ 　]?[「『（(“〝]?"
                   r"([^\s「」『』（）()“”〝〟、。，,：:・]{1,12}?)(?:さん|ちゃん|くん|君|(?=[」』）)”〟、。，,\s]|と呼|で呼|$))")


#: 蜂じいの技, 梅ばあが: one or two kanji + じい/ばあ (an old neighbour's nickname), acting in the sentence.
_ELDER_NICK = re.compile(r"(?<![\u4e00-\u9fff々ぁ-ゖ])([\u4e00-\u9fff々]{1,2}(?:じい|ばあ))(?:ちゃん|さん)?(?=[のがはもとに、。」])")


def nicknames(text: str) -> Iterator[Span]:
    """Radio names and nicknames introduced as such (ラジオネーム「ねぎ坊」, 通称「たけちゃん」, 愛称は“ジロー”): PERSON
    spans inside the brackets or quotes, without a trailing さん/ちゃん unless the stem cannot stand alone (ヨッちゃん); the name ends at its
    honorific (通称ゲンさんの店 → ゲン, never 「ゲンさんの店」). Also 蜂じい, 梅ばあ (a kanji + じい/ばあ)."""
    if "じい" in text or "ばあ" in text:
        for m in _ELDER_NICK.finditer(text):
            yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.65, SOURCE, "愛称（〜じい・〜ばあ）", data={"tier": 1, "parts": []})
    for m in _NICK.finditer(text):
        a, b = m.span(1)
        name = m.group(1)
        if name.endswith(("っ", "ッ")) and text.startswith("ちゃん", b):
            b += 3  # ヨッちゃん: the nickname is the whole word
            name = text[a:b]
        if len(name) >= 2 and name not in NOT_NAMES:
            yield Span("PERSON", a, b, name, 0.7, SOURCE, "通称・ラジオネーム", data={"tier": 1, "parts": []})


_AGED = re.compile(r"(?<![ァ-ヴー\u4e00-\u9fff々])([ァ-ヴー・]{2,12}|[\u4e00-\u9fff々]{1,4})[（(][0-9０-９]{1,3}(?:歳|才)?[）)]")


_FUNCTION_POS = frozenset(("助詞", "助動詞", "副詞", "感動詞", "連体詞", "接続詞", "代名詞", "形容詞", "動詞"))
#: A full name in hiragana with a space, then its age (こたに しょうへい、45歳 / はやせ みく（8）): a person
#: introducing themself or a child, whatever SudachiDict knows of the kana.
_KANA_AGED = re.compile(r"(?:(?<=[。、，,\s「（(：:])|^)([ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{2,6})"
                        r"(?=[、，,]?[ 　]?[0-9０-９一二三四五六七八九十]{1,3}[ 　]?[歳才]|[（(][0-9０-９]{1,3}[）)])", re.M)


def aged_people(text: str, toks: list[Token]) -> Iterator[Span]:
    """A name with an age in parentheses (リン（28）は, 陽菜（5）): the age says it is a person. Katakana words
    must be names in SudachiDict or unknown (not スタッフ（3）); kanji ones a person name or a surname. Also a
    spaced hiragana full name before its age (:data:`_KANA_AGED`)."""
    if "歳" in text or "才" in text or "（" in text or "(" in text:
        by_start = {t.start: t for t in toks}
        for m in _KANA_AGED.finditer(text):
            parts = m.group(1).split()
            first, second = parts[0], parts[-1]
            if first[-1] in "はがをもでへ" or any(
                    (t := by_start.get(x)) is not None and t.end == y and t.pos[0] in _FUNCTION_POS
                    for x, y in ((m.start(1), m.start(1) + len(first)), (m.end(1) - len(second), m.end(1)))):
                continue  # それは まあ 45歳: a particle or a function word, no name
            yield Span("PERSON", m.start(1), m.end(1), m.group(1), 0.7, SOURCE, "ひらがなの姓名＋年齢", data={"tier": 1, "parts": []})
    if "（" not in text and "(" not in text:
        return
    from tokumei.detect.names.rules.people import _KATA_HON_STOP

    starts = {t.start: t for t in toks}
    ends = {t.end for t in toks}
    for m in _AGED.finditer(text):
        a, b, s = m.start(1), m.end(1), m.group(1)
        if a not in starts or b not in ends or s in NOT_NAMES or s in TITLES:
            continue
        words = [t for t in toks if a <= t.start and t.end <= b and t.surface != "・"]
        if _KATA.fullmatch(s):
            ok = (s not in _KATA_COMMON and s not in _KATA_HON_STOP
                  and all(_is_pn(t) or t.oov or t.pos[1] == "固有名詞" or person_readings(t.surface) for t in words))
        else:
            ok = all(_is_pn(t) for t in words) or (len(words) == 1 and "姓" in person_readings(s) and len(s) >= 2)
        if ok:
            yield Span("PERSON", a, b, s, 0.6, SOURCE, "名前＋（年齢）", data={"tier": 1, "parts": []})


#: A role word, a space, then a surname (教諭 浦、, 事務長　大木, 店主 宝田まで, 記者 林 航).
_ROLE_WORDS = ("管理者", "責任者", "施設長", "管理人", "事務員", "相談員", "支援員", "世話人",
               "教諭", "事務長", "記者", "店主", "講師", "主任", "所長", "院長", "園長", "校長", "教頭", "店長", "代表",
               "担当", "担当者", "係", "事務局", "総務", "広報", "受付", "窓口", "看護師", "保育士", "社労士", "税理士")
_ROLE_THEN_SURNAME = re.compile(r"(?:" + "|".join(sorted(_ROLE_WORDS, key=len, reverse=True)) + r")[ 　]+([\u4e00-\u9fff々]{1,3})"
                                r"(?=[、。，,．\n（()）]|まで|より|へ|$)")
#: 「問い合わせは事務局の早瀬まで」: a contact person named before まで/へ after an office.
_CONTACT = re.compile(r"(?:問い合わせ|問合せ|お問合せ|申し込み|申込み|申込|連絡|応募|予約)[^。\n]{0,20}?の([\u4e00-\u9fff々]{1,3})(?=まで|へ|に[おご])")


def contact_surnames(text: str, toks: list[Token]) -> Iterator[Span]:
    """A surname after a role and a space (教諭 浦、), or before まで in a contact sentence (事務局の早瀬まで):
    kanji words SudachiDict lists as surnames, whole tokens only."""
    starts: set[int] | None = None
    for rx, why in ((_ROLE_THEN_SURNAME, "役割＋空白＋姓"), (_CONTACT, "連絡先の姓（〜まで）")):
        for m in rx.finditer(text):
            a, b, s = m.start(1), m.end(1), m.group(1)
            if starts is None:  # the token boundaries only for a text with a match (most have none)
                starts, ends = {t.start for t in toks}, {t.end for t in toks}
            if a in starts and b in ends and s not in NOT_NAMES and s not in TITLES and "姓" in person_readings(s):
                yield Span("PERSON", a, b, s, 0.6, SOURCE, why, data={"tier": 1, "parts": [(s, "姓")]})
