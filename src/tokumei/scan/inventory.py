"""The personal-data inventory: JSON (machine format), HTML (for people), CSV (for Excel).

JSON schema ``tokumei.inventory/1`` (the breach module reads it)::

    {
      "schema": "tokumei.inventory/1",
      "created_at": "2026-11-27T00:00:00+00:00", "engine": "local" | "dask",
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
            "huge_cells": 1?, "examples": ["090-****-5678"]?     # only with --show-examples, masked
          }],
          "issues": [{"code": "E601", "message": "..."}],
          "malformed_lines": 2?, "mixed_encoding_lines": 1?, "encoding": "cp932"?  # CSV only
        }],
        "files": [{"path": "契約/山田.docx", "kind": "docx", "units": 12,
                   "counts": {"PERSON": 3, "PHONE": 1},
                   "locations": {"PERSON": ["1段落目", "表1 2行3列"]}, "issues": []}],
        "issues": [],
        "failed": true?          # only when the target could not be read at all (exit code 3)
      }],
      "issues_count": 3
    }

``matched_share`` is the share of non-empty scanned values that matched the column's category.
Raw values never appear; ``examples`` exist only with ``--show-examples`` and are masked.

例::

    >>> write_json(inv, Path("inventory.json"))
"""
from __future__ import annotations

import html
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
    order = {c: i for i, c in enumerate(SCAN_CATEGORIES)}
    cats = sorted(present, key=lambda c: (order.get(c, 999), c))
    return {
        "schema": SCHEMA,
        "created_at": created,
        "engine": engine,
        "mode": mode,
        "sample_rows": sample,
        "categories_present": cats,
        "sensitive_present": any(c in SENSITIVE for c in cats),
        "sources": sources,
        "issues_count": issues,
    }


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


CSV_HEADER = ["ソース", "テーブル/ファイル", "列", "区分", "区分(日本語)", "確信度", "一致率", "保護状態",
              "ハッシュ方式", "弱いハッシュ", "要配慮", "走査行数", "件数", "場所", "根拠"]


def csv_rows(inv: dict) -> list[list[Any]]:
    """One row per column (tables) and per label (files)."""
    rows: list[list[Any]] = []
    for src in inv["sources"]:
        for t in src["tables"]:
            for c in t["columns"]:
                p = c["protection"] or {}
                ev = c["evidence"]
                why = "・".join(x for x in (
                    f"列名「{ev['name_keyword']}」" if ev.get("name_keyword") else "",
                    ",".join(ev.get("value_patterns", {})),
                    "自由記述" if ev.get("free_text") else "") if x)
                rows.append([src["target"], t["name"], c["name"], c["category"] or "", c["category_ja"] or "",
                             c["confidence"], c["matched_share"], p.get("state", ""),
                             ",".join(p.get("schemes", {})), "はい" if p.get("weak") else "",
                             "はい" if c["sensitive"] else "", c["rows_scanned"], "", "", why])
        for f in src["files"]:
            for label, n in f["counts"].items():
                rows.append([src["target"], f["path"], "", label, CATEGORY_JA.get(label, label), "", "", "", "", "",
                             "はい" if label in SENSITIVE else "", "", n, " / ".join(f["locations"].get(label, [])), ""])
    return rows


def write_csv(inv: dict, out: Path, encoding: str = "utf-8-sig") -> Path:
    """CSV that Excel in Japan opens correctly (BOM or cp932, CRLF; formulas guarded)."""
    from tokumei.formats.csvio import write_csv_for_excel

    return write_csv_for_excel(Path(out), CSV_HEADER, csv_rows(inv), encoding=encoding)


_CSS = """body{font-family:'Hiragino Sans','Noto Sans JP','IPAexGothic',sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.3em .6em;font-size:90%}
th{background:#eef}.hi{background:#fee}.sens{color:#a00;font-weight:bold}.issue{color:#a60}"""


def render_html(inv: dict) -> str:
    """A self-contained HTML report in Japanese (no scripts, no external files)."""
    e = html.escape
    out = ["<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>個人データ棚卸し</title>",
           f"<style>{_CSS}</style></head><body><h1>個人データ棚卸し</h1>",
           f"<p>作成: {e(inv['created_at'])}・方式: {'全件' if inv['mode'] == 'full' else '標本 ' + str(inv['sample_rows']) + ' 行'}"
           f"・実行: {e(inv['engine'])}</p>",
           "<p>見つかった区分: " + (e("、".join(CATEGORY_JA.get(c, c) for c in inv["categories_present"])) or "なし") + "</p>"]
    if inv["sensitive_present"]:
        out.append("<p class='sens'>要配慮個人情報が含まれています。</p>")
    for src in inv["sources"]:
        out.append(f"<h2>{e(src['target'])} <small>({e(src['kind'])})</small></h2>")
        out.extend(f"<p class='issue'>{e(i['code'])}: {e(i['message'])}</p>" for i in src["issues"])
        for t in src["tables"]:
            total = t["rows_total"] if t["rows_total"] is not None else "?"
            out.append(f"<h3>{e(t['name'])}</h3><p>総行数 {total}・走査 {t['rows_scanned']} 行</p>")
            shown = any("examples" in c for c in t["columns"])
            out.append("<table><tr><th>列</th><th>区分</th><th>確信度</th><th>一致率</th><th>保護状態</th><th>根拠</th>"
                       + ("<th>例（伏せ字）</th>" if shown else "") + "</tr>")
            for c in t["columns"]:
                p = c["protection"] or {}
                state = p.get("state", "")
                if p.get("schemes"):
                    state += " (" + ", ".join(p["schemes"]) + (", 弱い" if p.get("weak") else "") + ")"
                risky = state.startswith("plaintext") and c["category"] in {"CREDIT_CARD", "PASSWORD", "MY_NUMBER"}
                cls = " class='hi'" if risky or p.get("weak") else ""
                ev = c["evidence"]
                why = "、".join(x for x in (ev.get("name_keyword") and f"列名「{ev['name_keyword']}」",
                                           ", ".join(ev.get("value_patterns", {})) or None) if x)
                cat = c["category_ja"] or "—"
                if c["sensitive"]:
                    cat = f"<span class='sens'>{e(cat)}</span>"
                else:
                    cat = e(cat)
                out.append(f"<tr{cls}><td>{e(c['name'])}</td><td>{cat}</td><td>{c['confidence']:.2f}</td>"
                           f"<td>{c['matched_share']:.0%}</td><td>{e(state)}</td><td>{e(why)}</td>"
                           + (f"<td>{e(' / '.join(c.get('examples', [])))}</td>" if shown else "") + "</tr>")
            out.append("</table>")
            out.extend(f"<p class='issue'>{e(i['code'])}: {e(i['message'])}</p>" for i in t["issues"])
        if src["files"]:
            out.append("<table><tr><th>ファイル</th><th>区分ごとの件数</th><th>場所</th></tr>")
            for f in src["files"]:
                counts = "、".join(f"{CATEGORY_JA.get(k, k)} {v}" for k, v in f["counts"].items()) or "なし"
                where = "; ".join(f"{CATEGORY_JA.get(k, k)}: {' / '.join(v[:5])}" for k, v in f["locations"].items())
                out.append(f"<tr><td>{e(f['path'])}</td><td>{e(counts)}</td><td>{e(where)}</td></tr>")
            out.append("</table>")
            for f in src["files"]:
                out.extend(f"<p class='issue'>{e(i['code'])}: {e(i['message'])}</p>" for i in f["issues"])
    out.append("</body></html>\n")
    return "\n".join(out)


def write_html(inv: dict, out: Path) -> Path:
    """Write :func:`render_html` to ``out``."""
    Path(out).write_text(render_html(inv), encoding="utf-8")
    return Path(out)
