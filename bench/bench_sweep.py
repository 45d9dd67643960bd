"""Sweep throughput: calls per hour per machine at concurrency 1, 4 and 16.

Runs ``mysterycall sweep`` (the real CLI, call-worker pool and results store) over N numbers
on simulated phones on loopback: ceil(concurrency / 4) phone processes (a pjsua process
holds at most 4 calls), one client per phone with a per-client limit of min(4, concurrency),
so no phone is ever asked for more than 4 calls at once. Every line rings 0.5 s and answers;
the short scenario listens at most 2 s (the line says nothing) and hangs up.

    python bench/bench_sweep.py [--numbers 200] [--single 20] [--concurrency 1 4 16]

At concurrency 1 only ``--single`` numbers are dialed (200 would take about 10 minutes) and
the rate is extrapolated; the table says so. Wall time is the whole ``sweep`` command
(start-up, worker spawn, dialing, storing); calls/hour = calls / wall * 3600.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from robot.call.resultview import parse_time  # noqa: E402
from robot.campaigns.store import Store  # noqa: E402
from tests.phone_process import PhoneProcess  # noqa: E402
from tests.process_group import reap_group  # noqa: E402

SCENARIO = """\
name: Bench line check
language: en
max_call_s: 10
steps:
  - id: greeting
    listen: {max_s: 2}
  - hangup
"""
CONFIG = """\
limits: {max_ring_s: 5, max_call_s: 15, media_timeout_s: 5, stay_s: 2}
recordings_dir: recordings
results_dir: results
"""


@contextmanager
def phone(crashes: list[str]) -> Iterator[str]:
    """A simulated phone process on a free loopback port; yields HOST:PORT, then stops it.

    A phone that died by itself meanwhile is noted in ``crashes``.
    """
    proc = PhoneProcess()
    address = f"127.0.0.1:{proc.port}"
    try:
        yield address
    finally:
        if proc.proc.poll() is not None:
            crashes.append(f"phone {address} exited by itself (code {proc.proc.returncode})")
        proc.stop()


def write_campaign(workdir: Path, addresses: list[str], numbers: int, concurrency: int) -> Path:
    (workdir / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (workdir / "scenario.yaml").write_text(SCENARIO, encoding="utf-8")
    lines = [
        f"name: bench-c{concurrency}",
        "scenario: scenario.yaml",
        "config: config.yaml",
        f"concurrency: {concurrency}",
        f"client_concurrency: {min(4, concurrency)}",
        "attempts: {max: 1}",
        "targets:",
    ]
    for p, address in enumerate(addresses):
        lines += [f"  - client: Bench client {p + 1}", "    numbers:"]
        lines += [f'      - "sip:ring0.5-n{i}@{address}"' for i in range(p, numbers, len(addresses))]
    path = workdir / "campaign.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(concurrency: int, numbers: int, workdir: Path) -> dict[str, Any]:
    """One sweep of ``numbers`` lines at ``concurrency``; wall time, outcomes, dialing span."""
    workdir.mkdir(parents=True)
    db = workdir / "bench.db"
    crashes: list[str] = []
    with ExitStack() as stack:
        addresses = [stack.enter_context(phone(crashes)) for _ in range(math.ceil(concurrency / 4))]
        campaign = write_campaign(workdir, addresses, numbers, concurrency)
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "robot.cli", "sweep", str(campaign), "--db", str(db)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            _, err = proc.communicate(timeout=3600)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
            reap_group(proc.pid, 20.0)
        wall = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"sweep at concurrency {concurrency} exited {proc.returncode}:\n{err[-2000:]}")
    with Store(db) as store:
        calls = store.calls()
    outcomes = Counter(c.outcome for c in calls)
    first = min(c.started_at for c in calls)
    last = max(c.ended_at for c in calls)
    dialing = (parse_time(last) - parse_time(first)).total_seconds()
    crashes += [line.split(": ", 1)[-1] for line in err.splitlines() if "call worker" in line and "died" in line]
    return {
        "concurrency": concurrency,
        "calls": len(calls),
        "wall_s": wall,
        "dialing_s": dialing,
        "outcomes": outcomes,
        "crashes": crashes,
    }


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def report(rows: list[dict[str, Any]], numbers: int) -> str:
    """The markdown table, with notes on extrapolation and on calls that did not go through."""
    lines = [
        f"Sweep throughput on {os.cpu_count()} CPU(s) ({cpu_model()}), Python {platform.python_version()}: "
        "lines ring 0.5 s and answer, the scenario listens up to 2 s and hangs up.",
        "",
        "| concurrency | calls | wall s | calls/hour | outcomes |",
        "|---:|---:|---:|---:|---|",
    ]
    notes = []
    for row in rows:
        per_hour = row["calls"] / row["wall_s"] * 3600
        outcomes = ", ".join(f"{o} {n}" for o, n in row["outcomes"].most_common())
        calls = str(row["calls"])
        if row["calls"] != numbers:
            calls += "*"
            notes.append(
                f"\\* concurrency {row['concurrency']}: {row['calls']} numbers dialed and calls/hour extrapolated "
                f"from them ({numbers} would take about {numbers / per_hour * 60:.0f} min)."
            )
        not_answered = row["calls"] - row["outcomes"]["answered"]
        if not_answered:
            notes.append(
                f"Concurrency {row['concurrency']}: {not_answered} of {row['calls']} calls were not answered although "
                "every line answers; calls that fail fast inflate calls/hour (see the outcomes)."
            )
        notes += [f"Concurrency {row['concurrency']}: {crash}." for crash in row["crashes"]]
        lines.append(f"| {row['concurrency']} | {calls} | {row['wall_s']:.1f} | {per_hour:,.0f} | {outcomes} |")
    spans = ", ".join(f"{r['dialing_s']:.1f} s" for r in rows)
    notes.append(
        "Wall time is the whole `mysterycall sweep` command (start-up, dialing, storing); "
        f"from the first dial to the last hangup: {spans}."
    )
    return "\n".join(lines + [""] + notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--numbers", type=int, default=200, help="numbers per sweep (default 200)")
    parser.add_argument("--single", type=int, default=20, help="numbers at concurrency 1 (default 20)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-sweep-") as tmp:
        for concurrency in args.concurrency:
            numbers = args.single if concurrency == 1 else args.numbers
            print(f"concurrency {concurrency}: sweeping {numbers} numbers ...", file=sys.stderr, flush=True)
            rows.append(run(concurrency, numbers, Path(tmp) / f"c{concurrency}"))

    print(report(rows, args.numbers))


if __name__ == "__main__":
    main()
