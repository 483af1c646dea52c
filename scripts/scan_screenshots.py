"""Take the docs/scan.md screenshots of the owner's report: scan a fake EC shop
(:mod:`tokumei.synth.shop`) to HTML and photograph it with Playwright driving Debian's chromium
(no browser download).

例::

    $ PYTHONPATH=src .venv/bin/python scripts/scan_screenshots.py   # → docs/screenshots/scan-*.png
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import sqlalchemy as sa
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def main() -> int:
    from tokumei.scan.inventory import write_html
    from tokumei.scan.scanner import ScanOptions, scan
    from tokumei.synth.shop import write_shop

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "shop.sqlite"
        eng = sa.create_engine(f"sqlite:///{db}")
        write_shop(eng, members=500, seed=7)
        eng.dispose()
        inv = scan([str(db)], ScanOptions(workers=1))
        for src in inv["sources"]:
            src["target"] = "shop.sqlite"  # not the temporary path
        from tokumei.scan.summary import summarize_inventory

        inv["summary"] = summarize_inventory(inv)
        page_path = write_html(inv, Path(d) / "棚卸し.html")
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = b.new_page(viewport={"width": 1280, "height": 1000}, locale="ja-JP")
            page.goto(page_path.as_uri())
            page.screenshot(path=str(OUT / "scan-01-summary.png"))
            page.locator("#s-risks").scroll_into_view_if_needed()
            page.evaluate("document.querySelector('#s-risks').scrollIntoView()")
            page.screenshot(path=str(OUT / "scan-02-risks.png"))
            page.evaluate("document.querySelector('#details').scrollIntoView()")
            page.screenshot(path=str(OUT / "scan-03-details.png"))
            b.close()
    print(f"screenshots → {OUT}/scan-*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
