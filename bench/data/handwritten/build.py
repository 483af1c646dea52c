"""Build the hand-written evaluation sets (JSONL) from their markup sources. Pure stdlib.

Usage::

    python bench/data/handwritten/build.py            # write names/*.jsonl, anonymize/*.jsonl
    python bench/data/handwritten/build.py --check    # exit 1 if the committed JSONL is stale
    python bench/data/handwritten/build.py --lint     # also list unmarked repeats of gold strings
    python bench/data/handwritten/build.py --stats    # counts per split, style, label (README)

Markup (see README.md): ``⟦LABEL|text⟧``, nestable (``⟦O|⟦L|沼田⟧商工会議所⟧``), with an optional
subtype and entity id in any order after the label (``⟦P#1|桐山 正雄⟧``, ``⟦L.station|沼田駅⟧``,
``⟦P.public|…⟧``), and risks ``⟦R:創業年|明治三十年創業⟧``. Documents start with a header line
``=== <id> <style> ===``; lines starting with ``%%`` are comments. A document's text is its
lines joined with "\\n", blank lines at its start and end dropped.

Output, one document a line: ``{"id","style","text","entities":[{"start","end","label","text",
"entity_id"?,"subtype"?}],"risks":[{"start","end","kind","text"}]}``; offsets are characters
of the clean text, end exclusive (the format of ../shared/data/ud-japanese-gsd-ne/*.jsonl).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = ("names", "anonymize")
SPLITS = ("dev", "test")
OPEN, CLOSE, SEP = "⟦", "⟧", "|"

#: markup letter → label of tokumei.span.LABELS (SNS_HANDLE is this set's own label).
LABELS = {
    "P": "PERSON", "O": "ORGANIZATION", "L": "LOCATION",
    "PHONE": "PHONE", "EMAIL": "EMAIL", "URL": "URL", "ADDRESS": "ADDRESS",
    "POSTAL_CODE": "POSTAL_CODE", "DOB": "DATE_OF_BIRTH", "MEMBER_ID": "MEMBER_ID",
    "CARD": "CREDIT_CARD", "CORP": "CORPORATE_NUMBER", "MYNUM": "MY_NUMBER",
    "ACCOUNT": "BANK_ACCOUNT", "PENSION": "PENSION_NUMBER", "SNS": "SNS_HANDLE",
}
NAME_LETTERS = {"P", "O", "L"}
SUBTYPES = {
    "P": {"public"},
    "O": {"public"},
    "L": {"country", "region", "pref", "city", "town", "island", "station", "landmark", "facility"},
}
RISK_KINDS = (
    "創業年", "代数", "唯一・初・最古", "従業員数", "売上・金額", "年齢", "番組・連載名", "受賞",
    "銘柄・商品名", "催し名", "目印・距離", "地名入りの名称", "SNS", "その他",
)
STYLES = {
    "names": ("byline", "interview", "case", "press", "minutes", "form", "newsletter", "sns",
              "review", "job"),
    "anonymize": ("case", "interview", "succession", "press", "transcript", "hr", "letter"),
}
HEADER = re.compile(r"^===\s+(\S+)\s+(\S+)\s+===\s*$")
TAG = re.compile(r"^([A-Z_]+)((?:[.#][^.#]+)*)$")


class MarkupError(ValueError):
    """Bad markup; the message names the file and line."""


def _parse_tag(tag: str, where: str) -> dict:
    if tag.startswith("R:"):
        kind = tag[2:]
        if kind not in RISK_KINDS:
            raise MarkupError(f"{where}: 未知のリスク種別 {kind!r}（{', '.join(RISK_KINDS)}）")
        return {"risk": kind}
    m = TAG.match(tag)
    if not m or m.group(1) not in LABELS:
        raise MarkupError(f"{where}: 未知のラベル {tag!r}")
    letter, out = m.group(1), {"label": LABELS[m.group(1)], "letter": m.group(1)}
    for part in re.findall(r"[.#][^.#]+", m.group(2)):
        if part[0] == "#":
            out["entity_id"] = part[1:]
        elif part[1:] in SUBTYPES.get(letter, ()):
            out["subtype"] = part[1:]
        else:
            raise MarkupError(f"{where}: ラベル {letter} に使えないサブタイプ {part[1:]!r}")
    if letter == "L" and "subtype" not in out:
        raise MarkupError(f"{where}: 地名 L にはサブタイプが必要です（{'/'.join(sorted(SUBTYPES['L']))}）")
    return out


def parse_document(lines: list[tuple[int, str]], path: str) -> tuple[str, list[dict], list[dict]]:
    """Markup lines (line number, text) → (clean text, entities, risks)."""
    while lines and not lines[0][1].strip():
        lines = lines[1:]
    while lines and not lines[-1][1].strip():
        lines = lines[:-1]
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, int, dict]] = []  # (start offset, line, tag)
    entities: list[dict] = []
    risks: list[dict] = []
    for n, (lineno, line) in enumerate(lines):
        if n:
            out.append("\n")
            pos += 1
        i = 0
        while i < len(line):
            ch = line[i]
            where = f"{path}:{lineno}"
            if ch == OPEN:
                bar = line.find(SEP, i)
                nxt = line.find(OPEN, i + 1)
                if bar < 0 or (0 <= nxt < bar):
                    raise MarkupError(f"{where}: ⟦ の後に「ラベル|」がありません（{i + 1}文字目）")
                stack.append((pos, lineno, _parse_tag(line[i + 1:bar], where)))
                i = bar + 1
                continue
            if ch == CLOSE:
                if not stack:
                    raise MarkupError(f"{where}: 対応する ⟦ のない ⟧（{i + 1}文字目）")
                start, _, tag = stack.pop()
                text = "".join(out)[start:pos]
                if not text or text != text.strip():
                    raise MarkupError(f"{where}: 空、または前後に空白のあるスパン {text!r}")
                if "risk" in tag:
                    risks.append({"start": start, "end": pos, "kind": tag["risk"], "text": text})
                else:
                    ent = {"start": start, "end": pos, "label": tag["label"], "text": text}
                    for key in ("entity_id", "subtype"):
                        if key in tag:
                            ent[key] = tag[key]
                    ent["_letter"] = tag["letter"]
                    entities.append(ent)
                i += 1
                continue
            out.append(ch)
            pos += 1
            i += 1
    if stack:
        raise MarkupError(f"{path}:{stack[-1][1]}: 閉じていない ⟦")
    order = lambda s: (s["start"], -s["end"])  # noqa: E731
    return "".join(out), sorted(entities, key=order), sorted(risks, key=order)


def parse_file(path: Path, set_name: str) -> list[dict]:
    """One markup source → list of documents."""
    rel = str(path.relative_to(HERE)) if path.is_relative_to(HERE) else str(path)
    docs: list[dict] = []
    head: tuple[int, str, str] | None = None
    body: list[tuple[int, str]] = []

    def flush() -> None:
        if head is None:
            if any(t.strip() for _, t in body):
                raise MarkupError(f"{rel}:{body[0][0]}: 最初の === 見出し === より前に本文があります")
            return
        lineno, doc_id, style = head
        if style not in STYLES[set_name]:
            raise MarkupError(f"{rel}:{lineno}: 未知のスタイル {style!r}（{', '.join(STYLES[set_name])}）")
        text, ents, risks = parse_document(body, rel)
        if not text:
            raise MarkupError(f"{rel}:{lineno}: 本文のない文書 {doc_id}")
        for e in ents:
            if set_name == "names" and e["_letter"] not in NAME_LETTERS:
                raise MarkupError(f"{rel}:{lineno}: 人名セットでは P/O/L のみ（{e['text']!r}）")
            del e["_letter"]
        if set_name == "names" and risks:
            raise MarkupError(f"{rel}:{lineno}: 人名セットにリスク ⟦R:…⟧ は書きません")
        docs.append({"id": doc_id, "style": style, "text": text, "entities": ents, "risks": risks})

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("%%"):
            continue
        m = HEADER.match(line)
        if m:
            flush()
            head, body = (lineno, m.group(1), m.group(2)), []
        else:
            body.append((lineno, line))
    flush()
    return docs


def build() -> dict[Path, str]:
    """All outputs: JSONL path → content. Document ids must be unique within a set."""
    result: dict[Path, str] = {}
    for set_name in SETS:
        seen: dict[str, str] = {}
        for split in SPLITS:
            src = HERE / set_name / f"{split}.txt"
            docs = parse_file(src, set_name)
            for d in docs:
                if d["id"] in seen:
                    raise MarkupError(
                        f"{set_name}/{split}.txt: 文書IDの重複 {d['id']}（{seen[d['id']]}）")
                seen[d["id"]] = split
            lines = [json.dumps(d, ensure_ascii=False) for d in docs]
            result[HERE / set_name / f"{split}.jsonl"] = "".join(x + "\n" for x in lines)
    return result


def lint(outputs: dict[Path, str]) -> list[str]:
    """Unmarked repeats of a gold name or risk string (a likely forgotten mention)."""
    notes = []
    for path, content in outputs.items():
        for line in content.splitlines():
            doc = json.loads(line)
            text, ents = doc["text"], doc["entities"]
            covered = [(e["start"], e["end"]) for e in ents]
            needles = {e["text"] for e in ents
                       if e["label"] in ("PERSON", "ORGANIZATION", "LOCATION")}
            for e in ents:  # the parts of a name written with a space: 升田 of 升田 幸一
                if e["label"] == "PERSON":
                    needles.update(re.split(r"[ 　・]", e["text"]))
            for needle in sorted(n for n in needles if len(n) >= 2):
                for m in re.finditer(re.escape(needle), text):
                    if not any(a <= m.start() and m.end() <= b for a, b in covered):
                        where = f"{path.parent.name}/{path.name} {doc['id']}"
                        notes.append(f"{where}: 未マークの {needle!r} @{m.start()}")
            risky = [(r["start"], r["end"]) for r in doc["risks"]]
            for needle in sorted({r["text"] for r in doc["risks"]}):
                # an age "52" is not found inside a telephone number
                for m in re.finditer(r"(?<![0-9])" + re.escape(needle) + r"(?![0-9])", text):
                    if not any(a <= m.start() and m.end() <= b for a, b in risky):
                        where = f"{path.parent.name}/{path.name} {doc['id']}"
                        notes.append(f"{where}: リスク未マークの {needle!r} @{m.start()}")
    return notes


def _count_row(docs: list[dict]) -> Counter:
    """Spans per label (``.public`` apart), LOCATION per subtype, risks per kind, distinct people."""
    counts: Counter = Counter()
    for d in docs:
        for e in d["entities"]:
            public = e.get("subtype") == "public"
            counts[e["label"] + (".public" if public else "")] += 1
            if e["label"] == "LOCATION":
                counts[f"LOCATION.{e['subtype']}"] += 1
        for r in d["risks"]:
            counts[f"risk {r['kind']}"] += 1
        counts["PERSON (distinct people)"] += len({
            e["entity_id"] for e in d["entities"]
            if e["label"] == "PERSON" and e.get("entity_id") not in (None, "?")})
    return counts


def stats(outputs: dict[Path, str]) -> str:
    """Markdown tables: documents and characters per split and style, spans per label and risk kind."""
    lines: list[str] = []
    for set_name in SETS:
        per = {p.stem: [json.loads(x) for x in c.splitlines()]
               for p, c in outputs.items() if p.parent.name == set_name}
        splits = [s for s in SPLITS if s in per]
        lines += [f"### {set_name}", "", "| | " + " | ".join(splits) + " |",
                  "|---|" + "---:|" * len(splits)]
        rows: list[tuple[str, list[int]]] = [
            ("documents", [len(per[s]) for s in splits]),
            ("characters", [sum(len(d["text"]) for d in per[s]) for s in splits]),
        ]
        for style in STYLES[set_name]:
            rows.append((f"style {style}", [sum(d["style"] == style for d in per[s]) for s in splits]))
        counts = {s: _count_row(per[s]) for s in splits}
        for key in sorted(set().union(*counts.values())):
            rows.append((key, [counts[s][key] for s in splits]))
        lines += [f"| {name} | " + " | ".join(str(v) for v in vals) + " |" for name, vals in rows]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed JSONL")
    ap.add_argument("--lint", action="store_true", help="list unmarked repeats of gold strings")
    ap.add_argument("--stats", action="store_true", help="print counts as Markdown tables")
    args = ap.parse_args(argv)
    try:
        outputs = build()
    except MarkupError as exc:
        print(f"エラー: {exc}", file=sys.stderr)
        return 2
    if args.lint:
        for note in lint(outputs):
            print(note)
    if args.stats:
        print(stats(outputs))
    if args.check:
        stale = [p for p, c in outputs.items()
                 if not p.is_file() or p.read_text(encoding="utf-8") != c]
        for p in stale:
            print(f"古い、または無い: {p.relative_to(HERE)}", file=sys.stderr)
        return 1 if stale else 0
    for p, c in outputs.items():
        p.write_text(c, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
