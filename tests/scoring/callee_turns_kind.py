"""A check kind defined outside the package, as a new kind module would be: ``callee_turns: N``."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from scoring.checks.base import NO_VERDICT, CallFacts, Check, Evidence, Verdict


class CalleeTurnsCheck(Check):
    """Passes if the callee spoke at least ``callee_turns`` turns; null without a transcript."""

    kind: ClassVar[str] = "callee_turns"

    callee_turns: int = Field(ge=1, description="fewest callee turns that pass")

    def evaluate(self, facts: CallFacts) -> Verdict:
        """Null without a transcript; the evidence gives the count."""
        if not facts.turns:
            return NO_VERDICT
        count = sum(turn.speaker == "callee" for turn in facts.turns)
        return Verdict(count >= self.callee_turns, Evidence(text=f"callee turns = {count}"))
