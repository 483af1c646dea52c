"""Golden test of the postal letter: exact text, and a rendered PDF page (pdftoppm/pdftotext)
whose text equals the golden text (whitespace aside) — not a pixel comparison."""
from __future__ import annotations

import shutil
import struct
import subprocess
from datetime import date
from pathlib import Path

import pytest

from support import need  # noqa: E402

from tokumei.breach.assess import assess  # noqa: E402
from tokumei.breach.incident import load_incident  # noqa: E402
from tokumei.breach.notices.common import content  # noqa: E402
from tokumei.breach.notices.letter import letter_model, letter_text, write_pdf  # noqa: E402
from tokumei.breach.notices.people import read_people  # noqa: E402
from tokumei.breach.ruleset import load_ruleset  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "golden" / "letter.txt"


@pytest.fixture(scope="module")
def letter():
    inc = load_incident(ROOT / "examples" / "breach" / "members-club.toml")
    a = assess(inc, load_ruleset(inc.discovered_date))
    person = read_people(ROOT / "examples" / "breach" / "affected.csv")[0]
    return content(inc, a), person, inc.business.representative


def _squash(text: str) -> str:
    return "".join(text.split())


def test_letter_text_matches_golden(letter):
    c, person, rep = letter
    assert letter_text(c, person, date(2026, 11, 26), rep) == GOLDEN.read_text("utf-8")


def test_rendered_pdf_page(letter, tmp_path):
    need(bool(shutil.which("pdftoppm") and shutil.which("pdftotext")), "poppler-utils (pdftoppm, pdftotext)")
    c, person, rep = letter
    pdf = write_pdf(letter_model(c, person, date(2026, 11, 26), rep), tmp_path / "letter.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout if shutil.which("pdffonts") else ""
    if fonts:
        assert "IPAex" in fonts and " yes " in fonts  # embedded subset
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert _squash(text) == _squash(GOLDEN.read_text("utf-8"))
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    width, height = struct.unpack(">II", png.read_bytes()[16:24])  # IHDR
    assert abs(width - 414) <= 2 and abs(height - 585) <= 2  # A4 at 50 dpi
    from PIL import Image

    img = Image.open(png).convert("L")
    dark = sum(img.histogram()[:128])
    assert dark > 2000  # text was drawn (a blank page has none)
    top = img.crop((0, 0, width, height // 8))
    assert sum(top.histogram()[:128]) > 20  # the date line at the top right
