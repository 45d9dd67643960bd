"""A step kind defined outside the package, for the registry tests: ``beep`` sends one DTMF
digit (``#`` by default) and notes it in the timeline. This file is all a new kind needs,
plus its registration."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from robot.scenario import NEXT, LiveCall, StepKind


class Beep(StepKind):
    """Send one DTMF digit as a beep."""

    kind: ClassVar[str] = "beep"
    bare: ClassVar[bool] = True  # a bare "beep" sends "#"

    beep: str | None = Field(None, pattern=r"^[0-9*#]$", description="the digit to send (default #)")

    def run(self, call: LiveCall) -> str | None:
        digit = self.beep or "#"
        call.send_dtmf(digit, 100)
        call.event("beep", {"digit": digit})
        return None if call.ended else NEXT
