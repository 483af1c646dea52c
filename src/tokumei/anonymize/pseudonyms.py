"""Pseudonym letters: A, B, C … Z, AA, AB … per kind (人 / 組織), in order of first appearance.

One entity gets one letter everywhere in a document (via the detector's ``entity_id``, or the
surface form when there is none) and, with a project, across documents (the state is kept in
the encrypted vault). The grammar around the letter stays natural:

- 山田さん → Aさん, 山田社長 → A社長 (the honorific/title that followed the name is kept),
- a bare name with no honorific → 「A氏」 (山田太郎は → A氏は),
- organisations → A社; ミライ商事 / (株)ミライ商事 / 株式会社ミライ商事 → A社;
  names ending in 事務所・銀行・病院… keep that word (さとう社労士事務所 → A事務所).

例::

    >>> st = PseudonymState()
    >>> st.letter("person", "山田太郎", None), st.letter("person", "鈴木", None), st.letter("person", "山田太郎", None)
    ('A', 'B', 'A')
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

#: Honorifics and titles that may follow a name (kept after the letter).
HONORIFICS = (
    "代表取締役社長", "代表取締役", "取締役", "副社長", "社長", "会長", "専務", "常務", "理事長", "院長",
    "所長", "室長", "部長", "課長", "係長", "主任", "店長", "工場長", "支店長", "代表", "監査役", "顧問",
    "先生", "教授", "医師", "弁護士", "税理士", "社労士", "さん", "様", "さま", "氏", "君", "くん",
    "ちゃん", "殿", "夫人", "会計士",
)
_HON_RE = re.compile("|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True)))
#: An honorific after a space, as in letters and address labels (山田 太郎 様).
_SPACED_HON_RE = re.compile("[ \u3000](?:様|殿|さん|さま|御中|先生)")

#: Legal-form words stripped from organisation names before comparing them.
LEGAL_FORMS = (
    "株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "一般財団法人",
    "公益社団法人", "公益財団法人", "社会福祉法人", "医療法人社団", "医療法人", "特定非営利活動法人",
    "NPO法人", "学校法人", "(株)", "(有)", "(同)", "(社)", "(財)", "(医)", "㈱", "㈲",
)
_LEGAL_RE = re.compile("|".join(re.escape(unicodedata.normalize("NFKC", w)) for w in
                                sorted(LEGAL_FORMS, key=len, reverse=True)))
#: Organisation kinds whose last word stays after the letter (A事務所, B銀行 …); others → 社.
#: Schools, clinics, temples, neighbourhood bodies and shops keep their whole kind word (issue #12):
#: 県立多治見北高校 → 県立A高校, 桜台中学校 → B中学校, 山田商店 → C商店, 光明寺 → D寺.
ORG_SUFFIXES = ("事務所", "銀行", "信用金庫", "信用組合", "病院", "クリニック", "医院", "大学", "学校",
                "協会", "組合", "財団", "研究所", "市役所", "役場", "商工会議所", "商工会", "法律事務所",
                "支店", "支社", "営業所", "出張所", "工場",
                "高等学校", "高校", "中学校", "小学校", "専門学校", "短期大学", "大学院", "中学", "学園", "保育園",
                "保育所", "幼稚園", "こども園", "診療所", "歯科医院", "歯科", "薬局", "寺", "神社", "教会",
                "町内会", "自治会", "商店街", "商店", "酒店", "酒造", "屋", "農協", "漁協", "協同組合", "協議会",
                "果樹園", "農園", "牧場", "工房", "オフィス", "整骨院", "接骨院", "治療院", "鍼灸院", "工務店", "製作所",
                "書店", "写真館", "教室", "百貨店", "店", "大社", "神宮", "天満宮", "八幡宮",
                "連合会", "振興会", "保存会", "後援会", "湯", "堂", "荘", "亭",
                # schools by their loanwords and professional bodies (大通ビューティカレッジ → Aカレッジ)
                "カレッジ", "アカデミー", "スクール", "学院", "医師会", "歯科医師会", "薬剤師会", "園芸", "ネットワーク",
                "議会", "委員会", "対策室", "室", "医療センター",
                # cram schools and study halls keep their kind (坂本塾 → A塾, ひらめき学舎 → A学舎; stop 33)
                "塾", "学舎",
                # a district's groups keep their kind (水海若衆会 → A若衆会, 舟川べり桜守の会 → Bの会: detect.names.rules.groups)
                "部会", "婦人部", "婦人会", "女性部", "女性会", "青年部", "青年団", "壮年部", "若衆会", "若連", "若者会", "継承会",
                "研究会", "同好会", "愛好会", "商店会", "漁友会", "クラブ", "倶楽部", "の会",
                # a quarter's festival musicians (八日町囃子連 → A囃子連; stop 38)
                "囃子連", "囃子会")
#: 「会」 is kept only after a non-company legal form: 医療法人緑風会 → A会, but 山田商会 → A社.
_NONPROFIT = re.compile(r"医療法人|社会福祉法人|学校法人|宗教法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|"
                        r"特定非営利活動法人|NPO法人|\((?:医|社|財)\)")


_SUFFIXES_LONGEST = sorted(ORG_SUFFIXES, key=len, reverse=True)
_EXISTING = re.compile(r"(?<![A-Za-zＡ-Ｚａ-ｚ])([A-Z]{1,2})(社長|社|さん|氏|様|事務所|銀行|支店)")


def letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB (spreadsheet columns). 例: ``letters(26) == 'AA'``"""
    if n < 0:
        raise ValueError(n)
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


_SPACE_RE = re.compile(r"\s+")


def normalise_name(kind: str, surface: str) -> str:
    """Key used to recognise the same entity: NFKC, no spaces, no legal form for organisations."""
    s = unicodedata.normalize("NFKC", surface)
    s = _SPACE_RE.sub("", s)
    if kind == "org":
        s = _LEGAL_RE.sub("", s)
    return s


def split_honorific(surface: str) -> tuple[str, str]:
    """('山田', '社長') for '山田社長'; ('山田太郎', '') when no honorific ends the string."""
    for h in sorted(HONORIFICS, key=len, reverse=True):
        if surface.endswith(h) and len(surface) > len(h):
            return surface[: -len(h)], h
    return surface, ""


def follows_honorific(text: str, end: int) -> bool:
    """True when an honorific/title starts at ``text[end:]`` (山田|さん, 山田|社長, 山田 太郎| 様)."""
    return bool(_HON_RE.match(text, end) or _SPACED_HON_RE.match(text, end))


def org_suffix(surface: str) -> str:
    """The kind word kept after an organisation's letter: 事務所, 銀行 … or 社."""
    s = unicodedata.normalize("NFKC", surface).rstrip()
    nonprofit = bool(_NONPROFIT.search(s))
    s = _LEGAL_RE.sub("", s)
    for suf in _SUFFIXES_LONGEST:
        if s.endswith(suf):
            return suf
    if nonprofit and s.endswith("会"):
        return "会"
    return "社"


@dataclass
class PseudonymState:
    """Letters handed out so far. Shared by all units of a document; saved in the project vault.

    ``aliases`` (kind:normalised surface → letter) persists across documents; ``entities``
    (kind:entity_id → letter) is per document because entity ids are document-local.
    ``tokens`` maps issued restore tokens to their original text (kept only in the vault).
    """

    counters: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    #: Letters already used in the text itself (an adviser's own 「A社」), per kind; document-local.
    reserved: dict[str, set[str]] = field(default_factory=dict)
    #: Which text unit (paragraph, cell, header, attribute …) is being anonymized. The detector's
    #: entity ids (P1, O1) are local to one analyzed text, so P1 of the header is not P1 of the body.
    unit: int = 0

    def new_document(self) -> None:
        """Forget document-local entity ids and reserved letters (aliases and counters are kept)."""
        self.entities.clear()
        self.reserved.clear()

    def new_unit(self) -> None:
        """Start the next analyzed text of the document: its entity ids are new ones.

        例: 本文の P1（山田太郎）とヘッダーの P1（鈴木一郎）は別人 → A と B。"""
        self.unit += 1

    def entity_key(self, kind: str, entity_id: str) -> str:
        """Key of a detector entity in :attr:`entities`, scoped to the current unit."""
        if entity_id.startswith("value:"):
            return f"{kind}:{entity_id}"  # the value itself (My Number): the same in every unit
        return f"{kind}:{self.unit}:{entity_id}"

    def reserve_from(self, text: str) -> None:
        """Never hand out a letter the text already uses as a pseudonym (A社, Bさん, C氏)."""
        for m in _EXISTING.finditer(text):
            kind = "org" if m.group(2) in ORG_SUFFIXES or m.group(2) == "社" else "person"
            self.reserved.setdefault(kind, set()).add(m.group(1))

    def letter(self, kind: str, surface: str, entity_id: str | None, *, persist: bool = True) -> str:
        """The letter for this entity, issuing the next one on first appearance.

        ``persist=False`` (values that must not be restorable, e.g. My Number) keeps the value
        only in the document-local map, never in the saved state."""
        key = normalise_name(kind, surface)
        if not persist:
            entity_id, key = f"value:{key}", ""
        ent = self.entity_key(kind, entity_id) if entity_id else None
        found = self.entities.get(ent) if ent else None
        if found is None:
            found = self.aliases.get(f"{kind}:{key}")
        if found is None and kind == "person" and key:
            # A surname alone (山田) with no id, or a new id in another unit (a header, a cell),
            # joins the first full name starting with it.
            found = self._prefix_match(kind, key)
        if found is None:
            taken = self.reserved.get(kind, set())
            while True:
                n = self.counters.get(kind, 0)
                self.counters[kind] = n + 1
                found = letters(n)
                if found not in taken:
                    break
        if ent:
            self.entities[ent] = found
        if key:
            self.aliases.setdefault(f"{kind}:{key}", found)
        return found

    def _prefix_match(self, kind: str, key: str) -> str | None:
        # Without coreference ids: a surname alone (山田) joins the first full name starting with it.
        prefix = f"{kind}:{key}"
        for k, v in self.aliases.items():
            if k.startswith(prefix) and len(k) > len(prefix):
                return v
        return None

    def to_dict(self) -> dict[str, Any]:
        """Serialisable form (for the vault); document-local entity ids are not saved."""
        return {"counters": dict(self.counters), "aliases": dict(self.aliases), "tokens": dict(self.tokens)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "PseudonymState":
        """Inverse of :meth:`to_dict`."""
        return cls(counters=dict(d.get("counters", {})), aliases=dict(d.get("aliases", {})),
                   tokens=dict(d.get("tokens", {})))
