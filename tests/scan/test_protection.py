"""Protection state: hash schemes (real hashes), tokens, masks, ciphertext, plaintext cards."""
from __future__ import annotations

import base64
import hashlib
import os

import bcrypt
import pytest
from argon2 import PasswordHasher

from tokumei.scan.protection import hash_scheme, secret_state, summarize

_SALT = b"c2FsdHNhbHQ"
_PBKDF2 = base64.b64encode(hashlib.pbkdf2_hmac("sha256", b"pw", b"saltsalt", 1000)).decode()


@pytest.mark.parametrize("value, scheme", [
    (bcrypt.hashpw(b"pw", bcrypt.gensalt(4)).decode(), "bcrypt"),
    (bcrypt.hashpw(b"pw", bcrypt.gensalt(4, prefix=b"2a")).decode(), "bcrypt"),
    (PasswordHasher(time_cost=1, memory_cost=1024).hash("pw"), "argon2"),
    (f"pbkdf2_sha256$1000$saltsalt${_PBKDF2}", "pbkdf2"),
    (hashlib.md5(b"pw").hexdigest(), "md5"),
    (hashlib.sha1(b"pw").hexdigest(), "sha1"),
    (hashlib.sha256(b"pw").hexdigest(), "sha256"),
    (hashlib.sha256(b"pw").hexdigest().upper(), "sha256"),
    ("$1$abcdefgh$abcdefghijklmnopqrstuv", "md5_crypt"),
    ("$6$saltsalt$" + "a" * 86, "sha512_crypt"),
    ("password123", None),
    ("山田太郎", None),
    ("$2b$12$tooshort", None),
    ("0123456789abcdef", None),  # 16 hex: not a digest length
])
def test_hash_scheme(value, scheme):
    assert hash_scheme(value) == scheme


@pytest.mark.parametrize("value, state", [
    ("tok_4f9a8b7c6d5e4f3a", "tokenised"),
    ("****-****-****-1234", "masked"),
    ("************1234", "masked"),
    ("4111 1111 1111 1111", "plaintext"),
    ("4111 1111 1111 1112", None),  # Luhn fails
    (base64.b64encode(os.urandom(48)).decode(), "encrypted"),
    ("gAAAAABlZ3x9aGVsbG8gd29ybGQgdGhpcyBpcyBmZXJuZXQ=", "encrypted"),
    ("ordinary text", None),
    ("AAAAAAAAAAAAAAAAAAAAAAAAAAAA", None),  # low entropy
])
def test_secret_state(value, state):
    got = secret_state(value)
    assert (got[0] if got else None) == state


@pytest.mark.parametrize("counts, category, state, weak", [
    ({"hashed:bcrypt": 10}, "PASSWORD_HASH", "hashed", False),
    ({"hashed:bcrypt": 8, "hashed:md5": 2}, "PASSWORD_HASH", "hashed", True),
    ({"hashed:sha1": 3}, "PASSWORD", "mixed", True),  # 7 unmarked = plaintext passwords
    ({}, "PASSWORD", "plaintext", None),
    ({"plaintext:card": 10}, "CREDIT_CARD", "plaintext", None),
    ({"tokenised:token": 10}, "CREDIT_CARD", "tokenised", None),
])
def test_summarize(counts, category, state, weak):
    got = summarize(counts, 10, category)
    assert got["state"] == state
    assert got.get("weak") == weak
