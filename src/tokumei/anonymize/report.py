"""Reports of what anonymize changed: machine JSON and a self-contained Japanese HTML page.

Both hold the original passages, so they are written only where the user asks (``--report``).
The HTML page has no scripts, no external resources and a Content-Security-Policy that forbids
them; every piece of user text goes through :func:`html.escape`, so markup in the input stays
text (an XSS payload is shown, never run).

例::

    >>> from tokumei.anonymize import anonymize
    >>> d = to_json([("本文", anonymize("電話090-1234-5678"))])
    >>> d["replacements"][0]["label"], d["replacements"][0]["replacement"]
    ('PHONE', '（電話番号）')
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Sequence

from tokumei.anonymize.engine import AnonymizeResult, label_ja
from tokumei.anonymize.risk import KIND_JA, KIND_SCORE

SCHEMA_VERSION = 1
Unit = tuple[str, AnonymizeResult]  # (where, result) — "where" is a location such as "3段落目"


def to_json(units: Sequence[Unit], *, source: str = "", policy: str = "") -> dict[str, Any]:
    """The machine report: ``replacements`` and ``risks`` (offsets, passage, label/kind, rule,
    score, reason, suggestion), per unit where the input had several."""
    reps: list[dict[str, Any]] = []
    risks: list[dict[str, Any]] = []
    review: list[dict[str, Any]] = []
    for i, (where, r) in enumerate(units):
        for item in r.review:
            review.append({"unit": i, "where": where, **item.to_dict()})
        for x in r.replacements:
            reps.append({
                "unit": i, "where": where, "start": x.start, "end": x.end, "new_start": x.new_start,
                "new_end": x.new_end, "text": x.original, "label": x.label,
                "label_ja": label_ja(x.label), "rule": x.rule,
                "score": round(x.score, 4), "reason": x.reason, "replacement": x.replacement,
                "suggestion": x.replacement, "entity_id": x.entity_id, "restorable": x.restorable,
            })
        for f in r.risks:
            risks.append({
                "unit": i, "where": where, "start": f.start, "end": f.end, "text": f.text, "kind": f.kind,
                "kind_ja": KIND_JA.get(f.kind, f.kind), "rule": f"risk.{f.kind}",
                "score": KIND_SCORE.get(f.kind, 0.5), "reason": f.why, "suggestion": f.suggestion,
                "applied": f.applied,
            })
    return {
        "tool": "tokumei", "schema": SCHEMA_VERSION, "source": source,
        "policy": policy or (units[0][1].policy if units else ""),
        "summary": {"replacements": len(reps), "risks": len(risks), "review": len(review)},
        "replacements": reps, "risks": risks, "review": review,
    }


def _marked(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap non-overlapping ranges in <mark class=… title=…>."""
    out: list[str] = []
    pos = 0
    for a, b, cls, title in sorted(marks):
        if a < pos:
            continue
        out.append(html.escape(text[pos:a]))
        out.append(f'<mark class="{cls}" title="{html.escape(title)}">{html.escape(text[a:b])}</mark>')
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)


_CSS = """body{font-family:"IPAexGothic","Noto Sans JP",sans-serif;margin:1.5em;color:#222}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}.pair pre{white-space:pre-wrap;border:1px solid #ccc;
padding:.8em;background:#fafafa}mark.pii{background:#ffd7d7}mark.new{background:#d7f0ff}
mark.risk{background:#fff3b0;border-bottom:2px solid #d9a400}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top}th{background:#eee}"""


def to_html(units: Sequence[Unit], *, source: str = "", policy: str = "") -> str:
    """A self-contained page: original and anonymized side by side, every replacement highlighted
    with its reason, then the replacement list and the re-identification risk flags."""
    e = html.escape
    parts = [
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>匿名化レポート {e(source)}</title><style>{_CSS}</style></head><body>",
        f"<h1>匿名化レポート</h1><p>対象: {e(source or '（標準入力）')} ／ ポリシー: {e(policy)}</p>",
        "<p>このレポートには元の個人情報が含まれます。取り扱いに注意してください。</p>",
    ]
    rep_rows: list[str] = []
    risk_rows: list[str] = []
    review_rows: list[str] = []
    quiet = 0
    for where, r in units:
        for it in r.review:
            review_rows.append(f"<tr><td>{e(where)}</td><td>{it.line}行目</td><td>{e(it.text)}</td>"
                               f"<td>{e(it.reason)}</td><td>{it.count}</td></tr>")
        if len(units) > 1 and not r.replacements and not r.risks:
            quiet += 1  # a long document: only the parts with changes or flags are shown
            continue
        orig_marks = [(x.start, x.end, "pii", f"{x.reason} → {x.replacement}") for x in r.replacements]
        orig_marks += [(f.start, f.end, "risk", f"{f.why}（提案: {f.suggestion}）") for f in r.risks if not f.applied]
        new_marks = [(x.new_start, x.new_end, "new", x.reason) for x in r.replacements]
        parts.append(f"<h2>{e(where)}</h2><div class=\"pair\"><div><h3>元の文章</h3><pre>"
                     f"{_marked(r.original, orig_marks)}</pre></div><div><h3>匿名化後</h3><pre>"
                     f"{_marked(r.text, new_marks)}</pre></div></div>")
        for x in r.replacements:
            rep_rows.append(f"<tr><td>{e(where)}</td><td>{e(label_ja(x.label))}</td>"
                            f"<td>{e(x.original)}</td><td>{e(x.replacement)}</td><td>{e(x.rule)}</td>"
                            f"<td>{x.score:.2f}</td><td>{e(x.reason)}</td></tr>")
        for f in r.risks:
            risk_rows.append(f"<tr><td>{e(where)}</td><td>{e(KIND_JA.get(f.kind, f.kind))}</td><td>{e(f.text)}</td>"
                             f"<td>{e(f.why)}</td><td>{e(f.suggestion)}</td><td>{'適用済み' if f.applied else '要確認'}</td></tr>")
    if quiet:
        parts.append(f"<p>変更も指摘もない {quiet} 箇所は省略しました。</p>")
    parts.append(f"<h2>置換の一覧（{len(rep_rows)} 件）</h2><table><tr><th>場所</th><th>種類</th><th>元の記述</th>"
                 "<th>置換後</th><th>規則</th><th>スコア</th><th>理由</th></tr>" + "".join(rep_rows) + "</table>")
    parts.append(f"<h2>再識別リスク（{len(risk_rows)} 件）</h2><p>名前がなくても事業者を特定できる記述です。"
                 "提案に沿って一般化することを検討してください。</p><table><tr><th>場所</th><th>種類</th>"
                 "<th>該当箇所</th><th>理由</th><th>一般化の提案</th><th>状態</th></tr>" + "".join(risk_rows) + "</table>")
    parts.append(f"<h2>要確認の固有名詞（{len(review_rows)} 件）</h2><p>置換も許可もされていない名前らしい語です。"
                 "置換するか、プロジェクトの許可リストに加えてください。</p><table><tr><th>場所</th><th>行</th>"
                 "<th>語</th><th>理由</th><th>回数</th></tr>" + "".join(review_rows) + "</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write_report(path: str | Path, units: Sequence[Unit], *, source: str = "", policy: str = "") -> Path:
    """Write ``.json`` or ``.html``/``.htm`` by suffix (anything else: E200)."""
    from tokumei.errors import TokumeiError

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        body = json.dumps(to_json(units, source=source, policy=policy), ensure_ascii=False, indent=1) + "\n"
    elif suffix in (".html", ".htm"):
        body = to_html(units, source=source, policy=policy)
    else:
        raise TokumeiError("E200", why=f"--report は .json か .html にしてください: {p.name}")
    p.write_text(body, encoding="utf-8")
    return p
