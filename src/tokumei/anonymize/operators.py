"""Operators: small typed callables that turn one detected passage into its replacement.

An operator is called with a :class:`Target` (the original text, the span, the exact range to
replace) and the shared :class:`~tokumei.anonymize.pseudonyms.PseudonymState`, and returns the
replacement string. ``reversible`` says whether ``tokumei restore`` can undo it from the vault
without the exact-text record (only ``token`` can).

例::

    >>> from tokumei.span import Span
    >>> t = Target("電話 090-1234-5678", Span("PHONE", 3, 16, "090-1234-5678", 0.9, "t", ""), 3, 16)
    >>> mask(4)(t, None)
    '***-****-5678'
"""
from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Protocol

from tokumei.anonymize import pseudonyms as ps
from tokumei.anonymize.dates import year_of
from tokumei.anonymize.policy import Rule
from tokumei.errors import TokumeiError
from tokumei.formats.source import splice
from tokumei.span import LABEL_JA, Span


@dataclass(frozen=True)
class Target:
    """The passage to replace: ``text[start:end]`` (may be wider than the span, e.g. 〒 or 株式会社)."""

    text: str
    span: Span
    start: int
    end: int

    @property
    def surface(self) -> str:
        return self.text[self.start : self.end]


class Operator(Protocol):
    name: str
    reversible: bool

    def __call__(self, t: Target, state: Any) -> str:  # pragma: no cover - protocol
        ...


def _op(name: str, reversible: bool = False) -> Callable[[Callable[[Target, Any], str]], Operator]:
    def wrap(fn: Callable[[Target, Any], str]) -> Operator:
        fn.name = name  # type: ignore[attr-defined]
        fn.reversible = reversible  # type: ignore[attr-defined]
        return fn  # type: ignore[return-value]
    return wrap


def keep() -> Operator:
    """Leave the passage as it is (publication: ordinary dates)."""
    return _op("keep")(lambda t, st: t.surface)


_KANA = re.compile(r"[\u30a0-\u30ff\u3040-\u309f ー・\u3000]+")
_FURIGANA = re.compile(r"フリガナ|ふりがな|ﾌﾘｶﾞﾅ|よみがな|ヨミガナ|読み")
_COMPOUND = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa々]")
#: A short parenthesis right after a name (its reading, age or role) before the honorific.
_PAREN_AFTER = re.compile(r"[ ]?[（(][^（）()\n]{1,24}[）)]")


#: Who runs a school or hospital, written before its name: 府立, 県立, 市立, 私立 …
_PUBLIC_PREFIX = re.compile(r"^(?:都立|道立|府立|県立|市立|区立|町立|村立|国立|私立|公立)")


def _public_head(surface: str) -> str:
    """Who runs the organisation, kept before its letter (府立宮津天橋高校 → 府立A高校, 県立旭川東高 → 県立A高); "" if none."""
    public = _PUBLIC_PREFIX.match(surface)
    return public.group() if public and len(surface) > 4 else ""


def pseudonym() -> Operator:
    """人名 → A さん／A氏／A社長, 組織 → A社・A事務所 (see :mod:`pseudonyms`)."""

    @_op("pseudonym")
    def run(t: Target, st: ps.PseudonymState) -> str:
        s = t.span
        data = s.data or {}
        if data.get("unsure"):
            # 清水が湧き出ました: could be a name, is not clearly one; a programme's title (anonymize.sense)
            return str(data.get("unsure_text") or "〔要確認〕")
        if s.label == "ORGANIZATION" and data.get("kind_prefix"):
            # 珈琲 ほたる → 珈琲 A: the kind word stays, as institutions keep theirs (anonymize.shops)
            return str(data["kind_prefix"]) + st.letter("org", str(data.get("core") or t.surface), s.entity_id)
        if s.label == "ORGANIZATION" and data.get("kind_suffix"):
            # 北陵高 → A高: a school written short keeps its short kind word (detect.names.rules.school_abbrevs)
            return (_public_head(t.surface)  # 県立旭川東高 → 県立A高
                    + st.letter("org", str(data.get("core") or t.surface), s.entity_id) + str(data["kind_suffix"]))
        if s.label == "ORGANIZATION":
            surface = str(data.get("same_as") or t.surface)
            # 府立宮津天橋高校 → 府立A高校: who runs it stays, as the kind word does (same letter as 宮津天橋高校)
            head = _public_head(surface)
            return head + st.letter("org", surface[len(head):], s.entity_id) + ps.org_suffix(surface)
        if data.get("place"):
            return "（地名）"  # 宮島から車で20分 → （地名）から車で20分, never H氏から車で20分
        if data.get("ambiguous"):
            # a surname several people share, not resolved to one of them (anonymize.family): a
            # phrase that asserts no identity, never another person's letter
            if t.text.startswith("家", t.end):
                return "同"  # 加納家 → 同家
            if t.text.startswith("の", t.end):
                return "同家"  # 「加納の男は頑固」 → 同家の男は
            return "同家の" if _ROLE_TITLE.match(t.text, t.end) else "同家の一人"
        # a whole name that ends like an honorific (林 宜君) keeps its last character as the name's
        name, hon = (t.surface, "") if data.get("whole_name") else ps.split_honorific(t.surface)
        letter = st.letter("person", ps.split_honorific(str(data.get("same_as") or name))[0], s.entity_id)
        if data.get("reading") or (_KANA.fullmatch(t.surface) and _FURIGANA.search(t.text, max(0, t.start - 8), t.start)):
            return letter + hon  # フリガナ：ナカヤマ ユウコ → フリガナ：A
        title = data.get("title")
        if hon or (title and t.text.startswith(str(title), t.end)) or ps.follows_honorific(t.text, t.end):
            return letter + hon
        if (paren := _PAREN_AFTER.match(t.text, t.end)) and ps.follows_honorific(t.text, paren.end()):
            return letter  # 山田太郎（やまだ たろう）さん → A（A）さん, never A氏（A）さん
        if _COMPOUND.match(t.text, t.end):
            return letter  # part of a compound: 鈴木家 → A家, never A氏家
        return letter + "氏"
    return run


#: Titles that may follow an ambiguous surname: 桐山社長 → 同家の社長.
_ROLE_TITLE = re.compile(r"代表取締役社長|代表取締役|社長|会長|専務|常務|副社長|取締役|店主|店長|女将|院長|所長|工場長|部長")


def remove(phrase: str | None = None) -> Operator:
    """Replace with a short bracketed phrase: （電話番号）; inside brackets just 「非公開」.

    例: 「連絡先は 090-1234-5678」 → 「連絡先は （電話番号）」, 「（法人番号 7010001008844）」 → 「（法人番号 非公開）」
    """

    @_op("remove")
    def run(t: Target, st: Any) -> str:
        if phrase:
            return phrase
        before = t.text[max(0, t.start - 12) : t.start]
        opened = max(before.rfind("（"), before.rfind("("))
        closed = max(before.rfind("）"), before.rfind(")"))
        if opened > closed:
            return "非公開"
        return f"（{LABEL_JA.get(t.span.label, t.span.label)}）"
    return run


_PREF_RE = re.compile(r"(北海道|東京都|京都府|大阪府|[^\s\d0-9、。]{2,3}?県)")
_MUNI_RE = re.compile(r"([^\s\d0-9、。]{1,5}?郡[^\s\d0-9、。]{1,4}?[町村]|[^\s\d0-9、。]{1,5}?市(?:[^\s\d0-9、。]{1,3}?区)?|[^\s\d0-9、。]{1,4}?区|[^\s\d0-9、。]{1,5}?[町村])")


def generalize_address(level: str = "prefecture") -> Operator:
    """住所 → 都道府県 (level="municipality" で市区町村まで). 例: 静岡県島田市本通二丁目3番4号 → 静岡県"""

    @_op("generalize_address")
    def run(t: Target, st: Any) -> str:
        data = t.span.data or {}
        if data.get("place"):
            return "（地名）"  # a place name alone (大三島, 深谷市): anonymize.places
        s = unicodedata.normalize("NFKC", t.surface)
        pref = data.get("prefecture")
        m = _PREF_RE.match(s)
        if not pref and m:
            pref = m.group(1)
        if not pref:
            return "（住所）"
        if level == "municipality":
            muni = data.get("municipality")
            if not muni:
                rest = s[m.end():] if m else s
                mm = _MUNI_RE.match(rest)
                muni = mm.group(1) if mm else ""
            return f"{pref}{muni}"
        return str(pref)
    return run


def generalize_dob(granularity: str = "decade") -> Operator:
    """生年月日 → 年代: 昭和35年4月1日 → 1960年代 (後ろの「生まれ」は残る). 和暦は :func:`year_of`."""

    @_op("generalize_dob")
    def run(t: Target, st: Any) -> str:
        iso = (t.span.data or {}).get("iso")
        year = int(str(iso)[:4]) if iso and str(iso)[:4].isdigit() else year_of(t.surface)
        if year is None:
            return "（生年月日）"
        core = f"{year // 10 * 10}年代" if granularity == "decade" else f"{year}年"
        tail = re.search(r"(生まれ|生)$", t.surface)
        if tail:
            return core + tail.group(1)
        if re.match(r"\s*(生まれ|生)", t.text[t.end : t.end + 4]):
            return core
        return core + "生まれ"
    return run


def redact(char: str = "■") -> Operator:
    """黒塗り: 常に ■■（長さを漏らさない）."""
    return _op("redact")(lambda t, st: char * 2)


def mask(keep: int = 4, char: str = "*") -> Operator:
    """末尾 ``keep`` 桁の数字だけ残し、他の文字（英数・かな漢字）は ``char``、記号はそのまま。"""

    @_op("mask")
    def run(t: Target, st: Any) -> str:
        s = t.surface
        digit_pos = [i for i, c in enumerate(s) if c.isdigit()]
        kept = set(digit_pos[-keep:]) if keep and len(digit_pos) > keep else set()
        return "".join(c if i in kept else (char if c.isalnum() else c) for i, c in enumerate(s))
    return run


def hmac_hash(key: bytes | None, length: int = 10) -> Operator:
    """鍵付きハッシュ（HMAC-SHA256, RFC 2104）: 〔電話番号#1a2b3c4d5e〕. 鍵なしは E504."""
    if not key:
        raise TokumeiError("E504")

    @_op("hmac_hash")
    def run(t: Target, st: Any) -> str:
        kind = t.span.label
        surface = str((t.span.data or {}).get("same_as") or t.surface)
        surface = ps.split_honorific(surface)[0] if kind == "PERSON" else surface
        norm = ps.normalise_name("org" if kind == "ORGANIZATION" else kind, surface)
        if t.span.entity_id and st is not None:  # one entity, one hash: the first surface seen
            norm = st.entities.setdefault(st.entity_key(f"hash:{kind}", t.span.entity_id), norm)
        digest = hmac.new(key, f"{kind}:{norm}".encode(), hashlib.sha256).hexdigest()[:length]
        return f"〔{LABEL_JA.get(kind, kind)}#{digest}〕"
    return run


def token(restorable: bool = True) -> Operator:
    """復元できるトークン〔人名A〕: 同じ実体は同じ文字、表記が違えば〔人名A-2〕。対応表は保管庫に。

    ``restorable=False`` (個人番号): 文書内では同じ値に同じトークンを付けるが、値は保存しない。"""

    @_op("token", reversible=True)
    def run(t: Target, st: ps.PseudonymState) -> str:
        kind = t.span.label
        surface = t.surface
        name = str((t.span.data or {}).get("same_as") or surface)
        name = ps.split_honorific(name)[0] if kind == "PERSON" else name
        letter = st.letter("org" if kind == "ORGANIZATION" else ("person" if kind == "PERSON" else kind),
                           name, t.span.entity_id, persist=restorable)
        base = f"〔{LABEL_JA.get(kind, kind)}{letter}"
        if not restorable:
            return base + "〕"
        n = 1
        while True:
            tok = base + ("〕" if n == 1 else f"-{n}〕")
            known = st.tokens.get(tok)
            if known is None or known == surface:
                st.tokens[tok] = surface
                return tok
            n += 1
    run.inverse = invert_tokens  # type: ignore[attr-defined]  # the declared inverse (tokens → originals)
    return run


def token_edits(text: str, tokens: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, original) of every known token in ``text``, in order (the longest token where
    one starts another). 例: ``token_edits("〔人名A〕さん", {"〔人名A〕": "山田"}) == [(0, 5, "山田")]``"""
    if not tokens:
        return []
    rx = re.compile("|".join(re.escape(k) for k in sorted(tokens, key=len, reverse=True)))
    return [(m.start(), m.end(), tokens[m.group(0)]) for m in rx.finditer(text)]


def invert_tokens(text: str, tokens: dict[str, str]) -> str:
    """Inverse of :func:`token`: put every known token's original back (:func:`token_edits`)."""
    return splice(text, token_edits(text, tokens))


_AMOUNT_RE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:[千百]|[億万](?:\d[\d,]*[千百]?)?)*円")


def round_amount(value_text: str) -> str | None:
    """金額を有効数字2桁に丸める: 1,234万円 → 約1,200万円, 1億2000万円 / 1億2千万円 → 約1.2億円.

    漢数字の桁（千・万・億）は ``kanjize`` で数値にする（手書きの変換より確実）。"""
    s = unicodedata.normalize("NFKC", value_text)
    if not _AMOUNT_RE.fullmatch(s):
        return None
    try:
        from kanjize import kanji2number

        yen = float(kanji2number(s[:-1].replace(",", "")))
    except Exception:
        return None
    if yen < 100:
        return None
    digits = len(str(int(yen))) - 2
    r = round(yen / 10**digits) * 10**digits
    if r >= 10**8:
        v = r / 10**8
        return f"約{v:.1f}億円".replace(".0億", "億")
    if r >= 10**4:
        return f"約{int(r // 10**4):,}万円"
    return f"約{int(r):,}円"


def build(rule: Rule, key: bytes | None = None) -> Operator:
    """The operator for a policy rule."""
    p = dict(rule.params)
    match rule.operator:
        case "keep":
            return keep()
        case "pseudonym":
            return pseudonym()
        case "remove":
            return remove(p.get("phrase"))
        case "generalize_address":
            return generalize_address(p.get("level", "prefecture"))
        case "generalize_location":
            from tokumei.anonymize.location import generalize_location

            return generalize_location()
        case "generalize_dob":
            return generalize_dob(p.get("granularity", "decade"))
        case "redact":
            return redact(p.get("char", "■"))
        case "mask":
            return mask(p.get("keep", 4), p.get("char", "*"))
        case "hmac_hash":
            return hmac_hash(key, p.get("length", 10))
        case "token":
            return token(rule.restorable)
    raise ValueError(rule.operator)
