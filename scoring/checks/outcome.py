"""``outcome``: passes if the call outcome is the given one (or one of a list)."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, field_validator

from robot.call.result import Outcome
from scoring.checks.base import NO_VERDICT, CallFacts, Check, Evidence, Verdict, as_list


class OutcomeCheck(Check):
    """Passes if the call outcome is the given one (or one of a list)."""

    kind: ClassVar[str] = "outcome"

    outcome: Annotated[list[Outcome], Field(min_length=1)] = Field(
        description="expected outcome(s): answered, dropped, busy, no_answer, rejected..."
    )

    _list = field_validator("outcome", mode="before")(as_list)

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Null when the outcome is unknown (a bare transcript)."""
        outcome = facts.call.outcome
        if outcome is None:
            return NO_VERDICT
        return Verdict(outcome in self.outcome, Evidence(text=f"outcome = {outcome}"))
