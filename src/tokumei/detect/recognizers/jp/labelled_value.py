"""Labelled values — a value right after an explicit label is that kind of value (issue #12).

「決済カード番号5917 7994 4191 1607」 is a card number because the writer says so, even though its
IIN is in no brand table; 「法人番号 5180001012345」 is a 法人番号 even with a wrong check digit (a
typo still identifies the company); 「会員番号：A-2034-5512」 is a member number (label
``MEMBER_ID``). The rule covers running text (ラベル＋値), 「項目：値」 lines and table cells under
such a header (tab-separated rows, as formats/ and anonymize's tables present them).

A check digit that fails (Luhn: ISO/IEC 7812-1 Annex B; 法人番号: 財務省令第70号第2条; 個人番号:
総務省令第85号第5条) or an unknown card IIN lowers the score to 0.6 and adds the reason
「検査数字が合わない」; it never drops the value. Spans of this recognizer are never marked
``validated``: where the kind's own recognizer (jp.credit_card.v1 …) confirms the value, its
span (with the parsed ``data``) wins the overlap resolution, and this one only fills the gap.

Data: :data:`LABEL_WORDS` (label word → span label), :data:`VALUE_SHAPES` (label → regex of the
value in the normalised view); :func:`check` is the pure validator.

例: 「会員番号：A-2034-5512」 → MEMBER_ID「A-2034-5512」、
「法人番号 5180001012345」 → CORPORATE_NUMBER（スコア 0.6、検査数字が合わない）
"""
from __future__ import annotations

import re
from typing import Iterable

from tokumei.detect.recognizers.jp.corporate_number import is_valid_corporate_number
from tokumei.detect.recognizers.jp.credit_card import validate_card
from tokumei.detect.recognizers.jp.my_number import is_valid_my_number
from tokumei.detect.registry import register
from tokumei.detect.textview import TextView
from tokumei.span import Span

NAME = "jp.labelled_value.v1"

#: Booking and enquiry words that name a phone line only before a value of a phone number's shape (:data:`NEEDS_PHONE_SHAPE`).
_BOOKING_WORDS = ("予約", "ご予約", "体験予約", "予約専用", "予約受付", "ご予約・お問い合わせ", "お問い合わせ", "お問合せ",
                  "問い合わせ", "問合せ", "お問い合わせ先", "問い合わせ先",
                  # a telephone sign before a local number (☎ 22-0418（日曜休み）; stop 44, read anonymize dev wave 16)
                  "☎", "☏", "📞", "📱",
                  # whose line, or a fax line shared, before a local number (自宅22-1183, FAX兼用 22-1183; stop 44, written
                  # before tuning)
                  "自宅", "実家", "店舗", "FAX兼用", "電話兼FAX", "TEL兼FAX",
                  # a member's house or the office of a group as the line (連絡は会長宅 62-5830, 事務局 22-1183; stop 45,
                  # read anonymize dev wave 17): 宅 after any word — 会長宅, 佐藤宅 — only before a phone number's shape
                  "宅", "事務局")
#: Label words (as written, normalised view) → span label. Longer words are tried first.
LABEL_WORDS: dict[str, str] = {
    **dict.fromkeys(("カード番号", "クレジットカード番号", "決済カード番号", "クレジットカード", "カードNo",
                     "カードNo."), "CREDIT_CARD"),
    **dict.fromkeys(("法人番号", "会社法人番号"), "CORPORATE_NUMBER"),
    **dict.fromkeys(("マイナンバー", "個人番号"), "MY_NUMBER"),
    **dict.fromkeys(("基礎年金番号", "年金番号"), "PENSION_NUMBER"),
    **dict.fromkeys(("口座番号",), "BANK_ACCOUNT"),
    **dict.fromkeys(("会員番号", "会員No", "会員No.", "会員ID", "顧客番号", "顧客ID", "お客様番号", "社員番号",
                     "社員No", "職員番号", "従業員番号", "患者ID", "患者番号", "診察券番号", "カルテ番号",
                     "利用者番号", "組合員番号", "受付番号", "檀家番号", "門徒番号", "氏子番号", "会員証番号", "契約者番号",
                     "加入者番号", "受給者番号", "学籍番号", "生徒番号", "利用者ID", "宿泊者番号", "予約者番号",
                     "購入者番号", "会員コード", "顧客コード", "お客様ID", "番号例", "番号",
                     # a guest's booking and a user's number (予約番号 GZ-2611-048, ご利用者番号（例：AO-0153）)
                     "予約番号", "予約No", "予約No.", "ご予約番号", "ご利用者番号",
                     # a customer's or a case's reference (お客様No.（例：CJ-07715）, 整理番号, 受付No.)
                     "お客様No", "お客様No.", "受付No", "受付No.", "整理番号", "管理番号", "申込番号", "お申込番号",
                     "問合せ番号", "お問い合わせ番号", "伝票番号",
                     # お客さま written in kana (a utility's or a shop's bill: お客さま番号：0-3318-27)
                     "お客さま番号", "お客さまNo", "お客さまNo.", "お客さまID", "お客さまコード", "お客様コード", "ご契約番号",
                     "契約番号",
                     # a shop's regular customer (お得意様番号 AY-0917, a-dev-429)
                     "お得意様番号", "お得意様No", "お得意様No.", "お得意様コード", "得意先番号", "得意先コード",
                     # an adviser's client (顧問先番号：YR-0471; stop 42, read anonymize dev)
                     "顧問先番号", "顧問先コード", "顧問先No", "顧問先No.",
                     # (stop 45, invented before tuning) a clinic card's No., a care insurance or a student card's number, an
                     # account's ID after a colon (ID：tanaka0123: :data:`NEEDS_COLON`)
                     "診察券No", "診察券No.", "被保険者番号", "介護保険被保険者番号", "学生証番号", "ID", "LINE ID", "LINEID"), "MEMBER_ID"),
    **dict.fromkeys(("TEL", "Tel", "tel", "TEL.", "Tel.", "tel.", "FAX.", "Fax.", "℡", "電話", "電話番号", "携帯", "携帯番号", "携帯電話", "FAX", "ファックス",
                     "連絡先電話番号", "直通", "直通電話", "直通番号", "代表電話", "代表番号", "ダイヤルイン",
                     "フリーダイヤル", "夜間連絡先", "旧番号", "新番号", "旧電話番号", "新電話番号",
                     # a local number without its area code after 連絡先 (連絡先：63-0587; stop 41, read dev wave 13)
                     "連絡先", "緊急連絡先",
                     # a booking or an enquiry line's local number (体験予約　57-3390; stop 43, read anonymize dev wave 15):
                     # only a value of a phone number's shape (:data:`NEEDS_PHONE_SHAPE`)
                     *_BOOKING_WORDS), "PHONE"),
    **dict.fromkeys(("氏名", "お名前", "フリガナ", "ふりがな", "名前", *("加入者名", "口座名義", "口座名義人", "名義人", "名義")),
                    "PERSON"),
}
#: An account's holder written after its field's word and a space (記号番号 01640-2-77315　加入者名 ヒナタカジュエン, a-dev-419):
#: the word names a field of the account, so the space separates as a colon does.
SPACED_FIELDS = frozenset({"加入者名", "口座名義", "口座名義人", "名義人", "名義"})
#: 名義 alone (普通 0627154　名義 ケムリヤ) is a field only before a katakana holder's name after a space or a colon (stop 41):
#: 名義変更, 名義は父のまま are no field.
_KATAKANA_HOLDER = re.compile(r"[ァ-ヺー・ 　]+")
#: Labels whose word only counts near a person (受付番号 of a reservation or a 相談記録: 様, さん, 相談者 …
#: within 200 characters).
NEEDS_PERSON = frozenset({"受付番号"})
#: Words that name a value only before a colon (ID：tanaka0123; not ID 2024 in a sentence).
NEEDS_COLON = frozenset({"ID", "LINE ID", "LINEID"})
_HANDLE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._-]{2,29}(?![A-Za-z0-9._-])")
#: Bare words (番号, 番号例) that only count right after what the number belongs to: 「診察券（番号例：00-4718）」,
#: 「会員証の番号：…」 — the holder's word within a few characters before.
NEEDS_HOLDER = frozenset({"番号", "番号例"})
_HOLDER_BEFORE = re.compile(r"(?:診察券|会員証|会員|患者|利用者|組合員|社員|職員|檀家|門徒|顧客|お客様|受講者|生徒|学籍|契約者"
                            # a certificate's, a notebook's or a holder's number written as one word before its colon
                            # (受給者証番号：4300218876, 被保険者番号：…, 手帳番号：…; stop 45, read anonymize dev wave 17)
                            r"|[\u4e00-\u9fff]{1,5}(?:者|証|帳|票))"
                            r"[^\n。]{0,4}$")
#: 旧番号/新番号 name a phone number only after a phone word a little before: 「TEL 0470-22-8316（旧番号 22-4170は
#: 12月末まで）」; alone they may be any number (会員証の旧番号).
NEEDS_PHONE_BEFORE = frozenset({"旧番号", "新番号"})
#: Words that name a phone line only before a value of a phone number's shape (体験予約　57-3390, ご予約 0470-22-8316):
#: 予約 12月, お問い合わせ：山田 give none.
NEEDS_PHONE_SHAPE = frozenset(_BOOKING_WORDS)
_PHONE_SHAPE = re.compile(r"(?:\+?[0-9]{1,5}-)?[0-9]{1,4}-[0-9]{4}")
#: Whose line a number is, written between a phone label and its value (電話：自宅 38-2275／携帯 090-…; stop 43).
_LINE_OWNER = re.compile(r"(?:自宅|携帯|店舗|店|事務所|会社|勤務先|工場|本社|直通|代表|お店|実家)[ \t]*[:：]?[ \t]*")
_PHONE_BEFORE = re.compile(r"(?:TEL|Tel|tel|電話|FAX|携帯|ファックス)")
_PERSON_ON_LINE = re.compile(r"様|さん|氏名|お名前|相談者|申込者|患者|本人")

_DIGITS_SEP = r"[0-9](?:[0-9]|[ -](?=[0-9]))"
#: The value's shape after each label (normalised view: half-width digits, '-' hyphens).
VALUE_SHAPES: dict[str, str] = {
    "CREDIT_CARD": _DIGITS_SEP + r"{11,22}",
    "CORPORATE_NUMBER": _DIGITS_SEP + r"{12,16}",
    "MY_NUMBER": _DIGITS_SEP + r"{11,14}",
    "PENSION_NUMBER": r"[0-9]{4}[ -]?[0-9]{6}",
    "BANK_ACCOUNT": r"(?:(?:普通|当座|貯蓄|総合)(?:預金)?[ :]*|\((?:普|当)\)[ ]*)?(?P<v>[0-9]{6,8})",
    # 「第0312号」: an ordinal written around the number is part of it
    "MEMBER_ID": r"(?:第(?=[0-9]))?(?=[A-Za-z0-9-]*[0-9]{2})[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,24}(?:号(?![0-9A-Za-z]))?",
    "PHONE": r"(?:\+?[0-9(])(?:[0-9]|[ ()-](?=[0-9(]))*[0-9]",
    # (a name in Latin letters may have more words: ＡＹＥ　ＡＹＥ　ＭＯＥ as the residence card writes it; stop 45)
    "PERSON": r"[^\s:：、。,，()（）\[\]「」0-9@]{1,12}(?: [^\s:：、。,，()（）\[\]「」0-9@]{1,12})?(?: [A-Za-z][A-Za-z'.-]{0,15}){0,2}",
}
#: Digits a value of each label may have (after separators are taken out).
_DIGIT_COUNT = {"CREDIT_CARD": (12, 19), "CORPORATE_NUMBER": (13, 13), "MY_NUMBER": (12, 12),
                "PHONE": (6, 13)}
#: 「会員番号（MK-08851）」: an opening bracket separates too when a digit or letter follows (a value, not 「氏名（ふりがな）」).
#: 「お客様番号（伝票の右上、例：NY-3021）」, 「お客様No.」（例：…）: a short note before 例 and a closing quote after the
#: label are part of the separator too.
#: 「クレジットカード番号「4980 …」が」: an opening quote after the label separates too (stop 40, read dev wave 12).
#: 「氏名（在留カード表記）：…」, 「電話（自宅）：…」: a note in brackets between the label and its colon (stop 45, read anonymize
#: dev wave 17).
_SEP = r"[ \t]*」?[ \t]*(?:\([^()\n]{1,12}\)[ \t]*[:：]|[:=/|]|は|：|\((?:[^()\n]{0,12}?例[:：][ \t]*)?(?=[0-9A-Za-z]))?[ \t]*(?:[「『](?=[0-9A-Za-z]))?"
_WORD_ALT = "|".join(re.escape(w) for w in sorted(LABEL_WORDS, key=len, reverse=True))
_RUNNING = re.compile(rf"(?P<w>{_WORD_ALT})(?P<sep>{_SEP})")
#: A code of letters, a hyphen and digits given as the example of a number (券面の番号、例：YK-2291).
#: (stop 42, read anonymize dev: お客様番号をお持ちの方は、ご注文の際にお知らせください（例：SY-10492）, 旧診察券（例：No.0417の方）,
#: 短い番号を、世帯単位の7桁（例：2103358）に — the sentence's number word further before, No. and digits, digits alone)
_EXAMPLE_CODE = re.compile(r"(?:番号|No\.?|ID|券)[^。\n]{0,40}?例[:：][ \t]*(?:No\.?[ \t]*)?"
                           r"(?P<v>[A-Za-z]{1,4}-[0-9]{2,}(?:-[0-9]+)*|(?<=No\.)[0-9]{3,}|(?<=No)[0-9]{3,}|(?<=[:：])[0-9]{4,}"
                           r"|(?<=No\. )[0-9]{3,})(?![0-9A-Za-z年月日円人件個%-])")
#: A code given as what a number looks like (会員証（番号 KS-20418 のように…）, 「K-0412」のような短い番号, K-07のような社員番号):
#: a number's word within a few characters before or after (stop 42, read anonymize dev).
_LIKE_CODE = re.compile(r"(?<![0-9A-Za-z-])(?P<v>[A-Za-z]{1,4}-[0-9]{2,}(?:-[0-9]+)*)(?![0-9A-Za-z-])[ \t]*」?[ \t]*のよう[なに]")
_NUMBER_WORD = re.compile(r"番号|No|ID|コード")
#: 「お客様番号（SK-0392のような番号です）」, 「カードの番号（HZ-2208など）」: a value given as an example inside the
#: bracket is a holder's code all the same (as :data:`_EXAMPLE_CODE`; a-dev-405, 407, measured before tuning).
_AS_EXAMPLE = re.compile(r"(?:など|等|のよう|といった|みたいな)")
#: A bare No. before a code of letters, a hyphen and digits (No.TY-2026-118; not 会報 No.112, an issue).
_BARE_NO = re.compile(r"(?<![A-Za-z])No\.[ \t]*(?P<v>[A-Za-z]{1,4}-[0-9]{2,}(?:-[0-9]+)*)(?![0-9A-Za-z-])")
#: A member's or a user's number of a few digits written with 番 after its word (会員番号は27番で登録しました, 利用者番号で
#: いうと31番の方; invented before tuning, stop 45 — a-dev wave 17 had 会員番号は27番 published): the shape rule wants three
#: characters or more, but a club's or a care office's own numbering is short.
_SHORT_NUMBER = re.compile(r"(?P<w>" + "|".join(re.escape(w) for w in sorted(
    (w for w, lab in LABEL_WORDS.items() if lab == "MEMBER_ID" and w not in NEEDS_HOLDER), key=len, reverse=True))
    + r")(?:は|:|でいうと|で言うと|が)?[ \t]*(?:第)?(?P<v>[0-9]{1,4}番)(?![0-9地線台目手])")
#: Numbers of a roster said of households or members (未納は112番と047番のお宅です, 23番の家; invented before tuning and seen in
#: a read document of anonymize dev wave 17, stop 45): two to four digits and 番, joined by と/、/・, before の and the holder.
_HOUSEHOLD_NUMBERS = re.compile(r"(?<![0-9])[0-9]{2,4}番(?:(?:と|、|・)[0-9]{2,4}番)*(?=の(?:お宅|家|世帯|会員|利用者|組合員|方))")
# the value must end here: not in the middle of a longer number or word
_END = {"PERSON": re.compile(r"(?=$|[\t\n、。,)）(（]| [^ ]{0,3}(?:$|\n|\t)|様|さん)"),
        None: re.compile(r"(?![0-9A-Za-z])")}
#: A copula or a naming verb after a name written in running text (名前は立山です, 名前は立山と申します).
_COPULA = re.compile(r"(?:です|でした|でございます|と申|といい|と言い|って言い|なんです)")
_COMPILED = {k: re.compile(v) for k, v in VALUE_SHAPES.items()}
def _shape(value: str) -> str:
    """Letters, digits and separators of a value, each run written once (HS-20871 → A-9, 0470-22-8316 → 9-9-9)."""
    return re.sub(r"(.)\1+", r"\1", re.sub("[0-9]", "9", re.sub("[A-Za-z]", "A", value)))


#: Between two values under one label (normalised view: ／ is /).
_MORE = re.compile(r"[ \t]*[/、,・][ \t]*")
#: A verb's stem and ending right after 名前は (残し、, 変えず, 付けた): the sentence goes on about the name, it gives none.
_VERB_AFTER_WA = re.compile(r"[\u4e00-\u9fff々][しさせずたてっいえ](?:[、。，,]|た|て|ず|ない|ます|まし)")

#: Whose 名前 it is (宿の名前は, 娘の名前は): a thing's or a pet's name is no person's; a person's stays a labelled value.
_OWNER = re.compile(r"([\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,6})の$")
_PERSON_OWNERS = frozenset("私 僕 俺 自分 彼 彼女 父 母 兄 姉 弟 妹 夫 妻 息子 娘 子 子ども 子供 孫 祖父 祖母 本人 担当 担当者 社長 "
                           "店主 代表 相手 友人 友達 先生 生徒 利用者 患者 家族 主人 嫁 婿 長男 次男 長女 次女 赤ちゃん お子さん 方".split())

SCORE = 0.85
SCORE_CHECK_FAILED = 0.6
#: Kinds another recognizer usually finds with its parsed data (e164, entity, reading): this
#: recognizer's span scores lower so that one wins an equal-length overlap and this fills the gap.
LOW_SCORE = {"PHONE": 0.5, "PERSON": 0.5}


def check(label: str, value: str) -> bool | None:
    """True when the value's check digit passes, False when it fails, None when the kind has no
    check. 例: ``check("CORPORATE_NUMBER", "5180001012345") is False``"""
    digits = re.sub(r"[^0-9]", "", value)
    if label == "CREDIT_CARD":
        return validate_card(digits) is not None
    if label == "CORPORATE_NUMBER":
        return is_valid_corporate_number(digits)
    if label == "MY_NUMBER":
        return is_valid_my_number(digits)
    return None


def _value(label: str, norm: str, pos: int) -> tuple[int, int] | None:
    rx = _COMPILED.get(label)
    if rx is None:
        return None
    m = rx.match(norm, pos)
    if not m:
        return None
    a, b = m.span("v") if "v" in rx.groupindex else m.span()
    if label == "PHONE" and norm[a] == "(" and ")" not in norm[a:b]:
        a += 1  # 連絡先は自宅（22-1183）: the bracket around the number is no area code's (stop 44)
    if label == "PERSON":
        if _VERB_AFTER_WA.match(norm, a):
            return None  # 工房の名前は残し、: a verb after 名前は, no name given (a-dev-242)
        # 「氏名：中山 裕子（ナカヤマ）」: the name ends at the line, a bracket or an honorific
        cop = _COPULA.search(norm, a, b)
        if cop:
            b = cop.start()  # 「名前は立山ですが、」: the name ends at the copula, never 「立山ですが」
        while b > a and not cop and not _END["PERSON"].match(norm, b):
            b -= 1
        if b <= a:
            return None
    elif not _END[None].match(norm, b):
        return None
    lo_hi = _DIGIT_COUNT.get(label)
    if lo_hi:
        n = sum(c.isdigit() for c in norm[a:b])
        if not lo_hi[0] <= n <= lo_hi[1]:
            return None
    return a, b


#: Contact words whose number may come after a name and a relation on the same line (連絡先：仲宗根 勇（父）52-4416).
_CONTACT = frozenset({"連絡先", "緊急連絡先"})
_CONTACT_NUMBER = re.compile(r"[^\n。0-9]{1,16}?(?<![0-9A-Za-z-])(?P<v>[0-9]{2,4}-[0-9]{2,4}(?:-[0-9]{3,4})?)(?![0-9A-Za-z-])")


def _contact_number(norm: str, pos: int) -> tuple[int, int] | None:
    """A hyphenated number a few characters after a contact word, with a name or a relation between (stop 41)."""
    m = _CONTACT_NUMBER.match(norm, pos)
    if m is None or not 6 <= sum(c.isdigit() for c in m.group("v")) <= 11:
        return None
    return m.span("v")


def _span(view: TextView, label: str, a: int, b: int, word: str, where: str) -> Span:
    ok = check(label, view.norm[a:b])
    score, reason = SCORE, f"{where}「{word}」の値"
    if ok is False:
        score, reason = SCORE_CHECK_FAILED, reason + "・検査数字が合わない"
    if label in LOW_SCORE:
        score = LOW_SCORE[label]
    start, end = view.span(a, b)
    return Span(label, start, end, view.original[start:end], score, NAME, reason,
                data={"labelled": word, **({"check_failed": True} if ok is False else {})})


def _running(view: TextView) -> Iterable[Span]:
    norm = view.norm
    for m in _RUNNING.finditer(norm):
        word = m.group("w")
        label = LABEL_WORDS[word]
        if m.start() and norm[m.start() - 1].isascii() and norm[m.start() - 1].isalnum() and word.isascii():
            continue  # HOTEL, motel …
        if label == "PERSON" and not m.group("sep").strip(" \t") and not (word in SPACED_FIELDS and m.group("sep")):
            continue  # 「氏名」 in running text with no colon: 氏名を記入 …
        if word == "名前" and (owner := _OWNER.search(norm, max(0, m.start() - 8), m.start())) and owner.group(1) not in _PERSON_OWNERS:
            continue  # 宿の名前は『ひらど船宿』に, 犬の名前は: the name of a thing, not a person's (n-dev-470)
        if word in NEEDS_COLON:
            if ":" not in m.group("sep"):
                continue
            h = _HANDLE.match(norm, m.end())  # (an account's ID may have no digits: LINE ID：sato_farm)
            if h is not None:
                yield _span(view, label, *h.span(), word, "ラベル")
            continue
        if word in NEEDS_PERSON and not _PERSON_ON_LINE.search(norm, max(0, m.start() - 200), m.end() + 200):
            continue
        if word in NEEDS_PHONE_BEFORE and not _PHONE_BEFORE.search(norm, max(0, m.start() - 40), m.start()):
            word, label = "番号", "MEMBER_ID"  # 会員証の旧番号：…: no phone word before, the bare 番号 rule decides
        if word in NEEDS_HOLDER and not (m.group("sep").strip(" \t") and _HOLDER_BEFORE.search(norm, max(0, m.start() - 12), m.start())):
            continue
        v = _value(label, norm, m.end())
        if v is None and label == "PHONE" and (owner := _LINE_OWNER.match(norm, m.end())):
            v = _value(label, norm, owner.end())  # 電話：自宅 38-2275
        if v and word in NEEDS_PHONE_SHAPE:
            shaped = _PHONE_SHAPE.match(norm, v[0], v[1])
            if shaped is None or norm[shaped.end() : shaped.end() + 1].isdigit():
                continue
            v = (v[0], shaped.end())  # (57-3390(10時: the hours after it are no part of it)
        if word == "名義" and (not v or not re.fullmatch(r"[ \t]*[:：]?[ \t]*", m.group("sep"))
                               or not _KATAKANA_HOLDER.fullmatch(norm, v[0], v[1])):
            continue
        if v is None and word in _CONTACT and m.group("sep").strip(" \t"):
            v = _contact_number(norm, m.end())  # 連絡先：仲宗根 勇（父）52-4416: a name and a relation first
        if v and word in _CONTACT and norm.startswith(("0", "+"), v[0]):
            continue  # 連絡先 010-3229-1214: a number with its area code is the phone recognizer's to check (it knows
            # the numbering plan); after 連絡先 this rule reads only a local number written without one
        if v and "(" in m.group("sep") and not m.group("sep").rstrip(" \t").endswith(":") and not norm.startswith(")", v[1]) and not _AS_EXAMPLE.match(norm, v[1]) and not (
                label == "PHONE" and norm.startswith(("、", ","), v[1]) and "-" in norm[v[0]:v[1]]):
            continue  # 社員番号（2024年度入社分）: a bracket separates only a value it closes around (but 電話（23-5076、
            # 熊谷まで）: a phone number and whom to ask, stop 41)
        while v:
            yield _span(view, label, *v, word, "ラベル")
            # 「会員番号：HS-20871／HS-20872」: more values of the same kind and shape after a slash or a comma share the
            # label (not 「職員番号 RN-0317、1993年生まれ」: a year after it has another shape)
            nxt = _MORE.match(norm, v[1]) if label != "PERSON" else None
            w = _value(label, norm, nxt.end()) if nxt else None
            v = w if w and _shape(norm[w[0]:w[1]]) == _shape(norm[v[0]:v[1]]) else None
    if "番" in norm:
        for m in _SHORT_NUMBER.finditer(norm):  # 会員番号は27番で登録: a small club's own numbering
            yield _span(view, "MEMBER_ID", *m.span("v"), m.group("w"), "ラベル")
        for m in _HOUSEHOLD_NUMBERS.finditer(norm):  # 未納は112番と047番のお宅です: a roster's numbers of households
            for n in re.finditer(r"[0-9]{2,4}番", m.group()):
                yield _span(view, "MEMBER_ID", m.start() + n.start(), m.start() + n.end(), "番の世帯", "名簿の番号")
    if "No" in norm:
        for m in _BARE_NO.finditer(norm):  # No.TY-2026-118: a case's reference code (letters, a hyphen, digits)
            yield _span(view, "MEMBER_ID", *m.span("v"), "No.", "ラベル")
    if "例" in norm:
        for m in _EXAMPLE_CODE.finditer(norm):  # 番号（名札の裏、例：AK-24-117）: the example is a real holder's code
            yield _span(view, "MEMBER_ID", *m.span("v"), "番号の例", "ラベル")


def _cells(view: TextView) -> Iterable[Span]:
    """Rows under a tab-separated header whose cells are label words."""
    norm = view.norm
    if "\t" not in norm:
        return
    lines = norm.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    header: dict[int, str] | None = None
    width = 0
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) < 2:
            header = None
            continue
        named = {j: c.strip() for j, c in enumerate(cells) if c.strip() in LABEL_WORDS and c.strip() not in NEEDS_HOLDER}
        if named:
            header, width = named, len(cells)
            continue
        if header is None or len(cells) != width:
            header = None
            continue
        col = offsets[i]
        for j, cell in enumerate(cells):
            word = header.get(j)
            if word is not None:
                label = LABEL_WORDS[word]
                lead = len(cell) - len(cell.lstrip())
                a, b = col + lead, col + len(cell.rstrip())
                v = _value(label, norm, a) if b > a else None
                if v and v[1] == b:
                    yield _span(view, label, v[0], v[1], word, "表の列")
            col += len(cell) + 1


#: A card number written a sentence after the card is named (クレジットカード番号が手書きで残っていた。番号は「4539 …」):
#: four groups of four digits within 80 characters after a card word, with no other digit between (stop 42, read
#: anonymize dev wave 14 — the number's Luhn check failed, so jp.credit_card.v1 dropped it).
#: (stop 43, read anonymize dev wave 15: ガソリンカード（給油・食材購入用）4980 … — a named card, 30 characters before; a bare
#: カード without 番号 is left to jp.credit_card.v1's check)
_CARD_NEAR = re.compile(r"カード(?:(?:の)?番号[^0-9\n]{0,80}?|(?<=[ァ-ヴ一-龥A-Za-z]カード)[^0-9\n]{0,30}?)(?<![0-9])(?P<v>[0-9]{4}([ -])[0-9]{4}\2[0-9]{4}\2[0-9]{4})(?![0-9])")
#: A local number without its area code that the text tells to call (当院 72-1304（午前中）までお問い合わせ: stop 42):
#: まで, then a word of calling within a few characters.
_CALL_NUMBER = re.compile(r"(?<![0-9A-Za-z.\-/:])(?P<v>[0-9]{2,4}-[0-9]{4})(?![0-9A-Za-z\-/:])(?:[ \t]?\([^()\n]{1,12}\))?まで"
                          r"[^\n。0-9]{0,6}?(?:お問い?合わせ|お問合せ|ご連絡|連絡|お電話|電話|ご相談|ご予約|予約|お申し?込み|お気軽に)")


#: A local number in brackets after the word of asking and before まで (お問い合わせは当店（22-1183）まで; stop 44, written before
#: tuning, not from a read document).
_ASK_NUMBER = re.compile(r"(?:お問い?合わせ|お問合せ|問い合わせ|ご連絡|ご予約|予約|お申し?込み)(?:先)?は[^\n。0-9]{0,10}?\((?P<v>[0-9]{2,4}-[0-9]{4})\)まで")


def _near(view: TextView) -> Iterable[Span]:
    """Values a label word stands near rather than right before (:data:`_CARD_NEAR`, :data:`_LIKE_CODE`, :data:`_CALL_NUMBER`)."""
    norm = view.norm
    if "カード" in norm:
        for m in _CARD_NEAR.finditer(norm):
            yield _span(view, "CREDIT_CARD", *m.span("v"), "カード番号", "近くのラベル")
    if "のよう" in norm:
        for m in _LIKE_CODE.finditer(norm):
            if _NUMBER_WORD.search(norm, max(0, m.start() - 12), m.start()) or _NUMBER_WORD.search(norm, m.end(), m.end() + 10):
                yield _span(view, "MEMBER_ID", *m.span("v"), "〜のような番号", "番号の例")
    if "まで" in norm:
        for m in _CALL_NUMBER.finditer(norm):
            yield _span(view, "PHONE", *m.span("v"), "〜まで", "問い合わせ先")
        for m in _ASK_NUMBER.finditer(norm):
            yield _span(view, "PHONE", *m.span("v"), "お問い合わせは〜まで", "問い合わせ先")


class LabelledValueRecognizer:
    """Running-text labels and table headers (see the module docstring)."""

    name = NAME
    label = "MEMBER_ID"
    labels = tuple(sorted(set(LABEL_WORDS.values())))

    def find(self, view: TextView) -> list[Span]:
        return [*_running(view), *_cells(view), *_near(view)]


RECOGNIZER = register(LabelledValueRecognizer())
