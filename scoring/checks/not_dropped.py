"""``not_dropped``: passes if an answered call was not dropped."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from scoring.checks.base import CONVERSATION_OUTCOMES, NO_VERDICT, CallFacts, Check, Evidence, Verdict


class NotDroppedCheck(Check):
    """Passes if an answered call was not dropped; null if the call was never answered."""

    kind: ClassVar[str] = "not_dropped"

    not_dropped: Literal[True] = Field(description="must be true")

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Failed on ``dropped``; null when the outcome is unknown or nobody answered."""
        outcome = facts.call.outcome
        if outcome is None or outcome not in CONVERSATION_OUTCOMES:
            return NO_VERDICT
        return Verdict(outcome != "dropped", Evidence(text=f"outcome = {outcome}"))
