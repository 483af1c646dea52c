"""Organisation rules of tier 1: business suffixes
(〜商店 〜事務所 〜大学), branches (島田支店), known public bodies, organisation contexts
(〜へ移籍, 〜に入社) and acting municipalities. Legal forms are read in :mod:`.legal_forms` and framed names
(「X」という会社, 所属事務所は X) in :mod:`.framed_orgs` (both split from this module).

例::

    >>> from tokumei.detect.textview import TextView
    >>> from tokumei.detect.names.tokens import tokenize
    >>> v = TextView("株式会社ミライ商事に勤める")
    >>> [(s.start, s.end) for s in orgs(v, tokenize(v.original))]  # both rules fire; resolve keeps the longer
    [(0, 9), (4, 9)]
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.names.lexicon import (
    FAMOUS_ORGS, KNOWN_BODIES, NOT_NAMES, ORG_SUFFIXES, SHOP_SUFFIXES, SPORTS_CONTEXT,
    SPORTS_TEAM_WORDS, TITLES,
)
from tokumei.detect.names.rules.base import (
    BRANCH_SUFFIXES, MUNICIPALITY_DOT, SOURCE, _HIRA, _JOIN, _KANJI, _KATA, _KATA_COMMON, _LATIN, _PROFESSIONS, _STRONG,
    _STRONG_LAST, _STRONG_SET, _SURFACE, _WEAK_SUFFIX, _hira_name, _household, _is_pn, _is_proper, _namey, _norm, _nounish, _org_run,
    _strong_end, _text_after, _title_at, _trade_shop,
)
from tokumei.detect.names.rules.legal_forms import _delim, _hira_lead, _legal_forms, legal_form_orgs
from tokumei.detect.names.rules.org_neighbours import _GROUP_WORDS, _org_context, _place_headed_group, _spaced_name_end
from tokumei.detect.names.rules.org_words import (
    _ACRONYM, _BODY_ENDS, _BODY_KINDS, _BODY_ON, _COMMON_ACRONYMS, _CRAFT_END, _CUISINES, _FINANCE, _FOUNDERS,
    _GENERIC_GOODS, _GENERIC_SUFFIX, _GLUED_KIND, _HOUSE_TRADES, _INSTITUTION_END, _KATA_GENERIC_ORG,
    _KIND_AFTER_COMMON, _LANDMARK_ENDS, _MEMBER_TITLES, _NOT_BANK_NAME, _NOT_INSTITUTION_NAME, _NOT_ORG, _NO_SCHOOLS,
    _NO_SHOP, _ORG_CONTEXT_FIRST, _PLACE_END, _PLACE_PREFIX,
    _SCHOOLS, _SHOP_MARKS, _SUBJ, _TEAM_CONTEXT, _TEAM_DESCRIPTORS, _TEAM_ENDS, _UTILITY, _WORK_AFTER, _WORK_CONTEXT, _institution_start,
    _kanji_house_name, _kanji_shop_name, _marked_name, _place_kana_no, _surname_and_title, _unit_run, _utility_start,
)
from tokumei.detect.names.tokens import Token, dictionary_entries, person_readings
from tokumei.detect.textview import TextView
from tokumei.span import Span

#: The reason of an organisation named from the word list of well-known ones (日立, ローソン): place_verbs lets a place
#: verb make it a place, chain_branches keeps it apart from a branch after it.
KNOWN_REASON = "よく知られた組織名"

#: Every proper beginning of a known body's name (警視 of 警視庁): a token that is none of them starts no
#: two-token body, so no string is joined for it (most nouns).
_BODY_HEADS = frozenset(x[:k] for x in KNOWN_BODIES for k in range(1, len(x)))

#: The ends of a school's proper noun that SudachiDict holds whole with its field (工業大学, 学芸大学, 商業高校).
_SCHOOL_ENDS = ("大学", "学園", "学院", "高校", "高等学校", "短期大学")


def _function_lead(lead: list[Token]) -> bool:
    """Hiragana before a kind word that is words of the sentence, not a name SudachiPy broke (や|まだ 陶苑): a
    conjunction, an adverb or a pronoun the dictionary lists written so (それで|文具屋, かつて|森林鉄道), or a topic
    particle at its end (いまでは|当園; stop 45, read anonymize dev)."""
    word = "".join(t.surface for t in lead)
    if lead and (lead[-1].surface in ("は", "も") or lead[0].pos[0] == "代名詞"):
        return True
    if word in ("まちの", "うちの", "みなとの", "はまの", "しまの", "むらの"):
        return True  # 「まちの電器屋」: the town's shop, a description (stop 45, read anonymize dev)
    return any(e[0] in ("接続詞", "副詞", "代名詞", "連体詞", "感動詞") for e in dictionary_entries(word))


def orgs(view: TextView, toks: list[Token]) -> Iterator[Span]:
    n = len(toks)
    legal = _legal_forms(view, toks)
    inside = {k for i0, (i1, _) in legal.items() for k in range(i0, i1)}
    sports = (any(w in view.original for w in SPORTS_CONTEXT)
              if not SPORTS_TEAM_WORDS.isdisjoint(map(_SURFACE, toks)) else False)  # (a team word: one C pass)
    yield from legal_form_orgs(view, toks, legal)
    for i, t in enumerate(toks):
        p0 = t.pos[0]
        if (p0 != "名詞" and p0 != "接尾辞") or i in inside:
            continue  # particles, verbs, symbols: nothing to do (most tokens)
        s = t.surface
        glued = 0
        if "（" in s:
            if (g := _GLUED_KIND.fullmatch(s)) is not None:
                s, glued = g.group(1), len(s) - 1  # 松葉|庵（そば）: SudachiPy glues the bracketed kind to the shop word
            else:
                s = _norm(s)  # (_norm's own test, made here: no call for most words)
        if s in _WORD_RULES:  # (the word tests below, one lookup for most nouns: see _WORD_RULES)
            if i + 1 < n and s in _BODY_HEADS and s + toks[i + 1].surface in KNOWN_BODIES:
                yield Span("ORGANIZATION", t.start, toks[i + 1].end, "", 0.6, SOURCE, "公的機関", data={"tier": 1})
                continue  # 警視|庁
            if ((s in FAMOUS_ORGS or (s in SPORTS_TEAM_WORDS and sports)) and not (i > 0 and _nounish(toks[i - 1]))
                    and not (i + 1 < n and toks[i + 1].pos[1] == "数詞")):  # 日産500個: daily output, not Nissan
                # a katakana or Latin name the text does not call a person (近くのローソンの店舗) is the company: above
                # the rules' bare katakana person (0.6); a kanji one (三井, 住友) is also a surname and stays below it
                score = 0.65 if (_KATA.fullmatch(s) or s.isascii()) and s in FAMOUS_ORGS else 0.55
                yield Span("ORGANIZATION", t.start, t.end, "", score, SOURCE, KNOWN_REASON, data={"tier": 1})
                continue
            if s in KNOWN_BODIES and not (i > 0 and _nounish(toks[i - 1]) and toks[i - 1].pos[2] != "地名"):
                yield Span("ORGANIZATION", t.start, t.end, "", 0.6, SOURCE, "公的機関", data={"tier": 1})
                continue
            if s in _UTILITY and i > 0 and (u := _utility_start(toks, i)) is not None:
                # 松江ガス, 鶴岡バス, 大洲観光タクシー: a place or family name + a utility or transport word
                yield Span("ORGANIZATION", toks[u].start, t.end, "", 0.6, SOURCE, f"地名＋「{s}」", data={"tier": 1})
                continue
            if s in BRANCH_SUFFIXES and i > 0 and s not in ORG_SUFFIXES:
                prev = toks[i - 1]
                if s == "店" and i > 1 and _trade_shop(toks, i - 1):
                    # 田中|米|店, 佐藤|青果|店: a name + trade word + 店 is a shop (and 田中 is not a person)
                    k = i - 2
                    name = toks[k]
                    if ((_namey(name) or _hira_name(name)) and name.surface not in NOT_NAMES and name.end == prev.start
                            and name.pos[0] != "空白" and not name.surface.isspace()):
                        yield Span("ORGANIZATION", name.start, t.end, "", 0.7, SOURCE, f"屋号（〜{prev.surface}店）",
                                   data={"tier": 1})
                        continue
                if (_is_proper(prev) and (prev.pos[2] == "地名" or prev.pos[3] == "姓") and _KANJI.fullmatch(prev.surface)
                        and not (i + 1 < n and toks[i + 1].surface[:1] == "長")):
                    # 島田支店, 浜松工場: a place name + branch word — part of an organisation, not a person
                    yield Span("ORGANIZATION", prev.start, t.end, "", 0.6, SOURCE, f"支店・事業所「{s}」",
                               data={"tier": 1, "kind": "branch"})
                continue
            if (s in _NO_SHOP and i >= 2 and toks[i - 1].surface in ("乃", "之", "ノ") and toks[i - 1].start == toks[i - 2].end
                    and toks[i - 2].pos[0] == "名詞" and _KANJI.fullmatch(toks[i - 2].surface) and len(toks[i - 2].surface) <= 2
                    and toks[i - 1].end == t.start):
                # 湯乃屋, 月之家, 花ノ庵: a kanji word, 乃/之/ノ and a shop word name an inn or a shop
                yield Span("ORGANIZATION", toks[i - 2].start, t.end, "", 0.65, SOURCE, f"屋号（〜{toks[i - 1].surface}{s}）",
                           data={"tier": 1})
                continue
            if i >= 1 and (inst := _institution_start(toks, i)) is not None:
                # 富岳|市民|病院, 東雲|医療センター: a name word before a hospital's kind is that hospital
                yield Span("ORGANIZATION", toks[inst].start, t.end, "", 0.7, SOURCE, f"病院・医療機関（〜{s}）",
                           data={"tier": 1})
                continue
        grad = glued
        if len(s) >= 3 and s[-1] == "卒" and s[:-1] in _SCHOOLS:
            s, grad = s[:-1], 1  # 東陵|高校卒: the school's word with 卒 (graduated) glued on
        suffix = s in ORG_SUFFIXES or s in SHOP_SUFFIXES
        if (not suffix and i + 1 < n and toks[i + 1].pos[0] == "接尾辞" and toks[i + 1].start == t.end
                and t.pos[1] == "普通名詞" and s + toks[i + 1].surface in ORG_SUFFIXES):
            # 西河|製材|所, 宮内|柑橘|園: SudachiPy cuts the place word (所, 園) off the trade as a suffix — the trade
            # with it is the business word (the end takes the suffix below)
            s, suffix, grad = s + toks[i + 1].surface, True, -len(toks[i + 1].surface)
        compound = None if (suffix or t.pos[1] != "普通名詞" or s[-1:] not in _STRONG_LAST) else _strong_end(s)
        if suffix or compound:
            if s in _NO_SCHOOLS and (a := _place_kana_no(toks, i)) is not None:
                # 秋田|ことば|の|専門学校: a place, a kana word and の before a school's word name the school
                yield Span("ORGANIZATION", toks[a].start, t.end, "", 0.6, SOURCE, f"地名＋かなの語＋の＋「{s}」",
                           data={"tier": 1})
                continue
            marked = i >= 2 and toks[i - 1].pos[1] == "数詞" and _marked_name(toks[i - 2 : i])  # 丸|七|運輸 (七: no noun)
            if i == 0 or not (_nounish(toks[i - 1]) or marked):
                continue
            if s == "家" and _household(toks, i):
                continue  # 山田家の長男: a family (山田 is a person, see _people)
            s = compound or s  # 山田|会計事務所 → the suffix is 事務所
            tt = _title_at(toks, i)
            if tt and len(tt) > len(s):
                continue  # 中島|部|長: the start of a title, not 〜部
            k = i - 3 if marked else _org_run(toks, i - 1, -1, 4)
            run = toks[k + 1 : i]
            prev = toks[i - 1]
            office = False
            if s in SHOP_SUFFIXES or s in _WEAK_SUFFIX:
                # 山田屋, やまだ屋, ハーモニー堂 — not アイスクリーム屋 (a common katakana noun)
                ok = (_namey(prev) and prev.surface not in NOT_NAMES
                      and (_is_proper(prev) or prev.oov or prev.pos[1] != "普通名詞" or not _KATA.fullmatch(prev.surface)
                           or (s in ("家", "軍") and len(prev.surface) >= 4)))  # バーベンベルク家, オデッサ軍
                ok = ok or _kanji_shop_name(toks, i)  # 亀甲|堂, 福寿|庵, 花月|亭
            else:
                # テレビ放送, カプセルホテル: a loanword is not a name here — unless someone works there or heads
                # it (マルイチ食品に勤める, マルイチ食品の社長)
                strict = s in _GENERIC_SUFFIX and not _WORK_AFTER.match(_text_after(toks, i + 1, 4))
                # PTA運営委員会, OB会: a common acronym names no body
                ok = any(_namey(x) and not (strict and x.pos[1] == "普通名詞" and not x.oov)
                         and x.surface.upper() not in _COMMON_ACRONYMS for x in run)
                # 中央|通り|商店街(振興組合): a street's name makes the shopping street's (and its union's) name
                ok = ok or (any(x.surface in ("通り", "銀座", "横丁") for x in run[1:]) and run[0].pos[0] == "名詞"
                            and not strict)
                # 丸|七|運輸, 丸|高|物産, ヤマ|二|水産: a shop's mark (屋号の印) and one or two kanji or a numeral
                ok = ok or _marked_name(run)
                # 鶴亀|本舗, 白鷺|酒造: a two-kanji common word alone before a house's trade word is its name
                ok = ok or (s in _HOUSE_TRADES and len(run) == 1 and _kanji_house_name(run[0])
                            and (_delim(toks, k) or toks[k].pos[0] == "助詞"))
                # 神明|ファイターズ: a kanji word right before a team word is the team's name
                ok = ok or (s in _TEAM_ENDS and len(run) == 1 and bool(_KANJI.fullmatch(run[0].surface)) and run[0].end == t.start
                            and run[0].surface not in _TEAM_DESCRIPTORS)  # (not 首位|タイガース)
                # 八雲|屋|百貨店: a shop's name (kanji word + 屋) inside the run
                ok = ok or any(toks[x].surface == "屋" and _kanji_shop_name(toks, x) for x in range(k + 1, i))
                # インターナショナル・マネジメント・グループ: katakana words joined by ・ make a name
                ok = ok or (len(run) >= 3 and any(x.surface in _JOIN for x in run) and all(_KATA.fullmatch(x.surface) for x in run))
                # 日向|南|信用組合: before a bank's kind any kanji words are its name (not 地元の|信用金庫, 都市|銀行)
                ok = ok or (s in _FINANCE and bool(run) and all(_KANJI.fullmatch(x.surface) and x.pos[1] != "代名詞" for x in run)
                            and run[0].surface not in _NOT_INSTITUTION_NAME and run[0].surface not in _NOT_BANK_NAME)
                # しりべし|信用金庫: one hiragana word at the start of an item
                ok = ok or (s in _FINANCE and len(run) == 1 and bool(_HIRA.fullmatch(run[0].surface)) and len(run[0].surface) >= 3
                            and run[0].pos[0] == "名詞" and _delim(toks, k))
                # 土居|税理士|事務所: a surname SudachiPy read as a common word (土居 earthwork), a profession, its office
                office = (s in ("事務所", "オフィス") and len(run) >= 2 and run[-1].surface in _PROFESSIONS and _KANJI.fullmatch(run[-2].surface)
                          and "姓" in person_readings(run[-2].surface) and run[-2].surface not in NOT_NAMES and not ok)
                ok = ok or office or (s == "エフエム" and bool(run))  # からっ風|エフエム: a station, whatever its words
                # 大川|染工, 宮内|柑橘園: one kanji word SudachiPy reads as common (a big river, the court) that is also a
                # surname, alone before a trade, is the family's business (not after a noun: 地元の|総合|病院 has its の)
                ok = ok or (len(run) == 1 and not strict and s not in _GENERIC_SUFFIX and s not in _BODY_KINDS
                            and len(s) >= 2 and len(run[0].surface) >= 2
                            and _KANJI.fullmatch(run[0].surface) is not None and run[0].pos[1] == "普通名詞"
                            and "姓" in person_readings(run[0].surface) and run[0].surface not in NOT_NAMES
                            and run[0].surface not in _NOT_INSTITUTION_NAME and run[0].surface not in _NOT_BANK_NAME
                            and (k < 0 or toks[k].pos[0] in ("助詞", "助動詞", "動詞", "補助記号", "空白")))
            group = s in _GROUP_WORDS and _place_headed_group(toks, k, i)  # 但馬|かばん|職人|会
            ok = ok or group
            hira = None
            if not ok and s not in _WEAK_SUFFIX:
                # さとう社労士事務所, みどり歯科クリニック, やまだ陶苑: a hiragana name leads, the rest is kanji/katakana
                lead = [x for x in run if _HIRA.fullmatch(x.surface)]
                if (run and len(lead) == 1 and run[0] is lead[0] and (_hira_name(run[0]) or _is_pn(run[0]))
                        and len(run) <= (2 if s in SHOP_SUFFIXES else 3)):
                    hira, ok = run[0], True
                elif (k >= 0 and 0 < len(run) <= 2 and _HIRA.fullmatch(toks[k].surface)
                      and all(_KANJI.fullmatch(x.surface) or x.surface in _PROFESSIONS for x in run)):
                    h = _hira_lead(toks, k, -1)  # や|まだ 陶苑: a hiragana name split into function words
                    if h != k and _delim(toks, h) and not _function_lead(toks[h + 1 : k + 1]):
                        hira, ok = toks[h + 1], True
            if ok and s in ("料理店", "料理屋") and run and all(x.pos[2:4] == ("地名", "国") or x.surface in _CUISINES for x in run):
                continue  # イタリア料理店, 中華料理店: a kind of restaurant, no restaurant's name
            if not ok:
                continue
            # start at the first name-like token (大手の広告代理店ミライ企画 → ミライ企画)
            if hira is not None:
                first = hira
            elif s in ("事務所", "オフィス") and office:
                first = run[-2]
            elif group:
                first = run[0]
            elif s in _WEAK_SUFFIX or s in SHOP_SUFFIXES:
                first = prev
            else:
                first = next((x for x in run if _namey(x) or x is prev), run[0])
                if s in _FINANCE and not any(_namey(x) for x in run):
                    first = run[0]  # 日向|南|信用組合: all the kanji words are the name
                if (s in _FINANCE and k >= 1 and toks[k].surface == "の" and _nounish(toks[k - 1])
                        and toks[k - 1].end == toks[k].start and _delim(toks, k - 2)):
                    first = toks[k - 1]  # 杜|の|都|信用金庫: a nickname with の at the start of an item is the name
                if run and (toks[i - 1].surface == "屋" or any(x.surface in ("通り", "銀座", "横丁") for x in run[1:])) and not _namey(first):
                    first = run[0]  # 八雲|屋|百貨店, 錦|通り|商店街
            score = 0.6 if s in _WEAK_SUFFIX or s in SHOP_SUFFIXES else 0.75
            fi = next(x for x in range(i - 1, -1, -1) if toks[x] is first)  # first is a few tokens back
            if fi >= 2 and toks[fi - 1].surface == "立" and toks[fi - 2].surface + "立" in _FOUNDERS:
                first = toks[fi - 2]  # 府|立|宮津天橋高校: the founder's word belongs to the school's name
            elif fi >= 1 and toks[fi - 1].surface in _FOUNDERS:
                first = toks[fi - 1]
            elif (fi >= 1 and toks[fi - 1].surface in _PLACE_PREFIX and toks[fi - 1].end == first.start
                  and first.pos[2] == "地名"):
                first = toks[fi - 1]  # 奥|吉野|農泊推進協議会: the area word belongs to the place's name
            elif fi >= 1 and toks[fi - 1].surface in _SHOP_MARKS and toks[fi - 1].end == first.start:
                first = toks[fi - 1]  # 丸|千代|醤油醸造場: a shop's mark (屋号の印) before its name
            end = t.end - grad
            if i + 1 < n and toks[i + 1].surface in ("場", "所", "元") and toks[i + 1].pos[0] == "接尾辞" and toks[i + 1].start == t.end:
                end = toks[i + 1].end  # 醸造|場, 醸造|元: the place word glued to the trade belongs to the name
            if s not in SHOP_SUFFIXES:
                # 九州大学|大学院|法学|研究院: units of the same body written on are one organisation
                m, last = i + 1, None
                while m < n and m - i <= 4 and _nounish(toks[m]) and not toks[m].surface.isspace():
                    w = _norm(toks[m].surface)
                    w2 = _norm(toks[m - 1].surface) + w if m > i + 1 else ""  # 研究|院
                    if ((w in ORG_SUFFIXES and w not in _WEAK_SUFFIX) or w in _BODY_ON or (toks[m].pos[1] == "普通名詞" and _strong_end(w))
                            or (w2 and (w2 in _STRONG_SET or _strong_end(w2)))):
                        last = m
                    m += 1
                if last is not None:
                    end = toks[last].end
            if s in _LANDMARK_ENDS and end == t.end:
                # 二本松八幡神社, 京町通り商店街: a landmark or a street, a place (anonymize: 〇〇県内の神社)
                yield Span("LOCATION", first.start, end, "", 0.6, SOURCE, f"地名（〜{s}）", data={"tier": 1})
                continue
            if (fi == i - 1 and _KATA.fullmatch(first.surface) and not first.oov and first.pos[1] == "普通名詞"
                    and end == t.end and s in _KIND_AFTER_COMMON):
                # オンライン塾, ダンス教室, シェアオフィス: a katakana common noun + a kind word names a kind of
                # business as often as one business (サクラ塾) — a person decides (review list, not a letter);
                # with a space and a name after it, it is one business (ミルク工房 ゆきんこに, a-dev-426)
                if (named := _spaced_name_end(view.original, end)) is not None:
                    yield Span("ORGANIZATION", first.start, named, "", 0.75, SOURCE,
                               f"組織の語尾「{s}」＋空白＋名前", data={"tier": 1})
                    continue
                if s == "FM":
                    continue  # コミュニティFM: the kind of station, no station's name (stop 41)
                yield Span("ORGANIZATION", first.start, end, "", 0.45, SOURCE,
                           f"組織の語尾「{s}」・前がカタカナの普通名詞（要確認）", data={"tier": 1, "review": True})
                continue
            if first.pos[0] == "補助記号" or not first.surface[:1].isalnum():
                continue  # ：☑漁業 (a form's tick box before a trade), no name
            if (s == "屋" and fi == i - 1 and first.surface in _GENERIC_GOODS and end == t.end
                    and view.original[first.start - 1:first.start] not in ("「", "『") and not view.original.startswith(("さん", "様"), end)):
                continue  # うどん屋の大将, とうふ屋「浅香とうふ店」, 氷屋は継ぐもんじゃなか: the kind of shop, no 屋号 (dev residue)
            if (h := MUNICIPALITY_DOT.match(view.original, first.start, end)) is not None and all(
                    (x.pos[1] == "普通名詞" or x.pos[0] == "接尾辞") and not x.oov for x in toks if h.end() <= x.start and x.end <= end):
                continue  # 【事業承継事例】花巻市・自転車店: a municipality and a trade in a heading, no shop's name
                # (stop 41, read dev wave 13: three case-study headings)
            if (fi == i - 1 and first.pos[1] == "普通名詞" and not first.oov and end == t.end
                    and (named := _spaced_name_end(view.original, end)) is not None
                    and re.fullmatch(r"[ぁ-ゖァ-ヺー]+", view.original[end + 1:named])):  # (a kana name: こども園 中川 is a person)
                # きのこ農園 ふかさわから: a common noun and a kind word, a space, the farm's own name in kana (stop 42,
                # read dev: 「きのこ農園」 was replaced and ふかさわ published)
                # (the kind words stay in the anonymized text, as for spaced_trades' 業種の語＋空白＋名前: ぶどう工房 B)
                yield Span("ORGANIZATION", first.start, named, "", 0.75, SOURCE, f"組織の語尾「{s}」＋空白＋名前", data={
                    "tier": 1, "kind_prefix": view.original[first.start:end + 1], "core": view.original[end + 1:named]})
                continue
            yield Span("ORGANIZATION", first.start, end, "", score, SOURCE, f"組織の語尾「{s}」", data={"tier": 1})
        elif t.pos[1] == "固有名詞" and t.pos[2] == "一般" and len(s) >= 3 and s.endswith(_LANDMARK_ENDS):
            yield Span("LOCATION", t.start, t.end, "", 0.6, SOURCE, "地名（固有名詞・神社仏閣）", data={"tier": 1})
        elif (t.pos[1] == "固有名詞" and t.pos[2] == "一般" and len(s) >= 3 and (s.endswith(_STRONG) or s[-1] in ("屋", "堂"))
              and not s.isascii()):  # TASC, ABSC: an acronym's last letters are no suffix (FC, SC)
            # 北陵|工業大学, 東都|学芸大学: SudachiDict holds the field and 大学 as one proper noun; a kanji word glued before
            # it is the university's own name (stop 40, anonymize dev wave 12: 「東都C大学」 was published)
            k = i
            while (s.endswith(_SCHOOL_ENDS) and k > 0 and i - k < 2 and toks[k - 1].end == toks[k].start
                   and toks[k - 1].pos[0] == "名詞" and toks[k - 1].pos[1] not in ("数詞", "代名詞")
                   and _KANJI.fullmatch(toks[k - 1].surface) and toks[k - 1].surface not in _NOT_INSTITUTION_NAME):
                k -= 1
            yield Span("ORGANIZATION", toks[k].start, t.end, "", 0.7, SOURCE, "固有名詞（組織の語尾）", data={"tier": 1})
        elif t.pos[0] == "名詞" and len(s) >= 3 and s.endswith(("省", "庁")) and not s.endswith(("官庁", "省庁")):
            yield Span("ORGANIZATION", t.start, t.end, "", 0.7, SOURCE, "行政機関", data={"tier": 1})
        elif (s.isascii() and _ACRONYM.fullmatch(s) and s not in _COMMON_ACRONYMS and i + 1 < n
              and toks[i + 1].surface in _SUBJ and (i == 0 or not toks[i - 1].surface.isascii())):
            # KGBの文書, JTによると (also when SudachiPy does not know the acronym as a proper noun)
            yield Span("ORGANIZATION", t.start, t.end, "", 0.5, SOURCE, "英字略称＋助詞", data={"tier": 1})
        elif i + 1 < n and toks[i + 1].surface[:1] in _ORG_CONTEXT_FIRST and (ctx := _org_context(toks, i + 1)):
            if ((not _is_pn(t) or (ctx in _WORK_CONTEXT and t.pos[3] == "一般" and _KATA.fullmatch(s) and len(s) >= 4))
                    and (_is_proper(t) or t.oov or _LATIN.fullmatch(s) or (_KATA.fullmatch(s) and len(s) >= 3))
                    and s not in NOT_NAMES and s not in _KATA_GENERIC_ORG and s not in _KATA_COMMON
                    and s.upper() not in _COMMON_ACRONYMS
                    # タイムカードで働く: with で a common katakana noun is how one works, not where
                    and not (ctx == "で働" and t.pos[1] == "普通名詞" and not t.oov) and (t.pos[2] != "地名" or ctx in _TEAM_CONTEXT)):
                k = i
                while k > 0 and toks[k - 1].surface in _JOIN and k > 1 and _KATA.fullmatch(toks[k - 2].surface):
                    k -= 2  # スパルタ・ロッテルダムへ移籍
                # above the katakana person rule (0.6) when the word is a person's name in SudachiDict
                yield Span("ORGANIZATION", toks[k].start, t.end, "", 0.65 if _is_pn(t) else 0.5, SOURCE,
                           "組織の文脈（移籍・所属 …）", data={"tier": 1})
        elif (t.pos[2] == "地名" and i + 1 < n and toks[i + 1].surface in ("が", "は") and len(s) >= 2
              and s.endswith(("市", "都", "県", "府", "町", "村", "区", "政府"))):
            # 大阪市が所有し, 高梁市が看護師を: a municipality acting (as a body) is an organisation
            yield Span("ORGANIZATION", t.start, t.end, "", 0.45, SOURCE, "自治体（主語）", data={"tier": 1})
        elif (t.pos[1] == "普通名詞" and len(s) >= 3 and s[-1] == "長" and s[:-1] in _STRONG_SET
              and (e := _unit_run(toks, i)) < i and not _surname_and_title(toks, e, i)
              # 吉岡|組合長: a lone surname before a person's title is the person (rules.people), not 「吉岡組合」
              and not (e == i - 1 and s in TITLES and "姓" in person_readings(toks[e].surface))
              # 戸塚|副|組合長: 副 makes a vice-head's title, after a person
              and toks[i - 1].surface not in ("副", "元", "前", "新")):
            # 台湾守備混成第2旅団長, 第35狙撃軍団長: the body before the head's title
            yield Span("ORGANIZATION", toks[e].start, t.end - 1, "", 0.6, SOURCE, f"組織＋長「{s}」", data={"tier": 1})
        elif t.pos[1] == "普通名詞" and len(s) >= 4 and s.endswith(_MEMBER_TITLES):
            body = next((s[: len(s) - len(m)] for m in _MEMBER_TITLES if s.endswith(m)), "")
            if body.endswith(_BODY_ENDS):
                a = t.start
                if i > 0 and toks[i - 1].pos[2] == "地名" and toks[i - 1].end == t.start:
                    a = toks[i - 1].start  # 広島|県議会議員 → 広島県議会
                yield Span("ORGANIZATION", a, t.start + len(body), "", 0.6, SOURCE, "議会・議院（議員の前）",
                           data={"tier": 1})
        elif (t.pos[1] == "固有名詞" and t.pos[2] == "一般" and len(s) >= 2 and i + 1 < n and toks[i + 1].surface in _SUBJ
              and not _KATA.fullmatch(s) and s not in _NOT_ORG and not s.endswith(_PLACE_END)
              and not s.endswith(_CRAFT_END)):
            # not katakana: a katakana proper noun alone as ORGANIZATION was 7 right and 13 wrong on GSD
            # dev (ポルシェ, ワールドカップ; マイナンバー in business text)
            yield Span("ORGANIZATION", t.start, t.end, "", 0.45, SOURCE, "固有名詞＋助詞", data={"tier": 1})


#: Every word one of the word tests at the top of :func:`orgs`' token loop acts on (a known body or its first
#: part, a famous or sports name, a utility, branch or 乃/之 shop word, a hospital's kind): a noun that is none of
#: them (most) skips those eight tests with one lookup. (_institution_start reads the token's own surface, which
#: differs from ``s`` only for a surface with （, never a hospital's kind.)
_WORD_RULES = (_BODY_HEADS | FAMOUS_ORGS | SPORTS_TEAM_WORDS | KNOWN_BODIES | _UTILITY | BRANCH_SUFFIXES | _NO_SHOP
               | _INSTITUTION_END)
