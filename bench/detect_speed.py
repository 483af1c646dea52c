"""Throughput of tokumei's identifier pipeline vs. Presidio's predefined pattern recognizers.

Usage: ``.venv/bin/python bench/detect_speed.py [--mb 1.0] [--seed 20240401] [--rounds 9]``

Generates (fixed seed) a Japanese business text of at least ``--mb`` MB in UTF-8 with
identifiers sprinkled in (and hard negatives: amounts, times, order numbers), then measures on
the SAME text, in one process:

* tokumei ``Analyzer(recognizers=…, finders=[])`` with every identifier recognizer of the
  registry (all but date and address), and with only those for Presidio's label set
  (PHONE, EMAIL, URL, IP_ADDRESS, CREDIT_CARD);
* presidio-analyzer's predefined CreditCard, Email, Ip, Url and Phone (region JP) pattern
  recognizers, each called directly as ``recognizer.analyze(text, entities, None)`` — no spaCy
  model, no AnalyzerEngine;
* for reference: tokumei with date and address too vs Presidio with DateRecognizer too, and
  both called once per line (many short documents).

Method: CPU time of this process (``time.process_time``), not wall time, so other jobs on a
shared machine do not count; the pipelines run interleaved, in an order that rotates each
round; tokumei's per-value caches (phone validation, postal look-up) are cleared before each
of its rounds; the ratio is computed per round and its median (and range) over ``--rounds``
(≥ 7) rounds is reported. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.detect import Analyzer  # noqa: E402
from tokumei.detect.registry import all_recognizers  # noqa: E402
from tokumei.detect.recognizers.jp.corporate_number import corporate_check_digit  # noqa: E402
from tokumei.detect.recognizers.jp.health_insurance_number import insurer_check_digit  # noqa: E402
from tokumei.detect.recognizers.jp.my_number import my_number_check_digit  # noqa: E402

#: tokumei labels that Presidio's recognizers below also cover.
PRESIDIO_LABELS = ("PHONE", "EMAIL", "URL", "IP_ADDRESS", "CREDIT_CARD")

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


def presidio_recognizers(with_date: bool = False) -> list:
    """Presidio's predefined pattern recognizers for the entities tokumei also detects.

    CreditCard, Email, Ip, Url and Phone are the recognizers of Presidio's default registry whose
    entities have a tokumei label (CREDIT_CARD, EMAIL_ADDRESS, IP_ADDRESS, URL, PHONE_NUMBER);
    the others are US/UK/… national ids, IBAN or crypto wallets, which tokumei does not look
    for, so running them would pad Presidio's time. Each keeps its own patterns, regex flags,
    validation (Luhn, tldextract, ipaddress) and context words; PhoneRecognizer is given region
    JP only (its default is 8 other regions, each a separate ``phonenumbers`` pass — more work,
    none of it useful on Japanese text). ``with_date`` adds DateRecognizer for the row that
    also runs tokumei's date and address recognizers.
    """
    import tldextract.tldextract as tx

    # Presidio's e-mail/URL validation calls tldextract, which by default downloads the public
    # suffix list; use the snapshot bundled with tldextract instead (no network in benches).
    tx.TLD_EXTRACTOR = tx.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer, DateRecognizer, EmailRecognizer, IpRecognizer, PhoneRecognizer, UrlRecognizer,
    )

    recs = [CreditCardRecognizer(), EmailRecognizer(), IpRecognizer(), UrlRecognizer(),
            PhoneRecognizer(supported_regions=("JP",))]
    return recs + [DateRecognizer()] if with_date else recs


def presidio_count(recs: list, text: str) -> int:
    """Findings of every recognizer, each called directly without an NLP model (Presidio's
    context enhancement lives in AnalyzerEngine and needs NLP artifacts, so it is not run;
    tokumei's context scoring IS included in tokumei's time)."""
    return sum(len(r.analyze(text, r.supported_entities, None)) for r in recs)


def _clear_tokumei_caches() -> None:
    """Forget memoised per-value results (phone validation, postal look-ups) so that every
    round pays for them, as a first pass over a new document would. Loaded data stays."""
    from tokumei.detect.recognizers.jp._phone_numbering import validate_phone
    from tokumei.detect.recognizers.jp.postal_code import lookup_postal_code

    validate_phone.cache_clear()
    lookup_postal_code.cache_clear()
    try:
        from tokumei.detect.names.digits import clear_caches
    except ImportError:  # a tree from before the digit-blind cache
        return
    clear_caches()  # the names tiers' per-text results


def cpu_seconds(fn, cold: bool) -> tuple[float, int]:
    """CPU time (``time.process_time``: this process only, so other jobs on a shared machine
    do not count) of one call."""
    if cold:
        _clear_tokumei_caches()
    gc.collect()
    t0 = time.process_time()
    n = fn()
    return time.process_time() - t0, n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=20240401)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--no-per-line", action="store_true", help="skip the per-line (many short calls) rows")
    args = ap.parse_args()
    if args.rounds < 7:
        ap.error("--rounds must be at least 7")
    text = make_text(int(args.mb * 1_000_000), args.seed)
    nbytes, nchars = len(text.encode("utf-8")), len(text)
    print(f"text: {nbytes:,} bytes UTF-8, {nchars:,} characters, {text.count(chr(10)) + 1:,} lines (seed {args.seed})")

    every = all_recognizers()
    ident = [r for r in every if r.name.split(".")[1] not in ("date", "address")]
    same = [r for r in ident if r.label in PRESIDIO_LABELS]
    recs_p = presidio_recognizers()
    recs_pd = presidio_recognizers(with_date=True)
    for r in recs_p + recs_pd:
        r.analyze(text[:2000], r.supported_entities, None)  # warm (regex compile, metadata)
    lines = [line for line in text.split("\n") if line]

    def tok(recs):
        an = Analyzer(recognizers=recs, finders=[])
        an.analyze(text[:2000])  # warm caches (regex compile, phonenumbers metadata)
        return lambda: len(an.analyze(text))

    def tok_lines(recs):
        an = Analyzer(recognizers=recs, finders=[])
        return lambda: sum(len(an.analyze(line)) for line in lines)

    # (key, title, callable, is_tokumei)
    jobs = [
        ("t_ident", f"tokumei: all identifier recognizers ({len(ident)})", tok(ident), True),
        ("t_same", f"tokumei: Presidio's label set ({len(same)})", tok(same), True),
        ("p", f"presidio: {len(recs_p)} pattern recognizers", lambda: presidio_count(recs_p, text), False),
        ("t_every", f"tokumei: + date & address ({len(every)})", tok(every), True),
        ("p_date", f"presidio: + DateRecognizer ({len(recs_pd)})", lambda: presidio_count(recs_pd, text), False),
    ]
    if not args.no_per_line:
        jobs += [
            ("t_lines", f"tokumei identifiers, per line ({len(lines):,} calls)", tok_lines(ident), True),
            ("p_lines", f"presidio, per line ({len(lines):,} calls)", lambda: sum(presidio_count(recs_p, s) for s in lines),
             False),
        ]
    secs: dict[str, list[float]] = {k: [] for k, *_ in jobs}
    found: dict[str, int] = {}
    for r in range(args.rounds):
        # interleaved, and the order rotates each round so no pipeline always runs first
        for k, _, fn, is_tok in jobs[r % len(jobs):] + jobs[:r % len(jobs)]:
            s, found[k] = cpu_seconds(fn, cold=is_tok)
            secs[k].append(s)

    def ratio(k: str, base: str) -> tuple[float, float, float]:
        rs = sorted(b / t for t, b in zip(secs[k], secs[base]))  # per round: same load for both
        return statistics.median(rs), rs[0], rs[-1]

    compare = {"t_ident": "p", "t_same": "p", "t_every": "p_date", "t_lines": "p_lines"}
    print(f"CPU time (time.process_time), {args.rounds} interleaved rounds; medians; tokumei caches cleared each round")
    print(f"{'pipeline':<46}{'spans':>7}{'CPU s':>8}{'chars/s':>12}{'MB/s':>7}  {'× presidio (median, min–max)':>28}")
    for k, title, *_ in jobs:
        t = statistics.median(secs[k])
        cell = ""
        if k in compare:
            med, lo, hi = ratio(k, compare[k])
            cell = f"{med:>8.2f}  ({lo:.2f}–{hi:.2f})"
        print(f"{title[:45]:<46}{found[k]:>7}{t:>8.4f}{nchars / t:>12,.0f}{nbytes / t / 1e6:>7.2f}  {cell:>28}")
    print("presidio ran:", ", ".join(type(r).__name__ for r in recs_p), "(PhoneRecognizer regions: JP);",
          "the +date row adds DateRecognizer")
    print("tokumei label set row:", ", ".join(r.name for r in same))
    med = ratio("t_ident", "p")[0]
    mbs = nbytes / statistics.median(secs["t_ident"]) / 1e6
    print(f"target (all identifiers): >= 10x presidio and >= 2 MB/s -> {med:.2f}x, {mbs:.2f} MB/s:",
          "MET" if med >= 10 and mbs >= 2 else "NOT MET")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
