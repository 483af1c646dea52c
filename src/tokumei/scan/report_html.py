"""The HTML report for people: summary first (tables and people, sensitive data, protection,
risks ranked, what to hold less), a table of contents, then the details per table with the
evidence in words. Self-contained: no scripts, no external files; times in JST; no values
except the masked examples of ``--show-examples``.

例::

    >>> Path("棚卸し.html").write_text(render_html(inv), encoding="utf-8")   # doctest: +SKIP
"""
from __future__ import annotations

import html

from tokumei.scan.summary import anchor, protection_ja, summarize_inventory
from tokumei.scan.vocab import CATEGORY_JA
from tokumei.scan.words import review_words

_CSS = """body{font-family:'Hiragino Sans','Noto Sans JP','IPAexGothic',sans-serif;margin:2em auto;max-width:72em;color:#222;line-height:1.6}
table{border-collapse:collapse;margin:.6em 0 1.2em}td,th{border:1px solid #bbb;padding:.3em .6em;font-size:90%;vertical-align:top}
th{background:#eef;text-align:left}.hi{background:#fee}.sens{color:#a00;font-weight:bold}.issue{color:#a60}
nav{background:#f6f6f6;padding:.5em 1em;border:1px solid #ddd}nav ol{margin:.2em 0}
.lv-高{color:#fff;background:#c33;padding:0 .4em}.lv-中{background:#fc6;padding:0 .4em}.lv-低{background:#ddd;padding:0 .4em}
.review{color:#555;font-size:90%}"""


_SECRETS = {"PASSWORD", "PASSWORD_HASH", "CREDIT_CARD", "MY_NUMBER", "BANK_ACCOUNT", "PENSION_NUMBER",
            "DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD", "HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER"}


def _e(x: object) -> str:
    return html.escape(str(x))


def _summary(s: dict, inv: dict) -> list[str]:
    out = ["<section id='summary'><h2>1. まとめ</h2>"]
    mode = "全件" if inv["mode"] == "full" else f"標本（テーブルごとに最大 {inv['sample_rows']} 行）"
    out.append(f"<p>作成: {_e(s['created_at_jst'])}・走査: {_e(mode)}</p>")
    out.append("<h3 id='s-tables'>個人データのあるテーブル</h3>")
    if s["tables"]:
        out.append("<table><tr><th>テーブル</th><th>行数（人数の目安）</th><th>区分</th></tr>")
        for t in s["tables"]:
            out.append(f"<tr><td><a href='#{t['anchor']}'>{_e(t['table'])}</a><br><small>{_e(t['source'])}</small></td>"
                       f"<td>{t['rows']:,}</td><td>{_e('、'.join(t['categories']))}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p>個人データは見つかりませんでした。</p>")
    out.append("<h3 id='s-sensitive'>要配慮個人情報</h3>")
    if s["sensitive"]:
        out.append("<ul>" + "".join(
            f"<li class='sens'>{_e(x['table'])}.{_e(x['column'])}: {_e('・'.join(x['kinds']))}"
            + (f"（{x['share']:.0%} の行の自由記述）" if x["free_text"] else "") + "</li>" for x in s["sensitive"]) + "</ul>")
    else:
        out.append("<p>見つかりませんでした。</p>")
    out.append("<h3 id='s-protection'>パスワード・カード番号の保護</h3>")
    if s["protection"]:
        out.append("<table><tr><th>列</th><th>区分</th><th>保護</th></tr>")
        for p in s["protection"]:
            cls = " class='hi'" if p["weak"] else ""
            out.append(f"<tr{cls}><td>{_e(p['table'])}.{_e(p['column'])}</td><td>{_e(p['category'])}</td><td>{_e(p['state'])}</td></tr>")
        out.append("</table>")
    else:
        out.append("<p>該当する列はありません。</p>")
    out.append("<h3 id='s-risks'>リスク（高い順）</h3><ol>")
    out += [f"<li><span class='lv-{r['level']}'>{r['level']}</span> {_e(r['text'])}</li>" for r in s["risks"]]
    out.append("</ol><h3 id='s-hold-less'>持つ量を減らす提案</h3>")
    if s["hold_less"]:
        out.append("<table><tr><th>列</th><th>提案</th><th>理由</th></tr>")
        out += [f"<tr><td>{_e(h['table'])}.{_e(h['column'])}</td><td>{_e(h['action'])}</td><td>{_e(h['text'])}</td></tr>"
                for h in s["hold_less"]]
        out.append("</table>")
    else:
        out.append("<p>特にありません。</p>")
    out.append("</section>")
    return out


def _table(src: dict, t: dict, anchor: str) -> list[str]:
    total = f"{t['rows_total']:,}" if t["rows_total"] is not None else "?"
    out = [f"<h3 id='{anchor}'>{_e(t['name'])}</h3><p>総行数 {total}・走査 {t['rows_scanned']:,} 行</p>"]
    shown = any("examples" in c for c in t["columns"])
    out.append("<table><tr><th>列</th><th>区分</th><th>根拠</th><th>保護</th><th>要確認</th>"
               + ("<th>例（伏せ字）</th>" if shown else "") + "</tr>")
    for c in t["columns"]:
        p = c.get("protection") or {}
        # how a value is kept matters for secrets; a random id that looks like a digest is not "a weak hash"
        state = (protection_ja(p) or "") if c["category"] in _SECRETS else ""
        risky = (p.get("state") == "plaintext" and c["category"] in {"CREDIT_CARD", "PASSWORD", "MY_NUMBER"}) or p.get("weak")
        found = "、".join(CATEGORY_JA.get(x, x) for x in c.get("found", [])) or "—"
        cat = f"<span class='sens'>{_e(found)}</span>" if c["sensitive"] else _e(found)
        why = "<br>".join(_e(w) for w in c.get("evidence_ja", []))
        rev = "<br>".join(_e(review_words(r)) for r in c.get("review", []))
        out.append(f"<tr{' class=hi' if risky else ''}><td>{_e(c['name'])}</td><td>{cat}</td><td>{why}</td>"
                   f"<td>{_e(state)}</td><td class='review'>{rev}</td>"
                   + (f"<td>{_e(' / '.join(c.get('examples', [])))}</td>" if shown else "") + "</tr>")
    out.append("</table>")
    extra = [f"{k} {t[k]} 行" for k in ("malformed_lines", "mixed_encoding_lines", "nul_lines") if t.get(k)]
    if extra:
        out.append(f"<p class='issue'>飛ばした・読み替えた行: {_e('、'.join(extra))}</p>")
    out.extend(f"<p class='issue'>{_e(i['code'])}: {_e(i['message'])}</p>" for i in t["issues"])
    return out


def render_html(inv: dict) -> str:
    """A self-contained HTML report in Japanese (no scripts, no external files)."""
    s = inv.get("summary") or summarize_inventory(inv)
    out = ["<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>個人データ棚卸し</title>",
           f"<style>{_CSS}</style></head><body><h1>個人データ棚卸し</h1>"]
    toc = ["<nav><strong>目次</strong><ol><li><a href='#summary'>まとめ</a><ol>",
           "<li><a href='#s-tables'>個人データのあるテーブル</a></li><li><a href='#s-sensitive'>要配慮個人情報</a></li>",
           "<li><a href='#s-protection'>パスワード・カード番号の保護</a></li><li><a href='#s-risks'>リスク</a></li>",
           "<li><a href='#s-hold-less'>持つ量を減らす提案</a></li></ol></li><li><a href='#details'>詳細（テーブルごと）</a><ol>"]
    for src in inv["sources"]:
        for t in src["tables"]:
            toc.append(f"<li><a href='#{anchor(src['target'], t['name'])}'>{_e(t['name'])}</a></li>")
        if src["files"]:
            toc.append(f"<li><a href='#{anchor(src['target'], '')}'>{_e(src['target'])} の文書</a></li>")
    toc.append("</ol></li></ol></nav>")
    out += toc + _summary(s, inv)
    out.append("<section id='details'><h2>2. 詳細（テーブルごと）</h2>")
    for src in inv["sources"]:
        out.append(f"<h2>{_e(src['target'])} <small>({_e(src['kind'])})</small></h2>")
        out.extend(f"<p class='issue'>{_e(i['code'])}: {_e(i['message'])}</p>" for i in src["issues"])
        for t in src["tables"]:
            out += _table(src, t, anchor(src["target"], t["name"]))
        if src["files"]:
            out.append(f"<table id='{anchor(src['target'], '')}'><tr><th>ファイル</th><th>区分ごとの件数</th><th>場所</th></tr>")
            for f in src["files"]:
                counts = "、".join(f"{CATEGORY_JA.get(k, k)} {v}" for k, v in f["counts"].items()) or "なし"
                where = "; ".join(f"{CATEGORY_JA.get(k, k)}: {' / '.join(v[:5])}" for k, v in f["locations"].items())
                out.append(f"<tr><td>{_e(f['path'])}</td><td>{_e(counts)}</td><td>{_e(where)}</td></tr>")
            out.append("</table>")
            for f in src["files"]:
                out.extend(f"<p class='issue'>{_e(i['code'])}: {_e(i['message'])}</p>" for i in f["issues"])
    out.append("</section></body></html>\n")
    return "\n".join(out)
