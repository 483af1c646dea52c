"""The encrypted vault: pseudonym state and restore records, never written in plain text.

File ``<project>/.tokumei/vault.bin``::

    b"TKV1" | mode (b"P" passphrase / b"K" raw key) | argon2 t (1 byte) | m KiB (4 bytes BE)
    | p (1 byte) | salt (16) | nonce (12) | AES-256-GCM ciphertext+tag

The header is authenticated as associated data. A fresh random nonce is drawn for every write.
Keys: a raw 32-byte key from ``TOKUMEI_KEY`` (hex or base64) or a key file, or a passphrase
(``TOKUMEI_PASSPHRASE`` or a passphrase file) stretched with argon2id (RFC 9106; parameters
t=3, m=64 MiB, p=1 — the RFC's second recommended option, lowered in memory for small
machines). Libraries: ``cryptography`` (AES-GCM) and ``argon2-cffi`` (argon2id), both well
maintained wrappers of audited C code — no hand-written cryptography.

例::

    >>> v = Vault(Path("案件/.tokumei/vault.bin"), KeySource(key=bytes(32)))
    >>> v.save({"state": {}}); v.load()["state"]
    {}
"""
from __future__ import annotations

import base64
import binascii
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tokumei.errors import TokumeiError

MAGIC = b"TKV1"
_HEADER = struct.Struct(">4scBIB16s12s")
ARGON2 = {"t": 3, "m": 64 * 1024, "p": 1}


@dataclass(frozen=True)
class KeySource:
    """Where the key comes from: a raw 32-byte ``key`` or a ``passphrase`` (argon2id)."""

    key: bytes | None = None
    passphrase: bytes | None = None

    @classmethod
    def from_env(cls, passphrase_file: str | None = None, key_file: str | None = None) -> "KeySource":
        """Files given on the command line win over TOKUMEI_KEY, then TOKUMEI_PASSPHRASE (E505 if none)."""
        if key_file:
            return cls(key=_read_key_file(key_file))
        if passphrase_file:
            try:
                raw = Path(passphrase_file).read_bytes().rstrip(b"\r\n")
            except OSError as e:
                raise TokumeiError("E508", path=passphrase_file, why=e.strerror or type(e).__name__) from None
            if not raw:
                raise TokumeiError("E508", path=passphrase_file, why="空です")
            return cls(passphrase=raw)
        if os.environ.get("TOKUMEI_KEY"):
            return cls(key=parse_key(os.environ["TOKUMEI_KEY"], "TOKUMEI_KEY"))
        if os.environ.get("TOKUMEI_PASSPHRASE"):
            return cls(passphrase=os.environ["TOKUMEI_PASSPHRASE"].encode())
        raise TokumeiError("E505")


def parse_key(text: str, where: str) -> bytes:
    """32 bytes from 64 hex digits or base64. 例: ``parse_key("00" * 32, "env") == bytes(32)``"""
    s = text.strip()
    try:
        key = bytes.fromhex(s) if len(s) == 64 else base64.b64decode(s, validate=True)
    except (ValueError, binascii.Error):
        raise TokumeiError("E508", path=where, why="16進64桁か base64 の32バイト鍵にしてください") from None
    if len(key) != 32:
        raise TokumeiError("E508", path=where, why="鍵は32バイトにしてください")
    return key


def _read_key_file(path: str) -> bytes:
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise TokumeiError("E508", path=path, why=e.strerror or type(e).__name__) from None
    if len(raw) == 32:
        return raw
    try:
        return parse_key(raw.decode("ascii"), path)
    except UnicodeDecodeError:
        raise TokumeiError("E508", path=path, why="鍵の形式が不正です") from None


class Vault:
    """Load and save one JSON document, encrypted with AES-256-GCM."""

    def __init__(self, path: Path, keys: KeySource) -> None:
        self.path = Path(path)
        self.keys = keys
        self._derived: dict[bytes, bytes] = {}
        self._salt: bytes | None = None  # the file's, once loaded; else drawn on first use

    def _vault_salt(self) -> bytes:
        """The salt this vault is (or will be) written with: the loaded file's, else a fresh one, kept."""
        if self._salt is None:
            self._salt = os.urandom(16)
        return self._salt

    def _key(self, salt: bytes, t: int, m: int, p: int) -> bytes:
        if self.keys.key is not None:
            return self.keys.key
        hit = self._derived.get(salt)
        if hit is None:
            from argon2.low_level import Type, hash_secret_raw

            hit = hash_secret_raw(self.keys.passphrase or b"", salt, time_cost=t, memory_cost=m,
                                  parallelism=p, hash_len=32, type=Type.ID)
            self._derived[salt] = hit
        return hit

    def exists(self) -> bool:
        return self.path.is_file()

    def load(self) -> dict[str, Any]:
        """Decrypt; a wrong key or a changed file raises E301, a missing file E302."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            raise TokumeiError("E302", path=str(self.path)) from None
        if len(blob) < _HEADER.size + 16 or not blob.startswith(MAGIC):
            raise TokumeiError("E301", path=str(self.path))
        magic, mode, t, m, p, salt, nonce = _HEADER.unpack_from(blob)
        if (mode == b"K") != (self.keys.key is not None) or not (1 <= t <= 10 and 8 <= m <= 2**21 and 1 <= p <= 8):
            raise TokumeiError("E301", path=str(self.path))
        key = self._key(salt, t, m, p)
        try:
            plain = AESGCM(key).decrypt(nonce, blob[_HEADER.size :], blob[: _HEADER.size - 12])
        except InvalidTag:
            raise TokumeiError("E301", path=str(self.path)) from None
        self._salt = salt
        return json.loads(plain.decode("utf-8"))

    def save(self, doc: dict[str, Any]) -> None:
        """Encrypt with a fresh nonce and replace the file atomically (mode 0600)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = self._vault_salt()
        mode = b"K" if self.keys.key is not None else b"P"
        nonce = os.urandom(12)
        header = _HEADER.pack(MAGIC, mode, ARGON2["t"], ARGON2["m"], ARGON2["p"], salt, nonce)
        key = self._key(salt, ARGON2["t"], ARGON2["m"], ARGON2["p"])
        ct = AESGCM(key).encrypt(nonce, json.dumps(doc, ensure_ascii=False).encode("utf-8"), header[:-12])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(header + ct)
        os.replace(tmp, self.path)

    def hash_key(self, salt_hint: bytes = b"tokumei-hmac-v1") -> bytes:
        """A separate key for the ``hash`` policy's HMAC, derived from the vault key."""
        import hashlib
        import hmac

        salt = self._vault_salt()
        return hmac.new(self._key(salt, ARGON2["t"], ARGON2["m"], ARGON2["p"]), salt_hint, hashlib.sha256).digest()
