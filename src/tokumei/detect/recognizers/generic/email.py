"""EMAIL — e-mail addresses (the practical subset of RFC 5322 used in business text).

The domain must have a dot-separated TLD of letters; local parts allow the RFC 5322 atext
characters and dots. Japanese text may touch the address on either side (メールはa@b.jpまで). Full-width input is matched through the normalised view.

例: 「連絡先: yamada.taro@example.co.jp」 → EMAIL
"""
from __future__ import annotations

from tokumei.detect.registry import Context, Pattern, PatternRecognizer, register

#: RFC 5322 atext without "/": a slash in a local part is legal but never seen, and 「0463-95-6610／kubodera@…」 lists a
#: phone number and an address (the whole run was one address, lost to the phone in the overlap).
_ATEXT = r"[A-Za-z0-9!#$%&'*+=?^_`{|}~-]"

RECOGNIZER = register(
    PatternRecognizer(
        name="generic.email.v1",
        label="EMAIL",
        patterns=(
            Pattern(
                # first local-part character, then a look-behind on the character before it:
                # ASCII word characters only, so 「メールはyamada@…」 (Japanese right before) matches.
                # The local part is at most 64 characters (RFC 5321 4.5.3.1.1).
                rf"{_ATEXT}(?<![A-Za-z0-9_.+-]{_ATEXT})(?=[A-Za-z0-9!#$%&'*+=?^_`{{|}}~.-]{{0,63}}@)"
                rf"{_ATEXT}*(?:\.{_ATEXT}+)*"
                r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9])",
                0.95,
                "メールアドレスの形式",
            ),
        ),
        anchor="@",  # scan only the ASCII runs around each @
        context=Context(words=(), penalty=0.0),
    )
)
