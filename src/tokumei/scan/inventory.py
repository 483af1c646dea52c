"""The personal-data inventory: JSON (machine format), HTML (for people), CSV (for Excel).

JSON schema ``tokumei.inventory/1`` (the breach module reads it)::

    {
      "schema": "tokumei.inventory/1",
      "created_at": "2026-11-27T00:00:00+00:00", "created_at_jst": "2026年11月27日 09:00（日本時間）",
      "engine": "local" | "dask",
      "mode": "sample" | "full", "sample_rows": 1000 | null,
      "categories_present": ["ADDRESS", "CREDIT_CARD", ...],   # every category found anywhere
      "sensitive_present": false,                             # any 要配慮個人情報 category
      "sources": [{
        "kind": "sqlite" | "database" | "csv" | "parquet" | "folder",
        "target": "顧客.sqlite" | "postgresql+psycopg://user:***@host/db",
        "tables": [{
          "name": "customers", "rows_total": 1000000 | null, "rows_scanned": 1000,
          "columns": [{
            "name": "電話番号",
            "category": "PHONE" | null, "category_ja": "電話番号",
            "categories": [{"label": "PHONE", "label_ja": "電話番号", "how": "name|value|contains",
                            "share": 0.98}],
            "confidence": 0.98,
            "evidence": {"column_name": "電話番号", "name_keyword": "電話", "name_category": "PHONE",
                         "value_patterns": {"jp.phone.v1": 980}, "matched_share": 0.98,
                         "free_text": true?},
            "protection": null | {"state": "plaintext|hashed|tokenised|masked|encrypted|mixed",
                                  "states": {"hashed": 0.7, ...},
                                  "schemes": {"bcrypt": 0.4, "md5": 0.3}, "weak": true},
            "sensitive": false,
            "rows_scanned": 1000, "non_empty": 990, "matched_share": 0.98,
            "huge_cells": 1?, "examples": ["090-****-5678"]?,    # only with --show-examples, masked
            "found": ["PHONE"],          # confident findings (breach uses only these)
            "review": [{"label": "MY_NUMBER", "label_ja": "マイナンバー", "share": 0.09, "count": 27,
                        "why": "chance|jan|technical|bare_digest|identifier|name_only|empty|few|health_info",
                        "base_rate": 0.1?}],            # 要確認: not found, shown with its evidence
            "sensitive_kinds": {"SENSITIVE_HEALTH": 0.15}?,  # 要配慮 in free-text values: share per kind
            "evidence_ja": ["列名「tel」が電話番号を示す", "分割列 tel01・tel02・tel03 をつないだ値の98%が電話番号の形"]
          }],
          "groups": [{"name": "tel01+tel02+tel03", "columns": [...], "category": "PHONE", "share": 0.98,
                      "confidence": 0.99, "confirmed": true, "prefecture_column": "pref"?}]?,
          "issues": [{"code": "E601", "message": "..."}],
          "malformed_lines": 2?, "mixed_encoding_lines": 1?, "nul_lines": 1?, "encoding": "cp932"?  # CSV only
        }],
        "files": [{"path": "契約/山田.docx", "kind": "docx", "units": 12,
                   "counts": {"PERSON": 3, "PHONE": 1},
                   "locations": {"PERSON": ["1段落目", "表1 2行3列"]}, "issues": []}],
        "issues": [],
        "failed": true?          # only when the target could not be read at all (exit code 3)
      }],
      "issues_count": 3,
      "summary": {"created_at_jst": "...", "tables": [{"source", "table", "rows", "categories", "anchor"}],
                  "sensitive": [{"table", "column", "kinds", "share", "free_text"}],
                  "protection": [{"table", "column", "category", "state", "weak"}],
                  "risks": [{"rank", "level": "高|中|低", "text"}],
                  "hold_less": [{"table", "column", "action", "text"}]}
    }

``matched_share`` is the share of non-empty scanned values that matched the column's category.
Raw values never appear; ``examples`` exist only with ``--show-examples`` and are masked.

例::

    >>> write_json(inv, Path("inventory.json"))
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tokumei.scan.vocab import CATEGORY_JA, SCAN_CATEGORIES, SENSITIVE

SCHEMA = "tokumei.inventory/1"


def found_categories(column: dict) -> set[str]:
    """What a column was found to hold: its ``found`` list (confident findings, see
    :mod:`tokumei.scan.decide`); for inventories written before ``found`` existed, its
    ``category`` and every category seen in its values (``how`` ≠ ``name``). Used for
    ``categories_present`` and by the breach module for what may have leaked.

    例: ``found_categories({"category": "PHONE", "categories": [{"label": "PHONE", "how": "value"}]}) == {"PHONE"}``
    """
    if "found" in column:
        return set(column["found"])
    cats = {column["category"]} if column.get("category") else set()
    cats.update(x["label"] for x in column.get("categories", []) if x.get("how") != "name")
    return cats


def build(sources: list[dict], *, mode: str, sample: int | None, engine: str, created: str) -> dict:
    """Assemble the top-level inventory from per-source dicts."""
    present: set[str] = set()
    issues = 0
    for src in sources:
        issues += len(src["issues"])
        for t in src["tables"]:
            issues += len(t["issues"])
            for c in t["columns"]:
                present |= found_categories(c)
        for f in src["files"]:
            issues += len(f["issues"])
            present.update(f["counts"])
    from tokumei.scan.summary import jst, summarize_inventory

    order = {c: i for i, c in enumerate(SCAN_CATEGORIES)}
    cats = sorted(present, key=lambda c: (order.get(c, 999), c))
    inv = {
        "schema": SCHEMA,
        "created_at": created,
        "created_at_jst": jst(created),
        "engine": engine,
        "mode": mode,
        "sample_rows": sample,
        "categories_present": cats,
        "sensitive_present": any(c in SENSITIVE for c in cats),
        "sources": sources,
        "issues_count": issues,
    }
    inv["summary"] = summarize_inventory(inv)
    return inv


def read_json(path: Path) -> dict:
    """Read an inventory written by ``tokumei scan`` (E107 if it is not one).

    例: ``read_json(Path("inventory.json"))["categories_present"]``
    """
    from tokumei.errors import TokumeiError

    try:
        inv = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise TokumeiError("E100", path=str(path)) from e
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TokumeiError("E107", path=str(path), why=type(e).__name__) from e
    if not isinstance(inv, dict) or inv.get("schema") != SCHEMA:
        raise TokumeiError("E107", path=str(path), why=f"{SCHEMA} ではありません")
    return inv


def write_json(inv: dict, out: Path | None) -> str:
    """Write (or return, when ``out`` is None) the inventory as UTF-8 JSON."""
    text = json.dumps(inv, ensure_ascii=False, indent=1) + "\n"
    if out is not None:
        Path(out).write_text(text, encoding="utf-8")
    return text


CSV_HEADER = ["種別", "ソース", "テーブル/ファイル", "列", "区分", "区分(日本語)", "確信度", "一致率", "保護状態",
              "ハッシュ方式", "弱いハッシュ", "要配慮", "走査行数", "件数", "場所", "根拠", "要確認"]


def _summary_rows(inv: dict) -> list[list[Any]]:
    """The summary first (same content as the HTML): tables, sensitive, protection, risks, hold less."""
    from tokumei.scan.summary import summarize_inventory

    s = inv.get("summary") or summarize_inventory(inv)
    blank = [""] * (len(CSV_HEADER) - 1)

    def row(kind: str, **cells: Any) -> list[Any]:
        r = [kind, *blank]
        for k, v in cells.items():
            r[CSV_HEADER.index(k)] = v
        return r

    out = [row("作成", 根拠=s.get("created_at_jst", ""))]
    out += [row("テーブル", ソース=t["source"], **{"テーブル/ファイル": t["table"]}, 件数=t["rows"],
                **{"区分(日本語)": "、".join(t["categories"])}) for t in s["tables"]]
    out += [row("要配慮", **{"テーブル/ファイル": x["table"]}, 列=x["column"], **{"区分(日本語)": "・".join(x["kinds"])},
                一致率=x["share"], 要配慮="はい") for x in s["sensitive"]]
    out += [row("保護", **{"テーブル/ファイル": p["table"]}, 列=p["column"], **{"区分(日本語)": p["category"]},
                保護状態=p["state"], 弱いハッシュ="はい" if p["weak"] else "") for p in s["protection"]]
    out += [row(f"リスク{r['rank']}（{r['level']}）", 根拠=r["text"]) for r in s["risks"]]
    out += [row(h["action"], **{"テーブル/ファイル": h["table"]}, 列=h["column"], 根拠=h["text"]) for h in s["hold_less"]]
    return out


def csv_rows(inv: dict) -> list[list[Any]]:
    """The summary rows, then one row per column (tables) and per label (files)."""
    from tokumei.scan.words import review_words

    rows: list[list[Any]] = _summary_rows(inv)
    for src in inv["sources"]:
        for t in src["tables"]:
            for c in t["columns"]:
                p = c["protection"] or {}
                why = "／".join(c.get("evidence_ja", []))
                review = "／".join(review_words(r) for r in c.get("review", []))
                rows.append(["列", src["target"], t["name"], c["name"], c["category"] or "", c["category_ja"] or "",
                             c["confidence"], c["matched_share"], p.get("state", ""),
                             ",".join(p.get("schemes", {})), "はい" if p.get("weak") else "",
                             "はい" if c["sensitive"] else "", c["rows_scanned"], "", "", why, review])
        for f in src["files"]:
            for label, n in f["counts"].items():
                rows.append(["ファイル", src["target"], f["path"], "", label, CATEGORY_JA.get(label, label), "", "", "", "",
                             "", "はい" if label in SENSITIVE else "", "", n, " / ".join(f["locations"].get(label, [])),
                             "", ""])
    return rows


def write_csv(inv: dict, out: Path, encoding: str = "utf-8-sig") -> Path:
    """CSV that Excel in Japan opens correctly (BOM or cp932, CRLF; formulas guarded)."""
    from tokumei.formats.csvio import write_csv_for_excel

    return write_csv_for_excel(Path(out), CSV_HEADER, csv_rows(inv), encoding=encoding)


def render_html(inv: dict) -> str:
    """The HTML report (see :mod:`tokumei.scan.report_html`)."""
    from tokumei.scan.report_html import render_html as _render

    return _render(inv)


def write_html(inv: dict, out: Path) -> Path:
    """Write :func:`render_html` to ``out``."""
    Path(out).write_text(render_html(inv), encoding="utf-8")
    return Path(out)
