"""``wait``: stay silent for a while."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from robot.scenario.steps.base import LiveCall, StepKind
from robot.scenario.steps.fields import NEXT


class Wait(StepKind):
    """Stay silent for a number of seconds."""

    kind: ClassVar[str] = "wait"

    wait: float = Field(gt=0, le=600, description="stay silent for this many seconds")

    def run(self, call: LiveCall) -> str | None:
        return NEXT if call.wait(self.wait) else None
