"""Shared fixtures. Services the tests need (PostgreSQL) are started here, on loopback, in a
throw-away directory, from the Debian packages that scripts/setup-system.sh installs."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from support import IN_CI, need  # noqa: F401  (re-exported for older imports)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A real PostgreSQL server for this test session (or TOKUMEI_TEST_PG_URL if set)."""
    url = os.environ.get("TOKUMEI_TEST_PG_URL")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    need(bool(bins), "PostgreSQL server binaries (Debian package postgresql)")
    bindir = Path(bins[-1])
    tmp = Path(tempfile.mkdtemp(prefix="tokumei-pg-"))
    data = tmp / "data"
    port = _free_port()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        shutil.chown(tmp, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run(as_user + [str(bindir / "initdb"), "-D", str(data), "-U", "tokumei", "-A", "trust",
                              "-E", "UTF8", "--locale=C"], check=True, capture_output=True)
    log = tmp / "log"
    subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o",
                              f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "tokumei", "tokumei"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://tokumei@127.0.0.1:{port}/tokumei"
    finally:
        subprocess.run(as_user + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    need(os.path.exists(path), "Debian chromium (/usr/bin/chromium)")
    return path
