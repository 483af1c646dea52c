"""Run every benchmark in turn (``make bench`` / ``.venv/bin/python -m bench``).

Each script measures tokumei against a baseline in the same run (Presidio, plain GiNZA, the
library call without tokumei, …) and prints its own figures; this runner only sequences them and
reports which ones failed. ``--only NAME`` runs one (``--only detect_speed``).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = (
    "identifier_recall",
    "identifier_false_positives",
    "detect_speed",
    "date_address_speed",
    "names_gsd",
    "anonymize_leak",
    "formats_speed",
    "scan_speed",
    "review_load",
    "roster_speed",
)


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--only", action="append", choices=ORDER)
    args = ap.parse_args()
    failed = []
    for name in args.only or ORDER:
        print(f"\n===== {name} =====", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call([sys.executable, str(HERE / f"{name}.py")])
        print(f"----- {name}: exit {rc}, {time.perf_counter() - t0:.1f}s", flush=True)
        if rc:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
