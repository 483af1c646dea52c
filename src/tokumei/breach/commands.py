"""`tokumei breach assess` and `tokumei breach notices`.

* ``breach assess INCIDENT.toml [--inventory INVENTORY.json] [--json]`` — the decision with its
  reasons and deadlines, and a draft of the report items (施行規則第8条第1項).
* ``breach notices INCIDENT.toml --people AFFECTED.csv --out DIR [--inventory …] [--date …]`` —
  per-person SMS / e-mail / letter (.docx + PDF), public announcement, FAQ and the report draft,
  written only under DIR. Standard output carries counts only, never a personal value.

例::

    tokumei breach assess examples/breach/members-club.toml
    tokumei breach notices examples/breach/members-club.toml --people examples/breach/affected.csv --out out/
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tokumei.breach.assess import assess
from tokumei.breach.draft import draft_items, render_decision
from tokumei.breach.incident import JST, load_incident
from tokumei.breach.ruleset import load_ruleset
from tokumei.errors import TokumeiError


def add_parser(sub: Any) -> None:
    p = sub.add_parser("breach", help="漏えい等への対応（報告要否の判定・期限・報告案・本人通知）")
    bs = p.add_subparsers(dest="breach_command", metavar="SUBCOMMAND")
    a = bs.add_parser("assess", help="個人情報保護委員会への報告要否・期限を判定し、報告事項の下書きを出す")
    a.add_argument("incident", help="事故情報ファイル (INCIDENT.toml)")
    a.add_argument("--inventory", help="tokumei scan の棚卸し結果 (JSON)")
    a.add_argument("--json", action="store_true", help="JSON で出力")
    a.set_defaults(run=run_assess)
    n = bs.add_parser("notices", help="本人への通知文（SMS・メール・郵送）、公表文、FAQ を作る")
    n.add_argument("incident", help="事故情報ファイル (INCIDENT.toml)")
    n.add_argument("--people", required=True, help="対象者一覧 CSV（氏名, 郵便番号, 住所, メール, 電話番号 のうちある列）")
    n.add_argument("--out", required=True, help="出力フォルダ（通知文はここにだけ書きます）")
    n.add_argument("--inventory", help="tokumei scan の棚卸し結果 (JSON)")
    n.add_argument("--date", help="通知日 YYYY-MM-DD（既定: 今日・日本時間）")
    n.add_argument("--no-pdf", action="store_true", help="郵送用の PDF を作らない（.docx のみ）")
    n.set_defaults(run=run_notices)
    p.set_defaults(run=lambda args: (p.print_help(sys.stderr), 2)[1])


def _load(args: argparse.Namespace, with_use: bool = False) -> tuple:
    """(incident, assessment) — and the :class:`~tokumei.breach.inventory.InventoryUse` when asked."""
    # with --inventory the items come from the scan, so ``items`` may be left out
    inc = load_incident(args.incident, items_required=not args.inventory)
    use = None
    if args.inventory:
        from tokumei.breach.inventory import apply_use, load_inventory, use_inventory

        use = use_inventory(load_inventory(args.inventory), inc.systems, inc.not_items or ())
        inc = apply_use(inc, use)
    a = assess(inc, load_ruleset(inc.discovered_date))
    return (inc, a, use) if with_use else (inc, a)


def render_use(use) -> str:
    """The inventory part of the decision: which column gave which item, contradictions with
    ``not_items``, and the questions for the person."""
    from tokumei.breach.labels import item_ja

    out = ["\n■ 棚卸し（--inventory）から"]
    for key, cols in use.sources.items():
        out.append(f"  {item_ja(key)} ← {'、'.join(cols)}")
    if not use.sources:
        out.append("  （確かな項目は見つかりませんでした）")
    if use.contradictions:
        out.append("\n  ◆ 矛盾（not_items と棚卸し）")
        out += [f"  - {c}" for c in use.contradictions]
    if use.questions:
        out.append("\n  ◆ 確認してください（確信度の低い検出。項目には加えていません）")
        out += [f"  - {q}" for q in use.questions]
    return "\n".join(out) + "\n"


def run_assess(args: argparse.Namespace) -> int:
    inc, a, use = _load(args, with_use=True)
    if args.json:
        d = a.to_dict()
        d["draft"] = [{"item": h, "content": c, "ref": r} for h, c, r in draft_items(inc, a)]
        if use is not None:
            d["inventory"] = use.to_dict()
        json.dump(d, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_decision(inc, a))
        if use is not None:
            sys.stdout.write(render_use(use))
    return 0


def _notice_date(value: str | None) -> date:
    if not value:
        return datetime.now(JST).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TokumeiError("E200", why="--date は YYYY-MM-DD で指定してください") from None


def run_notices(args: argparse.Namespace) -> int:
    from tokumei.breach.notices.write import write_all
    from tokumei.breach.notices.people import read_people

    on = _notice_date(args.date)
    inc, a = _load(args)
    people = read_people(args.people)
    counts = write_all(inc, a, people, Path(args.out), on, pdf=not args.no_pdf)
    if not a.notify_individuals:
        why = f"委託元（{a.entrusted_by}）が通知する事態" if a.entrusted_by else "報告対象外の事態"
        print(f"注意: {why}のため、本人への通知は法令上の義務ではありません（任意の通知として作成）。", file=sys.stderr)
    print(f"通知文を作成しました: 対象 {len(people)} 人（郵送 {counts['letter']}、メール {counts['mail']}、"
          f"SMS {counts['sms']}）、公表文・FAQ・報告案 → {args.out}")
    return 0
