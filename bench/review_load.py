"""Load bench for `tokumei serve`: 200 concurrent client reviewers on loopback reading a
20,000-character version (with its character diff against the previous version).

Starts the real server (`tokumei serve`, uvicorn, SQLite in a temporary folder) in a subprocess,
prepares an engagement with two versions and a review link, then opens 200 keep-alive HTTP/1.1
connections (one per reviewer, each with its own session cookie; a lean asyncio client so that
the load generator, which shares the CPUs with the server, costs less than the server), and
each reviewer reads the page ``--rounds`` times (bounded request count). A read counts as an
error unless it is a 200 holding the text's SHA-256 and the diff. Two modes, one fresh server
each (``--think``): a random reading pause before each read (default mean 3 s, uniform 0–6 s),
then the closed loop (``--think 0``): every reviewer asks again the moment a page arrives, so
200 requests are always in flight and latency is mostly queueing time.
Prints p50/p95/p99/max latency, errors, throughput and the CPU seconds of server and load
generator; exits 1 when p95 >= target or errors > 0 in any mode.

例::

    $ .venv/bin/python bench/review_load.py                      # both modes, serve's default (1 worker)
    $ .venv/bin/python bench/review_load.py --think 0 --workers 2
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

    from tokumei.review.commands import create_adviser
    from tokumei.review.db import make_engine, migrate, session_factory
    from tokumei.review.models import Engagement, Link, Version, utcnow
    from tokumei.review.routers.versions import refresh_claims
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
            refresh_claims(db, v)
            versions.append(v)
        eng.last_seen_version_id = versions[0].id
        token = new_token()
        db.add(Link(engagement_id=eng.id, version_id=versions[1].id, token_hash=token_hash(token),
                    expires_at=utcnow() + timedelta(days=1)))
        db.commit()
    engine.dispose()
    return token


class Conn:
    """One reviewer's keep-alive HTTP/1.1 connection with its own session cookie: a lean client
    (a few microseconds of parsing per response) so that the load generator, which shares the
    machine's CPUs with the server, does not become the bottleneck it is measuring."""

    def __init__(self, host: str, port: int, path: str) -> None:
        self.host, self.port, self.path = host, port, path
        self.cookie = b""
        self.r: asyncio.StreamReader | None = None
        self.w: asyncio.StreamWriter | None = None

    async def connect(self) -> None:
        self.r, self.w = await asyncio.open_connection(self.host, self.port, limit=1 << 20)

    async def get(self) -> tuple[int, bytes]:
        if self.w is None:
            await self.connect()
        assert self.r is not None and self.w is not None
        req = (f"GET {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
               "User-Agent: tokumei-bench\r\nAccept: text/html\r\n").encode()
        if self.cookie:
            req += b"Cookie: " + self.cookie + b"\r\n"
        self.w.write(req + b"\r\n")
        head = await self.r.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length, chunked, close = None, False, False
        for line in lines[1:]:
            k, _, v = line.partition(b":")
            k, v = k.strip().lower(), v.strip()
            if k == b"content-length":
                length = int(v)
            elif k == b"transfer-encoding" and b"chunked" in v.lower():
                chunked = True
            elif k == b"connection" and v.lower() == b"close":
                close = True
            elif k == b"set-cookie" and v.startswith(b"tokumei_session="):
                self.cookie = v.split(b";", 1)[0]
        if chunked:
            parts = []
            while True:
                size = int((await self.r.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.r.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.r.readexactly(length or 0)
        if close:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.w is not None:
            self.w.close()
            try:
                await self.w.wait_closed()
            except OSError:
                pass
            self.r = self.w = None


async def reviewer(c: Conn, rounds: int, lat: list[float], errors: list[str], warm: list[float],
                   think: float, rng: random.Random) -> None:
    for i in range(rounds):
        if think:  # reading time before the (next) request: uniform 0..2×think seconds
            await asyncio.sleep(rng.uniform(0, 2 * think))
        t0 = time.perf_counter()
        try:
            status, body = await asyncio.wait_for(c.get(), 30)
            # the reviewer's page: the text (with its SHA-256) and the diff against the version seen before
            if status != 200 or b"SHA-256" not in body or b'id="diff"' not in body:
                errors.append(str(status) if status != 200 else "incomplete page")
        except Exception as e:  # noqa: BLE001 - counted, not hidden
            errors.append(type(e).__name__)
            await c.close()
        lat.append((time.perf_counter() - t0) * 1000)
        if i:  # not this reviewer's first read (which also queues its "viewed" audit event)
            warm.append(lat[-1])


async def run(host: str, port: int, path: str, clients: int, rounds: int,
              think: float) -> tuple[list[float], list[str], float, list[float], float]:
    lat: list[float] = []
    warm: list[float] = []
    errors: list[str] = []
    rng = random.Random(5)
    # every reviewer has its own connection and cookies, connected before timing starts
    pool = [Conn(host, port, path) for _ in range(clients)]
    await asyncio.gather(*(c.connect() for c in pool))
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    try:
        await asyncio.gather(*(reviewer(c, rounds, lat, errors, warm, think, rng) for c in pool))
    finally:
        wall = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        for c in pool:
            await c.close()
    return lat, errors, wall, warm, cpu


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and all its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            f = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(f[11]) + int(f[12])) / tick
            for t in Path(f"/proc/{p}/task").iterdir():
                todo += [int(x) for x in (t / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            pass
    return total


def _stop(server: subprocess.Popen, log: Path) -> None:
    """End the server's process group (SIGTERM, SIGKILL after 15 s) and print the tail of its log
    when it holds a traceback."""
    import signal

    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(5)
    text = log.read_text(errors="replace")
    if "Traceback" in text:
        print(text[-3000:], file=sys.stderr)


def _wait_ready(host: str, port: int, path: str) -> bool:
    import http.client

    for _ in range(150):
        try:
            c = http.client.HTTPConnection(host, port, timeout=2)
            c.request("GET", path)
            ok = c.getresponse().status == 200
            c.close()
            if ok:
                return True
        except OSError:
            pass
        time.sleep(0.1)
    return False


def one_mode(args: argparse.Namespace, think: float) -> bool:
    """Fresh database and server, one load run; prints the result, True when it meets the target."""
    host = "127.0.0.1"
    with tempfile.TemporaryDirectory(prefix="tokumei-bench-") as d:
        token = prepare(d, args.chars, args.database_url)
        port = _free_port()
        exe = Path(sys.executable).with_name("tokumei")
        extra = ["--database-url", args.database_url] if args.database_url else []
        if args.workers is not None:
            extra += ["--workers", str(args.workers)]
        server = subprocess.Popen([str(exe), "serve", "--data-dir", d, "--host", host, "--port", str(port), *extra],
                                  stdout=subprocess.DEVNULL, stderr=open(os.path.join(d, "server.log"), "w"),
                                  env={**os.environ}, start_new_session=True)  # own process group: workers too
        try:
            path = f"/c/{token}"
            if not _wait_ready(host, port, path):
                print("server did not start", file=sys.stderr)
                return False
            scpu0 = _tree_cpu(server.pid)
            lat, errors, wall, warm, ccpu = asyncio.run(run(host, port, path, args.clients, args.rounds, think))
            scpu = _tree_cpu(server.pid) - scpu0
        finally:
            _stop(server, Path(d, "server.log"))
    lat.sort()
    q = statistics.quantiles(lat, n=100)
    workers = args.workers if args.workers is not None else "1 (default)"
    print(f"review_load: {args.clients} concurrent reviewers × {args.rounds} reads of a {args.chars:,}-character "
          f"version (with diff) on loopback, serve --workers {workers}, {'PostgreSQL' if args.database_url else 'SQLite'}, "
          f"think time {'none (closed loop: every reviewer asks again the moment a page arrives)' if not think else f'uniform 0-{2 * think:g}s'}")
    if errors:
        from collections import Counter

        print("errors by kind:", dict(Counter(errors)))
    print(f"requests={len(lat)} errors={len(errors)} wall={wall:.2f}s throughput={len(lat) / wall:.1f} req/s")
    print(f"latency ms: p50={q[49]:.1f} p95={q[94]:.1f} p99={q[98]:.1f} max={lat[-1]:.1f} (target p95 < {args.target_ms:.0f})")
    if len(warm) > 1:
        w = statistics.quantiles(sorted(warm), n=100)
        print(f"repeat reads only (no audit write): n={len(warm)} p50={w[49]:.1f} p95={w[94]:.1f}")
    print(f"CPU seconds during the run: server {scpu:.2f} (all worker processes), load generator {ccpu:.2f}")
    try:
        print(f"machine load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    except OSError:
        pass
    sys.stdout.flush()
    return q[94] < args.target_ms and not errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=None,
                    help="reads per reviewer (default 5 with a reading pause, 100 in the closed loop)")
    ap.add_argument("--chars", type=int, default=20_000)
    ap.add_argument("--target-ms", type=float, default=300.0)
    ap.add_argument("--workers", type=int, default=None, help="passed to `tokumei serve --workers` (default: serve's)")
    ap.add_argument("--database-url", default=None, help="postgresql://… (an empty database) instead of SQLite")
    ap.add_argument("--think", type=float, nargs="+", default=[3.0, 0.0],
                    help="mean reading time in seconds before each read, one run per value (default: 3 then 0; "
                         "0 is the closed-loop stress test: 200 requests always in flight)")
    args = ap.parse_args()
    ok = True
    for i, think in enumerate(args.think):
        if i:
            print()
        rounds = args.rounds or (100 if not think else 5)
        ok &= one_mode(argparse.Namespace(**{**vars(args), "rounds": rounds}), think)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
