"""Child process for the crash test: writes results forever, printing the count after each commit."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sweepfakes import fake_result  # noqa: E402

from robot.campaigns.job import CallJob  # noqa: E402
from robot.campaigns.store import Store  # noqa: E402

if __name__ == "__main__":
    with Store(sys.argv[1]) as store:
        for n in range(1, 1_000_000):
            job = CallJob(job_id=f"job-{n}", target=f"sip:badop-{n}@127.0.0.1", attempt=1)
            store.add_result(fake_result(job, datetime.now(UTC)), client="Crash Co", attempt=1, job=job)
            print(n, flush=True)
