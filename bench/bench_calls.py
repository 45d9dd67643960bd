"""Concurrent calls to the simulated phone: CPU per call, memory, failures, timing error.

Places N simultaneous calls (default 10, 30 and 60) from one command through the
call-worker pool (ceil(N/4) processes, 4 calls each: the pjsua wheel's limit) to simulated
phones that ring 1.0 s then answer; the robot stays 5 s and hangs up. With ``--scenario
wait`` each call runs a scenario that only waits 3 s, with ``--scenario listen`` one that
listens up to 3 s; the last column counts the recogniser (PocketSphinx) processes the
workers started, per 100 calls (polled from /proc every 20 ms).

    python bench/bench_calls.py [N ...] [--scenario none|wait|listen] [--rounds R]

``--rounds R`` places R x N calls through the same ceil(N/4) workers, N at a time, so that a
worker's later calls can reuse what its earlier ones started.

The "quality" column is the CPU the call quality figures cost per call (``quality_cost_s``),
measured here on the calls' own results: assembling them from the statistics and the
recording, as the runner does when a call ends, plus the statistics sampling's running
totals (one ``StreamTotals.update`` per 0.2 s sample of the call); and that as a share of
the CPU per call.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from robot.call.quality import call_quality  # noqa: E402
from robot.call.result import CallResult  # noqa: E402
from robot.campaigns.job import CallJob  # noqa: E402
from robot.campaigns.workers import CallPool, worker_pids  # noqa: E402
from robot.cli.demo import simulated_phone  # noqa: E402
from robot.sip.sampling import STATS_INTERVAL_S, StreamCounters, StreamTotals  # noqa: E402

RING_S = 1.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_parts(pid: int) -> tuple[float, float]:
    """CPU seconds of ``pid`` itself, and of its children: finished ones (reaped) and live ones
    with their own descendants (the recogniser helpers, short-lived or pooled)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0, 0.0
    own = (int(fields[11]) + int(fields[12])) / TICKS
    reaped = (int(fields[13]) + int(fields[14])) / TICKS
    children: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += (task / "children").read_text().split()
        except OSError:
            continue
    return own, reaped + sum(sum(cpu_parts(int(child))) for child in children)


def cpu_s(pid: int) -> float:
    return sum(cpu_parts(pid))


def settled_cpu_s(pids: list[int], step_s: float = 0.5, limit_s: float = 30.0) -> float:
    """CPU of ``pids`` now, plus their children's once that stops growing: helper processes
    still starting when the last call ended are counted whole (the workers' own idle polling
    after the calls is not)."""
    own = sum(cpu_parts(p)[0] for p in pids)
    children = sum(cpu_parts(p)[1] for p in pids)
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        time.sleep(step_s)
        now = sum(cpu_parts(p)[1] for p in pids)
        if now - children < 0.01:
            return own + now
        children = now
    return own + children


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def quality_cost_s(results: list[CallResult]) -> float:
    """CPU seconds per connected call that the quality figures cost (see the module's doc)."""
    connected = [r for r in results if r.quality is not None]
    if not connected:
        return 0.0
    call_quality(connected[0].media, None)  # imports and first-use costs are not per call
    start = time.process_time()
    for r in connected:
        call_quality(r.media, Path(r.recording) if r.recording else None)
    assemble = (time.process_time() - start) / len(connected)
    totals, samples = StreamTotals(), 20_000
    start = time.process_time()
    for i in range(samples):
        totals.update(StreamCounters(rx_packets=i, rx_loss=i // 50, tx_packets=i, jitter_n=i, rtt_n=i // 250))
    per_sample = (time.process_time() - start) / samples
    talk_s = statistics.fmean(r.timings.talk_s or 0.0 for r in connected)
    return assemble + per_sample * talk_s / STATS_INTERVAL_S


SCENARIOS = {
    "wait": "name: wait only\nlanguage: en\nsteps:\n  - wait: 3\n  - hangup\n",
    "listen": "name: listen\nlanguage: en\nsteps:\n  - listen: {max_s: 3}\n  - hangup\n",
}


class SpawnCounter:
    """Counts the recogniser processes whose parent is one of ``parents`` (polling /proc)."""

    def __init__(self, parents: list[int]) -> None:
        self.parents = set(parents)
        self.seen: set[tuple[int, str]] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> SpawnCounter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.wait(0.02):
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    if int(stat[1]) not in self.parents:
                        continue
                    if b"sphinx_worker" in (entry / "cmdline").read_bytes():
                        self.seen.add((int(entry.name), stat[19]))
                except (OSError, IndexError, ValueError):
                    continue


def run(n: int, workdir: Path, scenario: str = "none", rounds: int = 1) -> dict[str, float]:
    config = workdir / "config.yaml"
    config.write_text(
        f"recordings_dir: {workdir / 'rec'}\nresults_dir: {workdir / 'res'}\n"
        "limits: {max_ring_s: 10, max_call_s: 30, stay_s: 5, media_timeout_s: 10}\n"
    )
    scenario_file: str | None = None
    if scenario != "none":
        path = workdir / f"{scenario}.yaml"
        path.write_text(SCENARIOS[scenario])
        scenario_file = str(path)
    phones = math.ceil(n / 4)
    with ExitStack() as stack:
        addresses = [stack.enter_context(simulated_phone()) for _ in range(phones)]
        with CallPool(processes=math.ceil(n / 4)) as pool:
            # warm the workers up (imports, Endpoint) so the measurement is the calls
            warm = [
                pool.submit(CallJob(job_id=f"w{i}", target=f"sip:busy@{addresses[0]}", config=str(config)))
                for i in range(pool.processes)
            ]
            for f in warm:
                f.result()
            pids = worker_pids(pool)
            cpu0 = sum(cpu_s(p) for p in pids)
            started = time.monotonic()
            with SpawnCounter(pids) as spawns:
                futures = [
                    pool.submit(
                        CallJob(
                            job_id=str(i),
                            target=f"sip:ring{RING_S}@{addresses[i % n % phones]}",
                            config=str(config),
                            scenario=scenario_file,
                        )
                    )
                    for i in range(n * rounds)
                ]
                results = [f.result() for f in futures]
            wall = time.monotonic() - started
            cpu = settled_cpu_s(pids) - cpu0
            quality_s = quality_cost_s(results)
            rss = [peak_rss_mb(p) for p in pids]
    total = n * rounds
    answered = [r for r in results if r.outcome == "answered"]
    errors = [abs(r.timings.ring_to_answer_s - RING_S) * 1000 for r in answered if r.timings.ring_to_answer_s]
    return {
        "calls": total,
        "answered": len(answered),
        "missed_or_failed": total - len(answered),
        "wall_s": round(wall, 2),
        "cpu_s_per_call": round(cpu / total, 3),
        "worker_rss_mb_max": round(max(rss), 1),
        "worker_rss_mb_total": round(sum(rss), 1),
        "ring_error_ms_median": round(statistics.median(errors), 1) if errors else float("nan"),
        "ring_error_ms_max": round(max(errors), 1) if errors else float("nan"),
        "asr_processes_per_100": round(100 * len(spawns.seen) / total, 1),
        "quality_ms_per_call": round(quality_s * 1000, 2),
        "quality_pct_of_cpu": round(100 * quality_s / (cpu / total), 2) if cpu > 0 else float("nan"),
    }


def main() -> None:
    args = sys.argv[1:]
    scenario = "none"
    if "--scenario" in args:
        at = args.index("--scenario")
        scenario = args[at + 1]
        del args[at : at + 2]
        if scenario not in ("none", *SCENARIOS):
            sys.exit(f"--scenario must be none, wait or listen, got {scenario!r}")
    rounds = 1
    if "--rounds" in args:
        at = args.index("--rounds")
        rounds = int(args[at + 1])
        del args[at : at + 2]
    sizes = [int(a) for a in args] or [10, 30, 60]
    print(f"scenario: {scenario}, rounds: {rounds}")
    print(
        "| calls | answered | missed/failed | wall s | CPU s/call | worker RSS MB (max / total) | "
        "ring-to-answer error ms (median / max) | ASR processes / 100 calls | quality CPU ms/call (% of CPU/call) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            r = run(n, Path(tmp), scenario, rounds)
            print(
                f"| {r['calls']} | {r['answered']} | {r['missed_or_failed']} | {r['wall_s']} | {r['cpu_s_per_call']} | "
                f"{r['worker_rss_mb_max']} / {r['worker_rss_mb_total']} | "
                f"{r['ring_error_ms_median']} / {r['ring_error_ms_max']} | {r['asr_processes_per_100']} | "
                f"{r['quality_ms_per_call']} ({r['quality_pct_of_cpu']} %) |",
                flush=True,
            )


if __name__ == "__main__":
    main()
