"""Concurrent calls to the simulated phone: CPU per call, memory, failures, timing error.

Places N simultaneous calls (default 10, 30 and 60) from one command through the
call-worker pool (ceil(N/4) processes, 4 calls each: the pjsua wheel's limit) to simulated
phones that ring 1.0 s then answer; the robot stays 5 s and hangs up.

    python bench/bench_calls.py [N ...]
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from robot.campaigns.job import CallJob  # noqa: E402
from robot.campaigns.workers import CallPool, worker_pids  # noqa: E402
from robot.cli.demo import simulated_phone  # noqa: E402

RING_S = 1.0
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(n: int, workdir: Path) -> dict[str, float]:
    config = workdir / "config.yaml"
    config.write_text(
        f"recordings_dir: {workdir / 'rec'}\nresults_dir: {workdir / 'res'}\n"
        "limits: {max_ring_s: 10, max_call_s: 30, stay_s: 5, media_timeout_s: 10}\n"
    )
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
            futures = [
                pool.submit(
                    CallJob(job_id=str(i), target=f"sip:ring{RING_S}@{addresses[i % phones]}", config=str(config))
                )
                for i in range(n)
            ]
            results = [f.result() for f in futures]
            wall = time.monotonic() - started
            cpu = sum(cpu_s(p) for p in pids) - cpu0
            rss = [peak_rss_mb(p) for p in pids]
    answered = [r for r in results if r.outcome == "answered"]
    errors = [abs(r.timings.ring_to_answer_s - RING_S) * 1000 for r in answered if r.timings.ring_to_answer_s]
    return {
        "calls": n,
        "answered": len(answered),
        "missed_or_failed": n - len(answered),
        "wall_s": round(wall, 2),
        "cpu_s_per_call": round(cpu / n, 3),
        "worker_rss_mb_max": round(max(rss), 1),
        "worker_rss_mb_total": round(sum(rss), 1),
        "ring_error_ms_median": round(statistics.median(errors), 1) if errors else float("nan"),
        "ring_error_ms_max": round(max(errors), 1) if errors else float("nan"),
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10, 30, 60]
    print(
        "| calls | answered | missed/failed | wall s | CPU s/call | worker RSS MB (max / total) | "
        "ring-to-answer error ms (median / max) |"
    )
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            r = run(n, Path(tmp))
            print(
                f"| {r['calls']} | {r['answered']} | {r['missed_or_failed']} | {r['wall_s']} | {r['cpu_s_per_call']} | "
                f"{r['worker_rss_mb_max']} / {r['worker_rss_mb_total']} | "
                f"{r['ring_error_ms_median']} / {r['ring_error_ms_max']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
