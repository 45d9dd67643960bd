"""The report's files: HTML (portable, bundled), XLSX read back, the CLI's options and errors."""

from __future__ import annotations

import io
import re
import stat
import zipfile
from pathlib import Path

import pytest
from markupsafe import escape
from openpyxl import load_workbook
from reportstore import QUOTE, fill_store
from rich.console import Console

from robot.campaigns.store import Store
from robot.cli.sweeps import report
from robot.report import CSV_COLUMNS, write_report


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_store(tmp_path_factory.mktemp("outputs"))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_html_without_bundle_links_nothing_it_cannot_carry(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        page = write_report("html", tmp_path / "r.html", store).read_text(encoding="utf-8")
    assert "href=" not in page and "file:" not in page and str(db.parent) not in page and ".wav" not in page
    assert 'src="data:image/png;base64,' in page  # charts inline
    # figures, labelled
    assert 'data-figure="answer_rate_per_number">60%<' in page and 'data-figure="answer_rate">33%<' in page
    assert "answer rate per number" in page and "answer rate per attempt" in page
    assert 'data-figure="score">70%<' in page and "2 calls that reached a person" in page
    # campaign, period and times in the campaign's time zone
    assert 'data-figure="campaign">spring-check<' in page and "Europe/Moscow" in page
    assert "2024-06-03 12:00 – 2024-06-04 12:00" in page and "2024-06-03 12:06:00" in page
    # failed check with its quote, the transcript, the fallback warning on that call
    assert f"<q>{escape(QUOTE)}</q>" in page and '<details class="transcript">' in page
    assert "speech checks of this call are unreliable" in page and 'data-figure="asr_warning"' in page
    assert page.count('data-figure="fallback"') == 1 and ">unreliable</span>" in page
    # retests in their own section, not in the totals
    totals, retests = page.split('<h2 id="retests">')
    assert "r-n2" not in totals.split("Trend across sweeps")[0] and "call-r-n2" in retests
    assert "10 in sweeps, 1 retest (shown apart, not in the totals)" in page
    assert '<span class="muted">not scored</span> → 90%' in retests


def test_bundle_links_are_relative_private_and_survive_a_zip(db: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    with Store(db) as store:
        page_path = write_report("html", None, store, bundle=bundle)
    assert page_path == bundle / "report.html"
    page = page_path.read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', page)
    assert sorted(links) == [f"recordings/{n}.wav" for n in ("a-n1-3", "a-n3", "a-n5", "g-1", "r-n2")]
    assert str(tmp_path) not in page and str(db.parent) not in page
    for link in links:
        assert (bundle / link).is_file() and mode(bundle / link) == 0o600
    assert mode(bundle) == 0o700 and mode(bundle / "recordings") == 0o700 and mode(page_path) == 0o600
    archive = tmp_path / "send.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in bundle.rglob("*"):
            zf.write(file, file.relative_to(tmp_path))
    unpacked = tmp_path / "received"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(unpacked)
    moved = unpacked / "bundle"
    for link in re.findall(r'href="([^"]+)"', (moved / "report.html").read_text(encoding="utf-8")):
        assert (moved / link).read_bytes() == (db.parent / "recordings" / Path(link).name).read_bytes()


def test_csv_in_a_bundle_names_the_copied_recordings(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        path = write_report("csv", "calls.csv", store, bundle=tmp_path / "b")
    assert path == tmp_path / "b" / "calls.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert "recordings/a-n3.wav" in text and str(db.parent) not in text


def test_xlsx_has_summary_client_calls_and_retest_sheets(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        path = write_report("xlsx", tmp_path / "r.xlsx", store)
    assert mode(path) == 0o600
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Acme Tiles", "Globex", "Calls", "Retests"]
    for name in book.sheetnames:
        sheet = book[name]
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    summary = book["Summary"]
    header = [c.value for c in summary[1]]
    acme = dict(zip(header, [c.value for c in summary[2]], strict=True))
    assert acme["client"] == "Acme Tiles" and acme["answer rate per number"] == 0.6
    assert acme["answer rate per attempt"] == pytest.approx(1 / 3, abs=1e-4)
    assert acme["mean score, % (calls that reached a person)"] == 70
    assert acme["phone problems"] == "busy 5, no answer 1"
    about = {r[0].value: r[1].value for r in summary.iter_rows(min_row=4) if r[0].value}
    assert about["campaign"] == "spring-check" and about["time zone"] == "Europe/Moscow"
    calls = book["Calls"]
    columns = [c.value for c in calls[1]]
    assert columns[: len(CSV_COLUMNS)] == list(CSV_COLUMNS) and "speech_checks_unreliable" in columns
    assert calls.max_row == 12 and calls.auto_filter.ref == f"A1:{calls.cell(1, len(columns)).column_letter}12"
    assert book["Acme Tiles"]["A2"].value == "sip:n1@127.0.0.1"
    retest = [c.value for c in book["Retests"][2]]
    assert retest[:6] == ["Acme Tiles", "sip:n2@127.0.0.1", "busy", "answered", None, 90]  # busy: not scored


def test_report_command_options_and_errors(db: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    assert report("xlsx", None, db=db, bundle=tmp_path / "b", console=Console(file=out)) == 0
    assert (tmp_path / "b" / "report.xlsx").is_file() and (tmp_path / "b" / "recordings" / "g-1.wav").is_file()
    assert "report written to" in out.getvalue()
    calls = load_workbook(tmp_path / "b" / "report.xlsx")["Calls"]
    links = {c.hyperlink.target for row in calls.iter_rows(min_row=2) for c in row if c.hyperlink}
    assert links == {f"recordings/{n}.wav" for n in ("a-n1-3", "a-n3", "a-n5", "g-1", "r-n2")}
    assert report("html", None, db=db) == 2  # neither -o nor --bundle
    assert report("json", None, db=db, bundle=tmp_path / "j") == 2  # a bundle is for html, csv, xlsx
    assert report("doc", tmp_path / "r.doc", db=db) == 2
