"""Tier 1: PERSON and ORGANIZATION from rules on SudachiPy tokens (``jp.names.rules.v1``).

Rules (word lists in :mod:`.lexicon`):

* PERSON — runs of 名詞-固有名詞-人名 tokens (姓/名/一般, katakana names joined by ・ or ＝);
  any name-like token(s) directly before an honorific (さん 様 氏 君 殿 …); a proper noun before a
  title (社長 部長 …). The span is the bare name; the honorific/title is ``data["title"]``.
* ORGANIZATION — a legal form (株式会社 ㈱ (株) 医療法人 NPO法人 …) with the name next to it;
  a proper-noun-like name before a business suffix (〜商店 〜事務所 〜クリニック 〜大学 …), or a
  hiragana name before it (さとう社労士事務所, やまだ陶苑; not 当事務所/ひとり事務所); units written on
  join the body (九州大学大学院法学研究院); 〜屋/〜堂 after a proper noun (山田屋, not 部屋);
  a place + 支店/支社/営業所/工場/店 (島田支店, ``data["kind"] = "branch"``; never a person);
  organisation contexts (〜へ移籍, 〜に入社, 〜と契約, 〜所属, 〜を設立, 「X」という会社, 所属事務所は X,
  〜旅団長, 〜県議会議員); public bodies and well-known names written bare (国会, 警視庁, 楽天, NHK;
  巨人/広島 only in a sports context); a municipality acting (大阪市が).
* PERSON extras — a katakana word SudachiPy stores as a common noun after a kinship word
  (の子 X) or before a person-only title (X王, X選手); a surname + short given name between listed
  people. Not people: a katakana name word modifying a noun (ダイムラー偵察車), a piece of a longer
  katakana word, a name before 語/人/派, a lone upper-case word (JUDY).
* Family and repeated surnames — 山田家の長男 (a surname + 家 + a family word) is PERSON 山田 with
  ``data["title"] = "家"`` (anonymize: A家の長男); without such context 〜家 stays a house/clan
  organisation (島津家が). A one-kanji surname already found as a person (林さん) is found again in a
  person's slot (担当の林です, 林宛, 林と申します, 林が言った), never inside 林業.
* Shops — a name + trade word (岡田酒店, 鈴木生花店, 田中|米|店, 中村屋); not 本屋/酒屋さん/近所の酒店.
* Places — dictionary place names (渋谷, 白馬, 吉野|川) are LOCATION (:mod:`.places`), never people;
  so is the name before a distance (白壁土蔵群から歩いて5分, 谷瀬の吊り橋から車で10分: :mod:`.landmarks`).
* Credits and heads — items after 「協力：」「勤務先：」「店名：」, and X in 「X社長の（人名）」, are organisations
  (:mod:`.credits`); what the rules know is no name (日時, 編集部, 湧き出る清水) also vetoes the learned
  tier's spans (:mod:`.vetoes`).
* Tables — cells under name headers (姓 名 セイ メイ 氏名 フリガナ …) are people, one per row
  (:mod:`.tables`).

例::

    >>> from tokumei.detect.textview import TextView
    >>> [(s.label, s.text, (s.data or {}).get("title")) for s in find_names(TextView("田中先生と山田社長"))]
    [('PERSON', '田中', '先生'), ('PERSON', '山田', '社長')]
"""
from __future__ import annotations

import re

from tokumei.detect.names.rules.affiliations import affiliations
from tokumei.detect.names.rules.base import CALL_ONLY, SOURCE, latin_venue
from tokumei.detect.names.rules.associations import associations
from tokumei.detect.names.rules.business import business_names
from tokumei.detect.names.rules.business_edges import (
    extend_kana_lead, extend_kana_tail, extend_no_tail, extend_place_kana_lead, extend_to_quote,
)
from tokumei.detect.names.rules.credits import byline_orgs, credit_orgs, heads_before_people
from tokumei.detect.names.rules.aliases import NAMING_VERB, business_aliases
from tokumei.detect.names.rules.foreign import foreign_people
from tokumei.detect.names.rules.kana_orgs import kana_orgs
from tokumei.detect.names.rules.given import (
    kana_called_given,
    called_names, drop_kin_calls, kana_kanji_given, read_glued_given, kata_given_tails, kin_compound_names, known_as_bare,
    labelled_people, named_as, short_names, surname_kana_given,
)
from tokumei.detect.names.rules.attendees import attendees
from tokumei.detect.names.rules.lists import (
    aged_people, contact_surnames, koto_nicknames, nicknames, role_of_name, speakers, titled_do_surname,
)
from tokumei.detect.names.rules.companions import companions
from tokumei.detect.names.rules.kin_names import kana_children, kin_named
from tokumei.detect.names.rules.surname_lists import surname_lists
from tokumei.detect.names.rules.vetoes import in_event_quote, ordinary_word
from tokumei.detect.names.rules.offices import (field_offices, kana_trade_names, quoted_kind_names, surname_trade_shops,
                                                 trade_kana_shops)
from tokumei.detect.names.rules.greetings import self_introductions
from tokumei.detect.names.rules.stations import radio_stations
from tokumei.detect.names.rules.quoted_callers import quoted_callers, so_called
from tokumei.detect.names.rules.districts import districts_and_islands, kana_sites
from tokumei.detect.names.rules.landforms import landform_compounds
from tokumei.detect.names.rules.quoted_heads import quoted_place_heads
from tokumei.detect.names.rules.groups import group_bodies
from tokumei.detect.names.rules.place_lists import place_lists
from tokumei.detect.names.rules.signatures import latin_groups, signed_initials, signed_notes
from tokumei.detect.names.rules.framed_orgs import framed_orgs
from tokumei.detect.names.rules.orgs import orgs
from tokumei.detect.names.rules.school_abbrevs import school_abbreviations
from tokumei.detect.names.rules.neighbours import context_people
from tokumei.detect.names.rules.people import people
from tokumei.detect.names.rules.repeat_people import repeat_people
from tokumei.detect.names.rules.rivers import rivers_and_hills
from tokumei.detect.names.rules.landmarks import distance_places
from tokumei.detect.names.rules.listed_places import listed_places
from tokumei.detect.names.rules.facilities import facilities_are_places
from tokumei.detect.names.rules.person_frames import maiden_names, person_frames, work_introductions
from tokumei.detect.names.rules.place_verbs import places_by_verb
from tokumei.detect.names.rules.kana_places import kana_places, quoted_kana_towns
from tokumei.detect.names.rules.places import dictionary_places_as_people, katakana_places, places
from tokumei.detect.names.rules.things import not_things
from tokumei.detect.names.rules.latin import latin_echoes, latin_people
from tokumei.detect.names.rules.self_written import self_written
from tokumei.detect.names.rules.spaced import readings, spaced_people, split_glued_readings
from tokumei.detect.names.lexicon import INTERJECTIONS, is_cultivar, is_product
from tokumei.detect.names.tables import find_table_people
from tokumei.detect.names.tokens import tokenize
from tokumei.detect.textview import TextView
from tokumei.span import Span

__all__ = ["SOURCE", "find_names"]


#: The characters of the tokens spaced_people joins names over (spaced._SPACE, spaced._AMP).
_SPACED_GATE = re.compile("[ \u3000&＆]")


#: Reasons of the weak organisation rules a surname of a person found in the same text overrides.
_WEAK_ORG = ("固有名詞＋助詞", "組織の文脈（移籍・所属 …）")


def surnames_of_full_names(spans: list[Span]) -> list[Span]:
    """A weak organisation guess that is exactly the surname of a full name found in the same text is
    that person (森永 健吾 … 森永に説明を: 森永 is also a company in SudachiDict)."""
    sur = {p for s in spans if s.label == "PERSON" for p, k in (s.data or {}).get("parts", ()) if k == "姓"}
    if not sur:
        return spans
    return [s.with_(label="PERSON", score=max(s.score, 0.6), reason="姓（同じ文書の姓名）",
                    data={"tier": 1, "parts": [(s.text, "姓")]})
            if s.label == "ORGANIZATION" and s.reason in _WEAK_ORG and s.text in sur else s for s in spans]


#: Before a name mentioned as a public figure (好きな作家は X): the name is not a private person of the
#: document; reported with a low score and a reason (要確認) instead of being replaced.
_PUBLIC_BEFORE = re.compile(
    r"(?:好きな|尊敬する|憧れの|敬愛する|愛読する|影響を受けた|大ファンの)[^。\n]{0,8}?"
    r"(?:作家|小説家|作者|著者|歌手|俳優|女優|画家|漫画家|映画監督|監督|選手|人物|偉人|武将|経営者|哲学者|詩人|"
    r"アーティスト|ミュージシャン)(?:は|が|の|として|、|：|:)?[「『]?$"
)


def public_mentions(text: str, spans: list[Span]) -> list[Span]:
    """PERSON spans right after 「好きな作家は」「尊敬する人物は」…: score 0.3 and a reason, so the default
    threshold leaves them in the text and a review list can show them."""
    return [s.with_(score=min(s.score, 0.3), reason="公人・作品として言及（要確認）")
            if s.label == "PERSON" and _PUBLIC_BEFORE.search(text, max(0, s.start - 30), s.start) else s for s in spans]


_WORK_TITLE = re.compile(r"『([^『』\n]{1,30})』")
_NAMED_AFTER = re.compile(NAMING_VERB)
#: 『大東洋』さん: a honorific after the brackets is said to a shop or a person, never to a book (:mod:`.quoted_callers`)
_CALLED_AFTER = re.compile(r"(?:さん|様|さま|殿)(?!付け|づけ)")


def work_titles(text: str, spans: list[Span]) -> list[Span]:
    """A name the rules are not sure of (no honorific, title or legal form: score < 0.8) that lies inside
    『…』 — the brackets of a book, film or song title (夏目漱石の『三四郎』, 『銀河鉄道の夜』) — is part of the
    work's title: score 0.3 and a reason, like :func:`public_mentions` (left in the text by default, listed
    at threshold 0)."""
    if "『" not in text:
        return spans
    # 『ジュリ』って呼ばれてる, 『まるたか』で通っている: a naming verb after the brackets makes them a nickname's, no title
    # 『トゥアンくん』言うけど: brackets round a name and its honorific alone quote a call, no title (stop 39, a-dev-731)
    titles = [m.span(1) for m in _WORK_TITLE.finditer(text)
              if not _NAMED_AFTER.match(text, m.end()) and not _CALLED_AFTER.match(text, m.end())
              and not CALL_ONLY.fullmatch(m.group(1))]
    return [s.with_(score=min(s.score, 0.3), reason="作品名の中（要確認）")
            if s.label in ("PERSON", "ORGANIZATION") and s.score < 0.8 and any(a <= s.start and s.end <= b for a, b in titles)
            # 『ビストロ ふでのこ』, 鮎の宿『やなせ荘』: a shop's kind word read with the quote (not a business context alone:
            # 『注文の多い料理店』を朗読し is a book)
            and not (s.label == "ORGANIZATION" and ("業種の語" in s.reason or "屋号" in s.reason)
                     and not re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", s.text))  # (『IT’S FRIDAY』, 『烈風伝with PK』: titles)
            # 『大石水産』を継いだ, 『小野里製麺所』に委託: the whole quote is a name + a business word (n-dev-939, 880)
            and not (s.label == "ORGANIZATION" and s.reason.startswith("組織の語尾") and (s.start, s.end) in titles)
            # (stop 35) 三宮の『Bistro Kaze』, 弁天島の『浜名湖ホテル紫苑』: a town and の before the quote, or a Latin name
            # with a word of a venue (Bar, Bistro, Cafe): a shop, as reviews and posts quote it
            and not (s.label == "ORGANIZATION" and (s.reason.startswith("地名＋の＋「」") or latin_venue(text, s.start, s.end)))
            else s for s in spans]


def _has_place_word(toks: list, a: int, b: int) -> bool:
    """A token SudachiDict tags as a place lies in ``[a, b)`` (九州 in 九州ふるさと食品): the place rules report it."""
    return any(a <= t.start and t.end <= b and t.pos[2] == "地名" for t in toks)


_MARKS = "★☆■□●○◆◇※♪・ 　"


def no_marks(sp: Span) -> Span:
    """A name never starts with rating stars or bullet marks (「★☆ 八食センター」 → 八食センター)."""
    k = len(sp.text) - len(sp.text.lstrip(_MARKS))
    if 0 < k < len(sp.text) and sp.text[0] in "★☆■□●○◆◇※♪":
        return sp.with_(start=sp.start + k, text=sp.text[k:])
    return sp


#: An organisation's run that ends in one of these is the name of an award (「くまもと物産ブランド賞」).
_AWARD_ENDS = ("賞", "グランプリ", "アワード")


_HONORIFIC_NEXT = re.compile(r"[ 　]?(?:さん|様|さま|氏|君|くん|ちゃん|先生|社長|代表|会長|専務|常務|店主|院長|部長|課長)")
#: The municipality or island written whole: the form ends the word or a public word follows (十津川村役場), not
#: a longer name (長谷川町子, a person).
_PLACE_FORM = "(?:市|町|村|島|郡|区)(?:(?![\u4e00-\u9fff々])|(?=役場|役所|出身|在住|内|民|立|議会|商工会|観光協会|産))"


def surnames_that_are_places(text: str, spans: list[Span]) -> list[Span]:
    """A bare surname-like PERSON span (no honorific, no title, not sure) whose letters the same document writes
    as a municipality or an island (天草には … 上天草市, 天草市; 十津川 … 十津川村) is that place — unless the
    document also names a person so (天草さん, 天草 拓也): then it stays a person.
    例: 「地元の天草市へ戻りました。天草には…」 → 天草 LOCATION"""
    people = [s for s in spans if s.label == "PERSON"]
    if not people:
        return spans
    named = {p for s in people for p, k in (s.data or {}).get("parts", ()) if k == "姓" and s.text != p}
    named |= {s.text for s in people if s.score >= 0.8 or (s.data or {}).get("title") or _HONORIFIC_NEXT.match(text, s.end)}
    out = []
    for s in spans:
        if (s.label == "PERSON" and s.score < 0.8 and not (s.data or {}).get("title") and s.text not in named
                and 2 <= len(s.text) <= 4 and _KANJI_ONLY.fullmatch(s.text) and not _HONORIFIC_NEXT.match(text, s.end)
                and re.search(re.escape(s.text) + _PLACE_FORM, text)):
            s = s.with_(label="LOCATION", entity_id=None, reason="地名（同じ文書に市町村・島として書かれた名前）",
                        data={"tier": 1, "kind": "municipality"})
        out.append(s)
    return out


_DOUBLE_QUOTES = str.maketrans("『』", "「」")
_SENTENCE_END = re.compile(r"[。、！!？?」』）)\n…]|ね|よ|な|$")
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々ヶ]+")


def _after_person_dot(spans: list[Span]) -> list[Span]:
    """An organisation read across a person's name and ・ (永吉 康平・商工会経営指導員 → 「康平・商工会」) starts after
    the ・: the name before it is the person's (a byline's name, then the body and the title)."""
    ends = {s.end for s in spans if s.label == "PERSON" and (" " in s.text or "\u3000" in s.text)}
    out = []
    for s in spans:
        k = s.text.find("・")
        if s.label == "ORGANIZATION" and k > 0 and s.start + k in ends:
            a = s.start + k + 1
            if s.end - a < 2:
                continue
            s = s.with_(start=a, text=s.text[k + 1:])
        out.append(s)
    return out


def find_names(view: TextView, *, listed: bool = True) -> list[Span]:
    """Tier-1 PERSON/ORGANIZATION spans of ``view.original`` (offsets into the original).

    ``listed=False`` leaves out the JMnedict landmarks (:mod:`.listed_places`): the default finder reads them after
    the model, outside its spans (names.model.find_names_and_model).

    例: ``find_names(TextView("株式会社ミライ商事の鈴木部長"))`` → ORGANIZATION「株式会社ミライ商事」, PERSON「鈴木」
    """
    text = view.original
    toks = tokenize(text)
    out = list(people(toks))
    if _SPACED_GATE.search(text):  # spaced_people needs a space or ＆ token: without one it finds nothing
        out.extend(spaced_people(toks))
    out.extend(latin_people(view, toks))
    out.extend(latin_echoes(text, toks, out))  # Agus Santoso … アグスは: the katakana spelling is the same person
    out.extend(context_people(toks, out))
    out.extend(repeat_people(toks, out))
    for sp in orgs(view, toks):
        out.append(sp.with_(text=text[sp.start : sp.end]))
    out.extend(sp.with_(text=text[sp.start : sp.end]) for sp in school_abbreviations(text, toks))
    if "いう" in text or "所属" in text:  # framed_orgs' two frames (〜という, 所属…): without them, nothing to find
        for sp in framed_orgs(toks):
            out.append(sp.with_(text=text[sp.start : sp.end]))
    # 『あぶくま茶屋』, 『ビストロ ふでのこ』: shops are quoted with 『』 too — the shop rules read 「」, and 『』 → 「」 keeps
    # every offset (n-dev-534, 544, 554, measured first)
    qtext = text.translate(_DOUBLE_QUOTES) if "『" in text else text
    out.extend(business_names(qtext, toks))
    out.extend(kana_orgs(view, toks))
    out.extend(associations(text, toks))
    out.extend(field_offices(qtext))
    out.extend(trade_kana_shops(qtext))
    out.extend(surname_trade_shops(qtext))
    out.extend(kana_trade_names(qtext))
    out.extend(quoted_kind_names(qtext))
    out.extend(self_introductions(text))
    out.extend(radio_stations(text))
    out.extend(kana_kanji_given(text))
    out.extend(read_glued_given(text))
    out.extend(signed_initials(text))
    out.extend(signed_notes(text))
    out.extend(credit_orgs(text, toks))
    out.extend(byline_orgs(text, out))
    out.extend(attendees(text))
    out.extend(role_of_name(toks))
    out.extend(aged_people(text, toks))
    out.extend(contact_surnames(text, toks))
    out.extend(kana_children(text))
    out.extend(kin_named(text))
    out.extend(companions(text, toks))
    out.extend(surname_lists(text))
    out.extend(nicknames(text))
    out.extend(maiden_names(text))
    out.extend(work_introductions(text))
    short = list(short_names(text, toks, out)) + list(labelled_people(text, out)) + list(foreign_people(text, toks))
    short += kin_compound_names(text, toks, out)
    short += called_names(text, out + short)
    short += kana_called_given(text, out + short)
    short += koto_nicknames(text, out)
    short += self_written(text, out + short)
    if "「" in text or "『" in text:
        short += named_as(text, [s for s in out if s.label == "ORGANIZATION"])
    if short:  # ヨッ + ちゃん read apart, それにのっ + ちゃん: the whole nickname replaces the piece
        out = [s for s in out if not (s.label == "PERSON" and any(
            k.start < s.end and s.start < k.end and k.source == s.source and s is not k
            and (s.end in (k.start + 2, k.end) or k.start <= s.start and s.end <= k.end)
            and not (s.start <= k.start and k.end <= s.end) for k in short))] + short  # (a longer one stays: Trần Minh Khoa)
    aliases = business_aliases(text, out)
    if aliases:  # 「なるみのたたみや」と呼ぶ: the quoted name is the business, not the person なるみ inside it
        out = [s for s in out if not any(x.start <= s.start and s.end <= x.end and ((s.start, s.end) != (x.start, x.end)
                                                                            or s.label == "PERSON") for x in aliases)] + aliases
    if "で通" in text:  # (after the aliases: 店は「ミチシルベ」で通っている is the business's)
        out.extend(b for b in known_as_bare(text, [s for s in out if s.label == "ORGANIZATION"])
                   if not any(x.start < b.end and b.start < x.end for x in out))
    out.extend(quoted_callers(text, out))
    if "っ" in text or "ッ" in text:
        out = drop_kin_calls(text, out)
    out = surname_kana_given(text, toks, out)
    out = titled_do_surname(text, out)
    out = extend_kana_lead(text, out)
    out = extend_kana_tail(text, out)
    out = extend_no_tail(text, out)
    out = extend_to_quote(text, out)
    out = so_called(text, out)
    if "・" in text:
        out = _after_person_dot(out)
    # 「くまもと物産ブランド賞」: a run of organisation words that ends in 賞 is an award's name, not a body
    # 日本伝統工芸|展: an organisation word before 展 (not 展示・展開・展望) names an exhibition
    out = [sp for sp in out if not (sp.label == "ORGANIZATION" and (sp.text.endswith(_AWARD_ENDS)
                                                                     or (text.startswith("展", sp.end)
                                                                         and text[sp.end + 1:sp.end + 2] not in ("示", "開", "望"))
                                                                     or (sp.score < 0.9 and not (sp.data or {}).get("kind_before")
                                                                         and in_event_quote(text, sp.start, sp.end)
                                                                         and _has_place_word(toks, sp.start, sp.end))))]
    out = [no_marks(sp) for sp in out]
    out.extend(places(toks))
    out.extend(katakana_places(text, toks))
    out = kana_places(text, toks, out)
    out = quoted_kana_towns(text, toks, out)
    out.extend(districts_and_islands(text))
    out.extend(kana_sites(text, toks))
    out.extend(landform_compounds(text, toks, out))
    out = quoted_place_heads(text, toks, out)
    out = group_bodies(text, toks, out)
    out.extend(place_lists(text, toks, out))
    landmarks = list(distance_places(text, toks))
    if landmarks:  # (a landmark read over a business the rules named — 磐井中央信用組合本店の裏 — is that business)
        orgs_found = [(s.start, s.end) for s in out if s.label == "ORGANIZATION"]
        out.extend(p for p in landmarks if not (p.data.get("near") and any(a < p.end and p.start < b for a, b in orgs_found)))
    out = extend_place_kana_lead(text, out)
    out = person_frames(text, toks, out)
    out = split_glued_readings(out)
    out = kata_given_tails(text, out)
    out.extend(readings(text, out))
    out.extend(speakers(text, out))
    out = surnames_of_full_names(out)
    out = surnames_that_are_places(text, out)
    out = heads_before_people(text, toks, out)
    out = affiliations(text, toks, out)  # 仲間 一輝（司会・なかま電機）: the bracket's business
    out = [sp for sp in out if not is_product(sp.text) and sp.text not in INTERJECTIONS  # kintone, YouTube; さあ
           and not is_cultivar(text, sp.start, sp.end)  # 佐藤錦, 山田錦 (lexicon.CULTIVARS)
           and not ordinary_word(text, toks, sp)]  # 三季目, ぶどう園を始めた, ふじ組に (rules.vetoes)
    if "けん" in text or "けえ" in text:
        # もんやけん。, 行くけえ: a western dialect's "because" after a copula, no given name (a-dev-146, a-dev-376)
        out = [sp for sp in out if not (sp.label == "PERSON" and sp.text in ("けん", "けえ") and text[sp.start - 1:sp.start] in "やだじゃるたい"
                                         and _SENTENCE_END.match(text, sp.end))]
    out = public_mentions(text, out)
    out = work_titles(text, out)
    out = not_things(text, out)
    out = facilities_are_places(out)
    out = places_by_verb(text, out)
    out = rivers_and_hills(text, out)
    out = dictionary_places_as_people(text, out)
    out = latin_groups(text, out)
    if listed:  # (the default finder reads them after the model: names.model.find_names_and_model)
        out.extend(listed_places(text, toks, out))
    cells = find_table_people(text)
    if cells:
        # a name column's header outweighs SudachiPy's guess for a lone cell (スズキ the company)
        out = [sp for sp in out if not any(c.start < sp.end and sp.start < c.end for c in cells)] + cells
    return out
