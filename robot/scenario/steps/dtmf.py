"""``dtmf``: send DTMF digits (IVR menus)."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, NonNegativeInt, StringConstraints, field_validator
from pydantic_core import ErrorDetails

from robot.scenario.steps.base import LiveCall, Loc, StepKind
from robot.scenario.steps.fields import NEXT, Options, shorthand

DIGITS_PATTERN = r"^[0-9A-Da-d*#]+$"
DigitsText = Annotated[str, StringConstraints(pattern=DIGITS_PATTERN)]


def _digits(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            return str(value)  # rejected by the pattern
        width = getattr(value, "_width", None) or 0  # ruamel keeps the width of 0123
        return str(int(value)).zfill(width)
    return value


class DtmfOptions(Options):
    """DTMF digits sent as RFC 4733 events."""

    digits: Annotated[str, BeforeValidator(_digits)] = Field(
        pattern=DIGITS_PATTERN, description="digits 0-9, *, #, A-D, sent in order"
    )
    duration_ms: int = Field(100, ge=40, le=2000, description="length of each digit")
    pause_ms: int = Field(100, ge=0, le=5000, description="pause between digits")

    @field_validator("digits", mode="after")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class Dtmf(StepKind):
    """Send DTMF digits as RFC 4733 events (IVR menus)."""

    kind: ClassVar[str] = "dtmf"
    short_form: ClassVar[str | None] = 'digits like "2#" or {digits: ...}'

    dtmf: Annotated[DtmfOptions, shorthand("digits", str | int, DtmfOptions, schema=DigitsText | NonNegativeInt)] = (
        Field(description="send DTMF digits (RFC 4733); a string is the digits")
    )

    def run(self, call: LiveCall) -> str | None:
        opts = self.dtmf
        for digit in opts.digits:
            if call.ended:
                return None
            call.send_dtmf(digit, opts.duration_ms)
            call.wait((opts.duration_ms + opts.pause_ms) / 1000)
        return None if call.ended else NEXT

    @classmethod
    def describe_error(cls, err: ErrorDetails, path: Loc) -> str | None:
        if err["type"] == "string_pattern_mismatch" and path[-1:] == ("digits",):
            return f"invalid DTMF digits {err['input']!r} (allowed: 0-9 * # A-D)"
        return None
