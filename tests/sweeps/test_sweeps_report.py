"""Retests and reports (JSON shape, CSV, HTML rendered in headless Chromium)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import struct
import subprocess
import sys
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console
from sweepfakes import FakeClock, FakePool, campaign_yaml, mixed_targets

from robot.call.result import OUTCOMES
from robot.campaigns.retest import comparison_table, retest
from robot.campaigns.store import Store
from robot.campaigns.sweep import run_sweep
from robot.cli.sweeps import history, report
from robot.report import build_report, write_report

T0 = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two nightly sweeps over 27 numbers, then a retest of the failed numbers of one client."""
    folder = tmp_path_factory.mktemp("reports")
    campaign = folder / "campaign.yaml"
    campaign.write_text(campaign_yaml(mixed_targets()), encoding="utf-8")
    path = folder / "results.db"
    for day in range(2):
        clock = FakeClock(T0 + timedelta(days=day))
        pool = FakePool(clock, recordings=folder / "recordings")
        run_sweep(campaign, path, lambda n, pool=pool: pool, console=Console(file=io.StringIO()), clock=clock)
    return path


def test_retest_failed_only_links_and_compares(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    with Store(db) as src:
        src._db.execute(f"VACUUM INTO '{copy}'")
    with Store(copy) as store:
        before = {c.target: c for c in store.last_results(client="Globex")}
        pool = FakePool()
        comparisons = retest(store, client="Globex", failed_only=True, pool=pool)
        redialed = {job.target for job in pool.submitted}
        failed = {t for t, c in before.items() if c.outcome != "answered" or c.failed_checks}
        assert redialed == failed and len(comparisons) == len(failed)
        for comparison in comparisons:
            assert comparison.after.retest_of == comparison.before.id
            assert comparison.after.job.scenario == comparison.before.job.scenario
        assert all(c.outcome == (c.before.outcome, c.after.outcome) for c in comparisons)
        assert len(store.calls(retests=True)) == len(failed)
    text = Console(file=io.StringIO(), width=200)
    text.print(comparison_table(comparisons))
    assert "before → after" in text.file.getvalue()  # type: ignore[attr-defined]


def test_retest_shows_changed_checks(tmp_path: Path) -> None:
    from sweepfakes import fake_result

    from robot.campaigns.job import CallJob

    with Store(tmp_path / "r.db") as store:
        job = CallJob(job_id="j1", target="sip:badop-1@h", scenario="/s.yaml")
        store.add_result(fake_result(job, T0), client="Acme", job=job)

        class FixedPool(FakePool):
            def submit(self, job):  # type: ignore[no-untyped-def]
                return super().submit(job.model_copy(update={"target": "sip:answer-1@h"}))

        [comparison] = retest(store, target="sip:badop-1@h", pool=FixedPool())
    assert comparison.improved is True  # both answered, failed checks 2 -> 0
    assert [(c.id, c.before, c.after) for c in comparison.checks] == [
        ("company_name", "fail", "pass"),
        ("offer", "fail", "pass"),
    ]
    assert comparison.score == (pytest.approx(100 / 3), 100.0)


def test_json_report_shape(db: Path) -> None:
    with Store(db) as store:
        data = build_report(store)
        one = build_report(store, client="ООО Ромашка", since="2024-06-04")
        sweep = store.sweeps()[0].id
        first = build_report(store, sweep=sweep)
    assert list(data)[0] == "clients"  # new top-level fields come after it
    assert [c["client"] for c in data["clients"]] == ["Acme Furniture", "Globex", "Initech", "ООО Ромашка"]
    for client in data["clients"]:
        assert set(client) >= {"client", "calls", "outcomes", "answer_rate", "ring_to_answer_s",
                               "score_percent_mean", "failed_checks", "numbers"}  # fmt: skip
        assert list(client["outcomes"]) == list(OUTCOMES)
        assert sum(client["outcomes"].values()) == client["calls"]
        assert client["answer_rate"] == pytest.approx(client["outcomes"]["answered"] / client["calls"], abs=1e-4)
        assert set(client["ring_to_answer_s"]) == {"mean", "p90"}
        assert sum(n["calls"] for n in client["numbers"]) == client["calls"]
    assert sum(c["calls"] for c in data["clients"]) == 96
    assert sum(c["calls"] for c in first["clients"]) == 48
    assert [c["client"] for c in one["clients"]] == ["ООО Ромашка"] and one["clients"][0]["calls"] < 48
    json.dumps(data)  # serialisable
    totals = {k: sum(c["failed_checks"].get(k, 0) for c in data["clients"]) for k in ("greeting", "offer")}
    assert totals == {
        "greeting": 6,
        "offer": 12,
    }  # silent x3 (greeting, offer), bad operator x3 (offer); 2 sweeps


def test_csv_one_row_per_call(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        path = write_report("csv", tmp_path / "calls.csv", store)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert len(rows) == 96
    assert {"ООО Ромашка", "Acme Furniture"} <= {r["client"] for r in rows}
    badop = next(r for r in rows if "badop" in r["target"])
    assert badop["failed_checks"] == "company_name;offer" and badop["outcome"] == "answered"


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct pixel values of a non-interlaced 8-bit PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    idat, pos = b"", 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
    stride = width * channels + 1
    # sample the raw rows (filter bytes change values, but a uniform image stays nearly uniform)
    distinct = {
        raw[i : i + channels]
        for row in range(0, height, 7)
        for i in range(row * stride + 1, (row + 1) * stride, channels * 5)
    }
    assert depth == 8
    return width, height, len(distinct)


@pytest.mark.calls  # a real browser process
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_html_renders_in_headless_chromium(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert report("html", out, db=db, console=Console(file=io.StringIO())) == 0
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page and "ООО Ромашка" in page and "data:image/png;base64," in page
    assert "<q>Алло, чего надо?</q>" in page and "Retests" not in page
    assert "http://" not in page and "https://" not in page  # self-contained
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000"]  # fmt: skip
    shot = tmp_path / "shot.png"
    subprocess.run([*args, f"--screenshot={shot}", out.as_uri()], check=True, capture_output=True, timeout=90)
    width, height, colours = _png_size_and_colours(shot)
    assert (width, height) == (1280, 2000)
    assert colours > 20  # not blank
    dom = subprocess.run([*args, "--dump-dom", out.as_uri()], check=True, capture_output=True, timeout=90,
                         text=True).stdout  # fmt: skip
    assert "ООО Ромашка" in dom and 'data-figure="answer_rate"' in dom and "Trend across sweeps" in dom


def test_commands_history_and_report_errors(db: Path, tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=200)
    assert history(target="sip:busy-3@127.0.0.1:5080", db=db, json_out=True, console=console) == 0
    rows = json.loads(console.file.getvalue())  # type: ignore[attr-defined]
    assert [r["attempt"] for r in rows] == [1, 2, 3, 1, 2, 3] and rows[0]["result"]["outcome"] == "busy"
    assert history(client="Globex", db=db, console=Console(file=io.StringIO())) == 0
    assert history(db=db) == 2
    assert report("doc", tmp_path / "x.doc", db=db) == 2
    assert report("json", tmp_path / "x.json", db=tmp_path / "none.db") == 2
    assert report("json", tmp_path / "x.json", db=db, since="yesterday") == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history"], "history: give a TARGET or --client NAME (one of them)"),
        (["retest", "sip:a@127.0.0.1:9", "--client", "Acme"], "retest: give a TARGET or --client NAME (one of them)"),
        (["history", "--client", "Acme", "--db", "{missing}"], "no results database at {missing}"),
        (["report", "--format", "json", "-o", "r.json", "--db", "{missing}"], "no results database at {missing}"),
    ],
)
def test_result_commands_reject_bad_input_with_one_line_and_exit_2(tmp_path: Path, args, message) -> None:
    missing = str(tmp_path / "missing.db")
    args = [a.replace("{missing}", missing) for a in args]
    run = subprocess.run(
        [sys.executable, "-m", "robot.cli", *args], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip().splitlines() == [f"input: {message.replace('{missing}', missing)}"]
    assert not (tmp_path / "missing.db").exists(), "a command that reads results never creates a database"
