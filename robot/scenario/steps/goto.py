"""``goto``: jump to a step."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from robot.scenario.steps.base import LiveCall, StepChecks, StepKind
from robot.scenario.steps.fields import Target


class Goto(StepKind):
    """Jump unconditionally to a step id (or ``end``)."""

    kind: ClassVar[str] = "goto"
    away: ClassVar[str | None] = "jumps away"

    goto: Target = Field(description="jump unconditionally")

    def run(self, call: LiveCall) -> str | None:
        return self.goto

    def targets(self) -> list[str]:
        return [self.goto]

    def check(self, checks: StepChecks) -> None:
        checks.target(self.goto, ("goto",), "goto", allow_next=False)
