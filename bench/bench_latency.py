"""Robot response latency: from the end of the callee's utterance to the start of the robot's
next prompt, measured from call results' transcript times.

Runs the English sales and survey scenarios against the simulated operators over loopback.

    python bench/bench_latency.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.scenario_calls import latencies, run_many  # noqa: E402


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    runs: list[tuple[str, str, str]] = []
    for i in range(rounds):
        runs += [("sales-en.yaml", "good-en.yaml", f"ring1-r{i}"), ("survey-en.yaml", "survey-en.yaml", f"answer-r{i}")]
    values: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for key, call in run_many(runs, Path(tmp), parallel=1).items():
            values += latencies(call.result)
            print(f"{key}: {call.result.get('outcome')} latencies {latencies(call.result)}", file=sys.stderr)
    values.sort()
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    print(
        f"| prompts | median s | p90 s | max s |\n|---|---|---|---|\n"
        f"| {len(values)} | {statistics.median(values):.3f} | {p90:.3f} | {max(values):.3f} |"
    )


if __name__ == "__main__":
    main()
