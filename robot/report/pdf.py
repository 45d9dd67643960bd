"""The PDF report: the HTML page printed by headless Chromium (its print stylesheet, A4 landscape)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from robot.config.private import private_umask, write_private_text
from robot.errors import InputError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
TIMEOUT_S = 120.0


def find_chromium() -> str:
    """The Chromium binary, or a one-line InputError saying how to install it."""
    for candidate in CHROMIUM_CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    raise InputError("--format pdf needs Chromium (Debian: apt-get install chromium)")


def html_to_pdf(html: str, timeout_s: float = TIMEOUT_S) -> bytes:
    """Print ``html`` to PDF with headless Chromium in a throw-away owner-only profile; returns the PDF."""
    chromium = find_chromium()
    with private_umask(), tempfile.TemporaryDirectory(prefix="mysterycall-pdf-") as tmp:
        folder = Path(tmp)
        page = write_private_text(folder / "report.html", html)
        out = folder / "report.pdf"
        args = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
            "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={out}",
            f"--user-data-dir={folder / 'profile'}", page.as_uri(),
        ]  # fmt: skip
        try:
            run = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(f"Chromium did not print the PDF within {timeout_s:.0f} s") from None
        if not out.is_file() or out.stat().st_size == 0:
            tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
            raise InputError(f"Chromium could not print the PDF (exit {run.returncode}: {tail})")
        return out.read_bytes()
