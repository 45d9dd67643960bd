"""Test doubles for sweeps: a fake call pool with scripted behaviours per number and a fake clock.

A target's behaviour is the user part of its SIP URI before '-', e.g.
``sip:busy-3@127.0.0.1:5080`` is always busy.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import threading
import time
import uuid
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from robot.call.result import CallResult, Timings
from robot.campaigns.job import CallJob

CHECKS = (
    ("greeting", "Greets the caller"),
    ("company_name", "Names the company"),
    ("offer", "Makes an offer"),
)
BEHAVIOURS = ("answer", "busy", "noanswer", "decline", "hangup", "silent", "badop", "busyonce", "unreach")
# outcome of every attempt; busyonce answers from the second attempt on
FINAL_OUTCOME = {
    "answer": "answered",
    "busy": "busy",
    "noanswer": "no_answer",
    "decline": "rejected",
    "hangup": "dropped",
    "silent": "answered",
    "badop": "answered",
    "busyonce": "answered",
    "unreach": "unreachable",
}
SCORES = {"answer": 100.0, "busyonce": 100.0, "silent": 0.0, "badop": 100 / 3}
_ids = itertools.count(1)
_lock = threading.Lock()


def behaviour_of(target: str) -> str:
    return target.split(":", 1)[1].split("@", 1)[0].split("-", 1)[0]


def _checks(behaviour: str) -> list[dict[str, Any]]:
    if behaviour in ("answer", "busyonce"):
        return [{"id": i, "title": t, "passed": True, "evidence": "Здравствуйте, «Акме»"} for i, t in CHECKS]
    if behaviour == "silent":
        return [{"id": i, "title": t, "passed": False, "evidence": None} for i, t in CHECKS]
    return [
        {"id": "greeting", "title": "Greets the caller", "passed": True, "evidence": "Алло"},
        {"id": "company_name", "title": "Names the company", "passed": False, "evidence": "Алло, чего надо?"},
        {"id": "offer", "title": "Makes an offer", "passed": False, "evidence": "не знаю, звоните завтра"},
    ]


def fake_result(job: CallJob, started: datetime, recordings: Path | None = None) -> CallResult:
    """The scripted result of one call."""
    behaviour = behaviour_of(job.target)
    if behaviour == "busyonce" and job.attempt == 1:
        behaviour = "busy"
    with _lock:
        call_id = f"fake-{next(_ids):05d}-{uuid.uuid4().hex[:6]}"
    outcome = FINAL_OUTCOME[behaviour]
    number = int("".join(ch for ch in job.target.split("@")[0] if ch.isdigit()) or 0)
    data: dict[str, Any] = {
        "call_id": call_id,
        "target": job.target,
        "scenario": job.scenario,
        "started_at": started.isoformat(),
        "outcome": outcome,
        "timings": Timings(post_dial_delay_s=0.4, total_s=5.0),
    }
    if outcome == "answered":
        ring = 2.0 + number % 5
        data["timings"] = Timings(post_dial_delay_s=0.4, ring_to_answer_s=ring, answer_s=ring + 0.4,
                                  talk_s=20.0, total_s=ring + 20.4)  # fmt: skip
        data["sip_status"] = 200
        data["checks"] = _checks(behaviour)
        percent = SCORES[behaviour]
        data["score"] = {"percent": percent, "passed": percent >= 80}
        if recordings is not None:
            data["recording"] = str(recordings / f"{call_id}.wav")
    elif outcome == "dropped":
        data["timings"] = Timings(post_dial_delay_s=0.4, ring_to_answer_s=3.0, talk_s=2.0, total_s=5.4)
        data["hangup_by"] = "callee"
        data["sip_status"] = 200
    else:
        data["sip_status"] = {"busy": 486, "no_answer": 487, "rejected": 603, "unreachable": 503}[outcome]
        if outcome == "no_answer":
            data["timings"] = Timings(post_dial_delay_s=0.4, total_s=30.0)
    return CallResult(**data)


class FakeClock:
    """Time that moves only when the runner waits: 1 s per wait on calls, jumps when idle."""

    def __init__(self, start: datetime):
        self.t = start

    def now(self) -> datetime:
        return self.t

    def wait(self, futures: Collection[cf.Future], until: datetime | None) -> set[cf.Future]:
        if futures:
            done = {f for f in futures if f.done()}
            if not done:
                finished, _ = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
                done = set(finished)
            self.t += timedelta(seconds=1)
            return done
        if until is not None:
            self.t = max(self.t, until)
        return set()


class FakePool:
    """Stands in for :class:`robot.campaigns.workers.CallPool`: scripted results, instantly or after a delay."""

    def __init__(self, clock: Any = None, capacity: int = 4, delay_s: float = 0.0, recordings: Path | None = None):
        self.clock = clock
        self.capacity = capacity
        self.delay_s = delay_s
        self.recordings = recordings
        self.submitted: list[CallJob] = []
        self._executor = cf.ThreadPoolExecutor(capacity) if delay_s else None

    def __enter__(self) -> FakePool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    def _now(self) -> datetime:
        return self.clock.now() if self.clock is not None else datetime.now(UTC)

    def submit(self, job: CallJob) -> cf.Future[CallResult]:
        self.submitted.append(job)
        started = self._now()
        if self._executor is None:
            future: cf.Future[CallResult] = cf.Future()
            future.set_result(fake_result(job, started, self.recordings))
            return future
        return self._executor.submit(self._call, job, started)

    def _call(self, job: CallJob, started: datetime) -> CallResult:
        time.sleep(self.delay_s)  # the simulated call's duration
        result = fake_result(job, started, self.recordings)
        result.timings.total_s = self.delay_s  # real time, so retry delays count from the real end
        return result


def campaign_yaml(
    targets: dict[str, list[str]],
    *,
    name: str = "nightly-lines",
    concurrency: int = 4,
    max_attempts: int = 3,
    retry_after_s: float = 60,
    window: str = '{from: "00:00", to: "24:00", tz: UTC}',
    extra: str = "",
    client_extra: str = "",
) -> str:
    """A campaign file text with the given clients and numbers."""
    lines = [
        f"name: {name}",
        f"concurrency: {concurrency}",
        f"attempts: {{max: {max_attempts}, retry_after_s: {retry_after_s}, retry_on: [busy, no_answer, unreachable]}}",
        f"window: {window}",
    ]
    if extra:
        lines.append(extra)
    lines.append("targets:")
    for client, numbers in targets.items():
        lines.append(f'  - client: "{client}"')
        lines.append("    numbers: [" + ", ".join(f'"{n}"' for n in numbers) + "]")
        if client_extra:
            lines.append(f"    {client_extra}")
    return "\n".join(lines) + "\n"


def mixed_targets(per_behaviour: int = 3) -> dict[str, list[str]]:
    """27 numbers over four clients covering every behaviour (one client in Russian)."""
    clients = ["Acme Furniture", "ООО Ромашка", "Globex", "Initech"]
    targets: dict[str, list[str]] = {c: [] for c in clients}
    n = 0
    for behaviour in BEHAVIOURS:
        for _ in range(per_behaviour):
            targets[clients[n % len(clients)]].append(f"sip:{behaviour}-{n}@127.0.0.1:5080")
            n += 1
    return targets


def expected_attempts(target: str, max_attempts: int = 3) -> int:
    behaviour = behaviour_of(target)
    if behaviour in ("busy", "noanswer", "unreach"):
        return max_attempts
    return 2 if behaviour == "busyonce" else 1
