"""The shipped crfsuite model with two-byte attribute names, for tagging (issue #11).

Why: python-crfsuite converts every attribute of every token on every call — the Python string is
copied into a ``std::string`` twice (the key, then the ``Attribute``), and crfsuite hashes it and
compares it with the key in its attribute dictionary (CQDB) to find the attribute's id. With the
model's own names (``-1w=株式会社``: 16 bytes, 40 % of them longer than the 15 bytes a ``std::string``
keeps without allocating) this was ≈ 5 µs per tagged token, 8 % of a GSD sentence's CPU time; the
Viterbi itself is ≈ 0.3 µs. Names of at most two bytes never allocate and hash in one step.

How: the model file keeps its features, weights, labels and references byte for byte; only a new
attribute dictionary is appended, mapping ``key(i)`` to the same attribute id ``i``, and the header's
``off_attrs`` points to it (the old dictionary stays, unread). crfsuite then finds exactly the ids it
found before, in the same order, so its state scores, tags and marginals are the same bits
(tests/detect/names/test_speed_equivalence.py). The tagger is given ``key(i)`` instead of the name.

Not done instead: running the Viterbi and forward-backward in Python/numpy over pre-resolved ids —
on windows of ≈ 9 tokens and 7 labels, per-step interpreter or numpy call overhead costs more than
crfsuite's whole tagging, and the marginals would not be crfsuite's bits.

File layout (crfsuite's ``crf1d_model.c`` and ``cqdb.c``): a 48-byte header (``lCRF``, size, ``FOMC``,
version, counts, then the offsets of features, labels, attributes, label refs, attribute refs); a
CQDB chunk is a 24-byte header (``CQDB``, size, flag, byte-order check, backward-array size and
offset), 256 (offset, size) table references, the records (id, key size, key with NUL), then the
256 open-addressing tables of (hash, record offset) pairs — twice as many slots as keys, slot
``(hash >> 8) % slots`` of table ``hash % 256``, hash = lookup3 ``hashlittle(key + NUL, 0)`` — and the
backward array (record offset per id). Offsets in a CQDB are from its chunk start.

例::

    >>> key(0), key(254), key(255), key(300)
    (b'\\x01', b'\\xff', b'\\x01\\x01', b'\\x01.')
"""
from __future__ import annotations

import struct

_M = 0xFFFFFFFF
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CQDB_HEADER = struct.Struct("<4sIIIII")
_BYTEORDER = 0x62445371
_TABLES = 256
#: Key bytes: 1..255 (no NUL: crfsuite reads keys as C strings).
_BASE = 255


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _M


def hashlittle(data: bytes, initval: int = 0) -> int:
    """Bob Jenkins' lookup3 ``hashlittle`` (the hash of crfsuite's CQDB), bytes read little-endian.
    例: ``hashlittle(b"") == 0xdeadbeef``"""
    n = len(data)
    a = b = c = (0xDEADBEEF + n + initval) & _M
    i = 0
    while n - i > 12:
        a = (a + int.from_bytes(data[i:i + 4], "little")) & _M
        b = (b + int.from_bytes(data[i + 4:i + 8], "little")) & _M
        c = (c + int.from_bytes(data[i + 8:i + 12], "little")) & _M
        a = (a - c) & _M; a ^= _rot(c, 4); c = (c + b) & _M  # noqa: E702 (lookup3's mix, line by line)
        b = (b - a) & _M; b ^= _rot(a, 6); a = (a + c) & _M  # noqa: E702
        c = (c - b) & _M; c ^= _rot(b, 8); b = (b + a) & _M  # noqa: E702
        a = (a - c) & _M; a ^= _rot(c, 16); c = (c + b) & _M  # noqa: E702
        b = (b - a) & _M; b ^= _rot(a, 19); a = (a + c) & _M  # noqa: E702
        c = (c - b) & _M; c ^= _rot(b, 4); b = (b + a) & _M  # noqa: E702
        i += 12
    if n - i == 0:
        return c
    tail = data[i:] + bytes(12 - (n - i))
    a = (a + int.from_bytes(tail[0:4], "little")) & _M
    b = (b + int.from_bytes(tail[4:8], "little")) & _M
    c = (c + int.from_bytes(tail[8:12], "little")) & _M
    c ^= b; c = (c - _rot(b, 14)) & _M  # noqa: E702 (lookup3's final)
    a ^= c; a = (a - _rot(c, 11)) & _M  # noqa: E702
    b ^= a; b = (b - _rot(a, 25)) & _M  # noqa: E702
    c ^= b; c = (c - _rot(b, 16)) & _M  # noqa: E702
    a ^= c; a = (a - _rot(c, 4)) & _M  # noqa: E702
    b ^= a; b = (b - _rot(a, 14)) & _M  # noqa: E702
    c ^= b; c = (c - _rot(b, 24)) & _M  # noqa: E702
    return c


def key(i: int) -> bytes:
    """The short name of attribute id ``i``: one byte below 255, else two (ids up to 65,279)."""
    if i < _BASE:
        return bytes((i + 1,))
    if i >= _BASE * (_BASE + 1):
        raise ValueError(f"attribute id {i} has no two-byte name")
    hi, lo = divmod(i - _BASE, _BASE)
    return bytes((hi + 1, lo + 1))


def attributes(blob: bytes) -> list[str]:
    """The model's attribute names by id, read from its attribute dictionary's backward array."""
    h = _HEADER.unpack_from(blob, 0)
    base = h[9]
    _, _, _, _, bwd_size, bwd_off = _CQDB_HEADER.unpack_from(blob, base)
    out = []
    for i in range(h[6]):
        rec = base + int.from_bytes(blob[base + bwd_off + 4 * i: base + bwd_off + 4 * i + 4], "little")
        size = int.from_bytes(blob[rec + 4:rec + 8], "little")
        out.append(blob[rec + 8:rec + 8 + size - 1].decode("utf-8"))
    return out


def largest_weights(blob: bytes) -> dict[str, float]:
    """For every attribute with a state feature: its largest absolute weight over the labels, read
    from the features chunk (20-byte records: type, source, destination, weight; type 0 is a state
    feature, its source an attribute id). The same as parsing ``Tagger.info()``'s text dump, without
    the dump (≈ 0.1 s) and with the exact weights, not the dump's six decimals."""
    h = _HEADER.unpack_from(blob, 0)
    off = h[7]
    _, _, num = struct.unpack_from("<4sII", blob, off)
    names = attributes(blob)
    top: dict[str, float] = {}
    for kind, src, _dst, w in struct.iter_unpack("<IIId", blob[off + 12:off + 12 + 20 * num]):
        if kind == 0:
            a = names[src]
            top[a] = max(top.get(a, 0.0), abs(w))
    return top


def _cqdb(keys: list[bytes]) -> bytes:
    """A CQDB chunk mapping ``keys[i]`` to ``i`` (the layout crfsuite's writer produces)."""
    records = bytearray()
    start = _CQDB_HEADER.size + 8 * _TABLES
    tables: list[list[tuple[int, int]]] = [[] for _ in range(_TABLES)]
    bwd = []
    for i, k in enumerate(keys):
        k0 = k + b"\0"
        hv = hashlittle(k0)
        off = start + len(records)
        tables[hv % _TABLES].append((hv, off))
        bwd.append(off)
        records += struct.pack("<iI", i, len(k0)) + k0
    if not all(tables):
        raise ValueError("an empty CQDB table")  # crfsuite's reader would divide by zero on a miss
    refs = bytearray()
    body = bytearray()
    pos = start + len(records)
    for t in tables:
        n = 2 * len(t)
        slots = [(0, 0)] * n
        for hv, off in t:
            j = (hv >> 8) % n
            while slots[j][1]:
                j = (j + 1) % n
            slots[j] = (hv, off)
        refs += struct.pack("<II", pos + len(body), n)
        body += b"".join(struct.pack("<II", *s) for s in slots)
    bwd_off = pos + len(body)
    body += struct.pack(f"<{len(bwd)}I", *bwd)
    size = start + len(records) + len(body)
    return _CQDB_HEADER.pack(b"CQDB", size, 0, _BYTEORDER, len(bwd), bwd_off) + refs + records + body


def shorten(blob: bytes) -> tuple[bytes, dict[str, bytes]]:
    """(the model with two-byte attribute names, {attribute name: its short name})."""
    h = list(_HEADER.unpack_from(blob, 0))
    if h[0] != b"lCRF" or h[2] != b"FOMC" or h[1] != len(blob):
        raise ValueError("not a crfsuite CRF1d model")
    names = attributes(blob)
    keys = [key(i) for i in range(len(names))]
    pad = bytes(-len(blob) % 4)
    h[9] = len(blob) + len(pad)  # off_attrs: the new dictionary, appended
    db = _cqdb(keys)
    h[1] = h[9] + len(db)
    out = _HEADER.pack(*h) + blob[_HEADER.size:] + pad + db
    return out, dict(zip(names, keys))
