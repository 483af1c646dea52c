"""Load and validate ``INCIDENT.toml`` (what happened, who knew when, what leaked).

Every error names the file and the field (codes E850–E854), never a value from the file.

Source of the fields: the report items of 個人情報保護法施行規則 第8条第1項 (概要, 項目, 本人の数,
原因, 二次被害, 本人への対応, 公表, 再発防止策, その他) and the facts the criteria of 第7条 need.
``discovered_at`` is when ANY part of the business knew (ガイドライン（通則編）3-5-3-3: 法人の場合は
いずれかの部署が当該事態を知った時点).

例::

    discovered_at = "2026-11-24T10:30:00+09:00"
    people = 1520
    cause = "unauthorized_access"
    items = ["PERSON", "ADDRESS", "PHONE", "DATE_OF_BIRTH"]
    [business]
    name = "さくら会員倶楽部"
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tokumei.breach.labels import normalize_item, normalize_sensitive
from tokumei.errors import TokumeiError

JST = timezone(timedelta(hours=9), "JST")  # Japan has no daylight saving time

CAUSES: dict[str, str] = {
    "unauthorized_access": "不正アクセス",
    "insider": "従業者等による持ち出し",
    "lost_device": "機器・媒体の紛失",
    "misdelivery": "誤送付・誤送信",
    "misconfiguration": "設定の誤り",
    "ransomware": "ランサムウェア",
    "other": "その他",
}

FLAGS = ("encrypted", "key_separate", "recovered_before_access", "pseudonymized", "suspected_wrongful",
         "payment_credentials", "publicly_exposed", "mynumber_system", "acquiring_only", "published")
FLAG_JA: dict[str, str] = {
    "encrypted": "高度な暗号化等の措置あり",
    "key_separate": "復号鍵を別に管理",
    "recovered_before_access": "第三者の閲覧前に全て回収",
    "pseudonymized": "仮名加工情報",
    "suspected_wrongful": "不正の目的のおそれあり",
    "payment_credentials": "送金・決済に使えるログイン情報",
    "publicly_exposed": "不特定多数が閲覧できる状態",
    "mynumber_system": "情報提供ネットワークシステム等で管理",
    "acquiring_only": "取得しようとしていた個人情報のみ",
    "published": "公表済み",
}
TEXTS = ("title", "summary", "occurred", "secondary_damage", "response", "prevention", "other",
         "entrusted_by", "notice_url", "cause_detail")
BUSINESS_TEXTS = ("name", "representative", "contact", "phone", "email", "address", "hours", "url")
KNOWN = {"systems", "discovered_at", "people", "people_min", "people_max", "mynumber_people", "cause", "items",
         "not_items", "sensitive", "business", *FLAGS, *TEXTS}


@dataclass(frozen=True)
class Business:
    """The business responsible (its name and the contact window shown in every notice)."""

    name: str
    representative: str = ""
    contact: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    hours: str = ""
    url: str = ""


@dataclass(frozen=True)
class Incident:
    """A validated incident. ``people_min == people_max`` when the number is known."""

    discovered_at: datetime
    people_min: int
    people_max: int
    cause: str
    items: tuple[str, ...]
    business: Business
    not_items: tuple[str, ...] | None = None
    sensitive: tuple[str, ...] = ()
    mynumber_people: int | None = None
    flags: frozenset[str] = frozenset()
    texts: dict[str, str] = field(default_factory=dict)
    systems: tuple[str, ...] = ()  # with --inventory: the sources/tables affected (default: all)

    @property
    def discovered_date(self) -> date:
        """The calendar day in Japan on which the business knew (deadlines count from it)."""
        return self.discovered_at.astimezone(JST).date()

    def flag(self, name: str) -> bool:
        return name in self.flags

    def text(self, name: str, default: str = "") -> str:
        return self.texts.get(name) or default

    @property
    def people_ja(self) -> str:
        """「1,520人」 or 「900人〜1,200人（推計）」."""
        if self.people_min == self.people_max:
            return f"{self.people_max:,}人"
        return f"{self.people_min:,}人〜{self.people_max:,}人（推計）"


def load_incident(path: str | Path, *, items_required: bool = True) -> Incident:
    """Read and validate an incident file (E850–E854). ``items`` may be left out when the items
    come from an inventory (``--inventory``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise TokumeiError("E850", path=str(p)) from None
    except OSError as e:
        raise TokumeiError("E107", path=str(p), why=e.strerror or type(e).__name__) from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TokumeiError("E101", path=str(p)) from None
    except tomllib.TOMLDecodeError as e:
        where = str(e).rsplit("(", 1)[-1].rstrip(")") if "(" in str(e) else "構文"
        raise TokumeiError("E851", path=str(p), where=where) from None
    return parse_incident(data, str(p), items_required=items_required)


def parse_incident(data: dict[str, Any], path: str = "<incident>", *, items_required: bool = True) -> Incident:
    """Validate a parsed TOML table; see :func:`load_incident`."""
    for key in data:
        if key not in KNOWN:
            raise TokumeiError("E854", path=path, field=key)

    def bad(fld: str, why: str) -> TokumeiError:
        return TokumeiError("E853", path=path, field=fld, why=why)

    def need(fld: str) -> Any:
        if fld not in data:
            raise TokumeiError("E852", path=path, field=fld)
        return data[fld]

    discovered = _datetime(need("discovered_at"), "discovered_at", bad)
    pmin, pmax = _people(data, path, bad)
    mn = data.get("mynumber_people")
    if mn is not None and (not isinstance(mn, int) or isinstance(mn, bool) or mn < 0):
        raise bad("mynumber_people", "0以上の整数で指定してください")
    cause = need("cause")
    if cause not in CAUSES:
        raise bad("cause", "次のいずれか: " + ", ".join(CAUSES))
    items = _labels(need("items") if items_required or "items" in data else [], "items", bad)
    not_items = _labels(data["not_items"], "not_items", bad) if "not_items" in data else None
    if not_items and set(not_items) & set(items):
        raise bad("not_items", "items と同じ項目が含まれています")
    sensitive = _sensitive(data.get("sensitive", []), bad)
    flags = set()
    for f in FLAGS:
        v = data.get(f, False)
        if not isinstance(v, bool):
            raise bad(f, "true か false で指定してください")
        if v:
            flags.add(f)
    texts = {}
    for t in TEXTS:
        v = data.get(t)
        if v is not None and not isinstance(v, str):
            raise bad(t, "文字列で指定してください")
        if v:
            texts[t] = v.strip()
    biz = need("business")
    if not isinstance(biz, dict):
        raise bad("business", "[business] の表で指定してください")
    for k, v in biz.items():
        if k not in BUSINESS_TEXTS:
            raise TokumeiError("E854", path=path, field=f"business.{k}")
        if not isinstance(v, str):
            raise bad(f"business.{k}", "文字列で指定してください")
    if not str(biz.get("name", "")).strip():
        raise TokumeiError("E852", path=path, field="business.name")
    business = Business(**{k: v.strip() for k, v in biz.items()})
    systems = data.get("systems", [])
    if not isinstance(systems, list) or not all(isinstance(x, str) and x.strip() for x in systems):
        raise bad("systems", "棚卸し結果のソース名・テーブル名の配列で指定してください")
    return Incident(discovered, pmin, pmax, cause, items, business, not_items, sensitive, mn,
                    frozenset(flags), texts, tuple(x.strip() for x in systems))


def _datetime(v: Any, fld: str, bad) -> datetime:
    if isinstance(v, datetime):
        dt = v
    elif isinstance(v, str):
        try:
            dt = datetime.fromisoformat(v)
        except ValueError:
            raise bad(fld, "ISO 8601 の日時で指定してください（例: 2026-11-24T10:30:00+09:00）") from None
    else:
        raise bad(fld, "ISO 8601 の日時で指定してください（例: 2026-11-24T10:30:00+09:00）")
    if dt.tzinfo is None:
        raise bad(fld, "時差（+09:00 など）を付けてください")
    return dt


def _people(data: dict[str, Any], path: str, bad) -> tuple[int, int]:
    def count(fld: str) -> int:
        v = data[fld]
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise bad(fld, "0以上の整数で指定してください")
        return v

    if "people" in data:
        if "people_min" in data or "people_max" in data:
            raise bad("people", "people と people_min/people_max は同時に指定できません")
        n = count("people")
        return n, n
    if "people_max" not in data:
        raise TokumeiError("E852", path=path, field="people")
    hi = count("people_max")
    lo = count("people_min") if "people_min" in data else 0
    if lo > hi:
        raise bad("people_min", "people_max 以下にしてください")
    return lo, hi


def _labels(v: Any, fld: str, bad) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise bad(fld, "ラベルの配列で指定してください（例: [\"PERSON\", \"ADDRESS\"]）")
    out: list[str] = []
    for i, x in enumerate(v):
        key = normalize_item(x) if isinstance(x, str) else None
        if key is None:
            raise bad(f"{fld}[{i}]", "不明なラベルです（tokumei.span.LABELS と PASSWORD, PASSWORD_HASH, GENDER, AGE、"
                                     "または「マイナンバー」「カード」などの日本語名）")
        if key not in out:
            out.append(key)
    return tuple(out)


def _sensitive(v: Any, bad) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise bad("sensitive", "要配慮個人情報の種類の配列で指定してください")
    out: list[str] = []
    for i, x in enumerate(v):
        key = normalize_sensitive(x) if isinstance(x, str) else None
        if key is None:
            raise bad(f"sensitive[{i}]", "不明な要配慮個人情報の種類です（MEDICAL_HISTORY, 病歴 など）")
        if key not in out:
            out.append(key)
    return tuple(out)
