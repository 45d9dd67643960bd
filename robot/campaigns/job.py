"""A call job: everything one call needs, self-contained so any worker (or machine) can run it."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field

from robot.call.result import CallResult


class CallJob(BaseModel):
    """Input of one call: target, scenario, config and attempt number in; a CallResult out."""

    job_id: str
    target: str
    scenario: str | None = Field(None, description="path to a scenario YAML file")
    config: str | None = Field(None, description="path to config.yaml (None: the default)")
    max_ring_s: float | None = None
    attempt: int = 1
    meta: dict[str, Any] = Field(default_factory=dict, description="passed through (campaign, client...)")


INTERRUPTED = "interrupted"  # the attempt started, then the sweep stopped before its result came
WORKER_LOST = "worker lost"  # the call-worker process running the attempt died


def unfinished_result(job: CallJob, started_at: str, reason: str, **extra: Any) -> CallResult:
    """The ``failed`` result of an attempt that started but never produced a result of its own.

    ``reason`` is :data:`INTERRUPTED` or :data:`WORKER_LOST`; ``extra`` (e.g. ``sip_call_id``,
    ``metrics``) is passed on to the result.
    """
    return CallResult(
        call_id=datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + secrets.token_hex(3),  # as runner.new_call_id
        target=job.target,
        scenario=job.scenario,
        started_at=started_at,
        outcome="failed",
        sip_reason=reason,
        **extra,
    )
