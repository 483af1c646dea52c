"""`tokumei detect PATH|-` — show where the personal information is.

Default: a readable table. ``--json``: one JSON document. ``--jsonl``: stdin lines
``{"id","text"}`` → stdout lines ``{"id","entities":[...]}``, one per input line, in order.
The analyzer (and any models) loads once per process.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import Any, TextIO

from tokumei.span import LABEL_JA, Span


def add_parser(sub: Any) -> None:
    p = sub.add_parser("detect", help="個人情報を検出して一覧表示する")
    p.add_argument("path", help="入力ファイル（- で標準入力）")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true", help="JSON で出力")
    g.add_argument("--jsonl", action="store_true", help='標準入力の各行 {"id","text"} を処理して JSONL で出力')
    p.add_argument("--labels", help="検出するラベル（カンマ区切り）")
    p.add_argument("--threshold", type=float, default=None, help="報告する最小スコア")
    p.add_argument("--project", help="プロジェクトフォルダ（辞書・許可リスト）")
    p.set_defaults(run=run)


def _entity(s: Span) -> dict[str, Any]:
    d: dict[str, Any] = {
        "start": s.start, "end": s.end, "label": s.label, "text": s.text,
        "score": round(s.score, 4), "source": s.source,
    }
    if s.entity_id is not None:
        d["entity_id"] = s.entity_id
    return d


def _analyzer(args: argparse.Namespace):
    from tokumei.detect import default_analyzer

    if args.project:
        from tokumei.detect.names.project import analyzer_for_project

        return analyzer_for_project(args.project)
    return default_analyzer()


def run(args: argparse.Namespace) -> int:
    labels = [x.strip() for x in args.labels.split(",")] if args.labels else None
    analyzer = _analyzer(args)
    if args.jsonl:
        return _run_jsonl(analyzer, sys.stdin, sys.stdout, labels, args.threshold)
    from tokumei.formats.text import decode_bytes, read_text

    if args.path == "-":
        text = decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    else:
        text = read_text(args.path)
    spans = _personal(analyzer.analyze(text, labels=labels, threshold=args.threshold))
    if args.json:
        json.dump({"entities": [_entity(s) for s in spans]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_table(text, spans, sys.stdout)
    return 0


def _personal(spans: list) -> list:
    """The spans to list: a public body or name the allow-list keeps (``data["allowed"]``, 厚生労働省)
    is found but is nobody's personal information, so the command leaves it out as anonymize keeps it."""
    return [s for s in spans if not (s.data or {}).get("allowed")]


def _run_jsonl(analyzer, stdin: TextIO, stdout: TextIO, labels, threshold) -> int:
    from tokumei.formats.jsonl import iter_jsonl

    for _lineno, record_id, text in iter_jsonl(stdin):
        spans = _personal(analyzer.analyze(text, labels=labels, threshold=threshold))
        out = {"id": record_id, "entities": [_entity(s) for s in spans]}
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _width(text: str) -> int:
    """Display width in a terminal: East Asian wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def _print_table(text: str, spans: list[Span], out: TextIO) -> None:
    if not spans:
        out.write("個人情報は見つかりませんでした。\n")
        return
    out.write(f"{_pad('行:桁', 9, right=True)}  {_pad('種類', 20)} {_pad('スコア', 6)} {_pad('検出元', 34)} 該当箇所\n")
    for s in spans:
        line, col = _line_col(text, s.start)
        kind = LABEL_JA.get(s.label, s.label)
        shown = s.text.replace("\n", "⏎")
        eid = f"  [{s.entity_id}]" if s.entity_id else ""
        out.write(f"{line:>5}:{col:<3}  {_pad(kind, 20)} {s.score:5.2f}  {_pad(s.source, 34)} {shown}{eid}\n")
    counts: dict[str, int] = {}
    for s in spans:
        counts[s.label] = counts.get(s.label, 0) + 1
    summary = "、".join(f"{LABEL_JA.get(k, k)} {v}件" for k, v in sorted(counts.items()))
    out.write(f"\n合計 {len(spans)} 件（{summary}）\n")
