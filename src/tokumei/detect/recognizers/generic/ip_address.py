"""IP_ADDRESS — IPv4 (dotted quad, each octet 0–255) and IPv6, validated by ``ipaddress``.

The standard library's parser (RFC 791 / RFC 4291 text forms, leading zeros rejected) confirms
each regex candidate, so times (10:00:00), version numbers and 999.1.1.1 are not reported.
Version context (バージョン, ver, v1.2.3.4) vetoes dotted quads. ``data["version"]`` is 4 or 6.

例: 「接続元IP 192.168.10.25」 → IP_ADDRESS, data["version"] == 4
"""
from __future__ import annotations

import ipaddress

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

# Regexes start with a character class and look behind afterwards (fast skipping in ``re``).
_V4 = r"[0-9](?<![0-9A-Za-z.:][0-9])[0-9]{0,2}\.(?:[0-9]{1,3}\.){2}[0-9]{1,3}(?!\.?[0-9]|[A-Za-z])"
_H = r"[0-9A-Fa-f]{0,4}"
_V6 = rf"(?<![0-9A-Za-z.:])(?=[0-9A-Fa-f]{{0,4}}:){_H}(?::{_H}){{2,7}}(?:\.[0-9]{{1,3}}){{0,3}}(?![0-9A-Za-z:.])"


def validate_ip(value: str) -> dict | None:
    """``{"version": 4|6}`` when ``value`` parses as an IP address, else None.

    例: ``validate_ip("2001:db8::1") == {"version": 6}``; ``validate_ip("10:00:00") is None``
    """
    try:
        addr = ipaddress.ip_address(value)
    except ValueError:
        return None
    if addr.version == 6:
        groups = [g for g in value.split(":") if g]
        if len(groups) < 3 and not any(len(g) >= 4 for g in groups):
            return None  # "::", "a::b": too little to be an address worth reporting
    return {"version": addr.version}


_CONTEXT = Context(
    words=("IP", "アドレス", "サーバ", "接続元", "接続先", "ホスト", "host", "ログ", "アクセス"),
    before=30,
    after=6,
    boost=0.2,
    penalty=0.1,
    negative=("バージョン", "version", "ver.", "ver ", "v."),
)

RECOGNIZER = register(
    PatternRecognizer(
        name="generic.ip_address.v1",
        label="IP_ADDRESS",
        patterns=(Pattern(_V4, 0.75, "IPv4の形式"),),
        context=_CONTEXT,
        validator=validate_ip,
        reason="IPアドレス",
        # a dotted quad contains .d.d.d from its first dot on; the literal '.' lets ``re`` skip through the text
        # much faster than the pattern's leading [0-9], and only the ASCII runs around it are scanned
        anchor=r"\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]",
    )
)

IPV6 = register(
    PatternRecognizer(
        name="generic.ipv6_address.v1",
        label="IP_ADDRESS",
        patterns=(Pattern(_V6, 0.8, "IPv6の形式"),),
        context=_CONTEXT,
        validator=validate_ip,
        reason="IPアドレス",
        anchor=r":[0-9A-Fa-f]{0,4}:",  # an IPv6 address has at least two colons
    )
)
