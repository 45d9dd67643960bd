"""Sweeps through the broker: the 200-number sweep of ``bench_sweep.py`` run locally, through one
``mysterycall worker`` and through two, on this machine.

    python bench/bench_broker.py [--numbers 200] [--concurrency 8]

Every mode dials the same campaign at the same concurrency on simulated phones on loopback
(lines ring 0.5 s and answer, the scenario listens up to 2 s and hangs up) against a real
``redis-server`` started in a temporary folder. Reported per mode: wall time and calls per hour
(the whole ``sweep`` command), and the overhead per call: from the attempt's write-ahead (just
before it is submitted) to its result being stored, minus the call itself (its own start to end),
median and 90th percentile; the broker's queue overhead is the difference to local.

The coordinator's cost per 1,000 results: CPU seconds (user + system, from ``wait4``; locally this
includes the call-worker processes, which are the coordinator's children) of the sweep minus
those of re-running the finished sweep (start-up, broker check, planning: nothing to dial),
scaled to 1,000 results; and its peak RSS.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_sweep import cpu_model, phone, write_campaign  # noqa: E402

from robot.call.resultview import parse_time  # noqa: E402
from tests.broker.brokerkit import RedisServer, Worker  # noqa: E402
from tests.process_group import reap_group  # noqa: E402


def sweep(args: list[str]) -> tuple[float, float, float, str]:
    """Run ``mysterycall sweep ARGS``: wall s, CPU s (with waited-for children), peak RSS MB, stderr."""
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "robot.cli", "sweep", *args], cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)  # fmt: skip
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            os.killpg(proc.pid, signal.SIGKILL)
            raise
        proc.returncode = os.waitstatus_to_exitcode(status)
        reap_group(proc.pid, 20.0)
        err.seek(0)
        text = err.read().decode(errors="replace")
    wall = time.monotonic() - started
    if proc.returncode != 0:
        raise RuntimeError(f"sweep {' '.join(args)} exited {proc.returncode}:\n{text[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def overheads(db: Path) -> list[float]:
    """Per call, ms: write-ahead to stored, minus the call's own start to end."""
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT a.started_at, c.started_at, c.ended_at, c.stored_at FROM attempts a "
        "JOIN calls c ON c.attempt_key = a.attempt_key"
    ).fetchall()
    con.close()
    found = []
    for ahead, start, end, stored in rows:
        total = (parse_time(stored) - parse_time(ahead)).total_seconds()
        call = (parse_time(end) - parse_time(start)).total_seconds()
        found.append((total - call) * 1000)
    return found


def run(mode: str, workers: int, numbers: int, concurrency: int, workdir: Path, url: str | None) -> dict[str, Any]:
    workdir.mkdir(parents=True)
    db = workdir / "bench.db"
    crashes: list[str] = []
    with ExitStack() as stack:
        addresses = [stack.enter_context(phone(crashes)) for _ in range(math.ceil(concurrency / 4))]
        campaign = write_campaign(workdir, addresses, numbers, concurrency)
        pool: list[Worker] = []
        if url is not None:
            for n in range(workers):
                pool.append(Worker(url, f"bench{n}", workdir, calls=concurrency // workers))
            import redis

            client = redis.Redis.from_url(url)
            for worker in pool:
                worker.wait_ready(client)
        args = [str(campaign), "--db", str(db)] + (["--broker", url] if url else [])
        try:
            wall, cpu, rss, _ = sweep(args)
            _, base_cpu, base_rss, _ = sweep(args)  # the finished sweep again: start-up and planning only
        finally:
            for worker in pool:
                worker.stop()
    con = sqlite3.connect(db)
    outcomes = Counter(o for (o,) in con.execute("SELECT outcome FROM calls"))
    con.close()
    calls = sum(outcomes.values())
    over = overheads(db)
    return {
        "mode": mode,
        "calls": calls,
        "wall_s": wall,
        "outcomes": outcomes,
        "overhead_median_ms": statistics.median(over),
        "overhead_p90_ms": statistics.quantiles(over, n=10)[-1],
        "cpu_per_1000_s": (cpu - base_cpu) / calls * 1000,
        "cpu_s": cpu,
        "base_cpu_s": base_cpu,
        "rss_mb": rss,
        "base_rss_mb": base_rss,
        "crashes": crashes,
    }


def report(rows: list[dict[str, Any]], concurrency: int) -> str:
    local = next((r for r in rows if r["mode"] == "local"), None)
    lines = [
        f"Broker sweeps on {os.cpu_count()} CPU(s) ({cpu_model()}), concurrency {concurrency}, workers and "
        "coordinator on the same machine: lines ring 0.5 s and answer, the scenario listens up to 2 s.",
        "",
        "| mode | calls | wall s | calls/hour | overhead/call median (p90) ms | queue overhead/call ms "
        "| coordinator CPU s per 1,000 results | coordinator peak RSS MB | outcomes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        per_hour = row["calls"] / row["wall_s"] * 3600
        queue = (
            "—" if local is None or row is local else f"{row['overhead_median_ms'] - local['overhead_median_ms']:+.0f}"
        )
        outcomes = ", ".join(f"{o} {n}" for o, n in row["outcomes"].most_common())
        lines.append(
            f"| {row['mode']} | {row['calls']} | {row['wall_s']:.1f} | {per_hour:,.0f} | "
            f"{row['overhead_median_ms']:.0f} ({row['overhead_p90_ms']:.0f}) | {queue} | "
            f"{row['cpu_per_1000_s']:.1f} | {row['rss_mb']:.0f} | {outcomes} |"
        )
    lines.append("")
    lines.append(
        "Coordinator CPU: "
        + "; ".join(f"{r['mode']} {r['cpu_s']:.1f} s for the sweep, {r['base_cpu_s']:.1f} s re-run" for r in rows)
        + ". Locally the CPU includes the call-worker processes (the calls themselves)."
    )
    for row in rows:
        lines += [f"{row['mode']}: {crash}." for crash in row["crashes"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--numbers", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8, help="calls at once (a multiple of 4, default 8)")
    parser.add_argument("--modes", nargs="+", default=["local", "1 worker", "2 workers"])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-broker-") as tmp:
        server = RedisServer(Path(tmp))
        try:
            for n, mode in enumerate(args.modes):
                workers = 0 if mode == "local" else int(mode.split()[0])
                print(f"{mode}: sweeping {args.numbers} numbers ...", file=sys.stderr, flush=True)
                url = None if workers == 0 else server.url(db=n)
                rows.append(run(mode, workers, args.numbers, args.concurrency, Path(tmp) / f"m{n}", url))
        finally:
            server.stop()
    print(report(rows, args.concurrency))


if __name__ == "__main__":
    main()
