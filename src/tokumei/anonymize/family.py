"""Family businesses: people who share a surname are never merged (issue #12).

A succession case study names the father and the son with one surname. Distinct full names keep
distinct pseudonyms (the detector's entity ids); a bare surname (桐山, 桐山さん, 桐山社長) is
resolved here to the ONE person it can mean:

1. by role: the roles seen with each full name (代表取締役、桐山 正雄さん → 社長; 長男の桐山 大輔さん →
   長男) against the roles of the bare mention (桐山社長, 代表の桐山, 桐山（弟）) — 代表取締役・代表・社長
   are one role (:data:`ROLES`);
2. with no full names at all, bare mentions with different roles are different people
   (「代表の桐山と、専務の桐山（弟）」 → two pseudonyms);
3. otherwise it is *ambiguous*: ``data["ambiguous"] = True``. The pseudonym operator then writes
   「同家の一人」 (or 「同家の社長」 when a title follows) instead of a letter — a phrase that asserts
   no identity — and the mention goes on the review list (要確認). We chose this over 「K氏（要確認）」
   because a letter, even a fresh one, reads as a person of its own.

Given names (正雄さん) are linked by the detector's coreference already. Nicknames introduced by
と呼ばれ / 通称 / 愛称 join the person they name (:func:`nicknames`), quoted or not (「マサさん」と呼ばれ,
ヨッちゃんと呼ばれ, まさやんと呼ばれ).

例::

    >>> from tokumei.span import Span
    >>> t = "代表の桐山と、専務の桐山が対立した。"
    >>> out = resolve_family(t, [Span("PERSON", 3, 5, "桐山", .55, "t", "", "P1"),
    ...                          Span("PERSON", 10, 12, "桐山", .55, "t", "", "P1")])
    >>> out[0].entity_id != out[1].entity_id
    True
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from tokumei.anonymize.pseudonyms import split_honorific
from tokumei.detect.names.lexicon import ROLE_CALL
from tokumei.detect.names.rules.self_written import GROUP_CALLERS, title_call
from tokumei.span import Span

SOURCE = "anonymize.family.v1"

#: Role words → one canonical role (titles written before or after a name, and family relations).
ROLES: dict[str, str] = {
    **dict.fromkeys(("代表取締役社長", "代表取締役", "代表社員", "代表者", "代表", "社長", "取締役社長", "CEO"), "社長"),
    **dict.fromkeys(("代表取締役会長", "会長"), "会長"),
    **dict.fromkeys(("専務取締役", "専務"), "専務"), **dict.fromkeys(("常務取締役", "常務"), "常務"),
    "副社長": "副社長", "取締役": "取締役", "監査役": "監査役", "店主": "店主", "店長": "店長", "当主": "当主",
    "蔵元": "蔵元", "杜氏": "杜氏", "院長": "院長", "所長": "所長", "工場長": "工場長", "部長": "部長",
    "先代": "先代", "創業者": "創業者", "前社長": "先代", "会長職": "会長",
    **dict.fromkeys(("女将", "おかみ", "大女将"), "女将"), "若女将": "若女将", "若旦那": "若旦那",
    "長男": "長男", "次男": "次男", "三男": "三男", "長女": "長女", "次女": "次女", "三女": "三女",
    "息子": "息子", "娘": "娘", "弟": "弟", "兄": "兄", "姉": "姉", "妹": "妹", "父": "父", "母": "母",
    **dict.fromkeys(("妻", "奥様", "奥さん", "夫人"), "妻"), "夫": "夫", "祖父": "祖父", "祖母": "祖母",
    "娘婿": "娘婿", "婿": "娘婿", "甥": "甥", "姪": "姪", "孫": "孫",
    # (stop 35) the heads of a body in minutes (部会長 綿引 正和 … 綿引部会長より: n-dev-537)
    **{r: r for r in ("部会長", "副部会長", "委員長", "副委員長", "組合長", "副組合長", "理事長", "副理事長", "会頭", "副会頭",
                      "議長", "副議長", "園長", "校長", "館長", "事務局長", "支配人", "料理長", "住職", "宮司", "副会長",
                      "副園長", "副校長", "副館長", "副所長", "副院長", "副店長", "副住職", "教頭",
                      "区長", "副区長", "会計", "班長", "組長", "隊長", "副隊長", "分団長", "副分団長", "町会長", "自治会長",
                      "書記", "幹事", "監事")},
}
_ROLE_ALT = "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True))
_BEFORE = re.compile(rf"(?<!副)(?:{_ROLE_ALT})(?=(?:である|の|、|・|で|は|（|\()?[ \u3000]*$)")  # (副園長 is not 園長;
# 区長（中井）: the role, then the surname in brackets)
_AFTER = re.compile(rf"^[ \u3000]*(?:さん|氏|様|君)?[ \u3000]*[（(]?(?P<r>{_ROLE_ALT})")
_SPACE = re.compile(r"[\s・]+")

AMBIGUOUS_REASON = "同じ姓の人が複数いて、どの人か文脈から決められません（要確認）"


def roles_of(text: str, s: Span) -> set[str]:
    """Canonical roles written right before or after a person mention.

    例: ``roles_of("長男の桐山 大輔さん", Span("PERSON", 3, 8, "桐山 大輔", .9, "t", ""))`` → {"長男"}"""
    out: set[str] = set()
    before = text[max(0, s.start - 12) : s.start]
    m = _BEFORE.search(before)
    if m:
        out.add(ROLES[m.group(0)])
    after = text[s.end : s.end + 14]
    m = _AFTER.match(after)
    if m:
        out.add(ROLES[m.group("r")])
    title = (s.data or {}).get("title")
    if title and str(title) in ROLES:
        out.add(ROLES[str(title)])
    return out


def _key(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def _parts(s: Span) -> tuple[str, str] | None:
    from tokumei.detect.names.variants import name_parts

    p = name_parts(s)
    if p:
        return _key(p[0]), _key(p[1])
    bits = unicodedata.normalize("NFKC", s.text).split()
    return (bits[0], bits[1]) if len(bits) == 2 else None


def resolve_family(text: str, spans: Iterable[Span]) -> list[Span]:
    """Re-decide the person a bare surname mention means when several people share it."""
    spans = list(spans)
    people = [(i, s) for i, s in enumerate(spans) if s.label == "PERSON" and not (s.data or {}).get("reference")]
    full: dict[str, dict[str, tuple[str | None, set[str], str]]] = {}  # surname -> full key -> (id, roles, text)
    for _, s in people:
        p = _parts(s)
        if p:
            k = p[0] + p[1]
            eid, roles, written = full.setdefault(p[0], {}).get(k, (s.entity_id, set(), s.text))
            full[p[0]][k] = (eid, roles | roles_of(text, s), written)
    bare: dict[str, list[tuple[int, Span, set[str]]]] = {}
    for i, s in people:
        name = _key(split_honorific(s.text)[0])
        if _parts(s) is None and name:
            bare.setdefault(name, []).append((i, s, roles_of(text, s)))
    for sur, mentions in bare.items():
        owners = full.get(sur, {})
        if len(owners) >= 2:
            for i, s, roles in mentions:
                cands = [(eid, written) for eid, r, written in owners.values() if roles & r]
                if len(cands) == 1:
                    eid, written = cands[0]
                    spans[i] = s.with_(entity_id=eid, data={**(s.data or {}), "same_as": written},
                                       reason=s.reason + "・役割で同姓の人を特定")
                else:
                    spans[i] = _ambiguous(s)
        elif len(owners) == 1:
            (eid, r, written), = owners.values()
            for i, s, roles in mentions:
                if roles and r and not roles & r and _distinct(roles, r):
                    spans[i] = _ambiguous(s)
        else:
            groups: list[tuple[set[str], str]] = []
            for _, _, roles in mentions:
                if roles and not any(roles & g for g, _ in groups):
                    groups.append((set(roles), f"F:{sur}:{len(groups) + 1}"))
                else:
                    for g, _ in groups:
                        if roles & g:
                            g |= roles
            if len(groups) < 2:
                continue
            for i, s, roles in mentions:
                gid = next((gid for g, gid in groups if roles & g), None)
                if gid is None:
                    spans[i] = _ambiguous(s)
                else:
                    spans[i] = s.with_(entity_id=gid, data={**(s.data or {}), "same_as": f"{sur}#{gid}"},
                                       reason=s.reason + "・役割の違う同姓の人")
    return spans


#: Roles that one person can hold together (社長 and 長男 of the founder; 女将 and 妻).
_COMPATIBLE = [{"社長", "長男", "次男", "三男", "息子", "娘", "娘婿", "当主", "蔵元", "店主", "兄", "弟"},
               {"女将", "妻", "母", "娘", "長女", "次女"}, {"会長", "先代", "創業者", "父", "祖父"}]


def _distinct(a: set[str], b: set[str]) -> bool:
    """True when no one person can hold roles ``a`` and ``b`` (社長 vs 専務)."""
    return not any(a & g and b & g for g in _COMPATIBLE)


def _ambiguous(s: Span) -> Span:
    return s.with_(entity_id=None, data={**(s.data or {}), "ambiguous": True}, reason=s.reason + "・" + AMBIGUOUS_REASON)


_NICK = re.compile(r"「(?P<n>[^」\n]{1,12})」(?:と|って)(?:呼ばれ|呼ぶ|呼んで|親しまれ)"
                   r"|(?P<n4>[\u30a1-\u30faー]{1,6}|[\u3041-\u3096ー]{2,5})(?P<end>ちゃん|やん|っち|さん|くん)"
                   r"(?:と|って)(?:呼ばれ|呼ぶ|呼んで|親しまれ)"
                   r"|(?:通称|愛称|あだ名|ニックネーム)(?:は|が|で|、|:|：)?[ \u3000]*"
                   r"(?:「(?P<n2>[^」\n]{1,12})」|(?P<n3>[\u30a1-\u30faー]{2,8}|[\u3041-\u3096ー]{2,6})(?=さん|ちゃん|くん|と|で|の|、|。|）|\)))"
                   # 「由香さん（ゆっち）」: a nickname in brackets right after a person and an honorific
                   # 社内で「マーク」, 仲間内では「ホアイ」: the name a group uses (stop 43, read wave 15)
                   r"|" + GROUP_CALLERS + r"「(?P<n6>[^」\n]{1,12})」"
                   r"|(?:(?<=さん)|(?<=ちゃん)|(?<=くん)|(?<=[氏様]))[（(](?P<n5>[\u3041-\u3096\u30a1-\u30faー]{1,5}(?:っち|ちゃん|やん|りん|たん|ぽん))[）)]")

def nicknames(text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans`` with every occurrence of a nickname linked to the person it names (the nearest
    person mention before it in the sentence, else the next one): found spans of the nickname take
    that person's entity, other occurrences become new spans.

    例: 「桐山 正雄さんは「マサさん」と呼ばれ、マサさんの器は人気だ」 → マサ (twice) is 桐山 正雄."""
    spans = list(spans)
    found = list(_NICK.finditer(text))
    if not found:
        return spans
    for m in found:
        g = next(k for k in ("n", "n2", "n3", "n4", "n5", "n6") if m.group(k))
        if ROLE_CALL.fullmatch(m.group(g).strip()):
            continue  # 「お母さん」と呼んでいます: a role, said of many, no name
        if g == "n6" and title_call(m.group(g)):
            continue  # 現場では「大きい社長」: a title said of someone, no name (stop 43)
        nick = split_honorific(m.group(g))[0].strip()
        nick_at = m.start(g)
        if g == "n4":
            # ヨッちゃんと呼ばれ (unquoted): the nickname is the kana span found there (anonymize.leaks_kin),
            # not the kana run the pattern took in (はヨッ)
            found_at = [s for s in spans if s.label == "PERSON" and m.start(g) <= s.start < m.end(g)
                        and s.end in (m.end(g), m.end("end"))]
            if not found_at:
                continue
            # (the detector may report the whole word, ヨッちゃん: its stem is the nickname)
            nick = re.sub(r"(?:やん|っち)$", "", split_honorific(found_at[0].text)[0])
            nick_at = found_at[0].start
        if len(nick) < 2:
            continue
        people = [s for s in spans if s.label == "PERSON" and s.entity_id and not (s.data or {}).get("ambiguous")
                  and _key(split_honorific(s.text)[0]) != _key(nick)]
        sent_lo = max(text.rfind("。", 0, nick_at), text.rfind("\n", 0, nick_at)) + 1
        before = [s for s in people if sent_lo <= s.start < nick_at]
        after = [s for s in people if s.start > m.end() and "。" not in text[m.end() : s.start]]
        if g == "n6":
            after = []  # 現場では「キョウさん」、母の砂田 啓子からは: the group's name is of someone named before, not after
        who = before[-1] if before else (after[0] if after else None)
        if who is None and sent_lo > 0:
            # 「店主の岸本 圭介さん。常連からは「ケイさん」と呼ばれている。」: the subject is the person of the
            # sentence before (left out, as Japanese does), when that sentence names one
            prev_lo = max(text.rfind("。", 0, sent_lo - 1), text.rfind("\n", 0, sent_lo - 1)) + 1
            prev = [s for s in people if prev_lo <= s.start and s.end < sent_lo]
            who = prev[-1] if prev and len({p.entity_id for p in prev}) == 1 else None
        if after and re.match(r"(?:る|ている|ていた|た)(?![、。\n])", text[m.end() :]) \
                and not re.search(r"[、。\n]", text[m.end() : after[0].start]):
            who = after[0]  # 「ヨッちゃんと呼ばれる職人の吉村さん」: the clause names the person after it
        if who is None:
            continue
        data = {"same_as": who.text, "nickname": True}
        for i, s in enumerate(spans):
            bare = split_honorific(s.text)[0]
            if s.label == "PERSON" and _key(nick) in (_key(re.sub(r"(?:やん|っち)$", "", bare)), _key(bare)):
                spans[i] = s.with_(entity_id=who.entity_id, data={**(s.data or {}), **data},
                                   reason=s.reason + "・愛称・通称として本人と同じ")
        taken = [(s.start, s.end) for s in spans]
        for k in re.finditer(re.escape(nick), text):
            a, b = k.span()
            if any(x < b and a < y for x, y in taken):
                continue
            spans.append(Span("PERSON", a, b, nick, 0.8, SOURCE, "愛称・通称（と呼ばれ／通称）", who.entity_id, data))
            taken.append((a, b))
    return sorted(spans, key=lambda s: (s.start, s.end))


_IS_HEAD = re.compile(r"(?:ちゃん|さん|くん|君|やん|っち)?(?:は|って|とは|というのは)[、 \u3000]?")
_IS_TAIL = re.compile(r"[ \u3000]?(?:さん|氏|様|くん|ちゃん)?(?:です|だ|でした|だった|である|のこと)")


def stated_nicknames(text: str, spans: Iterable[Span]) -> list[Span]:
    """``spans`` with a nickname the text says is someone (「ヨシちゃんは近所の和菓子屋の杉山さんです」) given
    that person's entity, at every mention of the nickname.

    例: 「ヨシちゃんは杉山さんです。ヨシちゃんは毎朝来る」 → both ヨシ are 杉山."""
    spans = list(spans)
    nick_keys: dict[str, Span] = {}
    for s in spans:
        if s.label != "PERSON" or not (s.data or {}).get("nickname") or (s.data or {}).get("same_as"):
            continue
        head = _IS_HEAD.match(text, s.end)
        if not head:
            continue
        stop = min([i for i in (text.find("。", head.end()), text.find("\n", head.end())) if i >= 0] or [len(text)])
        for p in sorted((p for p in spans if p.label == "PERSON" and head.end() <= p.start and p.end <= stop
                         and p.entity_id and not (p.data or {}).get("nickname")), key=lambda p: p.start):
            if p.start - head.end() <= 24 and _IS_TAIL.match(text, p.end):
                nick_keys.setdefault(_key(s.text), p)
                break
    if not nick_keys:
        return spans
    for i, s in enumerate(spans):
        who = nick_keys.get(_key(s.text)) if s.label == "PERSON" and (s.data or {}).get("nickname") else None
        if who is not None:
            spans[i] = s.with_(entity_id=who.entity_id, data={**(s.data or {}), "same_as": who.text},
                               reason=s.reason + "・「〜は…さんです」と書かれた本人")
    return spans
