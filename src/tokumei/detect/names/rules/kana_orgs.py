"""Businesses whose name is written in kana (tier 1): SudachiPy cuts a hiragana name into particles and
fillers (あ|お|がき信用金庫, の|と|丸水産), so the token rules see no name before the business word.

* **legal form + kana + business word**: 有限会社のと丸水産, 株式会社はまかぜ水産 — a legal form, one to six
  hiragana, then a kanji or katakana run that ends in a business word (:data:`ORG_SUFFIXES`, 水産, 養殖場);
* **kana + business word after a delimiter or a particle**: あおがき信用金庫, （かしわぎ養殖場）, 「こたに農園」 —
  two to eight hiragana (or katakana then hiragana) right before a word that only a body's name ends in
  (:data:`_HEADS`); not a run that SudachiPy reads as an adjective, adverb or particle (いつもの食堂);
* **a bank account holder in katakana** with the abbreviated legal form banks write (ユ）カシワギクルマエビ…,
  カ）ミライショウジ, ミライショウジ（カ, half-width ｶ) as well): the transfer name is the company's name.

例::

    >>> from tokumei.detect.textview import TextView
    >>> from tokumei.detect.names.tokens import tokenize
    >>> t = "新口座はあおがき信用金庫 菟田野支店です。"
    >>> [s.text for s in kana_orgs(TextView(t), tokenize(t))]
    ['あおがき信用金庫']
"""
from __future__ import annotations

import re
from typing import Iterator

from tokumei.detect.geo import trie_regex
from tokumei.detect.names.lexicon import LEGAL_FORMS, ORG_SUFFIXES, SHOP_TRADES
from tokumei.detect.names.rules.base import SOURCE
from tokumei.detect.names.tokens import Token
from tokumei.detect.textview import TextView
from tokumei.span import Span

#: Words that end only a body's name: after kana they make the kana a name (not 組, 会: a class, a meeting).
_HEADS = ("信用金庫", "信用組合", "銀行", "養殖場", "農園", "牧場", "水産", "工務店", "商店", "建設", "建築", "製作所", "工房",
          "酒造", "醸造", "旅館", "歯科", "医院", "クリニック", "薬局", "保育園", "幼稚園", "こども園", "作業所", "事務所",
          "食堂", "協議会", "商会", "商事", "物産", "産業", "工業", "不動産", "設計", "印刷", "食品", "整骨院", "接骨院",
          "鍼灸院", "美容室", "理容室", "診療所", "病院", "製菓", "製麺", "本舗", "鮮魚店", "精肉店", "青果店", "生花店",
          "酒店", "畳店", "写真館", "農場", "果樹園", "観光農園", "ファーム", "組合", "法律事務所", "会計事務所",
          "相談室", "研究室", "研究所", "設計室", "工作所", "治療院", "整体院", "編集室", "編集部", "企画室", "デザイン室", "経営室", "相談所",
          "デイサービス", "デイ", "ケアセンター", "訪問看護", "ヘルパーステーション",
          "製粉", "農産", "倶楽部", "しんきん", "信金", "信組",
          # stop 33 (とよさと茶房, くろかわ珈琲, くみやま急配, ますや運送, ひらど船宿, あぶくま茶屋)
          "茶房", "珈琲", "急配", "運送", "船宿", "茶屋", "学舎",
          # stop 42 (read dev wave 14: かねじゅう醤油さん, や|べ動物病院 — a maker's, a farm's or a vet's kind)
          "醤油", "味噌", "養鶏", "養鶏場", "養豚場", "養蜂園", "動物病院")
#: (a trie of the heads: the regex engine tries one letter per branch, not every word)
_HEAD_FIND = re.compile(trie_regex(_HEADS))
#: Heads that name a product as often as its maker: a business only with さん, 店, 蔵 or 屋 after it.
_MAKER_HEADS = ("醤油", "味噌")
#: Every word a kana business name may end in (the heads, the organisation endings and the shop trades), longest first.
_ENDS = tuple(sorted({*ORG_SUFFIXES, *SHOP_TRADES, *_HEADS}, key=len, reverse=True))
#: The last letters of every head and ending: a text with none of them has no kana business name (a C charset scan).
_HEAD_LAST = re.compile("[" + "".join(sorted({w[-1] for w in _ENDS})) + "]")
#: A hiragana letter followed (within five letters) by a kanji or katakana: without one, no kana lead before a head.
_KANA_BEFORE_HEAD = re.compile(r"[ぁ-ゖ][\u4e00-\u9fffァ-ヴ]")
_LEGAL = "|".join(re.escape(x) for x in sorted((f for f in LEGAL_FORMS if not f.isascii()), key=len, reverse=True))
_LEGAL_ANY = re.compile(_LEGAL)
#: 北近畿しんきん, 城北信金, 東和信組: a place and the short name of a credit union.
_SHINKIN = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2,6}(?:しんきん|信金|信組)(?![ぁ-ゖ\u4e00-\u9fff])")
_LEGAL_KANA = re.compile(rf"(?:{_LEGAL})[ 　]?([ぁ-ゖ]{{1,6}}[\u4e00-\u9fff々ァ-ヴー]{{1,8}})(?=[ 　、。，．（(」』）)\n]|$|[はがをにでともへの])")
#: The abbreviations banks write for a legal form in a transfer name (全銀協の略語: カ 株式会社, ユ 有限会社,
#: ド 合同会社, シヤ 社団法人, ザイ 財団法人, イ 医療法人, フク 社会福祉法人, ガク 学校法人, トクヒ NPO法人).
#: (stop 41, read anonymize dev: 名義 ゴウシ）ハヤサカシュゾウテン, 口座名義 シャフク）クボカワヤマビコカイ — longer forms and the
#: ones writers spell with a small ャ: ゴウシ 合資会社, ゴウメイ 合名会社, シヤフク/シャフク 社会福祉法人, シュウ 宗教法人, ノウ 農事組合法人)
_BANK_FORMS = ("カ", "ユ", "ド", "ゴ", "シヤ", "シャ", "ザイ", "イ", "フク", "ガク", "トクヒ", "ゴウシ", "ゴウメイ", "シヤフク", "シャフク",
               "シユウ", "シュウ", "ノウ", "イツシヤ", "イッシャ", "コウシヤ", "コウシャ")
_BANK_FORM = "(?:" + "|".join(sorted(_BANK_FORMS, key=len, reverse=True)) + ")"
_K = "ァ-ヴー\u3099\u309a"  # (half-width ﾞ folds to the combining mark U+3099 in the matching view)
_ACCOUNT = re.compile(rf"(?<![{_K}])(?:[（(]{_BANK_FORM}[）)]|{_BANK_FORM}[）)])[ 　]?([ァ-ヴー][{_K} 　]{{1,40}}[{_K}])"
                      rf"|(?<![{_K}])([ァ-ヴー][{_K}]{{2,40}})[（(]{_BANK_FORM}(?![{_K}])[）)]?")
#: A transfer name stands after bank words (口座名義, 振込先, 普通 1234567).
_BANK_TALK = re.compile(r"口座|名義|振込|振り込|振替|受取人|銀行|金庫|組合|支店|普通|当座|ゆうちょ")
_VERBISH = frozenset(("動詞", "助動詞", "形容詞"))
_NOT_LEAD = frozenset(("形容詞", "連体詞", "副詞", "助詞", "接続詞", "形状詞", "助動詞"))


_DELIM = frozenset("「『（(、，,：:・■【／/ \t\n\u3000#＃")
_CASE = frozenset("はがをにでともへの")  # の: 相良村の|さがら茶房, 浜頓別の|くろかわ珈琲 (stop 33)


def _kind(ch: str) -> str:
    return "h" if "ぁ" <= ch <= "ゖ" else "k" if "ァ" <= ch <= "ヴ" or ch == "ー" else "c" if "\u4e00" <= ch <= "\u9fff" or ch == "々" else ""


def _opens(text: str, start: int) -> bool:
    before = text[start - 1] if start else ""
    return not before or before in _DELIM or (before in _CASE and start >= 2 and _kind(text[start - 2]) in ("c", "k")) \
        or (start >= 3 and text[start - 2:start] in ("より", "から"))  # 日ごろより|やべ動物病院 (stop 42)


def _kana_heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a kana lead (two to eight hiragana, optionally after two to eight katakana), up to four kanji
    and a head word, where the lead opens the text, follows a delimiter (:data:`_DELIM`) or a case particle after a
    kanji or katakana word. Found from the heads backwards: a head is rarer than a hiragana letter, so the scan
    starts from few places."""
    for h in _HEAD_FIND.finditer(text):
        hs = h.start()
        for gap in range(5):  # しおみ|経営|相談室: up to four kanji between the kana and the head
            if gap and _kind(text[hs - gap]) != "c":
                break
            p = hs - gap
            q = p
            while q > 0 and p - q < 8 and _kind(text[q - 1]) == "h":
                q -= 1
            if p - q < 2:
                continue
            r = q
            while r > 0 and q - r < 8 and _kind(text[r - 1]) == "k":
                r -= 1
            # the lead may open with katakana (ブルーくめ) or at any hiragana letter after a particle (口座は|おおとり…)
            starts = ([r] if q - r >= 2 else []) + list(range(q, p - 1))
            found = next((st for st in starts if _opens(text, st)), None)
            if found is not None:
                yield found, h.end()
                break


_BANKS = ("銀行", "信用金庫", "信用組合", "労働金庫")


def _bank_after_delimiter(text: str, a: int, name: str, lead: str) -> bool:
    """お振込先：くちくまの信用金庫: a bank's kana name may end in の (a-dev-417); after a delimiter, four kana or more."""
    return name.endswith(_BANKS) and len(lead) >= 4 and (a == 0 or text[a - 1] in "：: 　\n「（(、")


def kana_orgs(view: TextView, toks: list[Token]) -> Iterator[Span]:
    """Kana-written business names (see the module docstring)."""
    text = view.original
    if _HEAD_LAST.search(text) is not None:  # (a one-class scan for a head's last letter gates the scans below)
        legal = "会社" in text or "法人" in text or "組合" in text or "㈱" in text or "㈲" in text or "(" in text or "（" in text
        for m in _LEGAL_KANA.finditer(text) if legal and _LEGAL_ANY.search(text) else ():
            kana = re.match("[ぁ-ゖ]+", m.group(1)).group()
            rest = m.group(1)[len(kana):]
            if len(kana) == 1 and kana in "やとのにをでがはへもか":
                continue  # 農業法人|や|桃農家: a particle after the legal form, a list of kinds (stop 35, n-dev-698)
            if m.group(1).endswith(_ENDS) and not (kana[-1] in "とや" and rest in _ENDS):  # さくら|と|工務店: two names
                a = m.start()
                yield Span("ORGANIZATION", a, m.end(1), text[a:m.end(1)], 0.85, SOURCE, "法人格＋かなの名前＋業種の語",
                           data={"tier": 1})
        by_start: dict[int, Token] = {}
        ends: dict[int, Token] = {}
        for a, b in _kana_heads(text) if _KANA_BEFORE_HEAD.search(text) else ():
            if not by_start:  # (token maps only for a text with a candidate: most have none)
                by_start = {t.start: t for t in toks}
                ends = {t.end: t for t in toks}
            t = by_start.get(a)
            name = text[a:b]
            lead = re.match(r"[ァ-ヴー]*[ぁ-ゖ]+", name).group()
            if (re.search(r"[ぁ-ゖ][がをにでとはもへや]$", lead) and len(name) > len(lead) + 2
                    and name[len(lead):] not in _HEADS  # (小学校と|かえで保育園: the head right after the kana; stop 37)
                    and not ((u := ends.get(a + len(lead))) is not None and u.start <= a and u.pos[1] == "固有名詞")):
                continue  # 地元の人が|経営|事務所: a particle ends the kana before a kanji run (not すえなが, one name)
            lead_toks = [u for u in toks if a <= u.start and u.end <= a + len(lead) - 1]
            if lead.endswith("の") and _bank_after_delimiter(text, a, name, lead) and not (
                    any(u.pos[0] == "連体詞" for u in lead_toks)
                    or (len(lead_toks) == 1 and lead_toks[0].pos[0] in ("名詞", "副詞", "代名詞"))):
                yield Span("ORGANIZATION", a, b, name, 0.75, SOURCE, "かなの名前＋業種の語", data={"tier": 1})
                continue  # (SudachiPy reads its kana as words and particles: くちく|ま|の)
            if lead.endswith(("の", "な")) or (lead.endswith("い") and t is not None and t.pos[0] in _NOT_LEAD):
                continue  # いつもの食堂, きれいな事務所, あたらしい事務所: a word before the kind, no name
            if a >= 2 and "ぁ" <= text[a - 1] <= "ゖ" and ((p := ends.get(a)) is None or p.pos[0] != "助詞"):
                continue  # 男鹿も|のづくり相談所: the kana before is no particle, the name began earlier
            doubled = len(lead) % 2 == 0 and lead[: len(lead) // 2] == lead[len(lead) // 2 :]  # にこにこ食堂, わくわく農園
            # （さわたり養殖場）, 「… こもれび作業所」, 「しおさいデイ田中」: the name ends the bracket, or fills the quote
            # or a hashtag (#ほっこりデイ; stop 37)
            whole = text[b:b + 1] in "）)」』" or (a > 0 and text[a - 1] in "「『" and re.match(r"[^「」『』\n、。]{0,6}[」』]", text[b:]) is not None) \
                or (a > 0 and text[a - 1] in "#＃" and (b == len(text) or text[b] in " 　\n#＃"))
            if t is not None and t.end == a + len(lead) and t.pos[0] in _NOT_LEAD and not doubled and not (whole and t.pos[0] == "副詞"):
                continue  # とても|歯科: an adverb or a particle SudachiPy reads whole (「ほっこりデイ」: a quoted name)
            # (a sentence-final particle after an auxiliary is SudachiPy cutting a name it does not know: や|べ動物病院;
            # not after a verb: ある|は|やち|ね信用金庫 — stop 42)
            inside = [u for u in toks if a <= u.start < a + len(lead)]
            if lead in ("この", "その", "あの", "どの", "まちの", "地元の") or not whole and any(
                    u.pos[0] in _VERBISH for u in inside) and not (
                    any(u.pos[1] == "終助詞" for u in inside) and not any(u.pos[0] in ("動詞", "形容詞") for u in inside)):
                continue  # 治療をしてくれる歯科: a verb phrase before the kind
            if t is not None and t.end == a + len(lead) and t.pos[1] == "普通名詞" and not whole:
                continue  # ひとり|事務所, みんな|食堂: one ordinary word before the kind (a person decides in review)
            last = [u for u in toks if a < u.end == a + len(lead) and u.start >= a]
            if not whole and last and last[0].start > a and last[0].pos[0] in ("助詞", "助動詞") and last[0].pos[1] != "終助詞":
                continue  # いま|も|事務所: a particle ends the kana (a sentence-final one never stands before a noun: くろ|か|わ珈琲)
            if name.endswith(_MAKER_HEADS) and not text.startswith(("さん", "店", "蔵", "屋"), b):
                continue  # 「なべくら味噌」を出します: a product; かねじゅう醤油さん: the maker (stop 42)
            if text[b:b + 1] == "館" or (text[b:b + 1] == "店" and _kind(text[b + 1:b + 2]) != "c"):
                b, name = b + 1, text[a:b + 1]  # かねひら食品|館: the shop's word after the head is the name's end
            yield Span("ORGANIZATION", a, b, name, 0.75, SOURCE, "かなの名前＋業種の語", data={"tier": 1})
    for m in _SHINKIN.finditer(text) if ("しんきん" in text or "信金" in text or "信組" in text) else ():
        yield Span("ORGANIZATION", m.start(), m.end(), m.group(), 0.8, SOURCE, "地名＋しんきん・信金（信用金庫の略）", data={"tier": 1})
    if ")" in view.norm or "(" in view.norm:
        for m in _ACCOUNT.finditer(view.norm) if _BANK_TALK.search(view.norm) else ():
            if not _BANK_TALK.search(view.norm, max(0, m.start() - 40), m.start()):
                continue  # ア）申請書 イ）ハローワーク: an enumeration, not a transfer name
            g = 1 if m.group(1) else 2
            a, b = view.span(m.start(g) if g == 2 else m.start(), m.end(g) if g == 1 else m.end())
            yield Span("ORGANIZATION", a, b, text[a:b], 0.8, SOURCE, "口座名義（カ）・ユ）の略語つきのカナ名）", data={"tier": 1})
