"""Child process for the resumability test: runs a sweep with a slow fake pool, one line per stored call."""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rich.console import Console  # noqa: E402
from sweepfakes import FakePool  # noqa: E402

from robot.campaigns.sweep import run_sweep  # noqa: E402

if __name__ == "__main__":
    campaign, db = sys.argv[1], sys.argv[2]
    summary = run_sweep(
        campaign,
        db,
        lambda processes: FakePool(capacity=4 * processes, delay_s=0.03),
        console=Console(file=io.StringIO()),
        on_result=lambda call: print(f"stored {call.target} {call.attempt}", flush=True),
    )
    print(f"status {summary.status}", flush=True)
