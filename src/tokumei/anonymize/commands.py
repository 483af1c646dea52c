"""`tokumei anonymize` and `tokumei restore`.

- ``tokumei anonymize 事例.md`` → anonymized text on stdout, a Japanese summary on stderr.
- ``-o OUT`` writes a file; .docx/.xlsx/.csv/.html/.pdf go through :mod:`tokumei.formats`
  (every unit shares one pseudonym state, so 山田社長 is 「A社長」 in every paragraph and cell).
- .md is read as one text, with its tables joined as the tables of those formats are
  (:func:`tokumei.anonymize.tables.join_markdown`).
- ``--jsonl``: stdin lines ``{"id","text"}`` → stdout ``{"id","text"}``, in order.
- ``--project DIR``: project dictionary, pseudonyms shared across documents, restore vault.
- ``--report FILE.json|FILE.html``; ``--strict``: re-detect on the output, exit 1 naming what remains.
- ``tokumei restore PATH --project DIR`` gives the original back (exactly, when unedited).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Sequence

from tokumei.anonymize.engine import AnonymizeResult, allowed_of, anonymize_spans, env_hash_key, label_ja
from tokumei.anonymize.policy import Policy, load_policy
from tokumei.anonymize.pseudonyms import PseudonymState
from tokumei.detect import DEFAULT_THRESHOLD
from tokumei.errors import TokumeiError
from tokumei.span import LABEL_JA

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


def add_parser(sub: Any) -> None:
    p = sub.add_parser("anonymize", help="個人情報を仮名・一般化して公開できる文章にする")
    p.add_argument("path", help="入力ファイル（- で標準入力）")
    p.add_argument("-o", "--output", help="出力ファイル（省略時は標準出力。docx/xlsx/csv/html/pdf は必須）")
    p.add_argument("--policy", help="ポリシー名（publication/internal/redact/mask/hash）か TOML ファイル")
    p.add_argument("--project", help="プロジェクトフォルダ（辞書・文書間で同じ仮名・復元用の保管庫）")
    p.add_argument("--report", help="変更の一覧を書き出す（.json か .html。元の値を含みます）")
    p.add_argument("--jsonl", action="store_true", help='標準入力の各行 {"id","text"} を匿名化して JSONL で出力')
    p.add_argument("--strict", action="store_true", help="出力を再検出し、個人情報が残っていれば終了コード1")
    p.add_argument("--threshold", type=float, default=None, help="置換する最小スコア（既定: ポリシーの値）")
    p.add_argument("--encoding", help="テキスト系の出力の文字コード（例: cp932）")
    _key_args(p)
    p.set_defaults(run=run)
    r = sub.add_parser("restore", help="保管庫を使って匿名化した文章を元に戻す")
    r.add_argument("path", help="匿名化したファイル（- で標準入力）")
    r.add_argument("--project", required=True, help="匿名化に使ったプロジェクトフォルダ")
    r.add_argument("-o", "--output", help="出力ファイル（省略時は標準出力）")
    _key_args(r)
    r.set_defaults(run=run_restore)


def _key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", help="保管庫のパスフレーズを書いたファイル（既定: 環境変数 TOKUMEI_PASSPHRASE）")
    p.add_argument("--key-file", help="保管庫の32バイト鍵ファイル（既定: 環境変数 TOKUMEI_KEY）")


class _Session:
    """Analyzer, policy and pseudonym state for one command run (project or not)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.project = None
        if args.project:
            from tokumei.anonymize.project import Project
            from tokumei.anonymize.vault import KeySource

            self.project = Project.open(args.project, KeySource.from_env(args.passphrase_file, args.key_file))
            try:
                self.policy: Policy = load_policy(args.policy or self.project.default_policy())
                self.analyzer = self.project.analyzer()
            except BaseException:
                self.project.close()
                raise
        else:
            from tokumei.detect import default_analyzer

            self.policy = load_policy(args.policy or "publication")
            self.analyzer = default_analyzer()
        self.state = PseudonymState()
        self.hash_key = env_hash_key()  # without a project (a project derives its own from the vault)
        if args.threshold is not None:
            from dataclasses import replace

            self.policy = replace(self.policy, threshold=args.threshold)
        #: --strict re-detects at the standard threshold (or --threshold), whatever the policy's
        self.strict_threshold = args.threshold if args.threshold is not None else DEFAULT_THRESHOLD

    def run(self, text: str, first: bool = True, cells: Sequence[tuple[int, str]] = (),
            record: bool = True) -> AnonymizeResult:
        """Detect and anonymize ``text``; ``cells`` ((offset, cell text) of a table's multi-line
        cells) are detected alone too (:func:`tokumei.anonymize.tables.merge_cell_spans`).
        ``record=False``: the project does not keep a restore record of this text (the caller
        records the text it writes, :meth:`record`)."""
        spans = self.analyzer.analyze(text, threshold=self.policy.threshold) if text.strip() else []
        if cells:
            from tokumei.anonymize.tables import merge_cell_spans

            found = [(a, self.analyzer.analyze(t, threshold=self.policy.threshold)) for a, t in cells]
            spans = merge_cell_spans(text, spans, found)
        if self.project is not None:
            return self.project.anonymize(text, self.policy, spans=spans, new_document=first, record=record)
        if first:
            self.state = PseudonymState()
        return anonymize_spans(text, spans, self.policy, self.state, self.hash_key, allowed_of(self.analyzer))

    def record(self, result: AnonymizeResult) -> None:
        """Keep the restore record of ``result`` in the project (no project: nothing)."""
        if self.project is not None:
            self.project.record(result.text, result.restore_record())

    def run_markdown(self, text: str) -> AnonymizeResult:
        """Anonymize a Markdown text, its tables read as whole tables (a 生年月日 column, an
        address over 都道府県 | 市区町村 | 番地) and the changes cut back into the cells."""
        from tokumei.anonymize.tables import join_markdown, unjoin_result

        joined = join_markdown(text)
        if not joined.tables:
            return self.run(text)
        result = unjoin_result(joined, text, self.run(joined.text, record=False))
        self.record(result)
        return result

    def leftovers(self, result: AnonymizeResult) -> list[tuple[int, str]]:
        """(line, label) of personal information still detected in the output (--strict)."""
        out = []
        inside = [(r.new_start, r.new_end) for r in result.replacements]
        for s in self.analyzer.analyze(result.text, threshold=self.strict_threshold) if result.text else []:
            if s.label in _NOT_PERSONAL_ALONE and self.policy.rule_for(s.label).operator == "keep":
                continue  # ordinary dates, kept on purpose, identify nobody on their own
            if (s.data or {}).get("allowed"):
                continue  # a public body the allow-list keeps (厚生労働省)
            if any(a <= s.start and s.end <= b for a, b in inside):
                continue  # our own replacement text (〔人名A〕, ***-****-5678)
            out.append((result.text.count("\n", 0, s.start) + 1, s.label))
        return out

    def close(self, ok: bool = True) -> None:
        if self.project is not None:
            try:
                if ok:
                    self.project.save()
            finally:
                self.project.close()


#: Labels a policy may keep without --strict calling it a leak. A kept phone number, name or
#: address is still personal information in the output, so --strict reports it even when a custom
#: policy says ``keep`` (the gate exists to catch exactly such a policy).
_NOT_PERSONAL_ALONE = frozenset({"DATE"})


def run(args: argparse.Namespace) -> int:
    session = _Session(args)
    ok = False
    try:
        code = _run_jsonl(session, args) if args.jsonl else _run_file(session, args)
        ok = True
        return code
    except TokumeiError as e:
        ok = e.code == "E300"  # the output was written; keep its restore record
        raise
    finally:
        session.close(ok)


def _read_input(path: str) -> str:
    from tokumei.formats.text import decode_bytes, read_text

    return decode_bytes(sys.stdin.buffer.read(), "<stdin>") if path == "-" else read_text(path)


def _read_document(path: str) -> Any:
    """tokumei.formats.read_document; a format whose reader is not installed is E106."""
    from tokumei.formats import read_document

    try:
        return read_document(path)
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("tokumei.formats"):
            raise TokumeiError("E106", path=path) from None
        raise


def _is_text(path: str) -> bool:
    return path == "-" or Path(path).suffix.lower() in TEXT_SUFFIXES


def _run_file(session: _Session, args: argparse.Namespace) -> int:
    units: list[tuple[str, AnonymizeResult]] = []
    if _is_text(args.path):
        text = _read_input(args.path)
        is_md = Path(args.path).suffix.lower() in (".md", ".markdown")
        result = session.run_markdown(text) if is_md else session.run(text)
        units.append(("本文", result))
        if args.output:
            enc = args.encoding or "utf-8"
            _write_text(args.output, result.text, enc)
        else:
            sys.stdout.write(result.text)
            sys.stdout.flush()
    else:
        from tokumei.formats import Edit, write_document

        if not args.output:
            raise TokumeiError("E507", path=args.path)
        from tokumei.anonymize.tables import cell_edits, group_tables, multiline_cells

        doc = _read_document(args.path)
        edits: dict[str, list[Any]] = {}
        # table cells (.csv/.xlsx/.docx/.html) are read as whole tables (column headers, addresses over columns)
        tables = {t.cells[0][0]: t for t in group_tables(doc.units) if t.cells}
        in_table = {uid for t in tables.values() for uid, _, _ in t.cells}
        texts = {u.id: u.text for u in doc.units if u.id in in_table}
        first = True
        for unit in doc.units:
            if unit.id in tables:
                table = tables[unit.id]
                res = session.run(table.text, first=first, cells=multiline_cells(table, texts))
                units.append((table.where, res))
                for uid, parts in cell_edits(table, res.replacements).items():
                    edits.setdefault(uid, []).extend(Edit(a, b, new) for a, b, new in parts)
            elif unit.id not in in_table:
                res = session.run(unit.text, first=first)
                units.append((unit.where, res))
                if res.replacements:
                    edits[unit.id] = [Edit(r.start, r.end, r.replacement) for r in res.replacements]
            else:
                continue
            first = False
        write_document(doc, edits, Path(args.output), encoding=args.encoding)
        if doc.meta.get("warning"):
            print(f"tokumei: 注意: {doc.meta['warning']}", file=sys.stderr)
    if args.report:
        from tokumei.anonymize.report import write_report

        write_report(args.report, units, source=args.path, policy=session.policy.name)
    _print_summary(units, sys.stderr)
    if args.strict:
        left = [(where, line, label) for where, r in units for line, label in session.leftovers(r)]
        left += [(where, it.line, "要確認の固有名詞") for where, r in units for it in r.review]
        if left:
            what = "、".join(f"{w if len(units) > 1 else ''}{line}行目 {LABEL_JA.get(lab, lab)}" for w, line, lab in left[:20])
            raise TokumeiError("E300", what=what + (f" ほか{len(left) - 20}件" if len(left) > 20 else ""))
    return 0


def _write_text(path: str, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as e:
        line = text.count("\n", 0, e.start) + 1
        raise TokumeiError("E112", encoding=encoding, path=path, where=f"{line}行目") from None
    except LookupError:
        raise TokumeiError("E200", why=f"不明な文字コード: {encoding}") from None
    Path(path).write_bytes(data)


def _print_summary(units: Iterable[tuple[str, AnonymizeResult]], out: Any) -> None:
    from tokumei.anonymize.risk import KIND_JA

    units = list(units)
    n_rep = sum(len(r.replacements) for _, r in units)
    counts: dict[str, int] = {}
    for _, r in units:
        for k, v in r.counts().items():
            counts[k] = counts.get(k, 0) + v
    parts = "、".join(f"{label_ja(k)} {v}件" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    risks = [(w, r.original, f) for w, r in units for f in r.risks]
    out.write(f"\n── 匿名化の結果: 置換 {n_rep} 件（{parts or 'なし'}）、再識別リスクの指摘 {len(risks)} 件\n")
    for w, original, f in risks:
        line = original.count("\n", 0, f.start) + 1
        state = "適用済み" if f.applied else "要確認"
        loc = f"{w} " if len(units) > 1 else ""
        shown = "" if f.kind == "sns_handle" else f"「{f.text}」"  # an account name is personal: not echoed
        out.write(f"  [{state}] {loc}{line}行目 {KIND_JA.get(f.kind, f.kind)}{shown} → 提案: {f.suggestion}\n")
    review = [(w, it) for w, r in units for it in r.review]
    if review:
        out.write(f"── 要確認の固有名詞 {len(review)} 件（置換も許可もされていない名前らしい語）\n")
        for w, it in review:
            loc = f"{w} " if len(units) > 1 else ""
            out.write(f"  {loc}{it.line}行目「{it.text}」: {it.reason}\n")


def _run_jsonl(session: _Session, args: argparse.Namespace) -> int:
    from tokumei.formats.jsonl import iter_jsonl

    left_lines: list[int] = []
    units: list[tuple[str, AnonymizeResult]] = []
    for lineno, record_id, text in iter_jsonl(sys.stdin):
        result = session.run(text)
        sys.stdout.write(json.dumps({"id": record_id, "text": result.text}, ensure_ascii=False) + "\n")
        if args.report:
            units.append((f"{lineno}行目 (id={record_id})", result))
        if args.strict and (session.leftovers(result) or result.review):
            left_lines.append(lineno)
    sys.stdout.flush()
    if args.report:
        from tokumei.anonymize.report import write_report

        write_report(args.report, units, source="<stdin JSONL>", policy=session.policy.name)
    if left_lines:
        shown = "、".join(f"{n}行目" for n in left_lines[:20])
        raise TokumeiError("E300", what=f"JSONL の {shown}" + (f" ほか{len(left_lines) - 20}件" if len(left_lines) > 20 else ""))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from tokumei.anonymize.project import VAULT, Project
    from tokumei.anonymize.vault import KeySource

    if not (Path(args.project) / VAULT).is_file():
        raise TokumeiError("E302", path=str(Path(args.project) / VAULT))
    prj = Project.open(args.project, KeySource.from_env(args.passphrase_file, args.key_file))
    try:
        return _restore(args, prj)
    finally:
        prj.close()


def _restore(args: argparse.Namespace, prj: Any) -> int:
    from tokumei.anonymize.restore import restore, restore_edits

    if _is_text(args.path):
        back, method = restore(_read_input(args.path), prj)
        if method == "none":
            raise TokumeiError("E506", path=args.path)
        if args.output:
            Path(args.output).write_text(back, encoding="utf-8")
        else:
            sys.stdout.write(back)
        return 0
    from tokumei.formats import Edit, write_document

    if not args.output:
        raise TokumeiError("E507", path=args.path)
    doc = _read_document(args.path)
    edits: dict[str, list[Any]] = {}
    changed = 0
    for unit in doc.units:
        ranges, method = restore_edits(unit.text, prj)
        if method != "none":
            changed += 1
            if ranges:  # only the replaced ranges are edited, so run formatting stays
                edits[unit.id] = [Edit(a, b, original) for a, b, original in ranges]
    if not changed:
        raise TokumeiError("E506", path=args.path)
    write_document(doc, edits, Path(args.output))
    return 0
