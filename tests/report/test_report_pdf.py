"""The PDF report, printed by headless Chromium, rendered back to PNG pages that must not be blank."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from reportstore import fill_store

from robot.campaigns.store import Store
from robot.report import write_report

pytestmark = [
    pytest.mark.calls,  # starts a Chromium process
    pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (apt-get install chromium)"),
    pytest.mark.skipif(
        shutil.which("pdftoppm") is None, reason="pdftoppm is not installed (apt-get install poppler-utils)"
    ),
]


def test_pdf_pages_render_and_are_not_blank(tmp_path: Path) -> None:
    db = fill_store(tmp_path, extras={"a-n3": {"quality": {"mos": 4.1}}})
    with Store(db) as store:
        pdf = write_report("pdf", tmp_path / "out" / "report.pdf", store)
    assert pdf.read_bytes()[:5] == b"%PDF-" and stat.S_IMODE(pdf.stat().st_mode) == 0o600
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2  # header, charts, the calls with open transcripts
    for page in pages:
        with Image.open(page) as image:
            width, height = image.size
            assert width > height  # A4 landscape (the print stylesheet)
            grey = image.convert("L")
            assert ImageStat.Stat(grey).stddev[0] > 5, f"{page.name} is blank"
            assert len(grey.getcolors(maxcolors=1 << 16) or []) > 10
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60).stdout
    assert "spring-check" in text and "answer rate per number" in text and "Europe/Moscow" in text
    assert "Hello?" in text  # transcripts are open in print
