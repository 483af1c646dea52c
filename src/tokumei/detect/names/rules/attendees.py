"""Attendee lists of tier 1 (split from :mod:`.lists` at stop 35, when that module passed 400 lines): the items of a
「出席者：」「参加者：」「聞き手：」 line are people (飯塚、ＴＲＡＮ　ＴＨＩ　ＨＡ、江頭（記録）), with a leading title, role or
department and a trailing honorific left out of the span; a body written before the person with a space is the
attendee's organisation (掛川市お茶振興課 松下, ひかりのもり保育園 中川, しりべし通信 門馬 悠), a role is not
(町会長 北浦 義男, 民生委員 新垣 常雄).

例::

    >>> [s.text for s in attendees("出席者：飯塚、江頭（記録）")]
    ['飯塚', '江頭']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import HONORIFICS, LEGAL_FORMS, MEMBER_TITLES, NOT_NAMES, TITLE_ALT, TITLES
from tokumei.detect.names.rules.base import SOURCE, _KANJI, org_end
from tokumei.detect.names.rules.shop_words import KIND_FIRST
from tokumei.detect.names.tokens import person_readings
from tokumei.span import Span

#: Ends of a body's name in an attendee list (聞き手：〜編集部, 取材：〜新聞社).
_BODY_ENDS = ("編集部", "編集室", "事務局", "新聞社", "新聞", "通信社", "放送", "協会", "組合", "研究会", "委員会", "協議会")
_ATTEND = re.compile(r"^[ \t　]*[【［\[]?(?:出席者|参加者|欠席者|同席者|出席|参加|欠席|メンバー|委員|立会人|聞き手|話し手|語り手|司会|進行|インタビュアー|取次|文責|記録者|書記)[】］\]]?[ 　]*[：:][ 　]*(.+)$",
                     re.M)
_NEXT_LABEL = re.compile(r"[ 　]+[^ 　：:、]{1,8}[：:]")
_ITEM_SPLIT = re.compile(r"[、,，／/]")
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_TITLE_RE = re.compile("^(?:" + TITLE_ALT + r")[ 　]+")
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
                         r")[\u4e00-\u9fffぁ-ゖァ-ヴー]{1,10}[ 　]+"  # デイサービスてぃーだ 比嘉 美智子
                         # (stop 42, n-dev-1719) 合同会社つばさ 片山: a legal form, then the company's name
                         r"|(?:" + "|".join(sorted((re.escape(f) for f in LEGAL_FORMS if not f.isascii() and len(f) >= 4), key=len, reverse=True))
                         + r")[\u4e00-\u9fffぁ-ゖァ-ヴー]{1,14}[ 　]+)+(?=\S)")
_GENERIC_BODIES = frozenset("事務局 事務所 組合 協会 センター 役場 役所 市役所 町役場 村役場 区役所 支所 出張所 課 係 室 局 "
                            "民宿組合 商店会 振興会 観光協会 商工会".split())
#: Any role written before the name with a space, when the rest is one surname-like word (氏子総代 宮竹).
_ROLE_SPACE = re.compile(r"^[\u4e00-\u9fffァ-ヴー]{2,8}[ 　]+(?=[\u4e00-\u9fff々]{1,4}$"
                         # (stop 35) 町会長 北浦 義男, 民生委員 新垣 常雄: the role before a full name too
                         r"|[\u4e00-\u9fff々]{1,3}[ 　][\u4e00-\u9fff々ぁ-ゖ]{1,4}$)")
_TITLE_INSIDE = re.compile("[ 　](?:" + "|".join(sorted(map(re.escape, TITLES | {"教諭", "記者", "事務長"}), key=len, reverse=True)) + r")[ 　]+")
#: (stop 37, n-dev-1332) a member's title too: 上杉委員、宮城委員 in a list of those present name 上杉 and 宮城.
_HON_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, HONORIFICS | TITLES | MEMBER_TITLES), key=len, reverse=True)) + ")$")
#: A kanji word with a particle or a verb's ending after it (続いて, 最後に, 次は): words said after a label.
_GRAMMAR_TAIL = re.compile(r"[\u4e00-\u9fff々]+(?:いて|して|って|に|で|は|が|を|も|と|から|まで|いた|した|った|する|ます)")
#: A kanji word and a particle at the end of a phrase (ご夫婦で, 承継の壁は): no name ends so.
_PHRASE_TAIL = re.compile(r"[\u4e00-\u9fff々](?:で|は|が|を|も|に|から|まで)$")
_NAMEISH = re.compile(r"[\u4e00-\u9fff々ヶノァ-ヴーぁ-ゖA-Za-zＡ-Ｚａ-ｚ・ 　]{1,16}")


_SPACED_PARTS = re.compile(r"[^ 　]+")
_QUOTED_BODY = re.compile(r"[「『][^「」『』]{1,20}[」』][ 　]*(?=[^ 　])")
#: Business endings of a department, which a role's line writes before a person (編集部 小林, 広報部 矢切 とも).
_DEPT_ENDS = frozenset("部 課 係 室 班 局 チーム グループ".split())
#: A paper's or a newsletter's name (しりべし通信, 日高しんぶん): the interviewer's body.
_PRESS_ENDS = ("通信", "新聞", "しんぶん", "タイムス", "ジャーナル", "だより")
#: A guest's or adviser's role written before their body and name (来賓 中能登町企画課 林).
_LEAD_ROLES = frozenset("来賓 講師 顧問 オブザーバー ゲスト 助言者 アドバイザー 招待 特別参加 傍聴".split())


def _body_before_person(item: str) -> tuple[int, int] | None:
    """Where an attendee's body of any kind starts, and where the person after it and a space starts (しりべし通信 門馬 悠,
    たかつ林業 佐々木 浩二, 北区社会福祉協議会 辻): the last one or two words are a surname (and a given name) SudachiDict
    reads so, and the words before are no surname of three letters or more (stop 35, names dev: 17 such items were one
    PERSON span)."""
    parts = list(_SPACED_PARTS.finditer(item))
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
            return parts[1].start(), parts[-2].end() + 1
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
    return 0, head_end + 1


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
            if (q := _QUOTED_BODY.match(core, lead)) is not None:
                lead = q.end()  # 「にじいろキッズ院庄」池上: the attendee's body in quotes first (other rules find it; stop 42)
            spaced = _BODY_SPACE.match(core[lead:])
            body = (0, spaced.end()) if spaced else _body_before_person(core[lead:])
            rest = core[lead + body[1]:] if body else ""
            if body and _NAMEISH.fullmatch(rest.rstrip(" 　")) and len(rest.strip(" 　")) <= 8:
                # 掛川市お茶振興課 松下, 市役所 環境課 田原: the attendee's body (an organisation) and the attendee
                oa = start + lead + body[0]  # (来賓 中能登町企画課 林: the guest's role is no part of the body)
                org = core[lead + body[0]:lead + body[1]].rstrip(" 　")
                if org not in _GENERIC_BODIES:  # (事務局 森本: the secretariat, no body's name)
                    yield Span("ORGANIZATION", oa, oa + len(org), org, 0.6, SOURCE, "出席者の所属", data={"tier": 1})
                lead += body[1]
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
            if not core or not _NAMEISH.fullmatch(core) or core in NOT_NAMES or core in TITLES or core in MEMBER_TITLES or core[0] in "各全計" or len(core) < 2 and not _KANJI.fullmatch(core) \
                    or core in _GENERIC_BODIES:  # 事務局（伊賀市商工会 辻）: the secretariat, no attendee's name (stop 41)
                continue
            if _GRAMMAR_TAIL.fullmatch(core) or _PHRASE_TAIL.search(core):
                continue  # 司会：続いて、… / 司会：ご夫婦で、… / 司会：承継の壁は、…: the moderator's words, not a name
            a = start + lead
            if len(core) >= 4 and core.endswith(_BODY_ENDS):
                # 聞き手：淡路福祉ネット編集部: an editorial office or a body asks, no person (stop 43, read names dev wave 15)
                yield Span("ORGANIZATION", a, a + len(core), core, 0.6, SOURCE, "出席者の並び（組織）", data={"tier": 1})
                continue
            data: dict = {"tier": 1, "parts": []}
            if title:
                data["title"] = title
            yield Span("PERSON", a, a + len(core), core, 0.6, SOURCE, "出席者の並び", data=data)
