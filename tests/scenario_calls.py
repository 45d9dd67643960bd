"""Running sample scenarios over loopback against the simulated operator (for tests and bench)."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from tests.phone_process import REPO, PhoneProcess


@dataclass
class ScenarioCall:
    """One scenario run: the robot's result and what the phone reported."""

    scenario: str
    operator: str
    result: dict[str, Any]
    phone: dict[str, Any]
    returncode: int
    stderr: str


def run_scenario(scenario: str, operator: str, user: str, workdir: Path) -> ScenarioCall:
    """Start a phone with ``operator``, dial ``user`` with ``scenario`` through the CLI."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "config.yaml").write_text(
        "recordings_dir: rec\nresults_dir: res\nlimits: {max_ring_s: 10, max_call_s: 90, media_timeout_s: 10}\n"
    )
    phone = PhoneProcess(script=REPO / "scenarios" / "operators" / operator)
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "robot.cli",
                "call",
                phone.uri(user),
                "--json",
                "--scenario",
                str(REPO / "scenarios" / scenario),
            ],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=150,
        )
        ended = phone.next_event(timeout=30, event="call_ended")
    finally:
        phone.stop()
    result = json.loads(run.stdout) if run.stdout.strip() else {}
    return ScenarioCall(scenario, operator, result, ended, run.returncode, run.stderr)


def run_many(runs: list[tuple[str, str, str]], workdir: Path, parallel: int = 2) -> dict[str, ScenarioCall]:
    """Run several (scenario, operator, user) at once; keyed by ``scenario:operator``."""
    with ThreadPoolExecutor(parallel) as pool:
        futures = {
            f"{s}:{o}": pool.submit(run_scenario, s, o, u, workdir / f"{Path(s).stem}-{Path(o).stem}")
            for s, o, u in runs
        }
        return {key: future.result() for key, future in futures.items()}


def latencies(result: dict[str, Any]) -> list[float]:
    """Seconds from the end of each callee turn to the start of the robot turn that follows it."""
    turns = result.get("transcript", [])
    out = []
    for before, after in pairwise(turns):
        if before["speaker"] == "callee" and after["speaker"] == "robot":
            out.append(round(after["start_s"] - before["end_s"], 3))
    return out
