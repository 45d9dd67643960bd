"""``hangup``: the planned end of the call."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field

from robot.scenario.steps.base import LiveCall, StepKind
from robot.scenario.steps.fields import END


class Hangup(StepKind):
    """End the call: the planned end (``answered``)."""

    kind: ClassVar[str] = "hangup"
    bare: ClassVar[bool] = True
    bare_value: ClassVar[Any] = True
    away: ClassVar[str | None] = "ends the call"

    hangup: Literal[True] | None = Field(description="end the call (the bare string 'hangup' also works)")

    def run(self, call: LiveCall) -> str | None:
        return END

    def targets(self) -> list[str]:
        return [END]
