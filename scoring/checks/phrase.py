"""``phrase``: passes if the speaker says any of the phrases (not negated)."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field, field_validator

from robot.call.result import Turn
from scoring.checks.base import PhraseList, Verdict, as_list
from scoring.checks.text import FuzzyCheck


class PhraseCheck(FuzzyCheck):
    """Passes if the speaker says any of the phrases (not negated)."""

    kind: ClassVar[str] = "phrase"

    phrase: PhraseList = Field(description="phrases; any one of them passes the check")

    _list = field_validator("phrase", mode="before")(as_list)

    def judge_turns(self, turns: list[Turn], chosen: list[int]) -> Verdict:
        """Passed with the earliest occurrence quoted; failed if no phrase is said."""
        hit = self.find(self.phrase, turns, chosen)
        return Verdict(hit is not None, hit)
