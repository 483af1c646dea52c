"""The inventory entry of one column from its counts: category, confidence, what is *found*
and what is only *to review* (要確認), with the evidence in words.

What counts as found (breach reads ``found``; ``review`` becomes questions to the person):

* the column's category when the name and values agree, or the values alone are clear (share
  ≥ 0.5, or ≥ 0.2 for labels without a check digit); a name alone is enough for the categories
  whose values cannot be checked by shape (要配慮, identity numbers, 会員番号等, passwords, 氏名, 住所) —
  otherwise a name alone is to review;
* labels with a check digit found from values alone only when the share cannot be chance
  (:mod:`tokumei.scan.evidence`) — a technical name (``tracking_no``) only changes the reason
  given — and never when the values are JAN product codes;
* a bare hex digest (MD5/SHA-*) is a password hash only in a column named as a password;
* names (人名, 組織名, 地名 — the names tiers) are not found in a column of identifier tokens
  (most values mix ASCII letters and digits: salts, keys, order ids): a model or rule that reads
  「vbjIss80gd」 as a company is chance, so they are to review (``identifier``);
* labels contained in free text and 要配慮 kinds (:mod:`tokumei.scan.sensitive`) when at least
  two values or 5 % of them mention it (one stray mention is to review); numbers with a check
  digit inside free text, allergies and diets (``HEALTH_INFO``) are always to review.

例: ``decide("電話番号", stats)["found"] == ["PHONE"]``
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from tokumei.scan.classify import EXAMPLES, ColumnStats
from tokumei.scan.evidence import BASE_RATE, holds_against_chance
from tokumei.scan.groups import is_pref_name
from tokumei.scan.protection import WEAK_SCHEMES, summarize
from tokumei.scan.sensitive import SENSITIVE_KINDS
from tokumei.scan.vocab import CATEGORY_JA, SENSITIVE, name_category, technical_name
from tokumei.scan.words import evidence_words

# name category → value labels that confirm it
_CONFIRMS: dict[str, frozenset[str]] = {
    "DATE_OF_BIRTH": frozenset({"DATE_OF_BIRTH", "DATE"}),
    "PASSWORD": frozenset({"PASSWORD_HASH"}),
    "PASSWORD_HASH": frozenset({"PASSWORD_HASH"}),
    "ADDRESS": frozenset({"ADDRESS"}),
}
#: Categories a column name establishes on its own (their values have no checkable shape, or
#: are stored protected). MEMBER_ID (#12): a shop's or office's own numbering (1, 2, 3 … or
#: 「A-2034-5512」) has no shape to check, so 会員番号 / customer_id is enough, as 氏名 is.
NAME_SUFFICES = frozenset(SENSITIVE) | {
    "PERSON", "ADDRESS", "MEMBER_ID", "MY_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "PENSION_NUMBER", "PASSPORT",
    "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "DRIVERS_LICENSE", "RESIDENCE_CARD",
    "PASSWORD", "PASSWORD_HASH", "GENDER"}
#: Free text: a label contained in at least this many values, or this share, is found.
MIN_MENTIONS, MIN_MENTION_SHARE = 2, 0.05
#: Labels of the names tiers (jp.names.rules / jp.names.model), which read any capitalised
#: token as a possible name.
NAME_LABELS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
#: Share of identifier tokens (:data:`tokumei.scan.classify.IDENT`) that makes a column technical.
IDENT_SHARE = 0.5


def _identifier_names(name_cat: str | None, st: ColumnStats) -> tuple[ColumnStats, list[dict]]:
    """In a column of identifier tokens, take the names-tier labels out of the counts (except the
    one the column's name gives) and return them as review items."""
    ne = st.non_empty
    if not ne or st.ident / ne < IDENT_SHARE:
        return st, []
    drop = {k for k in (set(st.full) | set(st.contains)) & NAME_LABELS if k != name_cat}
    if not drop:
        return st, []
    review = [{"label": k, "share": round((st.full[k] + st.contains[k]) / ne, 4),
               "count": st.full[k] + st.contains[k], "why": "identifier"} for k in sorted(drop)]
    keep = replace(st, full=Counter({k: v for k, v in st.full.items() if k not in drop}),
                   contains=Counter({k: v for k, v in st.contains.items() if k not in drop}))
    return keep, review


def _value_shares(st: ColumnStats, name_cat: str | None) -> dict[str, float]:
    ne = st.non_empty
    shares = {k: v / ne for k, v in st.full.items()}
    if st.gender and st.gender / ne >= 0.5:
        shares["GENDER"] = st.gender / ne
    if name_cat == "AGE" and st.small_int:
        shares["AGE"] = st.small_int / ne
    return shares


def _doubtful(name: str, name_cat: str | None, st: ColumnStats, shares: dict[str, float]) -> list[dict]:
    """Remove the value-only labels that do not hold from ``shares``; return them as review items."""
    ne = st.non_empty
    review = []
    technical = technical_name(name) if not name_cat else None
    jan = st.jan / ne >= 0.5 if ne else False
    for label in sorted(shares):
        if label not in BASE_RATE or label == name_cat:
            continue
        k = st.full[label]
        # a share chance cannot give holds even under a technical name (a column "code" full of
        # valid My Numbers is a finding); JAN product codes never are persons' numbers
        why = "jan" if jan else None
        if why is None and not holds_against_chance(label, k, ne):
            why = "technical" if technical else "chance"
        if why:
            review.append({"label": label, "share": round(shares.pop(label), 4), "count": k, "why": why,
                           "base_rate": BASE_RATE[label]})
    if "PASSWORD_HASH" in shares and name_cat not in {"PASSWORD", "PASSWORD_HASH"}:
        strong = sum(n for key, n in st.protect.items()
                     if key.startswith("hashed:") and key.split(":", 1)[1] not in WEAK_SCHEMES)
        if strong / ne < 0.5:  # bare hex digests: any random key or id looks the same
            review.append({"label": "PASSWORD_HASH", "share": round(shares.pop("PASSWORD_HASH"), 4),
                           "count": st.full["PASSWORD_HASH"], "why": "bare_digest"})
    return review


def _mention(count: int, ne: int) -> bool:
    return count >= MIN_MENTIONS or (ne > 0 and count / ne >= MIN_MENTION_SHARE)


def decide(name: str, st: ColumnStats, *, examples: bool = False) -> dict:
    """The inventory entry for one column (see :mod:`tokumei.scan.inventory` for the schema).

    例: ``decide("電話番号", stats)["category"] == "PHONE"``
    """
    nm = name_category(name)
    name_cat, keyword = nm if nm else (None, None)
    ne = st.non_empty
    st, review = _identifier_names(name_cat, st)
    shares = _value_shares(st, name_cat) if ne else {}
    review += _doubtful(name, name_cat, st, shares) if ne else []
    if ne and name_cat == "ADDRESS" and is_pref_name(name) and st.pref:
        shares["ADDRESS"] = max(shares.get("ADDRESS", 0.0), st.pref / ne)
    sens_share = {k: n / ne for k, n in st.sensitive.items() if k != "ANY"} if ne else {}
    if name_cat in SENSITIVE and name_cat in sens_share:
        shares[name_cat] = max(shares.get(name_cat, 0.0), sens_share[name_cat])
    best, best_share = None, 0.0
    for label, s in sorted(shares.items()):
        if s > best_share:
            best, best_share = label, s
    confirms = _CONFIRMS.get(name_cat or "", frozenset({name_cat}))
    name_share = max((shares.get(x, 0.0) for x in confirms), default=0.0)
    free_text = False
    how = "value"
    if name_cat in {"PASSWORD", "PASSWORD_HASH"}:
        hashed = shares.get("PASSWORD_HASH", 0.0)
        category = "PASSWORD_HASH" if hashed >= 0.5 else "PASSWORD"
        matched = hashed if category == "PASSWORD_HASH" else (1.0 - hashed if ne else 0.0)
        confidence = 0.8 + 0.19 * max(hashed, 1 - hashed) if ne else 0.5
        how = "name+value"
    elif name_cat and (name_share >= 0.3 or not best or best_share < 0.5):
        category, matched = name_cat, name_share
        if name_share >= 0.3:
            confidence, how = 0.8 + 0.19 * name_share, "name+value"
        else:
            confidence, how = (0.6 if ne else 0.5), "name"
    elif best and best_share >= 0.2:
        category, matched = best, best_share
        confidence = (0.4 if name_cat else 0.3) + 0.6 * best_share
    elif st.contains:
        label, count = sorted(st.contains.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        category, matched, free_text = label, count / ne, True
        confidence = min(0.6, 0.3 + matched)
        how = "contains"
    else:
        category, matched, confidence, how = None, 0.0, 0.0, None
    cats: dict[str, dict] = {}
    if name_cat:
        cats[name_cat] = {"label": name_cat, "how": "name", "share": round(name_share, 4)}
    for label, s in shares.items():
        if s >= 0.01 or label == category:
            cats[label] = {"label": label, "how": "value", "share": round(s, 4)}
    for label, count in st.contains.items():
        if label not in cats:
            cats[label] = {"label": label, "how": "contains", "share": round(count / ne, 4)}
    found: list[str] = []
    sensitive_kinds: dict[str, float] = {}
    for kind, s in sorted(sens_share.items()):
        if kind in SENSITIVE_KINDS and _mention(st.sensitive[kind], ne):
            sensitive_kinds[kind] = round(s, 4)
            cats.setdefault(kind, {"label": kind, "how": "contains", "share": round(s, 4)})
        else:
            review.append({"label": kind, "share": round(s, 4), "count": st.sensitive[kind],
                           "why": "health_info" if kind == "HEALTH_INFO" else "few"})
    if category is None and sensitive_kinds:
        category = max(sorted(sensitive_kinds), key=sensitive_kinds.get)
        matched, free_text, how = sensitive_kinds[category], True, "contains"
        confidence = min(0.9, 0.6 + matched)
    if category and category not in cats:
        cats[category] = {"label": category, "how": "value", "share": round(matched, 4)}
    # what is found and what is to review
    if category:
        if how == "name":
            if ne and category in NAME_SUFFICES:
                found.append(category)
            else:
                review.append({"label": category, "share": 0.0, "count": 0, "why": "empty" if not ne else "name_only"})
        elif how == "contains" and category not in sensitive_kinds:
            # a number with a check digit inside free text has no base rate to test against: asked
            ok = _mention(st.contains[category], ne) and category not in BASE_RATE
            (found.append(category) if ok
             else review.append({"label": category, "share": round(matched, 4), "count": st.contains[category],
                                 "why": "in_text" if category in BASE_RATE else "few"}))
        else:
            found.append(category)
    for c in cats.values():
        label = c["label"]
        if label in found or c["how"] == "name":
            continue
        if label in sensitive_kinds:
            found.append(label)
        elif c["how"] == "value" and c["share"] >= 0.2 and category not in {"PASSWORD", "PASSWORD_HASH"}:
            found.append(label)
        elif c["how"] == "contains" and label not in BASE_RATE and _mention(st.contains[label], ne):
            found.append(label)
        elif not any(r["label"] == label for r in review):
            why = "in_text" if c["how"] == "contains" and label in BASE_RATE else "few"
            review.append({"label": label, "share": c["share"], "count": st.full[label] or st.contains[label],
                           "why": why})
    for c in cats.values():
        c["label_ja"] = CATEGORY_JA.get(c["label"], c["label"])
    for r in review:
        r["label_ja"] = CATEGORY_JA.get(r["label"], r["label"])
    evidence: dict = {"column_name": name}
    if name_cat:
        evidence["name_keyword"] = keyword
        evidence["name_category"] = name_cat
    tech = technical_name(name)
    if tech and not name_cat:
        evidence["technical_keyword"] = tech
    if st.sources:
        evidence["value_patterns"] = dict(sorted(st.sources.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    evidence["matched_share"] = round(matched, 4)
    if free_text:
        evidence["free_text"] = True
    if ne and name_cat == "ADDRESS" and is_pref_name(name) and st.pref:
        evidence["prefecture_share"] = round(st.pref / ne, 4)
    if ne and st.jan / ne >= 0.5:
        evidence["jan_share"] = round(st.jan / ne, 4)
    out = {
        "name": name,
        "category": category,
        "category_ja": CATEGORY_JA.get(category, category) if category else None,
        "categories": sorted(cats.values(), key=lambda c: (-c["share"], c["label"])),
        "confidence": round(min(confidence, 0.99), 3),
        "evidence": evidence,
        "protection": summarize(dict(st.protect), ne, category),
        "sensitive": any(c in SENSITIVE for c in found),
        "rows_scanned": st.rows,
        "non_empty": ne,
        "matched_share": round(matched, 4),
        # the category first, the rest by name: the same order whatever order the parts merged in
        "found": ([category] if category in found else []) + sorted(set(found) - {category}),
        "review": sorted(review, key=lambda r: (-r["share"], r["label"])),
    }
    if sensitive_kinds:
        out["sensitive_kinds"] = sensitive_kinds
        out["sensitive_share"] = round(st.sensitive["ANY"] / st.rows, 4)  # of all rows (people), not of notes
    if st.huge:
        out["huge_cells"] = st.huge
    out["evidence_ja"] = evidence_words(out)
    if examples:
        mine = st.examples.get(category or "_", [])
        out["examples"] = (mine or [x for k in sorted(st.examples) for x in st.examples[k]])[:EXAMPLES]
    return out
