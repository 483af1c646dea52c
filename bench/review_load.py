"""Load bench for `tokumei serve`: 200 concurrent client reviewers on loopback reading a
20,000-character version (with its character diff against the previous version).

Starts the real server (`tokumei serve`, uvicorn, SQLite in a temporary folder) in a subprocess,
prepares an engagement with two versions and a review link, then runs 200 httpx async clients,
each with its own cookies, each reading the page ``--rounds`` times (bounded request count) with
a random reading pause before each read (``--think`` seconds on average; ``--think 0`` is the
closed-loop stress test, where 200 requests are always in flight and latency is queueing time).
Prints p50/p95/p99/max latency and the error count; exits 1 when p95 >= target or errors > 0.

例::

    $ .venv/bin/python bench/review_load.py --clients 200 --rounds 5
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _text(n: int, variant: int) -> str:
    """A realistic long case study: the bundled example plus neutral paragraphs (a handful of
    claim sentences, as in a real draft); version 2 rewords one paragraph near the start."""
    base = (ROOT / "examples" / "case-study.md").read_text(encoding="utf-8")
    if variant:
        base = base.replace("当事務所の支援のおかげで、", "新商品の開発もあり、")
    paras = ["〔組織名〕では、〔人名〕社長のもとで就業規則と評価制度の見直しを進めました。",
             "面談は月に一度、店舗の二階で行い、従業員の皆さまから率直なご意見を伺いました。",
             "繁忙期と閑散期の差が大きいため、変形労働時間制の導入についても検討しました。",
             "社内の連絡には紙の回覧を使っていましたが、少しずつ共有の予定表に移しています。"]
    out, i = base, 0
    while len(out) < n:
        out += "\n\n" + paras[i % len(paras)] + f"（第{i + 1}回の記録）"
        i += 1
    return out[:n]


def prepare(data_dir: str, chars: int, database_url: str | None = None) -> str:
    """Create the database, an engagement with versions 1 and 2, and a link to version 2."""
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import timedelta

    from tokumei.review.claims import extract_claims
    from tokumei.review.commands import create_adviser
    from tokumei.review.db import make_engine, migrate, session_factory
    from tokumei.review.models import Claim, Engagement, Link, Version, utcnow
    from tokumei.review.security import new_token, token_hash
    from tokumei.review.settings import Settings
    from tokumei.review.status import sha256_text

    engine = make_engine(Settings(data_dir=data_dir, database_url=database_url))
    migrate(engine)
    sessions = session_factory(engine)
    aid = create_adviser(sessions, "bench@example.jp", "ベンチ", "bench-password-123")
    with sessions() as db:
        eng = Engagement(adviser_id=aid, client_name="ベンチ商店", title="負荷試験", contacts=[], people=[],
                         organizations=[], allow=[], policy="publication", publish_where="", publish_period="")
        db.add(eng)
        db.flush()
        versions = []
        for n in (1, 2):
            t = _text(chars, n - 1)
            v = Version(engagement_id=eng.id, number=n, source_name="bench", original=t, items=[], risks=[],
                        text=t, sha256=sha256_text(t))
            db.add(v)
            db.flush()
            for c in extract_claims(t):
                db.add(Claim(version_id=v.id, start=c.start, end=c.end, sentence=c.sentence, kinds=list(c.kinds), note=""))
            versions.append(v)
        eng.last_seen_version_id = versions[0].id
        token = new_token()
        db.add(Link(engagement_id=eng.id, version_id=versions[1].id, token_hash=token_hash(token),
                    expires_at=utcnow() + timedelta(days=1)))
        db.commit()
    engine.dispose()
    return token


async def reviewer(c, url: str, rounds: int, lat: list[float], errors: list[str], warm: list[float],
                   think: float, rng: random.Random) -> None:
    for i in range(rounds):
        if think:  # reading time before the (next) request: uniform 0..2×think seconds
            await asyncio.sleep(rng.uniform(0, 2 * think))
        t0 = time.perf_counter()
        try:
            r = await c.get(url)
            ok = r.status_code == 200 and "SHA-256" in r.text
            if not ok:
                errors.append(str(r.status_code))
        except Exception as e:  # noqa: BLE001 - counted, not hidden
            errors.append(type(e).__name__)
        lat.append((time.perf_counter() - t0) * 1000)
        if i:  # not this reviewer's first read (which also queues its "viewed" audit event)
            warm.append(lat[-1])


async def run(url: str, clients: int, rounds: int, think: float) -> tuple[list[float], list[str], float, list[float]]:
    import ssl

    import httpx

    lat: list[float] = []
    warm: list[float] = []
    errors: list[str] = []
    rng = random.Random(5)
    ctx = ssl.create_default_context()  # one context for all clients (plain HTTP; creating 200 is slow)
    # every reviewer has its own client (own cookies, own connection), created before timing starts
    pool = [httpx.AsyncClient(timeout=30, verify=ctx) for _ in range(clients)]
    t0 = time.perf_counter()
    try:
        await asyncio.gather(*(reviewer(c, url, rounds, lat, errors, warm, think, rng) for c in pool))
    finally:
        wall = time.perf_counter() - t0
        for c in pool:
            await c.aclose()
    return lat, errors, wall, warm


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--chars", type=int, default=20_000)
    ap.add_argument("--target-ms", type=float, default=300.0)
    ap.add_argument("--database-url", default=None, help="postgresql://… (an empty database) instead of SQLite")
    ap.add_argument("--think", type=float, default=3.0,
                    help="mean reading time in seconds before each read (default 3; 0: closed-loop stress, "
                         "every reviewer requests again the moment the previous page arrived)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="tokumei-bench-") as d:
        token = prepare(d, args.chars, args.database_url)
        port = _free_port()
        exe = Path(sys.executable).with_name("tokumei")
        db_args = ["--database-url", args.database_url] if args.database_url else []
        server = subprocess.Popen([str(exe), "serve", "--data-dir", d, "--port", str(port), *db_args],
                                  stdout=subprocess.DEVNULL, stderr=open(os.path.join(d, "server.log"), "w"), env={**os.environ})
        try:
            import httpx

            url = f"http://127.0.0.1:{port}/c/{token}"
            for _ in range(200):
                try:
                    if httpx.get(url, timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                print("server did not start", file=sys.stderr)
                return 2
            lat, errors, wall, warm = asyncio.run(run(url, args.clients, args.rounds, args.think))
        finally:
            server.terminate()
            server.wait(10)
            log = Path(d, "server.log").read_text(errors="replace")
            if "Traceback" in log:
                print(log[-3000:], file=sys.stderr)
    lat.sort()
    q = statistics.quantiles(lat, n=100)
    print(f"review_load: {args.clients} concurrent reviewers × {args.rounds} reads of a {args.chars:,}-character "
          f"version (with diff) on loopback, 1 uvicorn worker, {'PostgreSQL' if args.database_url else 'SQLite'}, think time "
          f"{'none (closed loop)' if not args.think else f'uniform 0-{2 * args.think:g}s'}")
    if errors:
        from collections import Counter

        print("errors by kind:", dict(Counter(errors)))
    print(f"requests={len(lat)} errors={len(errors)} wall={wall:.2f}s throughput={len(lat) / wall:.1f} req/s")
    print(f"latency ms: p50={q[49]:.1f} p95={q[94]:.1f} p99={q[98]:.1f} max={lat[-1]:.1f} (target p95 < {args.target_ms:.0f})")
    if len(warm) > 1:
        w = statistics.quantiles(sorted(warm), n=100)
        print(f"repeat reads only (no audit write): n={len(warm)} p50={w[49]:.1f} p95={w[94]:.1f}")
    try:
        print(f"machine load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    except OSError:
        pass
    return 0 if q[94] < args.target_ms and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
