"""Protection state of a stored value: plaintext, password hash (by scheme), masked,
tokenised or encrypted. The breach duties depend on it (a leak of bcrypt hashes is not a leak
of plaintext passwords; unsalted MD5/SHA-1 counts as weak).

Why regexes and not passlib: passlib's last release is from 2020 and breaks with current
``bcrypt`` releases; its maintained fork (libpass) would add a dependency for what is, for
identification only, a handful of well-documented formats:

* bcrypt (OpenBSD / Modular Crypt Format): ``$2a$|$2b$|$2y$`` + 2-digit cost + 53 chars of
  bcrypt-base64 (22 salt + 31 hash)
* argon2 (PHC string format, RFC 9106): ``$argon2id$v=19$m=…,t=…,p=…$salt$hash``
* PBKDF2: Django ``pbkdf2_sha256$iterations$salt$hash`` and passlib/PHC ``$pbkdf2-sha256$…``
* scrypt (``$scrypt$`` / Django ``scrypt$``), SHA-crypt ``$5$``/``$6$``, MD5-crypt ``$1$``
* bare hex digests: 32 = MD5, 40 = SHA-1, 64 = SHA-256, 128 = SHA-512 (unsalted; weak)

例::

    >>> secret_state("$2b$12$" + "a" * 53)
    ('hashed', 'bcrypt')
    >>> secret_state("5f4dcc3b5aa765d61d8327deb882cf99")
    ('hashed', 'md5')
    >>> secret_state("tok_4f9a8b7c6d5e")
    ('tokenised', 'token')
"""
from __future__ import annotations

import math
import re
from collections import Counter

from tokumei.detect.recognizers.jp.credit_card import luhn_ok as card_luhn_ok

#: scheme -> compiled pattern, checked in order (most specific first).
HASH_SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bcrypt", re.compile(r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}")),
    ("argon2", re.compile(r"\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/.=-]+\$[A-Za-z0-9+/.=-]+")),
    ("pbkdf2", re.compile(r"(?:pbkdf2_sha(?:1|256|512)\$\d+\$[^$\s]+\$[A-Za-z0-9+/=]+)|(?:\$pbkdf2(?:-sha(?:1|256|512))?\$\d+\$[A-Za-z0-9+/.=]+\$[A-Za-z0-9+/.=]+)")),
    ("scrypt", re.compile(r"(?:\$scrypt\$|scrypt\$)\S+")),
    ("sha512_crypt", re.compile(r"\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}")),
    ("sha256_crypt", re.compile(r"\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}")),
    ("md5_crypt", re.compile(r"\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}")),
    ("md5", re.compile(r"[0-9a-fA-F]{32}")),
    ("sha1", re.compile(r"[0-9a-fA-F]{40}")),
    ("sha256", re.compile(r"[0-9a-fA-F]{64}")),
    ("sha512", re.compile(r"[0-9a-fA-F]{128}")),
)

#: Unsalted fast digests and MD5-crypt: a leak of these is treated like plaintext.
WEAK_SCHEMES = frozenset({"md5", "sha1", "sha256", "sha512", "md5_crypt"})

_TOKEN = re.compile(r"(?:tok|tkn|token|pm|card|src|cus)_[A-Za-z0-9]{8,}", re.IGNORECASE)
_MASKED = re.compile(r"^(?=.*[*＊●Xx×])[\d*＊●Xx× \-－]{8,}$")
_MASK_CHARS = re.compile(r"[*＊●×]{2,}|X{4,}|x{4,}")
_B64 = re.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")
_ENC_PREFIX = re.compile(r"(?:enc:|ENC\(|vault:v\d+:|gAAAAA)")
_CARD_CHARS = re.compile(r"[\d \-]{13,23}")


def luhn_ok(digits: str) -> bool:
    """Luhn check (ISO/IEC 7812) of a digit string; False for anything else.
    例: ``luhn_ok("4111111111111111") is True``"""
    return digits.isdigit() and card_luhn_ok(digits)


def is_plain_card(value: str) -> bool:
    """True for a Luhn-valid 13–19 digit card number written in clear (spaces/hyphens allowed).

    例: ``is_plain_card("4111 1111 1111 1111") is True``
    """
    v = value.strip()
    if not _CARD_CHARS.fullmatch(v):
        return False
    digits = v.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and luhn_ok(digits)


def hash_scheme(value: str) -> str | None:
    """Name of the password-hash scheme of ``value`` or None. 例: ``hash_scheme("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA") == "argon2"``"""
    v = value.strip()
    for name, rx in HASH_SCHEMES:
        if rx.fullmatch(v):
            return name
    return None


def shannon_bits(value: str) -> float:
    """Shannon entropy in bits per character. 例: ``shannon_bits("aaaa") == 0.0``"""
    if not value:
        return 0.0
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in Counter(value).values())


def looks_encrypted(value: str) -> bool:
    """Ciphertext-looking: known envelope prefixes, or long high-entropy base64 with mixed classes.

    例: ``looks_encrypted("gAAAAABlZ3x9...")`` (Fernet) → True
    """
    v = value.strip()
    if _ENC_PREFIX.match(v) and len(v) >= 16:
        return True
    if not _B64.fullmatch(v):
        return False
    classes = sum(bool(re.search(p, v)) for p in (r"[a-z]", r"[A-Z]", r"\d"))
    return classes == 3 and shannon_bits(v) >= 4.0


def secret_state(value: str) -> tuple[str, str] | None:
    """Classify how a value is protected: ``(state, detail)`` or None for ordinary text.

    States: ``hashed`` (detail = scheme), ``tokenised``, ``masked``, ``encrypted``,
    ``plaintext`` (detail = ``card``: a Luhn-valid card number in clear).
    例: ``secret_state("****-****-****-1234") == ("masked", "masked")``
    """
    v = value.strip()
    if not v:
        return None
    scheme = hash_scheme(v)
    if scheme:
        return ("hashed", scheme)
    if _TOKEN.fullmatch(v):
        return ("tokenised", "token")
    if _MASKED.fullmatch(v) and _MASK_CHARS.search(v):
        return ("masked", "masked")
    if is_plain_card(v):
        return ("plaintext", "card")
    if looks_encrypted(v):
        return ("encrypted", "encrypted")
    return None


def summarize(counts: dict[str, int], non_empty: int, category: str | None) -> dict | None:
    """Column protection summary from ``state:detail`` counts.

    ``state`` is the majority state; for PASSWORD/CREDIT_CARD columns values with no protection
    marker are counted as ``plaintext``. ``weak`` is true when any unsalted fast digest appears.
    例: ``summarize({"hashed:bcrypt": 9, "hashed:md5": 1}, 10, "PASSWORD_HASH")["weak"] is True``
    """
    if non_empty <= 0:
        return None
    states: Counter[str] = Counter()
    schemes: Counter[str] = Counter()
    for key, n in counts.items():
        state, _, detail = key.partition(":")
        states[state] += n
        if state == "hashed":
            schemes[detail] += n
    unmarked = non_empty - sum(states.values())
    if category in {"PASSWORD", "PASSWORD_HASH", "CREDIT_CARD", "MY_NUMBER"} and unmarked > 0:
        states["plaintext"] += unmarked
    if not states:
        return None
    top, top_n = max(sorted(states.items()), key=lambda kv: kv[1])
    out: dict = {
        "state": top if top_n / non_empty >= 0.8 else "mixed",
        "states": {k: round(v / non_empty, 4) for k, v in sorted(states.items())},
    }
    if schemes:
        out["schemes"] = {k: round(v / non_empty, 4) for k, v in sorted(schemes.items())}
        out["weak"] = any(s in WEAK_SCHEMES for s in schemes)
    return out
