"""Throughput of the DATE/DATE_OF_BIRTH and ADDRESS recognizers vs. the rest of the pipeline.

Usage: ``.venv/bin/python bench/date_address_speed.py [--mb 1.0] [--seed 1985] [--repeat 3]``

Generates (fixed seed) a Japanese business text of at least ``--mb`` MB in UTF-8: prose with
distractors (amounts, percentages, times, 第12条, years alone, 町/市/区 in ordinary words) and,
in about one sentence in five, a date (西暦・和暦・略号・漢数字) or an address built from real
KEN_ALL municipalities. On the SAME text, best of ``--repeat``, single process, it times:

* baseline: ``TextView`` construction (one ``str.translate`` pass over the text);
* ``jp.date.v1`` and ``jp.address.v1`` alone (the gazetteer is loaded before timing);
* the identifier pipeline without them, and with them.

Numbers are printed as chars/s and as ratios; nothing is asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tokumei.detect import Analyzer  # noqa: E402
from tokumei.detect.geo import gazetteer  # noqa: E402
from tokumei.detect.registry import all_recognizers, get  # noqa: E402
from tokumei.detect.textview import TextView  # noqa: E402
from tokumei.detect.wareki import to_wareki  # noqa: E402

PROSE = [
    "いつもお世話になっております。", "市場の動向を注視しつつ、区分ごとの町村部の施策を検討します。",
    "今月の売上は1,200万円で、前年同月比15%増となりました。", "会議は10:00-12:00に第2会議室で行います。",
    "就業規則第12条第3項に基づき手続きを進めます。", "2024年の目標はv1.2.3のリリースです。",
    "勤続3年間の社員は45歳以上が対象です。", "区役所と市役所の窓口で町内会の書類を受け取りました。",
    "東京都の最低賃金が改定されました。", "品番 A-1-2-3 の在庫は残り30個です。",
]


def _date(rng: random.Random) -> str:
    d = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(32000))
    k = rng.randrange(5)
    body = [to_wareki(d), to_wareki(d, abbr=True), d.isoformat(), f"{d.year}年{d.month}月{d.day}日", f"{d.month}月{d.day}日"][k]
    return rng.choice(["生年月日：{}。", "{}付で入社しました。", "契約日 {} 。", "{}生まれ、"]).format(body)


def _address(rng: random.Random, munis: list) -> str:
    m = rng.choice(munis)
    block = rng.choice([f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                        f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号",
                        f"{rng.randint(1, 999)}番地"])
    bldg = rng.choice(["", " 第2ビル3F", " さくらマンション201号室"])
    return f"住所は{m.prefecture}{m.name}本町{block}{bldg}です。"


def make_text(mb: float, seed: int) -> str:
    rng = random.Random(seed)
    g = gazetteer()
    munis = sorted({m for ms in g._written.values() for m in ms}, key=lambda m: (m.prefecture, m.name))
    parts: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        r = rng.random()
        s = _date(rng) if r < 0.1 else _address(rng, munis) if r < 0.2 else rng.choice(PROSE)
        parts.append(s)
        size += len(s.encode())
    return "".join(parts)


def best(fn, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return min(times), n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=1985)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    text = make_text(a.mb, a.seed)
    view = TextView(text)
    mine = [get("jp.date.v1"), get("jp.address.v1")]
    others = [r for r in all_recognizers() if r not in mine]
    rows = [
        ("baseline: TextView(text)", lambda: len(TextView(text).norm) and 0),
        ("jp.date.v1 alone", lambda: sum(1 for _ in mine[0].find(view))),
        ("jp.address.v1 alone", lambda: sum(1 for _ in mine[1].find(view))),
        (f"pipeline without date/address ({len(others)})", lambda: len(Analyzer(others).analyze(text))),
        (f"pipeline with date/address ({len(others) + 2})", lambda: len(Analyzer(others + mine).analyze(text))),
    ]
    print(f"text: {len(text.encode()):,} bytes UTF-8, {len(text):,} characters (seed {a.seed})")
    print(f"{'measure':48} {'spans':>7} {'seconds':>8} {'chars/s':>12} {'MB/s':>6} {'× baseline':>10}")
    base = None
    for label, fn in rows:
        sec, n = best(fn, a.repeat)
        base = base or sec
        print(f"{label:48} {n:7d} {sec:8.3f} {len(text) / sec:12,.0f} {len(text.encode()) / sec / 1e6:6.2f} {sec / base:10.1f}")


if __name__ == "__main__":
    main()
