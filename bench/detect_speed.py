"""Throughput of tokumei's identifier pipeline vs. Presidio's predefined pattern recognizers.

Usage: ``.venv/bin/python bench/detect_speed.py [--mb 1.0] [--seed 20240401] [--repeat 5]``

Generates (fixed seed) a Japanese business text of at least ``--mb`` MB in UTF-8 with
identifiers sprinkled in, then times on the SAME text, single process:

* tokumei ``Analyzer(finders=[])`` — every registry recognizer (incl. dates and addresses);
* the same without the date/address recognizers (names containing "date"/"address");
* presidio-analyzer's CreditCard, Email, Ip, Url, Phone (region JP), Iban and Date pattern
  recognizers, each called as ``recognizer.analyze(text, entities, nlp_artifacts=None)`` (no
  spaCy model; Presidio's context enhancement, done by its AnalyzerEngine, is not included);
* both again with one call per line (many short documents), compared with each other.

Numbers are ratios measured in the same run (best of ``--repeat`` interleaved rounds); nothing
is asserted.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.detect import Analyzer  # noqa: E402
from tokumei.detect.registry import all_recognizers  # noqa: E402
from tokumei.detect.recognizers.jp.corporate_number import corporate_check_digit  # noqa: E402
from tokumei.detect.recognizers.jp.health_insurance_number import insurer_check_digit  # noqa: E402
from tokumei.detect.recognizers.jp.my_number import my_number_check_digit  # noqa: E402

FILLER = [
    "いつもお世話になっております。", "下記のとおりご連絡いたします。", "ご確認のほどよろしくお願いいたします。",
    "今月の売上は1,200万円で、前年同月比15%増となりました。", "会議は10:00-12:00に第2会議室で行います。",
    "注文番号 123456789012 の件、出荷済みです。", "請求書番号 INV-2024-0001 をお送りします。",
    "就業規則第12条第3項に基づき手続きを進めます。", "品番 A-1234 の在庫は残り30個です。",
    "2024年の目標はv1.2.3のリリースです。", "社会保険の手続きについて、必要書類を整理しました。",
    "従業員の皆様へ、年末調整の書類提出をお願いします。", "打合せは10時30分からです。",
    "株式会社ミライ（本社：東京都）より連絡がありました！", "ご不明点はＱ＆Ａをご覧ください？",
]
_FULL = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}  # ASCII → full-width, as some users type


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _identifier(rng: random.Random) -> str:
    k = rng.randrange(16)
    if k == 0:
        return f"電話 03-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if k == 1:
        return f"携帯 090-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if k == 2:
        return f"〒{_digits(rng, 3)}-{_digits(rng, 4)}"
    if k == 3:
        return f"メール taro{rng.randrange(1000)}@example.co.jp"
    if k == 4:
        b = _digits(rng, 11)
        return f"個人番号 {b}{my_number_check_digit(b)}"
    if k == 5:
        b = _digits(rng, 12)
        return f"法人番号 {corporate_check_digit(b)}{b}"
    if k == 6:
        return "カード番号 4111-1111-1111-1111"
    if k == 7:
        return f"接続元 192.168.{rng.randrange(256)}.{rng.randrange(256)}"
    if k == 8:
        return f"詳細は https://example.co.jp/news/{rng.randrange(9999)} をご覧ください"
    if k == 9:
        return f"みずほ銀行 新宿支店 普通 {_digits(rng, 7)}"
    if k == 10:
        return f"基礎年金番号 {_digits(rng, 4)}-{_digits(rng, 6)}"
    if k == 11:
        return f"雇用保険被保険者番号 {_digits(rng, 4)}-{_digits(rng, 6)}-{_digits(rng, 1)}"
    if k == 12:
        return f"運転免許証番号 {_digits(rng, 12)}"
    if k == 13:
        b = "0113" + _digits(rng, 3)
        return f"保険者番号 {b}{insurer_check_digit(b)} 記号 {_digits(rng, 4)} 番号 {_digits(rng, 2)}"
    if k == 14:
        return f"旅券番号 TK{_digits(rng, 7)}"
    return f"在留カード番号 AB{_digits(rng, 8)}CD"


def make_text(min_bytes: int, seed: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < min_bytes:
        line = "".join(rng.choice(FILLER) for _ in range(rng.randint(2, 5)))
        if rng.random() < 0.6:
            ident = _identifier(rng)
            line += (ident.translate(_FULL) if rng.random() < 0.1 else ident) + "。"
        parts.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(parts)


def best_times(fns, repeat: int) -> list[tuple[float, int]]:
    """Best wall time of each callable; rounds are interleaved so that load from other
    processes on a shared machine hits every pipeline alike."""
    best = [float("inf")] * len(fns)
    counts = [0] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            counts[i] = fn()
            best[i] = min(best[i], time.perf_counter() - t0)
    return list(zip(best, counts))


def presidio_recognizers() -> list:
    """Presidio's predefined pattern recognizers comparable with tokumei's identifiers."""
    import tldextract.tldextract as tx

    # Presidio's e-mail validator calls tldextract, which by default downloads the public
    # suffix list; use the snapshot bundled with tldextract instead (no network in benches).
    tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, DateRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer,
        PhoneRecognizer, UrlRecognizer,
    )

    return [CreditCardRecognizer(), EmailRecognizer(), IpRecognizer(), UrlRecognizer(),
            PhoneRecognizer(supported_regions=("JP",)), IbanRecognizer(), DateRecognizer()]


def presidio_count(recs: list, text: str) -> int:
    """Findings of every recognizer, each called directly without an NLP model."""
    return sum(len(r.analyze(text, r.supported_entities, None)) for r in recs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20240401)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    text = make_text(int(args.mb * 1_000_000), args.seed)
    nbytes, nchars = len(text.encode("utf-8")), len(text)
    print(f"text: {nbytes:,} bytes UTF-8, {nchars:,} characters (seed {args.seed})")

    every = all_recognizers()
    ident = [r for r in every if r.name.split(".")[1] not in ("date", "address")]
    runs, rows = [], []
    for title, recs in (("tokumei (all registry recognizers)", every),
                        ("tokumei (identifiers, no date/address)", ident)):
        an = Analyzer(recognizers=recs, finders=[])
        an.analyze(text[:2000])  # warm caches (regex compile, phonenumbers metadata)
        runs.append(lambda an=an: len(an.analyze(text)))
        rows.append((title, len(recs)))
    recs_p = presidio_recognizers()
    names = [type(r).__name__ for r in recs_p]
    presidio_count(recs_p, text[:2000])  # warm
    runs.append(lambda: presidio_count(recs_p, text))
    rows.append((f"presidio-analyzer ({', '.join(names)})", len(names)))
    # The same text as one call per line (many short documents): per-call overhead included.
    lines = text.split("\n")
    an = Analyzer(recognizers=ident, finders=[])
    runs.append(lambda: sum(len(an.analyze(line)) for line in lines if line))
    rows.append((f"tokumei identifiers, per line ({len(lines):,} calls)", len(ident)))
    runs.append(lambda: sum(presidio_count(recs_p, line) for line in lines if line))
    rows.append((f"presidio, per line ({len(lines):,} calls)", len(names)))
    rows = [row + res for row, res in zip(rows, best_times(runs, args.repeat))]

    base = rows[2][2]
    line_base = rows[4][2]
    print(f"{'pipeline':<48}{'recognizers':>12}{'spans':>8}{'seconds':>9}{'chars/s':>12}{'MB/s':>8}{'× presidio':>12}")
    for i, (title, k, secs, n) in enumerate(rows):
        ratio = (line_base if i >= 3 else base) / secs
        print(f"{title[:47]:<48}{k:>12}{n:>8}{secs:>9.3f}{nchars / secs:>12,.0f}{nbytes / secs / 1e6:>8.2f}"
              f"{ratio:>12.2f}")
    print("presidio set:", ", ".join(names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
