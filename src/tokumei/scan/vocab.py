"""Column-name vocabulary (Japanese and English) → personal-data category.

Scan categories are the detection labels (:data:`tokumei.span.LABELS`) plus PASSWORD,
PASSWORD_HASH, GENDER, AGE and the 要配慮個人情報 (個人情報保護法 第2条第3項) categories
SENSITIVE_HEALTH (病歴), SENSITIVE_DISABILITY (障害), SENSITIVE_CRIMINAL (犯罪歴),
SENSITIVE_BELIEF (信条), SENSITIVE_RACE (人種), SENSITIVE_VICTIM (犯罪被害), SENSITIVE_MEDICAL_CARE
(診療・調剤, 施行令第2条第3号), SENSITIVE_HEALTH_CHECK (健康診断等の結果, 同第2号),
SENSITIVE_SOCIAL_STATUS (社会的身分).

Japanese keywords match as substrings of the NFKC-normalised name (半角カナ → 全角); English
keywords match whole tokens (``customer_name`` → name, ``birthDate`` → birth, date) or the
name with separators removed (``e-mail`` → email). Rules are tried in order; the first wins.

Numbered and split columns (``tel01``, ``TEL1``, ``order_tel01``, ``電話番号2``, ``郵便番号（上3桁）``)
are named by their base (:func:`split_name`): ``tel01`` → ``tel`` → PHONE. A name that describes a
number about the thing (``birth_point``, ``mail_count``, ``誕生日ポイント``) is not the thing
(:data:`MEASURE_EN`, :data:`MEASURE_JA`), and technical identifiers (``secret_key``, ``salt``,
``tracking_no``, ``pre_order_id``) are named by :func:`technical_name` so that values which merely
look like a number with a check digit are not taken for a person's number.

例::

    >>> name_category("電話番号")
    ('PHONE', '電話')
    >>> name_category("company_name")
    ('ORGANIZATION', 'company')
"""
from __future__ import annotations

import re
import unicodedata

from tokumei.span import LABEL_JA, LABELS

SENSITIVE: tuple[str, ...] = (
    "SENSITIVE_HEALTH", "SENSITIVE_DISABILITY", "SENSITIVE_CRIMINAL",
    "SENSITIVE_BELIEF", "SENSITIVE_RACE", "SENSITIVE_VICTIM",
    "SENSITIVE_MEDICAL_CARE", "SENSITIVE_HEALTH_CHECK", "SENSITIVE_SOCIAL_STATUS",
)
#: Every category a scan can report.
SCAN_CATEGORIES: tuple[str, ...] = LABELS + ("PASSWORD", "PASSWORD_HASH", "GENDER", "AGE") + SENSITIVE
CATEGORY_JA: dict[str, str] = {
    **LABEL_JA,
    "PASSWORD": "パスワード", "PASSWORD_HASH": "パスワードハッシュ", "GENDER": "性別", "AGE": "年齢",
    "SENSITIVE_HEALTH": "要配慮:病歴", "SENSITIVE_DISABILITY": "要配慮:障害",
    "SENSITIVE_CRIMINAL": "要配慮:犯罪歴", "SENSITIVE_BELIEF": "要配慮:信条",
    "SENSITIVE_RACE": "要配慮:人種", "SENSITIVE_VICTIM": "要配慮:犯罪被害",
    "SENSITIVE_MEDICAL_CARE": "要配慮:診療・調剤", "SENSITIVE_HEALTH_CHECK": "要配慮:健康診断等の結果",
    "SENSITIVE_SOCIAL_STATUS": "要配慮:社会的身分", "HEALTH_INFO": "要確認:健康に関する記述",
}

# (category, japanese substrings, english tokens / joined names, japanese exact names)
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("PASSWORD_HASH", ("パスワードハッシュ", "ハッシュ化パスワード"),
     ("passwordhash", "pwhash", "passhash", "hashedpassword", "passworddigest", "passwdhash"), ()),
    # a reminder answer (秘密の質問の答え) is a secret that signs a person in: kept like a password
    ("PASSWORD", ("パスワード", "暗証番号", "暗証", "秘密の質問の答え", "合言葉"),
     ("password", "passwd", "pwd", "pw", "pass", "passcode", "reminderanswer", "secretanswer"), ()),
    ("SENSITIVE_HEALTH", ("病歴", "病名", "既往歴", "既往症", "診断", "傷病", "健康状態", "服薬", "通院", "持病"),
     ("medical", "diagnosis", "disease", "illness", "medication", "medicalhistory"), ()),
    ("SENSITIVE_DISABILITY", ("障害", "障がい", "障碍"), ("disability", "handicap", "disabled"), ()),
    ("SENSITIVE_CRIMINAL", ("犯罪歴", "前科", "逮捕歴", "刑事"), ("criminal", "conviction", "criminalrecord"), ()),
    ("SENSITIVE_VICTIM", ("犯罪被害", "被害歴"), ("victim",), ()),
    ("SENSITIVE_BELIEF", ("信条", "宗教", "信仰", "支持政党", "思想"), ("religion", "belief", "political", "faith"), ()),
    ("SENSITIVE_RACE", ("人種", "民族"), ("race", "ethnicity", "ethnic"), ()),
    ("MY_NUMBER", ("マイナンバー", "個人番号"), ("mynumber", "mynum", "kojinbango"), ()),
    ("CORPORATE_NUMBER", ("法人番号",), ("corporatenumber", "houjinbango"), ()),
    ("CREDIT_CARD", ("カード番号", "クレジットカード", "クレカ"),
     ("card", "cardno", "cardnumber", "ccnumber", "pan", "creditcard", "cc", "ccno"), ()),
    ("MEMBER_ID", ("会員番号", "顧客番号", "お客様番号", "社員番号", "従業員番号", "職員番号", "患者番号", "患者ID",
                   "診察券番号", "会員ID", "顧客ID",
                   # the label words of jp.labelled_value.v1 (#12) that a column may be named by
                   "カルテ番号", "利用者番号", "組合員番号", "会員No", "社員No"),
     ("memberid", "memberno", "customerid", "customerno", "employeeid", "employeeno", "staffid", "patientid"), ()),
    ("BANK_ACCOUNT", ("口座番号", "口座"), ("accountnumber", "bankaccount", "iban", "accountno"), ()),
    ("PENSION_NUMBER", ("基礎年金番号", "年金番号"), ("pension", "pensionnumber"), ()),
    ("EMPLOYMENT_INSURANCE_NUMBER", ("雇用保険",), ("employmentinsurance",), ()),
    ("HEALTH_INSURANCE_NUMBER", ("保険証", "被保険者番号", "健康保険"), ("healthinsurance", "insuranceno"), ()),
    ("DRIVERS_LICENSE", ("免許証", "運転免許"), ("license", "licence", "driverslicense", "licenseno"), ()),
    ("PASSPORT", ("旅券", "パスポート"), ("passport",), ()),
    ("RESIDENCE_CARD", ("在留カード",), ("residencecard",), ()),
    ("DATE_OF_BIRTH", ("生年月日", "誕生日", "生年"), ("dob", "birth", "birthday", "birthdate", "dateofbirth", "bday"), ()),
    ("AGE", ("年齢",), ("age",), ("歳",)),
    ("GENDER", ("性別",), ("gender", "sex"), ()),
    ("POSTAL_CODE", ("郵便番号", "〒", "郵便"), ("zip", "zipcode", "postal", "postcode", "postalcode"), ()),
    ("EMAIL", ("メール",), ("email", "mail", "emailaddress", "mailaddress"), ()),
    ("IP_ADDRESS", ("IPアドレス", "ipアドレス"), ("ip", "ipaddress", "ipaddr"), ()),
    ("PHONE", ("電話", "携帯", "ファックス", "FAX", "fax"), ("tel", "phone", "mobile", "fax", "telephone", "cell", "phonenumber", "telno"), ()),
    ("ADDRESS", ("住所", "所在地", "居所", "番地", "都道府県", "市区町村"),
     ("address", "addr", "street", "city", "prefecture", "pref", "prefid", "prefectureid"), ()),
    ("URL", ("ホームページ",), ("url", "website", "homepage"), ()),
    ("ORGANIZATION", ("会社名", "会社", "社名", "法人名", "勤務先", "企業名", "団体名"),
     ("company", "organization", "organisation", "employer", "corp", "companyname"), ()),
    ("PERSON", ("氏名", "名前", "姓名", "ふりがな", "フリガナ", "カナ", "者名", "人名", "顧客名", "会員名", "社員名", "従業員名", "患者名", "名義"),
     ("name", "fullname", "firstname", "lastname", "surname", "givenname", "familyname", "kana", "furigana", "holder"),
     ("姓", "名", "セイ", "メイ", "名字", "苗字", "ふりがな")),
)

# tokens that turn "xxx_name" into a non-personal name (product_name, file_name …)
_NOT_PERSON_EN = frozenset({"product", "item", "file", "table", "column", "host", "domain", "user", "shop",
                            "store", "brand", "category", "plan", "rank", "course", "service", "app",
                            "device", "menu", "tag", "event", "project", "campaign", "bank", "branch"})
_NOT_PERSON_JA = ("商品", "品名", "ファイル", "店舗", "部署", "プラン", "ランク", "コース", "銀行", "支店", "ユーザー名")

#: Tokens that make a name describe a count/flag/score about a thing rather than the thing
#: itself (``birth_point`` is a number of points, not a date of birth).
MEASURE_EN = frozenset({"point", "points", "pt", "count", "cnt", "num", "flg", "flag", "score", "amount",
                        "total", "coupon", "bonus", "status", "type", "rank", "level",
                        "limit", "max", "min", "len", "length", "magazine", "mailmaga", "format"})
MEASURE_JA = ("ポイント", "特典", "クーポン", "フラグ", "回数", "件数", "桁数")

#: Technical identifiers: random keys, salts, tracking and order numbers, product codes.
TECHNICAL_EN = frozenset({"salt", "secret", "secretkey", "token", "nonce", "uuid", "guid", "session", "sessionid",
                          "csrf", "apikey", "tracking", "trackingno", "trackingnumber", "slip", "slipno", "jan",
                          "jancode", "sku", "barcode", "productcode", "itemcode", "orderid", "preorderid",
                          "transactionid", "hash", "checksum", "digest", "key", "code", "id"})
TECHNICAL_JA = ("伝票番号", "追跡番号", "お問い合わせ番号", "問合せ番号", "注文番号", "受注番号", "商品コード",
                "JANコード", "JAN", "品番", "型番", "秘密鍵", "ソルト", "トークン")

_SUFFIX = re.compile(r"^(?P<base>.+?)[_\-\s]*(?:(?P<num>\d{1,2})|\((?P<part>[^()]*)\))$")

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPLIT = re.compile(r"[^0-9a-z]+")


def normalize_name(name: str) -> str:
    """NFKC + strip. 例: ``normalize_name("ﾌﾘｶﾞﾅ") == "フリガナ"``"""
    return unicodedata.normalize("NFKC", name).strip()


def _tokens(name: str) -> tuple[list[str], str]:
    ascii_part = _CAMEL.sub("_", name).lower()
    toks = [t for t in _SPLIT.split(ascii_part) if t]
    return toks, "".join(toks)


def split_name(name: str) -> tuple[str, str | None]:
    """``(base, part)`` of a numbered or split column name; ``part`` is None for a plain name.

    例: ``split_name("tel01") == ("tel", "01")``; ``split_name("郵便番号（上3桁）") == ("郵便番号", "上3桁")``;
    ``split_name("氏名") == ("氏名", None)``
    """
    norm = normalize_name(name)
    m = _SUFFIX.match(norm)
    if not m or not m.group("base").strip("_- "):
        return norm, None
    return m.group("base").strip("_- "), m.group("num") or m.group("part")


def technical_name(name: str) -> str | None:
    """The keyword when a column name says it holds a technical identifier (random key, salt,
    tracking/order number, product code), else None.

    例: ``technical_name("secret_key") == "secret"``; ``technical_name("電話番号") is None``
    """
    norm = normalize_name(name)
    toks, joined = _tokens(split_name(norm)[0])
    for kw in TECHNICAL_JA:
        if kw.lower() in norm.lower():
            return kw
    for t in [joined, *toks]:
        if t in TECHNICAL_EN:
            return t
    return None


def name_category(name: str) -> tuple[str, str] | None:
    """Category suggested by a column name, with the keyword that matched, or None.
    A numbered or split name is tried whole, then by its base (``tel01`` → ``tel``).

    例: ``name_category("ふりがな") == ("PERSON", "ふりがな")``; ``name_category("備考") is None``;
    ``name_category("order_tel01") == ("PHONE", "tel")``; ``name_category("birth_point") is None``
    """
    norm = normalize_name(name)
    if not norm:
        return None
    toks, _ = _tokens(norm)
    if set(toks) & MEASURE_EN or any(x in norm for x in MEASURE_JA):
        return None
    got = _name_category(norm)
    if got is None:
        base, part = split_name(norm)
        if part is not None:
            got = _name_category(base)
    return got


def _name_category(norm: str) -> tuple[str, str] | None:
    toks, joined = _tokens(norm)
    tokset = set(toks)
    low = norm.lower()
    for cat, ja, en, exact in _RULES:
        if norm in exact:
            return cat, norm
        for kw in ja:
            if kw.lower() in low:
                if cat == "PERSON" and any(x in norm for x in _NOT_PERSON_JA):
                    break
                return cat, kw
        for kw in en:
            if kw in tokset or (len(kw) >= 5 and kw == joined):
                if cat == "PERSON" and tokset & _NOT_PERSON_EN:
                    break
                return cat, kw
    return None
