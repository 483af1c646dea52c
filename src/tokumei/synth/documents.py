"""Generated Japanese business texts with gold personal-information spans.

Four kinds, as an adviser or a small business writes them: ``case_study`` (事例紹介の下書き),
``hr_form`` (入社手続きの記録), ``customer_notice`` (顧客へのお知らせ・対応記録), ``invoice``
(請求書・送付状). Each document records gold spans for every label it contains (names are the bare
name; a following honorific is not part of the span) and the hard negatives it contains (amounts,
percentages, times, years, order/invoice/article numbers, 12-digit numbers failing the My Number
check) that a detector must not report.

例::

    >>> docs = generate_documents(2, seed=1)
    >>> all(d.text[s.start:s.end] == s.text for d in docs for s in d.gold)
    True
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date

from tokumei.detect.wareki import to_wareki
from tokumei.span import Span
from tokumei.synth import pools
from tokumei.synth.builder import TextBuilder


@dataclass(frozen=True)
class SynthDoc:
    kind: str
    text: str
    gold: list[Span]
    negatives: list[Span]


def _fw(s: str) -> str:
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def _wareki(d: date, rng: random.Random) -> str:
    """和暦 (昭和60年4月1日), its abbreviation (S60.4.1) or both (1985年（昭和60年）4月1日)."""
    style = rng.randrange(3)
    if style == 1:
        return to_wareki(d, abbr=True)
    full = to_wareki(d)
    if style == 0:
        return full
    era_year = full[: full.index("年") + 1]
    return f"{d.year}年（{era_year}）{d.month}月{d.day}日"


def date_text(d: date, rng: random.Random) -> str:
    """A date in one of the common notations (西暦/和暦/slash/full-width)."""
    style = rng.randrange(5)
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}/{d.month}/{d.day}"
    if style == 2:
        return _wareki(d, rng)
    if style == 3:
        return _fw(f"{d.year}年{d.month}月{d.day}日")
    return _wareki(d, rng)


def _bad_my_number(rng: random.Random) -> str:
    good = pools.my_number(rng)
    return good[:11] + str((int(good[11]) + rng.randint(1, 9)) % 10)


def health_insurer_number(rng: random.Random) -> str:
    """8-digit 保険者番号 (法別2+都道府県2+保険者別3+検証1; 検証番号 by the Luhn-style rule)."""
    return pools.luhn_complete(rng.choice(["01", "06", "31", "32", "34"]) + f"{rng.randint(1, 47):02d}" + pools.digits(rng, 3))


def _negatives(b: TextBuilder, rng: random.Random) -> None:
    choices = [
        lambda: b.add("見積額は").neg("amount", f"{rng.randint(1, 9)},{rng.randint(100, 999)}万円").add("です。"),
        lambda: b.add("粗利率は").neg("percent", f"{rng.randint(1, 60)}%").add("に改善しました。"),
        lambda: b.add("打合せは").neg("time", f"{rng.randint(9, 17)}:{rng.choice(['00', '30'])}").add("からです。"),
        lambda: b.add("注文番号 ").neg("order", pools.digits(rng, 12)).add(" の件です。"),
        lambda: b.add("請求書番号 ").neg("invoice", f"INV-{rng.randint(2019, 2026)}-{rng.randint(1, 9999):04d}").add("。"),
        lambda: b.add("就業規則").neg("article", f"第{rng.randint(1, 60)}条第{rng.randint(1, 5)}項").add("を改定。"),
        lambda: b.neg("year", f"{rng.randint(1990, 2026)}年").add("に制度を導入しました。"),
        lambda: b.add("管理番号 ").neg("bad_my_number", _bad_my_number(rng)).add(" を付番。"),
        lambda: b.add("単価").neg("amount", f"{rng.randint(1, 99)},{rng.randint(100, 999)}円").add("。"),
    ]
    for _ in range(rng.randint(2, 4)):
        rng.choice(choices)()
        b.add("\n")


def _case_study(rng: random.Random) -> TextBuilder:
    b = TextBuilder()
    boss, emp, adviser = pools.person(rng), pools.person(rng), pools.person(rng)
    co = pools.company(rng)
    addr = pools.address(rng)
    b.add("# 事例紹介（下書き）\n\n")
    b.pii("ORGANIZATION", co.name, "o1").add("（法人番号 ").pii("CORPORATE_NUMBER", pools.corporate_number(rng)).add("）は、")
    b.pii("ADDRESS", addr.full).add("に本社を置く会社です。代表の")
    b.pii("PERSON", boss.full, "p1").add("社長（").pii("DATE_OF_BIRTH", date_text(pools.birth_date(rng), rng)).add("生まれ）は、")
    b.add("当初から人手不足に悩んでいました。").pii("PERSON", boss.family, "p1").add("社長によると、")
    b.add("経理担当の").pii("PERSON", emp.full, "p2").add("さんが中心となって改善を進めたそうです。\n")
    b.add("初回面談は").pii("DATE", date_text(pools.birth_date(rng, 2018, 2025), rng)).add("でした。")
    b.pii("PERSON", emp.family, "p2").add("さんの連絡先は携帯 ").pii("PHONE", pools.mobile(rng))
    b.add("、メール ").pii("EMAIL", pools.email(rng, emp.family_kana.lower() and f"{rng.choice(['keiri', 'staff', 'hr'])}{rng.randint(1, 99)}")).add(" です。\n")
    b.add("会社の代表電話は ").pii("PHONE", pools.phone(rng)).add("、ウェブサイトは ")
    b.pii("URL", f"https://www.{rng.choice(['mirai', 'aoba', 'sakura', 'hikari'])}-{rng.randint(1, 99)}.example.jp/").add(" です。\n")
    _negatives(b, rng)
    b.add("支援したのは").pii("PERSON", adviser.full, "p3").add("（").pii("ORGANIZATION", pools.shop(rng).name, "o2").add("）です。\n")
    return b


def _hr_form(rng: random.Random) -> TextBuilder:
    b = TextBuilder()
    p = pools.person(rng)
    addr = pools.address(rng)
    b.add("入社手続き記録\n氏名：").pii("PERSON", p.full, "p1").add("\nフリガナ：").pii("PERSON", p.full_kana, "p1")
    b.add("\n生年月日：").pii("DATE_OF_BIRTH", date_text(pools.birth_date(rng), rng))
    b.add("\n住所：〒").pii("POSTAL_CODE", addr.postal_code).add(" ").pii("ADDRESS", addr.full)
    b.add("\n電話番号：").pii("PHONE", pools.mobile(rng))
    b.add("\n個人番号：").pii("MY_NUMBER", pools.my_number(rng))
    b.add("\n基礎年金番号：").pii("PENSION_NUMBER", f"{pools.digits(rng, 4)}-{pools.digits(rng, 6)}")
    b.add("\n雇用保険被保険者番号：").pii("EMPLOYMENT_INSURANCE_NUMBER", f"{pools.digits(rng, 4)}-{pools.digits(rng, 6)}-{rng.randrange(10)}")
    b.add("\n健康保険 保険者番号：").pii("HEALTH_INSURANCE_NUMBER", health_insurer_number(rng))
    b.add("\n運転免許証番号：").pii("DRIVERS_LICENSE", pools.digits(rng, 12))
    b.add("\n給与振込先：").add(rng.choice(["静岡銀行", "みずほ銀行", "三井住友銀行", "横浜銀行"]))
    b.add(f" {rng.choice(['本店', '駅前支店', '中央支店'])} 普通 ").pii("BANK_ACCOUNT", pools.digits(rng, 7))
    if rng.random() < 0.5:
        b.add("\n旅券番号：").pii("PASSPORT", rng.choice("MTR") + rng.choice(string.ascii_uppercase) + pools.digits(rng, 7))
    else:
        b.add("\n在留カード番号：").pii("RESIDENCE_CARD", rng.choice(["AB", "CD", "EF", "UH"]) + pools.digits(rng, 8) + rng.choice(["CD", "EF", "GH", "JK"]))
    b.add("\n入社日：").pii("DATE", date_text(pools.birth_date(rng, 2020, 2025), rng)).add("\n")
    _negatives(b, rng)
    return b


def _customer_notice(rng: random.Random) -> TextBuilder:
    b = TextBuilder()
    p = pools.person(rng)
    addr = pools.address(rng)
    co = pools.company(rng)
    b.pii("PERSON", p.full, "p1").add(" 様\n\n").pii("ORGANIZATION", co.name, "o1").add("でございます。")
    b.add("ご登録の住所（〒").pii("POSTAL_CODE", addr.postal_code).add(" ").pii("ADDRESS", addr.full).add("）宛に、")
    b.pii("DATE", date_text(pools.birth_date(rng, 2023, 2026), rng)).add("付で書類をお送りしました。\n")
    b.add("ご登録のカード（").pii("CREDIT_CARD", pools.credit_card(rng)).add("）の有効期限が近づいております。\n")
    b.add("ログイン元IPアドレス ").pii("IP_ADDRESS", f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    b.add(" からのアクセスを確認しました。\nお問い合わせは ").pii("PHONE", pools.phone(rng)).add(" または ")
    b.pii("EMAIL", pools.email(rng)).add(" までお願いいたします。\n")
    _negatives(b, rng)
    return b


def _invoice(rng: random.Random) -> TextBuilder:
    b = TextBuilder()
    co, me = pools.company(rng), pools.company(rng)
    p = pools.person(rng)
    addr = pools.address(rng)
    b.add("請求書\n\n").pii("ORGANIZATION", co.name, "o1").add(" 御中\nご担当：").pii("PERSON", p.family, "p1").add("様\n\n")
    b.add("発行日：").pii("DATE", date_text(pools.birth_date(rng, 2024, 2026), rng)).add("\n")
    _negatives(b, rng)
    b.add("発行元：").pii("ORGANIZATION", me.name, "o2").add("\n〒").pii("POSTAL_CODE", addr.postal_code).add(" ")
    b.pii("ADDRESS", addr.full).add("\nTEL ").pii("PHONE", pools.phone(rng)).add("\n登録番号 T")
    b.pii("CORPORATE_NUMBER", pools.corporate_number(rng)).add("\n振込先：").add(rng.choice(["静岡銀行", "りそな銀行"]))
    b.add(" 本店 当座 ").pii("BANK_ACCOUNT", pools.digits(rng, 7)).add("\n")
    return b


KINDS = {"case_study": _case_study, "hr_form": _hr_form, "customer_notice": _customer_notice, "invoice": _invoice}


def generate_documents(n: int, seed: int = 0, kinds: tuple[str, ...] | None = None) -> list[SynthDoc]:
    """``n`` documents cycling through the kinds, reproducible for a given seed."""
    rng = random.Random(seed)
    names = list(kinds or KINDS)
    out = []
    for i in range(n):
        kind = names[i % len(names)]
        b = KINDS[kind](rng)
        out.append(SynthDoc(kind, b.text, b.gold, b.negatives))
    return out
