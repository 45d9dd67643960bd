"""A call job: everything one call needs, self-contained so any worker (or machine) can run it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class CallJob(BaseModel):
    """Input of one call: target, scenario, config and attempt number in; a CallResult out."""

    job_id: str
    target: str
    scenario: str | None = Field(None, description="path to a scenario YAML file")
    config: str | None = Field(None, description="path to config.yaml (None: the default)")
    max_ring_s: float | None = None
    attempt: int = 1
    meta: dict[str, Any] = Field(default_factory=dict, description="passed through (campaign, client...)")
